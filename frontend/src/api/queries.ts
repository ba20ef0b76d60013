import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import type { Proposal, ProposalInput, ProposalQuery } from './types';
import { useApi } from './useApi';

export const PAGE_SIZE = 20;

/** Every proposal query starts with "proposals", so one invalidation refreshes lists, details and history. */
export const queryKeys = {
  proposalLists: () => ['proposals', 'list'] as const,
  proposals: (query: ProposalQuery) => ['proposals', 'list', query] as const,
  proposal: (id: string) => ['proposals', 'detail', id] as const,
  history: (id: string) => ['proposals', 'history', id] as const,
  reviewCases: (page: number) => ['review-cases', page] as const,
};

/** Retries only failures that may be transient: network errors and 5xx, at most twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

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

export function useProposal(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.proposal(id),
    queryFn: ({ signal }) => api.getProposal(id, signal),
  });
}

export function useProposalHistory(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.history(id),
    queryFn: ({ signal }) => api.getProposalHistory(id, signal),
  });
}

export function useReviewCases(page: number, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.reviewCases(page),
    queryFn: ({ signal }) => api.listReviewCases(page, PAGE_SIZE, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** After a change: the new state of the proposal is known, lists and history must be re-read. */
function useProposalChanged() {
  const queryClient = useQueryClient();
  return (proposal: Proposal) => {
    queryClient.setQueryData(queryKeys.proposal(proposal.id), proposal);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.proposalLists() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.history(proposal.id) }),
    ]);
  };
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
