import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../shared/api/client';
import type { Proposal } from '../api/types';
import { fullProposal, history, nextStep, versions } from '../../test/fixtures';
import { recordedCall } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { ProposalDetailPage } from './ProposalDetailPage';

const ID = '7b0e3c1e-0000-4000-8000-000000000001';
const URL = `/api/proposal/proposals/${ID}`;

type Handler = (method: string, url: string, body: unknown) => Response | undefined;

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const problem = (body: object, status: number) => json({ status, ...body }, status, 'application/problem+json');

/**
 * A fake gateway behind the real API client: GET of the proposal and its history answer from
 * `state`; everything else goes to `handler`. Every request is recorded.
 */
function server(state: { proposal: Proposal }, handler: Handler = () => undefined) {
  const calls: { method: string; url: string; headers: Record<string, string>; body: unknown }[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = await recordedCall(input, init);
    const { method, url } = call;
    calls.push(call);
    const answer = handler(method, url, call.body);
    if (answer) return answer;
    if (method === 'GET' && url === `${URL}/dossier`) {
      return json({ proposal: state.proposal, next: nextStep(), history: history().slice(0, 2), attachments: [], versions: versions().slice(0, 1) });
    }
    if (method === 'GET' && url === URL) return json(state.proposal);
    if (method === 'GET' && url === `${URL}/history`) return json(history().slice(0, 2));
    if (method === 'GET' && url === `${URL}/next`) return json(nextStep());
    if (method === 'GET' && url === `${URL}/versions`) return json(versions().slice(0, 1));
    if (method === 'GET' && url === `${URL}/attachments`) return json([]);
    return problem({ title: 'Not found' }, 404);
  });
  const api = createApiClient({ baseUrl: '/api', getToken: () => 'token', fetchImpl: fetchImpl as unknown as typeof fetch });
  return { api, calls, puts: () => calls.filter((c) => c.method === 'PUT') };
}

function renderPage(
  api: ReturnType<typeof server>['api'],
  language: 'en' | 'da' = 'en',
  route: Parameters<typeof renderWithProviders>[1]['route'] = `/proposals/${ID}`,
) {
  return renderWithProviders(<ProposalDetailPage id={ID} />, { api, language, route });
}

async function openEditor() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Edit draft' }));
  const heading = screen.getByRole('heading', { level: 2, name: 'Edit the draft' });
  await waitFor(() => expect(document.activeElement).toBe(heading));
  return user;
}

describe('ProposalDetailPage', () => {
  it('reads the proposal with its next step, history, attachments and versions in one request', async () => {
    const { api, calls } = server({ proposal: fullProposal() });
    renderPage(api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Machine Learning for Engineers' })).toBeTruthy();
    // the history from the dossier: its two entries
    await waitFor(() => expect(within(screen.getByTestId('proposal-history')).getAllByRole('listitem')).toHaveLength(2));
    // the sections and "What's next" show what came along; nothing else is asked for
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`GET ${URL}/dossier`]);
  });

  it('shows the application in labelled sections, money per locale, the status and the history', async () => {
    const { api } = server({ proposal: fullProposal() });
    renderPage(api, 'en', { pathname: `/proposals/${ID}`, state: { created: 'Machine Learning for Engineers' } });
    // Until the proposal arrives, a placeholder shaped like the page, named for screen readers.
    const loading = screen.getByTestId('proposal-loading');
    expect(loading.getAttribute('role')).toBe('status');
    expect(loading.textContent).toBe('Loading the proposal…');
    expect(loading.getAttribute('data-shape')).toBe('detail');

    expect(await screen.findByRole('heading', { level: 1, name: 'Machine Learning for Engineers' })).toBeTruthy();
    expect(screen.getByTestId('form-success').textContent).toContain('The draft “Machine Learning for Engineers” was created.');
    expect(screen.getByTestId('proposal-status').textContent).toBe('Draft');
    for (const name of ['The application', 'Planning', 'Team', 'Resources from the department', 'History']) {
      expect(screen.getByRole('heading', { level: 2, name }), name).toBeTruthy();
    }

    const application = screen.getByTestId('section-application');
    const terms = within(application).getAllByRole('term').map((dt) => dt.textContent);
    expect(terms).toContain('Research environment');
    const uniqueness = within(application).getByText('Uniqueness on Coursera').nextElementSibling!;
    expect(uniqueness.tagName).toBe('DD');
    expect(uniqueness.textContent).toBe('No engineering-first ML MOOC on Coursera');

    const team = within(screen.getByTestId('section-team')).getByRole('table');
    expect(within(team).getAllByRole('row')).toHaveLength(3);
    expect(team.textContent).toContain('Student assistant');

    const money = screen.getByTestId('video-budget').querySelector('dd')!.textContent!.replace(/\u00a0/g, ' ');
    expect(money).toBe('DKK 35,000');
    expect(screen.getByText('400 hours')).toBeTruthy();

    const timeline = await screen.findByRole('list', { name: 'History' });
    expect(within(timeline).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Draft created',
      'Edited',
    ]);
    expect(screen.getByRole('button', { name: 'Edit draft' })).toBeTruthy();
  });

  it('formats money in Danish and leaves unfilled fields visibly empty', async () => {
    const { api } = server({ proposal: fullProposal({ topic: null, resources: { staffHours: null, assistants: 2, videoBudgetDkk: 35000 } }) });
    renderPage(api, 'da');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByTestId('video-budget').querySelector('dd')!.textContent!.replace(/\u00a0/g, ' ')).toBe('35.000 kr.');
    expect(screen.getAllByText('Ikke udfyldt endnu').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('heading', { level: 2, name: 'Ressourcer fra instituttet' })).toBeTruthy();
  });

  it('offers editing only with the EDIT permission', async () => {
    const other = server({ proposal: fullProposal({ permissions: [] }) });
    const { unmount } = renderPage(other.api);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Edit draft' })).toBeNull();
    unmount();

    const submitted = server({
      proposal: fullProposal({ status: 'SUBMITTED', submittedAt: '2026-11-03T08:15:00Z', permissions: ['WITHDRAW'] }),
    });
    renderPage(submitted.api);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByTestId('proposal-status').textContent).toBe('Submitted');
    expect(screen.queryByRole('button', { name: 'Edit draft' })).toBeNull();
  });

  it('saves with If-Match carrying the version it loaded, then confirms and shows the new content', async () => {
    const state = { proposal: fullProposal({ version: 3 }) };
    const { api, puts } = server(state, (method, _url, sent) => {
      if (method !== 'PUT') return undefined;
      const body = sent as Record<string, unknown>;
      state.proposal = { ...state.proposal, ...body, version: 4 };
      return json(state.proposal);
    });
    renderPage(api);
    const user = await openEditor();

    const title = screen.getByLabelText(/^Title/);
    await user.clear(title);
    await user.type(title, 'ML for Engineers');
    await user.click(screen.getByRole('button', { name: 'Add team member' }));
    const newRow = screen.getByRole('group', { name: 'Team member 3' });
    await user.type(within(newRow).getByLabelText(/^Name/), 'Tom TA');
    await user.selectOptions(within(newRow).getByRole('combobox', { name: /^Role/ }), 'TEACHING_ASSISTANT');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const saved = await screen.findByTestId('proposal-saved');
    expect(saved.textContent).toBe('Your changes to “ML for Engineers” were saved.');
    await waitFor(() => expect(document.activeElement).toBe(saved));
    expect(puts()).toHaveLength(1);
    expect(puts()[0].url).toBe(URL);
    expect(puts()[0].headers['If-Match']).toBe('"3"');
    expect(puts()[0].body).toMatchObject({
      title: 'ML for Engineers',
      team: [
        { name: 'Ida Instructor', email: 'ida@example.org', role: 'INSTRUCTOR' },
        { name: 'Sofie Student', email: null, role: 'STUDENT_ASSISTANT' },
        { name: 'Tom TA', email: null, role: 'TEACHING_ASSISTANT' },
      ],
      resources: { staffHours: 400, assistants: 2, videoBudgetDkk: 35000 },
    });
    expect(screen.queryByTestId('proposal-form')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ML for Engineers');
  });

  it('shows the server’s field errors next to the right fields, nested ones included, and summarises them', async () => {
    const { api } = server({ proposal: fullProposal() }, (method) =>
      method === 'PUT'
        ? problem(
            {
              type: 'urn:mooc:problem:validation',
              title: 'Your request has invalid fields',
              detail: 'The proposal has invalid fields.',
              errors: [
                { field: 'team[1].email', message: 'must be a well-formed email address' },
                { field: 'resources.staffHours', message: 'must be less than or equal to 100000' },
                { field: 'update.input.phases', message: 'size must be between 0 and 4000' },
                { field: 'department', message: 'your account has no department' },
              ],
            },
            400,
          )
        : undefined,
    );
    renderPage(api);
    const user = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByTestId('form-error-summary');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toContain('The proposal has invalid fields.');
    expect(summary.textContent).toContain('department: your account has no department');

    const cases: [string, string][] = [
      ['edit-team-1-email', 'must be a well-formed email address'],
      ['edit-staff-hours', 'must be less than or equal to 100000'],
      ['edit-phases', 'size must be between 0 and 4000'],
    ];
    for (const [id, message] of cases) {
      const input = document.getElementById(id)!;
      expect(input.getAttribute('aria-invalid'), id).toBe('true');
      const described = input.getAttribute('aria-describedby')!.split(' ');
      expect(described, id).toContain(`${id}-error`);
      expect(document.getElementById(`${id}-error`)!.textContent, id).toContain(message);
      const link = within(summary).getByRole('link', { name: new RegExp(message) });
      expect(link.getAttribute('href'), id).toBe(`#${id}`);
    }
    // The e-mail error belongs to the second member, not the first.
    expect(document.getElementById('edit-team-0-email')!.getAttribute('aria-invalid')).toBeNull();
    expect(within(summary).getByRole('link', { name: /Team member 2 – E-mail/ })).toBeTruthy();

    await user.click(within(summary).getByRole('link', { name: /Staff hours/ }));
    expect(document.activeElement).toBe(document.getElementById('edit-staff-hours'));
  });

  it('on 412 says that someone else changed the proposal, and "Reload" loads the latest version', async () => {
    const state = { proposal: fullProposal({ version: 3 }) };
    let putCount = 0;
    const { api, puts } = server(state, (method, _url, sent) => {
      if (method !== 'PUT') return undefined;
      putCount += 1;
      if (putCount === 1) {
        // Meanwhile someone else saved version 5.
        state.proposal = fullProposal({ version: 5, title: 'Renamed elsewhere' });
        return problem(
          {
            type: 'urn:mooc:problem:precondition-failed',
            title: 'The If-Match version is not the current one',
            detail: 'The proposal has changed since you read it (your version 3, current version 5)',
            currentVersion: 5,
          },
          412,
        );
      }
      state.proposal = { ...state.proposal, ...(sent as Partial<Proposal>), version: 6 };
      return json(state.proposal);
    });
    renderPage(api);
    const user = await openEditor();
    await user.type(screen.getByLabelText('Topic'), ' (updated)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const conflict = await screen.findByTestId('form-conflict');
    expect(conflict.getAttribute('role')).toBe('alert');
    expect(within(conflict).getByRole('heading', { name: 'Someone else changed this proposal' })).toBeTruthy();
    expect(conflict.textContent).toContain('your changes have not been saved');
    await waitFor(() => expect(document.activeElement).toBe(conflict));
    expect(screen.queryByTestId('form-error-summary')).toBeNull();

    await user.click(within(conflict).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe('Renamed elsewhere'));
    expect(screen.queryByTestId('form-conflict')).toBeNull();
    expect(screen.getByTestId('proposal-reloaded').textContent).toContain('Renamed elsewhere');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Renamed elsewhere');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByTestId('proposal-saved');
    expect(puts().map((c) => c.headers['If-Match'])).toEqual(['"3"', '"5"']);
  });

  it('says when the proposal is no longer a draft (409 illegal transition)', async () => {
    const { api } = server({ proposal: fullProposal() }, (method) =>
      method === 'PUT'
        ? problem({ type: 'urn:mooc:problem:illegal-transition', detail: 'Only a draft can be edited' }, 409)
        : undefined,
    );
    renderPage(api);
    const user = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const conflict = await screen.findByTestId('form-conflict');
    expect(conflict.textContent).toContain('The proposal can no longer be edited');
  });

  it('cancels editing and returns focus to "Edit draft"', async () => {
    const { api, puts } = server({ proposal: fullProposal() });
    renderPage(api);
    const user = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Cancel editing' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit draft' })));
    expect(puts()).toHaveLength(0);
  });

  it('explains a proposal that does not exist or is not visible', async () => {
    const { api } = server({ proposal: fullProposal() }, (method, url) =>
      method === 'GET' && url === `${URL}/dossier` ? problem({ type: 'urn:mooc:problem:not-found', detail: 'No such proposal' }, 404) : undefined,
    );
    renderPage(api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Proposal not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the proposals' }).getAttribute('href')).toBe('/proposals');
  });
});
