import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from './apiError';
import { currentOutage } from './outage';

const down = (path: string, status = 503) => new ApiError(status, { status }, { request: { method: 'GET', path } });

let stop: (() => void)[] = [];
afterEach(() => {
  stop.forEach((s) => s());
  stop = [];
});

/** A query a page shows (one observer), whose reads fail as `fail` says; no retries unless `retry`. */
async function shown(client: QueryClient, key: string, fail: () => unknown, retry: number | false = false) {
  const observer = new QueryObserver(client, {
    queryKey: [key],
    queryFn: async () => {
      const error = fail();
      if (error) throw error;
      return key;
    },
    retry,
    retryDelay: 10,
  });
  stop.push(observer.subscribe(() => {}));
  return observer;
}

const settled = (client: QueryClient) =>
  new Promise<void>((resolve) => {
    const check = () => (client.isFetching() === 0 ? resolve() : setTimeout(check, 5));
    check();
  });

describe('currentOutage', () => {
  it('names each part whose shown reads gave up, once', async () => {
    const client = new QueryClient();
    await shown(client, 'a', () => down('/review/meetings'));
    await shown(client, 'b', () => down('/review/review-cases', 504));
    await shown(client, 'c', () => down('/proposal/proposals', 0));
    await shown(client, 'd', () => undefined);
    await settled(client);
    expect(currentOutage(client.getQueryCache())).toEqual({ retrying: [], stalled: ['proposal', 'review'] });
  });

  it('ignores answers that are not an outage and reads no page shows', async () => {
    const client = new QueryClient();
    await shown(client, 'a', () => down('/review/meetings', 404));
    await shown(client, 'b', () => down('/review/meetings', 500));
    await client.prefetchQuery({ queryKey: ['unshown'], queryFn: () => Promise.reject(down('/analytics/courses')), retry: false });
    await settled(client);
    expect(currentOutage(client.getQueryCache())).toEqual({ retrying: [], stalled: [] });
  });

  it('counts a part as retrying while any of its reads is being tried again', async () => {
    const client = new QueryClient();
    let failing = true;
    await shown(client, 'a', () => down('/production/productions'));
    await shown(client, 'b', () => (failing ? down('/production/productions/1') : undefined), 1000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(currentOutage(client.getQueryCache())).toEqual({ retrying: ['production'], stalled: [] });
    failing = false;
    await settled(client);
    expect(currentOutage(client.getQueryCache())).toEqual({ retrying: [], stalled: ['production'] });
  });
});
