import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../api/ApiProvider';
import type { ApiClient } from '../api/client';
import type { CurrentUser } from '../auth/roles';
import { proposal, reviewCase } from '../test/fixtures';
import { renderWithI18n } from '../test/render';
import { HomePage } from './HomePage';

function fakeApi(): ApiClient {
  return {
    request: vi.fn(),
    listProposals: vi.fn(async () => ({ items: [proposal()], page: 0, size: 20, total: 1 })),
    createProposal: vi.fn(),
    submitProposal: vi.fn(),
    listReviewCases: vi.fn(async () => ({ items: [reviewCase()], page: 0, size: 20, total: 1 })),
  };
}

function renderHome(user: CurrentUser, api = fakeApi(), lang: 'en' | 'da' = 'en') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderWithI18n(
    <QueryClientProvider client={queryClient}>
      <ApiContext.Provider value={api}>
        <HomePage user={user} />
      </ApiContext.Provider>
    </QueryClientProvider>,
    lang,
  );
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
