// A MOOC taken from proposal to launch by API, for the tests that start from a launched course: the proposal through
// consultation, endorsements and the committee's approval, then the production through every step to its launch.
import assert from 'node:assert/strict';
import { api, calendarEntriesOverlapping, freeStudioSlot, openReviewCase, token, until } from './support.mjs';

function application(title) {
  return {
    title,
    topic: 'Digital signal processing',
    summary: 'Filters, transforms and sampling for engineers.',
    targetLearners: 'Engineering students worldwide',
    impactPotential: 'DSP is a bottleneck course in many programmes',
    expectedEnrolments: 4000,
    uniqueness: 'Hands-on labs in the browser',
    researchEnvironment: 'The signal processing section',
    teacherBackground: 'Twenty years of teaching DSP',
    newContent: true,
    phases: 'Outline in spring, recording in summer',
    plannedLaunchSemester: '2028-spring',
    team: [{ name: 'Ida Holm', email: 'ida@example.org', role: 'INSTRUCTOR' }],
    resources: { staffHours: 350, assistants: 1, videoBudgetDkk: 14000 },
  };
}

/** Ida's proposal (Compute) through consultation, endorsements, submission and the chair's approval, by API. */
export async function approvedMooc(title) {
  const [ida, carla, bo, hans, chris, cathy] = await Promise.all(
    ['ida', 'carla', 'bo', 'hans', 'chris', 'cathy'].map((u) => token(u)));
  const p = await api(ida, 'POST', '/api/proposal/proposals', application(title));
  const base = `/api/proposal/proposals/${p.id}`;
  await api(ida, 'POST', `${base}/consultation/request`);
  await api(carla, 'POST', `${base}/consultation/assign`);
  await api(carla, 'POST', `${base}/consultation`, { date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), notes: 'Held' });
  const endorsing = await api(ida, 'POST', `${base}/endorsements/request`);
  await api(bo, 'POST', `${base}/board-approval`, { decision: 'APPROVE', contentHash: endorsing.contentHash });
  await api(hans, 'POST', `${base}/head-signature`, { decision: 'SIGN', contentHash: endorsing.contentHash });
  await api(ida, 'POST', `${base}/submit`);
  const reviewCase = await until('the review case', () => openReviewCase(chris, p.id));
  // the chair is from Compute too (a conflict of interest): Cathy (Physics) decides as acting chair
  await api(chris, 'POST', `/api/review/review-cases/${reviewCase.id}/members`, { username: 'cathy' });
  await api(chris, 'PUT', `/api/review/review-cases/${reviewCase.id}/acting-chair`, { username: 'cathy' });
  await api(cathy, 'POST', `/api/review/review-cases/${reviewCase.id}/decision`,
    { outcome: 'APPROVED', comments: 'A strong case.', letter: `Dear Ida,\n\n"${title}" is approved.`,
      // this test is about what follows the decision: the acting chair decides without the quorum, saying why
      belowQuorumReason: 'Decided at the committee meeting; the assessments were given orally' });
  await until('the production', async () => {
    try {
      return await api(carla, 'GET', `/api/production/productions/${p.id}`);
    } catch {
      return null;
    }
  });
  return { id: p.id, ida, carla };
}

const DAY = 86_400_000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

async function etag(tokenValue, moocId) {
  const p = await api(tokenValue, 'GET', `/api/production/productions/${moocId}`);
  return { 'If-Match': `"${p.version}"` };
}

/**
 * The production taken to its launch by API, as deploy/local/demo.mjs's `produce(id, m, {launchDate})` does: the plan
 * agreed, MediaLab booked and confirmed, a studio booked, both feedback rounds resolved and closed, every milestone
 * done, the user test, the study board's launch approval, and the launch on `launchDate`.
 */
export async function produce(moocId, { launchDate }) {
  const [ida, carla, mads, bo] = await Promise.all(['ida', 'carla', 'mads', 'bo'].map((u) => token(u)));
  const base = `/api/production/productions/${moocId}`;
  await api(carla, 'POST', `${base}/plan/agree`, undefined, await etag(carla, moocId));
  await api(ida, 'PUT', `${base}/milestones/PLAN_AGREED`, { status: 'DONE' }, await etag(carla, moocId));
  // slots the studios' calendars show free (the stack keeps earlier runs' bookings), then held by this run's bookings
  const medialab = await freeStudioSlot(ida, 'MEDIALAB', 3);
  const booking = await api(ida, 'POST', `${base}/bookings`, { studio: 'MEDIALAB',
    start: medialab.start, end: medialab.end, note: 'Lecture videos for the first weeks' });
  await api(mads, 'POST', `/api/production/bookings/${booking.id}/confirm`);
  assert.deepEqual((await calendarEntriesOverlapping(ida, 'MEDIALAB', medialab)).map((b) => b.id), [booking.id]);
  const library = await freeStudioSlot(ida, 'LYNGBY_LIBRARY', 2);
  const screencasts = await api(ida, 'POST', `${base}/bookings`, { studio: 'LYNGBY_LIBRARY',
    start: library.start, end: library.end, note: 'Screencasts' });
  assert.deepEqual((await calendarEntriesOverlapping(ida, 'LYNGBY_LIBRARY', library)).map((b) => b.id), [screencasts.id]);
  const comment = await api(carla, 'POST', `${base}/feedback/TEACHING_PLAN/comments`,
    { text: 'Week 3 needs a learning objective for the lab; the quizzes could reuse the exam questions.' });
  await api(ida, 'PUT', `${base}/feedback/TEACHING_PLAN/comments/${comment.id}`,
    { resolution: 'RESOLVED', note: 'Objective added, quizzes drafted.' });
  const material = await api(carla, 'POST', `${base}/feedback/MATERIAL/comments`, { text: 'Add transcripts to every video.' });
  await api(ida, 'PUT', `${base}/feedback/MATERIAL/comments/${material.id}`, { resolution: 'RESOLVED' });
  for (const round of ['TEACHING_PLAN', 'MATERIAL']) await api(carla, 'POST', `${base}/feedback/${round}/close`);
  for (const key of ['COURSE_OUTLINE', 'PILOT_MODULE', 'VIDEO_RECORDING', 'MATERIAL_COMPLETE', 'COURSERA_SETUP']) {
    // each milestone is completed by its owner: the video recording by MediaLab
    await api(key === 'VIDEO_RECORDING' ? mads : ida, 'PUT', `${base}/milestones/${key}`, { status: 'DONE' },
      await etag(carla, moocId));
  }
  await api(ida, 'PUT', `${base}/user-test`, { testedOn: isoDay(Date.now() - 7 * DAY), students: 9, colleagues: 3,
    findings: 'Two quizzes were too long; the week 2 video needed subtitles.' });
  await api(ida, 'POST', `${base}/launch-approval/request`);
  await api(bo, 'POST', `${base}/launch-approval`, { decision: 'APPROVED', comment: 'Well prepared.' });
  await api(ida, 'POST', `${base}/launch`, { courseUrl: `https://www.coursera.org/learn/dsp-review-${Date.now()}`, launchDate });
}

/** A launched MOOC of Ida's as analytics-service knows it (course.launched has arrived): `{ id, ida, carla }`. */
export async function launchedCourse(title, { launchDate }) {
  const mooc = await approvedMooc(title);
  await produce(mooc.id, { launchDate });
  await until('the course in analytics', async () => {
    try {
      return await api(mooc.ida, 'GET', `/api/analytics/courses/${mooc.id}`);
    } catch {
      return null;
    }
  });
  return mooc;
}
