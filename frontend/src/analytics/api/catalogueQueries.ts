import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/useApi';
import { mayCall, type OperationId } from '../../shared/auth/operationRoles';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { createCatalogueClient, type CatalogueClient } from './catalogueClient';
import type { SimilarityRequest } from './catalogueTypes';

/** Under "analytics", so the analytics feature's invalidation after a change refreshes these too. */
export const catalogueKeys = {
  all: () => ['analytics', 'catalogue'] as const,
  status: () => ['analytics', 'catalogue', 'status'] as const,
  similar: (request: SimilarityRequest) => ['analytics', 'catalogue', 'similar', request] as const,
  snapshots: (moocId: string) => ['analytics', 'catalogue', 'snapshots', moocId] as const,
};

/** How long the proposal's text rests before it is compared with the catalogue again. */
export const SIMILAR_DEBOUNCE_MS = 700;
/** The fewest characters of title, topic and summary together worth comparing: fewer find nothing useful. */
export const SIMILAR_MIN_TEXT = 20;
/** How often the panel reads the catalogue again while a sync runs. */
export const SYNC_POLL_MS = 2000;

export function useCatalogueApi(): CatalogueClient {
  const api = useApi();
  return useMemo(() => createCatalogueClient(api), [api]);
}

/** Whether the signed-in user's roles are among those the analytics document allows for the operation. */
export function useMayCall(operation: OperationId): boolean {
  const user = useCurrentUser();
  return user !== null && mayCall(operation, user.roles);
}

export function useCatalogueStatus(enabled = true) {
  const api = useCatalogueApi();
  return useQuery({
    queryKey: catalogueKeys.status(),
    queryFn: ({ signal }) => api.getCatalogue(signal),
    enabled,
    // While a sync runs its outcome is not known yet: look again until it has ended.
    refetchInterval: (query) => (query.state.data?.lastSync?.outcome === 'RUNNING' ? SYNC_POLL_MS : false),
  });
}

export function useSimilaritySnapshots(moocId: string, enabled = true) {
  const api = useCatalogueApi();
  return useQuery({
    queryKey: catalogueKeys.snapshots(moocId),
    queryFn: ({ signal }) => api.listSimilaritySnapshots(moocId, signal),
    enabled,
  });
}

/** The words of a proposal worth comparing: trimmed, and only when there is enough of them. */
export function similarityRequest(text: SimilarityRequest): SimilarityRequest | null {
  const trim = (value: string | null | undefined) => value?.trim() ?? '';
  const request: SimilarityRequest = {
    title: trim(text.title),
    topic: trim(text.topic),
    summary: trim(text.summary),
    targetLearners: trim(text.targetLearners),
    uniqueness: trim(text.uniqueness),
  };
  const core = `${request.title} ${request.topic} ${request.summary}`.trim();
  return core.length >= SIMILAR_MIN_TEXT ? request : null;
}

/** `value`, once it has not changed for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The catalogue courses most like a proposal's current words: asked for once the text has rested and when there is
 * enough of it; while the next answer comes the previous one stays.
 */
export function useSimilarCourses(request: SimilarityRequest | null, enabled = true) {
  const api = useCatalogueApi();
  // Compared by value, so that typing the same words again asks nothing new.
  const key = JSON.stringify(request);
  const settled = useDebounced(key, SIMILAR_DEBOUNCE_MS);
  const settledRequest = useMemo(() => JSON.parse(settled) as SimilarityRequest | null, [settled]);
  const query = useQuery({
    queryKey: catalogueKeys.similar(settledRequest ?? {}),
    queryFn: ({ signal }) => api.findSimilarCourses(settledRequest!, signal),
    enabled: enabled && settledRequest !== null,
    placeholderData: keepPreviousData,
  });
  return { ...query, settling: key !== settled };
}

/** After a sync starts or a file is imported, the status (and any comparison) is read again. */
function useInvalidateCatalogue() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: catalogueKeys.all() });
}

export function useStartCatalogueSync() {
  const api = useCatalogueApi();
  const invalidate = useInvalidateCatalogue();
  return useMutation({ mutationFn: () => api.startCatalogueSync(), onSettled: invalidate });
}

export function useImportCatalogue() {
  const api = useCatalogueApi();
  const invalidate = useInvalidateCatalogue();
  return useMutation({ mutationFn: (file: File) => api.importCatalogue(file), onSettled: invalidate });
}
