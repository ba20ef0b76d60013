/** Query keys and page sizes shared by every service's query hooks. */
import type { ProposalQuery } from '../../proposals/api/types';

export const PAGE_SIZE = 20;

/** Every proposal query starts with "proposals", so one invalidation refreshes lists, details and history. */
export const queryKeys = {
  proposalLists: () => ['proposals', 'list'] as const,
  proposals: (query: ProposalQuery) => ['proposals', 'list', query] as const,
  proposal: (id: string) => ['proposals', 'detail', id] as const,
  history: (id: string) => ['proposals', 'history', id] as const,
  next: (id: string) => ['proposals', 'next', id] as const,
  versions: (id: string) => ['proposals', 'versions', id] as const,
  diffs: (id: string) => ['proposals', 'diff', id] as const,
  diff: (id: string, from: number, to: number | undefined) => ['proposals', 'diff', id, from, to ?? 'current'] as const,
  attachments: (id: string) => ['proposals', 'attachments', id] as const,
  /** Every review query starts with "review-cases", so one invalidation refreshes lists, overview and cases. */
  reviewCaseLists: () => ['review-cases', 'list'] as const,
  reviewCases: (page: number) => ['review-cases', 'list', page] as const,
  reviewOverview: () => ['review-cases', 'overview'] as const,
  reviewCase: (id: string) => ['review-cases', 'detail', id] as const,
  assessments: (id: string) => ['review-cases', 'assessments', id] as const,
  discussion: (id: string) => ['review-cases', 'discussion', id] as const,
  /** The open cases a meeting's agenda may take (one page of up to OPEN_CASES_SIZE). */
  openReviewCases: () => ['review-cases', 'list', 'open'] as const,
  committeeMembers: () => ['committee', 'members'] as const,
  /** Every meeting query starts with "meetings", so one invalidation refreshes lists, meetings and agendas. */
  meetingLists: () => ['meetings', 'list'] as const,
  meetings: (past: boolean) => ['meetings', 'list', past ? 'past' : 'upcoming'] as const,
  meeting: (id: string) => ['meetings', 'detail', id] as const,
  agenda: (id: string) => ['meetings', 'agenda', id] as const,
};

/** How many open cases the chair chooses from when putting one on an agenda. */
export const OPEN_CASES_SIZE = 100;
