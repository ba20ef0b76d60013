import { describe, expect, it } from 'vitest';
import { caseMember, reviewCase } from '../../test/fixtures';
import { criteriaSummaryOf, memberOf, proposalSummaryOf } from './reviewCase';
import type { CaseSummary } from './reviewTypes';

const figures: CaseSummary = {
  criteria: [{ criterion: 'TOPIC', average: 4, spread: 1, count: 2 }],
  average: 4,
  recommendations: { APPROVE: 2 },
  assessments: 2,
};

describe('reading a review case', () => {
  it('reads the proposal’s summary text and the criteria summary from their fields', () => {
    const service = reviewCase({ summary: 'About wind.', assessmentSummary: figures });
    expect(proposalSummaryOf(service)).toBe('About wind.');
    expect(criteriaSummaryOf(service)).toBe(figures);

    const hidden = reviewCase({ summary: null, assessmentSummary: null });
    expect(proposalSummaryOf(hidden)).toBeNull();
    expect(criteriaSummaryOf(hidden)).toBeNull();
  });

  it('finds the signed-in member by user name', () => {
    const c = reviewCase({ members: [caseMember(), caseMember({ username: 'kirsten' })] });
    expect(memberOf(c, 'kirsten')?.username).toBe('kirsten');
    expect(memberOf(c, 'nobody')).toBeUndefined();
    expect(memberOf(c, '')).toBeUndefined();
    expect(memberOf(reviewCase({ members: null }), 'cathy')).toBeUndefined();
  });
});
