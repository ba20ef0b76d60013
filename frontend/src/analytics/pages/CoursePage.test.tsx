import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import type { Course, LearnerData, SemesterKpis } from '../api/analyticsTypes';
import { API, autumnKpis, COURSE_ID, course, evaluation, importRecord, kpis, learnerData } from '../../test/analyticsFixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { CoursePage } from './CoursePage';
import { expectCardTable } from '../test/cardTables';

const BASE = `${API}/courses/${COURSE_ID}`;
const INSTRUCTOR: CurrentUser = { id: 'sub-ida', name: 'Ida Instructor', username: 'ida', roles: ['instructor'] };
const BOARD: CurrentUser = { id: 'sub-bo', name: 'Bo Board', username: 'bo', roles: ['board'], department: 'Compute' };
const ADMIN: CurrentUser = { id: 'sub-ada', name: 'Ada Admin', username: 'ada', roles: ['admin'] };

/** What the service holds of the course; `learnerData` null: as it answers those who may not read it (403 on its own). */
interface Held {
  course: Course;
  semesters: string[];
  learnerData: LearnerData | null;
}

const KPIS: Record<string, () => SemesterKpis> = { '2028-spring': kpis, '2027-autumn': autumnKpis };

const imports = () => ({
  items: [
    importRecord(),
    importRecord({
      id: 'imp-0',
      table: 'users',
      status: 'REJECTED',
      rowsRead: 6,
      rowsChanged: null,
      problemCode: 'NOT_A_COUNTRY',
      problemParams: { value: 'DNK' },
      problemLine: 7,
      problemColumn: 'country_cd',
    }),
  ],
  page: 0,
  size: 20,
  total: 2,
});

/**
 * The course and its parts answer from `given`, as the service does: together in the course's dossier (the page's
 * read) and each on its own; `extra` handles the rest.
 */
function server(given: Partial<Held> = {}, ...extra: Handler[]) {
  const held: Held = { course: course(), semesters: ['2028-spring', '2027-autumn'], learnerData: learnerData(), ...given };
  const exportTables = [{ table: 'course_memberships', rows: 1200 }];
  return fakeGateway(...extra, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === `${BASE}/dossier`) {
      return json({
        course: held.course,
        imports: imports(),
        exports: exportTables,
        learnerData: held.learnerData,
        semesters: held.semesters,
        kpis: held.semesters.slice(0, 8).map((s) => KPIS[s]()),
        evaluations: [evaluation()],
      });
    }
    if (url === BASE) return json(held.course);
    if (url === `${BASE}/kpis/semesters`) return json(held.semesters);
    if (url === `${BASE}/kpis?semester=2028-spring`) return json(kpis());
    if (url === `${BASE}/kpis?semester=2027-autumn`) return json(autumnKpis());
    if (url === `${BASE}/evaluations`) return json([evaluation()]);
    if (url.startsWith(`${BASE}/imports?`)) return json(imports());
    if (url === `${BASE}/exports`) return json(exportTables);
    if (url === `${BASE}/learner-data`) {
      return held.learnerData ? json(held.learnerData) : problem({ type: 'urn:mooc:problem:forbidden', title: 'Forbidden' }, 403);
    }
    return undefined;
  });
}

function renderPage(gw: ReturnType<typeof server>, user: CurrentUser = INSTRUCTOR, route = `/courses/${COURSE_ID}`) {
  return renderWithProviders(<CoursePage id={COURSE_ID} user={user} />, { api: gw.api, route, path: '/courses/:id' });
}

const csv = (text: string, name = 'course_memberships.csv') => new File([text], name, { type: 'text/csv' });

describe('CoursePage', () => {
  it('reads the course with everything its page shows in one request', async () => {
    for (const [user, held] of [
      [INSTRUCTOR, {}],
      [BOARD, { learnerData: null }],
    ] as const) {
      const gw = server(held);
      const { unmount } = renderPage(gw, user);
      expect(await screen.findByRole('heading', { level: 1, name: 'Quantum Computing for Engineers' })).toBeTruthy();
      // the semester's KPIs, the trend across both semesters, the evaluation, the imports and rows, the learner data:
      // all from the dossier
      expect((await screen.findByTestId('kpi-panel')).getAttribute('data-semester')).toBe('2028-spring');
      await waitFor(() => expect(screen.getAllByTestId('trend-row').map((r) => r.getAttribute('data-semester'))).toEqual(['2027-autumn', '2028-spring']));
      expect((await screen.findByTestId('evaluation-response-rate')).textContent).toContain('84 of 350');
      expect(await screen.findAllByTestId('import-row')).toHaveLength(2);
      expect(screen.getByTestId('export-table').getAttribute('data-rows')).toBe('1200');
      if (user === INSTRUCTOR) {
        expect((await screen.findByTestId('learner-data-retention')).textContent).toBe('24 months after the end of the semester');
      } else {
        expect(screen.queryByTestId('learner-data-section')).toBeNull();
      }
      // nothing else is asked for
      await new Promise((r) => setTimeout(r, 50));
      expect(gw.calls.map((c) => `${c.method} ${c.url}`)).toEqual([`GET ${BASE}/dossier`]);
      unmount();
    }
  });

  it('shows the facts, the newest semester’s KPIs and charts, its evaluation and the imports', async () => {
    // the study board's dossier holds no learner data
    const gw = server({ learnerData: null });
    renderPage(gw, BOARD);
    expect(await screen.findByRole('heading', { level: 1, name: 'Quantum Computing for Engineers' })).toBeTruthy();
    expect(screen.getByTestId('course-department').textContent).toBe('Compute');
    expect(screen.getByTestId('course-coursera-link').getAttribute('href')).toBe('https://www.coursera.org/learn/quantum-computing-for-engineers');
    expect(screen.getByTestId('course-expected-enrolments').textContent).toBe('5,000');
    const select = await screen.findByTestId('course-semester');
    expect((select as HTMLSelectElement).value).toBe('2028-spring');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Spring 2028', 'Autumn 2027']);
    expect((await screen.findByTestId('kpi-panel')).getAttribute('data-semester')).toBe('2028-spring');
    expect(screen.getByTestId('kpi-enrolled-value').textContent).toBe('6');
    expect(screen.getByTestId('chart-countries')).toBeTruthy();
    expect(screen.getByTestId('chart-trend')).toBeTruthy();
    expect(screen.getByTestId('evaluation-section').getAttribute('data-semester')).toBe('2028-spring');
    expect((await screen.findByTestId('evaluation-response-rate')).textContent).toContain('84 of 350');

    const rows = await screen.findAllByTestId('import-row');
    expectCardTable(screen.getByTestId('imports-table'));
    expectCardTable(screen.getByTestId('chart-countries-table'));
    expectCardTable(screen.getByTestId('chart-trend-table'));
    expect(rows.map((r) => [r.getAttribute('data-table'), r.getAttribute('data-status')])).toEqual([
      ['course_memberships', 'COMPLETED'],
      ['users', 'REJECTED'],
    ]);
    expect(within(rows[1]).getByTestId('import-problem').textContent).toBe('line 7, column country_cd: country_cd is not a two-letter country code (ISO 3166-1 alpha-2): “DNK”');
    expect(within(rows[1]).getByRole('rowheader').textContent).toBe('Learners (users)');
    expect(screen.getByTestId('export-table').getAttribute('data-rows')).toBe('1200');
    // The study board reads; it imports nothing.
    expect(screen.queryByTestId('import-form')).toBeNull();
    expect(screen.queryByTestId('evaluation-upload-form')).toBeNull();
    // Nor does it see what is kept of the learners: that is for those who import.
    expect(screen.queryByTestId('learner-data-section')).toBeNull();
    expect(gw.gets('/learner-data')).toHaveLength(0);
  });

  it('shows the course’s learner data to those who import it; only an administrator changes it', async () => {
    const gw = server();
    const { unmount } = renderPage(gw, INSTRUCTOR);
    const section = await screen.findByTestId('learner-data-section');
    expect(within(section).getByRole('heading', { level: 2, name: 'Learner data' })).toBeTruthy();
    expect((await within(section).findByTestId('learner-data-retention')).textContent).toBe('24 months after the end of the semester');
    expect(within(section).getAllByTestId('learner-data-deletion')).toHaveLength(3);
    expect(within(section).queryByTestId('retention-form')).toBeNull();
    expect(within(section).queryByTestId('learner-data-delete')).toBeNull();
    unmount();

    renderPage(gw, ADMIN);
    expect(await screen.findByTestId('retention-form')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete learner data' })).toBeTruthy();
  });

  it('shows the semester chosen in the address and changes it with the selector', async () => {
    const gw = server();
    renderPage(gw, BOARD, `/courses/${COURSE_ID}?semester=2027-autumn`);
    expect((await screen.findByTestId('kpi-panel')).getAttribute('data-semester')).toBe('2027-autumn');
    expect(screen.getByTestId('evaluation-none').textContent).toBe('No course evaluation was recorded for Autumn 2027.');
    await userEvent.setup().selectOptions(screen.getByTestId('course-semester'), '2028-spring');
    await waitFor(() => expect(screen.getByTestId('kpi-panel').getAttribute('data-semester')).toBe('2028-spring'));
    expect(screen.getByTestId('location').textContent).toBe(`/courses/${COURSE_ID}?semester=2028-spring`);
  });

  it('lets the instructor import a table as text/csv and shows the rows read', async () => {
    const gw = server({}, (method, url) =>
      method === 'PUT' && url === `${BASE}/exports/course_progress`
        ? json(importRecord({ id: 'imp-2', table: 'course_progress', rowsRead: 42, rowsChanged: 40 }))
        : undefined,
    );
    renderPage(gw);
    const user = userEvent.setup();
    const form = await screen.findByTestId('import-form');
    // No file chosen: the browser says so at the input.
    await user.click(within(form).getByTestId('import-submit'));
    expect((await screen.findByTestId('import-file-error')).textContent).toContain('Choose a CSV file.');
    expect(document.activeElement).toBe(screen.getByTestId('import-file'));
    await user.selectOptions(within(form).getByLabelText('Table'), 'course_progress');
    const file = csv('user_id,course_item_id,course_progress_state_type_id,course_progress_ts\nu1,i1,1,2028-02-01 10:00:00\n', 'progress.csv');
    await user.upload(within(form).getByLabelText('CSV file'), file);
    await user.click(within(form).getByTestId('import-submit'));
    const notice = await screen.findByTestId('import-notice');
    expect(notice.textContent).toBe('Progress (course_progress) imported: 42 rows read, 40 changed.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    const put = gw.calls.find((c) => c.method === 'PUT')!;
    expect(put.url).toBe(`${BASE}/exports/course_progress`);
    expect(put.headers['Content-Type']).toBe('text/csv');
    expect(put.headers.Authorization).toBe('Bearer token');
    expect(put.body).toBe(file);
  });

  it('shows the table, line and column of a refused file', async () => {
    const gw = server({}, (method) =>
      method === 'PUT'
        ? problem(
            {
              type: 'urn:mooc:problem:validation',
              detail:
                'course_memberships line 7, column course_membership_ts: is not a timestamp like 2027-09-14 08:31:07 (UTC) or 2027-09-14T08:31:07Z: "yesterday". Nothing of the file was imported.',
              table: 'course_memberships',
              line: 7,
              column: 'course_membership_ts',
              code: 'NOT_A_TIMESTAMP',
              params: { value: 'yesterday' },
              errors: [{ field: 'course_membership_ts', message: 'is not a timestamp' }],
            },
            400,
          )
        : undefined,
    );
    renderPage(gw);
    const user = userEvent.setup();
    const form = await screen.findByTestId('import-form');
    await user.selectOptions(within(form).getByLabelText('Table'), 'course_memberships');
    await user.upload(within(form).getByLabelText('CSV file'), csv('user_id,course_membership_role,course_membership_ts\nu1,LEARNER,yesterday\n'));
    await user.click(within(form).getByTestId('import-submit'));
    const alert = await screen.findByTestId('import-error');
    expect(alert.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    // the problem in the reader's words from its code, not the server's English detail
    expect(alert.textContent).toContain('course_membership_ts is not a timestamp like 2027-09-14 08:31:07 (UTC) or 2027-09-14T08:31:07Z: “yesterday”');
    expect(alert.textContent).not.toContain('Nothing of the file was imported.');
    expect(within(alert).getByTestId('csv-problem-table').textContent).toBe('Enrolments (course_memberships)');
    expect(within(alert).getByTestId('csv-problem-line').textContent).toBe('7');
    expect(within(alert).getByTestId('csv-problem-column').textContent).toBe('course_membership_ts');
  });

  it('refuses a file that is not CSV before sending it', async () => {
    const gw = server();
    renderPage(gw);
    const user = userEvent.setup({ applyAccept: false });
    const form = await screen.findByTestId('import-form');
    await user.upload(within(form).getByLabelText('CSV file'), new File(['x'], 'users.xlsx', { type: 'application/vnd.ms-excel' }));
    await user.click(within(form).getByTestId('import-submit'));
    expect((await screen.findByTestId('import-file-error')).textContent).toContain('Choose a .csv file.');
    expect(gw.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('imports the semester’s evaluation with the learners invited', async () => {
    const gw = server({}, (method, url) =>
      method === 'PUT' && url.startsWith(`${BASE}/evaluations/`) ? json(evaluation({ semester: '2027-autumn', respondents: 2 })) : undefined,
    );
    renderPage(gw);
    const user = userEvent.setup();
    const form = await screen.findByTestId('evaluation-upload-form');
    expect((within(form).getByLabelText('Semester') as HTMLSelectElement).value).toBe('2028-spring');
    await user.selectOptions(within(form).getByLabelText('Semester'), '2027-autumn');
    await user.upload(within(form).getByLabelText(/Evaluation file/), csv('respondent_id,question_id,question_type,question,response\nr1,Q1,LIKERT,Good,5\n', 'eval.csv'));
    await user.click(within(form).getByTestId('evaluation-upload-submit'));
    // The number invited is required.
    expect((await screen.findByTestId('evaluation-invited-error')).textContent).toContain('Enter a whole number from 1 to 10,000,000.');
    await user.type(within(form).getByLabelText(/Learners invited/), '350');
    await user.click(within(form).getByTestId('evaluation-upload-submit'));
    expect((await screen.findByTestId('evaluation-upload-notice')).textContent).toBe(
      'The evaluation of Autumn 2027 was imported: 2 respondents, 2 questions.',
    );
    const put = gw.calls.find((c) => c.method === 'PUT')!;
    expect(put.url).toBe(`${BASE}/evaluations/2027-autumn?invited=350`);
    expect(put.headers['Content-Type']).toBe('text/csv');
  });

  it('opens on the server’s newest listed semester when the address names one it does not list', async () => {
    const gw = server();
    // 2030-autumn has not begun (the server lists only semesters that have): the default is shown instead
    renderPage(gw, BOARD, `/courses/${COURSE_ID}?semester=2030-autumn`);
    expect((await screen.findByTestId('kpi-panel')).getAttribute('data-semester')).toBe('2028-spring');
    expect(((await screen.findByTestId('course-semester')) as HTMLSelectElement).value).toBe('2028-spring');
    expect(gw.calls.some((c) => c.url.includes('semester=2030-autumn'))).toBe(false);
  });

  it('says when there is no data yet, and when the course is not found', async () => {
    const launchedLongAgo = course({ launchedOn: '2020-09-01', launchSemester: '2020-autumn' });
    const gw = server({ course: launchedLongAgo, semesters: [] });
    renderPage(gw, BOARD);
    const none = await screen.findByTestId('course-no-data');
    expect(none.getAttribute('data-reason')).toBe('no-data');
    expect(none.getAttribute('role')).toBe('status');
    expect(none.textContent).toBe('No data yet: no semester that has begun has figures. They appear once Coursera’s export of the course is imported.');
    expect(screen.queryByTestId('kpi-panel')).toBeNull();
    expect(screen.queryByTestId('course-semester')).toBeNull();
    // no semester is opened: the KPIs are not asked for at all
    expect(gw.calls.some((c) => c.url.startsWith(`${BASE}/kpis?`) || c.url === `${BASE}/kpis`)).toBe(false);

    const missing = fakeGateway(() => problem({ title: 'Not found' }, 404));
    renderWithProviders(<CoursePage id="nope" user={BOARD} />, { api: missing.api, route: '/courses/nope' });
    expect(await screen.findByTestId('course-not-found')).toBeTruthy();
  });

  describe('before the launch semester', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2027-05-10T10:00:00Z'));
    });
    afterEach(() => vi.useRealTimers());

    it('says when the course launches, in English and in Danish', async () => {
      const gw = server({ semesters: [] });
      const { unmount } = renderPage(gw, BOARD);
      const none = await screen.findByTestId('course-no-data');
      expect(none.getAttribute('data-reason')).toBe('not-launched');
      expect(none.textContent).toBe(
        'No data yet: the course launches in Autumn 2027. Its figures appear once that semester has begun and Coursera’s export is imported.',
      );
      unmount();
      renderWithProviders(<CoursePage id={COURSE_ID} user={BOARD} />, { api: gw.api, route: `/courses/${COURSE_ID}`, path: '/courses/:id', language: 'da' });
      expect((await screen.findByTestId('course-no-data')).textContent).toBe(
        'Ingen data endnu: kurset lanceres i Efterår 2027. Tallene vises, når semestret er begyndt, og Courseras dataudtræk er importeret.',
      );
    });
  });
});
