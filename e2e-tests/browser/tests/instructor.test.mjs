// An instructor signs in through Keycloak's real login page, sees their proposals, switches to Danish and
// signs out; axe-core finds no serious accessibility violations on the way; screenshots are kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, axe, gateway, launch, shot, signIn, token, watchedPage } from './support.mjs';

test('instructor signs in, sees their proposals, switches to Danish and signs out', async () => {
  const title = `Browser-visible MOOC ${Date.now()}`;
  const ida = await token('ida');
  await api(ida, 'POST', '/api/proposal/proposals',
    { title, newContent: true, plannedLaunchSemester: '2027-autumn', expectedEnrolments: 1200 });

  const browser = await launch();
  try {
    const { page, problems } = await watchedPage(browser);

    await page.goto(gateway + '/');
    await page.getByTestId('sign-in').waitFor();
    assert.deepEqual(await axe(page, '01-landing'), [], 'landing page has no serious axe violations');
    await shot(page, '01-landing');

    await signIn(page, 'ida');
    const table = page.getByTestId('proposals-table');
    await table.waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: title }).first().waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId('user-name').textContent().then((t) => t.includes('Ida')), true,
      'the signed-in user is shown');
    assert.deepEqual(await axe(page, '02-instructor-home'), [], 'instructor home has no serious axe violations');
    await shot(page, '02-instructor-home');

    // the proposal's own page shows the application and its history
    await page.getByRole('link', { name: title }).first().click();
    await page.getByTestId('proposal-detail').waitFor({ timeout: 15_000 });
    await page.getByTestId('history-entry').first().waitFor();
    assert.equal(await page.getByTestId('history-entry').first().getAttribute('data-action'), 'CREATED');
    assert.deepEqual(await axe(page, '02b-proposal-detail'), [], 'proposal page has no serious axe violations');
    await shot(page, '02b-proposal-detail');
    await page.getByTestId('back-to-proposals').click();
    await page.getByTestId('proposals-list-page').waitFor({ timeout: 15_000 });

    await page.getByTestId('language-select').selectOption('da');
    await page.getByTestId('nav-home').click();
    await page.getByRole('heading', { level: 1, name: 'Oversigt' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'da');
    assert.deepEqual(await axe(page, '03-instructor-home-da'), [], 'Danish page has no serious axe violations');
    await shot(page, '03-instructor-home-da');

    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor({ timeout: 30_000 });
    assert.ok(page.url().startsWith(gateway), 'back on the platform after signing out');
    await shot(page, '04-signed-out');

    const tokensInLocalStorage = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => /oidc|token/i.test(k) || /access_token/.test(localStorage.getItem(k) ?? '')));
    assert.deepEqual(tokensInLocalStorage, [], 'no tokens in localStorage');
    assert.deepEqual(problems, [], 'no console errors and no CSP violations');
  } finally {
    await browser.close();
  }
});
