import { can } from '../../shared/api/permissions';
import type { Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import type { ReviewCase } from '../api/reviewTypes';
import { memberOf } from '../api/reviewCase';

/** Where the step is taken: a button here (volunteering), or the form further down the page. */
export type NextStepAction = { kind: 'volunteer' } | { kind: 'goto'; target: string; label: MessageKey };

export interface CaseNextStep {
  /** Who acts next, for tests and styling: the reader, someone else, or nobody. */
  actor: 'you' | 'other' | 'nobody';
  message: Message;
  action?: NextStepAction;
}

/** The ids of the forms a step leads to (the forms' own headings). */
export const TARGETS = {
  declare: 'declaration-heading',
  assess: 'assessment-heading',
  decide: 'decision-form-heading',
  assign: 'assign-member-heading',
  handOver: 'acting-chair-heading',
} as const;

/**
 * Why the reader may not act on an open case for a conflict of interest: as a member (declared or flagged), or as the
 * committee's chair whom the server no longer lets decide although nobody else chairs the case (the platform flagged
 * them: their department, or the proposal's team). Null without a conflict.
 */
export type CaseConflict =
  | { as: 'member'; declared: string | null; automatic: string | null; chair: boolean }
  | { as: 'chair' };

export function conflictOf(c: ReviewCase, username: string): CaseConflict | null {
  if (c.status !== 'OPEN') return null;
  const me = memberOf(c, username);
  const chair = can(c, 'HAND_OVER');
  if (me?.conflicted) {
    return {
      as: 'member',
      declared: me.declaration === 'CONFLICT' ? (me.declarationReason ?? '') : null,
      automatic: me.automaticConflict,
      chair,
    };
  }
  // The chair decides every open case nobody else chairs, unless they have a conflict in it.
  const chairsIt = c.chair === null || c.chair.username === username;
  if (chair && chairsIt && !can(c, 'DECIDE')) return { as: 'chair' };
  return null;
}

/** The members who could take the case over: on the case, without a conflict, not its chair already. */
export function handOverCandidates(c: ReviewCase): number {
  return (c.members ?? []).filter((m) => !m.conflicted && m.username !== c.chair?.username).length;
}

/**
 * What's next on the case, written to the reader: their own step with where to take it, or who acts and that
 * nothing waits for them. From the case's state and the permissions the server gives the reader.
 */
export function caseNextStep(c: ReviewCase, username: string): CaseNextStep {
  if (c.decision) return { actor: 'nobody', message: { key: 'next.case.decided' } };
  if (c.status !== 'OPEN') return { actor: 'nobody', message: { key: 'next.case.closed' } };

  const me = memberOf(c, username);
  const members = c.members ?? [];
  const given = members.filter((m) => m.assessed).length;
  const quorum = c.quorum ?? 0;
  const decider = c.chair && c.chair.username !== username ? c.chair.name : null;
  const waitForDecider = (key: 'assessed' | 'conflicted' | 'nothing'): CaseNextStep => ({
    actor: 'other',
    message: decider
      ? { key: `next.case.${key}.acting` as MessageKey, params: { name: decider } }
      : { key: `next.case.${key}.chair` as MessageKey },
  });

  const conflict = conflictOf(c, username);
  if (conflict) {
    if (can(c, 'HAND_OVER')) {
      return handOverCandidates(c) > 0
        ? { actor: 'you', message: { key: 'next.case.handOver' }, action: { kind: 'goto', target: TARGETS.handOver, label: 'next.case.go.handOver' } }
        : can(c, 'ASSIGN')
          ? { actor: 'you', message: { key: 'next.case.assignToHandOver' }, action: { kind: 'goto', target: TARGETS.assign, label: 'next.case.go.assign' } }
          : { actor: 'you', message: { key: 'next.case.assignToHandOver' } };
    }
    return waitForDecider('conflicted');
  }

  if (me && me.declaration === 'NOT_DECLARED' && can(c, 'DECLARE')) {
    return { actor: 'you', message: { key: 'next.case.declare' }, action: { kind: 'goto', target: TARGETS.declare, label: 'next.case.go.declare' } };
  }
  if (me && !me.assessed && can(c, 'ASSESS')) {
    return { actor: 'you', message: { key: 'next.case.assess' }, action: { kind: 'goto', target: TARGETS.assess, label: 'next.case.go.assess' } };
  }
  if (can(c, 'DECIDE')) {
    if (members.length === 0 && can(c, 'ASSIGN')) {
      return { actor: 'you', message: { key: 'next.case.assign' }, action: { kind: 'goto', target: TARGETS.assign, label: 'next.case.go.assign' } };
    }
    const action: NextStepAction = { kind: 'goto', target: TARGETS.decide, label: 'next.case.go.decide' };
    return given < quorum
      ? { actor: 'you', message: { key: 'next.case.decideBelowQuorum', params: { given, quorum } }, action }
      : { actor: 'you', message: { key: 'next.case.decide', params: { given, members: members.length } }, action };
  }
  if (me?.assessed) return waitForDecider('assessed');
  if (can(c, 'VOLUNTEER')) return { actor: 'you', message: { key: 'next.case.volunteer' }, action: { kind: 'volunteer' } };
  if (can(c, 'HAND_OVER') && c.chair && c.chair.username !== username) {
    return { actor: 'other', message: { key: 'next.case.handedOver', params: { name: c.chair.name } } };
  }
  return waitForDecider('nothing');
}
