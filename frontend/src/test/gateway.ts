import { vi } from 'vitest';
import { createApiClient } from '../shared/api/client';

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

/** The bytes a fake upload sends: a file's size, or the sizes of a form's files. */
function bodySize(body: unknown): number {
  if (body instanceof Blob) return body.size;
  if (body instanceof FormData) {
    let size = 0;
    body.forEach((value) => {
      size += value instanceof Blob ? value.size : String(value).length;
    });
    return size;
  }
  return 0;
}

/** The origin the tests' page runs at (jsdom's location); recorded URLs are relative to it, as the SPA writes them. */
function pageOrigin(): string {
  return globalThis.location?.origin ?? 'http://localhost';
}

/** `if-match` → `If-Match`: headers are recorded as the SPA names them, whatever casing a Request gives them. */
function headerName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/**
 * What a fetch call sent: its method, URL (relative to the page), headers and body. It takes both forms a fetch
 * gets: a Request (the typed clients) or an address with its init (a raw file sent as it is). JSON bodies are parsed;
 * others (an uploaded file) are recorded as sent, or as the bytes a Request carries.
 */
export async function recordedCall(input: RequestInfo | URL, init: RequestInit = {}): Promise<RecordedCall> {
  if (input instanceof Request) {
    const headers: Record<string, string> = {};
    input.headers.forEach((value, name) => {
      headers[headerName(name)] = value;
    });
    const type = input.headers.get('content-type') ?? '';
    let body: unknown;
    if (input.body) {
      const copy = input.clone();
      body = type.startsWith('application/json') ? JSON.parse(await copy.text()) : await copy.blob();
    }
    const url = input.url.startsWith(pageOrigin()) ? input.url.slice(pageOrigin().length) : input.url;
    return { method: input.method, url, headers, body };
  }
  const url = String(input);
  const body = typeof init.body === 'string' ? JSON.parse(init.body) : (init.body ?? undefined);
  return { method: init.method ?? 'GET', url, headers: (init.headers ?? {}) as Record<string, string>, body };
}

type Answer = (method: string, url: string, body: unknown) => Response;

/**
 * An XMLHttpRequest as the API client's uploads use it: the request is recorded and answered by the gateway's
 * handlers; on the way it reports half the bytes sent, waits for `gate` (a test holds an upload there to look at
 * the page mid-upload), then reports all bytes sent.
 */
class FakeXhr {
  status = 0;
  statusText = '';
  responseText = '';
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  readonly upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  private method = 'GET';
  private url = '';
  private readonly headers: Record<string, string> = {};
  private responseHeaders = new Headers();
  private aborted = false;

  private readonly calls: RecordedCall[];
  private readonly answer: Answer;
  private readonly gate: () => Promise<void>;

  constructor(calls: RecordedCall[], answer: Answer, gate: () => Promise<void>) {
    this.calls = calls;
    this.answer = answer;
    this.gate = gate;
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  getResponseHeader(name: string): string | null {
    return this.responseHeaders.get(name);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    this.onabort?.();
  }

  send(body: unknown) {
    this.calls.push({ method: this.method, url: this.url, headers: { ...this.headers }, body });
    const total = bodySize(body);
    void (async () => {
      await Promise.resolve();
      if (this.aborted) return;
      this.upload.onprogress?.({ lengthComputable: true, loaded: Math.floor(total / 2), total });
      await this.gate();
      if (this.aborted) return;
      this.upload.onprogress?.({ lengthComputable: true, loaded: total, total });
      const res = this.answer(this.method, this.url, body);
      this.status = res.status;
      this.statusText = res.statusText;
      this.responseHeaders = res.headers;
      this.responseText = await res.text();
      if (!this.aborted) this.onload?.();
    })();
  }
}

type Read = { response: Response; body?: unknown };

/**
 * Which parts of a review case's dossier a reader with these permissions gets (the others are null): the assessments
 * and the discussion where the page shows them (the service answers the discussion also to a member of a decided case
 * who never assessed), the roster for whoever assigns. The fake gateway and the fake API client both answer by it.
 */
export function caseDossierParts(permissions: readonly string[] | null | undefined) {
  const may = (p: string) => (permissions ?? []).includes(p);
  return { assessments: may('READ_ASSESSMENTS'), discussion: may('DISCUSS') || may('READ_ASSESSMENTS'), committee: may('ASSIGN') };
}

/** A part of a dossier, asked of the handlers as its own operation (not recorded: the SPA does not send it). */
async function part(answer: Answer, url: string): Promise<Read> {
  const response = answer('GET', url, undefined);
  return response.ok ? { response, body: await response.json() } : { response };
}

/**
 * A dossier (one read of the parts a page shows) as the services answer it: each part exactly as its own operation
 * answers, asked of the test's handlers; a part its reader may not read (or whose operation refuses them) is null; a
 * part that fails otherwise fails the whole.
 * So a test serves the parts and the page's one read of them follows; a handler of the test's own for a dossier's URL
 * comes first. Undefined for any other request.
 */
async function dossier(method: string, url: string, answer: Answer): Promise<Response | undefined> {
  if (method !== 'GET') return undefined;
  const reviewCase = /^(\/api\/review\/review-cases\/[^/?]+)\/dossier$/.exec(url);
  if (reviewCase) {
    const base = reviewCase[1];
    const read = await part(answer, base);
    if (!read.body) return read.response;
    const readable = caseDossierParts((read.body as { permissions?: string[] | null }).permissions);
    const parts: Record<string, unknown> = { reviewCase: read.body, assessments: null, discussion: null, committee: null };
    const wanted: [string, boolean, string][] = [
      ['assessments', readable.assessments, `${base}/assessments`],
      ['discussion', readable.discussion, `${base}/discussion`],
      ['committee', readable.committee, '/api/review/committee/members'],
    ];
    for (const [name, allowed, partUrl] of wanted) {
      if (!allowed) continue;
      const got = await part(answer, partUrl);
      // null where the part's own operation refuses the reader, as the service documents it
      if (!got.body && got.response.status !== 403) return got.response;
      parts[name] = got.body ?? null;
    }
    return json(parts);
  }
  const version = /^(\/api\/proposal\/proposals\/[^/?]+)\/versions\/(\d+)\/dossier$/.exec(url);
  if (version) {
    const [, base, n] = version;
    const content = await part(answer, `${base}/versions/${n}`);
    if (!content.body) return content.response;
    const versions = await part(answer, `${base}/versions`);
    if (!versions.body) return versions.response;
    const attachments = await part(answer, `${base}/attachments`);
    if (!attachments.body) return attachments.response;
    const submittedBefore = (versions.body as { number: number; submittedAt?: string | null }[])
      .filter((v) => v.number < Number(n) && v.submittedAt)
      .map((v) => v.number);
    let changes: unknown = null;
    if (submittedBefore.length > 0) {
      const diff = await part(answer, `${base}/diff?from=${Math.max(...submittedBefore)}&to=${n}`);
      if (!diff.body) return diff.response;
      changes = diff.body;
    }
    return json({ content: content.body, versions: versions.body, attachments: attachments.body, changes });
  }
  return undefined;
}

/**
 * A fake gateway behind the real API client (so URLs, bodies, headers and problem+json parsing are
 * exercised). Handlers are asked in order; every request is recorded. Uploads (XMLHttpRequest) go through the same
 * handlers; `holdUploads()` keeps them at half their bytes until the function it returns is called.
 */
export function fakeGateway(...handlers: Handler[]) {
  const calls: RecordedCall[] = [];
  const handled = (method: string, url: string, body: unknown): Response | undefined => {
    for (const handler of handlers) {
      const response = handler(method, url, body);
      if (response) return response;
    }
    return undefined;
  };
  const answer: Answer = (method, url, body) => handled(method, url, body) ?? problem({ title: 'Not found' }, 404);
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = await recordedCall(input, init);
    calls.push(call);
    return handled(call.method, call.url, call.body) ?? (await dossier(call.method, call.url, answer)) ?? answer(call.method, call.url, call.body);
  });
  let gate: Promise<void> = Promise.resolve();
  const xhrFactory = () => new FakeXhr(calls, answer, () => gate) as unknown as XMLHttpRequest;
  const api = createApiClient({
    baseUrl: '/api',
    getToken: () => 'token',
    fetchImpl: fetchImpl as unknown as typeof fetch,
    xhrFactory,
  });
  return {
    api,
    calls,
    holdUploads: () => {
      let release = () => {};
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => {
        gate = Promise.resolve();
        release();
      };
    },
    posts: (suffix?: string) => calls.filter((c) => c.method === 'POST' && (!suffix || c.url.endsWith(suffix))),
    gets: (suffix: string) => calls.filter((c) => c.method === 'GET' && c.url.split('?')[0].endsWith(suffix)),
  };
}
