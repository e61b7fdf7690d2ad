import Taro from '@tarojs/taro';
import type { InboxMessage } from './api';
import { api } from './api';

/** 消息's place in the tab bar of app.config.ts (待办, 进度, 数据, 消息, 我的). */
const INBOX_TAB_INDEX = 3;

/** Shows how many messages are unread on the 消息 tab (no badge when none). */
export function showUnreadBadge(messages: readonly InboxMessage[]): void {
  const unread = messages.filter((message) => !message.readAt).length;
  const badge = unread
    ? Taro.setTabBarBadge({ index: INBOX_TAB_INDEX, text: unread > 99 ? '99+' : String(unread) })
    : Taro.removeTabBarBadge({ index: INBOX_TAB_INDEX });
  // The tab bar may not be ready yet on the first show; the next show sets the badge.
  Promise.resolve(badge).catch(() => undefined);
}

/** From another tab: a failed count only leaves the badge as it was, the 消息 page shows the error itself. */
export function refreshUnreadBadge(): void {
  api.inbox().then(showUnreadBadge, () => undefined);
}
