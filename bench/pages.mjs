// Requests per page (docs/performance.md, "Requests per page"): signs in as each of the demo programme's people in
// a real Chromium, opens every page their menu offers and the first of each kind of detail page those pages link
// to, each as a fresh load (nothing cached, as after a link from a mail), and counts the API requests the page makes
// until the network is quiet. Prints one table (and writes it to $BENCH_PAGES_OUT) with each page's requests and
// what they were; the goal is at most 3 per page. Exits 1 when a page failed to load, not when it needs more.
import fs from 'node:fs';
// the browser tests' own Chromium launch, page and sign-in through Keycloak's login page (bench/pages installs their
// tooling when it is missing; E2E_GATEWAY says where the gateway is)
import { launch, signIn, watchedPage } from '../e2e-tests/browser/tests/support.mjs';

const gateway = process.env.E2E_GATEWAY ?? 'http://localhost:8080';
const out = process.env.BENCH_PAGES_OUT;
const GOAL = 3;

// who looks at what: one person per role of the demo programme
const EVERYONE = [
  ['ida', 'instructor'], ['carla', 'consultant'], ['bo', 'study board'], ['hans', 'Head of Department'],
  ['chris', 'committee chair'], ['cathy', 'committee member'], ['mads', 'MediaLab'], ['ada', 'admin'],
];
const only = (process.env.BENCH_PAGES_PEOPLE ?? '').split(/\s+/).filter(Boolean);
const PEOPLE = only.length === 0 ? EVERYONE : EVERYONE.filter(([username]) => only.includes(username));
// detail pages: the first link of each kind found on the pages visited before
const DETAIL = [
  /^\/proposals\/[0-9a-f-]{36}$/, /^\/proposals\/[0-9a-f-]{36}\/board-approval$/, /^\/proposals\/[0-9a-f-]{36}\/signature$/,
  /^\/review-cases\/[0-9a-f-]{36}$/, /^\/meetings\/[0-9a-f-]{36}$/, /^\/meetings\/[0-9a-f-]{36}\/agenda$/,
  /^\/productions\/[^/]+$/, /^\/productions\/[^/]+\/launch-approval$/, /^\/courses\/[^/]+$/,
  /^\/semester-reviews\/[^/]+$/, /^\/portfolio\/[^/]+$/,
];
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|MOOC-[0-9A-Z-]+/gi;

const log = (s) => process.stderr.write(`[bench] ${s}\n`);

/** Opens `route` as a fresh load and returns the API requests it made until the network was quiet for 1 s. */
async function measure(page, route) {
  const requests = [];
  const onRequest = (req) => {
    const url = new URL(req.url());
    if (url.origin === gateway && url.pathname.startsWith('/api/')) requests.push(`${req.method()} ${url.pathname}${url.search}`);
  };
  page.on('request', onRequest);
  try {
    await page.goto(gateway + route, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.locator('main h1').first().waitFor({ timeout: 30_000 });
    // a query that depends on another's answer starts after it: wait until nothing new was asked for 1 s
    for (let seen = -1; seen !== requests.length;) {
      seen = requests.length;
      await page.waitForTimeout(1_000);
      await page.waitForLoadState('networkidle');
    }
  } finally {
    page.off('request', onRequest);
  }
  const links = await page.$$eval('main a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')));
  return { requests, links };
}

const pattern = (route) => route.replace(ID, ':id');

const browser = await launch();
const rows = [];
let failed = 0;
try {
  for (const [username, role] of PEOPLE) {
    const { context, page } = await watchedPage(browser);
    await signIn(page, username);
    const menu = await page.$$eval('[data-testid="main-nav"] a', (as) => as.map((a) => a.getAttribute('href')));
    const queue = [...menu];
    const seenKinds = new Set();
    while (queue.length > 0) {
      const route = queue.shift();
      try {
        const { requests, links } = await measure(page, route);
        rows.push({ username, role, route, page: pattern(route), requests });
        log(`${username.padEnd(6)} ${pattern(route).padEnd(38)} ${requests.length}`);
        for (const link of links) {
          const kind = DETAIL.findIndex((re) => re.test(link));
          if (kind >= 0 && !seenKinds.has(kind)) {
            seenKinds.add(kind);
            queue.push(link);
          }
        }
      } catch (e) {
        failed++;
        rows.push({ username, role, route, page: pattern(route), requests: [], error: e.message.split('\n')[0] });
        log(`${username} ${route}: ${e.message.split('\n')[0]}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}

const lines = [
  `| person (role) | page | API requests | what they were | goal ≤ ${GOAL} |`,
  '|---|---|---|---|---|',
  ...rows.map((r) => {
    const what = r.error ? `failed: ${r.error}` : r.requests.map((q) => q.replace(ID, ':id')).join('; ');
    return `| ${r.username} (${r.role}) | \`${r.page}\` | ${r.error ? '–' : r.requests.length} | ${what} | ${
      r.error ? '**failed**' : r.requests.length <= GOAL ? 'yes' : '**no**'} |`;
  }),
];
const measured = rows.filter((r) => !r.error);
const over = measured.filter((r) => r.requests.length > GOAL);
lines.push('', `${measured.length} pages measured, ${over.length} above ${GOAL} requests, most ${
  Math.max(0, ...measured.map((r) => r.requests.length))}, ${failed} failed to load.`);
const table = lines.join('\n');
console.log(table);
if (out) fs.writeFileSync(out, table + '\n');
process.exit(failed > 0 ? 1 : 0);
