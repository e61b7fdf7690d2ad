import { ScrollView, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { getFormat, isFormatId } from '@nianbao/rules';
import { actionLabel, isWorkflowAction } from '@nianbao/workflow';
import type { WorkflowAction } from '@nianbao/workflow';
import { useMemo, useState } from 'react';
import { LoadStateView } from '../../../components/load-state';
import { StatusTag } from '../../../components/status-tag';
import { useLoad } from '../../../hooks/use-load';
import type { Report } from '../../../services/api';
import { RequestError } from '../../../services/request-error';
import { CommentList } from './comment-list';
import { DecisionPanel } from './decision-panel';
import { HistoryTimeline } from './history-timeline';
import { loadReportDetails } from './report-details';
import { SectionView } from './section-view';
import { ViolationList } from './violation-list';
import './index.scss';

export default function ReportDetailPage() {
  const { params } = useRouter();
  const id = Number(params.id);
  const intent = params.action && isWorkflowAction(params.action) ? params.action : undefined;
  const { data, error, isLoading, reload } = useLoad(() =>
    Number.isInteger(id) && id > 0
      ? loadReportDetails(id)
      : Promise.reject(new RequestError('http', '报告编号无效，请从待办列表打开')),
  );
  const [tab, setTab] = useState(0);
  const [decided, setDecided] = useState<{ report: Report; action: WorkflowAction } | null>(null);

  const format = data && isFormatId(data.report.formatId) ? getFormat(data.report.formatId) : null;
  const flaggedCells = useMemo(
    () =>
      new Set([
        ...(data?.validation.violations.flatMap((violation) => violation.cells) ?? []),
        ...(data?.comments.map((comment) => comment.cellCode) ?? []),
      ]),
    [data],
  );
  if (!data || !format) {
    return <LoadStateView isLoading={isLoading} error={error} onRetry={reload} />;
  }

  const report = decided?.report ?? data.report;
  const problemCount = data.validation.violations.length;
  const tabs = [
    ...format.sections.map((section) => section.shortName),
    `问题${problemCount ? `(${problemCount})` : ''}`,
    `意见${data.comments.length ? `(${data.comments.length})` : ''}`,
    '记录',
  ];
  const sectionCount = format.sections.length;

  const onDecided = (updated: Report, action: WorkflowAction) => {
    setDecided({ report: updated, action });
    void Taro.showToast({ title: `已${actionLabel(action)}`, icon: 'success' });
    void reload();
  };

  return (
    <View className="detail">
      <View className="detail__header">
        <Text className="detail__org">{report.orgName}</Text>
        <Text className="detail__year">{report.reportYear} 年度报告</Text>
        <StatusTag state={report.state} lastAction={report.lastAction} isOverdue={report.isOverdue} />
        {report.lastComment && <Text className="detail__last-comment">最近意见：{report.lastComment}</Text>}
        {decided && (
          <Text className="detail__result">
            已{actionLabel(decided.action)}，报告现为「{report.statusLabel}」
          </Text>
        )}
      </View>
      <ScrollView className="tabs" scrollX enableFlex>
        {tabs.map((label, index) => (
          <Text
            key={label}
            className={`tabs__item${index === tab ? ' tabs__item--active' : ''}`}
            onClick={() => setTab(index)}
          >
            {label}
          </Text>
        ))}
      </ScrollView>
      <View className="detail__body">
        {tab < sectionCount && (
          <SectionView
            formatId={format.id}
            section={format.sections[tab]}
            values={data.report.values}
            flaggedCells={flaggedCells}
          />
        )}
        {tab === sectionCount && <ViolationList formatId={format.id} validation={data.validation} />}
        {tab === sectionCount + 1 && <CommentList formatId={format.id} comments={data.comments} />}
        {tab === sectionCount + 2 && <HistoryTimeline history={data.history} />}
      </View>
      {!decided && intent && !report.availableActions.includes(intent) && (
        <Text className="detail__stale">
          此报告已不需要您{actionLabel(intent)}（已被处理，或已不在您的审核环节）。
        </Text>
      )}
      {!decided && <DecisionPanel report={report} onDecided={onDecided} intent={intent} />}
    </View>
  );
}
