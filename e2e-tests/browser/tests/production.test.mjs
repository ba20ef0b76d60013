// From an approved proposal to a launched course, in the browser where people work: the consultant agrees the
// plan and gives feedback, the instructor books MediaLab and MediaLab confirms it from its queue, the instructor
// records the user test and asks the study board, the board approves from the e-mail's link, and the instructor
// launches; proposal-service then shows the proposal as launched (course.launched over Kafka).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, awaitMail, axe, calendarEntriesOverlapping, freeStudioSlot, gateway, launch, linkIn, sessions,
  shot, token, until } from './support.mjs';
import { approvedMooc } from './launched-course.mjs';

async function withEtag(tokenValue, moocId) {
  const p = await api(tokenValue, 'GET', `/api/production/productions/${moocId}`);
  return { 'If-Match': `"${p.version}"` };
}

test('an approved MOOC is produced, its MediaLab booking confirmed, approved by the board and launched', async () => {
  const title = `Production MOOC ${Date.now()}`;
  const { id: moocId, ida: idaToken, carla: carlaToken } = await approvedMooc(title);
  const productionPage = `${gateway}/productions/${moocId}`;
  const base = `/api/production/productions/${moocId}`;

  const browser = await launch();
  const people = sessions(browser);
  try {
    // the consultant agrees the plan (the baseline) and comments on the teaching plan
    const carla = await people.as('carla', productionPage);
    await carla.getByTestId('production-page').waitFor({ timeout: 30_000 });
    await carla.getByTestId('agree-plan').click();
    await carla.locator('[data-testid="production-status"][data-status="IN_PRODUCTION"]').waitFor({ timeout: 20_000 });
    // the page's sections are tabs with deep links: plan (the default), feedback, video, quality, launch
    await carla.goto(`${productionPage}?tab=feedback`);
    await carla.getByTestId('comment-text-TEACHING_PLAN').fill('Week 3 needs a learning objective for the lab.');
    await carla.getByTestId('comment-submit-TEACHING_PLAN').click();
    await carla.locator('[data-testid="feedback-comment"]').first().waitFor({ timeout: 20_000 });
    assert.deepEqual(await axe(carla, '40-production-consultant'), [], 'production page (consultant): no serious axe violations');
    await shot(carla, '40-production-consultant');

    // the instructor resolves the comment and books MediaLab
    const ida = await people.as('ida', `${productionPage}?tab=feedback`);
    await ida.getByTestId('production-page').waitFor({ timeout: 30_000 });
    await ida.locator('[data-testid="feedback-comment"]').first().waitFor({ timeout: 20_000 });
    const commentId = await ida.locator('[data-testid="feedback-comment"]').first().getAttribute('data-comment-id');
    await ida.getByTestId(`resolution-note-${commentId}`).fill('Objective added.');
    await ida.getByTestId(`resolve-${commentId}`).click();
    await ida.locator(`[data-testid="feedback-comment"][data-resolution="RESOLVED"]`).waitFor({ timeout: 20_000 });

    // a two-hour MediaLab slot that the studio's calendar shows free (the stack keeps earlier runs' bookings)
    const slot = await freeStudioSlot(idaToken, 'MEDIALAB', 2, { minDaysAhead: 20 });
    await ida.goto(`${productionPage}?tab=video`);
    await ida.getByTestId('booking-studio').selectOption('MEDIALAB');
    await ida.getByTestId('booking-date').fill(slot.day);
    await ida.getByTestId('booking-start').selectOption(slot.startLocal);
    await ida.getByTestId('booking-end').selectOption(slot.endLocal);
    await ida.getByTestId('booking-note').fill('Lecture videos, week 1');
    await ida.getByTestId('booking-submit').click();
    const requested = ida.locator('[data-testid="booking-row"][data-status="REQUESTED"]');
    await requested.waitFor({ timeout: 20_000 });
    const bookingId = await requested.getAttribute('data-booking-id');
    // the slot is this run's: the calendar shows exactly this booking there
    const taken = await calendarEntriesOverlapping(idaToken, 'MEDIALAB', slot);
    assert.deepEqual(taken.map((b) => [b.id, b.moocId, Date.parse(b.start), Date.parse(b.end)]),
      [[bookingId, moocId, Date.parse(slot.start), Date.parse(slot.end)]], `MediaLab on ${slot.day} ${slot.startLocal}–${slot.endLocal}`);
    // two MediaLab hours at DKK 350 (the costs are read again after the booking)
    await until('DKK 700 booked', async () => /700/.test(await ida.getByTestId('video-costs-booked').innerText()), 20_000);
    assert.deepEqual(await axe(ida, '41-production-instructor'), [], 'production page (instructor): no serious axe violations');
    await shot(ida, '41-production-instructor');

    // MediaLab confirms it from its queue; the instructor hears of it
    const mads = await people.as('mads', `${gateway}/medialab`);
    await mads.getByTestId(`medialab-confirm-${bookingId}`).click();
    await mads.getByTestId('medialab-notice').waitFor({ timeout: 20_000 });
    assert.deepEqual(await axe(mads, '42-medialab-queue'), [], 'MediaLab queue: no serious axe violations');
    await shot(mads, '42-medialab-queue');
    await awaitMail('ida@example.org', `Booking confirmed: ${title}`);
    const booking = (await api(idaToken, 'GET', `${base}/bookings`)).find((b) => b.id === bookingId);
    assert.equal(booking.status, 'CONFIRMED');

    // the rest of production, quickly by API: the material round, the milestones
    const c = await api(carlaToken, 'POST', `${base}/feedback/MATERIAL/comments`, { text: 'Add transcripts.' });
    await api(idaToken, 'PUT', `${base}/feedback/MATERIAL/comments/${c.id}`, { resolution: 'RESOLVED' });
    for (const round of ['TEACHING_PLAN', 'MATERIAL']) await api(carlaToken, 'POST', `${base}/feedback/${round}/close`);
    for (const key of ['PLAN_AGREED', 'COURSE_OUTLINE', 'PILOT_MODULE', 'VIDEO_RECORDING', 'MATERIAL_COMPLETE', 'COURSERA_SETUP']) {
      // each milestone is completed by its owner: the video recording by MediaLab
      const owner = key === 'VIDEO_RECORDING' ? await token('mads') : idaToken;
      await api(owner, 'PUT', `${base}/milestones/${key}`, { status: 'DONE' }, await withEtag(idaToken, moocId));
    }

    // the instructor records the user test and asks the study board, in the browser
    await ida.goto(`${productionPage}?tab=quality`);
    await ida.getByTestId('user-test-form').waitFor({ timeout: 30_000 });
    await ida.getByTestId('user-test-date').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    await ida.getByTestId('user-test-students').fill('8');
    await ida.getByTestId('user-test-colleagues').fill('2');
    await ida.getByTestId('user-test-findings').fill('The week 2 quiz was too hard; fixed.');
    await ida.getByTestId('user-test-submit').click();
    await ida.getByTestId('user-test-recorded').waitFor({ timeout: 20_000 });
    await ida.goto(`${productionPage}?tab=launch`);
    await ida.getByTestId('request-launch-approval').click();
    await ida.locator('[data-testid="launch-approval-state"][data-state="REQUESTED"]').waitFor({ timeout: 20_000 });

    // the study board approves from the e-mail's link
    const approvalLink = linkIn(await awaitMail('bo@example.org', `Launch approval requested: ${title}`),
      `/productions/${moocId}/launch-approval`);
    const bo = await people.as('bo', approvalLink);
    await bo.getByTestId('launch-approval-page').waitFor({ timeout: 30_000 });
    assert.deepEqual(await axe(bo, '43-launch-approval'), [], 'launch approval page: no serious axe violations');
    await shot(bo, '43-launch-approval');
    await bo.getByTestId('launch-decision-comment').fill('Well tested; go ahead.');
    await bo.getByTestId('approve-launch').click();
    await bo.locator('[data-testid="launch-decision-recorded"][data-state="APPROVED"]').waitFor({ timeout: 20_000 });

    // every gate is met: the instructor launches
    await ida.goto(`${productionPage}?tab=quality`);
    await ida.locator('[data-testid="gate-BOARD_LAUNCH_APPROVAL"][data-met="true"]').waitFor({ timeout: 30_000 });
    await ida.goto(`${productionPage}?tab=launch`);
    await ida.locator('[data-testid="launch-readiness"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await ida.getByTestId('launch-url-input').fill('https://www.coursera.org/learn/dsp-for-engineers');
    await ida.getByTestId('launch-date-input').fill(new Date().toISOString().slice(0, 10));
    await ida.getByTestId('launch-submit').click();
    await ida.locator('[data-testid="production-status"][data-status="LAUNCHED"]').waitFor({ timeout: 20_000 });
    assert.match(await ida.getByTestId('launch-course-url').innerText(), /dsp-for-engineers/);
    await shot(ida, '44-production-launched');

    // course.launched reaches proposal-service
    await until('the proposal shown as launched', async () =>
      (await api(idaToken, 'GET', `/api/proposal/proposals/${moocId}`)).status === 'LAUNCHED');
    assert.deepEqual(people.problems(), [], 'no console errors or CSP violations');
  } finally {
    await browser.close();
  }
});
