import type { OrgType, Role } from './types';

/**
 * Who may remind submitters now: the 政务公开办 — reviewers of a district or the city — and administrators. The API
 * enforces it; the admin app and the mini-program show the reminder buttons by it.
 */
export function maySendReminders(user: { roles: readonly Role[]; orgType: OrgType }): boolean {
  const isDisclosureOffice =
    user.roles.includes('reviewer') && (user.orgType === 'district' || user.orgType === 'city');
  return isDisclosureOffice || user.roles.includes('admin');
}
