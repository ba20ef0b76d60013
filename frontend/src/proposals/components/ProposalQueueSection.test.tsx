import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Proposal, ProposalQuery } from '../api/types';
import { fakeApi, proposal } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ProposalQueueSection } from './ProposalQueueSection';

const id = (n: number) => `7b0e3c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A consultant's consultations, 25 of them: the server pages them by 20. */
const taken: Proposal[] = Array.from({ length: 25 }, (_, i) =>
  proposal({ id: id(i + 1), title: `Consultation ${i + 1}`, status: i % 2 === 0 ? 'CONSULTED' : 'CONSULTANT_ASSIGNED' }),
);

function renderQueue(items = taken) {
  const api = fakeApi({
    listProposals: vi.fn(async (query: ProposalQuery) => {
      const from = query.page * 20;
      return { items: items.slice(from, from + 20), page: query.page, size: 20, total: items.length, totalExact: true };
    }),
  });
  renderWithProviders(
    <ProposalQueueSection
      testId="queue"
      heading="home.myConsultations.heading"
      caption="home.myConsultations.caption"
      empty="home.myConsultations.empty"
      filter={{ consultant: 'me' }}
    />,
    { api },
  );
  return api;
}

const titles = async () => (await screen.findAllByTestId('proposal-link')).map((a) => a.textContent);

describe('a list of proposals on the overview', () => {
  it('asks the server for its filter and lists the page it answers, with the instructor', async () => {
    const api = renderQueue();
    expect(await titles()).toHaveLength(20);
    expect(vi.mocked(api.listProposals).mock.calls[0][0]).toMatchObject({ consultant: 'me', page: 0 });
    const table = within(screen.getByTestId('queue')).getByRole('table', { name: /whose consultation you have taken/ });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toContain('Instructor');
  });

  it('pages as the server does', async () => {
    const api = renderQueue();
    await titles();
    const pages = within(screen.getByTestId('queue')).getByRole('navigation');
    expect(pages.textContent).toContain('Page 1 of 2');
    await userEvent.setup().click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(await titles()).toEqual(['Consultation 21', 'Consultation 22', 'Consultation 23', 'Consultation 24', 'Consultation 25']);
    expect(vi.mocked(api.listProposals).mock.calls.at(-1)?.[0]).toMatchObject({ consultant: 'me', page: 1 });
  });

  it('says so when the list is empty', async () => {
    renderQueue([]);
    expect((await screen.findByTestId('queue-empty')).textContent).toBe('You have not taken any consultation yet.');
    expect(screen.queryByTestId('proposal-row')).toBeNull();
  });
});
