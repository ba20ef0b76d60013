import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NetworkMeeting } from '../api/productionTypes';
import type { CurrentUser, Role } from '../../shared/auth/roles';
import { localDateTimeToIso } from '../../review/components/meetingForm';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { networkMeeting } from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import { NetworkMeetingsPage } from './NetworkMeetingsPage';
import { expectCardTable } from '../../analytics/test/cardTables';

const LIST = '/api/production/network-meetings';
const person = (roles: Role[]): CurrentUser => ({ id: 'u1', name: 'Ida Instructor', username: 'ida', roles });

function server(state: { upcoming: NetworkMeeting[]; past: NetworkMeeting[] }, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === `${LIST}?when=upcoming`) return json(state.upcoming);
    if (url === `${LIST}?when=past`) return json(state.past);
    return undefined;
  });
}

const past = networkMeeting({ id: 'n-0', title: 'MOOC analytics', startsAt: '2026-01-10T13:00:00Z', endsAt: '2026-01-10T15:00:00Z', registered: 3, attended: 2 });

describe('NetworkMeetingsPage', () => {
  it('lists upcoming and past meetings; an instructor signs up and withdraws', async () => {
    const state = { upcoming: [networkMeeting()], past: [past] };
    const gw = server(state, (method, url) => {
      if (url !== `${LIST}/n-1/registration`) return undefined;
      state.upcoming = [networkMeeting({ youAreRegistered: method === 'POST', registered: method === 'POST' ? 13 : 12 })];
      return new Response(null, { status: 204 });
    });
    renderWithProviders(<NetworkMeetingsPage user={person(['instructor'])} />, { api: gw.api, route: '/network-meetings' });
    expect(screen.getByRole('heading', { level: 1, name: 'Network meetings' })).toBeTruthy();
    const upcoming = screen.getByTestId('network-upcoming');
    const item = await within(upcoming).findByTestId('network-meeting');
    expect(within(item).getByRole('heading', { level: 3, name: 'Video that works' })).toBeTruthy();
    expect(within(item).getByTestId('network-meeting-places').textContent).toBe('12 of 30 places taken');
    expect(within(item).getByTestId('network-meeting-where').textContent).toBe('Building 101, room S09');
    const pastItem = await within(screen.getByTestId('network-past')).findByTestId('network-meeting');
    expect(within(pastItem).queryByRole('button')).toBeNull();
    // Attendance figures and the form are for organisers only.
    expect(screen.queryByTestId('network-meeting-attended')).toBeNull();
    expect(screen.queryByTestId('network-meeting-form')).toBeNull();

    const user = userEvent.setup();
    await user.click(within(item).getByRole('button', { name: 'Sign up' }));
    const notice = await screen.findByTestId('network-notice');
    expect(notice.textContent).toBe('You are signed up for “Video that works”.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(gw.posts('/registration')).toHaveLength(1);
    expect(await screen.findByTestId('network-you-are-registered')).toBeTruthy();
    await user.click(screen.getByTestId('network-withdraw-n-1'));
    await waitFor(() => expect(screen.getByTestId('network-notice').textContent).toBe('You have withdrawn from “Video that works”.'));
    expect(gw.calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual([`${LIST}/n-1/registration`]);
  });

  it('says when a meeting is full, and shows a 409 from signing up', async () => {
    const gw = server({ upcoming: [networkMeeting({ capacity: 12, registered: 12 }), networkMeeting({ id: 'n-2', title: 'Quizzes' })], past: [] }, (method) =>
      method === 'POST' ? problem({ type: 'urn:mooc:problem:conflict', title: 'Conflict', detail: 'The meeting is full' }, 409) : undefined,
    );
    renderWithProviders(<NetworkMeetingsPage user={person(['instructor'])} />, { api: gw.api, route: '/network-meetings', language: 'da' });
    const full = await screen.findByTestId('network-signup-n-1');
    expect(full.textContent).toBe('Fuldt');
    expect((full as HTMLButtonElement).disabled).toBe(true);
    await userEvent.setup().click(screen.getByTestId('network-signup-n-2'));
    const alert = await screen.findByTestId('network-error');
    expect(alert.textContent).toContain('Du kunne ikke tilmeldes');
    expect(alert.textContent).toContain('The meeting is full');
    expect((await screen.findByTestId('network-past-empty')).textContent).toBe('Der er ingen tidligere netværksmøder.');
  });

  it('lets a consultant plan a meeting', async () => {
    const gw = server({ upcoming: [], past: [] }, (method, url, body) =>
      method === 'POST' && url === LIST ? json({ ...networkMeeting(), ...(body as object), id: 'n-3', registered: 0, youAreRegistered: false }, 201) : undefined,
    );
    renderWithProviders(<NetworkMeetingsPage user={person(['consultant'])} />, { api: gw.api, route: '/network-meetings' });
    const user = userEvent.setup();
    const form = await screen.findByTestId('network-meeting-form');
    await user.click(within(form).getByTestId('network-meeting-submit'));
    const summary = await screen.findByTestId('network-error-summary');
    expect(summary.textContent).toContain('Title: Enter a title.');
    expect(summary.textContent).toContain('Ends: Enter when the meeting ends.');
    expect(summary.textContent).toContain('Places: Enter the number of places.');
    expect(gw.posts()).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Title/), 'Video that works');
    fireEvent.change(screen.getByTestId('network-starts-at'), { target: { value: '2099-03-01T14:00' } });
    fireEvent.change(screen.getByTestId('network-ends-at'), { target: { value: '2099-03-01T13:00' } });
    await user.type(screen.getByLabelText(/^Place \(optional\)/), 'Building 101');
    await user.type(screen.getByLabelText(/^Places/), '30');
    await user.click(screen.getByTestId('network-meeting-submit'));
    expect((await screen.findByTestId('network-error-summary')).textContent).toContain('Ends: The meeting must end after it starts.');

    fireEvent.change(screen.getByTestId('network-ends-at'), { target: { value: '2099-03-01T16:00' } });
    await user.click(screen.getByTestId('network-meeting-submit'));
    expect((await screen.findByTestId('network-notice')).textContent).toContain('The network meeting “Video that works” was planned for');
    expect(gw.posts()[0].body).toEqual({
      title: 'Video that works',
      startsAt: localDateTimeToIso('2099-03-01T14:00'),
      endsAt: localDateTimeToIso('2099-03-01T16:00'),
      location: 'Building 101',
      description: null,
      capacity: 30,
    });
  });

  it('shows organisers the registrations and records attendance once the meeting has started', async () => {
    const started = networkMeeting({ id: 'n-4', title: 'Today', startsAt: '2026-01-01T09:00:00Z', endsAt: '2099-01-01T10:00:00Z' });
    const gw = server({ upcoming: [started], past: [] }, (method, url) => {
      if (method === 'GET' && url === `${LIST}/n-4/registrations`) {
        return json([
          { username: 'ida', name: 'Ida Instructor', email: 'ida@example.org', registeredAt: '2025-12-01T10:00:00Z', attended: false },
          { username: 'ole', name: 'Ole Other', email: 'ole@example.org', registeredAt: '2025-12-02T10:00:00Z', attended: true },
        ]);
      }
      if (method === 'PUT' && url === `${LIST}/n-4/attendance`) return new Response(null, { status: 204 });
      return undefined;
    });
    renderWithProviders(<NetworkMeetingsPage user={person(['admin'])} />, { api: gw.api, route: '/network-meetings' });
    const user = userEvent.setup();
    const toggle = await screen.findByTestId('network-registrations-n-4');
    // Under way: no signing up or withdrawing any more.
    expect(screen.getByTestId('network-meeting-started').textContent).toBe('The meeting has started');
    expect(screen.queryByTestId('network-signup-n-4')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = await screen.findByTestId('registrations-table');
    expectCardTable(table);
    expect(within(table).getAllByTestId('registration-row').map((r) => r.getAttribute('data-username'))).toEqual(['ida', 'ole']);
    const ida = screen.getByLabelText('Ida Instructor attended') as HTMLInputElement;
    expect(ida.checked).toBe(false);
    expect((screen.getByTestId('attendance-ole') as HTMLInputElement).checked).toBe(true);
    await user.click(ida);
    await user.click(screen.getByTestId('save-attendance-n-4'));
    expect((await screen.findByTestId('network-notice')).textContent).toBe('The attendance at “Today” was saved: 2 attended.');
    const put = gw.calls.find((c) => c.method === 'PUT')!;
    expect((put.body as { attended: string[] }).attended.sort()).toEqual(['ida', 'ole']);
  });
});
