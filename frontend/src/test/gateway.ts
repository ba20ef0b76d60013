import { vi } from 'vitest';
import { createApiClient } from '../api/client';

export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Answers a request, or returns undefined to let the next handler (finally a 404 problem) answer. */
export type Handler = (method: string, url: string, body: unknown) => Response | undefined;

export const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

export const problem = (body: object, status: number) => json({ status, ...body }, status, 'application/problem+json');

/**
 * A fake gateway behind the real API client (so URLs, bodies, headers and problem+json parsing are
 * exercised). Handlers are asked in order; every request is recorded.
 */
export function fakeGateway(...handlers: Handler[]) {
  const calls: RecordedCall[] = [];
  const fetchImpl = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    // JSON bodies are parsed; others (an uploaded file) are recorded as sent.
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : (init.body ?? undefined);
    calls.push({ method, url, headers: (init.headers ?? {}) as Record<string, string>, body });
    for (const handler of handlers) {
      const answer = handler(method, url, body);
      if (answer) return answer;
    }
    return problem({ title: 'Not found' }, 404);
  });
  const api = createApiClient({ baseUrl: '/api', getToken: () => 'token', fetchImpl: fetchImpl as unknown as typeof fetch });
  return {
    api,
    calls,
    posts: (suffix?: string) => calls.filter((c) => c.method === 'POST' && (!suffix || c.url.endsWith(suffix))),
    gets: (suffix: string) => calls.filter((c) => c.method === 'GET' && c.url.split('?')[0].endsWith(suffix)),
  };
}
