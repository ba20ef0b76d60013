import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../auth/roles';
import { fakeApi, proposal } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { HomePage } from './HomePage';

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

  it('welcomes other roles with an explanation, in Danish too', () => {
    renderHome({ id: 'u', name: 'Bo', username: 'bo', roles: ['board', 'medialab'] }, fakeApi(), 'da');
    expect(screen.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Din rolle i studienævnet' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Din rolle i MediaLab' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
