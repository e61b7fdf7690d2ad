/**
 * "Send a reminder now" from the 政务公开办: which inbox event it is, and how the answer reads. Pure, so the
 * wording and the double-click window are tested without a database.
 */

/** The same reviewer reminding the same org of the same campaign again within this window reaches nobody twice. */
export const REPEAT_WINDOW_MS = 10 * 60 * 1000;
export const REPEAT_WINDOW_MINUTES = REPEAT_WINDOW_MS / 60_000;

export const MANUAL_REMINDER_KIND = 'remind';

export interface ManualReminderOutcome {
  /** Unfinished reports (not started, draft, returned) in the chosen part of the tree. */
  orgs: number;
  /** People who got the reminder now. */
  reminded: number;
  /** People this reviewer already reminded about the same org within the window. */
  skippedRecently: number;
  /** Unfinished orgs with no active submitter account to remind. */
  orgsWithoutRecipients: number;
}

/** What the inbox rows of one reviewer's reminders about one org have in common: the start of their event key. */
export function manualReminderKeyPrefix(campaignId: number, orgId: number, reviewerId: number): string {
  return `c${campaignId}:o${orgId}:${MANUAL_REMINDER_KIND}:u${reviewerId}:`;
}

/**
 * The event key ends with the window the request fell in: two clicks of one window make the same key, and the
 * notifications' unique (user, event) row sends it once even when both jobs run at the same moment.
 */
export function manualReminderKey(campaignId: number, orgId: number, reviewerId: number, at: Date): string {
  return `${manualReminderKeyPrefix(campaignId, orgId, reviewerId)}${Math.floor(at.getTime() / REPEAT_WINDOW_MS)}`;
}

export function manualReminderText(input: {
  senderOrgName: string;
  orgName: string;
  campaignName: string;
  deadline: Date;
  isReturned: boolean;
}): { title: string; body: string } {
  const deadline = input.deadline.toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
  const what = input.isReturned ? '已退回，尚未重新提交' : '尚未提交';
  return {
    title: `${input.senderOrgName}政务公开办提醒`,
    body: `${input.orgName}的「${input.campaignName}」${what}，截止日期 ${deadline}，请尽快填报并提交。`,
  };
}

/** The sentence the reviewer reads after clicking 发送提醒. */
export function outcomeMessage(outcome: ManualReminderOutcome): string {
  if (outcome.orgs === 0) return '所选范围内的单位都已提交，无需提醒。';
  const parts = [`已提醒 ${outcome.reminded} 人`];
  if (outcome.skippedRecently)
    parts.push(`${outcome.skippedRecently} 人 ${REPEAT_WINDOW_MINUTES} 分钟内已提醒过，未重复发送`);
  if (outcome.orgsWithoutRecipients)
    parts.push(`${outcome.orgsWithoutRecipients} 个单位没有可接收提醒的填报账号`);
  return `${parts.join('；')}。`;
}
