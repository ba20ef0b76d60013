// After a semester on Coursera, the study board reviews the course in the browser: a MOOC approved and launched by API
// (launch date in a past semester), a small synthetic Coursera export imported by its instructor table by table and a
// course evaluation entered; the reviews of 2026-spring open on their first read. The study board (bo, Compute)
// opens the review pack, sees the charts, and records REVISE with comments and two actions; production-service then
// holds two maintenance tasks for the course (semester review completed over Kafka) and the committee's portfolio
// lists the MOOC as launched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, awaitMail, axe, gateway, launch, sessions, shot, token, until } from './support.mjs';
import { approvedMooc, produce } from './launched-course.mjs';

const SEMESTER = '2026-spring';

/**
 * A small synthetic Coursera export, one CSV per table with the columns of docs/analytics.md ("Tables and columns"):
 * six learners, three enrolled in 2025-autumn and three in 2026-spring, with progress, grades and ratings in both.
 */
function syntheticExport() {
  const users = ['u-001', 'u-002', 'u-003', 'u-004', 'u-005', 'u-006'];
  const lines = (header, rows) => [header, ...rows.map((r) => r.join(','))].join('\n') + '\n';
  return {
    users: lines('dtu_user_id,country_cd,user_join_ts', [
      [users[0], 'DK', '2024-03-01 09:00:00'],
      [users[1], 'DK', '2025-01-12 10:30:00'],
      [users[2], 'US', '2025-08-30 18:00:00'],
      [users[3], 'IN', '2025-11-02 07:15:00'],
      [users[4], 'DE', '2026-01-20 12:00:00'],
      [users[5], '', '2026-02-01 16:45:00'],
    ]),
    course_memberships: lines('dtu_user_id,course_id,course_membership_role,course_membership_ts', [
      [users[0], 'dsp', 'LEARNER', '2025-09-02 08:00:00'],
      [users[1], 'dsp', 'LEARNER', '2025-09-15 13:15:45.481'],
      [users[2], 'dsp', 'LEARNER', '2025-10-01 20:00:00'],
      [users[2], 'dsp', 'BROWSER', '2025-09-20 20:00:00'],
      [users[3], 'dsp', 'LEARNER', '2026-02-03 09:00:00'],
      [users[4], 'dsp', 'LEARNER', '2026-02-10 11:30:00'],
      [users[5], 'dsp', 'LEARNER', '2026-03-05T10:00:00Z'],
    ]),
    course_progress: lines('dtu_user_id,course_item_id,course_progress_state_type_id,course_progress_ts', [
      [users[0], 'item-1', '1', '2025-09-03 08:00:00'],
      [users[0], 'item-1', '2', '2025-09-03 09:00:00'],
      [users[1], 'item-1', '1', '2025-09-16 10:00:00'],
      [users[2], 'item-1', '1', '2025-10-02 10:00:00'],
      [users[3], 'item-1', '1', '2026-02-04 10:00:00'],
      [users[3], 'item-1', '2', '2026-02-04 11:00:00'],
      [users[4], 'item-1', '1', '2026-02-11 10:00:00'],
      [users[1], 'item-2', '1', '2026-01-15 10:00:00'],
    ]),
    course_grades: lines('dtu_user_id,course_passing_state_id,course_grade_overall,course_grade_ts', [
      [users[0], '2', '0.92', '2025-12-01 10:00:00'],
      [users[1], '0', '0.35', '2026-01-15 11:00:00'],
      [users[3], '1', '0.85', '2026-05-01 10:00:00'],
      [users[4], '0', '0.40', '2026-05-02 10:00:00'],
    ]),
    feedback_course_ratings: lines('dtu_user_id,feedback_rating,feedback_max_rating,feedback_ts', [
      [users[0], '5', '5', '2025-12-02 10:00:00'],
      [users[1], '3', '5', '2025-12-10 10:00:00'],
      [users[3], '4', '5', '2026-05-02 10:00:00'],
      [users[4], '2', '5', '2026-05-03 10:00:00'],
      [users[5], '5', '5', '2026-05-04 10:00:00'],
    ]),
  };
}

/** PUT one table of the export as its CSV body (`text/csv`), as the SPA's import form sends it. */
async function importTable(tokenValue, moocId, table, csv) {
  const res = await fetch(`${gateway}/api/analytics/courses/${moocId}/exports/${table}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${tokenValue}`, 'Content-Type': 'text/csv' },
    body: csv,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`PUT ${table}: ${res.status} ${text}`);
  return JSON.parse(text);
}

test('the study board opens a semester review pack, sees the charts and decides REVISE with two actions', async () => {
  const title = `Semester review MOOC ${Date.now()}`;
  const { id: moocId, ida: idaToken, carla: carlaToken } = await approvedMooc(title);
  await produce(moocId, { launchDate: '2025-09-01' });

  // course.launched reaches analytics-service; the instructor imports the export and enters the evaluation
  await until('the course in analytics', async () => {
    try {
      return await api(idaToken, 'GET', `/api/analytics/courses/${moocId}`);
    } catch {
      return null;
    }
  });
  for (const [table, csv] of Object.entries(syntheticExport())) {
    const result = await importTable(idaToken, moocId, table, csv);
    assert.equal(result.status, 'COMPLETED', `${table} imported`);
  }
  await api(idaToken, 'PUT', `/api/analytics/courses/${moocId}/evaluations/${SEMESTER}`, {
    invited: 6,
    respondents: 4,
    questions: [
      { questionId: 'Q1', question: 'The course met its learning objectives', type: 'LIKERT', distribution: [0, 1, 0, 2, 1] },
      { questionId: 'Q2', question: 'The videos were clear', type: 'LIKERT', distribution: [0, 0, 1, 1, 2] },
      { questionId: 'Q3', question: 'What should we improve?', type: 'TEXT', comments: ['More worked examples in week 3.'] },
    ],
  });
  const kpis = await api(idaToken, 'GET', `/api/analytics/courses/${moocId}/kpis?semester=${SEMESTER}`);
  assert.equal(kpis.enrolledLearners, 3, 'three learners enrolled in 2026-spring');
  assert.equal(kpis.trend.enrolledLearners.previous, 3, 'three learners enrolled in 2025-autumn');

  // 2026-spring has ended: the first read of its reviews (no scheduled job needed) opens the course's review
  const boToken = await token('bo');
  const review = await until('the 2026-spring review of the course', async () =>
    (await api(boToken, 'GET', `/api/analytics/semester-reviews?semester=${SEMESTER}`)).find((r) => r.moocId === moocId));
  assert.equal(review.status, 'OPEN');

  const browser = await launch();
  const people = sessions(browser);
  try {
    const bo = await people.as('bo', `${gateway}/semester-reviews/${review.id}`);
    await bo.locator('[data-testid="semester-review-page"][data-status="OPEN"]').waitFor({ timeout: 30_000 });
    await bo.getByTestId('chart-countries').waitFor({ state: 'visible', timeout: 20_000 });
    await bo.getByTestId('chart-trend').waitFor({ state: 'visible', timeout: 20_000 });
    await bo.locator('[data-testid="chart-trend"] [data-testid="trend-row"]').nth(1).waitFor({ timeout: 20_000 });
    assert.equal(await bo.locator('[data-testid="chart-countries"] svg[role="img"]').count(), 1, 'the country chart is an image');
    assert.equal(await bo.getByTestId('kpi-enrolled').getAttribute('data-value'), '3');
    await bo.getByTestId('evaluation-section').waitFor();
    assert.deepEqual(await axe(bo, '50-semester-review-pack'), [], 'semester review pack: no serious axe violations');
    await shot(bo, '50-semester-review-pack');

    await bo.getByTestId('outcome-REVISE').check();
    await bo.getByTestId('review-comments').fill('Completion fell in 2026-spring; learners leave after the first item.');
    await bo.getByTestId('add-review-action').click();
    await bo.getByTestId('review-action-0').fill('Split the first module into two shorter ones');
    await bo.getByTestId('add-review-action').click();
    await bo.getByTestId('review-action-1').fill('Add worked examples to week 3');
    await bo.getByTestId('review-decision-submit').click();
    await bo.getByTestId('confirm-review-decision').click();
    await bo.locator('[data-testid="review-decision-recorded"][data-outcome="REVISE"]').waitFor({ timeout: 20_000 });
    await bo.locator('[data-testid="semester-review-page"][data-status="COMPLETED"]').waitFor({ timeout: 20_000 });
    assert.equal(await bo.getByTestId('review-recorded-action').count(), 2);
    assert.deepEqual(await axe(bo, '51-semester-review-decided'), [], 'decided review pack: no serious axe violations');
    await shot(bo, '51-semester-review-decided');
    assert.deepEqual(people.problems(), [], 'no console errors or CSP violations');
  } finally {
    await browser.close();
  }

  // the instructor hears of it; semester review completed reaches production-service and the portfolio
  await awaitMail('ida@example.org', `Semester review of "${title}"`, 90_000);
  const production = await until('two maintenance tasks on the production', async () => {
    const p = await api(carlaToken, 'GET', `/api/production/productions/${moocId}`);
    return (p.maintenanceTasks ?? []).length === 2 ? p : null;
  });
  assert.deepEqual(production.maintenanceTasks.map((t) => t.description).sort(),
    ['Add worked examples to week 3', 'Split the first module into two shorter ones']);
  const chrisToken = await token('chris');
  const mooc = await until('the MOOC in the portfolio as launched', async () =>
    (await api(chrisToken, 'GET', '/api/analytics/portfolio')).moocs.find((m) => m.moocId === moocId && m.stage === 'LAUNCHED'));
  assert.equal(mooc.launchDate, '2025-09-01');
});
