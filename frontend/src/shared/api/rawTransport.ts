// The calls the typed clients do not make: a body sent as it is (a file's bytes with its own media type) and an
// upload that reports its progress (XMLHttpRequest: fetch reports none). Both send the bearer token and read a
// failure's problem details as every typed call does.
import { ApiError, parseErrorResponse } from './apiError';
import { ACCEPT } from './transport';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is (e.g. a file), with its own Content-Type; instead of `body`. */
  raw?: { data: Blob; contentType: string };
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface UploadOptions {
  method?: 'POST' | 'PUT';
  /** A file sent as it is with its Content-Type, or a multipart form (the browser sets the type and its boundary). */
  body: { data: Blob; contentType: string } | { form: FormData };
  /** The bytes sent so far of all to send; only the sending is covered, not the server's work after it. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

/** A 2xx answer to an upload: its status, its Location header and its JSON body. */
export interface Uploaded<T> {
  status: number;
  location: string | null;
  body: T;
}

export interface RawTransportOptions {
  /** Base path of the gateway without a trailing slash, e.g. "/api". */
  base: string;
  getToken: () => string | undefined;
  doFetch: typeof fetch;
  newXhr: () => XMLHttpRequest;
}

export interface RawTransport {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  upload<T>(path: string, options: UploadOptions): Promise<Uploaded<T>>;
  /** The address of an API path: the base and the path, with one slash between. */
  url(path: string): string;
}

export function createRawTransport({ base, getToken, doFetch, newXhr }: RawTransportOptions): RawTransport {
  const urlOf = (path: string) => `${base}${path.startsWith('/') ? path : `/${path}`}`;

  /**
   * Sends a request with the bearer token; a non-2xx answer (or no answer) is thrown as an ApiError. For the bodies
   * the typed clients do not send as they are (a file's bytes with the file's own media type).
   */
  async function send(path: string, options: RequestOptions = {}): Promise<Response> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) params.set(key, String(value));
    }
    const qs = params.toString();
    const url = `${urlOf(path)}${qs ? `?${qs}` : ''}`;

    const headers: Record<string, string> = { Accept: ACCEPT, ...options.headers };
    const token = getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    let body: string | Blob | undefined;
    if (options.raw) {
      headers['Content-Type'] = options.raw.contentType;
      body = options.raw.data;
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }

    const method = options.method ?? 'GET';
    let res: Response;
    try {
      res = await doFetch(url, { method, headers, body, signal: options.signal });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw new ApiError(
        0,
        { title: 'Network error', detail: err instanceof Error ? err.message : String(err) },
        { request: { method, path } },
      );
    }

    if (!res.ok) throw await parseErrorResponse(res, { method, path });
    return res;
  }

  async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const res = await send(path, options);
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** As `send`, but with XMLHttpRequest: its upload events tell how many bytes have been sent. */
  function upload<T>(path: string, options: UploadOptions): Promise<Uploaded<T>> {
    const url = urlOf(path);
    const request = { method: options.method ?? 'POST', path };
    return new Promise<Uploaded<T>>((resolve, reject) => {
      const { signal, onProgress } = options;
      if (signal?.aborted) {
        reject(new DOMException('The upload was aborted.', 'AbortError'));
        return;
      }
      const xhr = newXhr();
      xhr.open(request.method, url);
      xhr.setRequestHeader('Accept', ACCEPT);
      const token = getToken();
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      let body: Blob | FormData;
      if ('form' in options.body) {
        body = options.body.form;
      } else {
        xhr.setRequestHeader('Content-Type', options.body.contentType);
        body = options.body.data;
      }
      if (onProgress) {
        xhr.upload.onprogress = (e) => {
          if (e.lengthComputable) onProgress(e.loaded, e.total);
        };
      }
      const abort = () => xhr.abort();
      signal?.addEventListener('abort', abort, { once: true });
      const settle = () => signal?.removeEventListener('abort', abort);
      xhr.onload = () => {
        settle();
        const text = xhr.responseText;
        if (xhr.status >= 200 && xhr.status < 300) {
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          resolve({ status: xhr.status, location: xhr.getResponseHeader('Location'), body: parsed as T });
          return;
        }
        // The same reading of problem details as every other call.
        const headers = new Headers();
        const contentType = xhr.getResponseHeader('Content-Type');
        if (contentType) headers.set('Content-Type', contentType);
        const retryAfter = xhr.getResponseHeader('Retry-After');
        if (retryAfter) headers.set('Retry-After', retryAfter);
        const status = xhr.status >= 200 && xhr.status <= 599 ? xhr.status : 500;
        parseErrorResponse(new Response(text, { status, statusText: xhr.statusText, headers }), request).then(reject, reject);
      };
      xhr.onerror = () => {
        settle();
        reject(new ApiError(0, { title: 'Network error', detail: 'The upload did not reach the server.' }, { request }));
      };
      xhr.onabort = () => {
        settle();
        reject(new DOMException('The upload was aborted.', 'AbortError'));
      };
      xhr.send(body);
    });
  }

  return { request, upload, url: urlOf };
}
