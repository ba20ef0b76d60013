import { describe, expect, it } from 'vitest';
import { ApiError } from './apiError';
import { MAX_RETRY_DELAY_MS, UNAVAILABLE_RETRIES, retryDelay, shouldRetry } from './readRetry';

const failure = (status: number, retryAfterMs?: number) =>
  new ApiError(status, { status }, { retryAfterMs, request: { method: 'GET', path: '/proposal/proposals' } });

describe('shouldRetry', () => {
  it('tries a read again a bounded number of times while a part of the platform is unavailable', () => {
    for (const status of [0, 502, 503, 504]) {
      expect(shouldRetry(0, failure(status)), `${status}`).toBe(true);
      expect(shouldRetry(UNAVAILABLE_RETRIES - 1, failure(status)), `${status}`).toBe(true);
      expect(shouldRetry(UNAVAILABLE_RETRIES, failure(status)), `${status}`).toBe(false);
    }
  });

  it('keeps the earlier rule for the rest: a 4xx never, another 5xx twice', () => {
    for (const status of [400, 401, 403, 404, 409, 429]) expect(shouldRetry(0, failure(status)), `${status}`).toBe(false);
    expect(shouldRetry(1, failure(500))).toBe(true);
    expect(shouldRetry(2, failure(500))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('doubles from one second without Retry-After, up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => retryDelay(n, failure(503)))).toEqual([1000, 2000, 4000, 8000, MAX_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS]);
  });

  it('waits as long as Retry-After asks, within bounds', () => {
    expect(retryDelay(0, failure(503, 3000))).toBe(3000);
    expect(retryDelay(4, failure(503, 3000))).toBe(3000);
    expect(retryDelay(0, failure(503, 120_000))).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelay(0, failure(503, 0))).toBe(250);
  });
});
