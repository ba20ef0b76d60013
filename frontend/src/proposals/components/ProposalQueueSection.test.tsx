import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Proposal } from '../api/types';
import { endorsement, endorsementProposal, fakeApi } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ProposalQueueSection } from './ProposalQueueSection';

const id = (n: number) => `7b0e3c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The endorsement stage as the server lists it to a board member and a head of the same department. */
const stage: Proposal[] = [
  endorsementProposal({ id: id(1), title: 'Both requested', permissions: ['DECIDE_BOARD_APPROVAL', 'SIGN'] }),
  endorsementProposal({
    id: id(2),
    title: 'Approved, signature void',
    boardApproval: endorsement({ state: 'APPROVED' }),
    headSignature: endorsement({ state: 'VOID' }),
    permissions: [],
  }),
  endorsementProposal({
    id: id(3),
    title: 'Signed, approval requested',
    headSignature: endorsement({ state: 'SIGNED' }),
    permissions: ['DECIDE_BOARD_APPROVAL'],
  }),
  endorsementProposal({
    id: id(4),
    title: 'Both given',
    boardApproval: endorsement({ state: 'APPROVED' }),
    headSignature: endorsement({ state: 'SIGNED' }),
    readyToSubmit: true,
    permissions: [],
  }),
];

function renderQueue(endorsementColumn: 'board' | 'head' | undefined, items = stage) {
  const api = fakeApi({ listProposals: vi.fn(async () => ({ items, page: 0, size: 100, total: items.length })) });
  renderWithProviders(
    <ProposalQueueSection
      testId="queue"
      heading="home.signatureQueue.heading"
      caption="home.signatureQueue.caption"
      empty="home.signatureQueue.empty"
      filter={{ status: 'ENDORSEMENT' }}
      endorsementColumn={endorsementColumn}
    />,
    { api },
  );
  return api;
}

const titles = async () => (await screen.findAllByTestId('proposal-link')).map((a) => a.textContent);

describe('an endorser’s queue', () => {
  it('lists only what the head may sign now: not a void signature, not one already given', async () => {
    const api = renderQueue('head');
    expect(await titles()).toEqual(['Both requested']);
    expect(vi.mocked(api.listProposals).mock.calls[0][0]).toMatchObject({ status: 'ENDORSEMENT', page: 0, size: 100 });
  });

  it('lists only what the board may approve now, with the exact status of each', async () => {
    renderQueue('board');
    expect(await titles()).toEqual(['Both requested', 'Signed, approval requested']);
    const statuses = screen.getAllByTestId('proposal-status').map((td) => td.textContent);
    expect(statuses).toEqual(['Awaiting endorsements', 'Awaiting the study board’s approval']);
  });

  it('says so when nothing is left to decide', async () => {
    renderQueue('head', stage.slice(1));
    expect(await screen.findByTestId('queue-empty')).toBeTruthy();
    expect(screen.queryByTestId('proposal-row')).toBeNull();
  });

  it('pages what is left after narrowing, not the server’s page', async () => {
    // 45 in the stage, 23 of them the head's to sign: 20 on the first page, 3 on the second.
    const many = Array.from({ length: 45 }, (_, i) =>
      endorsementProposal({ id: id(100 + i), title: `Proposal ${i + 1}`, permissions: i % 2 === 0 ? ['SIGN'] : [] }),
    );
    renderQueue('head', many);
    expect(await titles()).toHaveLength(20);
    const pages = within(screen.getByTestId('queue')).getByRole('navigation');
    expect(pages.textContent).toContain('Page 1 of 2');
    await userEvent.setup().click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(await titles()).toEqual(['Proposal 41', 'Proposal 43', 'Proposal 45']);
  });

  it('leaves other queues as the server pages them', async () => {
    const api = renderQueue(undefined);
    expect(await titles()).toHaveLength(4);
    expect(vi.mocked(api.listProposals).mock.calls[0][0]).toMatchObject({ page: 0, size: 20 });
  });
});
