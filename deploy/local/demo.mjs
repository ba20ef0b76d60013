#!/usr/bin/env node
// Loads a realistic demo programme into a running local stack (deploy/local/up --demo), through the services'
// public APIs only – so every event flows as it would in real use: MOOCs in every stage, from fresh drafts to
// launched courses with two semesters of Coursera analytics and a retired one, and a demo Coursera catalogue
// (deploy/local/catalogue.mjs) that the review cases' similar courses come from.
// Usage: node deploy/local/demo.mjs [--force]   (environment: DEMO_GATEWAY, DEMO_KEYCLOAK)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoCatalogue } from './catalogue.mjs';
import { tokenSource } from './tokens.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GATEWAY = process.env.DEMO_GATEWAY ?? 'http://localhost:8080';
const KEYCLOAK = process.env.DEMO_KEYCLOAK ?? 'http://localhost:8180';
const MARKER = path.join(ROOT, '.stack', 'data', 'demo-loaded');
const DAY = 86_400_000;

const log = (msg) => console.log(`  ${msg}`);
const token = tokenSource(KEYCLOAK);

async function call(user, method, url, body, headers = {}) {
  const isText = typeof body === 'string';
  const res = await fetch(`${GATEWAY}/api${url}`, {
    method,
    headers: {
      Authorization: `Bearer ${await token(user)}`,
      ...(body === undefined ? {} : { 'Content-Type': isText ? 'text/csv' : 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : isText ? body : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${user}: ${method} ${url} → ${res.status} ${text.slice(0, 400)}`);
  return text ? JSON.parse(text) : null;
}

async function until(what, fn, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch {
      // not there yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 700));
  }
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

// --- the proposal workflow ------------------------------------------------------------------------------------

const PEOPLE = {
  Compute: { instructor: 'ida', name: 'Ida Holm', email: 'ida@example.org', board: 'bo', head: 'hans' },
  Physics: { instructor: 'ole', name: 'Ole Friis', email: 'ole@example.org', board: 'bea', head: 'helle' },
};

function application(m) {
  const p = PEOPLE[m.department];
  return {
    title: m.title,
    topic: m.topic,
    summary: m.summary,
    targetLearners: 'Engineering students and practising engineers worldwide',
    impactPotential: 'Fills a gap in the Coursera catalogue and strengthens the university\'s international profile',
    expectedEnrolments: m.expected,
    uniqueness: m.uniqueness,
    researchEnvironment: `The department of ${m.department}'s research section`,
    teacherBackground: 'Award-winning lecturer with online teaching experience',
    newContent: m.courseCode == null,
    ...(m.courseCode ? { courseCode: m.courseCode } : {}),
    phases: 'Outline in the first month, pilot module after two, recording after four',
    plannedLaunchSemester: m.semester,
    team: [{ name: p.name, email: p.email, role: 'INSTRUCTOR' },
      { name: 'Sara Madsen', email: 'sara@example.org', role: 'TEACHING_ASSISTANT' }],
    resources: { staffHours: m.staffHours, assistants: 1, videoBudgetDkk: m.budget },
  };
}

/** The open review case of `moocId`: every page of the open cases (oldest first; earlier loads keep theirs). */
async function openReviewCase(moocId) {
  for (let page = 0; ; page++) {
    const list = await call('chris', 'GET', `/review/review-cases?status=OPEN&size=100&page=${page}`);
    const found = list.items.find((c) => c.moocId === moocId);
    if (found || list.items.length === 0 || (page + 1) * list.size >= list.total) return found;
  }
}

/** Takes a MOOC as far as `stage`: DRAFT, CONSULTATION, ENDORSEMENT, REVIEW, APPROVED. */
async function proposal(m, stage) {
  const p = PEOPLE[m.department];
  const created = await call(p.instructor, 'POST', '/proposal/proposals', application(m));
  const base = `/proposal/proposals/${created.id}`;
  if (stage === 'DRAFT') return created.id;
  await call(p.instructor, 'POST', `${base}/consultation/request`);
  if (stage === 'CONSULTATION') return created.id;
  await call('carla', 'POST', `${base}/consultation/assign`);
  await call('carla', 'POST', `${base}/consultation`, { date: isoDay(Date.now() - 3 * DAY),
    notes: 'Scope, target learners and the pilot module agreed; video budget checked with MediaLab.' });
  const endorsing = await call(p.instructor, 'POST', `${base}/endorsements/request`);
  if (stage === 'ENDORSEMENT') return created.id;
  await call(p.board, 'POST', `${base}/board-approval`, { decision: 'APPROVE', contentHash: endorsing.contentHash });
  await call(p.head, 'POST', `${base}/head-signature`, { decision: 'SIGN', contentHash: endorsing.contentHash });
  await call(p.instructor, 'POST', `${base}/submit`);
  const reviewCase = await until(`the review case of "${m.title}"`, () => openReviewCase(created.id));
  // Kirsten (Chemistry) has no conflict with either department; she scores and, as acting chair, decides. A second
  // member from outside the applicant's department scores too: the committee's quorum is two assessments.
  const second = m.department === 'Physics' ? 'chris' : 'cathy';
  for (const [member, base] of [['kirsten', 4], [second, 3]]) {
    await call('chris', 'POST', `/review/review-cases/${reviewCase.id}/members`, { username: member });
    await call(member, 'PUT', `/review/review-cases/${reviewCase.id}/members/me/declaration`, { conflict: false });
    await call(member, 'PUT', `/review/review-cases/${reviewCase.id}/assessments/me`, {
      scores: ['TOPIC', 'TEACHER', 'RESOURCES'].map((criterion, i) => ({ criterion, score: base + (i % 2),
        comment: `${criterion.toLowerCase()}: convincing, see the application` })),
      recommendation: 'APPROVE',
    });
  }
  if (stage === 'REVIEW') return created.id;
  if (m.department === 'Compute') {
    await call('chris', 'PUT', `/review/review-cases/${reviewCase.id}/acting-chair`, { username: 'kirsten' });
  }
  const chair = m.department === 'Compute' ? 'kirsten' : 'chris';
  await call(chair, 'POST', `/review/review-cases/${reviewCase.id}/decision`, { outcome: 'APPROVED',
    comments: 'A strong proposal on all three criteria.', letter: `Dear ${p.name},\n\nthe steering committee approves "${m.title}".` });
  await until(`the production of "${m.title}"`, () => call('carla', 'GET', `/production/productions/${created.id}`));
  return created.id;
}

// --- production -------------------------------------------------------------------------------------------------

async function etag(id) {
  return { 'If-Match': `"${(await call('carla', 'GET', `/production/productions/${id}`)).version}"` };
}

/** Copenhagen's UTC offset on `day` (YYYY-MM-DD), e.g. "+01:00" (the studios' hours are Copenhagen time). */
function copenhagenOffset(day) {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`)).find((x) => x.type === 'timeZoneName').value;
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

/**
 * The first slot of `hours` whole hours, 08:00–16:00 Copenhagen time on a weekday from 14 days ahead, that the
 * studio's calendar shows free: the stack keeps its data, so an earlier load (or test run) may hold any given day.
 */
async function freeSlot(user, studio, hours) {
  const today = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);
  const hh = (h) => `${String(h).padStart(2, '0')}:00`;
  for (let from = 14; from < 360; from += 92) {
    const to = Math.min(from + 91, 360);
    const taken = await call(user, 'GET',
      `/production/studios/${studio}/bookings?from=${isoDay(today + from * DAY)}&to=${isoDay(today + to * DAY)}`);
    for (let d = from; d <= to; d++) {
      const day = isoDay(today + d * DAY);
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      for (let h = 8; h + hours <= 16; h++) {
        const start = `${day}T${hh(h)}:00${copenhagenOffset(day)}`;
        const end = `${day}T${hh(h + hours)}:00${copenhagenOffset(day)}`;
        if (!taken.some((b) => Date.parse(b.start) < Date.parse(end) && Date.parse(b.end) > Date.parse(start))) {
          return { start, end };
        }
      }
    }
  }
  throw new Error(`no free ${hours}-hour slot on ${studio} in the next year`);
}
/** Agrees the plan, gathers feedback, books MediaLab (confirmed) and, when `launchDate` is given, launches. */
async function produce(id, m, { launchDate } = {}) {
  const p = PEOPLE[m.department];
  const base = `/production/productions/${id}`;
  await call('carla', 'POST', `${base}/plan/agree`, undefined, await etag(id));
  await call(p.instructor, 'PUT', `${base}/milestones/PLAN_AGREED`, { status: 'DONE' }, await etag(id));
  const medialab = await freeSlot(p.instructor, 'MEDIALAB', 3);
  const booking = await call(p.instructor, 'POST', `${base}/bookings`, { studio: 'MEDIALAB',
    start: medialab.start, end: medialab.end, note: 'Lecture videos for the first weeks' });
  await call('mads', 'POST', `/production/bookings/${booking.id}/confirm`);
  const library = await freeSlot(p.instructor, 'LYNGBY_LIBRARY', 2);
  await call(p.instructor, 'POST', `${base}/bookings`, { studio: 'LYNGBY_LIBRARY',
    start: library.start, end: library.end, note: 'Screencasts' });
  const comment = await call('carla', 'POST', `${base}/feedback/TEACHING_PLAN/comments`,
    { text: 'Week 3 needs a learning objective for the lab; the quizzes could reuse the exam questions.' });
  if (!launchDate) return;
  await call(p.instructor, 'PUT', `${base}/feedback/TEACHING_PLAN/comments/${comment.id}`,
    { resolution: 'RESOLVED', note: 'Objective added, quizzes drafted.' });
  const material = await call('carla', 'POST', `${base}/feedback/MATERIAL/comments`, { text: 'Add transcripts to every video.' });
  await call(p.instructor, 'PUT', `${base}/feedback/MATERIAL/comments/${material.id}`, { resolution: 'RESOLVED' });
  for (const round of ['TEACHING_PLAN', 'MATERIAL']) await call('carla', 'POST', `${base}/feedback/${round}/close`);
  for (const key of ['COURSE_OUTLINE', 'PILOT_MODULE', 'VIDEO_RECORDING', 'MATERIAL_COMPLETE', 'COURSERA_SETUP']) {
    // each milestone is completed by its owner: the video recording by MediaLab, the rest by the instructor
    await call(key === 'VIDEO_RECORDING' ? 'mads' : p.instructor, 'PUT', `${base}/milestones/${key}`, { status: 'DONE' },
      await etag(id));
  }
  await call(p.instructor, 'PUT', `${base}/user-test`, { testedOn: isoDay(Date.now() - 7 * DAY), students: 9, colleagues: 3,
    findings: 'Two quizzes were too long; the week 2 video needed subtitles.' });
  await call(p.instructor, 'POST', `${base}/launch-approval/request`);
  await call(p.board, 'POST', `${base}/launch-approval`, { decision: 'APPROVED', comment: 'Well prepared.' });
  await call(p.instructor, 'POST', `${base}/launch`, { courseUrl: `https://www.coursera.org/learn/${m.slug}`, launchDate });
}

// --- the programme --------------------------------------------------------------------------------------------

const MOOCS = [
  { stage: 'DRAFT', title: 'Sustainable Energy Systems', department: 'Compute', topic: 'Energy systems', slug: 'energy-systems',
    summary: 'Grid-scale storage, markets and policy for engineers.', uniqueness: 'Combines engineering and markets',
    expected: 3500, semester: '2028-spring', staffHours: 380, budget: 30000 },
  { stage: 'CONSULTATION', title: 'Soft Matter for Engineers', department: 'Physics', topic: 'Soft-matter physics',
    slug: 'soft-matter', summary: 'Polymers, gels and foams explained for engineers.', uniqueness: 'No course treats soft matter for engineers',
    expected: 2500, semester: '2028-spring', staffHours: 300, budget: 28000 },
  { stage: 'ENDORSEMENT', title: 'Machine Learning in Practice', department: 'Compute', topic: 'Machine learning',
    slug: 'ml-practice', summary: 'From data to deployed models, with the pitfalls.', uniqueness: 'Built on industry projects',
    expected: 9000, semester: '2027-autumn', staffHours: 450, budget: 42000, courseCode: '02450' },
  { stage: 'REVIEW', title: 'Quantum Computing for Engineers', department: 'Compute', topic: 'Quantum computing',
    slug: 'quantum-engineers', summary: 'A hands-on introduction to quantum algorithms.', uniqueness: 'Runs on real quantum hardware',
    expected: 5000, semester: '2027-autumn', staffHours: 400, budget: 35000 },
  { stage: 'APPROVED', title: 'Computational Fluid Dynamics', department: 'Physics', topic: 'Fluid dynamics',
    slug: 'cfd', summary: 'Simulating flows with open-source tools.', uniqueness: 'Open-source toolchain end to end',
    expected: 3000, semester: '2027-autumn', staffHours: 360, budget: 32000 },
  { stage: 'PRODUCTION', title: 'Digital Signal Processing', department: 'Compute', topic: 'Signal processing',
    slug: 'dsp', summary: 'Filters, transforms and sampling with browser labs.', uniqueness: 'Browser-based labs',
    expected: 4000, semester: '2027-spring', staffHours: 350, budget: 14000 },
  { stage: 'LAUNCHED', title: 'Introduction to Robotics', department: 'Compute', topic: 'Robotics', slug: 'intro-robotics',
    summary: 'Kinematics, sensing and control with simulated robots.', uniqueness: 'A free robot simulator in the browser',
    expected: 8000, semester: '2025-autumn', staffHours: 420, budget: 38000, launchDate: '2025-09-01', firstSemester: '2025-autumn' },
  { stage: 'LAUNCHED', title: 'Structural Engineering Basics', department: 'Physics', topic: 'Structures', slug: 'structures',
    summary: 'Beams, trusses and frames from first principles.', uniqueness: 'Worked examples from real bridges',
    expected: 6000, semester: '2025-autumn', staffHours: 300, budget: 25000, launchDate: '2025-09-01', firstSemester: '2025-autumn',
    courseCode: '11001', retire: '2026-spring' },
];

/**
 * Two semesters of Coursera analytics from the documented generator, imported as one zip archive, and evaluations. The
 * generator's activity begins on its launch day, two months into the first semester (1 September for an autumn start),
 * and analytics refuses activity before the course's launch: a launched demo course launches on that day.
 */
async function analytics(id, m, seed) {
  const p = PEOPLE[m.department];
  await until(`"${m.title}" in analytics`, () => call(p.instructor, 'GET', `/analytics/courses/${id}`));
  const out = mkdtempSync(path.join(os.tmpdir(), 'mooc-demo-'));
  try {
    const archive = path.join(out, 'export.zip');
    execFileSync('java', ['-cp', path.join(ROOT, 'analytics-service', 'target', 'classes'),
      'dk.mooc.analytics.generator.SyntheticCourseraExport', '--zip', '--out', archive, '--learners', '3000',
      '--seed', String(seed), '--first-semester', m.firstSemester, '--semesters', '2'], { stdio: 'ignore' });
    // the whole export in one upload, as an instructor does it; the import runs after the 202
    const res = await fetch(`${GATEWAY}/api/analytics/courses/${id}/exports`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await token(p.instructor)}`, 'Content-Type': 'application/zip' },
      body: readFileSync(archive),
    });
    if (res.status !== 202) throw new Error(`${p.instructor}: POST /analytics/courses/${id}/exports → ${res.status} ${await res.text()}`);
    const accepted = await res.json();
    const done = await until(`the export of "${m.title}" imported`, async () => {
      const r = await call(p.instructor, 'GET', `/analytics/courses/${id}/imports/${accepted.id}`);
      return r.status === 'RUNNING' ? null : r;
    });
    if (done.status !== 'COMPLETED') throw new Error(`the export of "${m.title}": ${done.status} ${done.problem}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const semesters = [m.firstSemester, m.firstSemester.endsWith('autumn') ? `${Number(m.firstSemester.slice(0, 4)) + 1}-spring`
    : `${m.firstSemester.slice(0, 4)}-autumn`];
  for (const [i, semester] of semesters.entries()) {
    const likert = (a) => a.map((n) => n + i * 3);
    await call(p.instructor, 'PUT', `/analytics/courses/${id}/evaluations/${semester}`, {
      invited: 400, respondents: 96 + i * 15, // each Likert question is answered by everyone (5 buckets, +3 each)
      questions: [
        { questionId: 'Q1', question: 'The course met its learning objectives', type: 'LIKERT', distribution: likert([3, 6, 14, 41, 32]) },
        { questionId: 'Q2', question: 'The videos were clear', type: 'LIKERT', distribution: likert([2, 5, 12, 38, 39]) },
        { questionId: 'Q3', question: 'The workload was appropriate', type: 'LIKERT', distribution: likert([6, 14, 27, 33, 16]) },
        { questionId: 'Q4', question: 'What should we improve?', type: 'TEXT',
          comments: ['More worked examples in week 3.', 'The quizzes were great practice.', 'Subtitles in more languages, please.'] },
      ],
    });
  }
}

/**
 * The study board's semester reviews: the first semester is reviewed (continue); the second is left open for the
 * board to try, except for the MOOC marked `retire`, which its board retires.
 */
async function semesterReviews(id, m) {
  const board = PEOPLE[m.department].board;
  const find = async (semester) => (await call(board, 'GET', `/analytics/semester-reviews?semester=${semester}`))
    .find((r) => r.moocId === id);
  const first = await until(`the ${m.firstSemester} review of "${m.title}"`, () => find(m.firstSemester));
  await call(board, 'POST', `/analytics/semester-reviews/${first.id}/decision`, { outcome: 'CONTINUE',
    comments: 'A good first semester.', actions: ['Add subtitles in Spanish'] });
  if (m.retire) {
    const second = await until(`the next review of "${m.title}"`, () => find(m.retire));
    await call(board, 'POST', `/analytics/semester-reviews/${second.id}/decision`, { outcome: 'RETIRE',
      comments: 'Enrolment fell sharply; the content now lives in the new structures MOOC.', actions: [] });
  }
}

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(MARKER) && !force) {
    console.log(`The demo programme is already loaded (${MARKER}); use --force to load another copy.`);
    return;
  }
  console.log(`Loading the demo programme through ${GATEWAY} ...`);
  const t0 = Date.now();
  // the Coursera catalogue first, so that each submitted proposal's similarity snapshot has courses to find
  const catalogue = await call('carla', 'POST', '/analytics/catalogue/imports', demoCatalogue());
  log(`Coursera catalogue (demo): ${catalogue.courses} courses imported`);
  for (const [n, m] of MOOCS.entries()) {
    const id = await proposal(m, m.stage === 'PRODUCTION' || m.stage === 'LAUNCHED' ? 'APPROVED' : m.stage);
    if (m.stage === 'PRODUCTION') await produce(id, m);
    if (m.stage === 'LAUNCHED') {
      await produce(id, m, { launchDate: m.launchDate });
      await analytics(id, m, 100 + n);
      await semesterReviews(id, m);
    }
    log(`${String(n + 1).padStart(2)}/${MOOCS.length} ${m.stage.padEnd(12)} ${m.title} [${id}]`);
  }
  writeFileSync(MARKER, new Date().toISOString() + '\n');
  console.log(`Demo programme loaded in ${Math.round((Date.now() - t0) / 1000)}s: sign in as ida, carla, chris, bo or mads (password demo).`);
}

main().catch((e) => {
  console.error(`Loading the demo programme failed: ${e.message}`);
  process.exit(1);
});
