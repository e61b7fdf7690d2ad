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

/**
 * Who may import the past published reports of their jurisdiction (history import): the 政务公开办 and the
 * administrators of a district or the city. The API enforces it; the admin app shows the page by it.
 */
export function mayImportHistory(user: { roles: readonly Role[]; orgType: OrgType }): boolean {
  const isDistrictOrCity = user.orgType === 'district' || user.orgType === 'city';
  return isDistrictOrCity && (user.roles.includes('reviewer') || user.roles.includes('admin'));
}
