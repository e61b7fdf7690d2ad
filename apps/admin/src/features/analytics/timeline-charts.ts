import type { ApiSchemas } from '@nianbao/api-client';
import { chinaDay } from '@nianbao/rules';
import type { ChartData } from '../charts/chart-data';

type Timeline = ApiSchemas['TimelineOutput'];
type TimelineDay = ApiSchemas['TimelineDayOutput'];

/** The last day to submit: a deadline at midnight means “by the end of the day before”. */
export function deadlineDay(deadline: string | Date): string {
  return chinaDay(new Date(new Date(deadline).getTime() - 1));
}

const shortDay = (day: string) => day.slice(5);

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Every calendar day from the first submission to the deadline (or to the last event, if later), but not past today:
 * the API lists only days when something happened; a burn-down needs the quiet days too, carrying the totals on.
 */
export function continuousDays(timeline: Timeline, today: string): TimelineDay[] {
  if (timeline.days.length === 0) return [];
  const byDay = new Map(timeline.days.map((day) => [day.day, day]));
  const lastEvent = timeline.days[timeline.days.length - 1].day;
  const deadline = deadlineDay(timeline.deadline);
  const end = [deadline < today ? deadline : today, lastEvent].sort().pop()!;
  const days: TimelineDay[] = [];
  let carried = timeline.days[0];
  for (let day = timeline.days[0].day; day <= end; day = nextDay(day)) {
    const event = byDay.get(day);
    carried = event ?? { ...carried, day, submitted: 0, approved: 0 };
    days.push(carried);
  }
  return days;
}

/** Burn-down: cumulative submissions and approvals, and what is still not submitted, day by day. */
export function burnDownChart(timeline: Timeline, today = chinaDay()): ChartData {
  const days = continuousDays(timeline, today);
  const deadline = deadlineDay(timeline.deadline);
  const hasDeadline = days.some((day) => day.day === deadline);
  return {
    categories: days.map((day) => shortDay(day.day)),
    unit: '份',
    series: [
      { name: '尚未提交', values: days.map((day) => day.notYetSubmitted) },
      { name: '累计提交', values: days.map((day) => day.cumulativeSubmitted) },
      { name: '累计审核通过', values: days.map((day) => day.cumulativeApproved) },
    ],
    ...(hasDeadline ? { marker: { category: shortDay(deadline), label: '截止日' } } : {}),
  };
}

/** Returns counted by the review step that sent the report back. */
export function returnsChart(timeline: Timeline): ChartData {
  return {
    categories: timeline.returnsByStage.map((stage) => stage.label),
    unit: '次',
    series: [{ name: '退回次数', values: timeline.returnsByStage.map((stage) => stage.count) }],
  };
}
