import { describe, expect, it } from 'vitest';
import type { EndorsementState, Proposal } from '../api/types';
import { translate, type Language } from '../../shared/i18n/translate';
import { endorsement, endorsementProposal, proposal } from '../../test/fixtures';
import { endorsementStage, formatProposalStatus, proposalStatusBadgeClass } from './proposalStatus';

const t = (language: Language) => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(language, key, params);

function endorsing(board: EndorsementState, head: EndorsementState, overrides: Partial<Proposal> = {}): Proposal {
  return endorsementProposal({ boardApproval: endorsement({ state: board }), headSignature: endorsement({ state: head }), ...overrides });
}

describe('the status of a proposal in the endorsement stage', () => {
  it('is "Awaiting endorsements" only while both are requested', () => {
    expect(formatProposalStatus(t('en'), endorsing('REQUESTED', 'REQUESTED'))).toBe('Awaiting endorsements');
  });

  it('no longer awaits anyone once both are given', () => {
    const both = endorsing('APPROVED', 'SIGNED', { readyToSubmit: true });
    expect(endorsementStage(both)).toBe('ENDORSED');
    expect(formatProposalStatus(t('en'), both)).toBe('Endorsed, ready to submit');
    expect(formatProposalStatus(t('da'), both)).toBe('Godkendt og underskrevet, klar til indsendelse');
    // Even if a list row lacks readyToSubmit, two endorsements that hold are read the same way.
    expect(endorsementStage(endorsing('APPROVED', 'SIGNED', { readyToSubmit: undefined }))).toBe('ENDORSED');
  });

  it('names the one endorser still awaited, not one whose endorsement is given', () => {
    expect(formatProposalStatus(t('en'), endorsing('APPROVED', 'REQUESTED'))).toBe('Awaiting the Head of Department’s signature');
    expect(formatProposalStatus(t('en'), endorsing('REQUESTED', 'SIGNED'))).toBe('Awaiting the study board’s approval');
    expect(formatProposalStatus(t('da'), endorsing('REQUESTED', 'SIGNED'))).toBe('Afventer studienævnets godkendelse');
  });

  it('does not call a void signature waiting: it must be requested again', () => {
    expect(endorsementStage(endorsing('APPROVED', 'VOID'))).toBe('TO_REQUEST_AGAIN');
    expect(endorsementStage(endorsing('VOID', 'VOID'))).toBe('TO_REQUEST_AGAIN');
    expect(formatProposalStatus(t('en'), endorsing('VOID', 'SIGNED'))).toBe('Endorsements to be requested again');
    // A void signature beside a pending approval: only the board is awaited.
    expect(endorsementStage(endorsing('REQUESTED', 'VOID'))).toBe('AWAITING_BOARD');
  });

  it('puts a refusal first, whatever the other endorser still does', () => {
    expect(formatProposalStatus(t('en'), endorsing('DECLINED', 'REQUESTED'))).toBe('Declined by the study board');
    expect(formatProposalStatus(t('en'), endorsing('APPROVED', 'DECLINED'))).toBe('Declined by the Head of Department');
    expect(proposalStatusBadgeClass(endorsing('APPROVED', 'DECLINED'))).toBe('badge badge-endorsement-declined');
  });

  it('leaves every other status to the common status words', () => {
    const draft = proposal();
    expect(endorsementStage(draft)).toBeNull();
    expect(formatProposalStatus(t('en'), draft)).toBe('Draft');
    expect(proposalStatusBadgeClass(draft)).toBe('badge badge-draft');
    expect(formatProposalStatus(t('en'), proposal({ status: 'SUBMITTED' }))).toBe('Submitted');
  });
});
