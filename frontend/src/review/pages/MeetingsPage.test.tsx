import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../api/reviewTypes';
import type { CurrentUser, Role } from '../../shared/auth/roles';
import { localDateTimeToIso } from '../components/meetingForm';
import { meeting } from '../../test/fixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { MeetingsPage } from './MeetingsPage';

const LIST = '/api/review/meetings';

const person = (roles: Role[]): CurrentUser => ({ id: 'u1', name: 'Chris Chair', username: 'chris', roles });
const CHAIR = person(['committee', 'committee-chair']);
const MEMBER = person(['committee']);

const upcoming: Meeting[] = [
  meeting({ caseCount: 3, cases: undefined }),
  meeting({ id: 'm-2', title: 'Steering committee, April', startsAt: '2027-04-05T08:30:00Z', location: null, caseCount: 0, cases: undefined }),
];
const past: Meeting[] = [meeting({ id: 'm-0', title: 'Steering committee, December', startsAt: '2026-12-01T13:00:00Z', caseCount: 1, cases: undefined })];

/** review-service's meeting list: the upcoming ones, or with ?past=true the past ones. */
function server(...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === LIST) return json(upcoming);
    if (url === `${LIST}?past=true`) return json(past);
    return undefined;
  });
}

function renderPage(gw: ReturnType<typeof server>, user: CurrentUser = MEMBER, route = '/meetings', language: 'en' | 'da' = 'en') {
  return renderWithProviders(<MeetingsPage user={user} />, { api: gw.api, route, path: '/meetings', language });
}

/** Types a datetime-local value the way the browser holds it. */
function setStartsAt(value: string) {
  fireEvent.change(screen.getByTestId('meeting-starts-at'), { target: { value } });
}

describe('MeetingsPage: the list', () => {
  it('lists the upcoming meetings with a link, the time in words, the place and the number of cases', async () => {
    const gw = server();
    renderPage(gw);
    expect(screen.getByRole('heading', { level: 1, name: 'Committee meetings' })).toBeTruthy();
    // Until the meetings arrive, a placeholder shaped like the list, named for screen readers.
    const loading = screen.getByTestId('meetings-loading');
    expect(loading.getAttribute('role')).toBe('status');
    expect(loading.textContent).toBe('Loading the meetings…');
    expect(loading.getAttribute('data-shape')).toBe('list');
    const list = await screen.findByTestId('meetings-list');
    expect(screen.getByTestId('meetings-page')).toBeTruthy();
    expect(within(screen.getByTestId('meetings-section')).getByRole('heading', { level: 2, name: 'Upcoming meetings' })).toBeTruthy();
    const [march, april] = within(list).getAllByTestId('meeting-item');
    expect(march.getAttribute('data-meeting-id')).toBe('m-1');
    const link = within(march).getByRole('link', { name: 'Steering committee, March' });
    expect(link.getAttribute('href')).toBe('/meetings/m-1');
    const when = within(march).getByTestId('meeting-when');
    expect(when.querySelector('time')?.getAttribute('dateTime')).toBe('2027-03-01T13:00:00Z');
    expect(when.textContent).toBe(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short' }).format(new Date('2027-03-01T13:00:00Z')),
    );
    expect(when.textContent).toContain('March 2027');
    expect(within(march).getByTestId('meeting-where').textContent).toBe('Building 101, room S09');
    expect(within(march).getByTestId('meeting-case-count').textContent).toBe('3 cases');
    expect(within(april).getByTestId('meeting-where').textContent).toBe('No place given');
    expect(within(april).getByTestId('meeting-case-count').textContent).toBe('No cases yet');
    expect(gw.calls.map((c) => c.url)).toEqual([LIST]);
  });

  it('shows the past meetings from ?past=true and links back to the upcoming ones', async () => {
    const gw = server();
    renderPage(gw, MEMBER, '/meetings');
    await screen.findByTestId('meetings-list');
    await userEvent.setup().click(screen.getByRole('link', { name: 'Show past meetings' }));
    expect(screen.getByTestId('location').textContent).toBe('/meetings?past=true');
    expect(await screen.findByRole('heading', { level: 2, name: 'Past meetings' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('meeting-item').map((li) => li.getAttribute('data-meeting-id'))).toEqual(['m-0']));
    expect(within(screen.getByTestId('meeting-item')).getByTestId('meeting-case-count').textContent).toBe('1 case');
    expect(gw.gets('/meetings').map((c) => c.url)).toContain(`${LIST}?past=true`);
    expect(screen.getByTestId('meetings-toggle').textContent).toBe('Show upcoming meetings');
    expect(screen.getByTestId('meetings-toggle').getAttribute('href')).toBe('/meetings');
  });

  it('says when nothing is planned, in Danish too', async () => {
    const gw = fakeGateway((method, url) => (method === 'GET' && url === LIST ? json([]) : undefined));
    renderPage(gw, MEMBER, '/meetings', 'da');
    expect((await screen.findByTestId('meetings-empty')).textContent).toBe('Der er endnu ikke planlagt noget møde.');
    expect(screen.getByRole('heading', { level: 1, name: 'Styregruppens møder' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Vis tidligere møder' })).toBeTruthy();
  });
});

describe('MeetingsPage: planning a meeting', () => {
  it('offers the form to the chair only', async () => {
    const member = renderPage(server(), MEMBER);
    await screen.findByTestId('meetings-list');
    expect(screen.queryByTestId('meeting-form')).toBeNull();
    member.unmount();

    const admin = renderPage(server(), person(['admin']));
    await screen.findByTestId('meetings-list');
    expect(screen.queryByTestId('meeting-form')).toBeNull();
    admin.unmount();

    renderPage(server(), CHAIR);
    const form = await screen.findByRole('form', { name: 'Plan a meeting' });
    expect(form).toBe(screen.getByTestId('meeting-form'));
    expect(within(form).getByLabelText(/^Title/)).toBe(screen.getByTestId('meeting-title'));
    expect(within(form).getByLabelText(/^Date and time/).getAttribute('type')).toBe('datetime-local');
    expect(within(form).getByLabelText(/^Place \(optional\)/)).toBe(screen.getByTestId('meeting-location'));
  });

  it('checks the title and the start before sending', async () => {
    const gw = server();
    renderPage(gw, CHAIR);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('create-meeting'));
    const summary = await screen.findByTestId('meeting-error-summary');
    expect(summary.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByTestId('meeting-title-error').textContent).toContain('Enter a title.');
    expect(screen.getByTestId('meeting-starts-at-error').textContent).toContain('Enter the date and time the meeting starts.');
    expect(screen.getByTestId('meeting-title').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('meeting-title').getAttribute('aria-describedby')).toContain('meeting-title-error');

    await user.type(screen.getByTestId('meeting-title'), 'Steering committee, May');
    setStartsAt('2001-05-14T10:30');
    await user.click(screen.getByTestId('create-meeting'));
    expect((await screen.findByTestId('meeting-starts-at-error')).textContent).toContain('The meeting must start in the future.');
    expect(screen.queryByTestId('meeting-title-error')).toBeNull();
    expect(gw.posts()).toHaveLength(0);
  });

  it('posts the title, the start as ISO 8601 with the browser’s offset and the place, then announces the meeting', async () => {
    const created = meeting({ id: 'm-9', title: 'Steering committee, May', startsAt: '2030-05-14T08:30:00Z', caseCount: 0, cases: undefined });
    const gw = server((method, url) => (method === 'POST' && url === LIST ? json(created, 201) : undefined));
    renderPage(gw, CHAIR);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('meeting-title'), '  Steering committee, May ');
    setStartsAt('2030-05-14T10:30');
    await user.type(screen.getByTestId('meeting-location'), 'Building 101, room S09');
    await user.click(screen.getByTestId('create-meeting'));

    const notice = await screen.findByTestId('meeting-notice');
    expect(notice.closest('[aria-live="polite"]')).toBeTruthy();
    expect(document.activeElement).toBe(notice);
    expect(notice.textContent).toContain('The meeting “Steering committee, May” was planned for');
    expect(notice.textContent).toContain('2030');

    const [post] = gw.posts('/meetings');
    const body = post.body as { title: string; startsAt: string; location: string };
    expect(body.title).toBe('Steering committee, May');
    expect(body.location).toBe('Building 101, room S09');
    expect(body.startsAt).toMatch(/^2030-05-14T10:30:00[+-]\d{2}:\d{2}$/);
    expect(body.startsAt).toBe(localDateTimeToIso('2030-05-14T10:30'));
    expect(new Date(body.startsAt).getTime()).toBe(new Date(2030, 4, 14, 10, 30).getTime());
    // The form starts again and the list is read again.
    expect((screen.getByTestId('meeting-title') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(gw.gets('/meetings').length).toBeGreaterThanOrEqual(2));
  });

  it('shows the server’s field errors at the inputs and in the summary', async () => {
    const gw = server((method, url) =>
      method === 'POST' && url === LIST
        ? problem(
            {
              type: 'urn:mooc:problem:validation',
              title: 'Invalid input',
              detail: 'The meeting has 2 invalid fields.',
              errors: [
                { field: 'create.request.startsAt', message: 'must be a future date' },
                { field: 'location', message: 'size must be between 0 and 200' },
              ],
            },
            400,
          )
        : undefined,
    );
    renderPage(gw, CHAIR);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('meeting-title'), 'May');
    setStartsAt('2030-05-14T10:30');
    await user.click(screen.getByTestId('create-meeting'));

    expect((await screen.findByTestId('meeting-starts-at-error')).textContent).toContain('must be a future date');
    expect(screen.getByTestId('meeting-starts-at').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('meeting-location-error').textContent).toContain('size must be between 0 and 200');
    const summary = screen.getByTestId('meeting-error-summary');
    expect(within(summary).getByRole('link', { name: 'Date and time: must be a future date' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Place (optional): size must be between 0 and 200' })).toBeTruthy();
    expect(screen.queryByTestId('meeting-notice')).toBeNull();
  });

  it('explains a refusal that is no field’s', async () => {
    const gw = server((method, url) =>
      method === 'POST' && url === LIST ? problem({ title: 'Forbidden', detail: 'Only the chair plans meetings.' }, 403) : undefined,
    );
    renderPage(gw, CHAIR);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('meeting-title'), 'May');
    setStartsAt('2030-05-14T10:30');
    await user.click(screen.getByTestId('create-meeting'));
    expect((await screen.findByTestId('meeting-error-summary')).textContent).toContain('Only the chair plans meetings.');
  });
});
