import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { ProposalQuery } from '../api/types';
import type { CurrentUser } from '../../shared/auth/roles';
import { fakeApi, proposal } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ProposalsListPage } from './ProposalsListPage';

const instructor: CurrentUser = { id: 'sub-1', name: 'Ida', username: 'ida', roles: ['instructor'] };
const committee: CurrentUser = { id: 'c-1', name: 'Carl', username: 'carl', roles: ['committee'] };

function listApi(total = 45, totalExact = true) {
  const listProposals = vi.fn(async (query: ProposalQuery) => ({
    items: total === 0 ? [] : [proposal({ title: `Result for ${query.q || 'all'}` })],
    page: query.page,
    size: query.size,
    total,
    totalExact,
  }));
  return { api: fakeApi({ listProposals: listProposals as unknown as ApiClient['listProposals'] }), listProposals };
}

const location = () => screen.getByTestId('location').textContent;
const lastQuery = (fn: ReturnType<typeof listApi>['listProposals']) => fn.mock.calls.at(-1)![0];

describe('ProposalsListPage', () => {
  it('reads its search, filters, order and page from the URL', async () => {
    const { api, listProposals } = listApi();
    renderWithProviders(<ProposalsListPage user={committee} />, {
      api,
      route: '/proposals?q=energy&status=SUBMITTED&department=Wind&semester=2027-autumn&sort=TITLE&direction=desc&page=2',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Submitted proposals' })).toBeTruthy();
    expect(lastQuery(listProposals)).toEqual({
      q: 'energy',
      status: 'SUBMITTED',
      department: 'Wind',
      semester: '2027-autumn',
      sort: 'TITLE',
      direction: 'desc',
      page: 1,
      size: 20,
    });
    const search = screen.getByRole('search', { name: 'Search and filter proposals' });
    expect((within(search).getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('energy');
    expect((within(search).getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('SUBMITTED');
    expect((within(search).getByRole('combobox', { name: 'Planned launch' }) as HTMLSelectElement).value).toBe('2027-autumn');
    expect((within(search).getByRole('textbox', { name: 'Department' }) as HTMLInputElement).value).toBe('Wind');
    expect((within(search).getByRole('combobox', { name: 'Sort by' }) as HTMLSelectElement).value).toBe('TITLE');
    expect((within(search).getByRole('combobox', { name: 'Direction' }) as HTMLSelectElement).value).toBe('desc');
    expect(within(search).getByRole('group', { name: 'Filters' })).toBeTruthy();
    expect(await screen.findByText('Page 2 of 3')).toBeTruthy();
  });

  it('announces the number of results in a live region', async () => {
    const { api } = listApi(45);
    renderWithProviders(<ProposalsListPage user={instructor} />, { api, route: '/proposals' });
    const count = screen.getByTestId('proposals-count');
    expect(count.getAttribute('role')).toBe('status');
    await waitFor(() => expect(count.textContent).toBe('45 proposals found.'));
  });

  it('says "more than" when the list stopped counting, and pages on', async () => {
    const { api } = listApi(1000, false);
    renderWithProviders(<ProposalsListPage user={committee} />, { api, route: '/proposals' });
    await waitFor(() => expect(screen.getByTestId('proposals-count').textContent).toBe('More than 1000 proposals found.'));
    expect(screen.getByText('Page 1 of more than 50')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next page' }).hasAttribute('disabled')).toBe(false);
  });

  it('writes filter and order changes to the URL and starts again at the first page', async () => {
    const { api, listProposals } = listApi();
    renderWithProviders(<ProposalsListPage user={instructor} />, { api, route: '/proposals?page=3' });
    const user = userEvent.setup();
    await screen.findByText('Page 3 of 3');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'DRAFT');
    expect(location()).toBe('/proposals?status=DRAFT');
    await waitFor(() => expect(lastQuery(listProposals)).toMatchObject({ status: 'DRAFT', page: 0 }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'TITLE');
    expect(location()).toBe('/proposals?status=DRAFT&sort=TITLE');
    expect((screen.getByRole('combobox', { name: 'Direction' }) as HTMLSelectElement).value).toBe('asc');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Direction' }), 'desc');
    expect(location()).toBe('/proposals?status=DRAFT&sort=TITLE&direction=desc');

    await user.click(await screen.findByRole('button', { name: 'Next page' }));
    expect(location()).toBe('/proposals?status=DRAFT&sort=TITLE&direction=desc&page=2');
    await waitFor(() => expect(lastQuery(listProposals)).toMatchObject({ sort: 'TITLE', direction: 'desc', page: 1 }));

    // The department filter is for the committee and administrators only.
    expect(screen.queryByRole('textbox', { name: 'Department' })).toBeNull();
  });

  it('debounces the search box before writing it to the URL', async () => {
    const { api, listProposals } = listApi();
    renderWithProviders(<ProposalsListPage user={instructor} />, { api, route: '/proposals?status=DRAFT' });
    const user = userEvent.setup();
    await screen.findByText('Result for all');
    const callsBefore = listProposals.mock.calls.length;

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'wind');
    // Typing does not search letter by letter …
    expect(location()).toBe('/proposals?status=DRAFT');
    // … but after a pause.
    await waitFor(() => expect(location()).toBe('/proposals?q=wind&status=DRAFT'));
    await screen.findByText('Result for wind');
    expect(listProposals.mock.calls.length).toBe(callsBefore + 1);
    expect(lastQuery(listProposals)).toMatchObject({ q: 'wind', status: 'DRAFT', page: 0 });
  });

  it('clears search and filters, keeping the order', async () => {
    const { api } = listApi(0);
    renderWithProviders(<ProposalsListPage user={instructor} />, { api, route: '/proposals?q=zzz&semester=2027-autumn&sort=TITLE' });
    const user = userEvent.setup();
    expect((await screen.findByTestId('proposals-empty')).textContent).toContain('No proposals match your search');
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(location()).toBe('/proposals?sort=TITLE');
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search' }));
  });

  it('offers instructors a new proposal and links rows to their pages', async () => {
    const { api } = listApi(1);
    renderWithProviders(<ProposalsListPage user={instructor} />, { api, route: '/proposals' });
    expect(screen.getByRole('link', { name: 'New proposal' }).getAttribute('href')).toBe('/proposals/new');
    const row = await screen.findByTestId('proposal-row');
    expect(within(row).getByRole('link', { name: 'Result for all' }).getAttribute('href')).toBe(
      '/proposals/7b0e3c1e-0000-4000-8000-000000000001',
    );
  });
});
