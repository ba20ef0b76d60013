import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../auth/roles';
import type { ProposalQuery } from '../../proposals/api/types';
import { endorsementProposal, endorsement, fakeApi, proposal } from '../../test/fixtures';
import { booking, production } from '../../test/productionFixtures';
import { fakeGateway, json } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { tasksGateway, wireTask } from '../inbox/inboxFixtures';
import { HomePage } from './HomePage';

/** production-service behind a fake gateway: `answer` gives a GET's JSON by its path (e.g. `/production/studios`). */
function productionApi(answer: (path: string) => unknown) {
  const gw = fakeGateway((method, url) => (method === 'GET' ? json(answer(url.split('?')[0].replace(/^\/api/, ''))) : undefined));
  return { gw, api: fakeApi({ services: gw.api.services }) };
}

function renderHome(user: CurrentUser, api = fakeApi(), lang: 'en' | 'da' = 'en') {
  renderWithProviders(<HomePage user={user} />, { api, language: lang });
  return api;
}

describe('HomePage', () => {
  it('shows an instructor their proposals and the draft form', async () => {
    const api = renderHome({ id: 'u', name: 'Ida', username: 'ida', roles: ['instructor'] });
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeTruthy();
    expect(await screen.findByRole('table', { name: /Your MOOC proposals/ })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Create a draft proposal' })).toBeTruthy();
    expect(api.listReviewCases).not.toHaveBeenCalled();
  });

  it('links each proposal to its page and opens the new draft’s page after creating it', async () => {
    const created = proposal({ id: 'new-1', title: 'Quantum Basics' });
    const api = fakeApi({ createProposal: vi.fn(async () => created) });
    renderHome({ id: 'sub-1', name: 'Ida', username: 'ida', roles: ['instructor'] }, api);
    const link = await screen.findByRole('link', { name: 'Machine Learning for Engineers' });
    expect(link.getAttribute('href')).toBe('/proposals/7b0e3c1e-0000-4000-8000-000000000001');

    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Title/), 'Quantum Basics');
    const semester = screen.getByLabelText(/^Planned launch semester/) as HTMLSelectElement;
    await user.selectOptions(semester, semester.options[1].value);
    await user.click(screen.getByRole('button', { name: 'Create draft' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/proposals/new-1'));
  });

  it('shows the committee the review cases', async () => {
    const api = renderHome({ id: 'u', name: 'Carl', username: 'carl', roles: ['committee'] });
    expect(await screen.findByRole('table', { name: /Review cases of the steering committee/ })).toBeTruthy();
    expect(screen.getByText('Wind Energy Basics')).toBeTruthy();
    expect(api.listProposals).not.toHaveBeenCalled();
  });

  it('shows an administrator all proposals and the review cases, without the form', async () => {
    renderHome({ id: 'u', name: 'Ada', username: 'ada', roles: ['admin'] });
    expect(await screen.findByRole('table', { name: /All MOOC proposals/ })).toBeTruthy();
    expect(await screen.findByRole('table', { name: /Review cases/ })).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('welcomes MediaLab with an explanation and the size of its queue, in Danish too', async () => {
    const { api } = productionApi((path) => (path === '/production/medialab/queue' ? [booking(), booking({ id: 'b-2' })] : []));
    renderHome({ id: 'u', name: 'Mia', username: 'mia', roles: ['medialab'] }, api, 'da');
    expect(screen.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Din rolle i MediaLab' })).toBeTruthy();
    expect(screen.queryByTestId('welcome-board')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    const count = await screen.findByTestId('medialab-queue-count');
    expect(count.getAttribute('data-count')).toBe('2');
    expect(count.textContent).toBe('2 bookinger venter på MediaLabs bekræftelse.');
    expect(screen.getByRole('link', { name: 'Åbn MediaLabs kø' }).getAttribute('href')).toBe('/medialab');
  });

  it('shows an instructor their productions with the next milestone due', async () => {
    const { gw, api } = productionApi((path) =>
      path === '/production/productions' ? { items: [production()], page: 0, size: 20, total: 1 } : [],
    );
    renderHome({ id: 'u', name: 'Ida', username: 'ida', roles: ['instructor'] }, api);
    const section = screen.getByTestId('my-productions');
    expect(within(section).getByRole('heading', { level: 2, name: 'Your productions' })).toBeTruthy();
    const row = await within(section).findByTestId('production-row');
    expect(within(row).getByRole('link', { name: 'Quantum Computing for Engineers' }).getAttribute('href')).toBe(
      '/productions/6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11',
    );
    expect(within(row).getByTestId('production-next-milestone').getAttribute('data-key')).toBe('COURSE_OUTLINE');
    expect(gw.calls.map((c) => c.url)).toContain('/api/production/productions?page=0&size=20');
  });

  it('shows the study board its department’s productions awaiting the launch approval', async () => {
    const asked = { status: 'REQUESTED' as const, requestedAt: '2027-06-01T10:00:00Z', requestedBy: null, decidedAt: null, decidedBy: null, comment: null };
    // The list's rows carry no launch approval: the department's productions in production are read for it.
    const row = (p: ReturnType<typeof production>) => ({ ...p, milestones: null, launchApproval: null, permissions: null });
    const details = [
      production({ moocId: 'p-1', title: 'Quantum Computing for Engineers', launchApproval: asked }),
      production({ moocId: 'p-2', title: 'Wind Energy Basics', department: 'Wind', launchApproval: asked }),
      production({ moocId: 'p-3', title: 'Not asked yet' }),
      production({ moocId: 'p-4', title: 'Still planning', status: 'PLANNING' }),
    ];
    const { gw, api } = productionApi((path) => {
      if (path === '/production/productions') return { items: details.map(row), page: 0, size: 100, total: 4 };
      return details.find((d) => path === `/production/productions/${d.moocId}`) ?? [];
    });
    renderHome({ id: 'sub-bo', name: 'Bo', username: 'bo', department: 'Compute', roles: ['board'] }, api);
    const queue = screen.getByTestId('launch-approval-queue');
    expect(within(queue).getByRole('heading', { level: 2, name: 'Awaiting the study board’s launch approval' })).toBeTruthy();
    const rows = await within(queue).findAllByTestId('production-row');
    expect(rows.map((r) => r.getAttribute('data-mooc-id'))).toEqual(['p-1']);
    expect(within(rows[0]).getByRole('link').getAttribute('href')).toBe('/productions/p-1/launch-approval');
    expect(within(rows[0]).getByTestId('production-row-approval').getAttribute('data-state')).toBe('REQUESTED');
    const read = gw.calls.map((c) => c.url);
    expect(read).toContain('/api/production/productions/p-3');
    expect(read).not.toContain('/api/production/productions/p-2');
    expect(read).not.toContain('/api/production/productions/p-4');
  });

  it('shows a consultant the queue of unassigned consultations and their own', async () => {
    const waiting = proposal({ id: 'q-1', title: 'Wind Energy Basics', status: 'CONSULTATION_REQUESTED', permissions: ['ASSIGN_CONSULTANT'] });
    const mine = proposal({ id: 'm-1', title: 'Quantum Basics', status: 'CONSULTANT_ASSIGNED', permissions: ['RECORD_CONSULTATION'] });
    const api = fakeApi({
      listProposals: vi.fn(async (query: ProposalQuery) => ({
        items: query.consultant === 'unassigned' ? [waiting] : query.consultant === 'me' ? [mine] : [],
        page: 0,
        size: 20,
        total: 1,
      })),
    });
    renderHome({ id: 'sub-carla', name: 'Carla', username: 'carla', roles: ['consultant'] }, api);

    const queue = screen.getByTestId('consultation-queue');
    expect(within(queue).getByRole('heading', { level: 2, name: 'Consultations waiting for a consultant' })).toBeTruthy();
    const rows = await within(queue).findAllByTestId('proposal-row');
    expect(rows.map((r) => r.getAttribute('data-proposal-id'))).toEqual(['q-1']);
    expect(within(rows[0]).getByRole('link', { name: 'Wind Energy Basics' }).getAttribute('href')).toBe('/proposals/q-1');
    expect(within(rows[0]).getByTestId('proposal-status').textContent).toBe('Consultation requested');

    const own = screen.getByTestId('my-consultations');
    const ownRows = await within(own).findAllByTestId('proposal-row');
    expect(ownRows.map((r) => r.getAttribute('data-proposal-id'))).toEqual(['m-1']);
    expect(within(own).getByRole('table', { name: /whose consultation you have taken/ })).toBeTruthy();

    const queries = vi.mocked(api.listProposals).mock.calls.map(([q]) => q.consultant);
    expect(queries).toEqual(expect.arrayContaining(['unassigned', 'me']));
    expect(screen.queryByTestId('welcome-consultant')).toBeNull();
    // No row of a queue offers "Submit".
    expect(screen.queryByRole('button', { name: /Submit to committee/ })).toBeNull();
  });

  it('says so when no consultation is waiting', async () => {
    const api = fakeApi({ listProposals: vi.fn(async () => ({ items: [], page: 0, size: 20, total: 0 })) });
    renderHome({ id: 'sub-carla', name: 'Carla', username: 'carla', roles: ['consultant'] }, api, 'da');
    expect((await screen.findByTestId('consultation-queue-empty')).textContent).toBe('Ingen konsultationer venter på en konsulent.');
    expect(screen.getByTestId('my-consultations-empty').textContent).toBe('Du har endnu ikke taget nogen konsultation.');
  });

  it('shows the study board the applications awaiting endorsements with the board’s state', async () => {
    const api = fakeApi({
      listProposals: vi.fn(async () => ({
        items: [endorsementProposal({ boardApproval: endorsement({ state: 'REQUESTED' }), permissions: ['DECIDE_BOARD_APPROVAL'] })],
        page: 0,
        size: 20,
        total: 1,
      })),
    });
    renderHome({ id: 'sub-bo', name: 'Bo', username: 'bo', department: 'Compute', roles: ['board'] }, api);
    const queue = screen.getByTestId('board-queue');
    expect(within(queue).getByRole('heading', { name: 'Awaiting the study board’s approval' })).toBeTruthy();
    const row = await within(queue).findByTestId('proposal-row');
    expect(within(row).getByTestId('endorsement-state').getAttribute('data-state')).toBe('REQUESTED');
    expect(vi.mocked(api.listProposals).mock.calls[0][0]).toMatchObject({ status: 'ENDORSEMENT', page: 0 });
    expect(screen.queryByTestId('signature-queue')).toBeNull();
  });

  it('shows the Head of Department the applications awaiting a signature, and not a void one', async () => {
    const api = fakeApi({
      listProposals: vi.fn(async () => ({
        items: [
          endorsementProposal({ id: 'void-1', title: 'Changed since signed', headSignature: endorsement({ state: 'VOID' }) }),
          endorsementProposal({ headSignature: endorsement({ state: 'REQUESTED' }), permissions: ['SIGN'] }),
        ],
        page: 0,
        size: 20,
        total: 2,
      })),
    });
    renderHome({ id: 'sub-hans', name: 'Hans', username: 'hans', department: 'Compute', roles: ['head'] }, api, 'da');
    const queue = screen.getByTestId('signature-queue');
    expect(within(queue).getByRole('heading', { name: 'Afventer din underskrift' })).toBeTruthy();
    const row = await within(queue).findByTestId('proposal-row');
    expect(within(row).getByTestId('endorsement-state').textContent).toBe('Anmodet, afventer afgørelse');
    expect(within(queue).queryByText('Changed since signed')).toBeNull();
    expect(vi.mocked(api.listProposals).mock.calls[0][0]).toMatchObject({ status: 'ENDORSEMENT' });
  });

  it('opens with the task inbox, above the sections of the roles', async () => {
    const { api, asked } = tasksGateway((service) =>
      service === 'proposal' ? [wireTask('proposal', 'SIGN_AS_HEAD', { subjectId: 'p-1', params: { contentHash: 'h1', department: 'Compute' } })] : [],
    );
    renderHome({ id: 'sub-hans', name: 'Hans', username: 'hans', department: 'Compute', roles: ['head'] }, api);
    const inbox = screen.getByTestId('task-inbox');
    expect(within(inbox).getByRole('heading', { level: 2, name: 'Waiting for you' })).toBeTruthy();
    const action = await within(inbox).findByRole('link', { name: 'Sign: «Quantum Basics»' });
    expect(action.getAttribute('href')).toBe('/proposals/p-1/signature?hash=h1');
    // The existing queue stays, below the inbox.
    const queue = screen.getByTestId('signature-queue');
    expect(inbox.compareDocumentPosition(queue) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(asked()).toEqual(['/api/proposal/tasks']);
  });

  it('asks no service for the tasks of an administrator, who acts on none', async () => {
    const { api, asked } = tasksGateway(() => []);
    renderHome({ id: 'u', name: 'Ada', username: 'ada', roles: ['admin'] }, api);
    expect(await within(screen.getByTestId('task-inbox')).findByText('Nothing is waiting for you.')).toBeTruthy();
    expect(asked().filter((url) => url.endsWith('/tasks'))).toEqual([]);
  });

  it('shows no inbox to an account without a role', () => {
    renderHome({ id: 'u', name: 'Nora', username: 'nora', roles: [] });
    expect(screen.getByTestId('no-roles')).toBeTruthy();
    expect(screen.queryByTestId('task-inbox')).toBeNull();
  });
});
