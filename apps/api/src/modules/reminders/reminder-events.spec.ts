import { submitterEvent } from './reminder-events';
import type { ReportForReminder } from './reminder-events';

const DAY = 24 * 3600_000;
const deadline = new Date('2026-01-31T16:00:00Z');
const schedule = { daysBefore: 3, returnedDays: 2 };
const draft: ReportForReminder = {
  reportId: 1,
  orgName: '东城街道',
  state: 'draft',
  lastAction: null,
  returnedAt: null,
};
const at = (offsetMs: number) => new Date(deadline.getTime() + offsetMs);

describe('which reminder a draft’s submitters get', () => {
  it('nothing while the deadline is far, then N days before, on the last day and after it', () => {
    expect(submitterEvent(draft, deadline, schedule, at(-4 * DAY))).toBeNull();
    expect(submitterEvent(draft, deadline, schedule, at(-2.5 * DAY))).toMatchObject({ kind: 'upcoming' });
    expect(submitterEvent(draft, deadline, schedule, at(-2.5 * DAY))?.body).toContain('3 天后截止');
    expect(submitterEvent(draft, deadline, schedule, at(-3600_000))).toMatchObject({ kind: 'due' });
    expect(submitterEvent(draft, deadline, schedule, at(3600_000))).toMatchObject({ kind: 'overdue' });
  });

  it('a campaign’s own number of days before the deadline counts', () => {
    expect(submitterEvent(draft, deadline, { ...schedule, daysBefore: 7 }, at(-6 * DAY))).toMatchObject({
      kind: 'upcoming',
    });
  });

  it('a submitted report gets no reminder', () => {
    expect(submitterEvent({ ...draft, state: 'pending_unit' }, deadline, schedule, at(DAY))).toBeNull();
  });

  it('a returned report is reminded after N days without resubmission, once per return', () => {
    const returnedAt = at(-10 * DAY);
    const returned = { ...draft, lastAction: 'return' as const, returnedAt };
    expect(submitterEvent(returned, deadline, schedule, at(-9 * DAY))).toBeNull();
    const event = submitterEvent(returned, deadline, schedule, at(-7 * DAY));
    expect(event).toMatchObject({ kind: 'returned', occurrence: String(returnedAt.getTime()) });
    expect(event?.body).toContain('退回 2 天以上');
  });
});
