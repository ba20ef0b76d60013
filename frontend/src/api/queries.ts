import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import type { NewProposal } from './types';
import { useApi } from './useApi';

export const PAGE_SIZE = 20;

export const queryKeys = {
  proposals: (page: number) => ['proposals', page] as const,
  reviewCases: (page: number) => ['review-cases', page] as const,
};

/** Retries only failures that may be transient: network errors and 5xx, at most twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function useProposals(page: number, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.proposals(page),
    queryFn: ({ signal }) => api.listProposals(page, PAGE_SIZE, signal),
    placeholderData: keepPreviousData,
    enabled,
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

export function useCreateProposal() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proposal: NewProposal) => api.createProposal(proposal),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposals'] }),
  });
}

export function useSubmitProposal() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.submitProposal(id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['proposals'] }),
        queryClient.invalidateQueries({ queryKey: ['review-cases'] }),
      ]),
  });
}
