import type { Endorsement, Proposal } from '../api/types';
import { formatStatus, statusBadgeClass } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Where a proposal stands, read from its status AND its endorsements. The server keeps the status ENDORSEMENT from
 * the request until the submission, so "Awaiting endorsements" alone would stay after both were given, and would
 * call a void or declined endorsement waiting.
 */
export type ProposalStage =
  | 'ENDORSED'
  | 'AWAITING_ENDORSEMENTS'
  | 'AWAITING_BOARD'
  | 'AWAITING_HEAD'
  | 'DECLINED_BY_BOARD'
  | 'DECLINED_BY_HEAD'
  | 'TO_REQUEST_AGAIN';

type EndorsementView = Pick<Proposal, 'status' | 'boardApproval' | 'headSignature' | 'readyToSubmit'>;

const state = (e: Endorsement | null | undefined) => e?.state ?? 'NOT_REQUESTED';

/** The endorsement stage of a proposal with the status ENDORSEMENT; null for every other status. */
export function endorsementStage(p: EndorsementView): ProposalStage | null {
  if (p.status !== 'ENDORSEMENT') return null;
  const board = state(p.boardApproval);
  const head = state(p.headSignature);
  if (p.readyToSubmit || (board === 'APPROVED' && head === 'SIGNED')) return 'ENDORSED';
  // A refusal is what the instructor must act on, whatever the other endorser still does.
  if (board === 'DECLINED') return 'DECLINED_BY_BOARD';
  if (head === 'DECLINED') return 'DECLINED_BY_HEAD';
  if (board === 'REQUESTED' && head === 'REQUESTED') return 'AWAITING_ENDORSEMENTS';
  if (board === 'REQUESTED') return 'AWAITING_BOARD';
  if (head === 'REQUESTED') return 'AWAITING_HEAD';
  // Void (given for content changed since) or not requested: nobody is asked now.
  return 'TO_REQUEST_AGAIN';
}

const STAGE_KEYS: Record<ProposalStage, MessageKey> = {
  ENDORSED: 'proposalStatus.endorsed',
  AWAITING_ENDORSEMENTS: 'status.ENDORSEMENT',
  AWAITING_BOARD: 'proposalStatus.awaitingBoard',
  AWAITING_HEAD: 'proposalStatus.awaitingHead',
  DECLINED_BY_BOARD: 'proposalStatus.declinedByBoard',
  DECLINED_BY_HEAD: 'proposalStatus.declinedByHead',
  TO_REQUEST_AGAIN: 'proposalStatus.toRequestAgain',
};

const STAGE_BADGES: Record<ProposalStage, string> = {
  ENDORSED: 'badge badge-endorsement-approved',
  AWAITING_ENDORSEMENTS: 'badge badge-endorsement',
  AWAITING_BOARD: 'badge badge-endorsement',
  AWAITING_HEAD: 'badge badge-endorsement',
  DECLINED_BY_BOARD: 'badge badge-endorsement-declined',
  DECLINED_BY_HEAD: 'badge badge-endorsement-declined',
  TO_REQUEST_AGAIN: 'badge badge-endorsement-void',
};

/** The status of a proposal in words, exact during the endorsements: "Awaiting the Head of Department’s signature". */
export function formatProposalStatus(t: T, p: EndorsementView): string {
  const stage = endorsementStage(p);
  return stage ? t(STAGE_KEYS[stage]) : formatStatus(t, p.status);
}

export function proposalStatusBadgeClass(p: EndorsementView): string {
  const stage = endorsementStage(p);
  return stage ? STAGE_BADGES[stage] : statusBadgeClass(p.status);
}

