/** Where tapping a message goes: the API links web-admin paths, which map onto mini-program pages. */
export type NotificationTarget = { kind: 'page'; url: string } | { kind: 'tab'; url: string };

const REPORT_LINK = /^\/reports\/(\d+)$/;

export function notificationTarget(link: string | null): NotificationTarget | null {
  if (!link) return null;
  const report = REPORT_LINK.exec(link);
  if (report) return { kind: 'page', url: `/subpackages/report/detail/index?id=${report[1]}` };
  // "Reports wait for your review" points at the review queue, which is the 待办 tab here.
  if (link === '/review') return { kind: 'tab', url: '/pages/todo/index' };
  return null;
}
