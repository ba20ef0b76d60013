import { describe, expect, it } from 'vitest';
import { fakeGateway, json, problem } from '../test/gateway';
import { API, COURSE_ID, PREVIOUS_REVIEW_ID, REVIEW_ID, course, reviewPack } from '../test/analyticsFixtures';
import { createAnalyticsClient } from './analyticsClient';
import { ApiError } from './client';

describe('analytics client', () => {
  it('reads courses, KPIs, semesters and evaluations under /api/analytics', async () => {
    const gw = fakeGateway(() => json({}));
    const api = createAnalyticsClient(gw.api);
    await api.listCourses(1, 20);
    await api.getCourse(COURSE_ID);
    await api.kpiSemesters(COURSE_ID);
    await api.kpis(COURSE_ID, '2028-spring');
    await api.kpis(COURSE_ID, undefined);
    await api.listEvaluations(COURSE_ID);
    await api.listImports(COURSE_ID, 0, 20);
    await api.exportTables(COURSE_ID);
    expect(gw.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET ${API}/courses?page=1&size=20`,
      `GET ${API}/courses/${COURSE_ID}`,
      `GET ${API}/courses/${COURSE_ID}/kpis/semesters`,
      `GET ${API}/courses/${COURSE_ID}/kpis?semester=2028-spring`,
      `GET ${API}/courses/${COURSE_ID}/kpis`,
      `GET ${API}/courses/${COURSE_ID}/evaluations`,
      `GET ${API}/courses/${COURSE_ID}/imports?page=0&size=20`,
      `GET ${API}/courses/${COURSE_ID}/exports`,
    ]);
    expect(gw.calls[0].headers.Authorization).toBe('Bearer token');
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
