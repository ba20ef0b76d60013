import type { Query, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnavailable } from './readRetry';

/** How the reads of the page fare while parts of the platform are unavailable. */
export interface Outage {
  /** Services whose reads are being tried again by themselves (or are being refreshed). */
  retrying: string[];
  /** Services whose reads have used up their tries and wait for the user (or the window's focus). */
  stalled: string[];
}

/** Stands for the service of a failure that does not tell which request it answered. */
export const UNKNOWN_SERVICE = '';

function serviceOf(error: unknown): string {
  return (isUnavailable(error) && error.service) || UNKNOWN_SERVICE;
}

/** Where a query shown on the page stands with respect to an outage, if it is caught in one. */
export function outageState(query: Query): { service: string; state: 'retrying' | 'stalled' } | null {
  // A query no page shows any more is no reason to tell the user about anything.
  if (query.getObserversCount() === 0) return null;
  const { fetchStatus, fetchFailureCount, fetchFailureReason, status, error } = query.state;
  if (fetchStatus !== 'idle') {
    // Between tries the last failure is the fetch's; a refresh of a query that had failed still carries that error.
    const failure = fetchFailureCount > 0 ? fetchFailureReason : status === 'error' ? error : null;
    return isUnavailable(failure) ? { service: serviceOf(failure), state: 'retrying' } : null;
  }
  return status === 'error' && isUnavailable(error) ? { service: serviceOf(error), state: 'stalled' } : null;
}

/** The outage as the queries of the page see it; a service being retried anywhere counts as retrying. */
export function currentOutage(cache: QueryCache): Outage {
  const retrying = new Set<string>();
  const stalled = new Set<string>();
  for (const query of cache.getAll()) {
    const found = outageState(query);
    if (found) (found.state === 'retrying' ? retrying : stalled).add(found.service);
  }
  for (const service of retrying) stalled.delete(service);
  return { retrying: [...retrying].sort(), stalled: [...stalled].sort() };
}

/** Reads again the shown queries that gave up on an unavailable part (the user asked to try again). */
export function refetchStalled(client: QueryClient): Promise<void> {
  return client.refetchQueries({ type: 'active', predicate: (q) => outageState(q)?.state === 'stalled' });
}
