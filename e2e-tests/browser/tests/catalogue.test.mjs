// The committee's evidence for criterion (a) in the browser: a demo proposal's review case shows, beside the topic
// criterion, the similar Coursera courses frozen when its version was submitted (from the demo catalogue that
// deploy/local/demo.mjs imports), each with why it matched and a link to Coursera; in English and in Danish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, axe, gateway, launch, sessions, shot, token, until } from './support.mjs';
import { demoCatalogue } from '../../../deploy/local/catalogue.mjs';

/** The demo programme's proposal at the committee (deploy/local/demo.mjs, stage REVIEW). */
const DEMO_TITLE = 'Quantum Computing for Engineers';

/** The review case titled `title`, newest first among equals: every page of the committee's list. */
async function reviewCaseTitled(tokenValue, title) {
  const found = [];
  for (let page = 0; ; page++) {
    const list = await api(tokenValue, 'GET', `/api/review/review-cases?size=100&page=${page}`);
    found.push(...list.items.filter((c) => c.title === title));
    if (list.items.length === 0 || (page + 1) * list.size >= list.total) break;
  }
  return found.sort((a, b) => String(b.openedAt).localeCompare(String(a.openedAt)))[0];
}

/**
 * A stack without the demo programme gets the demo catalogue (imported by the LearningLab, as the demo does) and a
 * quantum-computing proposal of Ole's (Physics) taken to the committee through the API, as the demo's is.
 */
async function quantumProposalAtTheCommittee(title) {
  const [ole, carla, bea, helle] = await Promise.all(['ole', 'carla', 'bea', 'helle'].map((u) => token(u)));
  await api(carla, 'POST', '/api/analytics/catalogue/imports', demoCatalogue());
  const p = await api(ole, 'POST', '/api/proposal/proposals', {
    title,
    topic: 'Quantum computing',
    summary: 'Qubits, quantum gates and quantum algorithms for engineers, with programming exercises on simulators.',
    targetLearners: 'Engineering students and practising engineers worldwide',
    impactPotential: 'Fills a gap in the Coursera catalogue',
    expectedEnrolments: 3000,
    uniqueness: 'Built around the engineering of quantum hardware',
    researchEnvironment: 'The quantum physics section',
    teacherBackground: 'Teaching prize 2024',
    newContent: true,
    phases: 'Outline in spring, recording in summer',
    plannedLaunchSemester: '2028-spring',
    team: [{ name: 'Ole Friis', email: 'ole@example.org', role: 'INSTRUCTOR' }],
    resources: { staffHours: 300, assistants: 1, videoBudgetDkk: 28000 },
  });
  const base = `/api/proposal/proposals/${p.id}`;
  await api(ole, 'POST', `${base}/consultation/request`);
  await api(carla, 'POST', `${base}/consultation/assign`);
  await api(carla, 'POST', `${base}/consultation`, { date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), notes: 'Held' });
  const endorsing = await api(ole, 'POST', `${base}/endorsements/request`);
  await api(bea, 'POST', `${base}/board-approval`, { decision: 'APPROVE', contentHash: endorsing.contentHash });
  await api(helle, 'POST', `${base}/head-signature`, { decision: 'SIGN', contentHash: endorsing.contentHash });
  await api(ole, 'POST', `${base}/submit`);
}

/** Opens a page of the SPA and waits until its data has arrived (no request in flight). */
async function open(page, url) {
  await page.goto(url);
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

test('a demo proposal\'s review case shows its similar Coursera courses with reasons and links, in English and Danish', async () => {
  const chrisToken = await token('chris');
  const snapshotOf = (c) => async () =>
    (await api(chrisToken, 'GET', `/api/analytics/catalogue/similarity-snapshots?moocId=${c.moocId}`))
      .find((s) => s.proposalVersion === c.proposalVersion);
  let reviewCase = await reviewCaseTitled(chrisToken, DEMO_TITLE);
  // Frozen by analytics-service when the version was submitted (it reads the submitted event).
  let frozen = reviewCase && (await until('the demo case\'s similarity snapshot', snapshotOf(reviewCase), 30_000).catch(() => undefined));
  if (!frozen || frozen.matches.length === 0) {
    // No demo programme on this stack, or its proposal was submitted before the catalogue held any course: a
    // proposal of the same kind, submitted now.
    const before = reviewCase?.id;
    await quantumProposalAtTheCommittee(DEMO_TITLE);
    reviewCase = await until('the quantum proposal\'s review case', async () => {
      const c = await reviewCaseTitled(chrisToken, DEMO_TITLE);
      return c && c.id !== before ? c : undefined;
    });
    frozen = await until('the similarity snapshot of the submitted version', snapshotOf(reviewCase));
  }
  assert.ok(frozen.matches.length > 0, 'the demo catalogue has courses like the quantum proposal');
  const casePage = `${gateway}/review-cases/${reviewCase.id}`;

  const browser = await launch();
  const people = sessions(browser);
  try {
    const chris = await people.as('chris', casePage);
    await open(chris, casePage);
    const topic = chris.getByTestId('evidence-group-topic');
    const panel = topic.getByTestId('similar-frozen');
    await panel.getByTestId('similar-course').first().waitFor({ timeout: 30_000 });
    assert.equal(await panel.getAttribute('data-version'), String(reviewCase.proposalVersion));
    assert.equal(await panel.getByRole('heading').first().innerText(), 'Similar courses on Coursera');
    assert.match(await panel.innerText(), new RegExp(`Frozen when version ${reviewCase.proposalVersion} was submitted`));

    // The frozen matches, in their order, each linking to its Coursera page and saying why it matched.
    const items = panel.getByTestId('similar-course');
    assert.equal(await items.count(), frozen.matches.length);
    for (const [i, match] of frozen.matches.entries()) {
      const item = items.nth(i);
      assert.equal(await item.getAttribute('data-coursera-id'), match.courseraId);
      const link = item.getByTestId('similar-course-link');
      assert.equal(await link.getAttribute('href'), `https://www.coursera.org/learn/${match.slug}`);
      assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.match(await link.innerText(), /opens Coursera in a new tab/);
      const reasons = await item.getByTestId('similar-course-reasons').innerText();
      assert.match(reasons, /Words in common: |Its name resembles the (title|topic)|Similar wording in its description/);
      if (match.matchedTerms.length > 0) assert.ok(reasons.includes(match.matchedTerms[0]), `the reasons name "${match.matchedTerms[0]}"`);
      assert.equal(await item.getByTestId('similar-course-own').count(), match.ownUniversity ? 1 : 0);
      if (match.ownUniversity) assert.equal(await item.getByTestId('similar-course-own').innerText(), 'Our university');
    }
    assert.match(await panel.getByTestId('catalogue-freshness').innerText(), /^Compared with [\d,]+ Coursera courses;/);
    await panel.scrollIntoViewIfNeeded();
    await shot(chris, '80-catalogue-review-case');
    assert.deepEqual(await axe(chris, '80-catalogue-review-case'), [], 'the review case with its similar courses: no serious axe violations');

    // The same in Danish.
    await chris.getByTestId('language-select').selectOption('da');
    await chris.waitForFunction(() => document.documentElement.lang === 'da');
    await open(chris, casePage);
    const danish = chris.getByTestId('evidence-group-topic').getByTestId('similar-frozen');
    await danish.getByTestId('similar-course').first().waitFor({ timeout: 30_000 });
    assert.equal(await danish.getByRole('heading').first().innerText(), 'Lignende kurser på Coursera');
    assert.match(await danish.innerText(), new RegExp(`Fastfrosset da version ${reviewCase.proposalVersion} blev indsendt`));
    const first = danish.getByTestId('similar-course').first();
    assert.match(await first.getByTestId('similar-course-link').innerText(), /åbner Coursera i en ny fane/);
    assert.match(await first.getByTestId('similar-course-reasons').innerText(), /Fælles ord: |Navnet ligner (titlen|emnet)|Lignende ordvalg i beskrivelsen/);
    assert.match(await danish.getByTestId('catalogue-freshness').innerText(), /^Sammenlignet med [\d.]+ Coursera-kurser;/);
    if (frozen.matches.some((m) => m.ownUniversity)) {
      assert.equal(await danish.getByTestId('similar-course-own').first().innerText(), 'Vores universitet');
    }
    await danish.scrollIntoViewIfNeeded();
    await shot(chris, '81-catalogue-review-case-da');

    assert.deepEqual(people.problems(), [], 'no console errors or CSP violations');
  } finally {
    await browser.close();
  }
});
