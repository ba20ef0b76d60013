import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../auth/roles';
import type { ProposalQuery } from '../../proposals/api/types';
import { fakeApi, proposal } from '../../test/fixtures';
import { production } from '../../test/productionFixtures';
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

  it('welcomes MediaLab with an explanation, in Danish too; its bookings to confirm are tasks in the inbox', async () => {
    const { api, asked } = tasksGateway((service) =>
      service === 'production' ? [wireTask('production', 'CONFIRM_BOOKING', { subjectId: 'b-1', dueDate: '2027-03-01' })] : [],
    );
    renderHome({ id: 'u', name: 'Mia', username: 'mia', roles: ['medialab'] }, api, 'da');
    expect(screen.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Din rolle i MediaLab' })).toBeTruthy();
    expect(screen.queryByTestId('welcome-board')).toBeNull();
    const task = await within(screen.getByTestId('task-inbox')).findByTestId('inbox-task');
    expect(task.getAttribute('data-kind')).toBe('CONFIRM_BOOKING');
    // No second summary of the same queue below the inbox.
    expect(screen.queryByTestId('medialab-queue-summary')).toBeNull();
    expect(asked().filter((url) => url.includes('/medialab/queue'))).toEqual([]);
  });

  it('shows an instructor their productions with the next milestone due', async () => {
    const { api } = productionApi((path) =>
      path === '/production/home'
        ? { tasks: { items: [], total: 0 }, productions: { items: [production()], page: 0, size: 20, total: 1, totalExact: true } }
        : [],
    );
    renderHome({ id: 'u', name: 'Ida', username: 'ida', roles: ['instructor'] }, api);
    const section = screen.getByTestId('my-productions');
    expect(within(section).getByRole('heading', { level: 2, name: 'Your productions' })).toBeTruthy();
    const row = await within(section).findByTestId('production-row');
    expect(within(row).getByRole('link', { name: 'Quantum Computing for Engineers' }).getAttribute('href')).toBe(
      '/productions/6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11',
    );
    expect(within(row).getByTestId('production-next-milestone').getAttribute('data-key')).toBe('COURSE_OUTLINE');
  });

  it('reads an instructor’s production tasks and productions in one request to production-service', async () => {
    const { api, asked } = tasksGateway(
      (service) => (service === 'production' ? [wireTask('production', 'COMPLETE_MILESTONE', { title: 'Wind Energy Basics' })] : []),
      {},
      [production()],
    );
    const { queryClient } = renderWithProviders(<HomePage user={{ id: 'u', name: 'Ida', username: 'ida', roles: ['instructor'] }} />, { api });
    const task = await within(screen.getByTestId('task-inbox')).findByTestId('inbox-task');
    expect(task.getAttribute('data-kind')).toBe('COMPLETE_MILESTONE');
    expect(await within(screen.getByTestId('my-productions')).findByTestId('production-row')).toBeTruthy();
    // the inbox and the list observe one query: production-service is asked once, and never for /tasks or /productions
    expect(asked().filter((url) => url.startsWith('/api/production/'))).toEqual(['/api/production/home']);
    // and the list of productions opens on the same first page, from its own cache entry
    expect(queryClient.getQueryData<{ items: unknown[] }>(['productions', 'list', 0, 20])?.items).toHaveLength(1);
  });

  it('shows a consultant the consultations they took; the queue of unassigned ones is in the inbox', async () => {
    const mine = proposal({ id: 'm-1', title: 'Quantum Basics', status: 'CONSULTED', permissions: [] });
    const { gw } = tasksGateway((service) => (service === 'proposal' ? [wireTask('proposal', 'TAKE_CONSULTATION', { subjectId: 'q-1', title: 'Wind Energy Basics' })] : []));
    const api = fakeApi({
      services: gw.api.services,
      listProposals: vi.fn(async (query: ProposalQuery) => ({ items: query.consultant === 'me' ? [mine] : [], page: 0, size: 20, total: 1, totalExact: true })),
    });
    renderHome({ id: 'sub-carla', name: 'Carla', username: 'carla', roles: ['consultant'] }, api);

    const inbox = screen.getByTestId('task-inbox');
    const take = await within(inbox).findByRole('link', { name: 'Take the consultation: «Wind Energy Basics»' });
    expect(take.getAttribute('href')).toBe('/proposals/q-1#next-step-heading');

    const own = screen.getByTestId('my-consultations');
    const ownRows = await within(own).findAllByTestId('proposal-row');
    expect(ownRows.map((r) => r.getAttribute('data-proposal-id'))).toEqual(['m-1']);
    expect(within(own).getByRole('table', { name: /whose consultation you have taken/ })).toBeTruthy();
    expect(inbox.compareDocumentPosition(own) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    expect(vi.mocked(api.listProposals).mock.calls.map(([q]) => q.consultant)).toEqual(['me']);
    expect(screen.queryByTestId('consultation-queue')).toBeNull();
    expect(screen.queryByTestId('welcome-consultant')).toBeNull();
  });

  it('says so in Danish when a consultant has taken no consultation', async () => {
    const api = fakeApi({ listProposals: vi.fn(async () => ({ items: [], page: 0, size: 20, total: 0, totalExact: true })) });
    renderHome({ id: 'sub-carla', name: 'Carla', username: 'carla', roles: ['consultant'] }, api, 'da');
    expect((await screen.findByTestId('my-consultations-empty')).textContent).toBe('Du har endnu ikke taget nogen konsultation.');
  });

  it('lists the study board’s approvals, launch approvals and semester reviews once: as tasks in the inbox', async () => {
    const { api, asked } = tasksGateway((service) => {
      if (service === 'proposal') return [wireTask('proposal', 'GIVE_BOARD_APPROVAL', { subjectId: 'p-1' })];
      if (service === 'production') return [wireTask('production', 'APPROVE_LAUNCH', { subjectId: 'p-2', title: 'Wind Energy Basics' })];
      return [wireTask('analytics', 'RECORD_SEMESTER_REVIEW', { subjectId: 'r-1', title: 'Solar Cells' })];
    });
    renderHome({ id: 'sub-bo', name: 'Bo', username: 'bo', department: 'Compute', roles: ['board'] }, api);
    const tasks = await within(screen.getByTestId('task-inbox')).findAllByTestId('inbox-task');
    expect(tasks.map((task) => task.getAttribute('data-kind')).sort()).toEqual(['APPROVE_LAUNCH', 'GIVE_BOARD_APPROVAL', 'RECORD_SEMESTER_REVIEW']);
    for (const gone of ['board-queue', 'launch-approval-queue', 'semester-reviews-to-decide']) {
      expect(screen.queryByTestId(gone), gone).toBeNull();
    }
    // The inbox is all the overview reads for the board: no list of proposals, productions or reviews besides.
    expect(asked().filter((url) => !url.endsWith('/tasks'))).toEqual([]);
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
    // The head's signatures are not listed a second time below the inbox.
    expect(screen.queryByTestId('signature-queue')).toBeNull();
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
