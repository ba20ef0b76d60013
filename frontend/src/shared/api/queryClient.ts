import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from './readRetry';

/** How long a read is fresh: mounting a view of it within this time reads nothing again. */
export const FRESH_FOR_MS = 30_000;

/**
 * For the read of a part that may have come along with its owner's read (a dossier: `useProposal`, `useCourse` or `useReviewCase` with
 * `withParts`): the part is as fresh as that read, whatever the query client's default.
 */
export const AS_PART = { staleTime: FRESH_FOR_MS } as const;

/**
 * The query cache of a signed-in session: reads that fail for a passing reason are tried again by themselves;
 * writes are never repeated without the user (a write without a clear answer may have been applied).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: FRESH_FOR_MS, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
