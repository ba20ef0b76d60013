import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { MOOC_ID, PRODUCTION_URL, gates, production, productionReads, productionState, type ProductionState } from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import { ProductionRoute } from './ProductionPage';

const INSTRUCTOR: CurrentUser = { id: 'sub-ida', name: 'Ida Instructor', username: 'ida', roles: ['instructor'] };
const BOARD: CurrentUser = { id: 'sub-bo', name: 'Bo Board', username: 'bo', department: 'Compute', roles: ['board'] };

function server(state: ProductionState, ...extra: Handler[]) {
  return fakeGateway(...extra, productionReads(state));
}

function renderPage(gw: ReturnType<typeof server>, tab: 'quality' | 'launch', user: CurrentUser = INSTRUCTOR, language: 'en' | 'da' = 'en') {
  return renderWithProviders(<ProductionRoute user={user} />, { api: gw.api, language, path: '/productions/:id', route: `/productions/${MOOC_ID}?tab=${tab}` });
}

/** Every gate met but the one that only warns: nothing blocks the launch. */
const readyGates = () => gates().map((g) => (g.blocking ? { ...g, met: true, code: null, params: null } : g));

describe('ProductionPage: QA gates, user test and launch', () => {
  it('shows the gates as a checklist in words: met, not met, warning', async () => {
    const gw = server(productionState());
    renderPage(gw, 'quality');
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
    expect(screen.queryByTestId('user-test-form')).toBeNull();
    // The launch is the launch section's, not this one's.
    expect(screen.queryByTestId('launch-approval-state')).toBeNull();
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
    renderPage(gw, 'quality');
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
    renderPage(gw, 'launch');
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
    renderPage(gw, 'launch', BOARD);
    expect((await screen.findByTestId('open-launch-approval')).getAttribute('href')).toBe(`/productions/${MOOC_ID}/launch-approval`);
  });

  it('lists every unmet gate of a launch the server refuses anyway in the alert', async () => {
    // The page read every gate as met; meanwhile a round was reopened and the approval withdrawn.
    const state = productionState({ production: production({ permissions: ['LAUNCH'], gates: readyGates() }) });
    const gw = server(state, (method, url) =>
      method === 'POST' && url === `${PRODUCTION_URL}/launch`
        ? problem(
            {
              type: 'urn:mooc:problem:illegal-transition',
              title: 'Conflict',
              detail: 'The course cannot be launched yet',
              unmetGates: [
                { key: 'FEEDBACK_MATERIAL', code: 'FEEDBACK_ROUND_OPEN', params: { round: 'MATERIAL' } },
                { key: 'BOARD_LAUNCH_APPROVAL', code: 'LAUNCH_DECLINED', params: { comment: 'Week 3 is too long.' } },
              ],
            },
            409,
          )
        : undefined,
    );
    renderPage(gw, 'launch');
    const user = userEvent.setup();
    await screen.findByTestId('launch-form');
    expect(screen.getByTestId('launch-ready').textContent).toBe('Every blocking quality gate is met: the course can be launched.');
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
    expect(gates[0].textContent).toBe('Feedback on the material closed: The feedback round on the material is still open');
    expect(gates[1].textContent).toBe('Study board’s launch approval: The study board declined the launch: Week 3 is too long.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(gw.posts('/launch')[0].body).toEqual({ courseUrl: 'https://www.coursera.org/learn/quantum', launchDate: '2027-09-01' });
  });

  it('launches and shows the warnings of non-blocking gates', async () => {
    const state = productionState({ production: production({ permissions: ['LAUNCH'], newContent: false, gates: readyGates() }) });
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || url !== `${PRODUCTION_URL}/launch`) return undefined;
      state.production = production({
        status: 'LAUNCHED',
        newContent: false,
        permissions: [],
        launch: { courseUrl: 'https://www.coursera.org/learn/quantum', launchDate: '2027-09-01', launchedAt: null, retiredAt: null, retiredSemester: null },
        warnings: ['USER_TEST'],
      });
      return json(state.production);
    });
    renderPage(gw, 'launch', INSTRUCTOR, 'da');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Kursets adresse på Coursera/), 'https://www.coursera.org/learn/quantum');
    await user.type(screen.getByLabelText(/^Lanceringsdato/), '2027-09-01');
    await user.click(screen.getByRole('button', { name: 'Lancér kurset' }));
    const notice = await screen.findByTestId('production-notice');
    expect(notice.textContent).toContain('“Quantum Computing for Engineers” blev lanceret med disse advarsler:');
    expect(within(notice).getByTestId('launch-warnings').textContent).toBe(
      'Ingen brugertest registreret; anbefales også, når MOOC’en bygger på et eksisterende kursus',
    );
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(await screen.findByTestId('launch-course-url')).toBeTruthy();
  });

  it('disables the launch while blocking gates are not met, listing each with where it is settled', async () => {
    const gw = server(productionState({ production: production({ permissions: ['LAUNCH'] }) }));
    renderPage(gw, 'launch');
    const submit = await screen.findByTestId('launch-submit');
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    const intro = document.getElementById(submit.getAttribute('aria-describedby')!);
    expect(intro?.textContent).toBe('The launch is not possible yet. Quality gates not met: 3.');
    const unmet = within(screen.getByTestId('launch-unmet-gates')).getAllByTestId('launch-unmet-gate');
    expect(unmet.map((g) => g.getAttribute('data-key'))).toEqual(['MANDATORY_MILESTONES', 'FEEDBACK_MATERIAL', 'BOARD_LAUNCH_APPROVAL']);
    expect(unmet[0].textContent).toContain('Mandatory milestones done – Not done yet: Pilot module, Video recording');
    expect(within(unmet[0]).getByRole('link', { name: 'Open the plan' }).getAttribute('href')).toBe(`/productions/${MOOC_ID}?tab=plan`);
    expect(within(unmet[1]).getByRole('link', { name: 'Open the feedback' }).getAttribute('href')).toBe(`/productions/${MOOC_ID}?tab=feedback`);
    expect(within(unmet[2]).getByRole('link', { name: 'See the launch approval' }).getAttribute('href')).toBe('#launch-approval-heading');
    // A gate that does not block is listed apart, as a warning.
    expect(within(screen.getByTestId('launch-warning-gates')).getByText('User test recorded')).toBeTruthy();

    // Pressing Enter in a field does not send the launch either.
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Coursera course address/), 'https://www.coursera.org/learn/quantum{Enter}');
    expect(gw.posts('/launch')).toHaveLength(0);
  });

  it('tells those who may not launch who does, with what still blocks it', async () => {
    const gw = server(productionState({ production: production({ permissions: [] }) }));
    renderPage(gw, 'launch', BOARD, 'da');
    expect((await screen.findByTestId('launch-readiness')).getAttribute('data-ready')).toBe('false');
    expect(screen.getByText('Kurset kan ikke lanceres endnu. Kvalitetsporte, der ikke er opfyldt: 3.')).toBeTruthy();
    expect(screen.queryByTestId('launch-form')).toBeNull();
    expect(screen.getByText('Underviseren eller en konsulent lancerer kurset, når alle blokerende kvalitetsporte er opfyldt.')).toBeTruthy();
  });
});
