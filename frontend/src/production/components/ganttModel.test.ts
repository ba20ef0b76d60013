import { describe, expect, it } from 'vitest';
import { milestones } from '../../test/productionFixtures';
import { ganttMonths, ganttRange, ganttRows, ganttWeeks, rescheduleStep } from './ganttModel';

describe('ganttRows', () => {
  it('starts each bar when what it waits for is due, in the current plan and in the baseline', () => {
    const rows = ganttRows(milestones(), '2026-12-10');
    expect(rows[0]).toEqual({ key: 'PLAN_AGREED', start: '2026-12-10', end: '2027-01-14', baselineStart: '2026-12-10', baselineEnd: '2027-01-14', proposed: null });
    // Course outline slipped a week: its current bar ends later than its baseline bar.
    expect(rows[1]).toMatchObject({ key: 'COURSE_OUTLINE', start: '2027-01-14', end: '2027-02-11', baselineStart: '2027-01-14', baselineEnd: '2027-02-04' });
    // The pilot starts when the outline is due now, but in the baseline when it was due then.
    expect(rows[2]).toMatchObject({ start: '2027-02-11', baselineStart: '2027-02-04', proposed: '2027-03-25' });
  });

  it('has no baseline bars before the plan is agreed', () => {
    const rows = ganttRows(milestones().map((m) => ({ ...m, baselineDueDate: null })), '2026-12-10');
    expect(rows.every((r) => r.baselineStart === null && r.baselineEnd === null)).toBe(true);
  });

  it('moves a bar being rescheduled, and the start of what waits for it', () => {
    const rows = ganttRows(milestones(), '2026-12-10', { COURSE_OUTLINE: '2027-02-18' });
    expect(rows[1].end).toBe('2027-02-18');
    expect(rows[2].start).toBe('2027-02-18');
    // The saved due date stays the baseline's business: the baseline bar does not move.
    expect(rows[1].baselineEnd).toBe('2027-02-04');
  });
});

describe('the time axis', () => {
  it('runs from a Monday a week before the first date to a Sunday a week after the last', () => {
    const { first, last } = ganttRange(ganttRows(milestones(), '2026-12-10'), '2026-12-10');
    expect(first).toBe('2026-11-30'); // 2026-12-10 is a Thursday: its Monday is 12-07, a week earlier 11-30
    expect(last).toBe('2027-09-12'); // 2027-09-01 is a Wednesday: the next week's Sunday
  });

  it('splits the range into months and weeks', () => {
    expect(ganttMonths('2026-11-30', '2027-01-10')).toEqual([
      { start: '2026-11-30', days: 1 },
      { start: '2026-12-01', days: 31 },
      { start: '2027-01-01', days: 10 },
    ]);
    expect(ganttWeeks('2026-11-30', '2026-12-20')).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
  });

  it('moves a due date a day with the arrow keys and a week with Shift or Page Up/Down', () => {
    expect(rescheduleStep('ArrowRight', false)).toBe(1);
    expect(rescheduleStep('ArrowLeft', false)).toBe(-1);
    expect(rescheduleStep('ArrowRight', true)).toBe(7);
    expect(rescheduleStep('PageDown', false)).toBe(-7);
    expect(rescheduleStep('Enter', false)).toBeNull();
  });
});
