import { answer, type ApiClient } from '../../shared/api/client';
import { sent } from '../../shared/api/wire';
import type { CatalogueStatus, CatalogueSync, SimilarCourses, SimilarityRequest, SimilaritySnapshot } from './catalogueTypes';

/** The catalogue's path behind the gateway (analytics-service, docs/catalogue.md). */
const CATALOGUE = '/analytics/catalogue';

/** The media type a catalogue file is sent as: Coursera's JSON, else CSV (the server reads both). */
export function catalogueFileType(file: File): 'application/json' | 'text/csv' {
  const name = file.name.toLowerCase();
  if (file.type === 'application/json' || name.endsWith('.json')) return 'application/json';
  return 'text/csv';
}

export type CatalogueClient = ReturnType<typeof createCatalogueClient>;

/** The catalogue's operations on top of the shared client (bearer token, problem+json → ApiError). */
export function createCatalogueClient(api: ApiClient) {
  const { analytics } = api.services;
  return {
    /** Its size, last successful sync and whether it is stale. */
    getCatalogue: (signal?: AbortSignal): Promise<CatalogueStatus> => answer(analytics.GET('/catalogue', { signal })),
    /** The catalogue courses most like the proposal's words, best first; nothing is stored. */
    findSimilarCourses: (request: SimilarityRequest, signal?: AbortSignal): Promise<SimilarCourses> =>
      answer(analytics.POST('/catalogue/similar', { body: sent(request), signal })),
    /** The MOOC's frozen snapshots, newest first (one per submitted version). */
    listSimilaritySnapshots: (moocId: string, signal?: AbortSignal): Promise<SimilaritySnapshot[]> =>
      answer(analytics.GET('/catalogue/similarity-snapshots', { params: { query: { moocId } }, signal })),
    /** Starts a sync from Coursera's API now (202, RUNNING); 409 when no API is configured. */
    startCatalogueSync: (): Promise<CatalogueSync> => answer(analytics.POST('/catalogue/syncs')),
    /** Imports a catalogue file: the bytes as they are, as Coursera's JSON or as CSV. All or nothing. */
    importCatalogue: (file: File): Promise<CatalogueSync> =>
      api.request<CatalogueSync>(`${CATALOGUE}/imports`, { method: 'POST', raw: { data: file, contentType: catalogueFileType(file) } }),
  };
}
