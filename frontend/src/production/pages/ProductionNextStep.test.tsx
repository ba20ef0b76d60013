import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { fakeGateway } from '../../test/gateway';
import { booking, INSTRUCTOR_PERMISSIONS, MOOC_ID, milestonesFor, production, productionReads, productionState, type ProductionState } from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import type { LaunchApproval, LaunchApprovalStatus } from '../api/productionTypes';
import { ProductionRoute } from './ProductionPage';

/** The study board's launch approval in one state. */
const approval = (status: LaunchApprovalStatus): LaunchApproval => ({ status, requestedAt: null, requestedBy: null, decidedAt: null, decidedBy: null, comment: null });

const INSTRUCTOR: CurrentUser = { id: 'sub-ida', name: 'Ida Instructor', username: 'ida', roles: ['instructor'] };
const MEDIALAB: CurrentUser = { id: 'sub-mia', name: 'Mia MediaLab', username: 'mia', roles: ['medialab'] };

function renderPage(state: ProductionState, user: CurrentUser, language: 'en' | 'da' = 'en') {
  const gw = fakeGateway(productionReads(state));
  return renderWithProviders(<ProductionRoute user={user} />, { api: gw.api, language, path: '/productions/:id', route: `/productions/${MOOC_ID}` });
}

describe('ProductionPage: what’s next', () => {
  it('tells the instructor their step in words, with a link to the tab where it is taken', async () => {
    const state = productionState({
      production: production({ status: 'PLANNING', baselineAgreedAt: null, permissions: INSTRUCTOR_PERMISSIONS, milestones: milestonesFor('instructor') }),
      bookings: [],
    });
    renderPage(state, INSTRUCTOR);
    const card = await screen.findByTestId('production-next-step');
    expect(card.getAttribute('data-mine')).toBe('true');
    expect(card.getAttribute('data-action')).toBe('agreePlan');
    expect(within(card).getByRole('heading', { level: 2, name: 'What’s next' })).toBeTruthy();
    expect(within(card).getByTestId('next-step-text').textContent).toBe('You agree the plan next.');
    // Whose turn it is is said in words, not only by the card's colour.
    expect(within(card).getByTestId('next-step-turn').textContent).toBe('Your turn');
    const go = within(card).getByTestId('production-next-action');
    expect(go.getAttribute('href')).toBe(`/productions/${MOOC_ID}?tab=plan`);
    expect(go.textContent).toBe('Go to the plan');
    // The material round's open comment is the instructor's too, once the rounds are read.
    const others = await within(card).findByTestId('production-next-others');
    expect(others.textContent).toContain('You answer 1 open comment in the feedback round “Material” next.');
  });

  it('the link opens the tab of the step', async () => {
    // The current milestone is not the reader's to complete here: the open comment is their first step.
    const state = productionState({ production: production({ permissions: INSTRUCTOR_PERMISSIONS, milestones: milestonesFor('medialab').map((m) => ({ ...m, proposedDueDate: null })) }) });
    renderPage(state, INSTRUCTOR);
    const card = await screen.findByTestId('production-next-step');
    await waitFor(() => expect(within(card).getByTestId('production-next-action').getAttribute('data-tab')).toBe('feedback'));
    expect(within(card).getByTestId('next-step-text').textContent).toBe('You answer 1 open comment in the feedback round “Material” next.');
    await userEvent.click(within(card).getByTestId('production-next-action'));
    expect((await screen.findByTestId('production-page')).getAttribute('data-tab')).toBe('feedback');
  });

  it('tells someone else who acts next, with no button, in Danish too', async () => {
    const state = productionState({
      production: production({ status: 'PLANNING', baselineAgreedAt: null, permissions: [], milestones: milestonesFor('medialab') }),
      feedback: [],
      bookings: [],
    });
    renderPage(state, MEDIALAB, 'da');
    const card = await screen.findByTestId('production-next-step');
    expect(card.getAttribute('data-mine')).toBe('false');
    expect(within(card).getByTestId('next-step-text').textContent).toBe('Underviseren eller LearningLab-konsulenten aftaler planen som det næste.');
    expect(within(card).queryByTestId('production-next-action')).toBeNull();
    expect(within(card).queryByTestId('next-step-turn')).toBeNull();
  });

  it('sends MediaLab to its queue to confirm the booking', async () => {
    const state = productionState({
      production: production({ permissions: [], milestones: milestonesFor('medialab').map((m) => ({ ...m, status: 'DONE' as const, proposedDueDate: null })) }),
      feedback: [],
      bookings: [booking({ permissions: ['CONFIRM', 'DECLINE'] })],
    });
    renderPage(state, MEDIALAB);
    const card = await screen.findByTestId('production-next-step');
    await waitFor(() => expect(within(card).getByTestId('next-step-text').textContent).toBe('You confirm the booking next.'));
    expect(within(card).getByTestId('production-next-action').getAttribute('href')).toBe('/medialab');
  });

  it('says how many quality gates stand in the way of the launch when nobody’s step is known', async () => {
    const state = productionState({
      production: production({ permissions: [], milestones: [], launchApproval: approval('APPROVED') }),
      feedback: [],
      bookings: [],
    });
    renderPage(state, MEDIALAB);
    const card = await screen.findByTestId('production-next-step');
    await waitFor(() => expect(within(card).getByTestId('next-step-text').textContent).toBe('Launch: 3 quality gates are not met yet.'));
  });
});
