// The instructor imports a course's whole Coursera export in the browser: a MOOC launched by API, then on its course
// page the export as the zip archive Coursera delivers (built here with a minimal zip writer), followed by its
// progress to the per-table results; then the same export as an unpacked folder (multipart), which changes nothing.
// Files of the export that are not tables the platform uses are listed as skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { api, axe, gateway, launch, sessions, shot } from './support.mjs';
import { launchedCourse } from './launched-course.mjs';
import { zip } from './zip.mjs';

const lines = (header, rows) => [header, ...rows.map((r) => r.join(','))].join('\n') + '\n';

/**
 * The export as Coursera delivers it: one folder, a CSV per table, plus files the platform does not use.
 * Export contents: filled in by the lead (a small export whose KPIs are worked out by hand below); until then a
 * placeholder of two learners with the columns of docs/analytics.md ("Tables and columns").
 */
const EXPORT = {
  'export/users.csv': lines('dtu_user_id,country_cd,user_join_ts', [
    ['u-001', 'DK', '2025-08-01 09:00:00'],
    ['u-002', 'US', '2025-08-15 10:00:00'],
  ]),
  'export/course_memberships.csv': lines('dtu_user_id,course_id,course_membership_role,course_membership_ts', [
    ['u-001', 'x', 'LEARNER', '2025-09-02 08:00:00'],
    ['u-002', 'x', 'LEARNER', '2025-09-03 08:00:00'],
  ]),
  'export/course_progress.csv': lines('dtu_user_id,course_item_id,course_progress_state_type_id,course_progress_ts', [
    ['u-001', 'item-1', '2', '2025-09-04 08:00:00'],
  ]),
  'export/course_grades.csv': lines('dtu_user_id,course_passing_state_id,course_grade_overall,course_grade_ts', [
    ['u-001', '1', '0.90', '2025-12-01 10:00:00'],
  ]),
  'export/feedback_course_ratings.csv': lines('dtu_user_id,feedback_rating,feedback_max_rating,feedback_ts', [
    ['u-001', '5', '5', '2025-12-02 10:00:00'],
  ]),
  // not tables the platform uses: skipped and listed as such
  'export/course_items.csv': lines('course_id,course_item_id,course_item_name', [['x', 'item-1', 'Welcome']]),
  'export/README.txt': 'Coursera research data export (placeholder)\n',
};

const TABLES = ['users', 'course_memberships', 'course_progress', 'course_grades', 'feedback_course_ratings'];
const IGNORED = ['export/course_items.csv', 'export/README.txt'];

// KPI expectations: filled in by the lead. Worked by hand from EXPORT above, per semester:
// { semester: '2025-autumn', enrolledLearners: ?, activeLearners: ?, passedLearners: ?, completionRate: ?, ratings: ?,
//   averageRating: ?, countries: [{ country: 'DK', learners: ? }, …] }
const KPI_EXPECTATIONS = [];

/** The results of the import on the page: each table's status, and the files skipped. */
async function results(page) {
  const tables = {};
  for (const table of TABLES) tables[table] = await page.getByTestId(`export-table-${table}`).getAttribute('data-status');
  const ignored = (await page.locator('[data-testid="export-ignored"] li').allTextContents()).map((t) => t.trim());
  return { tables, ignored };
}

test('the instructor imports the whole export as a zip archive, then the same export as a folder', async () => {
  const title = `Export import MOOC ${Date.now()}`;
  const { id: moocId, ida: idaToken } = await launchedCourse(title, { launchDate: '2025-09-01' });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coursera-export-'));
  for (const [file, text] of Object.entries(EXPORT)) {
    fs.mkdirSync(path.join(folder, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }

  const browser = await launch();
  const people = sessions(browser);
  try {
    const ida = await people.as('ida', `${gateway}/courses/${moocId}`);
    await ida.getByTestId('export-import-form').waitFor({ timeout: 30_000 });

    // the zip archive: application/zip
    await ida.getByTestId('export-upload-zip').setInputFiles({ name: 'export.zip', mimeType: 'application/zip', buffer: zip(EXPORT) });
    await ida.getByTestId('export-upload-submit').click();
    await ida.locator('[data-testid="export-import-result"][data-status="COMPLETED"]').waitFor({ timeout: 120_000 });
    assert.deepEqual(await results(ida), { tables: Object.fromEntries(TABLES.map((t) => [t, 'COMPLETED'])), ignored: IGNORED });
    assert.deepEqual(await axe(ida, '60-export-imported'), [], 'imported export: no serious axe violations');
    await shot(ida, '60-export-imported');
    const zipId = await ida.getByTestId('export-import-result').getAttribute('data-import-id');
    const zipped = await api(idaToken, 'GET', `/api/analytics/courses/${moocId}/imports/${zipId}`);
    assert.equal(zipped.source, 'ZIP');
    assert.equal(zipped.status, 'COMPLETED');
    assert.deepEqual(zipped.tables.map((t) => t.table).sort(), [...TABLES].sort(), 'every table of the export imported');
    // the course's imports list it too
    await ida.locator(`[data-testid="import-row"][data-import-id="${zipId}"][data-source="ZIP"][data-status="COMPLETED"]`)
      .waitFor({ timeout: 20_000 });

    // KPI expectations: filled in by the lead
    for (const expected of KPI_EXPECTATIONS) {
      const kpis = await api(idaToken, 'GET', `/api/analytics/courses/${moocId}/kpis?semester=${expected.semester}`);
      for (const [kpi, value] of Object.entries(expected)) {
        if (kpi === 'countries') {
          assert.deepEqual(kpis.countries.map(({ country, learners }) => ({ country, learners })), value, `${expected.semester} countries`);
        } else {
          assert.deepEqual(kpis[kpi], value, `${expected.semester} ${kpi}`);
        }
      }
    }

    // the same export unpacked: every file of the folder a part of a multipart form; nothing changes
    await ida.getByTestId('export-upload-folder').setInputFiles(path.join(folder, 'export'));
    await ida.getByTestId('export-upload-submit').click();
    // a new import's result: not the zip's
    const folderResult = ida.locator(`[data-testid="export-import-result"][data-status="COMPLETED"]:not([data-import-id="${zipId}"])`);
    await folderResult.waitFor({ timeout: 120_000 });
    assert.deepEqual(await results(ida), { tables: Object.fromEntries(TABLES.map((t) => [t, 'COMPLETED'])), ignored: IGNORED });
    const again = await api(idaToken, 'GET', `/api/analytics/courses/${moocId}/imports/${await folderResult.getAttribute('data-import-id')}`);
    assert.equal(again.source, 'FOLDER');
    assert.deepEqual(again.tables.map((t) => [t.table, t.rowsChanged]).sort(), TABLES.map((t) => [t, 0]).sort(),
      'importing the same export again changes nothing');
    assert.deepEqual(people.problems(), [], 'no console errors or CSP violations');
  } finally {
    await browser.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
