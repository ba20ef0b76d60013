import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../api/types';
import { endorsement, endorsementProposal, HASH_1, HASH_2 } from '../../test/fixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { EndorsementDecisionPage } from './EndorsementDecisionPage';

const ID = '7b0e3c1e-0000-4000-8000-000000000001';
const URL = `/api/proposal/proposals/${ID}`;

function server(state: { proposal: Proposal }, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => {
    if (method === 'GET' && url === URL) return json(state.proposal);
    if (method === 'GET' && url === `${URL}/attachments`) return json([]);
    return undefined;
  });
}

function renderBoard(api: ReturnType<typeof server>['api'], hash: string | null = HASH_1, language: 'en' | 'da' = 'en') {
  const route = `/proposals/${ID}/board-approval${hash ? `?hash=${hash}` : ''}`;
  return renderWithProviders(<EndorsementDecisionPage id={ID} kind="board" />, { api, language, route });
}

function renderSignature(api: ReturnType<typeof server>['api'], hash: string | null = HASH_1, language: 'en' | 'da' = 'en') {
  const route = `/proposals/${ID}/signature${hash ? `?hash=${hash}` : ''}`;
  return renderWithProviders(<EndorsementDecisionPage id={ID} kind="head" />, { api, language, route });
}

const forBoard = (overrides: Partial<Proposal> = {}) => endorsementProposal({ permissions: ['DECIDE_BOARD_APPROVAL'], ...overrides });
const forHead = (overrides: Partial<Proposal> = {}) => endorsementProposal({ permissions: ['SIGN'], ...overrides });

describe('Study board approval page', () => {
  it('shows the whole application read-only with the version and content hash it decides on', async () => {
    const { api } = server({ proposal: forBoard() });
    renderBoard(api);
    const page = await screen.findByTestId('board-approval-page');
    expect(screen.getByRole('heading', { level: 1, name: 'Study board’s approval: Machine Learning for Engineers' })).toBeTruthy();
    expect(within(page).getByTestId('section-application')).toBeTruthy();
    expect(within(page).getByTestId('section-resources')).toBeTruthy();
    const hash = within(page).getByTestId('content-hash');
    expect(hash.getAttribute('data-hash')).toBe(HASH_1);
    expect(hash.textContent).toContain(`Version 1, content fingerprint ${HASH_1.slice(0, 12)}`);
    expect(screen.queryByTestId('hash-changed-warning')).toBeNull();
    expect(screen.getByTestId('board-approval-state').getAttribute('data-state')).toBe('REQUESTED');
    expect(screen.getByLabelText(/^Comment/)).toBe(screen.getByTestId('decision-comment'));
    expect(screen.getByRole('button', { name: 'Approve' })).toBe(screen.getByTestId('approve-proposal'));
    expect(screen.getByRole('button', { name: 'Decline' })).toBe(screen.getByTestId('decline-proposal'));
    expect(screen.queryByTestId('decision-not-possible')).toBeNull();
  });

  it('warns when the proposal changed since the e-mail was sent', async () => {
    const { api } = server({ proposal: forBoard({ contentHash: HASH_2, revision: 2 }) });
    renderBoard(api, HASH_1);
    const warning = await screen.findByTestId('hash-changed-warning');
    expect(warning.textContent).toBe(
      'This proposal has changed since the e-mail was sent; you are looking at the current version.',
    );
  });

  it('requires a comment to decline, without asking the server', async () => {
    const gw = server({ proposal: forBoard() });
    renderBoard(gw.api);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('decline-proposal'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Write a comment that explains why you decline.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    const comment = screen.getByTestId('decision-comment');
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(comment.getAttribute('aria-describedby')).toContain('decision-comment-error');
    expect(gw.posts()).toHaveLength(0);
  });

  it('approves with the content hash of the version shown and confirms the recorded state', async () => {
    const state = { proposal: forBoard() };
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || url !== `${URL}/board-approval`) return undefined;
      state.proposal = forBoard({
        boardApproval: endorsement({
          state: 'APPROVED',
          decidedBy: { id: 'sub-bo', name: 'Bo Board', email: 'bo@example.org' },
          decidedAt: '2026-11-12T08:00:00Z',
          revision: 1,
          contentHash: HASH_1,
        }),
        permissions: [],
      });
      return json(state.proposal);
    });
    renderBoard(gw.api);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('approve-proposal'));

    const recorded = await screen.findByTestId('decision-recorded');
    expect(recorded.getAttribute('role')).toBe('status');
    expect(recorded.getAttribute('data-state')).toBe('APPROVED');
    expect(recorded.textContent).toBe('Your decision was recorded: Approved.');
    await waitFor(() => expect(document.activeElement).toBe(recorded));
    expect(gw.posts()).toHaveLength(1);
    expect(gw.posts()[0].url).toBe(`${URL}/board-approval`);
    expect(gw.posts()[0].body).toEqual({ decision: 'APPROVE', comment: null, contentHash: HASH_1 });
    expect(screen.queryByTestId('approve-proposal')).toBeNull();
    expect(screen.getByTestId('board-approval-state').textContent).toContain('Bo Board');
  });

  it('declines with the comment', async () => {
    const gw = server({ proposal: forBoard() }, (method) =>
      method === 'POST' ? json(forBoard({ boardApproval: endorsement({ state: 'DECLINED', comment: 'Too broad.' }), permissions: [] })) : undefined,
    );
    renderBoard(gw.api);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('decision-comment'), ' Too broad. ');
    await user.click(screen.getByTestId('decline-proposal'));
    expect((await screen.findByTestId('decision-recorded')).getAttribute('data-state')).toBe('DECLINED');
    expect(gw.posts()[0].body).toEqual({ decision: 'DECLINE', comment: 'Too broad.', contentHash: HASH_1 });
  });

  it('on 409 conflict says the proposal changed, shows the current version and decides on that one next', async () => {
    const state = { proposal: forBoard() };
    let attempts = 0;
    const gw = server(state, (method, _url, body) => {
      if (method !== 'POST') return undefined;
      attempts += 1;
      if (attempts === 1) {
        state.proposal = forBoard({ title: 'ML for Engineers (revised)', contentHash: HASH_2, revision: 1 });
        return problem(
          { type: 'urn:mooc:problem:conflict', title: 'Conflict', detail: 'The proposal has changed since you loaded it' },
          409,
        );
      }
      expect((body as { contentHash: string }).contentHash).toBe(HASH_2);
      return json(forBoard({ contentHash: HASH_2, boardApproval: endorsement({ state: 'APPROVED' }), permissions: [] }));
    });
    renderBoard(gw.api, HASH_1);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('approve-proposal'));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByTestId('decision-conflict').textContent).toBe(
      'The proposal changed while you were reading it; the current version is shown now. Read it again before you decide.',
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('ML for Engineers (revised)'));
    expect(screen.getByTestId('content-hash').getAttribute('data-hash')).toBe(HASH_2);
    expect(screen.getByTestId('hash-changed-warning')).toBeTruthy();

    await user.click(screen.getByTestId('approve-proposal'));
    expect(await screen.findByTestId('decision-recorded')).toBeTruthy();
    expect(gw.posts().map((c) => (c.body as { contentHash: string }).contentHash)).toEqual([HASH_1, HASH_2]);
  });

  it('shows the server’s field error for the comment', async () => {
    const gw = server({ proposal: forBoard() }, (method) =>
      method === 'POST'
        ? problem({ type: 'urn:mooc:problem:validation', errors: [{ field: 'decide.input.comment', message: 'size must be between 0 and 4000' }] }, 400)
        : undefined,
    );
    renderBoard(gw.api);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('approve-proposal'));
    expect((await screen.findByTestId('decision-comment-error')).textContent).toContain('size must be between 0 and 4000');
  });

  it('explains why no decision is possible and offers no buttons', async () => {
    const decided = server({ proposal: endorsementProposal({ boardApproval: endorsement({ state: 'APPROVED' }), permissions: [] }) });
    const first = renderBoard(decided.api);
    expect((await screen.findByTestId('decision-not-possible')).textContent).toBe(
      'A decision has already been recorded for the current version: Approved.',
    );
    expect(screen.queryByTestId('approve-proposal')).toBeNull();
    expect(screen.queryByTestId('decline-proposal')).toBeNull();
    expect(screen.queryByTestId('decision-comment')).toBeNull();
    first.unmount();

    const otherDepartment = server({ proposal: endorsementProposal({ department: 'Wind', permissions: [] }) });
    const second = renderBoard(otherDepartment.api, HASH_1, 'da');
    expect((await screen.findByTestId('decision-not-possible')).textContent).toBe(
      'Kun et medlem af studienævnet for instituttet Wind kan træffe afgørelse om forslaget.',
    );
    second.unmount();

    const submitted = server({ proposal: endorsementProposal({ status: 'SUBMITTED', permissions: [] }) });
    renderBoard(submitted.api);
    expect((await screen.findByTestId('decision-not-possible')).textContent).toBe(
      'No decision can be made now: the proposal is not awaiting endorsements (status: Submitted).',
    );
  });
});

describe('Head of Department signature page', () => {
  it('signs with the content hash shown, in Danish', async () => {
    const gw = server({ proposal: forHead() }, (method, url) =>
      method === 'POST' && url === `${URL}/head-signature`
        ? json(forHead({ headSignature: endorsement({ state: 'SIGNED', revision: 1, contentHash: HASH_1 }), permissions: [] }))
        : undefined,
    );
    renderSignature(gw.api, HASH_1, 'da');
    const page = await screen.findByTestId('signature-page');
    expect(within(page).getByRole('heading', { level: 1, name: 'Institutlederens underskrift: Machine Learning for Engineers' })).toBeTruthy();
    expect(screen.getByTestId('head-signature-state').getAttribute('data-state')).toBe('REQUESTED');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Underskriv' }));
    const recorded = await screen.findByTestId('decision-recorded');
    expect(recorded.textContent).toBe('Din afgørelse er registreret: Underskrevet.');
    expect(gw.posts()[0].body).toEqual({ decision: 'SIGN', comment: null, contentHash: HASH_1 });
  });

  it('requires a comment to decline the signature, then sends it', async () => {
    const gw = server({ proposal: forHead() }, (method) =>
      method === 'POST' ? json(forHead({ headSignature: endorsement({ state: 'DECLINED' }), permissions: [] })) : undefined,
    );
    renderSignature(gw.api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Decline to sign' }));
    expect((await screen.findByTestId('decision-comment-error')).textContent).toContain('Write a comment');
    expect(gw.posts()).toHaveLength(0);
    await user.type(screen.getByTestId('decision-comment'), 'The budget is not settled.');
    await user.click(screen.getByTestId('decline-signature'));
    expect((await screen.findByTestId('decision-recorded')).getAttribute('data-state')).toBe('DECLINED');
    expect(gw.posts()[0].url).toBe(`${URL}/head-signature`);
    expect(gw.posts()[0].body).toEqual({ decision: 'DECLINE', comment: 'The budget is not settled.', contentHash: HASH_1 });
  });

  it('warns about a changed hash and explains a missing permission', async () => {
    const { api } = server({
      proposal: endorsementProposal({ contentHash: HASH_2, headSignature: endorsement({ state: 'VOID' }), permissions: [] }),
    });
    renderSignature(api, HASH_1);
    expect(await screen.findByTestId('hash-changed-warning')).toBeTruthy();
    expect(screen.getByTestId('decision-not-possible').textContent).toBe(
      'The instructor has not asked for this decision on the current version yet.',
    );
    expect(screen.queryByTestId('sign-proposal')).toBeNull();
    expect(screen.getByTestId('head-signature-state').textContent).toContain('Given for an earlier version');
  });
});
