// The proposal workflow in the browser, with everyone signed in through Keycloak's real login page: the
// instructor asks the LearningLab, a consultant takes and records the consultation, the study board approves
// from the link in the e-mail read from the mail catcher, the head signs from theirs, the instructor submits,
// and the committee finds the review case that review-service opened. axe-core checks every new page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, awaitMail, axe, gateway, launch, linkIn, sessions, shot, token } from './support.mjs';

function application(title) {
  return {
    title,
    topic: 'Grid-scale energy storage',
    summary: 'How engineers design, size and operate storage for renewable grids.',
    targetLearners: 'Engineers in the energy sector',
    impactPotential: 'Practitioners who cannot take a semester off',
    expectedEnrolments: 4000,
    uniqueness: 'No Coursera course treats storage from an engineering angle',
    researchEnvironment: 'The energy research centre',
    teacherBackground: 'Teaching prize and 40 papers on storage',
    newContent: true,
    phases: 'Outline in spring, recording in summer, pilot in autumn',
    plannedLaunchSemester: '2027-autumn',
    team: [{ name: 'Ida Holm', email: 'ida@example.org', role: 'INSTRUCTOR' }],
    resources: { staffHours: 400, assistants: 2, videoBudgetDkk: 35000 },
  };
}

async function status(page, expected) {
  await page.locator(`[data-testid="proposal-status"][data-status="${expected}"]`).waitFor({ timeout: 20_000 });
}

test('a proposal goes through the LearningLab, the study board (from its e-mail link) and the head to the committee', async () => {
  const title = `Workflow MOOC ${Date.now()}`;
  const proposal = await api(await token('ida'), 'POST', '/api/proposal/proposals', application(title));
  const detail = `${gateway}/proposals/${proposal.id}`;

  const browser = await launch();
  const people = sessions(browser);
  const as = people.as;
  try {
    // the instructor asks the LearningLab for the first consultation
    const ida = await as('ida', detail);
    await ida.getByTestId('proposal-detail').waitFor({ timeout: 30_000 });
    await ida.locator('[data-testid="next-step"][data-action="REQUEST_CONSULTATION"]').waitFor({ timeout: 20_000 });
    assert.deepEqual(await axe(ida, '10-instructor-next-step'), [], 'proposal page with what\'s next: no serious axe violations');
    await shot(ida, '10-instructor-next-step');
    await ida.getByTestId('request-consultation').click();
    await status(ida, 'CONSULTATION_REQUESTED');

    // a consultant finds it in the LearningLab's queue, a task in their inbox, takes it and records the consultation
    const carla = await as('carla');
    await carla.locator('[data-testid="inbox-count"][data-count]').waitFor({ timeout: 30_000 });
    const task = carla.locator('[data-testid="inbox-task"][data-kind="TAKE_CONSULTATION"]').filter({ hasText: title });
    await task.waitFor({ timeout: 30_000 });
    assert.deepEqual(await axe(carla, '11-consultant-queue'), [], 'consultant overview: no serious axe violations');
    await shot(carla, '11-consultant-queue');
    await task.getByTestId('inbox-task-action').click();
    await carla.getByTestId('assign-consultation').click();
    await status(carla, 'CONSULTANT_ASSIGNED');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await carla.getByTestId('consultation-date').fill(yesterday);
    await carla.getByTestId('consultation-notes').fill('Target group, pilot module and video plan agreed.');
    await carla.getByTestId('record-consultation').click();
    await status(carla, 'CONSULTED');

    // the instructor attaches the course outline (a name with a space, sent as a query parameter)
    await ida.reload();
    await status(ida, 'CONSULTED');
    await ida.getByTestId('attachment-file').setInputFiles({
      name: 'course outline.md', mimeType: 'text/markdown', buffer: Buffer.from('# Week 1\nWhat storage is for\n'),
    });
    await ida.getByTestId('upload-attachment').click();
    await ida.locator('[data-testid="attachment-item"][data-file-name="course outline.md"]').waitFor({ timeout: 20_000 });

    // the instructor asks for the endorsements
    await ida.getByTestId('request-endorsements').click();
    await status(ida, 'ENDORSEMENT');
    const hash = await ida.getByTestId('content-hash').getAttribute('data-hash');

    // the study board approves from the link in its e-mail, exactly the version the mail names
    const boardMail = await awaitMail('bo@example.org', title);
    const boardLink = linkIn(boardMail, `/proposals/${proposal.id}/board-approval`);
    assert.ok(boardLink.includes(`hash=${hash}`), `the e-mail links to exactly this version: ${boardLink}`);
    const bo = await as('bo', boardLink);
    await bo.getByTestId('board-approval-page').waitFor({ timeout: 30_000 });
    assert.equal(await bo.getByTestId('hash-changed-warning').count(), 0, 'the mailed version is the current one');
    await bo.locator('[data-testid="attachment-item"][data-file-name="course outline.md"]').waitFor({ timeout: 20_000 });
    assert.deepEqual(await axe(bo, '12-board-approval'), [], 'board approval page: no serious axe violations');
    await shot(bo, '12-board-approval');
    await bo.getByTestId('decision-comment').fill('Fits the programme of the study board.');
    await bo.getByTestId('approve-proposal').click();
    await bo.locator('[data-testid="decision-recorded"][data-state="APPROVED"]').waitFor({ timeout: 20_000 });

    // the head signs from theirs
    const headLink = linkIn(await awaitMail('hans@example.org', title), `/proposals/${proposal.id}/signature`);
    const hans = await as('hans', headLink);
    await hans.getByTestId('signature-page').waitFor({ timeout: 30_000 });
    assert.deepEqual(await axe(hans, '13-head-signature'), [], 'signature page: no serious axe violations');
    await hans.getByTestId('sign-proposal').click();
    await hans.locator('[data-testid="decision-recorded"][data-state="SIGNED"]').waitFor({ timeout: 20_000 });

    // the instructor submits to the steering committee
    await ida.reload();
    await ida.locator('[data-testid="board-approval-state"][data-state="APPROVED"]').waitFor({ timeout: 20_000 });
    await ida.locator('[data-testid="head-signature-state"][data-state="SIGNED"]').waitFor();
    await ida.getByTestId('detail-submit-proposal').click();
    await ida.getByTestId('detail-confirm-submit').click();
    await status(ida, 'SUBMITTED');
    await ida.getByTestId('history-entry').last().waitFor();
    assert.deepEqual(await axe(ida, '14-submitted'), [], 'submitted proposal: no serious axe violations');
    await shot(ida, '14-submitted');

    // the committee finds the review case review-service opened from the event in its overview of the open cases
    // (all of them; the paged list of every case is oldest first, and the stack keeps earlier runs' cases)
    const chris = await as('chris');
    const deadline = Date.now() + 60_000;
    let found = false;
    while (!found && Date.now() < deadline) {
      await chris.goto(`${gateway}/review-cases`);
      await chris.getByTestId('review-overview').or(chris.getByTestId('review-overview-empty')).first()
        .waitFor({ timeout: 30_000 });
      found = (await chris.locator(`[data-testid="overview-row"][data-mooc-id="${proposal.id}"]`).count()) === 1;
      if (!found) await new Promise((r) => setTimeout(r, 1000));
    }
    assert.ok(found, 'the review case appears once in the committee\'s overview of open cases');
    await shot(chris, '15-review-case');

    assert.deepEqual(people.problems(), [], 'no console errors or CSP violations for anyone');
  } finally {
    await browser.close();
  }
});
