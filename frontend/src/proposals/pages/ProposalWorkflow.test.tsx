import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localToday } from '../components/ConsultationForm';
import type { NextStep, Permission, Proposal, ProposalVersion } from '../api/types';
import {
  diff,
  endorsement,
  endorsementProposal,
  fullProposal,
  HASH_1,
  history,
  nextStep,
  versions,
} from '../../test/fixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { ProposalDetailPage } from './ProposalDetailPage';

const ID = '7b0e3c1e-0000-4000-8000-000000000001';
const URL = `/api/proposal/proposals/${ID}`;

/**
 * The proposal, its next step, history and versions (and no attachments) answer from `state`, as the service does: in
 * the proposal's dossier (the page's read) and each on its own; `extra` handles the rest.
 */
function server(state: { proposal: Proposal; next?: NextStep; versions?: ProposalVersion[] }, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === `${URL}/dossier`) {
      return json({
        proposal: state.proposal,
        next: state.next ?? nextStep(),
        history: history().slice(0, 1),
        attachments: [],
        versions: state.versions ?? versions(),
      });
    }
    if (url === URL) return json(state.proposal);
    if (url === `${URL}/next`) return json(state.next ?? nextStep());
    if (url === `${URL}/history`) return json(history().slice(0, 1));
    if (url === `${URL}/versions`) return json(state.versions ?? versions());
    if (url.startsWith(`${URL}/diff`)) return json(diff());
    if (url === `${URL}/attachments`) return json([]);
    return undefined;
  });
}

function renderPage(api: ReturnType<typeof server>['api'], language: 'en' | 'da' = 'en') {
  return renderWithProviders(<ProposalDetailPage id={ID} />, { api, language, route: `/proposals/${ID}` });
}

const BUTTONS: [permission: Permission, testId: string][] = [
  ['EDIT', 'edit-proposal'],
  ['REQUEST_CONSULTATION', 'request-consultation'],
  ['ASSIGN_CONSULTANT', 'assign-consultation'],
  ['RECORD_CONSULTATION', 'consultation-form'],
  ['REQUEST_ENDORSEMENTS', 'request-endorsements'],
  ['SUBMIT', 'detail-submit-proposal'],
  ['WITHDRAW', 'withdraw-proposal'],
  ['DECIDE_BOARD_APPROVAL', 'open-board-approval'],
  ['SIGN', 'open-signature'],
];

describe('Workflow actions', () => {
  it('offers exactly the actions the permissions name', async () => {
    const none = server({ proposal: fullProposal({ permissions: [] }) });
    const first = renderPage(none.api);
    await screen.findByRole('heading', { level: 1 });
    for (const [, testId] of BUTTONS) expect(screen.queryByTestId(testId), testId).toBeNull();
    first.unmount();

    for (const [permission, testId] of BUTTONS) {
      const status = permission === 'RECORD_CONSULTATION' ? 'CONSULTANT_ASSIGNED' : 'ENDORSEMENT';
      const { api } = server({
        proposal: endorsementProposal({ status, permissions: [permission] }),
      });
      const { unmount } = renderPage(api);
      await screen.findByRole('heading', { level: 1 });
      for (const [, other] of BUTTONS) {
        if (other === testId) expect(screen.getByTestId(other), permission).toBeTruthy();
        else expect(screen.queryByTestId(other), `${permission} → ${other}`).toBeNull();
      }
      unmount();
    }
  });

  it('requests a consultation, announces it and shows the actions of the updated proposal', async () => {
    const state = { proposal: fullProposal() };
    const gw = server(state, (method, url) => {
      if (method === 'POST' && url === `${URL}/consultation/request`) {
        state.proposal = fullProposal({
          status: 'CONSULTATION_REQUESTED',
          consultation: { requestedAt: '2026-11-05T10:00:00Z', consultant: null, assignedAt: null, date: null, notes: null, recordedAt: null },
          permissions: ['EDIT', 'WITHDRAW'],
        });
        return json(state.proposal);
      }
      return undefined;
    });
    renderPage(gw.api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Request consultation' }));

    const notice = await screen.findByTestId('proposal-notice');
    expect(notice.textContent).toBe('The LearningLab was asked for a consultation on “Machine Learning for Engineers”.');
    expect(notice.closest('[aria-live="polite"]')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(gw.posts()).toHaveLength(1);
    expect(gw.posts()[0].url).toBe(`${URL}/consultation/request`);
    expect(gw.posts()[0].body).toBeUndefined();
    expect(screen.queryByTestId('request-consultation')).toBeNull();
    expect(screen.getByTestId('proposal-status').textContent).toBe('Consultation requested');
    expect(within(screen.getByTestId('section-consultation')).getByText('No consultant has taken it yet.')).toBeTruthy();
    // What's next and the history are read again (the page's first read was the proposal's dossier).
    await waitFor(() => expect(gw.gets('/next').length).toBeGreaterThanOrEqual(1));
    await waitFor(() => expect(gw.gets('/history').length).toBeGreaterThanOrEqual(1));
  });

  it('lets a consultant take the consultation', async () => {
    const state = {
      proposal: fullProposal({ status: 'CONSULTATION_REQUESTED', permissions: ['ASSIGN_CONSULTANT'] }),
    };
    const gw = server(state, (method, url) =>
      method === 'POST' && url === `${URL}/consultation/assign`
        ? json(fullProposal({ status: 'CONSULTANT_ASSIGNED', permissions: ['RECORD_CONSULTATION'] }))
        : undefined,
    );
    renderPage(gw.api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Take this consultation' }));
    expect((await screen.findByTestId('proposal-notice')).textContent).toContain('You have taken the consultation');
    expect(gw.posts('/consultation/assign')).toHaveLength(1);
    expect(await screen.findByTestId('consultation-form')).toBeTruthy();
  });

  it('explains a step that is no longer possible and reads the proposal again', async () => {
    const state = { proposal: fullProposal() };
    const gw = server(state, (method) => {
      if (method !== 'POST') return undefined;
      state.proposal = fullProposal({ status: 'WITHDRAWN', permissions: [] });
      return problem(
        { type: 'urn:mooc:problem:illegal-transition', detail: 'The proposal is WITHDRAWN; nothing more is possible.' },
        409,
      );
    });
    renderPage(gw.api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Request consultation' }));
    const alert = await screen.findByTestId('action-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The proposal is WITHDRAWN; nothing more is possible.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    await waitFor(() => expect(screen.getByTestId('proposal-status').textContent).toBe('Withdrawn'));
    expect(screen.queryByTestId('request-consultation')).toBeNull();
  });

  it('lists the missing fields by label when endorsements cannot be requested yet', async () => {
    const gw = server({ proposal: fullProposal({ status: 'CONSULTED', permissions: ['EDIT', 'REQUEST_ENDORSEMENTS'] }) }, (method) =>
      method === 'POST'
        ? problem(
            {
              type: 'urn:mooc:problem:validation',
              detail: 'The application is incomplete.',
              errors: [
                { field: 'topic', message: 'is required before endorsements' },
                { field: 'resources', message: 'is required before endorsements' },
                { field: 'mystery', message: 'is required' },
              ],
            },
            400,
          )
        : undefined,
    );
    renderPage(gw.api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Request endorsements' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The application is not complete.');
    expect(within(within(alert).getByTestId('missing-fields')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Topic',
      'Resources from the department',
      'mystery: is required',
    ]);
    expect(gw.posts('/endorsements/request')).toHaveLength(1);
  });

  it('requests endorsements', async () => {
    const gw = server({ proposal: fullProposal({ status: 'CONSULTED', permissions: ['EDIT', 'REQUEST_ENDORSEMENTS'] }) }, (method, url) =>
      method === 'POST' && url === `${URL}/endorsements/request` ? json(endorsementProposal({ permissions: ['EDIT', 'WITHDRAW'] })) : undefined,
    );
    renderPage(gw.api);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('request-endorsements'));
    expect((await screen.findByTestId('proposal-notice')).textContent).toContain('Endorsements of “Machine Learning for Engineers” were requested');
    expect(screen.getByTestId('board-approval-state').getAttribute('data-state')).toBe('REQUESTED');
  });

  it('submits with If-Match once the endorsements hold', async () => {
    const ready = endorsementProposal({
      version: 7,
      readyToSubmit: true,
      boardApproval: endorsement({ state: 'APPROVED', revision: 1, contentHash: HASH_1 }),
      headSignature: endorsement({ state: 'SIGNED', revision: 1, contentHash: HASH_1 }),
      permissions: ['EDIT', 'SUBMIT', 'WITHDRAW'],
    });
    const gw = server({ proposal: ready }, (method, url) =>
      method === 'POST' && url === `${URL}/submit` ? json({ ...ready, status: 'SUBMITTED', permissions: ['WITHDRAW'] }) : undefined,
    );
    renderPage(gw.api);
    const user = userEvent.setup();
    expect((await screen.findByTestId('ready-to-submit')).textContent).toContain('can be submitted');
    await user.click(screen.getByTestId('detail-submit-proposal'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('detail-confirm-submit')));
    await user.click(screen.getByTestId('detail-confirm-submit'));
    expect((await screen.findByTestId('proposal-notice')).textContent).toBe(
      '“Machine Learning for Engineers” was submitted to the steering committee.',
    );
    expect(gw.posts('/submit')[0].headers['If-Match']).toBe('"7"');
    expect(screen.queryByTestId('detail-submit-proposal')).toBeNull();
  });

  it('withdraws after confirmation, with the reason', async () => {
    const gw = server({ proposal: fullProposal() }, (method, url) =>
      method === 'POST' && url === `${URL}/withdraw`
        ? json(fullProposal({ status: 'WITHDRAWN', withdrawnAt: '2026-11-06T10:00:00Z', permissions: [] }))
        : undefined,
    );
    renderPage(gw.api);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('withdraw-proposal'));
    const reason = screen.getByTestId('withdraw-reason');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(screen.getByLabelText(/Reason \(optional\)/)).toBe(reason);
    await user.click(screen.getByTestId('cancel-withdraw'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('withdraw-proposal')));
    expect(gw.posts()).toHaveLength(0);

    await user.click(screen.getByTestId('withdraw-proposal'));
    await user.type(screen.getByTestId('withdraw-reason'), 'No video budget this year');
    await user.click(screen.getByTestId('confirm-withdraw'));
    expect((await screen.findByTestId('proposal-notice')).textContent).toBe('“Machine Learning for Engineers” was withdrawn.');
    expect(gw.posts('/withdraw')[0].body).toEqual({ reason: 'No video budget this year' });
    expect(screen.getByTestId('proposal-status').textContent).toBe('Withdrawn');
  });

  it('offers editing during endorsement with a note that it voids the signature', async () => {
    const { api } = server({ proposal: endorsementProposal({ permissions: ['EDIT', 'WITHDRAW'] }) });
    renderPage(api);
    const user = userEvent.setup();
    const edit = await screen.findByRole('button', { name: 'Edit the application' });
    expect(screen.getByTestId('edit-endorsement-note').textContent).toContain('voids the Head of Department’s signature');
    await user.click(edit);
    expect(screen.getByRole('heading', { level: 2, name: 'Edit the application' })).toBeTruthy();
    expect(screen.getByTestId('edit-endorsement-warning')).toBeTruthy();
  });
});

describe('Record the consultation', () => {
  const assigned = () =>
    fullProposal({
      status: 'CONSULTANT_ASSIGNED',
      consultation: {
        requestedAt: '2026-11-03T09:00:00Z',
        consultant: { id: 'sub-carla', name: 'Carla Consultant', email: 'carla@example.org' },
        assignedAt: '2026-11-04T09:00:00Z',
        date: null,
        notes: null,
        recordedAt: null,
      },
      permissions: ['RECORD_CONSULTATION'],
    });

  it('checks the date and the notes before sending', async () => {
    const gw = server({ proposal: assigned() });
    renderPage(gw.api);
    const user = userEvent.setup();
    const form = await screen.findByTestId('consultation-form');
    expect(screen.getByTestId('consultation-consultant').textContent).toBe('Carla Consultant (carla@example.org)');
    await user.click(within(form).getByRole('button', { name: 'Record consultation' }));

    const summary = await screen.findByTestId('consultation-error-summary');
    expect(summary.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.textContent).toContain('Enter the date of the consultation.');
    expect(summary.textContent).toContain('Write the notes from the consultation.');
    const date = screen.getByLabelText(/^Date of the consultation/) as HTMLInputElement;
    expect(date.type).toBe('date');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toContain('consultation-date-error');

    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 2);
    await user.type(date, localToday(tomorrow));
    await user.type(screen.getByLabelText(/^Notes/), 'Talked about the pilot.');
    await user.click(within(form).getByRole('button', { name: 'Record consultation' }));
    expect((await screen.findByTestId('consultation-date-error')).textContent).toContain('The date cannot be in the future.');
    expect(screen.queryByTestId('consultation-notes-error')).toBeNull();
    expect(gw.posts()).toHaveLength(0);
  });

  it('sends the date and the notes, then shows the recorded consultation', async () => {
    const state = { proposal: assigned() };
    const gw = server(state, (method, url, body) => {
      if (method !== 'POST' || url !== `${URL}/consultation`) return undefined;
      const { date, notes } = body as { date: string; notes: string };
      state.proposal = { ...assigned(), status: 'CONSULTED', consultation: { ...assigned().consultation!, date, notes, recordedAt: '2026-11-20T12:00:00Z' }, permissions: [] };
      return json(state.proposal);
    });
    renderPage(gw.api);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('consultation-date'), '2026-01-20');
    await user.type(screen.getByTestId('consultation-notes'), '  Discussed the target group.  ');
    await user.click(screen.getByTestId('record-consultation'));

    expect((await screen.findByTestId('proposal-notice')).textContent).toBe(
      'The consultation on “Machine Learning for Engineers” was recorded.',
    );
    expect(gw.posts('/consultation')[0].body).toEqual({ date: '2026-01-20', notes: 'Discussed the target group.' });
    expect(screen.queryByTestId('consultation-form')).toBeNull();
    expect(screen.getByTestId('consultation-notes-text').textContent).toBe('Discussed the target group.');
    expect(screen.getByTestId('consultation-held').textContent).toBe('20 Jan 2026');
  });

  it('shows the server’s field errors at the fields', async () => {
    const gw = server({ proposal: assigned() }, (method) =>
      method === 'POST'
        ? problem(
            { type: 'urn:mooc:problem:validation', errors: [{ field: 'record.input.notes', message: 'size must be between 1 and 8000' }] },
            400,
          )
        : undefined,
    );
    renderPage(gw.api);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('consultation-date'), '2026-01-20');
    await user.type(screen.getByTestId('consultation-notes'), 'Notes');
    await user.click(screen.getByTestId('record-consultation'));
    expect((await screen.findByTestId('consultation-notes-error')).textContent).toContain('size must be between 1 and 8000');
    expect(screen.getByTestId('consultation-notes').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('Endorsements, consultation, decision and launch', () => {
  it('shows who endorsed which version, explains a void endorsement and links to the decision pages', async () => {
    const { api } = server({
      proposal: endorsementProposal({
        revision: 2,
        boardApproval: endorsement({
          state: 'APPROVED',
          requestedAt: '2026-11-11T08:00:00Z',
          decidedBy: { id: 'sub-bo', name: 'Bo Board', email: 'bo@example.org' },
          decidedAt: '2026-11-12T08:00:00Z',
          comment: 'A strong application.',
          revision: 1,
          contentHash: HASH_1,
        }),
        headSignature: endorsement({
          state: 'VOID',
          decidedBy: { id: 'sub-hans', name: 'Hans Head', email: 'hans@example.org' },
          decidedAt: '2026-11-12T09:00:00Z',
          revision: 1,
          contentHash: HASH_1,
        }),
        permissions: ['DECIDE_BOARD_APPROVAL', 'SIGN'],
      }),
    });
    renderPage(api);
    const section = await screen.findByTestId('section-endorsements');
    expect(within(section).getByRole('heading', { level: 2, name: 'Endorsements' })).toBeTruthy();
    const board = within(section).getByTestId('board-approval-state');
    expect(board.getAttribute('data-state')).toBe('APPROVED');
    expect(within(board).getByRole('heading', { level: 3, name: 'Study board’s approval' })).toBeTruthy();
    expect(board.textContent).toContain('Bo Board');
    expect(board.textContent).toContain('A strong application.');
    expect(board.textContent).toContain('Version 1');
    const head = within(section).getByTestId('head-signature-state');
    expect(head.getAttribute('data-state')).toBe('VOID');
    expect(head.textContent).toContain('Given for an earlier version; the content changed since');
    expect(within(section).getByTestId('open-board-approval').getAttribute('href')).toBe(
      `/proposals/${ID}/board-approval?hash=${HASH_1}`,
    );
    expect(within(section).getByTestId('open-signature').getAttribute('href')).toBe(`/proposals/${ID}/signature?hash=${HASH_1}`);
    expect(screen.getByTestId('content-hash').getAttribute('data-hash')).toBe(HASH_1);
    expect(screen.getByTestId('content-hash').textContent).toContain(HASH_1.slice(0, 12));
  });

  it('shows the consultation, the committee’s decision and the launch', async () => {
    const { api } = server({
      proposal: endorsementProposal({
        status: 'LAUNCHED',
        decision: { outcome: 'APPROVED', comments: 'Go ahead.', decidedAt: '2026-12-01T10:00:00Z', round: 1 },
        launch: { courseUrl: 'https://www.coursera.org/learn/ml-for-engineers', launchDate: '2027-09-01' },
      }),
    });
    renderPage(api, 'da');
    const decision = await screen.findByTestId('section-decision');
    expect(within(decision).getByRole('heading', { level: 2, name: 'Styregruppens afgørelse' })).toBeTruthy();
    expect(within(decision).getByTestId('decision-outcome').textContent).toBe('Godkendt');
    expect(within(decision).getByTestId('decision-comments').textContent).toBe('Go ahead.');
    expect(within(screen.getByTestId('section-launch')).getByRole('link').getAttribute('href')).toBe(
      'https://www.coursera.org/learn/ml-for-engineers',
    );
    const consultation = screen.getByTestId('section-consultation');
    expect(consultation.textContent).toContain('Carla Consultant');
    expect(consultation.textContent).toContain('Discussed the target group and a pilot module.');
    expect(screen.getByTestId('proposal-status').textContent).toBe('Lanceret');
  });
});

describe('Versions', () => {
  it('lists the versions and shows the changes between two of them', async () => {
    const gw = server({ proposal: fullProposal({ revision: 2 }) });
    renderPage(gw.api);
    const user = userEvent.setup();
    const section = await screen.findByTestId('section-versions');
    const items = await within(section).findAllByTestId('version-item');
    expect(items.map((i) => i.getAttribute('data-number'))).toEqual(['1', '2']);
    expect(items[1].textContent).toContain('current');
    expect((within(section).getByLabelText('From') as HTMLSelectElement).value).toBe('1');
    expect((within(section).getByLabelText('To') as HTMLSelectElement).value).toBe('2');

    await user.click(within(section).getByRole('button', { name: 'Show changes' }));
    const diffBox = await within(section).findByTestId('version-diff');
    // The current version is compared as "the current content": `to` is left out.
    expect(gw.gets('/diff').map((c) => c.url)).toEqual([`${URL}/diff?from=1`]);
    const table = within(diffBox).getByRole('table', { name: 'Changes from Version 1 to the current content' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Field', 'Before', 'After']);
    const rows = within(table).getAllByTestId('diff-row');
    expect(rows.map((r) => r.getAttribute('data-field'))).toEqual(['summary', 'plannedLaunchSemester', 'resources']);
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('Summary');
    expect(rows[1].textContent).toContain('Autumn 2027');
    expect(rows[1].textContent).toContain('Spring 2028');
    expect(rows[2].textContent).toContain('Staff hours: 500');
    expect(within(diffBox).getByTestId('diff-count').textContent).toBe('3 fields changed.');
    expect(within(diffBox).getByTestId('diff-board-needed').textContent).toBe('The study board must approve these changes again.');
    expect(within(diffBox).getByTestId('diff-head-needed').getAttribute('data-needed')).toBe('true');
  });

  it('says when there is only one version', async () => {
    const gw = server({ proposal: fullProposal(), versions: versions().slice(0, 1) });
    renderPage(gw.api);
    expect(await screen.findByText('There is one version so far, so there is nothing to compare.')).toBeTruthy();
    expect(screen.queryByTestId('versions-compare')).toBeNull();
  });
});
