// Every role's home, the review case, the production page and the course page, at 1366 px and at 390 px (a phone):
// a screenshot of each, and axe-core finds no serious or critical violations at either width. Then the same pages in
// Danish: no English sentence from the server is left on them (the server sends codes, the SPA words them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, axe, gateway, launch, sessions, shot, token } from './support.mjs';
import { launchedCourse } from './launched-course.mjs';

const WIDTHS = [
  { name: '1366', width: 1366, height: 900 },
  { name: '390', width: 390, height: 844 },
];

/** One person per role of the demo realm. */
const PEOPLE = ['ida', 'carla', 'chris', 'kirsten', 'bo', 'hans', 'mads', 'ada'];

/**
 * Words that only an English sentence has; a line of Danish text with two of them is English. Proper nouns and the
 * users' own texts are taken out first (see userTexts).
 */
const ENGLISH = new Set(['the', 'is', 'are', 'was', 'were', 'has', 'have', 'been', 'must', 'will', 'should', 'would',
  'this', 'that', 'which', 'with', 'not', 'and', 'of', 'your', 'you', 'yet', 'no', 'be', 'by', 'on', 'at', 'from']);

/**
 * Fields of the API's answers that hold what people wrote (any language), not what the server says; among a code's
 * `params` too (a reason given, milestones' names), which the SPA puts into its own sentence.
 */
const USER_FIELDS = new Set(['title', 'topic', 'targetLearners', 'impactPotential', 'uniqueness', 'researchEnvironment',
  'teacherBackground', 'phases', 'notes', 'note', 'text', 'comment', 'findings', 'name', 'fileName', 'email',
  'actorName', 'department', 'courseUrl', 'partner', 'slug', 'reason', 'milestones', 'milestoneName', 'description']);

/** Collects the users' own texts from every JSON answer the page receives (a proposal's summary is one too). */
function userTexts(page) {
  const texts = new Set();
  const walk = (value, key, parent) => {
    if (typeof value === 'string') {
      if (USER_FIELDS.has(key) || (key === 'summary' && parent && 'topic' in parent)) texts.add(value);
    } else if (Array.isArray(value)) {
      value.forEach((v) => walk(v, key, parent));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k, value);
    }
  };
  page.on('response', async (response) => {
    if (!response.url().includes('/api/') || !(response.headers()['content-type'] ?? '').includes('json')) return;
    try {
      walk(await response.json(), '', null);
    } catch {
      // a body that is gone (navigation) or not JSON: nothing to learn from it
    }
  });
  return texts;
}

/** The lines of the page's visible text that read as English, with the users' own texts taken out. */
async function englishLines(page, texts) {
  let visible = await page.locator('main').innerText();
  for (const t of [...texts].sort((a, b) => b.length - a.length)) {
    if (t.length > 1) visible = visible.split(t).join(' ');
  }
  return visible.split('\n').map((l) => l.trim()).filter((line) => {
    const words = new Set(line.toLowerCase().match(/[a-z']+/g) ?? []);
    return [...words].filter((w) => ENGLISH.has(w)).length >= 2;
  });
}

/** Opens a page of the SPA and waits until its data has arrived (no request in flight, no loading placeholder). */
async function open(page, path) {
  await page.goto(gateway + path);
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
}

test('every role\'s home, the review case, the production page and the course page at 1366 and 390 px, in English and Danish', async () => {
  const title = `Workspace MOOC ${Date.now()}`;
  const mooc = await launchedCourse(title, { launchDate: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10) });
  const reviewCase = (await api(await token('chris'), 'GET', `/api/review/review-cases?moocId=${mooc.id}`)).items[0];
  assert.ok(reviewCase, 'the MOOC has a review case');

  // who sees which page: every role's home; the chair's review case; the instructor's production and course
  const visits = [
    ...PEOPLE.map((person) => ({ person, path: '/', name: `home-${person}` })),
    { person: 'chris', path: `/review-cases/${reviewCase.id}`, name: 'review-case' },
    { person: 'ida', path: `/productions/${mooc.id}`, name: 'production' },
    { person: 'ida', path: `/courses/${mooc.id}`, name: 'course' },
  ];

  const browser = await launch();
  try {
    const people = sessions(browser);
    const pages = new Map();
    for (const person of new Set(visits.map((v) => v.person))) {
      const page = await people.as(person);
      pages.set(person, { page, texts: userTexts(page) });
    }

    const violations = [];
    for (const width of WIDTHS) {
      for (const visit of visits) {
        const { page } = pages.get(visit.person);
        await page.setViewportSize({ width: width.width, height: width.height });
        await open(page, visit.path);
        const name = `70-${visit.name}-${width.name}`;
        await shot(page, name);
        for (const v of await axe(page, name)) violations.push(`${name}: ${v}`);
      }
    }
    assert.deepEqual(violations, [], 'no serious or critical axe violations at 1366 or 390 px');

    const english = [];
    for (const visit of visits) {
      const { page, texts } = pages.get(visit.person);
      await page.setViewportSize({ width: 1366, height: 900 });
      await open(page, visit.path);
      if ((await page.locator('html').getAttribute('lang')) !== 'da') {
        await page.getByTestId('language-select').selectOption('da');
        await page.waitForFunction(() => document.documentElement.lang === 'da');
        await open(page, visit.path);
      }
      await shot(page, `71-${visit.name}-da`);
      for (const line of await englishLines(page, texts)) english.push(`${visit.name} (${visit.person}): ${line}`);
    }
    assert.deepEqual(english, [], 'no English sentence on the Danish pages');
    assert.deepEqual(people.problems(), [], 'no console errors and no CSP violations');
  } finally {
    await browser.close();
  }
});
