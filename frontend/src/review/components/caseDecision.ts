import type { ReviewCase, ReviewOutcome } from '../api/reviewTypes';
import type { Message } from '../../shared/i18n/message';

/** Limits review-service checks. */
export const DECISION_COMMENTS_MAX = 8000;
export const DECISION_LETTER_MAX = 20000;
export const BELOW_QUORUM_REASON_MAX = 2000;

/** The assessments given on the case (members marked assessed), and whether the decision falls short of the quorum. */
export function quorumShortfall(c: Pick<ReviewCase, 'members' | 'quorum'>): { given: number; quorum: number } | null {
  const given = (c.members ?? []).filter((m) => m.assessed).length;
  const quorum = c.quorum ?? 0;
  return given < quorum ? { given, quorum } : null;
}

/** Comments are required to request a revision or to reject. */
export function commentsRequired(outcome: string): boolean {
  return outcome === 'REVISION_REQUESTED' || outcome === 'REJECTED';
}

export type DecisionField = 'outcome' | 'comments' | 'letter' | 'belowQuorumReason';
export type Errors = Partial<Record<DecisionField, Message>>;

export interface DecisionValues {
  outcome: ReviewOutcome | '';
  comments: string;
  letter: string;
  belowQuorumReason: string;
}

export function validateDecision(
  { outcome, comments, letter, belowQuorumReason }: DecisionValues,
  belowQuorum = false,
): Errors {
  const errors: Errors = {};
  if (!outcome) errors.outcome = { key: 'caseDecision.error.outcomeRequired' };
  if (outcome && commentsRequired(outcome) && !comments.trim()) errors.comments = { key: 'caseDecision.error.commentsRequired' };
  else if (comments.length > DECISION_COMMENTS_MAX) errors.comments = { key: 'form.error.tooLong', params: { max: DECISION_COMMENTS_MAX } };
  if (!letter.trim()) errors.letter = { key: 'caseDecision.error.letterRequired' };
  else if (letter.length > DECISION_LETTER_MAX) errors.letter = { key: 'form.error.tooLong', params: { max: DECISION_LETTER_MAX } };
  if (belowQuorum && !belowQuorumReason.trim()) errors.belowQuorumReason = { key: 'caseDecision.error.reasonRequired' };
  else if (belowQuorumReason.length > BELOW_QUORUM_REASON_MAX)
    errors.belowQuorumReason = { key: 'form.error.tooLong', params: { max: BELOW_QUORUM_REASON_MAX } };
  return errors;
}
