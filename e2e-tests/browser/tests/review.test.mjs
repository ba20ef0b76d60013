// The steering committee in the browser: the chair assigns two members, both declare that they have no conflict
// of interest and score the proposal on the three criteria, the chair drafts the decision letter and sends it;
// the letter arrives in the mail catcher and the decision event makes the proposal APPROVED in proposal-service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, awaitMail, axe, gateway, launch, openReviewCase, sessions, shot, token, until } from './support.mjs';

function application(title) {
  return {
    title,
    topic: 'Soft-matter physics',
    summary: 'Polymers, gels and foams explained for engineers.',
    targetLearners: 'Engineering students worldwide',
    impactPotential: 'A gap in the Coursera catalogue',
    expectedEnrolments: 2500,
    uniqueness: 'No course treats soft matter for engineers',
    researchEnvironment: 'The soft-matter section',
    teacherBackground: 'Teaching prize 2024',
    newContent: true,
    phases: 'Outline in spring, recording in summer',
    plannedLaunchSemester: '2028-spring',
    team: [{ name: 'Ole Friis', email: 'ole@example.org', role: 'INSTRUCTOR' }],
    resources: { staffHours: 300, assistants: 1, videoBudgetDkk: 28000 },
  };
}

/** A proposal of Ole's (Physics) taken to the committee through the API, as in the proposal workflow. */
async function submittedProposal(title) {
  const [ole, carla, bea, helle] = await Promise.all(['ole', 'carla', 'bea', 'helle'].map((u) => token(u)));
  const p = await api(ole, 'POST', '/api/proposal/proposals', application(title));
  const base = `/api/proposal/proposals/${p.id}`;
  await api(ole, 'POST', `${base}/consultation/request`);
  await api(carla, 'POST', `${base}/consultation/assign`);
  await api(carla, 'POST', `${base}/consultation`, { date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), notes: 'Held' });
  const endorsing = await api(ole, 'POST', `${base}/endorsements/request`);
  await api(bea, 'POST', `${base}/board-approval`, { decision: 'APPROVE', contentHash: endorsing.contentHash });
  await api(helle, 'POST', `${base}/head-signature`, { decision: 'SIGN', contentHash: endorsing.contentHash });
  await api(ole, 'POST', `${base}/submit`);
  return { id: p.id, ole };
}

async function declareAndAssess(page, scores, recommendation) {
  await page.getByTestId('declare-no-conflict').check();
  await page.getByTestId('submit-declaration').click();
  await page.getByTestId('assessment-form').waitFor({ timeout: 20_000 });
  for (const [criterion, score] of Object.entries(scores)) {
    await page.getByTestId(`score-${criterion}-${score}`).check();
    await page.getByTestId(`comment-${criterion}`).fill(`${criterion.toLowerCase()}: ${score} of 5, with reasons`);
  }
  await page.getByTestId(`recommend-${recommendation}`).check();
  await page.getByTestId('submit-assessment').click();
  await page.getByTestId('assessments').waitFor({ timeout: 20_000 });
}

test('two members score a proposal and the chair decides; the letter reaches the instructor', async () => {
  const title = `Committee MOOC ${Date.now()}`;
  const { id: moocId, ole } = await submittedProposal(title);
  const chrisToken = await token('chris');
  const reviewCase = await until('the review case', () => openReviewCase(chrisToken, moocId));
  const casePage = `${gateway}/review-cases/${reviewCase.id}`;

  const browser = await launch();
  const people = sessions(browser);
  const as = people.as;
  try {
    // the chair assigns Kirsten and himself
    const chris = await as('chris', casePage);
    await chris.getByTestId('review-case-page').waitFor({ timeout: 30_000 });
    for (const member of ['kirsten', 'chris']) {
      await chris.getByTestId('assign-member-select').selectOption(member);
      await chris.getByTestId('assign-member').click();
      await chris.locator(`[data-testid="case-member"][data-username="${member}"]`).waitFor({ timeout: 20_000 });
    }
    assert.deepEqual(await axe(chris, '20-review-case-chair'), [], 'review case (chair): no serious axe violations');
    await shot(chris, '20-review-case-chair');

    // Kirsten declares and scores
    const kirsten = await as('kirsten', casePage);
    await kirsten.getByTestId('review-case-page').waitFor({ timeout: 30_000 });
    await declareAndAssess(kirsten, { TOPIC: 5, TEACHER: 4, RESOURCES: 3 }, 'APPROVE');
    assert.deepEqual(await axe(kirsten, '21-review-assessed'), [], 'assessed case: no serious axe violations');
    await shot(kirsten, '21-review-assessed');

    // the chair scores too, then decides with a letter drafted from the case
    await chris.reload();
    await chris.getByTestId('review-case-page').waitFor({ timeout: 30_000 });
    await declareAndAssess(chris, { TOPIC: 4, TEACHER: 4, RESOURCES: 4 }, 'APPROVE');
    await chris.getByTestId('outcome-APPROVED').check();
    await chris.getByTestId('draft-letter').click();
    const letter = chris.getByTestId('decision-letter');
    await until('the drafted letter', async () => (await letter.inputValue()).includes(title), 20_000);
    await chris.getByTestId('decision-comments').fill('A strong proposal; mind the video budget.');
    await letter.fill((await letter.inputValue()).replace("[The committee's comments]", 'A strong proposal; mind the video budget.'));
    assert.deepEqual(await axe(chris, '22-decision-form'), [], 'decision form: no serious axe violations');
    await chris.getByTestId('send-decision').click();
    await chris.getByTestId('confirm-decision').click();
    await chris.getByTestId('decision-sent').waitFor({ timeout: 20_000 });
    await shot(chris, '23-decided');

    // the letter arrives, and proposal-service learns the decision from the event
    const mail = await awaitMail('ole@example.org', title);
    assert.match(String(mail.subject), /decision/i);
    const approved = await until('the proposal to be approved', async () => {
      const p = await api(ole, 'GET', `/api/proposal/proposals/${moocId}`);
      return p.status === 'APPROVED' ? p : null;
    });
    assert.equal(approved.decision.outcome, 'APPROVED');

    assert.deepEqual(people.problems(), [], 'no console errors or CSP violations for anyone');
  } finally {
    await browser.close();
  }
});
