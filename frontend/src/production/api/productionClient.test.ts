import { describe, expect, it } from 'vitest';
import { fakeGateway, json, problem } from '../../test/gateway';
import { MOOC_ID, PRODUCTION_URL, production } from '../../test/productionFixtures';
import { ApiError } from '../../shared/api/client';
import { createProductionClient } from './productionClient';

function client(...handlers: Parameters<typeof fakeGateway>) {
  const gw = fakeGateway(...handlers);
  return { gw, api: createProductionClient(gw.api) };
}

describe('production client', () => {
  it('reaches production-service under /api/production, like the other services', async () => {
    const { gw, api } = client(() => json({ items: [], page: 0, size: 20, total: 0, totalExact: true }));
    await api.listProductions(1, 20);
    await api.listStudios();
    await api.studioCalendar('MEDIALAB', '2027-03-01', '2027-03-07');
    await api.medialabQueue();
    await api.listNetworkMeetings('past');
    await api.getFeedback(MOOC_ID);
    expect(gw.calls.map((c) => c.url)).toEqual([
      '/api/production/productions?page=1&size=20',
      '/api/production/studios',
      '/api/production/studios/MEDIALAB/bookings?from=2027-03-01&to=2027-03-07',
      '/api/production/medialab/queue',
      '/api/production/network-meetings?when=past',
      `${PRODUCTION_URL}/feedback`,
    ]);
    expect(gw.calls[0].headers.Authorization).toBe('Bearer token');
  });

  it('sends the version as If-Match on plan and team changes', async () => {
    const { gw, api } = client(() => json(production()));
    await api.changeMilestone(MOOC_ID, 7, 'PILOT_MODULE', { dueDate: '2027-04-01', status: 'IN_PROGRESS' });
    await api.acceptProposedDates(MOOC_ID, 8);
    await api.agreePlan(MOOC_ID, 9);
    await api.replaceTeam(MOOC_ID, 10, { members: [{ name: 'Ida', email: 'ida@example.org', role: 'INSTRUCTOR' }] });
    expect(gw.calls.map((c) => [c.method, c.url, c.headers['If-Match']])).toEqual([
      ['PUT', `${PRODUCTION_URL}/milestones/PILOT_MODULE`, '"7"'],
      ['POST', `${PRODUCTION_URL}/plan/accept-proposals`, '"8"'],
      ['POST', `${PRODUCTION_URL}/plan/agree`, '"9"'],
      ['PUT', `${PRODUCTION_URL}/team`, '"10"'],
    ]);
    expect(gw.calls[0].body).toEqual({ dueDate: '2027-04-01', status: 'IN_PROGRESS' });
  });

  it('books, cancels, confirms and declines at the contract’s addresses', async () => {
    const { gw, api } = client(() => json({}));
    await api.book(MOOC_ID, { studio: 'MEDIALAB', start: 's', end: 'e', note: null, overBudget: true });
    await api.cancelBooking('b-1');
    await api.confirmBooking('b-2');
    await api.declineBooking('b-3', 'No staff');
    await api.planVideoHours(MOOC_ID, 12.5);
    expect(gw.calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', `${PRODUCTION_URL}/bookings`, { studio: 'MEDIALAB', start: 's', end: 'e', note: null, overBudget: true }],
      ['POST', '/api/production/bookings/b-1/cancel', undefined],
      ['POST', '/api/production/bookings/b-2/confirm', undefined],
      ['POST', '/api/production/bookings/b-3/decline', { reason: 'No staff' }],
      ['PUT', `${PRODUCTION_URL}/video-plan`, { plannedHours: 12.5 }],
    ]);
  });

  it('reads the unmet gates of a refused launch', async () => {
    const { api } = client(() =>
      problem(
        {
          type: 'urn:mooc:problem:illegal-transition',
          title: 'Conflict',
          detail: 'The launch is blocked',
          unmetGates: [
            { key: 'USER_TEST', code: 'USER_TEST_MISSING_MANDATORY', params: {} },
            { key: 'FEEDBACK_MATERIAL', code: 'FEEDBACK_ROUND_OPEN', params: { round: 'MATERIAL', stray: 3 } },
            'BOARD_LAUNCH_APPROVAL',
          ],
        },
        409,
      ),
    );
    const error = await api.launch(MOOC_ID, { courseUrl: 'https://x', launchDate: '2027-09-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.unmetGates).toEqual([
      { key: 'USER_TEST', code: 'USER_TEST_MISSING_MANDATORY', params: {} },
      // a parameter that is not a string is left out
      { key: 'FEEDBACK_MATERIAL', code: 'FEEDBACK_ROUND_OPEN', params: { round: 'MATERIAL' } },
      { key: 'BOARD_LAUNCH_APPROVAL', code: '', params: {} },
    ]);
  });

  it('fetches the calendar file with the token and names its address', async () => {
    const { gw, api } = client(
      () => new Response('BEGIN:VCALENDAR', { status: 200, headers: { 'Content-Type': 'text/calendar', 'Content-Disposition': 'attachment; filename="bookings.ics"' } }),
    );
    const file = await api.downloadCalendar(MOOC_ID);
    expect(await file.blob.text()).toBe('BEGIN:VCALENDAR');
    expect(file.fileName).toBe('bookings.ics');
    expect(gw.calls[0].url).toBe(`${PRODUCTION_URL}/bookings.ics`);
    expect(gw.calls[0].headers.Accept).toBe('text/calendar');
    expect(gw.calls[0].headers.Authorization).toBe('Bearer token');
    expect(api.calendarUrl(MOOC_ID)).toBe(`${PRODUCTION_URL}/bookings.ics`);
  });
});
