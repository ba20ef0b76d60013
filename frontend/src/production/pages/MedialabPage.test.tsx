import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Booking } from '../api/productionTypes';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { MOOC_ID, booking, studios, videoCosts } from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import { MedialabPage } from './MedialabPage';
import { formatDayDate } from '../../shared/i18n/format';

const QUEUE = '/api/production/medialab/queue';

function server(state: { queue: Booking[] }, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === QUEUE) return json(state.queue);
    if (url === '/api/production/studios') return json(studios());
    if (url === `/api/production/productions/${MOOC_ID}/video-costs`) return json(videoCosts({ bookedDkk: 28700, remainingDkk: 6300, warning: 'NEAR_LIMIT' }));
    if (url === '/api/production/productions/m-2/video-costs') return json(videoCosts({ budgetDkk: null, remainingDkk: null, bookedDkk: 1400 }));
    return undefined;
  });
}

const range = (locale: string, b: Booking) =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Copenhagen',
  }).formatRange(
    new Date(b.start),
    new Date(b.end),
  );

const dkk = (value: number) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'DKK', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(value);

describe('MedialabPage', () => {
  it('shows the requests as week calendars with the note and the MOOC’s budget', async () => {
    const later = booking({
      id: 'b-2',
      moocId: 'm-2',
      moocTitle: 'Wind Energy Basics',
      costDkk: 1400,
      note: null,
      start: '2027-03-10T13:00:00+01:00',
      end: '2027-03-10T17:00:00+01:00',
    });
    const gw = server({ queue: [later, booking()] });
    renderWithProviders(<MedialabPage />, { api: gw.api, route: '/medialab' });
    expect(screen.getByRole('heading', { level: 1, name: 'MediaLab queue' })).toBeTruthy();
    const weeks = await screen.findAllByTestId('medialab-week');
    // By the week they are for, earliest first, whatever order the queue has.
    expect(weeks.map((w) => w.getAttribute('data-week'))).toEqual(['2027-03-01', '2027-03-08']);
    expect(within(weeks[0]).getByRole('heading', { level: 2 }).textContent).toBe(`Week of ${formatDayDate('en-GB', '2027-03-01')} to ${formatDayDate('en-GB', '2027-03-07')}`);
    const days = within(weeks[0]).getAllByTestId('medialab-day');
    expect(days).toHaveLength(7);
    expect(within(days[1]).getByText('No requests')).toBeTruthy();
    const first = within(days[0]).getByTestId('medialab-booking');
    expect(first.getAttribute('data-booking-id')).toBe('b-1');
    expect(within(first).getByTestId('medialab-when').textContent).toBe('09:00–11:00');
    expect(within(first).getByRole('link', { name: 'Quantum Computing for Engineers' }).getAttribute('href')).toBe(`/productions/${MOOC_ID}`);
    expect(within(first).getByTestId('medialab-note').textContent).toBe('Intro videos');
    const budget = await within(first).findByTestId('medialab-budget');
    expect(budget.textContent).toBe(`Video budget ${dkk(35000)}: ${dkk(28700)} booked with this request, ${dkk(6300)} left.Near the budget: 80 % or more is booked.`);
    expect(within(first).getByRole('button', { name: `Confirm Quantum Computing for Engineers, ${range('en-GB', booking())}` })).toBe(
      screen.getByTestId('medialab-confirm-b-1'),
    );

    const wednesday = within(weeks[1]).getAllByTestId('medialab-day').find((d) => d.getAttribute('data-date') === '2027-03-10')!;
    const second = within(wednesday).getByTestId('medialab-booking');
    expect(within(second).getByTestId('medialab-cost').textContent).toBe(dkk(1400));
    expect((await within(second).findByTestId('medialab-budget')).textContent).toBe(`No video budget was granted; ${dkk(1400)} booked with this request.`);
    expect(within(second).queryByTestId('medialab-note')).toBeNull();
  });

  it('confirms a booking and reads the queue again', async () => {
    const state = { queue: [booking()] };
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || url !== '/api/production/bookings/b-1/confirm') return undefined;
      state.queue = [];
      return json(booking({ status: 'CONFIRMED' }));
    });
    renderWithProviders(<MedialabPage />, { api: gw.api, route: '/medialab' });
    await userEvent.setup().click(await screen.findByTestId('medialab-confirm-b-1'));
    const notice = await screen.findByTestId('medialab-notice');
    expect(notice.textContent).toBe(`The booking of Quantum Computing for Engineers (MediaLab production, ${range('en-GB', booking())}) was confirmed.`);
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(await screen.findByTestId('medialab-empty')).toBeTruthy();
  });

  it('declines only with a reason', async () => {
    const gw = server({ queue: [booking()] }, (method, url) =>
      method === 'POST' && url === '/api/production/bookings/b-1/decline' ? json(booking({ status: 'DECLINED' })) : undefined,
    );
    renderWithProviders(<MedialabPage />, { api: gw.api, route: '/medialab', language: 'da' });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('medialab-decline-b-1'));
    const reason = screen.getByTestId('medialab-decline-reason-b-1');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    await user.click(screen.getByTestId('medialab-confirm-decline-b-1'));
    expect(screen.getByTestId('medialab-decline-reason-b-1-error').textContent).toContain('Angiv begrundelsen for afvisningen.');
    expect(gw.posts()).toHaveLength(0);
    await user.type(reason, 'No staff that day');
    await user.click(screen.getByTestId('medialab-confirm-decline-b-1'));
    expect((await screen.findByTestId('medialab-notice')).textContent).toContain('blev afvist');
    expect(gw.posts()[0].body).toEqual({ reason: 'No staff that day' });
  });

  it('lays the decline form out in the buttons’ place, its buttons in a row of their own; Escape closes it', async () => {
    renderWithProviders(<MedialabPage />, { api: server({ queue: [booking()] }).api, route: '/medialab' });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('medialab-decline-b-1'));
    const reason = screen.getByTestId('medialab-decline-reason-b-1');
    const form = reason.closest('[role="group"]') as HTMLElement;
    expect(form.classList.contains('confirm-inline')).toBe(true);
    expect(form.closest('.queue-card-actions')).toBeTruthy();
    const row = screen.getByTestId('medialab-confirm-decline-b-1').parentElement!;
    expect(row.classList.contains('confirm-inline-buttons')).toBe(true);
    expect(row.contains(screen.getByTestId('medialab-cancel-decline-b-1'))).toBe(true);
    expect(row.contains(reason)).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(reason));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('medialab-decline-reason-b-1')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('medialab-decline-b-1')));
  });

  it('offers only what the booking’s permissions allow', async () => {
    const gw = server({ queue: [booking({ permissions: ['DECLINE'] })] });
    renderWithProviders(<MedialabPage />, { api: gw.api, route: '/medialab' });
    expect(await screen.findByTestId('medialab-decline-b-1')).toBeTruthy();
    expect(screen.queryByTestId('medialab-confirm-b-1')).toBeNull();
  });

  it('shows a refusal as an alert that takes focus', async () => {
    const gw = server({ queue: [booking()] }, (method) =>
      method === 'POST' ? problem({ type: 'urn:mooc:problem:illegal-transition', title: 'Conflict', detail: 'The booking was cancelled' }, 409) : undefined,
    );
    renderWithProviders(<MedialabPage />, { api: gw.api, route: '/medialab' });
    await userEvent.setup().click(await screen.findByTestId('medialab-confirm-b-1'));
    const alert = await screen.findByTestId('medialab-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The booking could not be confirmed');
    expect(alert.textContent).toContain('The booking was cancelled');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });
});
