import { useQuery, useQueryClient } from '@tanstack/react-query';
import { answer } from '../../shared/api/client';
import type { components } from '../../shared/api/generated/proposal';
import { queryKeys } from '../../shared/api/queryKeys';
import { useApi } from '../../shared/api/useApi';
import type { Present, View } from '../../shared/api/wire';
import type { Attachment, ProposalDiff, ProposalVersion } from '../../proposals/api/types';

/** One version of the application as proposal-service froze it (`GET /proposals/{moocId}/versions/{number}`). */
export type ApplicationContent = Present<View<components['schemas']['ProposalContent']>, 'title'>;

/**
 * `GET /proposals/{moocId}/versions/{number}/dossier`: one version's content with the proposal's versions, attachments
 * and the changes since the version submitted before it (null when none was), each as its own operation answers it.
 */
type VersionDossier = { content: ApplicationContent; versions: ProposalVersion[]; attachments: Attachment[]; changes: ProposalDiff | null };

/**
 * The application as it was submitted for a review round: the frozen version the case was opened for, which
 * carries the fields the criteria are about (uniqueness, research environment, teacher background …) that the
 * review case's own snapshot leaves out. Its key starts with "proposals", so a change to the proposal reads it again.
 * It is read with the proposal's versions, attachments and the changes since the previously submitted version in one
 * request (the version's dossier); each part is kept as that part's own cached read, so the case's evidence reads
 * nothing more from proposal-service.
 */
export function useApplicationVersion(moocId: string, number: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['proposals', 'version', moocId, number] as const,
    queryFn: async ({ signal }): Promise<ApplicationContent> => {
      const { content, versions, attachments, changes } = await answer<
        components['schemas']['ProposalVersionDossier'],
        VersionDossier
      >(
        api.services.proposal.GET('/proposals/{moocId}/versions/{number}/dossier', {
          params: { path: { moocId, number } },
          signal,
        }),
      );
      queryClient.setQueryData(queryKeys.versions(moocId), versions);
      queryClient.setQueryData(queryKeys.attachments(moocId), attachments);
      if (changes) queryClient.setQueryData(queryKeys.diff(moocId, changes.from, number), changes);
      return content;
    },
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
