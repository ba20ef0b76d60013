import type {
  Agenda,
  Assessment,
  AssessmentInput,
  Attachment,
  AttachmentDownload,
  BoardApprovalInput,
  CommitteeMember,
  DecisionDraft,
  DeclarationInput,
  DiscussionPost,
  ConsultationInput,
  HeadSignatureInput,
  HistoryEntry,
  Meeting,
  MeetingInput,
  NextStep,
  Page,
  Proposal,
  ProposalDiff,
  ProposalInput,
  ProposalQuery,
  ProposalVersion,
  OverviewEntry,
  ReviewCase,
  ReviewCaseStatus,
  ReviewDecisionInput,
  ReviewOutcome,
} from './types';

import { ApiError, parseErrorResponse } from './apiError';

export { ApiError, PROBLEM_TYPES, parseErrorResponse } from './apiError';

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
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  /** Sends a large body with the token, reporting the bytes sent; a non-2xx answer is thrown as an ApiError. */
  upload<T>(path: string, options: UploadOptions): Promise<Uploaded<T>>;
  /** Fetches a file with the token (a plain link cannot send it). */
  download(path: string, options?: { signal?: AbortSignal; accept?: string }): Promise<Download>;
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

function reviewCasePath(id: string): string {
  return `/review/review-cases/${encodeURIComponent(id)}`;
}

function meetingPath(id: string): string {
  return `/review/meetings/${encodeURIComponent(id)}`;
}

function attachmentPath(id: string, attachmentId: string): string {
  return `${proposalPath(id)}/attachments/${encodeURIComponent(attachmentId)}`;
}

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

export function createApiClient({ baseUrl, getToken, fetchImpl, xhrFactory }: ApiClientOptions): ApiClient {
  const base = baseUrl.replace(/\/+$/, '');
  const doFetch: typeof fetch = (...args) => (fetchImpl ?? fetch)(...args);
  const newXhr = xhrFactory ?? (() => new XMLHttpRequest());
  /** The address of an API path: the base and the path, with one slash between. */
  const urlOf = (path: string) => `${base}${path.startsWith('/') ? path : `/${path}`}`;

  /** Sends a request with the bearer token; a non-2xx answer (or no answer) is thrown as an ApiError. */
  async function send(path: string, options: RequestOptions = {}): Promise<Response> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) params.set(key, String(value));
    }
    const qs = params.toString();
    const url = `${urlOf(path)}${qs ? `?${qs}` : ''}`;

    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      ...options.headers,
    };
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

  return {
    request,
    upload,
    download: async (path, options = {}) => {
      const res = await send(path, { signal: options.signal, headers: { Accept: options.accept ?? '*/*' } });
      return { blob: await res.blob(), fileName: contentDispositionFileName(res.headers.get('content-disposition')) };
    },
    url: urlOf,
    listProposals: ({ q, status, department, semester, consultant, sort, direction, page, size }, signal) =>
      request<Page<Proposal>>('/proposal/proposals', {
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
        signal,
      }),
    getProposal: (id, signal) => request<Proposal>(proposalPath(id), { signal }),
    getProposalHistory: (id, signal) => request<HistoryEntry[]>(`${proposalPath(id)}/history`, { signal }),
    createProposal: (proposal) => request<Proposal>('/proposal/proposals', { method: 'POST', body: proposal }),
    updateProposal: (id, version, proposal) =>
      request<Proposal>(proposalPath(id), { method: 'PUT', body: proposal, headers: { 'If-Match': etag(version) } }),
    submitProposal: (id, version) =>
      request<Proposal>(`${proposalPath(id)}/submit`, {
        method: 'POST',
        headers: version === undefined ? undefined : { 'If-Match': etag(version) },
      }),
    listReviewCases: (page, size, signal, status) =>
      request<Page<ReviewCase>>('/review/review-cases', { query: { status: status || undefined, page, size }, signal }),
    getReviewOverview: (signal) => request<OverviewEntry[]>('/review/review-cases/overview', { signal }),
    getReviewCase: (id, signal) => request<ReviewCase>(reviewCasePath(id), { signal }),
    listCommitteeMembers: (signal) => request<CommitteeMember[]>('/review/committee/members', { signal }),
    assignCaseMember: (id, username) =>
      request<ReviewCase>(`${reviewCasePath(id)}/members`, { method: 'POST', body: { username } }),
    volunteerForCase: (id) => request<ReviewCase>(`${reviewCasePath(id)}/members/me`, { method: 'POST' }),
    declareConflict: (id, input) =>
      request<ReviewCase>(`${reviewCasePath(id)}/members/me/declaration`, { method: 'PUT', body: input }),
    handOverCase: (id, username) =>
      request<ReviewCase>(`${reviewCasePath(id)}/acting-chair`, { method: 'PUT', body: { username } }),
    submitAssessment: (id, input) =>
      request<ReviewCase>(`${reviewCasePath(id)}/assessments/me`, { method: 'PUT', body: input }),
    listAssessments: (id, signal) => request<Assessment[]>(`${reviewCasePath(id)}/assessments`, { signal }),
    listDiscussion: (id, signal) => request<DiscussionPost[]>(`${reviewCasePath(id)}/discussion`, { signal }),
    postToDiscussion: (id, text) =>
      request<DiscussionPost>(`${reviewCasePath(id)}/discussion`, { method: 'POST', body: { text } }),
    draftDecisionLetter: (id, outcome, signal) =>
      request<DecisionDraft>(`${reviewCasePath(id)}/decision/draft`, { query: { outcome }, signal }),
    decideCase: (id, input) => request<ReviewCase>(`${reviewCasePath(id)}/decision`, { method: 'POST', body: input }),
    listMeetings: (past, signal) =>
      request<Meeting[]>('/review/meetings', { query: { past: past ? 'true' : undefined }, signal }),
    createMeeting: (input) => request<Meeting>('/review/meetings', { method: 'POST', body: input }),
    getMeeting: (id, signal) => request<Meeting>(meetingPath(id), { signal }),
    addMeetingCase: (id, caseId) => request<Meeting>(`${meetingPath(id)}/cases`, { method: 'POST', body: { caseId } }),
    removeMeetingCase: (id, caseId) =>
      request<Meeting>(`${meetingPath(id)}/cases/${encodeURIComponent(caseId)}`, { method: 'DELETE' }),
    getAgenda: (id, signal) => request<Agenda>(`${meetingPath(id)}/agenda`, { signal }),
    getNextStep: (id, signal) => request<NextStep>(`${proposalPath(id)}/next`, { signal }),
    listVersions: (id, signal) => request<ProposalVersion[]>(`${proposalPath(id)}/versions`, { signal }),
    getDiff: (id, from, to, signal) =>
      request<ProposalDiff>(`${proposalPath(id)}/diff`, { query: { from, to }, signal }),
    requestConsultation: (id) => request<Proposal>(`${proposalPath(id)}/consultation/request`, { method: 'POST' }),
    assignConsultation: (id) => request<Proposal>(`${proposalPath(id)}/consultation/assign`, { method: 'POST' }),
    recordConsultation: (id, input) =>
      request<Proposal>(`${proposalPath(id)}/consultation`, { method: 'POST', body: input }),
    requestEndorsements: (id) => request<Proposal>(`${proposalPath(id)}/endorsements/request`, { method: 'POST' }),
    decideBoardApproval: (id, input) =>
      request<Proposal>(`${proposalPath(id)}/board-approval`, { method: 'POST', body: input }),
    decideHeadSignature: (id, input) =>
      request<Proposal>(`${proposalPath(id)}/head-signature`, { method: 'POST', body: input }),
    withdrawProposal: (id, reason) =>
      request<Proposal>(`${proposalPath(id)}/withdraw`, {
        method: 'POST',
        body: reason?.trim() ? { reason: reason.trim() } : {},
      }),
    listAttachments: (id, signal) => request<Attachment[]>(`${proposalPath(id)}/attachments`, { signal }),
    addAttachment: (id, file, fileName, mediaType) =>
      request<Attachment>(`${proposalPath(id)}/attachments`, {
        method: 'POST',
        query: { name: fileName },
        raw: { data: file, contentType: mediaType },
      }),
    downloadAttachment: async (id, attachmentId, signal) => {
      const res = await send(attachmentPath(id, attachmentId), {
        signal,
        headers: { Accept: '*/*' },
      });
      return { blob: await res.blob(), fileName: contentDispositionFileName(res.headers.get('content-disposition')) };
    },
    removeAttachment: (id, attachmentId) => request<void>(attachmentPath(id, attachmentId), { method: 'DELETE' }),
  };
}
