import type { CurrentUser } from '../auth/auth-context';
import { isPageForbidden, mayOpenPage, PAGE_ROLES } from './page-access';

const userWith = (roles: CurrentUser['roles']): CurrentUser => ({
  id: 1,
  username: 'someone',
  displayName: '某人',
  orgId: 3,
  orgName: '东城街道',
  orgType: 'township',
  roles,
  mustChangePassword: false,
});

test('a submitter’s menu holds their own reports only', () => {
  const submitter = userWith(['submitter']);
  expect(Object.keys(PAGE_ROLES).filter((page) => mayOpenPage(submitter, page))).toEqual(['/tasks']);
});

test('a submitter who types the address of an administrator’s page is refused, not shown its controls', () => {
  const submitter = userWith(['submitter']);
  expect(isPageForbidden(submitter, '/orgs')).toBe(true);
  expect(isPageForbidden(submitter, '/audit')).toBe(true);
  expect(isPageForbidden(submitter, '/campaigns')).toBe(true);
  expect(isPageForbidden(submitter, '/tasks')).toBe(false);
  // A report page is not a menu page: the API decides whether this user may read that report.
  expect(isPageForbidden(submitter, '/reports/12')).toBe(false);
});

test('a user with several roles may open every page of each of them', () => {
  const reviewerAndAdmin = userWith(['reviewer', 'admin']);
  for (const path of ['/tasks', '/review', '/campaigns', '/progress', '/summary', '/audit', '/orgs']) {
    expect(isPageForbidden(reviewerAndAdmin, path)).toBe(false);
  }
  expect(isPageForbidden(userWith(['leader']), '/progress')).toBe(false);
  expect(isPageForbidden(userWith(['leader']), '/orgs')).toBe(true);
});
