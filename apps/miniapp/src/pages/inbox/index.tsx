import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { LoadStateView } from '../../components/load-state';
import { useLoad } from '../../hooks/use-load';
import { api } from '../../services/api';
import type { InboxMessage } from '../../services/api';
import { formatTime } from '../../services/format-time';
import { showUnreadBadge } from '../../services/inbox-badge';
import { errorMessage } from '../../services/request-error';
import { notificationTarget } from './notification-target';
import './index.scss';

export default function InboxPage() {
  const { data: loaded, error, isLoading, reload } = useLoad(api.inbox);
  // Read on this screen since the last load: the marker goes at once, without waiting for a reload.
  const [readNow, setReadNow] = useState<ReadonlySet<number>>(new Set());
  const messages = loaded?.map((message) =>
    readNow.has(message.id) && !message.readAt ? { ...message, readAt: new Date().toISOString() } : message,
  );

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  useEffect(() => setReadNow(new Set()), [loaded]);
  useEffect(() => {
    if (messages) showUnreadBadge(messages);
  }, [loaded, readNow]);

  const open = async (message: InboxMessage) => {
    if (!message.readAt) {
      try {
        await api.markRead(message.id);
        setReadNow((previous) => new Set(previous).add(message.id));
      } catch (caught) {
        void Taro.showToast({ title: errorMessage(caught), icon: 'none' });
      }
    }
    const target = notificationTarget(message.link);
    if (target?.kind === 'page') void Taro.navigateTo({ url: target.url });
    if (target?.kind === 'tab') void Taro.switchTab({ url: target.url });
  };

  return (
    <View className="inbox">
      {(!messages || error) && <LoadStateView isLoading={isLoading} error={error} onRetry={reload} />}
      {messages?.length === 0 && (
        <View className="inbox__empty">暂无消息，截止提醒和待审核提醒会出现在这里</View>
      )}
      {messages?.map((message) => (
        <View
          key={message.id}
          className={`inbox__item${message.readAt ? '' : ' inbox__item--unread'}`}
          onClick={() => void open(message)}
        >
          <View className="inbox__heading">
            {!message.readAt && <Text className="inbox__unread">未读</Text>}
            <Text className="inbox__title">{message.title}</Text>
          </View>
          <Text className="inbox__body">{message.body}</Text>
          <Text className="inbox__time">{formatTime(message.createdAt)}</Text>
        </View>
      ))}
    </View>
  );
}
