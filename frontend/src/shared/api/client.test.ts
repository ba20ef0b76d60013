import { describe, expect, it, vi } from 'vitest';
import { parseRetryAfter } from './apiError';
import { ApiError, contentDispositionFileName, createApiClient, parseErrorResponse } from './client';
import { errorMessage } from './errorMessage';
import { translate } from '../i18n/translate';
import { recordedCall } from '../../test/gateway';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);

/** What the client sent through a mocked fetch, call by call. */
function sent(fetchImpl: { mock: { calls: unknown[][] } }) {
  return Promise.all(fetchImpl.mock.calls.map(([input, init]) => recordedCall(input as RequestInfo, init as RequestInit)));
}

function problemResponse(status: number, body: unknown, contentType = 'application/problem+json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

describe('parseErrorResponse', () => {
  it('reads RFC 9457 problem details with field errors', async () => {
    const res = problemResponse(400, {
      type: 'https://mooc.example/problems/validation',
      title: 'Invalid input',
      status: 400,
      detail: 'The proposal has 2 invalid fields.',
      errors: [
        { field: 'create.request.title', message: 'must not be blank' },
        { field: 'expectedEnrolments', message: 'must be greater than 0' },
      ],
    });
    const err = await parseErrorResponse(res);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(400);
    expect(err.problem.type).toBe('https://mooc.example/problems/validation');
    expect(err.detail).toBe('The proposal has 2 invalid fields.');
    expect(err.message).toBe('The proposal has 2 invalid fields.');
    expect(err.fieldErrors).toHaveLength(2);
    expect(err.fieldErrorMap()).toEqual({
      title: 'must not be blank',
      expectedEnrolments: 'must be greater than 0',
    });
  });

  it('accepts a content type with parameters', async () => {
    const err = await parseErrorResponse(
      problemResponse(409, { title: 'Conflict', status: 409, detail: 'Already submitted.' }, 'application/problem+json; charset=utf-8'),
    );
    expect(err.status).toBe(409);
    expect(err.detail).toBe('Already submitted.');
    expect(err.fieldErrors).toEqual([]);
  });

  it('copes with a body that is not problem+json', async () => {
    const res = new Response('<html>Bad gateway</html>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'Content-Type': 'text/html' },
    });
    const err = await parseErrorResponse(res);
    expect(err.status).toBe(502);
    expect(err.problem.detail).toBeUndefined();
    expect(err.problem.title).toBe('Bad Gateway');
  });

  it('copes with malformed JSON', async () => {
    const res = new Response('{not json', { status: 500, headers: { 'Content-Type': 'application/problem+json' } });
    const err = await parseErrorResponse(res);
    expect(err.status).toBe(500);
    expect(err.fieldErrors).toEqual([]);
  });
});

describe('createApiClient', () => {
  it('sends the bearer token and query parameters to the gateway path', async () => {
    const fetchImpl = vi.fn(async () =>
      new Response(JSON.stringify({ items: [], page: 1, size: 20, total: 0, totalExact: true }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const api = createApiClient({ baseUrl: '/api/', getToken: () => 'tok123', fetchImpl });
    const page = await api.listProposals({ page: 1, size: 20 });
    expect(page.total).toBe(0);
    const [call] = await sent(fetchImpl);
    expect(call.url).toBe('/api/proposal/proposals?page=1&size=20');
    expect(call.headers.Authorization).toBe('Bearer tok123');
  });

  it('posts JSON and omits the Authorization header without a token', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ id: 'p1', title: 'X' }), { status: 201 }));
    const api = createApiClient({ baseUrl: '/api', getToken: () => undefined, fetchImpl });
    await api.createProposal({
      title: 'X',
      summary: 'S',
      newContent: true,
      plannedLaunchSemester: '2027-autumn',
      expectedEnrolments: 10,
    });
    const [call] = await sent(fetchImpl);
    expect(call.url).toBe('/api/proposal/proposals');
    expect(call.method).toBe('POST');
    expect(call.headers.Authorization).toBeUndefined();
    expect(call.headers['Content-Type']).toBe('application/json');
    expect(call.body).toMatchObject({ title: 'X', expectedEnrolments: 10 });
  });

  it('sends search, filters and order of a proposal list, leaving out empty ones', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify({ items: [], page: 0, size: 20, total: 0, totalExact: true }), { status: 200 }),
    );
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl: fetchImpl as unknown as typeof fetch });
    await api.listProposals({ q: ' energy ', status: 'SUBMITTED', department: '', semester: '2027-autumn', sort: 'TITLE', direction: 'asc', page: 2, size: 20 });
    expect((await sent(fetchImpl))[0].url).toBe(
      '/api/proposal/proposals?q=energy&status=SUBMITTED&semester=2027-autumn&sort=TITLE&direction=asc&page=2&size=20',
    );
  });

  it('reads one proposal and its history', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) => new Response('[]', { status: 200 }));
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl: fetchImpl as unknown as typeof fetch });
    await api.getProposal('a/b');
    await api.getProposalHistory('p1');
    expect((await sent(fetchImpl)).map((c) => c.url)).toEqual([
      '/api/proposal/proposals/a%2Fb',
      '/api/proposal/proposals/p1/history',
    ]);
  });

  it('edits a draft with PUT and If-Match carrying the version that was read', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) => new Response('{"id":"p1"}', { status: 200 }));
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl: fetchImpl as unknown as typeof fetch });
    await api.updateProposal('p1', 7, { title: 'T', newContent: true, plannedLaunchSemester: '2027-autumn' });
    const [call] = await sent(fetchImpl);
    expect(call.url).toBe('/api/proposal/proposals/p1');
    expect(call.method).toBe('PUT');
    expect(call.headers['If-Match']).toBe('"7"');
    expect(call.body).toEqual({ title: 'T', newContent: true, plannedLaunchSemester: '2027-autumn' });
  });

  it('submits with If-Match only when a version is given', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) => new Response('{}', { status: 200 }));
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl: fetchImpl as unknown as typeof fetch });
    await api.submitProposal('p1');
    await api.submitProposal('p1', 2);
    const headers = (await sent(fetchImpl)).map((c) => c.headers);
    expect(headers[0]['If-Match']).toBeUndefined();
    expect(headers[1]['If-Match']).toBe('"2"');
  });

  it('recognises a stale version and an illegal transition', async () => {
    const stale = await parseErrorResponse(
      problemResponse(412, { type: 'urn:mooc:problem:precondition-failed', status: 412, detail: 'changed', currentVersion: 5 }),
    );
    expect(stale.isStaleVersion).toBe(true);
    expect(stale.problem.currentVersion).toBe(5);
    const raced = await parseErrorResponse(problemResponse(409, { type: 'urn:mooc:problem:stale-version', status: 409 }));
    expect(raced.isStaleVersion).toBe(true);
    const notDraft = await parseErrorResponse(problemResponse(409, { type: 'urn:mooc:problem:illegal-transition', status: 409 }));
    expect(notDraft.isStaleVersion).toBe(false);
    expect(notDraft.isIllegalTransition).toBe(true);
  });

  it('throws a typed ApiError for a problem response', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) =>
      problemResponse(409, { title: 'Conflict', status: 409, detail: 'Only a draft can be submitted.' }),
    );
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl: fetchImpl as unknown as typeof fetch });
    const err = await api.submitProposal('abc').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(409);
    expect(errorMessage(t, err)).toBe('Only a draft can be submitted.');
    expect((await sent(fetchImpl))[0].url).toBe('/api/proposal/proposals/abc/submit');
  });

  it('turns a failed fetch into a network ApiError', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl });
    const err = await api.listReviewCases(0, 20).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).isNetworkError).toBe(true);
    expect(errorMessage(t, err)).toBe(t('error.network'));
  });
});

describe('errorMessage', () => {
  it('explains an expired session and falls back to generic text', () => {
    expect(errorMessage(t, new ApiError(401, { status: 401 }))).toBe(t('error.unauthorized'));
    expect(errorMessage(t, new ApiError(403, { status: 403 }))).toBe(t('error.forbidden'));
    expect(errorMessage(t, new Error('boom'))).toBe(t('error.generic'));
  });

  it('names the unavailable part, and says whether a write went through', () => {
    const failed = (status: number, method: string, path: string) =>
      new ApiError(status, { status, detail: 'The database cannot be reached.' }, { request: { method, path } });
    expect(errorMessage(t, failed(503, 'GET', '/production/productions'))).toBe(
      'Part of the platform is briefly unavailable (production). Try again in a moment.',
    );
    expect(errorMessage(t, failed(502, 'POST', '/analytics/semester-reviews/r1/decision'))).toBe(
      'This did not go through: part of the platform is briefly unavailable (analytics). Nothing was changed; try again in a moment.',
    );
    // The gateway stopped waiting; the service may still have done it.
    expect(errorMessage(t, failed(504, 'PUT', '/proposal/proposals/p1'))).toBe(
      'Part of the platform did not answer in time (proposals), so this may or may not have gone through. Reload the page to see before you try again.',
    );
    const da = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('da', key, params);
    expect(errorMessage(da, failed(503, 'POST', '/review/meetings'))).toBe(
      'Det gik ikke igennem: en del af platformen er kortvarigt utilgængelig (bedømmelser). Intet blev ændret; prøv igen om et øjeblik.',
    );
    // A 500 still shows the server's words.
    expect(errorMessage(t, failed(500, 'GET', '/review/meetings'))).toBe('The database cannot be reached.');
  });
});

describe('an unavailable service', () => {
  const unavailable = (headers: Record<string, string> = {}) =>
    new Response(JSON.stringify({ type: 'urn:mooc:problem:unavailable', status: 503, title: 'Unavailable' }), {
      status: 503,
      headers: { 'Content-Type': 'application/problem+json', ...headers },
    });

  it('reads Retry-After and tells which service and method failed', async () => {
    const fetchImpl = vi.fn(async () => unavailable({ 'Retry-After': '5' }));
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl: fetchImpl as unknown as typeof fetch });
    const read = (await api.listMeetings(false).catch((e: unknown) => e)) as ApiError;
    expect(read.isUnavailable).toBe(true);
    expect(read.retryAfterMs).toBe(5000);
    expect(read.service).toBe('review');
    expect(read.wasRead).toBe(true);
    const write = (await api.createProposal({} as never).catch((e: unknown) => e)) as ApiError;
    expect(write.service).toBe('proposal');
    expect(write.wasRead).toBe(false);
    expect(write.problem.type).toBe('urn:mooc:problem:unavailable');
  });

  it('knows the service of a request that got no answer', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl });
    const err = (await api.request('/analytics/portfolio').catch((e: unknown) => e)) as ApiError;
    expect(err.isNetworkError && err.isUnavailable).toBe(true);
    expect(err.service).toBe('analytics');
    expect(err.retryAfterMs).toBeUndefined();
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-05-01T10:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 12 ', now)).toBe(12_000);
    expect(parseRetryAfter('Fri, 01 May 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 01 May 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('counts only no answer, 502, 503 and 504 as unavailable', () => {
    expect([0, 500, 502, 503, 504, 429, 404].map((s) => new ApiError(s, { status: s }).isUnavailable)).toEqual([
      true,
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('review-service endpoints', () => {
  it('calls the review service behind the gateway with the contract’s paths, methods and bodies', async () => {
    const fetchImpl = vi.fn(async () => new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl: fetchImpl as unknown as typeof fetch });
    await api.getReviewOverview();
    await api.listCommitteeMembers();
    await api.getReviewCase('c 1');
    await api.assignCaseMember('c1', 'kirsten');
    await api.volunteerForCase('c1');
    await api.declareConflict('c1', { conflict: true, reason: 'Co-author' });
    await api.handOverCase('c1', 'cathy');
    await api.submitAssessment('c1', { scores: [{ criterion: 'TOPIC', score: 4, comment: 'Good' }], recommendation: 'APPROVE' });
    await api.listAssessments('c1');
    await api.listDiscussion('c1');
    await api.postToDiscussion('c1', 'Hello');
    await api.draftDecisionLetter('c1', 'REJECTED');
    await api.decideCase('c1', { outcome: 'REJECTED', comments: 'Too broad', letter: 'Dear Ida' });
    const calls = (await sent(fetchImpl)).map((c) => [c.method, c.url, c.body]);
    expect(calls).toEqual([
      ['GET', '/api/review/review-cases/overview', undefined],
      ['GET', '/api/review/committee/members', undefined],
      ['GET', '/api/review/review-cases/c%201', undefined],
      ['POST', '/api/review/review-cases/c1/members', { username: 'kirsten' }],
      ['POST', '/api/review/review-cases/c1/members/me', undefined],
      ['PUT', '/api/review/review-cases/c1/members/me/declaration', { conflict: true, reason: 'Co-author' }],
      ['PUT', '/api/review/review-cases/c1/acting-chair', { username: 'cathy' }],
      [
        'PUT',
        '/api/review/review-cases/c1/assessments/me',
        { scores: [{ criterion: 'TOPIC', score: 4, comment: 'Good' }], recommendation: 'APPROVE' },
      ],
      ['GET', '/api/review/review-cases/c1/assessments', undefined],
      ['GET', '/api/review/review-cases/c1/discussion', undefined],
      ['POST', '/api/review/review-cases/c1/discussion', { text: 'Hello' }],
      ['GET', '/api/review/review-cases/c1/decision/draft?outcome=REJECTED', undefined],
      ['POST', '/api/review/review-cases/c1/decision', { outcome: 'REJECTED', comments: 'Too broad', letter: 'Dear Ida' }],
    ]);
  });
});

describe('meeting endpoints', () => {
  it('calls the meetings and the agenda pack with the contract’s paths, methods and bodies', async () => {
    const fetchImpl = vi.fn(async () => new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl: fetchImpl as unknown as typeof fetch });
    await api.listMeetings(false);
    await api.listMeetings(true);
    await api.createMeeting({ title: 'March', startsAt: '2027-03-01T14:00:00+01:00', location: 'S09' });
    await api.getMeeting('m 1');
    await api.addMeetingCase('m1', 'rc-1');
    await api.removeMeetingCase('m1', 'rc/1');
    await api.getAgenda('m1');
    await api.listReviewCases(0, 100, undefined, 'OPEN');
    const calls = (await sent(fetchImpl)).map((c) => [c.method, c.url, c.body]);
    expect(calls).toEqual([
      ['GET', '/api/review/meetings', undefined],
      ['GET', '/api/review/meetings?past=true', undefined],
      ['POST', '/api/review/meetings', { title: 'March', startsAt: '2027-03-01T14:00:00+01:00', location: 'S09' }],
      ['GET', '/api/review/meetings/m%201', undefined],
      ['POST', '/api/review/meetings/m1/cases', { caseId: 'rc-1' }],
      ['DELETE', '/api/review/meetings/m1/cases/rc%2F1', undefined],
      ['GET', '/api/review/meetings/m1/agenda', undefined],
      ['GET', '/api/review/review-cases?status=OPEN&page=0&size=100', undefined],
    ]);
  });
});

describe('attachment endpoints', () => {
  it('lists, uploads the raw file with ?name= and its media type, and removes', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) =>
      new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    const api = createApiClient({ baseUrl: '/api', getToken: () => 't', fetchImpl: fetchImpl as unknown as typeof fetch });
    const file = new File(['# Week 1'], 'course notes.md', { type: '' });
    await api.listAttachments('p1');
    await api.addAttachment('p1', file, 'course notes.md', 'text/markdown');
    fetchImpl.mockImplementationOnce(async () => new Response(null, { status: 204 }));
    await api.removeAttachment('p1', 'a/1');
    const [list, upload, remove] = await sent(fetchImpl);
    expect([list.url, list.method]).toEqual(['/api/proposal/proposals/p1/attachments', 'GET']);
    expect(upload.url).toBe('/api/proposal/proposals/p1/attachments?name=course+notes.md');
    expect(upload.method).toBe('POST');
    expect(upload.body).toBe(file);
    expect(upload.headers['Content-Type']).toBe('text/markdown');
    expect(upload.headers.Authorization).toBe('Bearer t');
    expect([remove.url, remove.method]).toEqual(['/api/proposal/proposals/p1/attachments/a%2F1', 'DELETE']);
  });

  it('downloads the bytes with the token and reads the file name from Content-Disposition', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) =>
      new Response('%PDF-1.7', {
        status: 200,
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename*=UTF-8''kursus%20%C3%B8.pdf" },
      }),
    );
    const api = createApiClient({ baseUrl: '/api', getToken: () => 'tok', fetchImpl: fetchImpl as unknown as typeof fetch });
    const { blob, fileName } = await api.downloadAttachment('p1', 'a1');
    expect(await blob.text()).toBe('%PDF-1.7');
    expect(fileName).toBe('kursus ø.pdf');
    const [call] = await sent(fetchImpl);
    expect(call.url).toBe('/api/proposal/proposals/p1/attachments/a1');
    expect(call.headers.Authorization).toBe('Bearer tok');
  });

  it('reads a 413 problem with maxBytes and other Content-Disposition forms', async () => {
    const err = await parseErrorResponse(
      problemResponse(413, { type: 'urn:mooc:problem:payload-too-large', status: 413, detail: 'Too large', maxBytes: 5242880 }),
    );
    expect(err.problem.maxBytes).toBe(5242880);
    expect(err.detail).toBe('Too large');
    expect(contentDispositionFileName('attachment; filename="outline.pdf"')).toBe('outline.pdf');
    expect(contentDispositionFileName('attachment; filename=plan.docx')).toBe('plan.docx');
    expect(contentDispositionFileName('attachment')).toBeNull();
    expect(contentDispositionFileName(null)).toBeNull();
  });
});
