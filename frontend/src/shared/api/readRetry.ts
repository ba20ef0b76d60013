/**
 * When a failed read is tried again. Reads only: the query cache retries queries, never mutations, because a write
 * that got no clear answer may have been applied.
 */
import { ApiError } from './apiError';

/**
 * Tries after a part of the platform was unavailable (no answer, 502, 503, 504). With the delays below they cover
 * about 45 seconds: a service or its database restarting, or the gateway being replaced.
 */
export const UNAVAILABLE_RETRIES = 6;
/** Tries after any other failure that may be passing (e.g. a 500). */
const OTHER_RETRIES = 2;
/** The first wait; it doubles with each failure up to MAX_RETRY_DELAY_MS. */
const FIRST_RETRY_DELAY_MS = 1000;
/** No wait is longer, whatever Retry-After asks: the page should notice soon that the part is back. */
export const MAX_RETRY_DELAY_MS = 15_000;
/** Retry-After: 0 is honoured as a short pause, not as an immediate burst of requests. */
const MIN_RETRY_DELAY_MS = 250;

/** A failure of a read that is worth waiting out: a part of the platform is down for a moment. */
export function isUnavailable(error: unknown): error is ApiError {
  return error instanceof ApiError && error.isUnavailable;
}

/**
 * Whether the query cache tries a failed read again; `failureCount` is the number of retries so far. A 4xx is an
 * answer (not found, forbidden, invalid), so it is never retried.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < (isUnavailable(error) ? UNAVAILABLE_RETRIES : OTHER_RETRIES);
}

/** How long to wait before the next try: the server's Retry-After when it sent one, else doubling; both capped. */
export function retryDelay(failureCount: number, error: unknown): number {
  const asked = error instanceof ApiError ? error.retryAfterMs : undefined;
  const delay = asked ?? FIRST_RETRY_DELAY_MS * 2 ** failureCount;
  return Math.min(Math.max(delay, MIN_RETRY_DELAY_MS), MAX_RETRY_DELAY_MS);
}
