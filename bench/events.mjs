#!/usr/bin/env node
// Event propagation under a steady stream (docs/performance.md, "Event propagation"); run by bench/events, which
// starts the stack and prints the figures. With real tokens, on proposal-service's own port (the gateway lets one
// address make 20 requests/s, and it is not on an event's path):
//   1. prepares one proposal up to a submittable state (drafted, consulted, approved by the study board, signed by
//      the Head of Department), the template bench/events copies N = rate x duration times in the database (each
//      preparation through the API would queue seven events and a dozen mails in front of the measured ones);
//   2. submits them at a fixed rate (open loop: each submission starts on its own tick, whatever the earlier ones
//      take), so proposal-service writes mooc.proposal.submitted.v1 to its outbox at that rate;
//   3. waits until every consumer has applied every one of them, and reads from the consumers' log lines
//      ("Applied <type> <id> for MOOC <id>, <n> ms after it occurred": EventPropagation) the time from each event's
//      occurrence (its outbox row) to each consumer's committed effect.
// Two phases: "prepare" (1) and "submit" (2, 3); bench/events copies the template and reads the processes' CPU time
// in between.
// Writes the per-event figures as JSON to the file named by BENCH_EVENTS_OUT; the consumers that must apply each
// event are review-service (opens a review case), production-service (keeps the proposal for the production) and
// analytics-service twice (the portfolio's timeline; the similarity snapshot).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tokenSource } from '../deploy/local/tokens.mjs';

const PROPOSALS = process.env.BENCH_PROPOSAL_SERVICE ?? 'http://127.0.0.1:8081';
const KEYCLOAK = process.env.BENCH_KEYCLOAK ?? 'http://localhost:8180';
const LOGS = process.env.BENCH_LOGS;
const OUT = process.env.BENCH_EVENTS_OUT;
const RATE = Number(process.env.BENCH_RATE ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 60);
const RUN = process.env.BENCH_RUN ?? new Date().toISOString().slice(0, 16);
const SUBMITTED = 'mooc.proposal.submitted.v1';
// who applies a submitted proposal, and how to tell each one's log line apart
const CONSUMERS = [
  { name: 'review-service', log: 'review-service', match: (line) => !line.includes('Portfolio: ') },
  { name: 'production-service', log: 'production-service', match: (line) => !line.includes('Portfolio: ') },
  { name: 'analytics-service (portfolio)', log: 'analytics-service', match: (line) => line.includes('Portfolio: ') },
  { name: 'analytics-service (similarity)', log: 'analytics-service', match: (line) => !line.includes('Portfolio: ') },
];
if (!LOGS || !OUT) throw new Error('BENCH_LOGS and BENCH_EVENTS_OUT must be set (bench/events sets them)');

const say = (msg) => console.error(`[bench] ${msg}`);   // stdout carries the phases' results
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const token = tokenSource(KEYCLOAK);

async function call(user, method, url, body) {
  const res = await fetch(`${PROPOSALS}${url}`, {
    method,
    headers: { Authorization: `Bearer ${await token(user)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${user}: ${method} ${url} → ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

function application() {
  return {
    title: `Bench event ${RUN}`,
    topic: 'Event propagation',
    summary: 'A proposal the event benchmark submits: it measures how fast a submission reaches every consumer.',
    targetLearners: 'Engineering students and practising engineers worldwide',
    impactPotential: 'None: a benchmark proposal',
    expectedEnrolments: 1000,
    uniqueness: 'A benchmark proposal',
    researchEnvironment: 'The department of Compute',
    teacherBackground: 'Benchmark',
    newContent: true,
    phases: 'Outline, pilot, recording',
    plannedLaunchSemester: '2028-spring',
    team: [{ name: 'Ida Holm', email: 'ida@example.org', role: 'INSTRUCTOR' }],
    resources: { staffHours: 100, assistants: 0, videoBudgetDkk: 10000 },
  };
}

/** One proposal from nothing to submittable: the demo's path (deploy/local/demo.mjs) for a Compute MOOC. */
async function prepare() {
  const created = await call('ida', 'POST', '/proposals', application());
  const base = `/proposals/${created.id}`;
  await call('ida', 'POST', `${base}/consultation/request`);
  await call('carla', 'POST', `${base}/consultation/assign`);
  await call('carla', 'POST', `${base}/consultation`, { date: isoDay(Date.now() - 86_400_000),
    notes: 'Benchmark proposal: consultation recorded.' });
  const endorsing = await call('ida', 'POST', `${base}/endorsements/request`);
  await call('bo', 'POST', `${base}/board-approval`, { decision: 'APPROVE', contentHash: endorsing.contentHash });
  await call('hans', 'POST', `${base}/head-signature`, { decision: 'SIGN', contentHash: endorsing.contentHash });
  return created.id;
}

/** Every "Applied" line of the submitted event for the given MOOCs, per consumer: moocId -> ms. */
function readApplied(moocIds) {
  const wanted = new Set(moocIds);
  const pattern = new RegExp(`Applied ${SUBMITTED.replaceAll('.', '\\.')} \\S+ for MOOC (\\S+), (\\d+) ms after it occurred`);
  const byConsumer = new Map(CONSUMERS.map((c) => [c.name, new Map()]));
  for (const c of CONSUMERS) {
    for (const file of [`${c.log}.log.1`, `${c.log}.log`, `${c.log}-2.log.1`, `${c.log}-2.log`]) {
      const f = path.join(LOGS, file);
      if (!existsSync(f)) continue;
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (!line.includes(SUBMITTED) || !c.match(line)) continue;
        const m = pattern.exec(line);
        if (m && wanted.has(m[1])) byConsumer.get(c.name).set(m[1], Number(m[2]));
      }
    }
  }
  return byConsumer;
}

const PHASE = process.argv[2];
const IDS = `${OUT}.ids`;

/** Phase "prepare": one submittable proposal through the API (the template bench/events copies), its id on stdout. */
async function prepareCommand() {
  const id = await prepare();
  // the instructor's next request binds her team entry, as it would before she submits
  await call('ida', 'GET', `/proposals/${id}`);
  console.log(id);
}

/** Phase "submit": submits the prepared proposals at the rate, waits for every effect, writes the figures. */
async function submitCommand() {
  const ids = JSON.parse(readFileSync(IDS, 'utf8'));
  const count = ids.length;
  const cpuBefore = process.cpuUsage();
  say(`submitting ${count} proposals at ${RATE}/s for ${DURATION} s (open loop) ...`);
  const interval = 1000 / RATE;
  const t0 = performance.now() + 100;
  const submits = [];
  const failures = [];
  const lateStarts = [];
  for (let i = 0; i < count; i++) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    lateStarts.push(Math.max(0, performance.now() - due));
    const started = performance.now();
    submits.push(call('ida', 'POST', `/proposals/${ids[i]}/submit`)
      .then(() => performance.now() - started)
      .catch((e) => { failures.push(e.message); return null; }));
    if ((i + 1) % (RATE * 10) === 0) say(`  ${i + 1} submitted`);
  }
  const submitMs = (await Promise.all(submits)).filter((v) => v !== null);
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (failures.length) throw new Error(`${failures.length} submissions failed, e.g. ${failures[0]}`);
  say(`  ${count} submissions in ${elapsed.toFixed(1)} s (${(count / elapsed).toFixed(1)}/s)`);

  say('waiting for every consumer to apply every submission ...');
  const deadline = Date.now() + 300_000;
  let applied;
  for (;;) {
    applied = readApplied(ids);
    const missing = CONSUMERS.map((c) => count - applied.get(c.name).size);
    if (missing.every((m) => m === 0)) break;
    if (Date.now() > deadline) {
      throw new Error(`not applied after 5 minutes: ${CONSUMERS.map((c, i) => `${c.name} ${missing[i]}`).join(', ')}`);
    }
    await sleep(1000);
  }
  const perConsumer = Object.fromEntries(CONSUMERS.map((c) => [c.name, ids.map((id) => applied.get(c.name).get(id))]));
  const everyConsumer = ids.map((id) => Math.max(...CONSUMERS.map((c) => applied.get(c.name).get(id))));
  writeFileSync(OUT, JSON.stringify({ rate: RATE, duration: DURATION, count, elapsedSeconds: elapsed, moocIds: ids,
    submitMs, lateStartMs: lateStarts, perConsumer, everyConsumer, driverCpuMs: (cpu.user + cpu.system) / 1000 }));
  say(`  every consumer has applied all ${count}`);
}

const commands = { prepare: prepareCommand, submit: submitCommand };
if (!commands[PHASE]) throw new Error('usage: node bench/events.mjs prepare|submit (bench/events runs both)');

commands[PHASE]().catch((e) => {
  console.error(`[bench] ERROR: ${e.message}`);
  process.exit(1);
});
