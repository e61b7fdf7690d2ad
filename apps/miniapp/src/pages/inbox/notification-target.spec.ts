import { notificationTarget } from './notification-target';

describe('where tapping a message goes', () => {
  it('a reminder about a report opens that report', () => {
    expect(notificationTarget('/reports/41')).toEqual({
      kind: 'page',
      url: '/subpackages/report/detail/index?id=41',
    });
  });

  it('"reports wait for your review" opens the 待办 tab', () => {
    expect(notificationTarget('/review')).toEqual({ kind: 'tab', url: '/pages/todo/index' });
  });

  it('a message without a link, or with a link the mini-program has no page for, stays in the inbox', () => {
    expect(notificationTarget(null)).toBeNull();
    expect(notificationTarget('/campaigns/3/settings')).toBeNull();
    expect(notificationTarget('/reports/abc')).toBeNull();
  });
});
