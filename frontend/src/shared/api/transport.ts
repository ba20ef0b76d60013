// The pieces every service's typed client is made of: the bearer-token and problem-details middlewares of
// openapi-fetch, reading a 2xx body, and the ETag and Content-Disposition helpers. client.ts assembles them.
import type { Client, Middleware } from 'openapi-fetch';
import { ApiError, parseErrorResponse, type FailedRequest } from './apiError';
import type { paths as AnalyticsPaths } from './generated/analytics';
import type { paths as ProductionPaths } from './generated/production';
import type { paths as ProposalPaths } from './generated/proposal';
import type { paths as ReviewPaths } from './generated/review';
import type { View } from './wire';

/** The file name of a Content-Disposition header: `filename*=UTF-8''…` (RFC 6266/8187) or `filename="…"`. */
export function contentDispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // Malformed escapes: fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  if (plain) return (plain[1] ?? plain[2]).replace(/\\(.)/g, '$1').trim() || null;
  return null;
}

/** The strong ETag of a version, as the services send it: `"3"`. */
export function etag(version: number): string {
  return `"${version}"`;
}

/** What every call asks for: its JSON, or the problem details of an error. */
export const ACCEPT = 'application/json, application/problem+json';

/** The typed client of each service, on the paths of its document (relative to its server `/api/<service>`). */
export interface ServiceClients {
  proposal: Client<ProposalPaths>;
  review: Client<ReviewPaths>;
  production: Client<ProductionPaths>;
  analytics: Client<AnalyticsPaths>;
}

/**
 * The body of a 2xx answer, read as the services write it (a `View`, or the SPA's refinement of it where the call's
 * declared type names one); an error answer never gets here (the problem middleware throws it as an ApiError).
 */
export async function answer<T, R extends View<T> = View<T>>(call: Promise<{ data?: T }>): Promise<R> {
  return (await call).data as R;
}

/** Sends the current access token with every call of a typed client. */
export function bearerToken(getToken: () => string | undefined): Middleware {
  return {
    onRequest({ request }) {
      const token = getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}

/**
 * Throws every error answer of a typed client as an ApiError read from its problem details, and a call that got no
 * answer as a network ApiError; `apiPath` names the request's API path, so the error knows its service and method.
 */
export function problemDetails(apiPath: (url: string) => string): Middleware {
  const failed = (request: Request): FailedRequest => ({ method: request.method, path: apiPath(request.url) });
  return {
    async onResponse({ request, response }) {
      if (!response.ok) throw await parseErrorResponse(response, failed(request));
      return undefined;
    },
    onError({ request, error }) {
      // An aborted call (the page left) is no failure to report: it is rethrown as it is.
      if (error instanceof DOMException && error.name === 'AbortError') return undefined;
      return new ApiError(
        0,
        { title: 'Network error', detail: error instanceof Error ? error.message : String(error) },
        { request: failed(request) },
      );
    },
  };
}
