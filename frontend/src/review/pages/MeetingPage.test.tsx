import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Meeting, ReviewCase } from '../api/reviewTypes';
import { meeting, meetingCase, reviewCase } from '../../test/fixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { MeetingPage } from './MeetingPage';

const ID = 'm-1';
const URL = `/api/review/meetings/${ID}`;
const OPEN_CASES = '/api/review/review-cases?status=OPEN&page=0&size=100';

const solar = reviewCase({ id: 'rc-2', title: 'Solar Cells', department: 'Energy', round: 2 });
const open: ReviewCase[] = [reviewCase(), solar, reviewCase({ id: 'rc-3', title: 'Quantum Computing' })];

/** review-service: the meeting from `state` (changed by POST/DELETE unless `extra` answers first), the open cases. */
function server(state: { meeting: Meeting }, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url, body) => {
    if (method === 'GET' && url === URL) return json(state.meeting);
    if (method === 'GET' && url === OPEN_CASES) return json({ items: open, page: 0, size: 100, total: open.length, totalExact: true });
    if (method === 'POST' && url === `${URL}/cases`) {
      const c = open.find((o) => o.id === (body as { caseId: string }).caseId)!;
      const cases = [...(state.meeting.cases ?? []), meetingCase({ caseId: c.id, title: c.title, department: c.department, round: c.round })];
      state.meeting = { ...state.meeting, cases, caseCount: cases.length };
      return json(state.meeting);
    }
    if (method === 'DELETE' && url.startsWith(`${URL}/cases/`)) {
      const caseId = decodeURIComponent(url.split('/').pop()!);
      const cases = (state.meeting.cases ?? []).filter((c) => c.caseId !== caseId);
      state.meeting = { ...state.meeting, cases, caseCount: cases.length };
      return json(state.meeting);
    }
    return undefined;
  });
}

function renderMeeting(gw: ReturnType<typeof server>, language: 'en' | 'da' = 'en') {
  return renderWithProviders(<MeetingPage id={ID} />, { api: gw.api, language, route: `/meetings/${ID}` });
}

const chairMeeting = (overrides: Partial<Meeting> = {}) => meeting({ permissions: ['EDIT'], ...overrides });

describe('MeetingPage', () => {
  it('shows when and where, the cases on the agenda with links, and the agenda pack', async () => {
    const gw = server({
      meeting: meeting({ cases: [meetingCase(), meetingCase({ caseId: 'rc-2', title: 'Solar Cells', department: 'Energy', round: 2, status: 'DECIDED' })], caseCount: 2 }),
    });
    renderMeeting(gw);
    const page = await screen.findByTestId('meeting-page');
    expect(screen.getByRole('heading', { level: 1, name: 'Steering committee, March' })).toBeTruthy();
    expect(document.title).toBe('Meeting: Steering committee, March – MOOC Programme Platform');
    expect(within(page).getByTestId('meeting-when').querySelector('time')?.getAttribute('dateTime')).toBe('2027-03-01T13:00:00Z');
    expect(within(page).getByTestId('meeting-where').textContent).toBe('Building 101, room S09');
    expect(within(page).getByTestId('meeting-case-count').textContent).toBe('2 cases');
    expect(screen.getByTestId('open-agenda').getAttribute('href')).toBe('/meetings/m-1/agenda');
    expect(screen.getByTestId('back-to-meetings').getAttribute('href')).toBe('/meetings');

    const table = screen.getByRole('table', { name: /The review cases on the meeting’s agenda/ });
    expect(table).toBe(screen.getByTestId('meeting-cases'));
    const [wind, solarRow] = within(table).getAllByTestId('meeting-case');
    expect(wind.getAttribute('data-case-id')).toBe('rc-1');
    expect(within(wind).getByRole('link', { name: 'Wind Energy Basics' }).getAttribute('href')).toBe('/review-cases/rc-1');
    expect(solarRow.textContent).toContain('Energy');
    expect(solarRow.textContent).toContain('Decided');
  });

  it('offers no changes to the agenda without EDIT', async () => {
    const gw = server({ meeting: meeting() });
    renderMeeting(gw);
    await screen.findByTestId('meeting-cases');
    for (const testId of ['add-case-select', 'add-case', 'remove-case']) expect(screen.queryByTestId(testId), testId).toBeNull();
    expect(gw.calls.some((c) => c.url.includes('/review-cases'))).toBe(false);
  });

  it('puts an open case that is not on the agenda yet on it', async () => {
    const state = { meeting: chairMeeting() };
    const gw = server(state);
    renderMeeting(gw);
    const select = await screen.findByRole('combobox', { name: /Open review case/ });
    expect(select).toBe(screen.getByTestId('add-case-select'));
    const options = within(select)
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    // rc-1 is on the agenda already.
    expect(options).toEqual(['', 'rc-2', 'rc-3']);
    expect(within(select).getByRole('option', { name: 'Solar Cells (Energy, round 2)' })).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByTestId('add-case'));
    expect((await screen.findByTestId('add-case-select-error')).textContent).toContain('Choose a case first.');
    expect(gw.posts()).toHaveLength(0);

    await user.selectOptions(select, 'rc-2');
    await user.click(screen.getByTestId('add-case'));
    const notice = await screen.findByTestId('meeting-notice');
    expect(notice.textContent).toBe('“Solar Cells” was put on the agenda.');
    expect(document.activeElement).toBe(notice);
    expect(gw.posts(`/meetings/${ID}/cases`).map((c) => c.body)).toEqual([{ caseId: 'rc-2' }]);
    await waitFor(() =>
      expect(screen.getAllByTestId('meeting-case').map((row) => row.getAttribute('data-case-id'))).toEqual(['rc-1', 'rc-2']),
    );
    await waitFor(() =>
      expect(
        within(screen.getByTestId('add-case-select'))
          .getAllByRole('option')
          .map((o) => (o as HTMLOptionElement).value),
      ).toEqual(['', 'rc-3']),
    );
  });

  it('takes a case off the agenda', async () => {
    const state = { meeting: chairMeeting({ cases: [meetingCase(), meetingCase({ caseId: 'rc-2', title: 'Solar Cells' })], caseCount: 2 }) };
    const gw = server(state);
    renderMeeting(gw);
    const row = (await screen.findAllByTestId('meeting-case'))[1];
    // On a phone the row is a card: every cell, the chair's button too, says what it is.
    expect(screen.getByTestId('meeting-cases').classList.contains('table-cards')).toBe(true);
    expect(Array.from(row.children).map((cell) => cell.getAttribute('data-label'))).toEqual(['Proposal', 'Department', 'Round', 'Status', 'Actions']);
    const button = within(row).getByRole('button', { name: 'Take off the agenda “Solar Cells”' });
    expect(button).toBe(within(row).getByTestId('remove-case'));
    await userEvent.setup().click(button);
    expect((await screen.findByTestId('meeting-notice')).textContent).toBe('“Solar Cells” was taken off the agenda.');
    expect(gw.calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual([`${URL}/cases/rc-2`]);
    await waitFor(() => expect(screen.getAllByTestId('meeting-case').map((r) => r.getAttribute('data-case-id'))).toEqual(['rc-1']));
  });

  it('shows why the server refused (409) as an alert that takes focus, and reads the meeting again', async () => {
    const state = { meeting: chairMeeting() };
    const gw = server(state, (method, url) =>
      method === 'POST' && url === `${URL}/cases`
        ? problem(
            {
              type: 'urn:mooc:problem:illegal-transition',
              title: 'Illegal transition',
              detail: 'The case is already on the meeting “Steering committee, April”.',
            },
            409,
          )
        : undefined,
    );
    renderMeeting(gw);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByTestId('add-case-select'), 'rc-3');
    const readsBefore = gw.gets(`/meetings/${ID}`).length;
    await user.click(screen.getByTestId('add-case'));
    const alert = await screen.findByTestId('meeting-action-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(alert);
    expect(alert.textContent).toContain('The case could not be put on the agenda');
    expect(alert.textContent).toContain('The case is already on the meeting “Steering committee, April”.');
    expect(screen.queryByTestId('meeting-notice')).toBeNull();
    await waitFor(() => expect(gw.gets(`/meetings/${ID}`).length).toBeGreaterThan(readsBefore));
  });

  it('shows a refused removal the same way, in Danish', async () => {
    const gw = server({ meeting: chairMeeting({ cases: [meetingCase({ status: 'DECIDED' })] }) }, (method) =>
      method === 'DELETE' ? problem({ type: 'urn:mooc:problem:illegal-transition', detail: 'Sagen er afgjort.' }, 409) : undefined,
    );
    renderMeeting(gw, 'da');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Tag af dagsordenen »Wind Energy Basics«' }));
    const alert = await screen.findByTestId('meeting-action-error');
    expect(alert.textContent).toContain('Sagen kunne ikke tages af dagsordenen');
    expect(alert.textContent).toContain('Sagen er afgjort.');
  });

  it('explains a meeting that does not exist', async () => {
    renderWithProviders(<MeetingPage id="nope" />, { api: fakeGateway().api });
    expect(await screen.findByTestId('meeting-not-found')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Meeting not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the meetings' }).getAttribute('href')).toBe('/meetings');
  });
});
