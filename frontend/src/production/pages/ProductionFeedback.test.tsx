import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { MOOC_ID, PRODUCTION_URL, production, productionReads, productionState, type ProductionState } from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import { ProductionRoute } from './ProductionPage';

const INSTRUCTOR: CurrentUser = { id: 'sub-ida', name: 'Ida Instructor', username: 'ida', roles: ['instructor'] };
const CONSULTANT: CurrentUser = { id: 'sub-carla', name: 'Carla Consultant', username: 'carla', roles: ['consultant'] };

function server(state: ProductionState, ...extra: Handler[]) {
  return fakeGateway(...extra, productionReads(state));
}

function renderPage(gw: ReturnType<typeof server>, user: CurrentUser, language: 'en' | 'da' = 'en') {
  return renderWithProviders(<ProductionRoute user={user} />, {
    api: gw.api,
    language,
    path: '/productions/:id',
    route: `/productions/${MOOC_ID}?tab=feedback`,
  });
}

describe('ProductionPage: feedback rounds', () => {
  it('shows both rounds with status, colleague and the comments with their resolution', async () => {
    const gw = server(productionState());
    renderPage(gw, INSTRUCTOR);
    const plan = await screen.findByTestId('feedback-round-TEACHING_PLAN');
    expect(plan.getAttribute('data-status')).toBe('CLOSED');
    expect(within(plan).getByRole('heading', { level: 3, name: 'Teaching plan' })).toBeTruthy();
    expect(within(plan).getByTestId('feedback-colleague-TEACHING_PLAN').textContent).toBe('Karen Colleague (karen@example.org)');
    const resolved = within(plan).getByTestId('feedback-comment');
    expect(resolved.getAttribute('data-resolution')).toBe('RESOLVED');
    expect(within(resolved).getByTestId('comment-resolution').textContent).toBe('Resolved Note: Done in week plans.');

    const material = screen.getByTestId('feedback-round-MATERIAL');
    expect(material.getAttribute('data-status')).toBe('OPEN');
    expect(within(material).getByTestId('feedback-colleague-MATERIAL').textContent).toBe('No colleague invited yet.');
    // Without permissions nothing is offered.
    expect(screen.queryByTestId('comment-form-MATERIAL')).toBeNull();
    expect(screen.queryByTestId('feedback-close-MATERIAL')).toBeNull();
    expect(screen.queryByTestId('resolve-c-2')).toBeNull();
    expect(gw.gets('/feedback/colleague-suggestions')).toHaveLength(0);
  });

  it('lets the instructor resolve a comment, and requires a note to decline it', async () => {
    const state = productionState({ production: production({ permissions: ['RESOLVE_COMMENTS'] }) });
    const gw = server(state, (method, url) => (method === 'PUT' && url.endsWith('/feedback/MATERIAL/comments/c-2') ? json({}) : undefined));
    renderPage(gw, INSTRUCTOR);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('decline-comment-c-2'));
    const note = screen.getByTestId('resolution-note-c-2');
    await waitFor(() => expect(document.activeElement).toBe(note));
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('resolution-note-c-2-error').textContent).toContain('Explain in a note why you decline the comment.');
    expect(gw.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await user.type(note, 'Module 2 is long on purpose.');
    await user.click(screen.getByTestId('decline-comment-c-2'));
    expect((await screen.findByTestId('production-notice')).textContent).toBe('The comment was declined.');
    expect(gw.calls.find((c) => c.method === 'PUT')!.body).toEqual({ resolution: 'DECLINED', note: 'Module 2 is long on purpose.' });
    // The feedback is read again.
    await waitFor(() => expect(gw.gets('/feedback').length).toBeGreaterThan(1));

    await user.click(screen.getByTestId('resolve-c-2'));
    await waitFor(() => expect(gw.calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(gw.calls.filter((c) => c.method === 'PUT')[1].body).toEqual({ resolution: 'RESOLVED', note: null });
  });

  it('invites a suggested colleague or one typed in', async () => {
    const state = productionState({ production: production({ permissions: ['INVITE_COLLEAGUE'] }) });
    const gw = server(state, (method, url) => (method === 'PUT' && url.endsWith('/feedback/MATERIAL/colleague') ? json({}) : undefined));
    renderPage(gw, INSTRUCTOR);
    const user = userEvent.setup();
    const form = await screen.findByTestId('invite-form-MATERIAL');
    const suggestion = (await within(form).findByLabelText('Suggested colleagues')) as HTMLSelectElement;
    expect([...suggestion.options].map((o) => o.textContent)).toEqual([
      'Choose a colleague',
      `Karen Colleague – Wind Energy Basics (Compute, launched ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2025-09-01T00:00:00Z'))})`,
    ]);
    await user.selectOptions(suggestion, 'karen@example.org');
    expect((screen.getByTestId('colleague-name-MATERIAL') as HTMLInputElement).value).toBe('Karen Colleague');
    expect((screen.getByTestId('colleague-email-MATERIAL') as HTMLInputElement).value).toBe('karen@example.org');
    await user.click(screen.getByTestId('invite-submit-MATERIAL'));
    expect((await screen.findByTestId('production-notice')).textContent).toBe(
      'Karen Colleague was invited to give feedback in the round “Material”.',
    );
    expect(gw.calls.find((c) => c.method === 'PUT')!.body).toEqual({ name: 'Karen Colleague', email: 'karen@example.org' });
    // A closed round takes no invitation.
    expect(screen.queryByTestId('invite-form-TEACHING_PLAN')).toBeNull();

    await user.type(screen.getByTestId('colleague-name-MATERIAL'), 'Ole Other');
    await user.type(screen.getByTestId('colleague-email-MATERIAL'), 'not-an-address');
    await user.click(screen.getByTestId('invite-submit-MATERIAL'));
    expect(screen.getByTestId('colleague-MATERIAL-email-error').textContent).toContain('Enter a valid e-mail address');
    expect(gw.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });

  it('lets a consultant comment and close a round; a 409 shows the server’s detail', async () => {
    const state = productionState({ production: production({ permissions: ['COMMENT', 'CLOSE_FEEDBACK'] }) });
    const gw = server(state, (method, url) => {
      if (method === 'POST' && url.endsWith('/feedback/MATERIAL/comments')) {
        return json({ id: 'c-3', author: 'Carla', authorRole: 'CONSULTANT', text: 'x', createdAt: '2027-04-03T09:00:00Z', resolution: 'OPEN' }, 201);
      }
      if (method === 'POST' && url.endsWith('/feedback/MATERIAL/close')) {
        return problem({ type: 'urn:mooc:problem:illegal-transition', title: 'Conflict', detail: 'The round has an open comment' }, 409);
      }
      return undefined;
    });
    renderPage(gw, CONSULTANT, 'da');
    const user = userEvent.setup();
    const form = await screen.findByTestId('comment-form-MATERIAL');
    await user.click(within(form).getByRole('button', { name: 'Tilføj kommentaren' }));
    expect(screen.getByTestId('comment-text-MATERIAL-error').textContent).toContain('Skriv kommentaren først.');
    await user.type(within(form).getByLabelText(/^Kommentar/), 'Please shorten the quiz.');
    await user.click(within(form).getByRole('button', { name: 'Tilføj kommentaren' }));
    expect((await screen.findByTestId('production-notice')).textContent).toBe('Din kommentar blev tilføjet til runden “Materiale”.');
    expect(gw.posts('/comments')[0].body).toEqual({ text: 'Please shorten the quiz.' });
    expect((screen.getByTestId('comment-text-MATERIAL') as HTMLTextAreaElement).value).toBe('');

    await user.click(screen.getByTestId('feedback-close-MATERIAL'));
    const alert = await screen.findByTestId('production-action-error');
    expect(alert.textContent).toContain('Runden kunne ikke lukkes');
    expect(alert.textContent).toContain('The round has an open comment');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(gw.posts(`${PRODUCTION_URL}/feedback/MATERIAL/close`)).toHaveLength(1);
  });
});
