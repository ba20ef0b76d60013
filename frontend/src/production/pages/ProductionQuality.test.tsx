import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { MOOC_ID, PRODUCTION_URL, production, productionReads, productionState, type ProductionState } from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import { ProductionPage } from './ProductionPage';

const INSTRUCTOR: CurrentUser = { id: 'sub-ida', name: 'Ida Instructor', username: 'ida', roles: ['instructor'] };
const BOARD: CurrentUser = { id: 'sub-bo', name: 'Bo Board', username: 'bo', department: 'Compute', roles: ['board'] };

function server(state: ProductionState, ...extra: Handler[]) {
  return fakeGateway(...extra, productionReads(state));
}

function renderPage(gw: ReturnType<typeof server>, user: CurrentUser = INSTRUCTOR, language: 'en' | 'da' = 'en') {
  return renderWithProviders(<ProductionPage id={MOOC_ID} user={user} />, { api: gw.api, language, route: `/productions/${MOOC_ID}` });
}

describe('ProductionPage: QA gates, user test and launch', () => {
  it('shows the gates as a checklist in words: met, not met, warning', async () => {
    const gw = server(productionState());
    renderPage(gw);
    const list = await screen.findByTestId('gate-list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    const milestones = screen.getByTestId('gate-MANDATORY_MILESTONES');
    expect(milestones.getAttribute('data-state')).toBe('notMet');
    expect(milestones.textContent).toContain('Mandatory milestones done');
    expect(within(milestones).getByTestId('gate-state').textContent).toBe('Not met – blocks the launch');
    expect(within(milestones).getByTestId('gate-detail').textContent).toContain('Not done yet: Pilot module, Video recording');
    expect(within(screen.getByTestId('gate-FEEDBACK_TEACHING_PLAN')).getByTestId('gate-state').textContent).toBe('Met');
    const userTest = screen.getByTestId('gate-USER_TEST');
    expect(userTest.getAttribute('data-state')).toBe('warning');
    expect(userTest.getAttribute('data-blocking')).toBe('false');
    expect(within(userTest).getByTestId('gate-state').textContent).toBe('Warning – not met, does not block the launch');
    expect(screen.getByTestId('launch-approval-state').getAttribute('data-state')).toBe('NOT_REQUESTED');
    expect(screen.queryByTestId('user-test-form')).toBeNull();
    expect(screen.queryByTestId('launch-form')).toBeNull();
    expect(screen.queryByTestId('request-launch-approval')).toBeNull();
  });

  it('records the user test after checking it', async () => {
    const state = productionState({ production: production({ permissions: ['RECORD_USER_TEST'] }) });
    const gw = server(state, (method, url) => {
      if (method !== 'PUT' || !url.endsWith('/user-test')) return undefined;
      state.production = production({
        permissions: ['RECORD_USER_TEST'],
        userTest: { testedOn: '2026-05-02', students: 8, colleagues: 2, findings: 'Videos too long.', recordedBy: 'Ida Instructor' },
      });
      return json(state.production);
    });
    renderPage(gw);
    const user = userEvent.setup();
    const form = await screen.findByTestId('user-test-form');
    await user.click(within(form).getByTestId('user-test-submit'));
    const summary = await screen.findByTestId('user-test-error-summary');
    expect(summary.textContent).toContain('Date of the test: Enter the date.');
    expect(summary.textContent).toContain('Students: At least one student or colleague must have taken part.');
    expect(summary.textContent).toContain('Findings: Describe the findings.');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(gw.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await user.type(screen.getByTestId('user-test-date'), '2026-05-02');
    await user.clear(screen.getByTestId('user-test-students'));
    await user.type(screen.getByTestId('user-test-students'), '8');
    await user.clear(screen.getByTestId('user-test-colleagues'));
    await user.type(screen.getByTestId('user-test-colleagues'), '2');
    await user.type(screen.getByTestId('user-test-findings'), 'Videos too long.');
    await user.click(screen.getByTestId('user-test-submit'));
    expect((await screen.findByTestId('production-notice')).textContent).toBe('The user test was recorded.');
    expect(gw.calls.find((c) => c.method === 'PUT')!.body).toEqual({ testedOn: '2026-05-02', students: 8, colleagues: 2, findings: 'Videos too long.' });
    expect(await screen.findByTestId('user-test-recorded')).toBeTruthy();
  });

  it('requests the study board’s launch approval and shows its state', async () => {
    const state = productionState({ production: production({ permissions: ['REQUEST_LAUNCH_APPROVAL'] }) });
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || !url.endsWith('/launch-approval/request')) return undefined;
      state.production = production({
        permissions: [],
        launchApproval: { status: 'REQUESTED', requestedAt: '2027-06-01T10:00:00Z', decidedAt: null, decidedBy: null, comment: null, requestedBy: null },
      });
      return json(state.production);
    });
    renderPage(gw);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Request the study board’s launch approval' }));
    expect((await screen.findByTestId('production-notice')).textContent).toBe(
      'The study board of Compute was asked to approve the launch; its members get an e-mail with a link.',
    );
    await waitFor(() => expect(screen.getByTestId('launch-approval-state').getAttribute('data-state')).toBe('REQUESTED'));
    expect(screen.getByTestId('launch-approval-state').textContent).toContain('Requested – awaiting the study board');
    expect(screen.queryByTestId('request-launch-approval')).toBeNull();
  });

  it('links the study board to its decision page', async () => {
    const gw = server(productionState({ production: production({ permissions: ['DECIDE_LAUNCH_APPROVAL'] }) }));
    renderPage(gw, BOARD);
    expect((await screen.findByTestId('open-launch-approval')).getAttribute('href')).toBe(`/productions/${MOOC_ID}/launch-approval`);
  });

  it('lists every unmet gate of a refused launch in the alert', async () => {
    const state = productionState({ production: production({ permissions: ['LAUNCH'] }) });
    const gw = server(state, (method, url) =>
      method === 'POST' && url === `${PRODUCTION_URL}/launch`
        ? problem(
            {
              type: 'urn:mooc:problem:illegal-transition',
              title: 'Conflict',
              detail: 'The course cannot be launched yet',
              unmetGates: [
                { key: 'FEEDBACK_MATERIAL', detail: 'The material round is open' },
                { key: 'BOARD_LAUNCH_APPROVAL', detail: 'Not approved' },
              ],
            },
            409,
          )
        : undefined,
    );
    renderPage(gw);
    const user = userEvent.setup();
    const form = await screen.findByTestId('launch-form');
    expect(within(form).getByTestId('launch-blocked-note').textContent).toContain('Mandatory milestones done');
    await user.click(screen.getByTestId('launch-submit'));
    expect((await screen.findByTestId('launch-error-summary')).textContent).toContain('Coursera course address: Enter the course address on Coursera.');
    await user.type(screen.getByLabelText(/^Coursera course address/), 'https://www.coursera.org/learn/quantum');
    await user.type(screen.getByLabelText(/^Launch date/), '2027-09-01');
    await user.click(screen.getByTestId('launch-submit'));

    const alert = await screen.findByTestId('production-action-error');
    expect(alert.textContent).toContain('The course could not be launched');
    expect(alert.textContent).toContain('These quality gates are not met:');
    const gates = within(alert).getAllByTestId('unmet-gate');
    expect(gates.map((g) => g.getAttribute('data-key'))).toEqual(['FEEDBACK_MATERIAL', 'BOARD_LAUNCH_APPROVAL']);
    expect(gates[0].textContent).toBe('Feedback on the material closed: The material round is open');
    expect(gates[1].textContent).toBe('Study board’s launch approval: Not approved');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(gw.posts('/launch')[0].body).toEqual({ courseUrl: 'https://www.coursera.org/learn/quantum', launchDate: '2027-09-01' });
  });

  it('launches and shows the warnings of non-blocking gates', async () => {
    const state = productionState({ production: production({ permissions: ['LAUNCH'], newContent: false }) });
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || url !== `${PRODUCTION_URL}/launch`) return undefined;
      state.production = production({
        status: 'LAUNCHED',
        newContent: false,
        permissions: [],
        launch: { courseUrl: 'https://www.coursera.org/learn/quantum', launchDate: '2027-09-01', launchedAt: null, retiredAt: null, retiredSemester: null },
        warnings: ['No user test recorded'],
      });
      return json(state.production);
    });
    renderPage(gw, INSTRUCTOR, 'da');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Kursets adresse på Coursera/), 'https://www.coursera.org/learn/quantum');
    await user.type(screen.getByLabelText(/^Lanceringsdato/), '2027-09-01');
    await user.click(screen.getByRole('button', { name: 'Lancér kurset' }));
    const notice = await screen.findByTestId('production-notice');
    expect(notice.textContent).toContain('“Quantum Computing for Engineers” blev lanceret med disse advarsler:');
    expect(within(notice).getByTestId('launch-warnings').textContent).toBe('No user test recorded');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(await screen.findByTestId('launch-course-url')).toBeTruthy();
  });
});
