import type { OrgType, Role } from './types';

/** Roles that look after the orgs below their own; everybody else sees only their own org. */
const SUBTREE_ROLES: readonly Role[] = ['reviewer', 'leader', 'admin'];

/**
 * Who sees the subtree below their org (its reports, its 汇总, its analytics) rather than their own org alone. The API
 * scopes every query by it; the mini-program draws a jurisdiction's charts only for them.
 */
export function seesSubtree(roles: readonly Role[]): boolean {
  return roles.some((role) => SUBTREE_ROLES.includes(role));
}

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
