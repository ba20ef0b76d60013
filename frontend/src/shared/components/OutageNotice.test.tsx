import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { UNAVAILABLE_RETRIES } from '../api/readRetry';
import type { Meeting } from '../../review/api/reviewTypes';
import type { CurrentUser } from '../auth/roles';
import { MeetingsPage } from '../../review/pages/MeetingsPage';
import { meeting } from '../../test/fixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { OutageNotice } from './OutageNotice';

const LIST = '/api/review/meetings';
const CHAIR: CurrentUser = { id: 'u1', name: 'Chris Chair', username: 'chris', roles: ['committee', 'committee-chair'] };
const upcoming: Meeting[] = [meeting({ title: 'Steering committee, March', caseCount: 0, cases: undefined })];

/** review-service without its database: 503 with a problem document and Retry-After (0: the tests need not wait). */
const unavailable = () =>
  new Response(
    JSON.stringify({
      type: 'urn:mooc:problem:unavailable',
      title: 'The service is temporarily unavailable',
      status: 503,
      detail: 'The database cannot be reached.',
    }),
    { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '0' } },
  );

/** The meeting list, answered 503 while `state.down` and the list after. */
function server(state: { down: boolean }, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => {
    if (method !== 'GET' || url !== LIST) return undefined;
    return state.down ? unavailable() : json(upcoming);
  });
}

/** The meetings page under the notice, with the application's own query cache (its retry rule). */
function renderPage(gw: ReturnType<typeof server>, language: 'en' | 'da' = 'en') {
  return renderWithProviders(
    <>
      <OutageNotice />
      <MeetingsPage user={CHAIR} />
    </>,
    { api: gw.api, route: '/meetings', path: '/meetings', language, queryClient: createQueryClient() },
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('A read while a part of the platform is unavailable', () => {
  it('is retried by itself; the notice names the part while it fails, and the page then shows the data and no error', async () => {
    const state = { down: true };
    const gw = server(state);
    renderPage(gw);

    const notice = await screen.findByTestId('outage-notice');
    expect(notice.textContent).toBe(
      'Part of the platform is briefly unavailable (reviews). This page will refresh itself as soon as it is back; you need not do anything.',
    );
    expect(notice.closest('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    // Not a modal, and not an error the page shows: the page waits for the data.
    expect(screen.queryByRole('dialog')).toBeNull();
    // Tried again without the user doing anything; meanwhile the notice stays and the page shows no error.
    await waitFor(() => expect(gw.gets('/meetings').length).toBeGreaterThanOrEqual(3));
    expect(screen.getByTestId('outage-notice')).toBeTruthy();
    expect(screen.queryByTestId('meetings-error')).toBeNull();

    state.down = false;
    expect((await screen.findByTestId('meeting-item')).textContent).toContain('Steering committee, March');
    await waitFor(() => expect(screen.queryByTestId('outage-notice')).toBeNull());
    expect(screen.queryByTestId('meetings-error')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    // The live region stays for the next time.
    expect(within(screen.getByTestId('outage-region')).getByRole('status')).toBeTruthy();
  });

  it('says so in Danish', async () => {
    const state = { down: true };
    renderPage(server(state), 'da');
    expect((await screen.findByTestId('outage-notice')).textContent).toBe(
      'En del af platformen er kortvarigt utilgængelig (bedømmelser). Siden opdaterer sig selv, så snart den er tilbage; du behøver ikke gøre noget.',
    );
    state.down = false;
    await screen.findByTestId('meeting-item');
    await waitFor(() => expect(screen.queryByTestId('outage-notice')).toBeNull());
  });

  it('stops after a bounded number of tries, then offers to try again and clears when the part is back', async () => {
    const state = { down: true };
    const gw = server(state);
    renderPage(gw);

    const stalled = await screen.findByText('Part of the platform is still unavailable (reviews). Try again in a moment.', {}, { timeout: 10_000 });
    expect(stalled.getAttribute('data-state')).toBe('stalled');
    expect(gw.gets('/meetings')).toHaveLength(1 + UNAVAILABLE_RETRIES);
    // The page's own error names the part too, instead of the server's English detail.
    expect(screen.getByTestId('meetings-error').textContent).toContain(
      'Part of the platform is briefly unavailable (reviews). Try again in a moment.',
    );
    await pause(600);
    expect(gw.gets('/meetings')).toHaveLength(1 + UNAVAILABLE_RETRIES);

    state.down = false;
    await userEvent.setup().click(screen.getByTestId('outage-retry'));
    expect((await screen.findByTestId('meeting-item')).textContent).toContain('Steering committee, March');
    await waitFor(() => expect(screen.queryByTestId('outage-notice')).toBeNull());
    expect(screen.queryByTestId('outage-retry')).toBeNull();
  }, 20_000);

  it('leaves a 4xx answer as it was: not retried, no notice', async () => {
    const gw = fakeGateway((method, url) =>
      method === 'GET' && url === LIST ? problem({ title: 'Forbidden', detail: 'Only the committee sees meetings.' }, 403) : undefined,
    );
    renderPage(gw);
    expect((await screen.findByTestId('meetings-error')).textContent).toContain('Only the committee sees meetings.');
    await pause(600);
    expect(gw.gets('/meetings')).toHaveLength(1);
    expect(screen.queryByTestId('outage-notice')).toBeNull();
  });
});

describe('A write while a part of the platform is unavailable', () => {
  async function planMeeting() {
    const user = userEvent.setup();
    const title = await screen.findByTestId('meeting-title');
    await user.clear(title);
    await user.type(title, 'Steering committee, May');
    fireEvent.change(screen.getByTestId('meeting-starts-at'), { target: { value: '2030-05-14T10:30' } });
    await user.click(screen.getByTestId('create-meeting'));
  }

  it('is not retried: the user is told it did not go through and can send it again', async () => {
    const state = { down: false, writesDown: true };
    const created = meeting({ id: 'm-9', title: 'Steering committee, May', caseCount: 0, cases: undefined });
    const gw = server(state, (method, url) =>
      method === 'POST' && url === LIST ? (state.writesDown ? unavailable() : json(created, 201)) : undefined,
    );
    renderPage(gw);
    await screen.findByTestId('meeting-item');
    await planMeeting();

    const summary = await screen.findByTestId('meeting-error-summary');
    expect(summary.textContent).toContain(
      'This did not go through: part of the platform is briefly unavailable (reviews). Nothing was changed; try again in a moment.',
    );
    // Longer than the first wait of any retry rule (a second, or the 0 s Retry-After): still one POST.
    await pause(1500);
    expect(gw.posts('/meetings')).toHaveLength(1);
    expect(screen.queryByTestId('meeting-notice')).toBeNull();
    // The notice is about reads only; the form keeps what was typed.
    expect(screen.queryByTestId('outage-notice')).toBeNull();
    expect((screen.getByTestId('meeting-title') as HTMLInputElement).value).toBe('Steering committee, May');

    state.writesDown = false;
    await userEvent.setup().click(screen.getByTestId('create-meeting'));
    expect((await screen.findByTestId('meeting-notice')).textContent).toContain('Steering committee, May');
    expect(gw.posts('/meetings')).toHaveLength(2);
  });

  it('says so in Danish', async () => {
    const gw = server({ down: false }, (method, url) => (method === 'POST' && url === LIST ? unavailable() : undefined));
    renderPage(gw, 'da');
    await screen.findByTestId('meeting-item');
    await planMeeting();
    expect((await screen.findByTestId('meeting-error-summary')).textContent).toContain(
      'Det gik ikke igennem: en del af platformen er kortvarigt utilgængelig (bedømmelser). Intet blev ændret; prøv igen om et øjeblik.',
    );
    expect(gw.posts('/meetings')).toHaveLength(1);
  });
});
