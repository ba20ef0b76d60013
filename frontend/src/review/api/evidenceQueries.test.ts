import { describe, expect, it } from 'vitest';
import type { ProposalVersion } from '../../proposals/api/types';
import { previousSubmittedVersion, proposalMovedOn } from './evidenceQueries';

const version = (number: number, submitted: boolean, current = false): ProposalVersion => ({
  number,
  contentHash: `hash-${number}`,
  submittedAt: submitted ? `2026-0${number}-01T10:00:00Z` : null,
  current,
});

describe('the versions behind a review round', () => {
  it('finds the last version submitted before the case’s own', () => {
    const versions = [version(1, true), version(2, true), version(3, true, true)];
    expect(previousSubmittedVersion(versions, 3)).toBe(2);
    expect(previousSubmittedVersion(versions, 2)).toBe(1);
  });

  it('has none in a first round, and skips versions never submitted', () => {
    expect(previousSubmittedVersion([version(1, true, true)], 1)).toBeNull();
    expect(previousSubmittedVersion([version(1, true), version(2, false), version(3, true, true)], 3)).toBe(1);
  });

  it('tells whether the proposal moved on since the case’s version', () => {
    expect(proposalMovedOn([version(1, true), version(2, false, true)], 1)).toBe(true);
    expect(proposalMovedOn([version(1, true, true)], 1)).toBe(false);
  });
});
