import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles';
import { renderWithProviders } from '../../test/render';
import type { Language } from '../i18n/translate';
import { everyKind, tasksGateway, wireTask } from './inboxFixtures';
import { TASK_KINDS, taskLink, type TaskService } from './taskModel';
import { TaskInbox } from './TaskInbox';

const TODAY = '2027-03-10';
const EVERYONE: Role[] = ['instructor', 'consultant', 'committee', 'board', 'head', 'medialab'];

function renderInbox(api: ReturnType<typeof tasksGateway>['api'], roles: Role[] = EVERYONE, language: Language = 'en') {
  return renderWithProviders(<TaskInbox roles={roles} today={TODAY} />, { api, language });
}

const items = () => screen.getAllByTestId('inbox-task');
const textOf = (item: HTMLElement) => within(item).getByTestId('inbox-task-text').textContent;

describe('TaskInbox', () => {
  it('words every kind of every service and links it to where it is done', async () => {
    const tasks = everyKind();
    const { api } = tasksGateway((service) => tasks[service]);
    renderInbox(api);

    const total = Object.values(TASK_KINDS).reduce((n, kinds) => n + kinds.length, 0);
    expect(await screen.findAllByTestId('inbox-task')).toHaveLength(total);
    expect(screen.getByTestId('inbox-count').textContent).toBe(`${total} tasks are waiting for you.`);
    const texts = new Set<string>();
    for (const item of items()) {
      const service = item.getAttribute('data-service') as TaskService;
      const kind = item.getAttribute('data-kind') ?? '';
      const text = textOf(item) ?? '';
      // Its own wording: with the title, never the code (the fallback for unknown kinds shows it).
      expect(text, kind).toContain('«Quantum Basics»');
      expect(text, kind).not.toContain(kind);
      texts.add(text);
      const action = within(item).getByRole('link');
      expect(action.getAttribute('href'), kind).toBe(taskLink({ ...wireTask(service, kind), service }));
      expect(action.textContent, kind).not.toMatch(/^Open/);
    }
    expect(texts.size).toBe(total);
  });

  it('says each task the way its reader acts on it', async () => {
    const { api } = tasksGateway((service) => everyKind()[service]);
    renderInbox(api);
    await screen.findAllByTestId('inbox-task');
    const byKind = (kind: string) => items().find((i) => i.getAttribute('data-kind') === kind)!;

    const sign = byKind('SIGN_AS_HEAD');
    expect(textOf(sign)).toBe('Sign the proposal «Quantum Basics» as Head of Department');
    expect(within(sign).getByRole('link', { name: 'Sign: «Quantum Basics»' }).getAttribute('href')).toBe(
      '/proposals/subject-proposal-SIGN_AS_HEAD/signature?hash=hash-h',
    );
    expect(within(sign).getByText('Department: Compute')).toBeTruthy();

    const assess = byKind('ASSESS_CASE');
    expect(textOf(assess)).toBe('Assess «Quantum Basics» before the meeting on 12 Mar 2027');
    expect(within(assess).getByTestId('inbox-task-due').textContent).toBe('Due 12 Mar 2027 (in 2 days)');

    const decide = byKind('SEND_DECISION');
    expect(within(decide).getByText('Round 2')).toBeTruthy();
    expect(within(decide).getByText('1 of the 2 assessments a decision needs are in')).toBeTruthy();
    expect(within(decide).getByText('You decide as acting chair')).toBeTruthy();

    expect(textOf(byKind('REQUEST_ENDORSEMENTS'))).toBe(
      'Ask for the study board’s approval and the Head of Department’s signature of «Quantum Basics»',
    );
    expect(textOf(byKind('REVISE_PROPOSAL'))).toBe('Revise «Quantum Basics», as the steering committee asked');
    expect(textOf(byKind('COMPLETE_MILESTONE'))).toBe('Complete the milestone “Pilot module” of «Quantum Basics»');
    expect(within(byKind('CONFIRM_BOOKING')).getByText('Studio: MediaLab production')).toBeTruthy();
    expect(textOf(byKind('RECORD_SEMESTER_REVIEW'))).toBe('Decide the semester review of «Quantum Basics» for Spring 2027');
  });

  it('merges the services: overdue first, then by due date, then the longest waiting, under headings', async () => {
    const { api } = tasksGateway((service) => {
      switch (service) {
        case 'proposal':
          return [
            wireTask('proposal', 'SIGN_AS_HEAD', { title: 'Newer signature', since: '2027-03-01T09:00:00Z' }),
            wireTask('proposal', 'GIVE_BOARD_APPROVAL', { title: 'Older approval', since: '2027-02-01T09:00:00Z' }),
          ];
        case 'production':
          return [wireTask('production', 'APPROVE_LAUNCH', { title: 'Launch soon', dueDate: '2027-03-20' })];
        case 'analytics':
          return [wireTask('analytics', 'RECORD_SEMESTER_REVIEW', { title: 'Late review', dueDate: '2027-03-01' })];
        default:
          return [];
      }
    });
    renderInbox(api, ['board', 'head']);
    await screen.findAllByTestId('inbox-task');
    const titles = () => items().map((i) => within(i).getByRole('link').textContent);
    expect(titles()).toEqual([
      'Decide the review: «Late review»',
      'Decide on the launch: «Launch soon»',
      'Approve or decline: «Older approval»',
      'Sign: «Newer signature»',
    ]);

    const overdue = screen.getByTestId('inbox-group-overdue');
    expect(within(overdue).getByRole('heading', { level: 3, name: 'Overdue (1)' })).toBeTruthy();
    expect(within(overdue).getByText('Overdue')).toBeTruthy();
    expect(within(overdue).getByTestId('inbox-task-due').textContent).toBe('Was due 1 Mar 2027 (9 days ago)');
    expect(within(screen.getByTestId('inbox-group-due')).getByRole('heading', { name: 'With a due date (1)' })).toBeTruthy();
    const open = screen.getByTestId('inbox-group-open');
    expect(within(open).getByRole('heading', { name: 'No due date (2)' })).toBeTruthy();
    expect(within(open).getByRole('list', { name: 'No due date (2)' })).toBeTruthy();
  });

  it('keeps the other services’ tasks when one refuses and one fails, and retries the failed one', async () => {
    let productionAnswer: number | ReturnType<typeof wireTask>[] = 500;
    const { api, asked } = tasksGateway((service) => {
      if (service === 'review') return 403;
      if (service === 'production') return productionAnswer;
      return [wireTask(service, service === 'proposal' ? 'SUBMIT_PROPOSAL' : 'RECORD_SEMESTER_REVIEW')];
    });
    renderInbox(api);

    const failures = await screen.findAllByTestId('inbox-failure');
    expect(failures.map((f) => f.getAttribute('data-service'))).toEqual(['review', 'production']);
    expect(failures[1].textContent).toContain('Tasks from production could not be loaded.');
    expect(items().map((i) => i.getAttribute('data-kind'))).toEqual(['RECORD_SEMESTER_REVIEW', 'SUBMIT_PROPOSAL']);
    expect(screen.getByTestId('inbox-count').textContent).toBe('2 tasks are waiting for you.');

    productionAnswer = [wireTask('production', 'AGREE_PLAN')];
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry loading the tasks from production' }));
    expect(await screen.findByText('Agree the development plan of «Quantum Basics»')).toBeTruthy();
    expect(screen.getAllByTestId('inbox-failure').map((f) => f.getAttribute('data-service'))).toEqual(['review']);
    expect(asked().filter((url) => url === '/api/production/tasks')).toHaveLength(2);
  });

  it('does not say nothing is waiting when a service could not answer', async () => {
    const { api } = tasksGateway((service) => (service === 'production' ? 500 : []));
    renderInbox(api, ['instructor']);
    expect(await screen.findByTestId('inbox-failure')).toBeTruthy();
    expect(screen.getByTestId('inbox-count').textContent).toBe('Nothing is waiting for you among the tasks that could be loaded.');
  });

  it('asks only the services where the roles can have tasks, and says when nothing waits', async () => {
    const { api, asked } = tasksGateway(() => []);
    renderInbox(api, ['committee', 'committee-chair']);
    expect((await screen.findByText('Nothing is waiting for you.')).getAttribute('role')).toBe('status');
    expect(asked()).toEqual(['/api/review/tasks']);
    expect(screen.queryByTestId('inbox-task')).toBeNull();
  });

  it('shows a placeholder shaped like the list while the services answer', async () => {
    const { api } = tasksGateway(() => [wireTask('production', 'LAUNCH')]);
    renderInbox(api, ['medialab']);
    expect(screen.getByTestId('inbox-placeholder').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Loading your tasks…');
    expect(await screen.findByTestId('inbox-task')).toBeTruthy();
    expect(screen.queryByTestId('inbox-placeholder')).toBeNull();
  });

  it('words the tasks in Danish', async () => {
    const { api } = tasksGateway((service) => (service === 'production' ? 500 : everyKind()[service]));
    renderInbox(api, EVERYONE, 'da');
    await screen.findAllByTestId('inbox-task');
    const byKind = (kind: string) => items().find((i) => i.getAttribute('data-kind') === kind)!;
    expect(screen.getByRole('heading', { level: 2, name: 'Venter på dig' })).toBeTruthy();
    expect(textOf(byKind('SIGN_AS_HEAD'))).toBe('Underskriv forslaget «Quantum Basics» som institutleder');
    expect(within(byKind('SIGN_AS_HEAD')).getByRole('link', { name: 'Underskriv: «Quantum Basics»' })).toBeTruthy();
    expect(textOf(byKind('ASSESS_CASE'))).toBe('Bedøm «Quantum Basics» før mødet den 12. mar. 2027');
    expect(within(byKind('ASSESS_CASE')).getByTestId('inbox-task-due').textContent).toBe('Frist 12. mar. 2027 (i overmorgen)');
    expect(textOf(byKind('RECORD_SEMESTER_REVIEW'))).toBe('Træf afgørelse i semesterevalueringen af «Quantum Basics» for Forår 2027');
    expect(textOf(byKind('REVISE_PROPOSAL'))).toBe('Revidér «Quantum Basics», som styregruppen har bedt om');
    expect(screen.getByTestId('inbox-failure').textContent).toContain('Opgaver fra produktion kunne ikke hentes.');
    expect(screen.getByRole('button', { name: 'Prøv igen at hente opgaverne fra produktion' })).toBeTruthy();
  });

  it('words a kind this client does not know yet and still links to its subject', async () => {
    const { api } = tasksGateway((service) => (service === 'production' ? [wireTask('production', 'FILM_TRAILER', { moocId: 'm-9' })] : []));
    renderInbox(api, ['instructor']);
    const item = await screen.findByTestId('inbox-task');
    expect(textOf(item)).toBe('A task on «Quantum Basics» (FILM_TRAILER)');
    expect(within(item).getByRole('link', { name: 'Open: «Quantum Basics»' }).getAttribute('href')).toBe('/productions/m-9');
  });

  it('reads the tasks afresh when the home opens again, so a task just done is gone', async () => {
    let signed = false;
    const { api } = tasksGateway((service) => (service === 'proposal' && !signed ? [wireTask('proposal', 'SIGN_AS_HEAD')] : []));
    const first = renderInbox(api, ['head']);
    expect(await screen.findByTestId('inbox-task')).toBeTruthy();
    first.unmount();
    // The home left (for the signature page): its copy of the tasks is dropped once nothing shows it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(first.queryClient.getQueryData(['tasks', 'proposal'])).toBeUndefined();

    signed = true;
    renderWithProviders(<TaskInbox roles={['head']} today={TODAY} />, { api, queryClient: first.queryClient });
    expect(screen.queryByTestId('inbox-task')).toBeNull();
    expect(await screen.findByText('Nothing is waiting for you.')).toBeTruthy();
  });
});
