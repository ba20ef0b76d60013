// Shared helpers for the browser tests: a real Chromium, real Keycloak tokens, axe-core checks, screenshots.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const gateway = process.env.E2E_GATEWAY ?? 'http://localhost:8080';
export const keycloak = process.env.E2E_KEYCLOAK ?? 'http://localhost:8180';
export const mail = process.env.E2E_MAIL ?? 'http://localhost:8025';
export const screenshots = process.env.E2E_SCREENSHOTS ?? path.resolve('..', 'target', 'screenshots');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  fs.mkdirSync(screenshots, { recursive: true });
  // Flags: no sandbox as root; no background networking, which this closed network would refuse.
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A page that records console errors and Content-Security-Policy violations. */
export async function watchedPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' || /Content Security Policy|Refused to/.test(text)) {
      problems.push(`${msg.type()}: ${text}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return { context, page, problems };
}

/** Runs axe-core in the page (evaluated over the DevTools protocol, so the CSP does not block it). */
export async function axe(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  fs.writeFileSync(path.join(screenshots, `${name}.axe.json`), JSON.stringify(result.violations, null, 2));
  return serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** A real access token from Keycloak (password grant of the test-only client mooc-e2e). */
export async function token(username, password = 'demo') {
  const res = await fetch(`${keycloak}/realms/mooc/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'mooc-e2e', client_secret: 'mooc-e2e-secret',
      username, password, scope: 'openid' }),
  });
  if (!res.ok) throw new Error(`token for ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

export async function api(tokenValue, method, url, body, headers = {}) {
  const res = await fetch(`${gateway}${url}`, {
    method,
    headers: { Authorization: `Bearer ${tokenValue}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/**
 * Signs in through Keycloak's real login page, starting from `startUrl` (a deep link such as the one in an
 * approval e-mail): after signing in the SPA returns to that page.
 */
export async function signIn(page, username, password = 'demo', startUrl = gateway + '/') {
  await page.goto(startUrl);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(/\/realms\/mooc\/protocol\/openid-connect\/auth|\/login-actions\//, { timeout: 30_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.toString().startsWith(gateway), { timeout: 30_000 });
  await page.getByTestId('sign-out').waitFor({ timeout: 30_000 });
}

/**
 * A session per person in one browser: `as(username, startUrl)` opens a fresh context (its own sessionStorage,
 * so nobody has to sign out), signs in from `startUrl` and returns the page. `problems()` lists, per person, the
 * console errors and CSP violations seen so far.
 */
export function sessions(browser) {
  const watched = [];
  return {
    async as(username, startUrl = gateway + '/') {
      const w = await watchedPage(browser);
      watched.push([username, w.problems]);
      await signIn(w.page, username, 'demo', startUrl);
      return w.page;
    },
    problems() {
      return watched.filter(([, problems]) => problems.length > 0);
    },
  };
}

/** Polls `fn` until it returns something truthy, which it returns; fails after `timeoutMs`. */
export async function until(what, fn, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * The newest mail to `address` whose subject contains `subjectPart`, read from the mail catcher's REST API
 * (GreenMail: GET /api/user/{email}/messages/INBOX); waits up to `timeoutMs` for it to arrive. The default covers
 * one failed send (refused at once, or given up after the sender's 30 s timeout) and its retry 10 s later, found by a
 * sender that runs every 10 s: mail is asynchronous, and the platform promises delivery, not on the first try.
 */
export async function awaitMail(address, subjectPart, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let inbox = 'the mail catcher never answered';
  while (Date.now() < deadline) {
    const res = await fetch(`${mail}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
    if (res.ok) {
      const messages = await res.json();
      const found = messages.filter((m) => String(m.subject ?? '').includes(subjectPart));
      if (found.length > 0) return found[found.length - 1];
      inbox = `${messages.length} mails, the latest: ${JSON.stringify(messages.slice(-3).map((m) => m.subject))}`;
    } else {
      inbox = `the mail catcher answered ${res.status}`;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  // what the inbox held says whether the mail was late, went elsewhere or the catcher was down
  throw new Error(`no mail to ${address} with "${subjectPart}" within ${timeoutMs} ms (${inbox})`);
}

/** The first link into the platform found in a mail's text. */
export function linkIn(message, pathPart) {
  const text = String(message.mimeMessage ?? message.content ?? message.text ?? JSON.stringify(message));
  const unfolded = text.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const links = unfolded.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
  const link = links.find((l) => l.includes(pathPart));
  if (!link) throw new Error(`no link containing ${pathPart} in the mail: ${unfolded.slice(0, 500)}`);
  return link;
}

const DAY_MS = 86_400_000;

/** Copenhagen's UTC offset on `day` (YYYY-MM-DD) at noon, as "+01:00" or "+02:00" (summer time). */
function copenhagenOffset(day) {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`)).find((p) => p.type === 'timeZoneName').value;
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

const hhmm = (h) => `${String(h).padStart(2, '0')}:00`;

/** The studio's calendar entries (REQUESTED and CONFIRMED bookings) from `from` to `to`, both Copenhagen days. */
export async function studioCalendar(tokenValue, studio, from, to) {
  return api(tokenValue, 'GET', `/api/production/studios/${studio}/bookings?from=${from}&to=${to}`);
}

/** The calendar entries on `studio` that overlap [start, end) (half-open, as the booking rules say). */
export async function calendarEntriesOverlapping(tokenValue, studio, slot) {
  const entries = await studioCalendar(tokenValue, studio, slot.day, slot.day);
  const s = Date.parse(slot.start);
  const e = Date.parse(slot.end);
  return entries.filter((b) => Date.parse(b.start) < e && Date.parse(b.end) > s);
}

/**
 * A slot of `hours` whole hours on `studio` that its calendar shows free: the first one, scanning weekdays from
 * `minDaysAhead` days ahead (bookings may be at most 365 days ahead) and whole hours from `opens` to `closes`
 * (Copenhagen time; MediaLab: Mon–Fri 08:00–16:00). The stack keeps its data between runs, so a fixed or random day
 * may already be booked by an earlier run; the calendar says which slots are free. The caller books it and then
 * checks with `calendarEntriesOverlapping` that the slot holds exactly its own booking.
 * Returns `{ day, startLocal, endLocal, start, end }` (start/end ISO-8601 with Copenhagen's offset).
 */
export async function freeStudioSlot(tokenValue, studio, hours, { minDaysAhead = 14, opens = 8, closes = 16 } = {}) {
  const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
  const today = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);
  // the calendar answers at most 92 days at a time (docs/production.md)
  for (let from = minDaysAhead; from < 360; from += 92) {
    const to = Math.min(from + 91, 360);
    const entries = await studioCalendar(tokenValue, studio, isoDay(today + from * DAY_MS), isoDay(today + to * DAY_MS));
    for (let d = from; d <= to; d++) {
      const day = isoDay(today + d * DAY_MS);
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const offset = copenhagenOffset(day);
      for (let h = opens; h + hours <= closes; h++) {
        const slot = { day, startLocal: hhmm(h), endLocal: hhmm(h + hours),
          start: `${day}T${hhmm(h)}:00${offset}`, end: `${day}T${hhmm(h + hours)}:00${offset}` };
        const s = Date.parse(slot.start);
        const e = Date.parse(slot.end);
        if (!entries.some((b) => Date.parse(b.start) < e && Date.parse(b.end) > s)) return slot;
      }
    }
  }
  throw new Error(`no free ${hours}-hour slot on ${studio} in the next year`);
}

/**
 * The open review case of `moocId`, or undefined while there is none: every page of the committee's list of open
 * cases, which is oldest first and keeps growing on a stack that keeps its data between runs.
 */
export async function openReviewCase(tokenValue, moocId) {
  for (let page = 0; ; page++) {
    const result = await api(tokenValue, 'GET', `/api/review/review-cases?status=OPEN&size=100&page=${page}`);
    const found = result.items.find((c) => c.moocId === moocId);
    if (found || (page + 1) * result.size >= result.total || result.items.length === 0) return found;
  }
}
