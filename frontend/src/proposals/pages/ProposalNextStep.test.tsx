import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { describe, expect, it } from 'vitest';
import type { NextStep, Proposal } from '../api/types';
import { endorsement, endorsementProposal, fullProposal, HASH_1, history, newCode, nextStep, versions, diff } from '../../test/fixtures';
import { fakeGateway, json, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { ProposalDetailPage } from './ProposalDetailPage';

const ID = '7b0e3c1e-0000-4000-8000-000000000001';
const URL = `/api/proposal/proposals/${ID}`;

/** The proposal, its next step, history and versions (and no attachments) answer from `state`; `extra` handles the rest. */
function server(state: { proposal: Proposal; next?: NextStep }, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === `${URL}/dossier`) {
      return json({ proposal: state.proposal, next: state.next ?? nextStep(), history: history().slice(0, 1), attachments: [], versions: versions() });
    }
    if (url === URL) return json(state.proposal);
    if (url === `${URL}/next`) return json(state.next ?? nextStep());
    if (url === `${URL}/history`) return json(history().slice(0, 1));
    if (url === `${URL}/versions`) return json(versions());
    if (url.startsWith(`${URL}/diff`)) return json(diff());
    if (url === `${URL}/attachments`) return json([]);
    return undefined;
  });
}

function renderPage(api: ReturnType<typeof server>['api'], language: 'en' | 'da' = 'en') {
  return renderWithProviders(<ProposalDetailPage id={ID} />, { api, language, route: `/proposals/${ID}` });
}

describe('What’s next', () => {
  const bothAwaited = nextStep({
    stage: 'ENDORSEMENT',
    nextActor: 'STUDY_BOARD',
    nextAction: 'APPROVE',
    waitingFor: [
      { actor: 'STUDY_BOARD', action: 'APPROVE' },
      { actor: 'HEAD_OF_DEPARTMENT', action: 'SIGN' },
    ],
  });

  it('tells the instructor who acts next, lists everyone awaited and carries the codes as attributes', async () => {
    const { api } = server({ proposal: endorsementProposal({ permissions: ['EDIT', 'WITHDRAW'] }), next: bothAwaited });
    renderPage(api);
    const panel = await screen.findByTestId('next-step');
    await waitFor(() => expect(panel.getAttribute('data-actor')).toBe('STUDY_BOARD'));
    expect(panel.getAttribute('data-action')).toBe('APPROVE');
    expect(panel.getAttribute('data-mine')).toBe('false');
    expect(within(panel).getByRole('heading', { level: 2, name: 'What’s next' })).toBeTruthy();
    expect(within(panel).getByTestId('next-step-text').textContent).toBe('The study board approves next.');
    expect(within(panel).queryByTestId('next-step-turn')).toBeNull();
    expect(within(panel).queryByTestId('next-step-action')).toBeNull();
    const waiting = within(panel).getByRole('list', { name: 'Waiting for' });
    expect(within(waiting).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'The study board approves next.',
      'The Head of Department signs next.',
    ]);
    expect(within(panel).queryByTestId('next-step-missing')).toBeNull();
  });

  it('tells the study board member it is their turn, with the link to decide', async () => {
    const { api } = server({ proposal: endorsementProposal({ permissions: ['DECIDE_BOARD_APPROVAL'] }), next: bothAwaited });
    renderPage(api);
    const panel = await screen.findByTestId('next-step');
    await waitFor(() => expect(panel.getAttribute('data-mine')).toBe('true'));
    expect(within(panel).getByTestId('next-step-turn').textContent).toBe('Your turn');
    expect(within(panel).getByTestId('next-step-text').textContent).toBe('You approve next.');
    const link = within(panel).getByRole('link', { name: 'Approve or decline' });
    expect(link.getAttribute('href')).toBe(`/proposals/${ID}/board-approval?hash=${HASH_1}`);
    // The head's signature is someone else's step, so it is not written to the reader.
    const waiting = within(panel).getByRole('list', { name: 'Waiting for' });
    expect(within(waiting).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'You approve next.',
      'The Head of Department signs next.',
    ]);
  });

  it('tells the Head of Department in Danish that they sign next', async () => {
    const { api } = server({
      proposal: endorsementProposal({ boardApproval: endorsement({ state: 'APPROVED' }), permissions: ['SIGN'] }),
      next: nextStep({ stage: 'ENDORSEMENT', nextActor: 'HEAD_OF_DEPARTMENT', nextAction: 'SIGN', waitingFor: [{ actor: 'HEAD_OF_DEPARTMENT', action: 'SIGN' }] }),
    });
    renderPage(api, 'da');
    const panel = await screen.findByTestId('next-step');
    await waitFor(() => expect(within(panel).getByTestId('next-step-text').textContent).toBe('Du skal underskrive nu.'));
    expect(within(panel).getByTestId('next-step-turn').textContent).toBe('Din tur');
    expect(within(panel).getByRole('link', { name: 'Underskriv eller afvis' })).toBeTruthy();
    expect(screen.getByTestId('proposal-status').textContent).toBe('Afventer institutlederens underskrift');
  });

  it('names the instructor and the consultant to others', async () => {
    const revise = server({
      proposal: endorsementProposal({ status: 'REVISION_REQUESTED', permissions: [] }),
      next: nextStep({ stage: 'REVISION_REQUESTED', nextActor: 'INSTRUCTOR', nextAction: 'REVISE', waitingFor: [{ actor: 'INSTRUCTOR', action: 'REVISE' }] }),
    });
    const first = renderPage(revise.api);
    const panel = await screen.findByTestId('next-step');
    await waitFor(() =>
      expect(within(panel).getByTestId('next-step-text').textContent).toBe('Ida Instructor (instructor) revises the application next.'),
    );
    first.unmount();

    const consult = server({
      proposal: endorsementProposal({ status: 'CONSULTANT_ASSIGNED', permissions: ['EDIT', 'WITHDRAW'] }),
      next: nextStep({
        stage: 'CONSULTANT_ASSIGNED',
        nextActor: 'CONSULTANT',
        nextAction: 'RECORD_CONSULTATION',
        waitingFor: [{ actor: 'CONSULTANT', action: 'RECORD_CONSULTATION' }],
      }),
    });
    renderPage(consult.api);
    const again = await screen.findByTestId('next-step');
    await waitFor(() =>
      expect(within(again).getByTestId('next-step-text').textContent).toBe(
        'Carla Consultant (consultant) holds the consultation and records it next.',
      ),
    );
  });

  it('offers the reader’s step in the card, not twice, and takes it from there', async () => {
    const state = { proposal: fullProposal() };
    const gw = server(state, (method, url) => {
      if (method === 'POST' && url === `${URL}/consultation/request`) {
        state.proposal = fullProposal({ status: 'CONSULTATION_REQUESTED', permissions: ['EDIT', 'WITHDRAW'] });
        return json(state.proposal);
      }
      return undefined;
    });
    renderPage(gw.api);
    const panel = await screen.findByTestId('next-step');
    await waitFor(() => expect(within(panel).getByTestId('next-step-text').textContent).toBe('You ask the LearningLab for a consultation next.'));
    const button = within(panel).getByRole('button', { name: 'Request consultation' });
    expect(screen.getAllByRole('button', { name: 'Request consultation' })).toHaveLength(1);
    // The other steps stay with the facts.
    expect(within(screen.getByTestId('workflow-actions')).getByTestId('edit-proposal')).toBeTruthy();
    await userEvent.setup().click(button);
    expect(await screen.findByTestId('proposal-notice')).toBeTruthy();
    expect(gw.posts().map((p) => p.url)).toEqual([`${URL}/consultation/request`]);
  });

  it('takes the consultant to the consultation form', async () => {
    const { api } = server({
      proposal: endorsementProposal({ status: 'CONSULTANT_ASSIGNED', permissions: ['RECORD_CONSULTATION'] }),
      next: nextStep({
        stage: 'CONSULTANT_ASSIGNED',
        nextActor: 'CONSULTANT',
        nextAction: 'RECORD_CONSULTATION',
        waitingFor: [{ actor: 'CONSULTANT', action: 'RECORD_CONSULTATION' }],
      }),
    });
    renderPage(api);
    const panel = await screen.findByTestId('next-step');
    await waitFor(() => expect(within(panel).getByTestId('next-step-text').textContent).toBe('You hold the consultation and record it next.'));
    await userEvent.setup().click(within(panel).getByRole('button', { name: 'Record the consultation' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('consultation-date')));
  });

  it('tells the signed-in instructor of an approved proposal to produce it, with the way there', async () => {
    const { api } = server({
      proposal: endorsementProposal({ status: 'APPROVED', permissions: [] }),
      next: nextStep({ stage: 'APPROVED', nextActor: 'INSTRUCTOR', nextAction: 'PRODUCE', waitingFor: [{ actor: 'INSTRUCTOR', action: 'PRODUCE' }] }),
    });
    const signedIn = (sub: string) =>
      ({ isAuthenticated: true, user: { profile: { sub, name: 'Reader' }, access_token: '' } }) as unknown as AuthContextProps;
    const first = renderWithProviders(
      <AuthContext.Provider value={signedIn('sub-1')}>
        <ProposalDetailPage id={ID} />
      </AuthContext.Provider>,
      { api, route: `/proposals/${ID}` },
    );
    const panel = await screen.findByTestId('next-step');
    await waitFor(() => expect(within(panel).getByTestId('next-step-text').textContent).toBe('You produce the course next.'));
    expect(within(panel).getByRole('link', { name: 'Open the production' }).getAttribute('href')).toBe(`/productions/${ID}`);
    first.unmount();

    renderWithProviders(
      <AuthContext.Provider value={signedIn('sub-someone-else')}>
        <ProposalDetailPage id={ID} />
      </AuthContext.Provider>,
      { api, route: `/proposals/${ID}` },
    );
    const other = await screen.findByTestId('next-step');
    await waitFor(() => expect(within(other).getByTestId('next-step-text').textContent).toBe('Ida Instructor (instructor) produces the course next.'));
    expect(within(other).queryByRole('link', { name: 'Open the production' })).toBeNull();
  });

  it('lists the missing fields by their labels, in Danish too, and copes with unknown codes', async () => {
    const { api } = server({
      proposal: fullProposal({ status: 'CONSULTED' }),
      next: nextStep({
        stage: 'CONSULTED',
        nextActor: 'INSTRUCTOR',
        nextAction: 'COMPLETE_APPLICATION',
        missing: ['topic', 'team', 'resources', 'somethingNew'],
        waitingFor: [{ actor: 'INSTRUCTOR', action: 'COMPLETE_APPLICATION' }],
      }),
    });
    renderPage(api, 'da');
    const panel = await screen.findByTestId('next-step');
    await waitFor(() => expect(within(panel).getByTestId('next-step-text').textContent).toBe('Du skal udfylde resten af ansøgningen nu.'));
    // Completing the application is editing it: the card carries the edit button.
    expect(within(panel).getByTestId('edit-proposal')).toBeTruthy();
    const missing = within(panel).getByRole('list', { name: /Mangler at blive udfyldt/ });
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Emne',
      'Team',
      'Ressourcer fra instituttet',
      'somethingNew',
    ]);
  });

  it('shows an actor and action it does not know with generic words', async () => {
    const { api } = server({
      proposal: fullProposal(),
      next: nextStep({ nextActor: newCode('DEAN'), nextAction: newCode('CELEBRATE'), waitingFor: [{ actor: newCode('DEAN'), action: newCode('CELEBRATE') }] }),
    });
    renderPage(api);
    const panel = await screen.findByTestId('next-step');
    await waitFor(() => expect(panel.getAttribute('data-actor')).toBe('DEAN'));
    expect(within(panel).getByTestId('next-step-text').textContent).toBe('Someone else (DEAN) does something this page does not know yet (CELEBRATE).');
  });
});
