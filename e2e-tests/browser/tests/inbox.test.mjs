// The task inbox, the home page of every person: one MOOC taken from its draft to a confirmed studio booking, and at
// each step the person whose turn it is finds the task in their inbox, follows its action to the page where it is
// taken, takes it there, and the task is gone from their inbox afterwards. Somebody without a task sees none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, axe, freeStudioSlot, gateway, launch, openReviewCase, sessions, shot, token, until } from './support.mjs';

function application(title) {
  return {
    title,
    topic: 'Power electronics for renewable grids',
    summary: 'Converters, control and protection for engineers.',
    targetLearners: 'Engineers in the energy sector',
    impactPotential: 'Practitioners who cannot take a semester off',
    expectedEnrolments: 3000,
    uniqueness: 'Hands-on converter labs in the browser',
    researchEnvironment: 'The power electronics section',
    teacherBackground: 'Fifteen years of teaching power electronics',
    newContent: true,
    phases: 'Outline in spring, recording in summer',
    plannedLaunchSemester: '2028-spring',
    team: [{ name: 'Ole Lund', email: 'ole@example.org', role: 'INSTRUCTOR' }],
    resources: { staffHours: 300, assistants: 1, videoBudgetDkk: 20000 },
  };
}

/** The home page, once the inbox has loaded: its tasks of `kind` about the MOOC titled `title`. */
async function inboxTasks(page, kind, title) {
  await page.goto(`${gateway}/`);
  await page.locator('[data-testid="inbox-count"][data-count]').waitFor({ timeout: 30_000 });
  return page.locator(`[data-testid="inbox-task"][data-kind="${kind}"]`).filter({ hasText: title });
}

/** Finds the task in the inbox (waiting for it: events travel between the services) and follows its action. */
async function follow(page, kind, title) {
  await until(`${kind} in the inbox`, async () => (await (await inboxTasks(page, kind, title)).count()) === 1, 60_000);
  await (await inboxTasks(page, kind, title)).getByTestId('inbox-task-action').click();
}

async function gone(page, kind, title) {
  assert.equal(await (await inboxTasks(page, kind, title)).count(), 0, `${kind} is gone from the inbox once it is done`);
}

async function status(page, expected) {
  await page.locator(`[data-testid="proposal-status"][data-status="${expected}"]`).waitFor({ timeout: 20_000 });
}

test('every person finds their task in the inbox, takes it from there, and it is gone afterwards', async () => {
  const title = `Inbox MOOC ${Date.now()}`;
  const oleToken = await token('ole');
  const proposal = await api(oleToken, 'POST', '/api/proposal/proposals', application(title));

  const browser = await launch();
  const people = sessions(browser);
  try {
    // the instructor (ole, of Physics: ida's inbox is long with the other tests' drafts): ask for the consultation
    const ole = await people.as('ole');
    await follow(ole, 'REQUEST_CONSULTATION', title);
    await ole.getByTestId('request-consultation').click();
    await status(ole, 'CONSULTATION_REQUESTED');
    await gone(ole, 'REQUEST_CONSULTATION', title);

    // the LearningLab: take the consultation, then record it
    const carla = await people.as('carla');
    await follow(carla, 'TAKE_CONSULTATION', title);
    assert.deepEqual(await axe(carla, '80-inbox-followed'), [], 'the page a task leads to: no serious axe violations');
    await carla.getByTestId('assign-consultation').click();
    await status(carla, 'CONSULTANT_ASSIGNED');
    await gone(carla, 'TAKE_CONSULTATION', title);
    await follow(carla, 'RECORD_CONSULTATION', title);
    await carla.getByTestId('consultation-date').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    await carla.getByTestId('consultation-notes').fill('Audience and labs agreed.');
    await carla.getByTestId('record-consultation').click();
    await status(carla, 'CONSULTED');
    await gone(carla, 'RECORD_CONSULTATION', title);

    // the instructor: ask for the endorsements
    await follow(ole, 'REQUEST_ENDORSEMENTS', title);
    await ole.getByTestId('request-endorsements').click();
    await status(ole, 'ENDORSEMENT');
    await gone(ole, 'REQUEST_ENDORSEMENTS', title);

    // the study board approves and the head signs, each from the inbox
    const bea = await people.as('bea');
    await shot(bea, '80-inbox-board');
    await follow(bea, 'GIVE_BOARD_APPROVAL', title);
    await bea.getByTestId('board-approval-page').waitFor({ timeout: 30_000 });
    await bea.getByTestId('approve-proposal').click();
    await bea.locator('[data-testid="decision-recorded"][data-state="APPROVED"]').waitFor({ timeout: 20_000 });
    await gone(bea, 'GIVE_BOARD_APPROVAL', title);
    const helle = await people.as('helle');
    await follow(helle, 'SIGN_AS_HEAD', title);
    await helle.getByTestId('signature-page').waitFor({ timeout: 30_000 });
    await helle.getByTestId('sign-proposal').click();
    await helle.locator('[data-testid="decision-recorded"][data-state="SIGNED"]').waitFor({ timeout: 20_000 });
    await gone(helle, 'SIGN_AS_HEAD', title);

    // the instructor submits
    await follow(ole, 'SUBMIT_PROPOSAL', title);
    await ole.getByTestId('detail-submit-proposal').click();
    await ole.getByTestId('detail-confirm-submit').click();
    await status(ole, 'SUBMITTED');
    await gone(ole, 'SUBMIT_PROPOSAL', title);

    // the committee: a member assigned to the case declares from the inbox, on the review case, and is then asked to
    // assess; the chair is not on the case and has neither task
    const chrisToken = await token('chris');
    const reviewCase = await until('the review case', () => openReviewCase(chrisToken, proposal.id));
    await api(chrisToken, 'POST', `/api/review/review-cases/${reviewCase.id}/members`, { username: 'kirsten' });
    const kirsten = await people.as('kirsten');
    await follow(kirsten, 'DECLARE_CONFLICT_OF_INTEREST', title);
    await kirsten.getByTestId('declaration-form').waitFor({ timeout: 30_000 });
    assert.ok(kirsten.url().includes(`/review-cases/${reviewCase.id}`), 'the declaration is taken on the review case');
    await kirsten.getByTestId('declare-no-conflict').check();
    await kirsten.getByTestId('submit-declaration').click();
    await kirsten.locator('[data-testid="declaration-current"][data-declaration="NO_CONFLICT"]').waitFor({ timeout: 20_000 });
    await gone(kirsten, 'DECLARE_CONFLICT_OF_INTEREST', title);
    await follow(kirsten, 'ASSESS_CASE', title);
    await kirsten.getByTestId('assessment-form').waitFor({ timeout: 30_000 });
    const chris = await people.as('chris');
    for (const kind of ['DECLARE_CONFLICT_OF_INTEREST', 'ASSESS_CASE']) await gone(chris, kind, title);

    // the committee decides (by API); production starts: the consultant agrees the plan from the inbox
    await api(chrisToken, 'POST', `/api/review/review-cases/${reviewCase.id}/decision`,
      { outcome: 'APPROVED', comments: 'Approved.', letter: `Dear Ole,\n\n"${title}" is approved.`,
        belowQuorumReason: 'Decided at the meeting; the assessments were given orally' });
    await follow(carla, 'AGREE_PLAN', title);
    await carla.getByTestId('agree-plan').click();
    await carla.locator('[data-testid="production-status"][data-status="IN_PRODUCTION"]').waitFor({ timeout: 20_000 });
    await gone(carla, 'AGREE_PLAN', title);

    // MediaLab confirms a booking from the inbox
    const slot = await freeStudioSlot(oleToken, 'MEDIALAB', 2, { minDaysAhead: 30 });
    const booking = await api(oleToken, 'POST', `/api/production/productions/${proposal.id}/bookings`,
      { studio: 'MEDIALAB', start: slot.start, end: slot.end, note: 'Converter lab videos' });
    const mads = await people.as('mads');
    await follow(mads, 'CONFIRM_BOOKING', title);
    await mads.getByTestId(`medialab-confirm-${booking.id}`).click();
    await mads.getByTestId('medialab-notice').waitFor({ timeout: 20_000 });
    await gone(mads, 'CONFIRM_BOOKING', title);

    // the administrator has no tasks of anyone
    const ada = await people.as('ada');
    await ada.goto(`${gateway}/`);
    await ada.locator('[data-testid="inbox-count"][data-count="0"]').waitFor({ timeout: 30_000 });
    assert.deepEqual(people.problems(), [], 'no console errors or CSP violations');
  } finally {
    await browser.close();
  }
});
