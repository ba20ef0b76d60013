// The instructor imports a course's whole Coursera export in the browser: a MOOC launched by API, then on its course
// page the export as the zip archive Coursera delivers (built here with a minimal zip writer), followed by its
// progress to the per-table results; then the same export as an unpacked folder (multipart), which changes nothing.
// Files of the export that are not tables the platform uses are listed as skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { api, axe, gateway, launch, sessions, shot } from './support.mjs';
import { launchedCourse } from './launched-course.mjs';
import { zip } from './zip.mjs';

/**
 * The small hand-checked export of analytics-service's tests (analytics-service/src/test/resources/exports/small, its
 * KPIs worked out by hand in KpiTest), moved three years back so that nothing lies after today's upload: 2027-autumn
 * becomes 2024-autumn and 2028-spring 2025-spring, the launch 2024-09-01. It has STAR and NPS answers on both
 * scales, a not-passable grade, a learner who passed and enrolled again later (u01), a learner whose last role is
 * NOT_ENROLLED (u08), the two lookup tables, and Coursera's quoting, padding and NA. Laid out as Coursera delivers
 * it, in one folder beside files the platform does not use.
 */
const SMALL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../analytics-service/src/test/resources/exports/small');
const threeYearsBack = (text) => text.replace(/\b20(1[7-9]|2[0-9])-(\d\d)-(\d\d)/g, (_, yy, mm, dd) => `20${Number(yy) - 3}-${mm}-${dd}`);
const TABLES = ['course_passing_states', 'course_progress_state_types', 'users', 'course_memberships', 'course_progress',
  'course_grades', 'feedback_course_ratings'];
const EXPORT = {
  ...Object.fromEntries(TABLES.map((t) => [`export/${t}.csv`, threeYearsBack(fs.readFileSync(path.join(SMALL, `${t}.csv`), 'utf8'))])),
  // not tables the platform uses: skipped and listed as such
  'export/course_items.csv': 'course_id,course_item_id,course_item_name\nqc,i1,Welcome\n',
  'export/README.txt': 'Coursera research data export\n',
};
// listed in the server's order (by name: upper case first)
const IGNORED = ['export/README.txt', 'export/course_items.csv'];

/** Worked out by hand in analytics-service's KpiTest (same rows, three years earlier); countries: the top two (top=2). */
const KPI_EXPECTATIONS = [
  { semester: '2024-autumn', enrolledLearners: 5, activeLearners: 3, passedLearners: 1, completionRate: 20, ratings: 4,
    averageRating: 4.25, npsFirstWeek: { answers: 4, promoters: 2, passives: 1, detractors: 1, nps: 25 },
    npsEndOfCourse: { answers: 3, promoters: 2, passives: 0, detractors: 1, nps: 33.3 },
    // the top two countries, the rest as OTHER: DK u01 u02, US u03 u04, IN u05
    countries: [{ country: 'DK', learners: 2 }, { country: 'US', learners: 2 }, { country: 'OTHER', learners: 1 }] },
  { semester: '2025-spring', enrolledLearners: 6, activeLearners: 5, passedLearners: 1, completionRate: 16.7, ratings: 3,
    averageRating: 3.33, npsFirstWeek: { answers: 3, promoters: 2, passives: 0, detractors: 1, nps: 33.3 },
    npsEndOfCourse: { answers: 4, promoters: 1, passives: 2, detractors: 1, nps: 0 },
    countries: [{ country: 'DK', learners: 3 }, { country: 'DE', learners: 1 }, { country: 'OTHER', learners: 1 },
      { country: 'UNKNOWN', learners: 1 }] },
];

/** The results of the import on the page: each table's status, and the files skipped. */
async function results(page) {
  const tables = {};
  for (const table of TABLES) tables[table] = await page.getByTestId(`export-table-${table}`).getAttribute('data-status');
  const ignored = (await page.locator('[data-testid="export-ignored"] li').allTextContents()).map((t) => t.trim());
  return { tables, ignored };
}

test('the instructor imports the whole export as a zip archive, then the same export as a folder', async () => {
  const title = `Export import MOOC ${Date.now()}`;
  const { id: moocId, ida: idaToken } = await launchedCourse(title, { launchDate: '2024-09-01' });
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

    // the KPIs of the imported export equal the figures worked out by hand
    for (const expected of KPI_EXPECTATIONS) {
      const kpis = await api(idaToken, 'GET', `/api/analytics/courses/${moocId}/kpis?semester=${expected.semester}&top=2`);
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
