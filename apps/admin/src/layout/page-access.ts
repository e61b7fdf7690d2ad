import type { CurrentUser } from '../auth/auth-context';

type Role = CurrentUser['roles'][number];

/** Which roles open each page of the menu; the API enforces the same limits on the data behind it. */
export const PAGE_ROLES: Readonly<Record<string, readonly Role[]>> = {
  '/tasks': ['submitter', 'admin'],
  '/review': ['unit_leader', 'reviewer', 'leader', 'admin'],
  '/campaigns': ['reviewer', 'admin'],
  '/progress': ['reviewer', 'leader', 'admin'],
  '/summary': ['reviewer', 'leader', 'admin'],
  // The API scopes every figure to the reader's subtree, as for the 汇总.
  '/analytics': ['reviewer', 'leader', 'admin'],
  '/audit': ['reviewer', 'admin'],
  '/orgs': ['admin'],
  '/work-app': ['admin'],
  // The API lets the city's reviewers and administrators save; others see the settings and the site's address.
  '/public-site': ['reviewer', 'admin'],
  // The 政务公开办 and administrators of a district or the city (mayImportHistory); the page says so to others.
  '/history-import': ['reviewer', 'admin'],
};

export function mayOpenPage(user: CurrentUser, page: string): boolean {
  return (PAGE_ROLES[page] ?? []).some((role) => user.roles.includes(role));
}

/** Whether the address is a page of the menu that the user's roles do not include (typed or bookmarked by hand). */
export function isPageForbidden(user: CurrentUser, pathname: string): boolean {
  const page = Object.keys(PAGE_ROLES).find((path) => pathname === path || pathname.startsWith(`${path}/`));
  return page !== undefined && !mayOpenPage(user, page);
}
