// The SPA's API client: the four typed service clients (serviceClients.ts), the raw request and the upload
// (rawTransport.ts), and the proposal and review calls built on them (proposalCalls.ts, reviewCalls.ts).
// Importers take everything from here; the parts are split by what they do.
import { createRawTransport, type RequestOptions, type UploadOptions, type Uploaded } from './rawTransport';
import { proposalCalls, type ProposalCalls } from './proposalCalls';
import { reviewCalls, type ReviewCalls } from './reviewCalls';
import { createServiceClients } from './serviceClients';
import type { ServiceClients } from './transport';

export { ApiError, PROBLEM_TYPES, parseErrorResponse } from './apiError';
export { answer, bearerToken, contentDispositionFileName, etag, problemDetails, type ServiceClients } from './transport';
export type { RequestOptions, UploadOptions, Uploaded } from './rawTransport';
export type { ProposalCalls } from './proposalCalls';
export type { ReviewCalls } from './reviewCalls';

export interface ApiClientOptions {
  /** Base path of the gateway, e.g. "/api". */
  baseUrl: string;
  /** Returns the current access token, if any. Called for every request. */
  getToken: () => string | undefined;
  fetchImpl?: typeof fetch;
  /** Makes the XMLHttpRequest of an upload (fetch reports no upload progress). */
  xhrFactory?: () => XMLHttpRequest;
}

/** Bytes fetched with the token, and the file name the server gave them. */
export interface Download {
  blob: Blob;
  fileName: string | null;
}

export interface ApiClient extends ProposalCalls, ReviewCalls {
  /** The typed clients of the four services (bearer token, problem details → ApiError). */
  services: ServiceClients;
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  /** Sends a large body with the token, reporting the bytes sent; a non-2xx answer is thrown as an ApiError. */
  upload<T>(path: string, options: UploadOptions): Promise<Uploaded<T>>;
  /** The address of an API path, e.g. "/api/production/productions/1/bookings.ics" (for a link's href). */
  url(path: string): string;
}

export function createApiClient({ baseUrl, getToken, fetchImpl, xhrFactory }: ApiClientOptions): ApiClient {
  const base = baseUrl.replace(/\/+$/, '');
  // Looked up on every call, so that a test's replaced global fetch is the one used.
  const doFetch: typeof fetch = (...args) => (fetchImpl ?? fetch)(...args);
  const newXhr = xhrFactory ?? (() => new XMLHttpRequest());
  const services = createServiceClients({ base, getToken, doFetch });
  const raw = createRawTransport({ base, getToken, doFetch, newXhr });
  return {
    services,
    request: raw.request,
    upload: raw.upload,
    url: raw.url,
    ...proposalCalls(services.proposal, raw.request),
    ...reviewCalls(services.review),
  };
}
