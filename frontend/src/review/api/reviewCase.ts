import type { CaseMember, CaseSummary, ReviewCase } from './reviewTypes';

/** The proposal's summary text, as submitted (review-service's `summary`). */
export function proposalSummaryOf(c: ReviewCase): string | null {
  return c.summary;
}

/** The assessments summed up (`assessmentSummary`); null while hidden from the caller. */
export function criteriaSummaryOf(c: ReviewCase): CaseSummary | null {
  return c.assessmentSummary;
}

/** The signed-in user's membership of the case, if they are assigned. */
export function memberOf(c: ReviewCase, username: string | undefined): CaseMember | undefined {
  if (!username) return undefined;
  return (c.members ?? []).find((m) => m.username === username);
}
