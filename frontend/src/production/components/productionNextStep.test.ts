import { describe, expect, it } from 'vitest';
import { booking, feedbackRounds, gates, INSTRUCTOR_PERMISSIONS, milestone, milestonesFor, production } from '../../test/productionFixtures';
import type { FeedbackRound, Gate, LaunchApproval, LaunchApprovalStatus, Production } from '../api/productionTypes';
import { currentMilestones, productionNextStep, productionSteps } from './productionNextStep';

/** The study board's launch approval in one state. */
const approval = (status: LaunchApprovalStatus): LaunchApproval => ({ status, requestedAt: null, requestedBy: null, decidedAt: null, decidedBy: null, comment: null });

const allMet = (): Gate[] => gates().map((g) => ({ ...g, met: true }));
/** The plan with every milestone done: only the launch's steps are left. */
const planDone = (who: 'instructor' | 'medialab' = 'instructor') =>
  milestonesFor(who).map((m) => ({ ...m, status: 'DONE' as const, proposedDueDate: null, overdue: false }));

function round(overrides: Partial<FeedbackRound>): FeedbackRound {
  return { ...feedbackRounds()[1], ...overrides };
}

const comment = (id: string, resolution: 'OPEN' | 'RESOLVED') => ({ ...feedbackRounds()[0].comments[0], id, resolution });

describe('productionNextStep: the plan', () => {
  it('while planning, the reader with EDIT_PLAN agrees the plan on the plan tab', () => {
    const p = production({ status: 'PLANNING', baselineAgreedAt: null, permissions: ['EDIT_PLAN'] });
    expect(productionNextStep(p).next).toEqual({ kind: 'agreePlan', actor: 'you', place: { tab: 'plan' } });
  });

  it('while planning, anyone else is told the instructor or the consultant agrees it, with no place to go', () => {
    const p = production({ status: 'PLANNING', baselineAgreedAt: null, permissions: [] });
    const { next } = productionNextStep(p);
    expect(next.kind).toBe('agreePlan');
    expect(next.actor).toBe('instructorOrConsultant');
    expect(next.place).toBeUndefined();
  });

  it('proposed due dates are accepted by the reader who edits the plan, or by the instructor or consultant', () => {
    const mine = productionSteps(production({ permissions: ['EDIT_PLAN'], milestones: milestonesFor('instructor') }));
    expect(mine[0]).toEqual({ kind: 'acceptDates', actor: 'you', place: { tab: 'plan' } });
    const theirs = productionSteps(production({ permissions: [], milestones: milestonesFor('medialab') }));
    expect(theirs[0]).toEqual({ kind: 'acceptDates', actor: 'instructorOrConsultant' });
  });
});

describe('productionNextStep: milestones', () => {
  it('the current milestones are the open ones whose predecessors are done', () => {
    expect(currentMilestones(milestonesFor('instructor')).map((m) => m.key)).toEqual(['COURSE_OUTLINE']);
  });

  it('the reader who may change a current milestone completes it (overdue included)', () => {
    const p = production({ permissions: INSTRUCTOR_PERMISSIONS, milestones: milestonesFor('instructor').map((m) => ({ ...m, proposedDueDate: null })) });
    const { next } = productionNextStep(p);
    expect(next.kind).toBe('milestone');
    expect(next.actor).toBe('you');
    expect(next.place).toEqual({ tab: 'plan' });
    expect(next.kind === 'milestone' && next.milestone.key).toBe('COURSE_OUTLINE');
    expect(next.kind === 'milestone' && next.milestone.overdue).toBe(true);
  });

  it('someone else’s milestone names its owner', () => {
    const plan = [
      milestone({ key: 'PILOT_MODULE', status: 'DONE' }),
      milestone({ key: 'VIDEO_RECORDING', owner: 'MEDIALAB', dependsOn: ['PILOT_MODULE'], permissions: [] }),
    ];
    const { next } = productionNextStep(production({ milestones: plan }));
    expect(next).toMatchObject({ kind: 'milestone', actor: 'medialab', milestone: { key: 'VIDEO_RECORDING' } });
    expect(next.place).toBeUndefined();
  });

  it('MediaLab is sent to its own milestone although an earlier step is someone else’s', () => {
    const plan = [
      milestone({ key: 'COURSE_OUTLINE', permissions: [] }),
      milestone({ key: 'VIDEO_RECORDING', owner: 'MEDIALAB', permissions: ['CHANGE_STATUS'] }),
    ];
    const { next, others } = productionNextStep(production({ milestones: plan }));
    expect(next).toMatchObject({ kind: 'milestone', actor: 'you', milestone: { key: 'VIDEO_RECORDING' } });
    expect(others[0]).toMatchObject({ kind: 'milestone', actor: 'instructor', milestone: { key: 'COURSE_OUTLINE' } });
  });
});

describe('productionNextStep: feedback rounds', () => {
  const base = (permissions: Production['permissions']) => production({ permissions, milestones: planDone(), gates: gates() });

  it('open comments: the instructor answers them; anyone else is told so', () => {
    const rounds = [round({ comments: [comment('a', 'OPEN'), comment('b', 'OPEN'), comment('c', 'RESOLVED')] })];
    expect(productionNextStep(base(['RESOLVE_COMMENTS']), { feedback: rounds }).next).toEqual({
      kind: 'answerComments',
      round: 'MATERIAL',
      count: 2,
      actor: 'you',
      place: { tab: 'feedback' },
    });
    expect(productionNextStep(base([]), { feedback: rounds }).next).toMatchObject({ kind: 'answerComments', actor: 'instructor', count: 2 });
  });

  it('a round without a colleague: whoever may invite one does', () => {
    const rounds = [round({ colleague: null, comments: [] })];
    expect(productionNextStep(base(['INVITE_COLLEAGUE']), { feedback: rounds }).next).toMatchObject({ kind: 'inviteColleague', actor: 'you', place: { tab: 'feedback' } });
    expect(productionNextStep(base([]), { feedback: rounds }).next).toMatchObject({ kind: 'inviteColleague', actor: 'instructorOrConsultant' });
  });

  it('an invited colleague without comments yet gives feedback; the instructor waits for them', () => {
    const rounds = [round({ colleague: { name: 'Karen Colleague', email: 'karen@example.org', pending: null }, comments: [] })];
    expect(productionNextStep(base(['COMMENT']), { feedback: rounds }).next).toMatchObject({ kind: 'giveFeedback', actor: 'you', colleague: 'Karen Colleague' });
    expect(productionNextStep(base(['COMMENT', 'RESOLVE_COMMENTS']), { feedback: rounds }).next).toMatchObject({ kind: 'giveFeedback', actor: 'colleague' });
  });

  it('every comment answered: the consultant closes the round', () => {
    const rounds = [round({ comments: [comment('a', 'RESOLVED')] })];
    expect(productionNextStep(base(['CLOSE_FEEDBACK']), { feedback: rounds }).next).toMatchObject({ kind: 'closeRound', actor: 'you', place: { tab: 'feedback' } });
    expect(productionNextStep(base([]), { feedback: rounds }).next).toMatchObject({ kind: 'closeRound', actor: 'consultant' });
  });

  it('a closed round waits for nobody', () => {
    const steps = productionSteps(base([]), { feedback: [round({ status: 'CLOSED' })] });
    expect(steps.some((s) => s.kind === 'answerComments' || s.kind === 'closeRound')).toBe(false);
  });
});

describe('productionNextStep: bookings', () => {
  const p = production({ milestones: planDone(), gates: allMet(), launchApproval: approval('APPROVED') });

  it('MediaLab confirms a requested booking in its queue', () => {
    const bookings = [booking({ status: 'REQUESTED', permissions: ['CONFIRM', 'DECLINE'] }), booking({ id: 'b-2', status: 'CONFIRMED' })];
    expect(productionNextStep(p, { bookings }).next).toEqual({ kind: 'confirmBooking', count: 1, actor: 'you', place: { path: '/medialab' } });
  });

  it('without the booking’s permissions, the MediaLab role decides whose it is', () => {
    const bookings = [booking({ status: 'REQUESTED', permissions: null })];
    expect(productionNextStep(p, { bookings, roles: ['medialab'] }).next).toMatchObject({ kind: 'confirmBooking', actor: 'you' });
    expect(productionNextStep(p, { bookings, roles: ['instructor'] }).next).toMatchObject({ kind: 'confirmBooking', actor: 'medialab' });
  });

  it('the instructor who booked waits for MediaLab', () => {
    const bookings = [booking({ status: 'REQUESTED', permissions: ['CANCEL'] }), booking({ id: 'b-2', status: 'REQUESTED', permissions: ['CANCEL'] })];
    const { next } = productionNextStep(p, { bookings });
    expect(next).toEqual({ kind: 'confirmBooking', count: 2, actor: 'medialab' });
  });
});

describe('productionNextStep: quality and launch', () => {
  const userTestOpen = (): Gate[] => allMet().map((g) => (g.key === 'USER_TEST' ? { ...g, met: false, blocking: true, code: 'USER_TEST_MISSING_MANDATORY' } : g));

  it('a missing user test is recorded by the instructor on the quality tab', () => {
    const mine = productionNextStep(production({ milestones: planDone(), gates: userTestOpen(), permissions: ['RECORD_USER_TEST'] })).next;
    expect(mine).toEqual({ kind: 'recordUserTest', actor: 'you', place: { tab: 'quality' } });
    const theirs = productionNextStep(production({ milestones: planDone(), gates: userTestOpen(), permissions: [] })).next;
    expect(theirs).toEqual({ kind: 'recordUserTest', actor: 'instructor' });
  });

  it('a recommended user test is a step only for the one who may record it', () => {
    const recommended = allMet().map((g) => (g.key === 'USER_TEST' ? { ...g, met: false, blocking: false } : g));
    expect(productionSteps(production({ milestones: planDone(), gates: recommended, permissions: [] })).map((s) => s.kind)).not.toContain('recordUserTest');
  });

  it('the launch approval: asked for by the reader with the permission (again after a decline)', () => {
    const onlyApproval = allMet().map((g) => (g.key === 'BOARD_LAUNCH_APPROVAL' ? { ...g, met: false } : g));
    const declined = production({ milestones: planDone(), gates: onlyApproval, permissions: ['REQUEST_LAUNCH_APPROVAL'], launchApproval: { ...approval('DECLINED'), comment: 'Not yet' } });
    expect(productionNextStep(declined).next).toEqual({ kind: 'requestApproval', declined: true, actor: 'you', place: { tab: 'launch' } });
    const theirs = production({ milestones: planDone(), gates: onlyApproval, permissions: [] });
    expect(productionNextStep(theirs).next).toEqual({ kind: 'requestApproval', declined: false, actor: 'instructorOrConsultant' });
  });

  it('a requested approval is the study board’s to decide', () => {
    const requested = approval('REQUESTED');
    const board = production({ milestones: planDone(), gates: gates(), permissions: ['DECIDE_LAUNCH_APPROVAL'], launchApproval: requested });
    expect(productionNextStep(board).next).toEqual({ kind: 'decideApproval', actor: 'you', place: { tab: 'launch' } });
    const instructor = production({ milestones: planDone(), gates: gates(), permissions: ['LAUNCH', 'BOOK'], launchApproval: requested });
    expect(productionNextStep(instructor).next).toMatchObject({ kind: 'decideApproval', actor: 'studyBoard' });
  });

  it('every gate met: the instructor launches; anyone else is told so', () => {
    const approved = approval('APPROVED');
    expect(productionNextStep(production({ milestones: planDone(), gates: allMet(), permissions: ['LAUNCH'], launchApproval: approved })).next).toEqual({
      kind: 'launch',
      actor: 'you',
      place: { tab: 'launch' },
    });
    expect(productionNextStep(production({ milestones: planDone(), gates: allMet(), permissions: [], launchApproval: approved })).next).toEqual({ kind: 'launch', actor: 'instructor' });
  });

  it('gates not met and no step known: the launch waits on them', () => {
    const open = gates().map((g) => (g.key === 'BOARD_LAUNCH_APPROVAL' ? { ...g, met: true } : g));
    const p = production({ milestones: planDone(), gates: open, permissions: [], launchApproval: approval('APPROVED') });
    expect(productionNextStep(p).next).toEqual({ kind: 'gatesOpen', count: 2, actor: 'nobody' });
  });
});

describe('productionNextStep: after the launch', () => {
  it('open maintenance tasks are the instructor’s and consultant’s', () => {
    const task = { semester: '2028-spring', description: 'Update module 3', createdAt: null, doneAt: null, doneBy: null };
    const tasks = [{ ...task, id: 't-1', status: 'OPEN' as const }, { ...task, id: 't-2', status: 'DONE' as const }];
    expect(productionNextStep(production({ status: 'LAUNCHED', maintenanceTasks: tasks, permissions: ['MANAGE_MAINTENANCE'] })).next).toEqual({
      kind: 'maintenance',
      count: 1,
      actor: 'you',
      place: { tab: 'launch' },
    });
    expect(productionNextStep(production({ status: 'LAUNCHED', maintenanceTasks: tasks, permissions: [] })).next).toMatchObject({ kind: 'maintenance', actor: 'instructorOrConsultant' });
  });

  it('a launched MOOC without tasks, and a retired one, wait for nobody', () => {
    expect(productionNextStep(production({ status: 'LAUNCHED', maintenanceTasks: [] })).next).toEqual({ kind: 'launched', actor: 'nobody' });
    expect(productionNextStep(production({ status: 'RETIRED' })).next).toEqual({ kind: 'retired', actor: 'nobody' });
  });
});
