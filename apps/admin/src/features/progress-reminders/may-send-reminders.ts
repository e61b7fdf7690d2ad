import type { CurrentUser } from '../../auth/auth-context';

/** As the API decides: the 政务公开办 (reviewers of a district or the city) and administrators send reminders. */
export function maySendReminders(user: CurrentUser): boolean {
  const isOffice =
    user.roles.includes('reviewer') && (user.orgType === 'district' || user.orgType === 'city');
  return isOffice || user.roles.includes('admin');
}

/** Reports not submitted yet (not started, draft, returned) are all in the `draft` state. */
export function unfinishedCount(counts: { byState: Record<string, number> }): number {
  return counts.byState.draft ?? 0;
}
