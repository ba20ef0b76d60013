import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Production } from '../api/productionTypes';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { MOOC_ID, PRODUCTION_URL, production } from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import { LaunchApprovalPage } from './LaunchApprovalPage';

const requested = (overrides: Partial<Production> = {}) =>
  production({
    permissions: ['DECIDE_LAUNCH_APPROVAL'],
    launchApproval: { status: 'REQUESTED', requestedAt: '2027-06-01T10:00:00Z', decidedAt: null, decidedBy: null, comment: null, requestedBy: null },
    ...overrides,
  });

function server(state: { production: Production }, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => (method === 'GET' && url === PRODUCTION_URL ? json(state.production) : undefined));
}

function renderPage(gw: ReturnType<typeof server>, language: 'en' | 'da' = 'en') {
  return renderWithProviders(<LaunchApprovalPage id={MOOC_ID} />, { api: gw.api, language, route: `/productions/${MOOC_ID}/launch-approval` });
}

describe('LaunchApprovalPage', () => {
  it('shows the production’s facts and gate checklist with Approve launch and Decline', async () => {
    const gw = server({ production: requested() });
    renderPage(gw);
    const page = await screen.findByTestId('launch-approval-page');
    expect(screen.getByRole('heading', { level: 1, name: 'Launch approval: Quantum Computing for Engineers' })).toBeTruthy();
    expect(within(page).getByTestId('gate-MANDATORY_MILESTONES').getAttribute('data-state')).toBe('notMet');
    expect(within(page).getByTestId('production-department').textContent).toBe('Compute');
    expect(within(page).getByTestId('launch-approval-state').getAttribute('data-state')).toBe('REQUESTED');
    expect(screen.getByRole('button', { name: 'Approve launch' })).toBe(screen.getByTestId('approve-launch'));
    expect(screen.getByRole('button', { name: 'Decline' })).toBe(screen.getByTestId('decline-launch'));
    expect(screen.getByTestId('launch-decision-to-production').getAttribute('href')).toBe(`/productions/${MOOC_ID}`);
  });

  it('requires a comment to decline, without asking the server', async () => {
    const gw = server({ production: requested() });
    renderPage(gw);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('decline-launch'));
    const alert = await screen.findByTestId('launch-decision-error');
    expect(alert.textContent).toContain('Write a comment that explains why you decline the launch.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.getByTestId('launch-decision-comment').getAttribute('aria-invalid')).toBe('true');
    expect(gw.posts()).toHaveLength(0);
  });

  it('approves the launch and confirms the recorded state', async () => {
    const state = { production: requested() };
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || url !== `${PRODUCTION_URL}/launch-approval`) return undefined;
      state.production = production({
        permissions: [],
        launchApproval: { status: 'APPROVED', requestedAt: '2027-06-01T10:00:00Z', decidedAt: '2027-06-03T10:00:00Z', decidedBy: 'Bo Board', comment: null, requestedBy: null },
      });
      return json(state.production);
    });
    renderPage(gw);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('approve-launch'));
    const recorded = await screen.findByTestId('launch-decision-recorded');
    expect(recorded.getAttribute('data-state')).toBe('APPROVED');
    expect(recorded.textContent).toBe('Your decision was recorded: Approved.');
    await waitFor(() => expect(document.activeElement).toBe(recorded));
    expect(gw.posts()[0].body).toEqual({ decision: 'APPROVED', comment: null });
    await waitFor(() => expect(screen.queryByTestId('approve-launch')).toBeNull());
    expect(screen.getByTestId('launch-approval-decided').textContent).toContain('Bo Board');
  });

  it('declines with the comment and shows a refusal’s detail', async () => {
    const gw = server({ production: requested() }, (method) =>
      method === 'POST' ? problem({ type: 'urn:mooc:problem:forbidden', title: 'Forbidden', detail: 'Only the study board of Compute decides' }, 403) : undefined,
    );
    renderPage(gw, 'da');
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('launch-decision-comment'), ' Materialet er ikke færdigt. ');
    await user.click(screen.getByRole('button', { name: 'Afvis' }));
    expect((await screen.findByTestId('launch-decision-error')).textContent).toContain('Only the study board of Compute decides');
    expect(gw.posts()[0].body).toEqual({ decision: 'DECLINED', comment: 'Materialet er ikke færdigt.' });
  });

  it('says why no decision is possible', async () => {
    const gw = server({ production: production({ permissions: [] }) });
    renderPage(gw);
    expect((await screen.findByTestId('launch-decision-not-possible')).textContent).toBe(
      'The team has not requested the study board’s launch approval yet.',
    );
    expect(screen.queryByTestId('approve-launch')).toBeNull();
  });

  it('names the department whose board decides when the request is not the member’s', async () => {
    const gw = server({ production: requested({ permissions: [], department: 'Wind' }) });
    renderPage(gw, 'da');
    expect((await screen.findByTestId('launch-decision-not-possible')).textContent).toBe(
      'Kun et medlem af studienævnet for Wind kan træffe afgørelse om denne lancering.',
    );
  });
});
