import { describe, expect, it } from 'vitest';
import { businessToday, daysUntil, sortTasks, taskLink, urgencyOf, type InboxTask } from './taskModel';

const TODAY = '2027-03-10';

function task(overrides: Partial<InboxTask>): InboxTask {
  return {
    service: 'proposal',
    kind: 'SUBMIT_PROPOSAL',
    moocId: 'm-1',
    subjectId: 'm-1',
    title: 'Quantum Basics',
    dueDate: null,
    since: '2027-01-01T09:00:00Z',
    params: {},
    ...overrides,
  };
}

describe('businessToday', () => {
  it('is the date in Copenhagen, not in UTC', () => {
    // 23:30 UTC on 9 March is already 10 March in Copenhagen (UTC+1).
    expect(businessToday(new Date('2027-03-09T23:30:00Z'))).toBe('2027-03-10');
    expect(businessToday(new Date('2027-03-09T22:30:00Z'))).toBe('2027-03-09');
  });
});

describe('daysUntil and urgencyOf', () => {
  it('count whole calendar days, across a change to summer time', () => {
    expect(daysUntil('2027-03-13', TODAY)).toBe(3);
    expect(daysUntil('2027-03-09', TODAY)).toBe(-1);
    expect(daysUntil('2027-04-01', '2027-03-27')).toBe(5);
  });

  it('call a task overdue only once its due day has passed', () => {
    expect(urgencyOf({ dueDate: '2027-03-09' }, TODAY)).toBe('overdue');
    expect(urgencyOf({ dueDate: TODAY }, TODAY)).toBe('due');
    expect(urgencyOf({ dueDate: null }, TODAY)).toBe('open');
  });
});

describe('sortTasks', () => {
  it('puts overdue first, then by due date, no due date last, then the longest waiting', () => {
    const tasks = [
      task({ subjectId: 'open-new', since: '2027-03-01T09:00:00Z' }),
      task({ subjectId: 'due-later', service: 'production', dueDate: '2027-04-01' }),
      task({ subjectId: 'open-old', since: '2026-12-01T09:00:00Z' }),
      task({ subjectId: 'overdue-recent', service: 'analytics', dueDate: '2027-03-08' }),
      task({ subjectId: 'due-soon-new', service: 'review', dueDate: '2027-03-12', since: '2027-03-05T09:00:00Z' }),
      task({ subjectId: 'due-soon-old', service: 'review', dueDate: '2027-03-12', since: '2027-02-05T09:00:00Z' }),
      task({ subjectId: 'overdue-long', service: 'analytics', dueDate: '2026-12-20' }),
    ];
    expect(sortTasks(tasks, TODAY).map((t) => t.subjectId)).toEqual([
      'overdue-long',
      'overdue-recent',
      'due-soon-old',
      'due-soon-new',
      'due-later',
      'open-old',
      'open-new',
    ]);
  });

  it('compares the moments of `since`, whatever their offsets', () => {
    const a = task({ subjectId: 'a', since: '2027-03-01T10:00:00+02:00' }); // 08:00 UTC
    const b = task({ subjectId: 'b', since: '2027-03-01T09:00:00Z' });
    expect(sortTasks([b, a], TODAY).map((t) => t.subjectId)).toEqual(['a', 'b']);
  });
});

describe('taskLink', () => {
  it.each([
    [{ kind: 'SIGN_AS_HEAD', params: { contentHash: 'abc' } }, '/proposals/m-1/signature?hash=abc'],
    [{ kind: 'GIVE_BOARD_APPROVAL', params: { contentHash: 'abc' } }, '/proposals/m-1/board-approval?hash=abc'],
    [{ kind: 'RECORD_CONSULTATION' }, '/proposals/m-1#section-consultation-heading'],
    [{ kind: 'TAKE_CONSULTATION' }, '/proposals/m-1#next-step-heading'],
    [{ kind: 'REVISE_PROPOSAL' }, '/proposals/m-1#section-application'],
    [{ service: 'review', kind: 'ASSESS_CASE', subjectId: 'case-1' }, '/review-cases/case-1#assessment-heading'],
    [{ service: 'review', kind: 'SEND_DECISION', subjectId: 'case-1' }, '/review-cases/case-1#decision-form-heading'],
    [{ service: 'production', kind: 'AGREE_PLAN' }, '/productions/m-1?tab=plan'],
    [{ service: 'production', kind: 'APPROVE_LAUNCH' }, '/productions/m-1/launch-approval'],
    [{ service: 'production', kind: 'RESOLVE_COMMENT', subjectId: 'comment-9', params: { round: 'MATERIAL' } }, '/productions/m-1?tab=feedback&round=MATERIAL'],
    [{ service: 'production', kind: 'CONFIRM_BOOKING', subjectId: 'booking-3' }, '/medialab'],
    [{ service: 'analytics', kind: 'RECORD_SEMESTER_REVIEW', subjectId: 'review-7' }, '/semester-reviews/review-7'],
    [{ service: 'production', kind: 'SOMETHING_NEW' }, '/productions/m-1'],
  ] as const)('leads %o to %s', (overrides, link) => {
    expect(taskLink(task(overrides as Partial<InboxTask>))).toBe(link);
  });
});
