import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Attachment, BoardApprovalInput, ConsultationInput, HeadSignatureInput, Proposal, ProposalInput, ProposalQuery } from './types';
import { useApi } from '../../shared/api/useApi';
import { AS_PART } from '../../shared/api/queryClient';

import { PAGE_SIZE, queryKeys } from '../../shared/api/queryKeys';

// The keys are shared with the review queries; callers keep importing everything from here.

/** One page of the proposals the signed-in user may see; `page` alone gives the default order. */
export function useProposals(query: Partial<ProposalQuery> & { page: number }, enabled = true) {
  const api = useApi();
  const full: ProposalQuery = { size: PAGE_SIZE, ...query };
  return useQuery({
    queryKey: queryKeys.proposals(full),
    queryFn: ({ signal }) => api.listProposals(full, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * One proposal. With `withParts` (the proposal's page) it is read with its next step, history, attachments and
 * versions in one request (the proposal's dossier), and the parts are kept as those parts' own cached reads, so the
 * page's sections need no request of their own; each part is still refreshed and invalidated by its own key.
 */
export function useProposal(id: string, { withParts = false }: { withParts?: boolean } = {}) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.proposal(id),
    queryFn: async ({ signal }): Promise<Proposal> => {
      if (!withParts) return api.getProposal(id, signal);
      const { proposal, next, history, attachments, versions } = await api.getProposalDossier(id, signal);
      queryClient.setQueryData(queryKeys.next(id), next);
      queryClient.setQueryData(queryKeys.history(id), history);
      queryClient.setQueryData(queryKeys.attachments(id), attachments);
      queryClient.setQueryData(queryKeys.versions(id), versions);
      return proposal;
    },
  });
}

export function useProposalHistory(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.history(id),
    queryFn: ({ signal }) => api.getProposalHistory(id, signal),
    ...AS_PART,
  });
}

/** Where the proposal stands and who acts next; `enabled: false` waits (e.g. for the proposal's read to answer). */
export function useNextStep(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.next(id),
    queryFn: ({ signal }) => api.getNextStep(id, signal),
    enabled,
    ...AS_PART,
  });
}

/** The versions; `enabled: false` waits (e.g. for a dossier that brings them along to answer). */
export function useProposalVersions(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.versions(id),
    queryFn: ({ signal }) => api.listVersions(id, signal),
    enabled,
    ...AS_PART,
  });
}

/** The changes between two versions (`to` undefined = the current content); runs once `from` is chosen. */
export function useProposalDiff(id: string, from: number | null, to: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.diff(id, from ?? 0, to),
    queryFn: ({ signal }) => api.getDiff(id, from ?? 0, to, signal),
    enabled: from !== null,
  });
}

/**
 * After a change: the new state of the proposal is known; lists, history, "what's next", the versions
 * and their comparisons must be re-read.
 */
function useProposalChanged() {
  const queryClient = useQueryClient();
  return (proposal: Proposal) => {
    queryClient.setQueryData(queryKeys.proposal(proposal.id), proposal);
    return Promise.all(
      [
        queryKeys.proposalLists(),
        queryKeys.history(proposal.id),
        queryKeys.next(proposal.id),
        queryKeys.versions(proposal.id),
        queryKeys.diffs(proposal.id),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
}

/** A workflow step on one proposal that answers with the updated proposal. */
function useProposalAction<V extends { id: string }>(call: (variables: V) => Promise<Proposal>) {
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: call,
    onSuccess: (proposal) => changed(proposal),
  });
}

export function useRequestConsultation() {
  const api = useApi();
  return useProposalAction(({ id }: { id: string }) => api.requestConsultation(id));
}

export function useAssignConsultation() {
  const api = useApi();
  return useProposalAction(({ id }: { id: string }) => api.assignConsultation(id));
}

export function useRecordConsultation() {
  const api = useApi();
  return useProposalAction(({ id, input }: { id: string; input: ConsultationInput }) =>
    api.recordConsultation(id, input),
  );
}

export function useRequestEndorsements() {
  const api = useApi();
  return useProposalAction(({ id }: { id: string }) => api.requestEndorsements(id));
}

export function useDecideBoardApproval() {
  const api = useApi();
  return useProposalAction(({ id, input }: { id: string; input: BoardApprovalInput }) =>
    api.decideBoardApproval(id, input),
  );
}

export function useDecideHeadSignature() {
  const api = useApi();
  return useProposalAction(({ id, input }: { id: string; input: HeadSignatureInput }) =>
    api.decideHeadSignature(id, input),
  );
}

export function useWithdrawProposal() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) => api.withdrawProposal(id, reason),
    onSuccess: (proposal) =>
      Promise.all([changed(proposal), queryClient.invalidateQueries({ queryKey: ['review-cases'] })]),
  });
}

/** The files attached to a proposal, oldest first. */
/** The files; `enabled: false` waits (e.g. for a dossier that brings them along to answer). */
export function useAttachments(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.attachments(id),
    queryFn: ({ signal }) => api.listAttachments(id, signal),
    enabled,
    ...AS_PART,
  });
}

/**
 * After adding or removing a file (or failing to): the proposal's content hash and version have changed
 * (the head's signature may be void), so the proposal, its history, what's next, the versions, the lists and
 * the files are read again.
 */
function useAttachmentsChanged() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all(
      [
        queryKeys.proposal(id),
        queryKeys.history(id),
        queryKeys.next(id),
        queryKeys.attachments(id),
        queryKeys.versions(id),
        queryKeys.diffs(id),
        queryKeys.proposalLists(),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useAddAttachment() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useAttachmentsChanged();
  return useMutation({
    mutationFn: ({ id, file, fileName, mediaType }: { id: string; file: Blob; fileName: string; mediaType: string }) =>
      api.addAttachment(id, file, fileName, mediaType),
    onSuccess: (attachment, { id }) => {
      queryClient.setQueryData<Attachment[]>(queryKeys.attachments(id), (list) =>
        list && !list.some((a) => a.id === attachment.id) ? [...list, attachment] : list,
      );
      return changed(id);
    },
    // A refusal may mean that the proposal can no longer change: read it again.
    onError: (_error, { id }) => void changed(id),
  });
}

export function useRemoveAttachment() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useAttachmentsChanged();
  return useMutation({
    mutationFn: ({ id, attachmentId }: { id: string; attachmentId: string }) => api.removeAttachment(id, attachmentId),
    onSuccess: (_nothing, { id, attachmentId }) => {
      queryClient.setQueryData<Attachment[]>(queryKeys.attachments(id), (list) =>
        list?.filter((a) => a.id !== attachmentId),
      );
      return changed(id);
    },
    onError: (_error, { id }) => void changed(id),
  });
}

/** An attachment's bytes, fetched with the token; nothing is cached. */
export function useDownloadAttachment() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ id, attachmentId }: { id: string; attachmentId: string }) => api.downloadAttachment(id, attachmentId),
  });
}

/** After the proposal was read again (e.g. after a conflict): read its files again too. */
export function useRefreshAttachments() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.invalidateQueries({ queryKey: queryKeys.attachments(id) });
}

/** After a failed step: the proposal may have moved on, so read it (and what's next) again. */
export function useRefreshProposal() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all(
      [queryKeys.proposal(id), queryKeys.next(id), queryKeys.history(id)].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateProposal() {
  const api = useApi();
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: (proposal: ProposalInput) => api.createProposal(proposal),
    onSuccess: (proposal) => void changed(proposal),
  });
}

export function useUpdateProposal() {
  const api = useApi();
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: ProposalInput }) =>
      api.updateProposal(id, version, input),
    onSuccess: (proposal) => void changed(proposal),
  });
}

export function useSubmitProposal() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version?: number }) => api.submitProposal(id, version),
    onSuccess: (proposal) =>
      Promise.all([changed(proposal), queryClient.invalidateQueries({ queryKey: ['review-cases'] })]),
  });
}
