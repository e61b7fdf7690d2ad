import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useEffect } from 'react';
import { LoadStateView } from '../../components/load-state';
import { StatusTag } from '../../components/status-tag';
import { useLoad } from '../../hooks/use-load';
import { refreshUnreadBadge } from '../../services/inbox-badge';
import { loadMyQueue } from '../../services/queue';
import './index.scss';

const TODO_TAB_INDEX = 0;

export default function TodoPage() {
  const { data: queue, error, isLoading, reload } = useLoad(loadMyQueue);

  // 待办 is the first screen, so the 消息 tab shows its unread count before anyone opens it.
  useDidShow(refreshUnreadBadge);

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  useEffect(() => {
    if (!queue) return;
    const badge = queue.length
      ? Taro.setTabBarBadge({ index: TODO_TAB_INDEX, text: String(queue.length) })
      : Taro.removeTabBarBadge({ index: TODO_TAB_INDEX });
    // The tab bar may not be ready yet on the first show; the next show sets the badge.
    Promise.resolve(badge).catch(() => undefined);
  }, [queue]);

  return (
    <View className="todo">
      <View className="todo__header">
        <Text className="todo__title">待我处理</Text>
        {queue && <Text className="todo__count">{queue.length}</Text>}
      </View>
      {queue && queue.length === 0 && <View className="todo__empty">没有等待您处理的报告</View>}
      {(!queue || error) && <LoadStateView isLoading={isLoading} error={error} onRetry={reload} />}
      {queue?.map((report) => (
        <View
          key={report.id}
          className={`todo-card${report.isOverdue ? ' todo-card--overdue' : ''}`}
          onClick={() => Taro.navigateTo({ url: `/subpackages/report/detail/index?id=${report.id}` })}
        >
          <View className="todo-card__top">
            <Text className="todo-card__org">{report.orgName}</Text>
            <StatusTag state={report.state} lastAction={report.lastAction} isOverdue={report.isOverdue} />
          </View>
          <Text className="todo-card__campaign">{report.campaignName}</Text>
          {report.lastComment && <Text className="todo-card__comment">意见：{report.lastComment}</Text>}
        </View>
      ))}
    </View>
  );
}
