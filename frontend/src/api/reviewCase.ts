import type { CaseMember, CaseSummary, ReviewCase } from './types';

function isCaseSummary(value: unknown): value is CaseSummary {
  return typeof value === 'object' && value !== null && Array.isArray((value as CaseSummary).criteria);
}

/**
 * The proposal's summary text. The contract names it `summary`, like the criteria summary, so a
 * `proposalSummary` field is accepted too.
 */
export function proposalSummaryOf(c: ReviewCase): string | null {
  if (typeof c.summary === 'string') return c.summary;
  return typeof c.proposalSummary === 'string' ? c.proposalSummary : null;
}

/**
 * The assessments summed up (null while hidden from the caller): `assessmentSummary` as review-service
 * sends it, or `summary` / `criteriaSummary` as the contract's wording allows.
 */
export function criteriaSummaryOf(c: ReviewCase): CaseSummary | null {
  for (const candidate of [c.assessmentSummary, c.summary, c.criteriaSummary]) {
    if (isCaseSummary(candidate)) return candidate;
  }
  return null;
}

/** The signed-in user's membership of the case, if they are assigned. */
export function memberOf(c: ReviewCase, username: string | undefined): CaseMember | undefined {
  if (!username) return undefined;
  return (c.members ?? []).find((m) => m.username === username);
}
