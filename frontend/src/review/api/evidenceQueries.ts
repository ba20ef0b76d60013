import { useQuery } from '@tanstack/react-query';
import { answer } from '../../shared/api/client';
import type { components } from '../../shared/api/generated/proposal';
import { useApi } from '../../shared/api/useApi';
import type { Present, View } from '../../shared/api/wire';
import type { ProposalVersion } from '../../proposals/api/types';

/** One version of the application as proposal-service froze it (`GET /proposals/{moocId}/versions/{number}`). */
export type ApplicationContent = Present<View<components['schemas']['ProposalContent']>, 'title'>;

/**
 * The application as it was submitted for a review round: the frozen version the case was opened for, which
 * carries the fields the criteria are about (uniqueness, research environment, teacher background …) that the
 * review case's own snapshot leaves out. Its key starts with "proposals", so a change to the proposal reads it again.
 */
export function useApplicationVersion(moocId: string, number: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['proposals', 'version', moocId, number] as const,
    queryFn: ({ signal }) =>
      answer<components['schemas']['ProposalContent'], ApplicationContent>(
        api.services.proposal.GET('/proposals/{moocId}/versions/{number}', {
          params: { path: { moocId, number } },
          signal,
        }),
      ),
    // A submitted version never changes.
    staleTime: Infinity,
  });
}

/**
 * The version the previous round decided on: the last version submitted before the case's own. Null in a first
 * round, or when the versions do not show one.
 */
export function previousSubmittedVersion(versions: readonly ProposalVersion[], caseVersion: number): number | null {
  let previous: number | null = null;
  for (const v of versions) {
    if (v.number < caseVersion && v.submittedAt && (previous === null || v.number > previous)) previous = v.number;
  }
  return previous;
}

/** Whether the proposal has moved on since the case's version (a revision is being written or was submitted). */
export function proposalMovedOn(versions: readonly ProposalVersion[], caseVersion: number): boolean {
  return versions.some((v) => v.number > caseVersion);
}
