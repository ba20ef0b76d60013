import type { Milestone } from '../api/productionTypes';
import { addDays, daysBetween, isDate, localDate, weekdayOf, WEEKDAYS } from './productionModel';

/** One milestone in the Gantt chart: the current bar, the baseline's bar and a proposed due date. */
export interface GanttRow {
  key: string;
  /** The current bar: from the due date of what it waits for (or the plan's start) to its own due date. */
  start: string;
  end: string;
  /** The same in the agreed baseline; null before the plan is agreed. */
  baselineStart: string | null;
  baselineEnd: string | null;
  proposed: string | null;
}

/**
 * Each milestone as a bar from the latest due date of the milestones it waits for (or the plan's start) to its own
 * due date – the finish-to-start plan of docs/production.md – and the same bar in the baseline. `drafts` are due
 * dates being moved (not saved yet): the bars and their successors' starts follow them, as the server would.
 */
export function ganttRows(
  milestones: readonly Milestone[],
  planStart: string | null | undefined,
  drafts: Readonly<Record<string, string>> = {},
): GanttRow[] {
  const due = (m: Milestone) => drafts[m.key] ?? m.dueDate;
  const byKey = new Map(milestones.map((m) => [m.key, m]));
  const earliestDue = milestones.map(due).sort()[0];
  const start0 = planStart && isDate(planStart) ? planStart : earliestDue ? addDays(earliestDue, -14) : localDate();
  const latest = (dates: (string | null | undefined)[]) => dates.filter((d): d is string => Boolean(d)).sort().pop() ?? null;
  return milestones.map((m, i) => {
    const before = (m.dependsOn ?? (i > 0 ? [milestones[i - 1].key] : [])).map((k) => byKey.get(k)).filter((x): x is Milestone => Boolean(x));
    const end = due(m);
    const start = latest(before.map(due)) ?? start0;
    const baselineEnd = m.baselineDueDate ?? null;
    const baselineStart = baselineEnd ? (latest(before.map((b) => b.baselineDueDate)) ?? start0) : null;
    return {
      key: m.key,
      start: start > end ? end : start,
      end,
      baselineStart: baselineStart && baselineEnd && baselineStart > baselineEnd ? baselineEnd : baselineStart,
      baselineEnd,
      proposed: m.proposedDueDate ?? null,
    };
  });
}

/** The chart's first day (a Monday) and last day (a Sunday): every bar and date, with a week to spare each side. */
export function ganttRange(rows: readonly GanttRow[], planStart: string | null | undefined): { first: string; last: string } {
  const dates = rows
    .flatMap((r) => [r.start, r.end, r.baselineStart, r.baselineEnd, r.proposed])
    .concat(planStart && isDate(planStart) ? [planStart] : [])
    .filter((d): d is string => Boolean(d))
    .sort();
  const min = dates[0] ?? localDate();
  const max = dates[dates.length - 1] ?? min;
  const first = addDays(min, -7 - WEEKDAYS.indexOf(weekdayOf(min)));
  const lastMonday = addDays(max, 7 - WEEKDAYS.indexOf(weekdayOf(max)));
  return { first, last: addDays(lastMonday, 6) };
}

/** The months the range touches, each with its first shown day and how many of its days are shown. */
export function ganttMonths(first: string, last: string): { start: string; days: number }[] {
  const months: { start: string; days: number }[] = [];
  let cursor = first;
  while (cursor <= last) {
    const [y, m] = cursor.split('-').map(Number);
    const nextMonth = `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`;
    const end = nextMonth > last ? addDays(last, 1) : nextMonth;
    months.push({ start: cursor, days: daysBetween(cursor, end) });
    cursor = nextMonth;
  }
  return months;
}

/** The Mondays from `first` (a Monday) to `last`. */
export function ganttWeeks(first: string, last: string): string[] {
  const weeks: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 7)) weeks.push(d);
  return weeks;
}

/** How far a key moves a due date being rescheduled: a day, or a week with Shift (or Page Up / Page Down). */
export function rescheduleStep(key: string, shift: boolean): number | null {
  if (key === 'ArrowRight' || key === 'ArrowUp') return shift ? 7 : 1;
  if (key === 'ArrowLeft' || key === 'ArrowDown') return shift ? -7 : -1;
  if (key === 'PageUp') return 7;
  if (key === 'PageDown') return -7;
  return null;
}
