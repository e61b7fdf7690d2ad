/** Something one person should hear about once. Higher `priority` wins the user's WeChat subscription quota. */
export interface NotificationEvent {
  userId: number;
  /** Names the event and its occurrence, e.g. `c3:r41:overdue`; unique per user. */
  eventKey: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  priority: number;
}
