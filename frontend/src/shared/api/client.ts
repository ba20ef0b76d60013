import type { Agenda, Assessment, AssessmentInput, CommitteeMember, DecisionDraft, DeclarationInput, DiscussionPost, Meeting, MeetingInput, OverviewEntry, ReviewCase, ReviewCaseStatus, ReviewDecisionInput, ReviewOutcome } from '../../review/api/reviewTypes';
import type { Attachment, AttachmentDownload, BoardApprovalInput, ConsultationInput, HeadSignatureInput, HistoryEntry, NextStep, Proposal, ProposalDiff, ProposalInput, ProposalQuery, ProposalVersion } from '../../proposals/api/types';
import type { Page } from './sharedTypes';

import createClient, { type Client } from 'openapi-fetch';
import { ApiError, parseErrorResponse } from './apiError';
import type { paths as AnalyticsPaths } from './generated/analytics';
import type { paths as ProductionPaths } from './generated/production';
import type { paths as ProposalPaths } from './generated/proposal';
import type { paths as ReviewPaths } from './generated/review';
import { answer, bearerToken, contentDispositionFileName, etag, problemDetails, type ServiceClients } from './transport';
import { sent } from './wire';

export { ApiError, PROBLEM_TYPES, parseErrorResponse } from './apiError';
export { answer, bearerToken, contentDispositionFileName, etag, problemDetails, type ServiceClients } from './transport';

export interface ApiClientOptions {
  /** Base path of the gateway, e.g. "/api". */
  baseUrl: string;
  /** Returns the current access token, if any. Called for every request. */
  getToken: () => string | undefined;
  fetchImpl?: typeof fetch;
  /** Makes the XMLHttpRequest of an upload (fetch reports no upload progress). */
  xhrFactory?: () => XMLHttpRequest;
}

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

/** Bytes fetched with the token, and the file name the server gave them. */
export interface Download {
  blob: Blob;
  fileName: string | null;
}

export interface ApiClient {
  /** The typed clients of the four services (bearer token, problem details → ApiError). */
  services: ServiceClients;
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  /** Sends a large body with the token, reporting the bytes sent; a non-2xx answer is thrown as an ApiError. */
  upload<T>(path: string, options: UploadOptions): Promise<Uploaded<T>>;
  /** The address of an API path, e.g. "/api/production/productions/1/bookings.ics" (for a link's href). */
  url(path: string): string;
  listProposals(query: ProposalQuery, signal?: AbortSignal): Promise<Page<Proposal>>;
  getProposal(id: string, signal?: AbortSignal): Promise<Proposal>;
  getProposalHistory(id: string, signal?: AbortSignal): Promise<HistoryEntry[]>;
  createProposal(proposal: ProposalInput): Promise<Proposal>;
  /** Replaces a draft's content; `version` is the one the editor loaded, sent as If-Match. */
  updateProposal(id: string, version: number, proposal: ProposalInput): Promise<Proposal>;
  /** Submits a draft; with `version`, only if nobody changed it since (If-Match). */
  submitProposal(id: string, version?: number): Promise<Proposal>;
  /** One page of the review cases, newest first; with `status` only those (e.g. OPEN). */
  listReviewCases(page: number, size: number, signal?: AbortSignal, status?: ReviewCaseStatus): Promise<Page<ReviewCase>>;
  /** The open cases ranked by their overall average, best first. */
  getReviewOverview(signal?: AbortSignal): Promise<OverviewEntry[]>;
  getReviewCase(id: string, signal?: AbortSignal): Promise<ReviewCase>;
  /** The steering committee's roster. */
  listCommitteeMembers(signal?: AbortSignal): Promise<CommitteeMember[]>;
  assignCaseMember(id: string, username: string): Promise<ReviewCase>;
  /** The signed-in committee member joins the case. */
  volunteerForCase(id: string): Promise<ReviewCase>;
  declareConflict(id: string, input: DeclarationInput): Promise<ReviewCase>;
  handOverCase(id: string, username: string): Promise<ReviewCase>;
  /** Gives or replaces the signed-in member's assessment. */
  submitAssessment(id: string, input: AssessmentInput): Promise<ReviewCase>;
  listAssessments(id: string, signal?: AbortSignal): Promise<Assessment[]>;
  listDiscussion(id: string, signal?: AbortSignal): Promise<DiscussionPost[]>;
  postToDiscussion(id: string, text: string): Promise<DiscussionPost>;
  draftDecisionLetter(id: string, outcome: ReviewOutcome, signal?: AbortSignal): Promise<DecisionDraft>;
  decideCase(id: string, input: ReviewDecisionInput): Promise<ReviewCase>;
  /** The committee's meetings: upcoming ones (soonest first), or with `past` the past ones. */
  listMeetings(past: boolean, signal?: AbortSignal): Promise<Meeting[]>;
  /** The chair plans a meeting. */
  createMeeting(input: MeetingInput): Promise<Meeting>;
  /** One meeting with the cases on its agenda. */
  getMeeting(id: string, signal?: AbortSignal): Promise<Meeting>;
  /** The chair puts an open review case on the meeting's agenda. */
  addMeetingCase(id: string, caseId: string): Promise<Meeting>;
  /** The chair takes a case off the meeting's agenda. */
  removeMeetingCase(id: string, caseId: string): Promise<Meeting>;
  /** The printable agenda pack: per case the snapshot, rounds, members and summary. */
  getAgenda(id: string, signal?: AbortSignal): Promise<Agenda>;
  getNextStep(id: string, signal?: AbortSignal): Promise<NextStep>;
  listVersions(id: string, signal?: AbortSignal): Promise<ProposalVersion[]>;
  /** The changes from version `from` to version `to` (omitted: the current content). */
  getDiff(id: string, from: number, to?: number, signal?: AbortSignal): Promise<ProposalDiff>;
  requestConsultation(id: string): Promise<Proposal>;
  /** The signed-in consultant takes the consultation. */
  assignConsultation(id: string): Promise<Proposal>;
  recordConsultation(id: string, input: ConsultationInput): Promise<Proposal>;
  requestEndorsements(id: string): Promise<Proposal>;
  decideBoardApproval(id: string, input: BoardApprovalInput): Promise<Proposal>;
  decideHeadSignature(id: string, input: HeadSignatureInput): Promise<Proposal>;
  withdrawProposal(id: string, reason?: string): Promise<Proposal>;
  /** The files attached to the proposal, oldest first. */
  listAttachments(id: string, signal?: AbortSignal): Promise<Attachment[]>;
  /** Attaches a file: its bytes as the body with `mediaType` as Content-Type, its name as `?name=`. */
  addAttachment(id: string, file: Blob, fileName: string, mediaType: string): Promise<Attachment>;
  /** An attachment's bytes (the API needs the bearer token, so a plain link cannot fetch them). */
  downloadAttachment(id: string, attachmentId: string, signal?: AbortSignal): Promise<AttachmentDownload>;
  removeAttachment(id: string, attachmentId: string): Promise<void>;
}

function proposalPath(id: string): string {
  return `/proposal/proposals/${encodeURIComponent(id)}`;
}

/** What every call asks for: its JSON, or the problem details of an error. */
const ACCEPT = 'application/json, application/problem+json';

export function createApiClient({ baseUrl, getToken, fetchImpl, xhrFactory }: ApiClientOptions): ApiClient {
  const base = baseUrl.replace(/\/+$/, '');
  const doFetch: typeof fetch = (...args) => (fetchImpl ?? fetch)(...args);
  const newXhr = xhrFactory ?? (() => new XMLHttpRequest());
  /** The address of an API path: the base and the path, with one slash between. */
  const urlOf = (path: string) => `${base}${path.startsWith('/') ? path : `/${path}`}`;

  // A Request needs an absolute address: the gateway's path is resolved against the page, as a link would be.
  const page = globalThis.location?.href && globalThis.location.origin !== 'null' ? globalThis.location.href : 'http://localhost/';
  const absoluteBase = new URL(base || '/', page);
  const basePath = absoluteBase.pathname.replace(/\/+$/, '');
  /** The API path of a typed call's address: `http://host/api/proposal/proposals/1?x=1` → `/proposal/proposals/1`. */
  const apiPath = (url: string) => {
    const path = new URL(url).pathname;
    return path.startsWith(basePath) ? path.slice(basePath.length) : path;
  };
  const middleware = [bearerToken(getToken), problemDetails(apiPath)];
  function serviceClient<Paths extends {}>(service: string): Client<Paths> {
    const client = createClient<Paths>({
      baseUrl: `${absoluteBase.origin}${basePath}/${service}`,
      headers: { Accept: ACCEPT },
      fetch: (request: Request) => doFetch(request),
    });
    client.use(...middleware);
    return client;
  }
  const services: ServiceClients = {
    proposal: serviceClient<ProposalPaths>('proposal'),
    review: serviceClient<ReviewPaths>('review'),
    production: serviceClient<ProductionPaths>('production'),
    analytics: serviceClient<AnalyticsPaths>('analytics'),
  };
  const { proposal, review } = services;

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
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
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

  const moocId = (id: string) => ({ path: { moocId: id } });
  const caseId = (id: string) => ({ path: { id } });
  const meetingId = (id: string) => ({ path: { id } });

  return {
    services,
    request,
    upload,
    url: urlOf,
    listProposals: ({ q, status, department, semester, consultant, sort, direction, page, size }, signal) =>
      answer(
        proposal.GET('/proposals', {
          params: {
            query: {
              q: q?.trim() || undefined,
              status: status || undefined,
              department: department?.trim() || undefined,
              semester: semester || undefined,
              consultant,
              sort,
              direction,
              page,
              size,
            },
          },
          signal,
        }),
      ),
    getProposal: (id, signal) => answer(proposal.GET('/proposals/{moocId}', { params: moocId(id), signal })),
    getProposalHistory: (id, signal) => answer(proposal.GET('/proposals/{moocId}/history', { params: moocId(id), signal })),
    createProposal: (input) => answer(proposal.POST('/proposals', { body: sent(input) })),
    updateProposal: (id, version, input) =>
      answer(
        proposal.PUT('/proposals/{moocId}', {
          params: { ...moocId(id), header: { 'If-Match': etag(version) } },
          body: sent(input),
        }),
      ),
    submitProposal: (id, version) =>
      answer(
        proposal.POST('/proposals/{moocId}/submit', {
          params: { ...moocId(id), header: version === undefined ? undefined : { 'If-Match': etag(version) } },
        }),
      ),
    listReviewCases: (page, size, signal, status) =>
      answer(review.GET('/review-cases', { params: { query: { status: status || undefined, page, size } }, signal })),
    getReviewOverview: (signal) => answer(review.GET('/review-cases/overview', { signal })),
    getReviewCase: (id, signal) => answer(review.GET('/review-cases/{id}', { params: caseId(id), signal })),
    listCommitteeMembers: (signal) => answer(review.GET('/committee/members', { signal })),
    assignCaseMember: (id, username) =>
      answer(review.POST('/review-cases/{id}/members', { params: caseId(id), body: { username } })),
    volunteerForCase: (id) => answer(review.POST('/review-cases/{id}/members/me', { params: caseId(id) })),
    declareConflict: (id, input) =>
      answer(review.PUT('/review-cases/{id}/members/me/declaration', { params: caseId(id), body: sent(input) })),
    handOverCase: (id, username) =>
      answer(review.PUT('/review-cases/{id}/acting-chair', { params: caseId(id), body: { username } })),
    submitAssessment: (id, input) =>
      answer(review.PUT('/review-cases/{id}/assessments/me', { params: caseId(id), body: sent(input) })),
    listAssessments: (id, signal) => answer(review.GET('/review-cases/{id}/assessments', { params: caseId(id), signal })),
    listDiscussion: (id, signal) => answer(review.GET('/review-cases/{id}/discussion', { params: caseId(id), signal })),
    postToDiscussion: (id, text) =>
      answer(review.POST('/review-cases/{id}/discussion', { params: caseId(id), body: { text } })),
    draftDecisionLetter: (id, outcome, signal) =>
      answer(review.GET('/review-cases/{id}/decision/draft', { params: { ...caseId(id), query: { outcome } }, signal })),
    decideCase: (id, input) => answer(review.POST('/review-cases/{id}/decision', { params: caseId(id), body: sent(input) })),
    listMeetings: (past, signal) =>
      answer(review.GET('/meetings', { params: { query: { past: past ? true : undefined } }, signal })),
    createMeeting: (input) => answer(review.POST('/meetings', { body: sent(input) })),
    getMeeting: (id, signal) => answer(review.GET('/meetings/{id}', { params: meetingId(id), signal })),
    addMeetingCase: (id, caseToAdd) =>
      answer(review.POST('/meetings/{id}/cases', { params: meetingId(id), body: { caseId: caseToAdd } })),
    removeMeetingCase: (id, caseToRemove) =>
      answer(review.DELETE('/meetings/{id}/cases/{caseId}', { params: { path: { id, caseId: caseToRemove } } })),
    getAgenda: (id, signal) => answer(review.GET('/meetings/{id}/agenda', { params: meetingId(id), signal })),
    getNextStep: (id, signal) => answer(proposal.GET('/proposals/{moocId}/next', { params: moocId(id), signal })),
    listVersions: (id, signal) => answer(proposal.GET('/proposals/{moocId}/versions', { params: moocId(id), signal })),
    getDiff: (id, from, to, signal) =>
      answer(proposal.GET('/proposals/{moocId}/diff', { params: { ...moocId(id), query: { from, to } }, signal })),
    requestConsultation: (id) =>
      answer(proposal.POST('/proposals/{moocId}/consultation/request', { params: moocId(id) })),
    assignConsultation: (id) => answer(proposal.POST('/proposals/{moocId}/consultation/assign', { params: moocId(id) })),
    recordConsultation: (id, input) =>
      answer(proposal.POST('/proposals/{moocId}/consultation', { params: moocId(id), body: sent(input) })),
    requestEndorsements: (id) =>
      answer(proposal.POST('/proposals/{moocId}/endorsements/request', { params: moocId(id) })),
    decideBoardApproval: (id, input) =>
      answer(proposal.POST('/proposals/{moocId}/board-approval', { params: moocId(id), body: sent(input) })),
    decideHeadSignature: (id, input) =>
      answer(proposal.POST('/proposals/{moocId}/head-signature', { params: moocId(id), body: sent(input) })),
    withdrawProposal: (id, reason) =>
      answer(
        proposal.POST('/proposals/{moocId}/withdraw', {
          params: moocId(id),
          body: reason?.trim() ? { reason: reason.trim() } : {},
        }),
      ),
    listAttachments: (id, signal) =>
      answer(proposal.GET('/proposals/{moocId}/attachments', { params: moocId(id), signal })),
    // The file's bytes go as they are, with the file's media type: the raw transport, not the JSON of a typed call.
    addAttachment: (id, file, fileName, mediaType) =>
      request<Attachment>(`${proposalPath(id)}/attachments`, {
        method: 'POST',
        query: { name: fileName },
        raw: { data: file, contentType: mediaType },
      }),
    downloadAttachment: async (id, attachmentId, signal) => {
      const { data, response } = await proposal.GET('/proposals/{moocId}/attachments/{attachmentId}', {
        params: { path: { moocId: id, attachmentId } },
        headers: { Accept: '*/*' },
        parseAs: 'blob',
        signal,
      });
      return { blob: data as Blob, fileName: contentDispositionFileName(response.headers.get('content-disposition')) };
    },
    removeAttachment: (id, attachmentId) =>
      answer(
        proposal.DELETE('/proposals/{moocId}/attachments/{attachmentId}', { params: { path: { moocId: id, attachmentId } } }),
      ),
  };
}
