import { Text, View } from '@tarojs/components';
import { actionLabel, isWorkflowAction, stateLabel, isReportState } from '@nianbao/workflow';
import type { ReportHistory } from '../../../services/api';
import { formatTime } from '../../../services/format-time';

type ReportEvent = ReportHistory['events'][number];

function describe(event: ReportEvent): { title: string; comment: string | null } {
  const action = event.action.replace(/^report\./, '');
  const detail = event.detail ?? {};
  const target = isReportState(detail.to) ? ` → ${stateLabel(detail.to)}` : '';
  const title = isWorkflowAction(action) ? `${actionLabel(action)}${target}` : '保存内容';
  return { title, comment: typeof detail.comment === 'string' ? detail.comment : null };
}

/** The approval history, newest first, with the comment given at each step. */
export function HistoryTimeline({ history }: { history: ReportHistory }) {
  if (history.events.length === 0) return <View className="empty">还没有审批记录</View>;
  return (
    <View className="timeline">
      {history.events.map((event, index) => {
        const { title, comment } = describe(event);
        return (
          <View key={`${event.at}-${index}`} className="timeline__item">
            <Text className="timeline__title">{title}</Text>
            <Text className="timeline__time">{formatTime(event.at)}</Text>
            {comment && <Text className="timeline__comment">意见：{comment}</Text>}
          </View>
        );
      })}
    </View>
  );
}
