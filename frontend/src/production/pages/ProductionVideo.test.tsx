import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { addDays, localDate, studioIso, weekOf } from '../components/productionModel';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import {
  MOOC_ID,
  PRODUCTION_URL,
  booking,
  production,
  productionReads,
  productionState,
  videoCosts,
  type ProductionState,
} from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import { ProductionRoute } from './ProductionPage';
import { formatDayDate } from '../../shared/i18n/format';
import { expectCardTable } from '../../analytics/test/cardTables';

const INSTRUCTOR: CurrentUser = { id: 'sub-ida', name: 'Ida Instructor', username: 'ida', roles: ['instructor'] };

/** A Monday two weeks or more ahead, so that a booking on it is in the future whatever today is. */
const MONDAY = weekOf(addDays(localDate(), 14))[0];
const SATURDAY = addDays(MONDAY, 5);

function server(state: ProductionState, ...extra: Handler[]) {
  return fakeGateway(...extra, productionReads(state));
}

function renderPage(gw: ReturnType<typeof server>, language: 'en' | 'da' = 'en') {
  return renderWithProviders(<ProductionRoute user={INSTRUCTOR} />, {
    api: gw.api,
    language,
    path: '/productions/:id',
    route: `/productions/${MOOC_ID}?tab=video`,
  });
}

const dkk = (locale: string, n: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'DKK', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(n);

const range = (locale: string, start: string, end: string) =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Copenhagen',
  }).formatRange(
    new Date(start),
    new Date(end),
  );

/** Waits for the studios, then chooses one. */
async function chooseStudio(user: ReturnType<typeof userEvent.setup>, studio: string) {
  const select = (await screen.findByTestId('booking-studio')) as HTMLSelectElement;
  await waitFor(() => expect([...select.options].map((o) => o.value)).toContain(studio));
  await user.selectOptions(select, studio);
}

async function chooseSlot(user: ReturnType<typeof userEvent.setup>, studio: string, date: string, start: string, end: string) {
  await chooseStudio(user, studio);
  await user.type(screen.getByTestId('booking-date'), date);
  await user.selectOptions(screen.getByTestId('booking-start'), start);
  await user.selectOptions(screen.getByTestId('booking-end'), end);
}

describe('ProductionPage: video production', () => {
  it('shows the video costs with a warning near the budget as an alert, and the MOOC’s bookings', async () => {
    const state = productionState({
      costs: videoCosts({ bookedDkk: 29000, remainingDkk: 6000, warning: 'NEAR_LIMIT' }),
      bookings: [booking(), booking({ id: 'b-2', studio: 'LYNGBY_LIBRARY', status: 'DECLINED', costDkk: 0, declineReason: 'Closed for repairs' })],
    });
    const gw = server(state);
    renderPage(gw);
    const warning = await screen.findByTestId('video-costs-warning');
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.getAttribute('data-warning')).toBe('NEAR_LIMIT');
    expect(warning.textContent).toBe('Warning: the booked video production has used 80 % or more of the video budget.');
    expect(screen.getByTestId('video-costs-budget').textContent).toBe(dkk('en-GB', 35000));
    expect(screen.getByTestId('video-costs-booked').textContent).toBe(dkk('en-GB', 29000));
    expect(screen.getByTestId('video-costs-remaining').textContent).toBe(dkk('en-GB', 6000));
    expect(screen.getByTestId('video-costs-planned').textContent).toBe(`80 hours (${dkk('en-GB', 28000)})`);

    const rows = await screen.findAllByTestId('booking-row');
    expectCardTable(screen.getByTestId('bookings-table'));
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['REQUESTED', 'DECLINED']);
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('MediaLab production');
    expect(within(rows[0]).getByTestId('booking-when').textContent).toBe(range('en-GB', booking().start, booking().end));
    expect(within(rows[0]).getByTestId('booking-status').textContent).toBe('Requested – awaiting MediaLab');
    expect(within(rows[0]).getByTestId('booking-cost').textContent).toBe(dkk('en-GB', 700));
    expect(within(rows[1]).getByTestId('booking-decline-reason').textContent).toBe('Declined by MediaLab: Closed for repairs');
    // Without BOOK: no form and no cancel, but the studios' week can be looked at.
    expect(screen.queryByTestId('booking-form')).toBeNull();
    expect(screen.queryByTestId('cancel-booking-b-1')).toBeNull();
    expect(screen.getByTestId('calendar-studio')).toBeTruthy();
  });

  it('books a studio within its opening hours on half hours, showing its week’s free slots', async () => {
    const state = productionState({
      production: production({ permissions: ['BOOK'] }),
      calendar: [
        {
          ...booking({ id: 'other', moocId: 'other-mooc', moocTitle: 'Wind Energy Basics', status: 'CONFIRMED' }),
          start: studioIso(MONDAY, '09:00')!,
          end: studioIso(MONDAY, '11:00')!,
        },
      ],
    });
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || url !== `${PRODUCTION_URL}/bookings`) return undefined;
      return json(booking({ id: 'b-9', start: studioIso(MONDAY, '13:00')!, end: studioIso(MONDAY, '15:30')!, status: 'REQUESTED', costDkk: 875 }), 201);
    });
    renderPage(gw);
    const user = userEvent.setup();
    const studio = (await screen.findByLabelText(/^Studio/)) as HTMLSelectElement;
    await waitFor(() => expect(studio.options.length).toBe(3));
    expect([...studio.options].map((o) => o.textContent)).toEqual([
      'Choose a studio',
      `MediaLab production (${dkk('en-GB', 350)} per hour, confirmed by MediaLab)`,
      'Library, Lyngby Campus (free self-service)',
    ]);
    await user.selectOptions(studio, 'MEDIALAB');
    const hours = screen.getByTestId('studio-opening-hours');
    expect(within(hours).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Monday: 08:00–16:00',
      'Tuesday: 08:00–16:00',
      'Wednesday: 08:00–16:00',
      'Thursday: 08:00–16:00',
      'Friday: 08:00–16:00',
    ]);

    await user.type(screen.getByTestId('booking-date'), MONDAY);
    expect(screen.getByTestId('booking-day-hours').textContent).toContain('from 08:00 to 16:00');
    const start = screen.getByTestId('booking-start') as HTMLSelectElement;
    expect([...start.options].map((o) => o.value).slice(1, 4)).toEqual(['08:00', '08:30', '09:00']);
    expect([...start.options].map((o) => o.value).pop()).toBe('15:30');
    await user.selectOptions(start, '13:00');
    const end = screen.getByTestId('booking-end') as HTMLSelectElement;
    expect([...end.options].map((o) => o.value)[1]).toBe('13:30');
    await user.selectOptions(end, '15:30');
    expect(screen.getByTestId('booking-estimate').textContent).toBe(
      `2.5 hours at ${dkk('en-GB', 350)}: ${dkk('en-GB', 875)}. MediaLab confirms the booking.`,
    );

    // The studio's week: the other MOOC's slot is taken, the rest of Monday is free.
    const calendar = await screen.findByTestId('studio-calendar');
    expect(calendar.getAttribute('data-week')).toBe(MONDAY);
    await waitFor(() => expect(gw.gets('/studios/MEDIALAB/bookings').map((c) => c.url)).toContain(
      `/api/production/studios/MEDIALAB/bookings?from=${MONDAY}&to=${addDays(MONDAY, 6)}`,
    ));
    const monday = await within(calendar).findByText((_, el) => el?.getAttribute('data-date') === MONDAY);
    await waitFor(() => expect(within(monday).getAllByTestId('calendar-free').map((li) => li.textContent)).toEqual(['08:00–09:00', '11:00–16:00']));
    expect(within(monday).getByTestId('calendar-booking').textContent).toBe('09:00–11:00: Wind Energy Basics (Confirmed)');
    const saturday = within(calendar).getAllByTestId('calendar-day').find((d) => d.getAttribute('data-date') === SATURDAY)!;
    expect(saturday.textContent).toContain('Closed');

    await user.type(screen.getByTestId('booking-note'), 'Intro videos');
    await user.click(screen.getByTestId('booking-submit'));
    const notice = await screen.findByTestId('production-notice');
    expect(notice.textContent).toBe(
      `MediaLab production was requested for ${range('en-GB', studioIso(MONDAY, '13:00')!, studioIso(MONDAY, '15:30')!)}; MediaLab confirms the booking.`,
    );
    expect(gw.posts('/bookings')[0].body).toEqual({
      studio: 'MEDIALAB',
      start: studioIso(MONDAY, '13:00'),
      end: studioIso(MONDAY, '15:30'),
      note: 'Intro videos',
    });
    // The bookings, the costs and the calendar are read again.
    await waitFor(() => expect(gw.gets('/video-costs').length).toBeGreaterThan(1));
  });

  it('chooses a free slot of the studio’s week calendar for the booking', async () => {
    const state = productionState({
      production: production({ permissions: ['BOOK'] }),
      calendar: [
        {
          ...booking({ id: 'other', moocId: 'other-mooc', moocTitle: 'Wind Energy Basics', status: 'CONFIRMED' }),
          start: studioIso(MONDAY, '09:00')!,
          end: studioIso(MONDAY, '11:00')!,
        },
      ],
    });
    renderPage(server(state));
    const user = userEvent.setup();
    const studio = (await screen.findByLabelText(/^Studio/)) as HTMLSelectElement;
    await waitFor(() => expect(studio.options.length).toBe(3));
    await user.selectOptions(studio, 'MEDIALAB');
    await user.click(screen.getByTestId('calendar-next'));
    await user.click(screen.getByTestId('calendar-next'));
    const calendar = screen.getByTestId('studio-calendar');
    await waitFor(() => expect(calendar.getAttribute('data-week')).toBe(MONDAY));
    // The week is a list of seven days, each in words; the calendar comes before the date and times.
    expect(within(calendar).getAllByTestId('calendar-day')).toHaveLength(7);
    expect(calendar.compareDocumentPosition(screen.getByTestId('booking-date')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const slot = await within(calendar).findByRole('button', { name: `Choose 11:00–16:00 on ${formatDayDate('en-GB', MONDAY)}` });
    await user.click(slot);
    expect((screen.getByTestId('booking-date') as HTMLInputElement).value).toBe(MONDAY);
    expect((screen.getByTestId('booking-start') as HTMLSelectElement).value).toBe('11:00');
    expect((screen.getByTestId('booking-end') as HTMLSelectElement).value).toBe('16:00');
    expect(document.activeElement).toBe(screen.getByTestId('booking-start'));
  });

  it('refuses a closed day in the browser', async () => {
    const gw = server(productionState({ production: production({ permissions: ['BOOK'] }) }));
    renderPage(gw);
    const user = userEvent.setup();
    await chooseStudio(user, 'MEDIALAB');
    await user.type(screen.getByTestId('booking-date'), SATURDAY);
    expect(screen.getByTestId('booking-day-hours').textContent).toContain('The studio is closed');
    await user.click(screen.getByTestId('booking-submit'));
    const summary = await screen.findByTestId('booking-error-summary');
    expect(summary.textContent).toContain('Date: The studio is closed that day; choose another date.');
    expect(gw.posts('/bookings')).toHaveLength(0);
  });

  it('offers to book anyway when the booking would exceed the budget', async () => {
    const gw = server(productionState({ production: production({ permissions: ['BOOK'] }) }), (method, url, body) => {
      if (method !== 'POST' || url !== `${PRODUCTION_URL}/bookings`) return undefined;
      if (!(body as { overBudget?: boolean }).overBudget) {
        return problem(
          {
            type: 'urn:mooc:problem:conflict',
            title: 'Conflict',
            detail: 'This booking (DKK 1050) would take the booked video cost to DKK 36050, above the MOOC\'s video budget of DKK 35000; send "overBudget": true to book it anyway',
            budgetDkk: 35000,
            bookedDkk: 35000,
            costDkk: 1050,
            wouldBeBookedDkk: 36050,
          },
          409,
        );
      }
      return json(booking({ id: 'b-10', status: 'REQUESTED' }), 201);
    });
    renderPage(gw);
    const user = userEvent.setup();
    await chooseSlot(user, 'MEDIALAB', MONDAY, '09:00', '12:00');
    await user.click(screen.getByTestId('booking-submit'));
    const alert = await screen.findByTestId('booking-over-budget');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The booking would exceed the video budget');
    expect(alert.textContent).toContain(
      `This booking (${dkk('en-GB', 1050)}) would take the booked video cost to ${dkk('en-GB', 36050)}, above the video budget of ${dkk('en-GB', 35000)}.`,
    );
    await waitFor(() => expect(document.activeElement).toBe(alert));
    await user.click(within(alert).getByRole('button', { name: 'Book anyway' }));
    expect(await screen.findByTestId('production-notice')).toBeTruthy();
    const posts = gw.posts('/bookings');
    expect(posts).toHaveLength(2);
    expect(posts[1].body).toEqual({ ...(posts[0].body as object), overBudget: true });
    expect(screen.queryByTestId('booking-over-budget')).toBeNull();
  });

  it('shows the server’s detail when the slot is taken, without offering to book anyway', async () => {
    const gw = server(productionState({ production: production({ permissions: ['BOOK'] }) }), (method, url) =>
      method === 'POST' && url === `${PRODUCTION_URL}/bookings`
        ? problem(
            {
              type: 'urn:mooc:problem:conflict',
              title: 'Conflict',
              detail: 'MediaLab production is already booked from 09:00 to 11:00',
              studio: 'MEDIALAB',
              start: '2027-03-01T09:00+01:00',
              end: '2027-03-01T11:00+01:00',
            },
            409,
          )
        : undefined,
    );
    renderPage(gw, 'da');
    const user = userEvent.setup();
    await chooseSlot(user, 'MEDIALAB', MONDAY, '09:00', '10:00');
    await user.click(screen.getByRole('button', { name: 'Book' }));
    const alert = await screen.findByTestId('booking-error');
    expect(alert.textContent).toContain('Studiet kunne ikke bookes');
    expect(alert.textContent).toContain('MediaLab production is already booked from 09:00 to 11:00');
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it('cancels a booking after a confirmation; the booking’s own permissions decide', async () => {
    const state = productionState({
      production: production({ permissions: ['BOOK'] }),
      bookings: [booking(), booking({ id: 'b-past', permissions: [] })],
    });
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || url !== '/api/production/bookings/b-1/cancel') return undefined;
      state.bookings = [booking({ status: 'CANCELLED' }), booking({ id: 'b-past', permissions: [] })];
      return json(state.bookings[0]);
    });
    renderPage(gw);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('cancel-booking-b-1'));
    expect(screen.queryByTestId('cancel-booking-b-past')).toBeNull();
    // The question stands in the button's place, in its row: the row keeps its shape.
    const group = screen.getByTestId('cancel-booking-b-1-group');
    expect(group.closest('td')?.classList.contains('cell-actions')).toBe(true);
    expect(group.getAttribute('role')).toBe('group');
    expect(group.textContent).toContain(`Cancel the booking ${range('en-GB', booking().start, booking().end)}?`);
    const confirm = screen.getByTestId('cancel-booking-b-1-confirm');
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    await user.click(confirm);
    expect((await screen.findByTestId('production-notice')).textContent).toBe(
      `The booking ${range('en-GB', booking().start, booking().end)} was cancelled.`,
    );
    await waitFor(() => expect(screen.getAllByTestId('booking-row')[0].getAttribute('data-status')).toBe('CANCELLED'));
    expect(screen.queryByTestId('cancel-booking-b-1')).toBeNull();
  });

  it('saves the planned MediaLab hours', async () => {
    const gw = server(productionState({ production: production({ permissions: ['BOOK'] }) }), (method, url) =>
      method === 'PUT' && url === `${PRODUCTION_URL}/video-plan` ? json(videoCosts({ plannedHours: 90, plannedDkk: 31500 })) : undefined,
    );
    renderPage(gw);
    const user = userEvent.setup();
    const hours = (await screen.findByLabelText(/^Hours/)) as HTMLInputElement;
    await waitFor(() => expect(hours.value).toBe('80'));
    await user.clear(hours);
    await user.type(hours, '90');
    await user.click(screen.getByTestId('save-planned-hours'));
    expect((await screen.findByTestId('production-notice')).textContent).toBe('90 MediaLab hours are planned.');
    expect(gw.calls.find((c) => c.method === 'PUT')!.body).toEqual({ plannedHours: 90 });
  });
});

describe('ProductionPage: the calendar file', () => {
  const created: Blob[] = [];
  let clicked: HTMLAnchorElement[] = [];

  beforeEach(() => {
    created.length = 0;
    clicked = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        created.push(blob);
        return 'blob:http://localhost/ics';
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });

  afterEach(() => {
    delete (URL as { createObjectURL?: unknown }).createObjectURL;
    delete (URL as { revokeObjectURL?: unknown }).revokeObjectURL;
  });

  it('downloads bookings.ics with the token', async () => {
    const gw = server(productionState(), (method, url) =>
      method === 'GET' && url === `${PRODUCTION_URL}/bookings.ics`
        ? new Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', { status: 200, headers: { 'Content-Type': 'text/calendar' } })
        : undefined,
    );
    renderPage(gw);
    const link = await screen.findByRole('link', { name: 'Download calendar (.ics)' });
    expect(link.getAttribute('href')).toBe(`${PRODUCTION_URL}/bookings.ics`);
    await userEvent.setup().click(link);
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0].download).toBe('bookings.ics');
    expect(await created[0].text()).toContain('BEGIN:VCALENDAR');
    const call = gw.gets('/bookings.ics')[0];
    expect(call.headers.Authorization).toBe('Bearer token');
    expect(call.headers.Accept).toBe('text/calendar');
  });
});
