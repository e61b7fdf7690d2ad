import type { ApiSchemas } from '@nianbao/api-client';
import { burnDownChart, deadlineDay } from './timeline-charts';

const day = (date: string, submitted: number, notYetSubmitted: number) => ({
  day: date,
  submitted,
  approved: 0,
  cumulativeSubmitted: 10 - notYetSubmitted,
  cumulativeApproved: 0,
  notYetSubmitted,
});

const timeline: ApiSchemas['TimelineOutput'] = {
  campaignId: 1,
  orgId: 1,
  // 15:59:59 UTC on 16 January is the last second of 16 January in Beijing.
  deadline: '2025-01-16T15:59:59.000Z',
  totalReports: 10,
  days: [day('2025-01-14', 3, 7), day('2025-01-16', 4, 3), day('2025-01-19', 1, 2)],
  returnsByStage: [],
};

describe('campaign burn-down', () => {
  it('counts the deadline in Beijing time and marks it; a deadline at midnight is the day before', () => {
    expect(deadlineDay('2025-01-16T16:00:00.000Z')).toBe('2025-01-16');
    expect(deadlineDay(timeline.deadline)).toBe('2025-01-16');
    expect(burnDownChart(timeline, '2025-02-01').marker).toEqual({ category: '01-16', label: '截止日' });
  });

  it('draws the quiet days between events with the totals carried on, up to the last event', () => {
    const chart = burnDownChart(timeline, '2025-02-01');
    expect(chart.categories).toEqual(['01-14', '01-15', '01-16', '01-17', '01-18', '01-19']);
    expect(chart.series[0]).toEqual({ name: '尚未提交', values: [7, 7, 3, 3, 3, 2] });
  });

  it('runs to the deadline while the campaign is open, but never past today', () => {
    const open = { ...timeline, days: timeline.days.slice(0, 1), deadline: '2025-01-31T16:00:00.000Z' };
    expect(burnDownChart(open, '2025-01-16').categories).toEqual(['01-14', '01-15', '01-16']);
  });
});
