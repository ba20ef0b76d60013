// Error answers of the API: RFC 9457 problem details read into an ApiError (used by every call of client.ts).
import type { FieldProblem, ProblemDetails, UnmetGate } from './sharedTypes';

/** Stable problem types (RFC 9457 `type`) the SPA reacts to. */
export const PROBLEM_TYPES = {
  preconditionFailed: 'urn:mooc:problem:precondition-failed',
  staleVersion: 'urn:mooc:problem:stale-version',
  illegalTransition: 'urn:mooc:problem:illegal-transition',
  validation: 'urn:mooc:problem:validation',
  /** The proposal changed since it was loaded (e.g. an endorsement sent with an old content hash). */
  conflict: 'urn:mooc:problem:conflict',
  /** An attachment larger than the server accepts (413, with `maxBytes`). */
  payloadTooLarge: 'urn:mooc:problem:payload-too-large',
  /** An attachment of a type the server does not accept (415). */
  unsupportedMediaType: 'urn:mooc:problem:unsupported-media-type',
} as const;

/** The request an error answered: its method and the API path (relative to the gateway's `/api`). */
export interface FailedRequest {
  method: string;
  path: string;
}

export interface ApiErrorOptions {
  message?: string;
  /** How long the server asked the client to wait (the Retry-After header), in milliseconds. */
  retryAfterMs?: number;
  request?: FailedRequest;
}

/**
 * The answers that mean "a part of the platform is down for a moment", not "your request is wrong": no answer at
 * all, the gateway not reaching the service (502, 504) or the service without its database (503).
 */
const UNAVAILABLE_STATUSES = new Set([0, 502, 503, 504]);

/** The service of an API path: `/proposal/proposals/1` → `proposal` (the gateway routes `/api/<service>/…`). */
export function serviceOfPath(path: string): string | undefined {
  return path.replace(/^\/+/, '').split(/[/?#]/)[0] || undefined;
}

/**
 * Retry-After as milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or
 * unreadable. A date in the past is no wait.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * An error answer from the API (or a failure to reach it), carrying the RFC 9457 problem
 * details. `status` is 0 when the request never got an HTTP answer.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;
  readonly retryAfterMs: number | undefined;
  /** The request that failed, when known (errors made by the API client always know it). */
  readonly request: FailedRequest | undefined;

  constructor(status: number, problem: ProblemDetails, options: ApiErrorOptions = {}) {
    super(options.message ?? problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterMs = options.retryAfterMs;
    this.request = options.request;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** A part of the platform is down for a moment: the same request may well work shortly. */
  get isUnavailable(): boolean {
    return UNAVAILABLE_STATUSES.has(this.status);
  }

  /** The service the failed request went to (`proposal`, `review`, `production`, `analytics`), when known. */
  get service(): string | undefined {
    return this.request ? serviceOfPath(this.request.path) : undefined;
  }

  /** The failed request only read (GET): repeating it cannot change anything. */
  get wasRead(): boolean {
    return this.request?.method === 'GET';
  }

  /** The human-readable explanation from the server, if any. */
  get detail(): string | undefined {
    return this.problem.detail ?? this.problem.title;
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }

  /**
   * Someone else changed the resource since it was read: a stale If-Match (412) or a change that
   * lost the race at commit time (409 stale-version).
   */
  get isStaleVersion(): boolean {
    return (
      this.status === 412 ||
      this.problem.type === PROBLEM_TYPES.preconditionFailed ||
      this.problem.type === PROBLEM_TYPES.staleVersion
    );
  }

  /** The action is not possible in the resource's current state (e.g. editing a submitted proposal). */
  get isIllegalTransition(): boolean {
    return this.problem.type === PROBLEM_TYPES.illegalTransition;
  }

  /** The resource changed since it was read, so nothing was recorded (409 `urn:mooc:problem:conflict`). */
  get isConflict(): boolean {
    return this.problem.type === PROBLEM_TYPES.conflict;
  }

  /**
   * Field errors keyed by the last segment of the field path, so that both "title" and
   * bean-validation paths such as "create.request.title" map to the form field "title".
   */
  fieldErrorMap(): Record<string, string> {
    const map: Record<string, string> = {};
    for (const { field, message } of this.fieldErrors) {
      const key = field.split(/[.[\]]/).filter(Boolean).pop() ?? field;
      map[key] = map[key] ? `${map[key]} ${message}` : message;
    }
    return map;
  }
}

function isProblemContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type === 'application/problem+json' || type === 'application/json';
}

function toFieldProblems(raw: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const list = raw
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({ field: String(e.field ?? ''), message: String(e.message ?? '') }))
    .filter((e) => e.message !== '');
  return list;
}

/** Parameters of a code as sent: a map of strings (anything else in it is left out). */
function toCodeParams(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The `unmetGates` of a refused launch: `[{key, code, params}]` (a plain list of keys is tolerated). */
function toUnmetGates(raw: unknown): UnmetGate[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw
    .map((e): UnmetGate | null => {
      if (typeof e === 'string') return { key: e, code: '', params: {} };
      if (typeof e !== 'object' || e === null) return null;
      const g = e as Record<string, unknown>;
      return { key: String(g.key ?? ''), code: typeof g.code === 'string' ? g.code : '', params: toCodeParams(g.params) };
    })
    .filter((g): g is UnmetGate => g !== null && g.key !== '');
}

/**
 * Reads a non-2xx response into an ApiError, tolerating bodies that are not problem+json. `request` (the method and
 * API path) lets the error tell which service failed and whether it was a read.
 */
export async function parseErrorResponse(res: Response, request?: FailedRequest): Promise<ApiError> {
  let problem: ProblemDetails = { status: res.status, title: res.statusText || undefined };
  if (isProblemContentType(res.headers.get('content-type'))) {
    try {
      const body: unknown = await res.json();
      if (typeof body === 'object' && body !== null) {
        const b = body as Record<string, unknown>;
        problem = {
          type: typeof b.type === 'string' ? b.type : undefined,
          title: typeof b.title === 'string' ? b.title : problem.title,
          status: typeof b.status === 'number' ? b.status : res.status,
          detail: typeof b.detail === 'string' ? b.detail : undefined,
          instance: typeof b.instance === 'string' ? b.instance : undefined,
          errors: toFieldProblems(b.errors),
          currentVersion: typeof b.currentVersion === 'number' ? b.currentVersion : undefined,
          maxBytes: typeof b.maxBytes === 'number' ? b.maxBytes : undefined,
          correlationId: typeof b.correlationId === 'string' ? b.correlationId : undefined,
          unmetGates: toUnmetGates(b.unmetGates),
          budgetDkk: typeof b.budgetDkk === 'number' ? b.budgetDkk : undefined,
          bookedDkk: typeof b.bookedDkk === 'number' ? b.bookedDkk : undefined,
          costDkk: typeof b.costDkk === 'number' ? b.costDkk : undefined,
          wouldBeBookedDkk: typeof b.wouldBeBookedDkk === 'number' ? b.wouldBeBookedDkk : undefined,
          table: typeof b.table === 'string' ? b.table : undefined,
          line: typeof b.line === 'number' ? b.line : undefined,
          column: typeof b.column === 'string' ? b.column : undefined,
          code: typeof b.code === 'string' ? b.code : undefined,
          params: b.params === undefined ? undefined : toCodeParams(b.params),
        };
      }
    } catch {
      // Malformed body: keep the status-only problem.
    }
  }
  return new ApiError(res.status, problem, { retryAfterMs: parseRetryAfter(res.headers.get('retry-after')), request });
}
