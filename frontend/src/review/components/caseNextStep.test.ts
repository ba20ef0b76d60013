import { describe, expect, it } from 'vitest';
import type { ReviewPermission } from '../api/reviewTypes';
import { caseMember, reviewCase } from '../../test/fixtures';
import { caseNextStep, conflictOf } from './caseNextStep';

const perms = (...permissions: ReviewPermission[]) => ({ permissions });
const keyOf = (step: ReturnType<typeof caseNextStep>) => ('key' in step.message ? step.message.key : step.message.text);

describe('what’s next on a review case, for the reader', () => {
  it('asks a member to declare first, then to assess, each with the way to the form', () => {
    const undeclared = reviewCase({ members: [caseMember()], ...perms('DECLARE') });
    const declare = caseNextStep(undeclared, 'cathy');
    expect(keyOf(declare)).toBe('next.case.declare');
    expect(declare.actor).toBe('you');
    expect(declare.action).toEqual({ kind: 'goto', target: 'declaration-heading', label: 'next.case.go.declare' });

    const declared = reviewCase({ members: [caseMember({ declaration: 'NO_CONFLICT' })], ...perms('DECLARE', 'ASSESS', 'DISCUSS') });
    const assess = caseNextStep(declared, 'cathy');
    expect(keyOf(assess)).toBe('next.case.assess');
    expect(assess.action).toMatchObject({ target: 'assessment-heading' });
  });

  it('tells a member whose assessment is in who decides next: the acting chair by name, or the chair', () => {
    const member = caseMember({ declaration: 'NO_CONFLICT', assessed: true });
    const acting = caseNextStep(reviewCase({ members: [member], chair: { username: 'kirsten', name: 'Kirsten Holt' }, ...perms('ASSESS') }), 'cathy');
    expect(acting.message).toEqual({ key: 'next.case.assessed.acting', params: { name: 'Kirsten Holt' } });
    expect(acting.actor).toBe('other');
    expect(acting.action).toBeUndefined();
    const chair = caseNextStep(reviewCase({ members: [member], ...perms('ASSESS') }), 'cathy');
    expect(keyOf(chair)).toBe('next.case.assessed.chair');
  });

  it('tells the deciding chair to decide, and how many assessments fall short of the quorum', () => {
    const members = [caseMember({ assessed: true }), caseMember({ username: 'kirsten', assessed: false })];
    const below = caseNextStep(reviewCase({ members, quorum: 2, ...perms('DECIDE', 'ASSIGN', 'HAND_OVER') }), 'chris');
    expect(below.message).toEqual({ key: 'next.case.decideBelowQuorum', params: { given: 1, quorum: 2 } });
    expect(below.action).toMatchObject({ target: 'decision-form-heading' });
    const met = caseNextStep(reviewCase({ members, quorum: 1, ...perms('DECIDE') }), 'chris');
    expect(met.message).toEqual({ key: 'next.case.decide', params: { given: 1, members: 2 } });
    const empty = caseNextStep(reviewCase({ members: [], quorum: 2, ...perms('DECIDE', 'ASSIGN') }), 'chris');
    expect(keyOf(empty)).toBe('next.case.assign');
  });

  it('offers a committee member outside the case to volunteer, with the button itself', () => {
    const step = caseNextStep(reviewCase({ ...perms('VOLUNTEER') }), 'kirsten');
    expect(keyOf(step)).toBe('next.case.volunteer');
    expect(step.action).toEqual({ kind: 'volunteer' });
  });

  it('says a decided or closed case waits for nobody', () => {
    const decided = reviewCase({ status: 'DECIDED', decision: { outcome: 'APPROVED', comments: null, letter: null, decidedBy: null, decidedAt: null } });
    expect(keyOf(caseNextStep(decided, 'cathy'))).toBe('next.case.decided');
    expect(caseNextStep(decided, 'cathy').actor).toBe('nobody');
    expect(keyOf(caseNextStep(reviewCase({ status: 'CLOSED' }), 'cathy'))).toBe('next.case.closed');
  });

  it('tells the chair who handed the case over that the acting chair decides it', () => {
    const step = caseNextStep(reviewCase({ chair: { username: 'kirsten', name: 'Kirsten Holt' }, ...perms('ASSIGN', 'HAND_OVER') }), 'chris');
    expect(step.message).toEqual({ key: 'next.case.handedOver', params: { name: 'Kirsten Holt' } });
  });
});

describe('a conflict of interest on an open case', () => {
  it('is a member’s, declared or flagged, with the reason', () => {
    const declared = reviewCase({
      members: [caseMember({ declaration: 'CONFLICT', declarationReason: 'I co-supervise the instructor’s PhD student.', conflicted: true })],
      ...perms('DECLARE'),
    });
    expect(conflictOf(declared, 'cathy')).toEqual({ as: 'member', declared: 'I co-supervise the instructor’s PhD student.', automatic: null, chair: false });
    const flagged = reviewCase({ members: [caseMember({ automaticConflict: 'SAME_DEPARTMENT', conflicted: true })], ...perms('DECLARE') });
    expect(conflictOf(flagged, 'cathy')).toMatchObject({ as: 'member', declared: null, automatic: 'SAME_DEPARTMENT' });
    expect(keyOf(caseNextStep(flagged, 'cathy'))).toBe('next.case.conflicted.chair');
  });

  it('is the chair’s when the server lets the chair hand over but not decide a case nobody else chairs', () => {
    const c = reviewCase({ members: [caseMember({ declaration: 'NO_CONFLICT' })], ...perms('ASSIGN', 'HAND_OVER', 'VOLUNTEER') });
    expect(conflictOf(c, 'chris')).toEqual({ as: 'chair' });
    const step = caseNextStep(c, 'chris');
    expect(keyOf(step)).toBe('next.case.handOver');
    expect(step.action).toMatchObject({ target: 'acting-chair-heading' });
    // Nobody to hand over to: assign one first.
    const alone = reviewCase({ members: [caseMember({ conflicted: true, automaticConflict: 'ON_TEAM' })], ...perms('ASSIGN', 'HAND_OVER') });
    expect(caseNextStep(alone, 'chris').action).toMatchObject({ target: 'assign-member-heading' });
  });

  it('is nobody’s when the chair may decide, or once the case is handed over or closed', () => {
    expect(conflictOf(reviewCase({ ...perms('ASSIGN', 'HAND_OVER', 'DECIDE') }), 'chris')).toBeNull();
    expect(conflictOf(reviewCase({ chair: { username: 'kirsten', name: 'Kirsten Holt' }, ...perms('ASSIGN', 'HAND_OVER') }), 'chris')).toBeNull();
    expect(conflictOf(reviewCase({ status: 'CLOSED', members: [caseMember({ conflicted: true })] }), 'cathy')).toBeNull();
  });
});
