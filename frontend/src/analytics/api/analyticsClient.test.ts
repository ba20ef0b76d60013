import { describe, expect, it } from 'vitest';
import { fakeGateway, json, problem } from '../../test/gateway';
import { API, COURSE_ID, PREVIOUS_REVIEW_ID, REVIEW_ID, completedExportImport, course, exportImportRecord, reviewPack } from '../../test/analyticsFixtures';
import { createAnalyticsClient } from './analyticsClient';
import { ApiError } from '../../shared/api/client';

describe('analytics client', () => {
  it('reads courses, their dossiers, KPIs, semesters and evaluations under /api/analytics', async () => {
    const gw = fakeGateway(() => json({}));
    const api = createAnalyticsClient(gw.api);
    await api.listCourses(1, 20);
    await api.getCourse(COURSE_ID);
    await api.getCourseDossier(COURSE_ID);
    await api.kpiSemesters(COURSE_ID);
    await api.kpis(COURSE_ID, '2028-spring');
    await api.kpis(COURSE_ID, undefined);
    await api.listEvaluations(COURSE_ID);
    await api.listImports(COURSE_ID, 0, 20);
    await api.exportTables(COURSE_ID);
    expect(gw.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET ${API}/courses?page=1&size=20`,
      `GET ${API}/courses/${COURSE_ID}`,
      `GET ${API}/courses/${COURSE_ID}/dossier`,
      `GET ${API}/courses/${COURSE_ID}/kpis/semesters`,
      `GET ${API}/courses/${COURSE_ID}/kpis?semester=2028-spring`,
      `GET ${API}/courses/${COURSE_ID}/kpis`,
      `GET ${API}/courses/${COURSE_ID}/evaluations`,
      `GET ${API}/courses/${COURSE_ID}/imports?page=0&size=20`,
      `GET ${API}/courses/${COURSE_ID}/exports`,
    ]);
    expect(gw.calls[0].headers.Authorization).toBe('Bearer token');
  });

  it('reads the learner data, sets the retention and deletes the learner data', async () => {
    const gw = fakeGateway(() => json({}));
    const api = createAnalyticsClient(gw.api);
    await api.learnerData(COURSE_ID);
    await api.setRetention(COURSE_ID, 48);
    await api.setRetention(COURSE_ID, null);
    await api.deleteLearnerData(COURSE_ID, true);
    await api.deleteLearnerData(COURSE_ID, false);
    expect(gw.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET ${API}/courses/${COURSE_ID}/learner-data`,
      `PUT ${API}/courses/${COURSE_ID}/learner-data/retention`,
      `PUT ${API}/courses/${COURSE_ID}/learner-data/retention`,
      `DELETE ${API}/courses/${COURSE_ID}/learner-data?keepAggregates=true`,
      `DELETE ${API}/courses/${COURSE_ID}/learner-data?keepAggregates=false`,
    ]);
    expect(gw.calls[1].body).toEqual({ months: 48 });
    expect(gw.calls[2].body).toEqual({ months: null });
    expect(gw.calls[1].headers['Content-Type']).toBe('application/json');
    expect(gw.calls.every((c) => c.headers.Authorization === 'Bearer token')).toBe(true);
  });

  it('asks a whole export to replace the course’s learner data with ?replace=true, as zip or folder', async () => {
    const gw = fakeGateway(() => json(exportImportRecord({ replacesData: true }), 202));
    const api = createAnalyticsClient(gw.api);
    const zip = new File([new Uint8Array(8)], 'export.zip', { type: 'application/zip' });
    await api.importExport(COURSE_ID, zip);
    const record = await api.importExport(COURSE_ID, zip, { replace: true });
    await api.importExport(COURSE_ID, [new File(['user_id\n'], 'users.csv')], { replace: true });
    expect(gw.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `POST ${API}/courses/${COURSE_ID}/exports`,
      `POST ${API}/courses/${COURSE_ID}/exports?replace=true`,
      `POST ${API}/courses/${COURSE_ID}/exports?replace=true`,
    ]);
    expect(gw.calls[2].body).toBeInstanceOf(FormData);
    expect(record.replacesData).toBe(true);
  });

  it('uploads a table of the export and an evaluation as text/csv with the token', async () => {
    const gw = fakeGateway(() => json({}));
    const api = createAnalyticsClient(gw.api);
    const file = new Blob(['user_id,country_cd\nu1,DK\n'], { type: 'text/csv' });
    await api.importTable(COURSE_ID, 'users', file);
    await api.importEvaluation(COURSE_ID, '2028-spring', 350, file);
    expect(gw.calls[0].method).toBe('PUT');
    expect(gw.calls[0].url).toBe(`${API}/courses/${COURSE_ID}/exports/users`);
    expect(gw.calls[0].headers['Content-Type']).toBe('text/csv');
    expect(gw.calls[0].headers.Authorization).toBe('Bearer token');
    expect(gw.calls[0].body).toBe(file);
    expect(gw.calls[1].url).toBe(`${API}/courses/${COURSE_ID}/evaluations/2028-spring?invited=350`);
    expect(gw.calls[1].headers['Content-Type']).toBe('text/csv');
  });

  it('keeps the table, line and column of a refused file', async () => {
    const gw = fakeGateway(() =>
      problem(
        {
          type: 'urn:mooc:problem:validation',
          detail: 'course_memberships line 7, column course_membership_ts: is not a timestamp. Nothing of the file was imported.',
          table: 'course_memberships',
          line: 7,
          column: 'course_membership_ts',
          errors: [{ field: 'course_membership_ts', message: 'is not a timestamp' }],
        },
        400,
      ),
    );
    const api = createAnalyticsClient(gw.api);
    const error = await api.importTable(COURSE_ID, 'course_memberships', new Blob(['x'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const p = (error as ApiError).problem;
    expect([p.table, p.line, p.column]).toEqual(['course_memberships', 7, 'course_membership_ts']);
  });

  it('reads and decides semester reviews; marks an action through the review it belongs to', async () => {
    const gw = fakeGateway(() => json(reviewPack()));
    const api = createAnalyticsClient(gw.api);
    await api.listSemesterReviews('2028-spring');
    await api.listSemesterReviews('2028-spring', 'Compute');
    await api.getSemesterReview(REVIEW_ID);
    await api.decideSemesterReview(REVIEW_ID, { outcome: 'REVISE', comments: 'Why', actions: ['One', 'Two'] });
    await api.updateReviewAction(PREVIOUS_REVIEW_ID, 'a-1', 'DONE');
    expect(gw.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET ${API}/semester-reviews?semester=2028-spring`,
      `GET ${API}/semester-reviews?semester=2028-spring&department=Compute`,
      `GET ${API}/semester-reviews/${REVIEW_ID}`,
      `POST ${API}/semester-reviews/${REVIEW_ID}/decision`,
      `PUT ${API}/semester-reviews/${PREVIOUS_REVIEW_ID}/actions/a-1`,
    ]);
    expect(gw.calls[3].body).toEqual({ outcome: 'REVISE', comments: 'Why', actions: ['One', 'Two'] });
    expect(gw.calls[4].body).toEqual({ status: 'DONE' });
  });

  it('reads the portfolio and a MOOC’s timeline', async () => {
    const gw = fakeGateway(() => json(course()));
    const api = createAnalyticsClient(gw.api);
    await api.getPortfolio();
    await api.getPortfolio('Wind');
    await api.getTimeline(COURSE_ID);
    expect(gw.calls.map((c) => c.url)).toEqual([`${API}/portfolio`, `${API}/portfolio?department=Wind`, `${API}/portfolio/${COURSE_ID}/timeline`]);
  });
});

describe('importing a whole export', () => {
  const accepted = () => json(exportImportRecord(), 202);
  const zip = () => new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])], 'export.zip', { type: 'application/zip' });
  /** A file of a chosen folder: the browser names it by its path inside the folder. */
  const inFolder = (text: string, path: string) => {
    const file = new File([text], path.split('/').pop()!, { type: 'text/csv' });
    Object.defineProperty(file, 'webkitRelativePath', { value: path });
    return file;
  };

  it('posts a zip archive as application/zip with the token and reports the bytes sent', async () => {
    const gw = fakeGateway((method, url) => (method === 'POST' && url === `${API}/courses/${COURSE_ID}/exports` ? accepted() : undefined));
    const api = createAnalyticsClient(gw.api);
    const file = zip();
    const progress: [number, number][] = [];
    const record = await api.importExport(COURSE_ID, file, { onProgress: (sent, total) => progress.push([sent, total]) });
    expect(record.status).toBe('RUNNING');
    expect(record.tables?.map((t) => t.table)).toEqual(['users', 'course_memberships']);
    expect(gw.calls).toHaveLength(1);
    const call = gw.calls[0];
    expect(`${call.method} ${call.url}`).toBe(`POST ${API}/courses/${COURSE_ID}/exports`);
    expect(call.headers['Content-Type']).toBe('application/zip');
    expect(call.headers.Authorization).toBe('Bearer token');
    expect(call.body).toBe(file);
    expect(progress).toEqual([
      [5, 10],
      [10, 10],
    ]);
  });

  it('posts a folder as multipart, one part "file" per file named by its path in the folder', async () => {
    const gw = fakeGateway((method) => (method === 'POST' ? accepted() : undefined));
    const api = createAnalyticsClient(gw.api);
    const users = inFolder('user_id\nu1\n', 'export/users.csv');
    const readme = inFolder('Coursera export', 'export/README.txt');
    await api.importExport(COURSE_ID, [users, readme]);
    const call = gw.calls[0];
    expect(call.url).toBe(`${API}/courses/${COURSE_ID}/exports`);
    // The browser sets multipart/form-data with its boundary itself.
    expect(call.headers['Content-Type']).toBeUndefined();
    expect(call.headers.Authorization).toBe('Bearer token');
    const parts = (call.body as FormData).getAll('file') as File[];
    expect(parts.map((p) => p.name)).toEqual(['export/users.csv', 'export/README.txt']);
    expect(await parts[0].text()).toBe('user_id\nu1\n');
  });

  it('throws the problem of a refused upload (415 lists the accepted types, 400 names the table)', async () => {
    const gw = fakeGateway((method) =>
      method === 'POST'
        ? problem({ type: 'urn:mooc:problem:unsupported-media-type', detail: 'Send application/zip or multipart/form-data.' }, 415)
        : undefined,
    );
    const error = await createAnalyticsClient(gw.api)
      .importExport(COURSE_ID, zip())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(415);
    expect((error as ApiError).detail).toBe('Send application/zip or multipart/form-data.');

    const twice = fakeGateway(() => problem({ detail: 'users is in the export twice.', table: 'users' }, 400));
    const refused = (await createAnalyticsClient(twice.api)
      .importExport(COURSE_ID, zip())
      .catch((e: unknown) => e)) as ApiError;
    expect([refused.status, refused.problem.table]).toEqual([400, 'users']);
  });

  it('polls the running import until it has ended, through a passing gateway error', async () => {
    const answers = [
      json(exportImportRecord({ progress: 0.4 })),
      problem({ title: 'Bad gateway' }, 502),
      json(completedExportImport()),
    ];
    const gw = fakeGateway((method, url) => (method === 'GET' && url === `${API}/courses/${COURSE_ID}/imports/imp-zip` ? answers.shift() : undefined));
    const api = createAnalyticsClient(gw.api);
    const seen: (string | number | null | undefined)[] = [];
    const done = await api.awaitImport(COURSE_ID, exportImportRecord(), { intervalMs: 1, onUpdate: (r) => seen.push(r.progress) });
    expect(done.status).toBe('COMPLETED');
    expect(seen).toEqual([0.4, 1]);
    expect(gw.gets('/imports/imp-zip')).toHaveLength(3);
  });

  it('does not poll an import that has already ended, and gives up on a refusal', async () => {
    const gw = fakeGateway(() => problem({ title: 'Forbidden' }, 403));
    const api = createAnalyticsClient(gw.api);
    const ended = await api.awaitImport(COURSE_ID, completedExportImport(), { intervalMs: 1 });
    expect(ended.status).toBe('COMPLETED');
    expect(gw.calls).toHaveLength(0);
    const error = await api.awaitImport(COURSE_ID, exportImportRecord(), { intervalMs: 1 }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(403);
    expect(gw.calls).toHaveLength(1);
  });

  it('stops polling when aborted', async () => {
    const gw = fakeGateway(() => json(exportImportRecord()));
    const api = createAnalyticsClient(gw.api);
    const controller = new AbortController();
    const polling = api.awaitImport(COURSE_ID, exportImportRecord(), { intervalMs: 5, signal: controller.signal });
    controller.abort();
    await expect(polling).rejects.toMatchObject({ name: 'AbortError' });
    expect(gw.calls).toHaveLength(0);
  });
});
