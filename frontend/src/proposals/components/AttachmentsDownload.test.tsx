import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EndorsementDecisionPage } from '../pages/EndorsementDecisionPage';
import { ProposalDetailPage } from '../pages/ProposalDetailPage';
import { endorsementProposal, HASH_1, HASH_2 } from '../../test/fixtures';
import { json, problem } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { ID, URL_, LIST, OUTLINE, type State, server, renderSection, owner, file } from './attachmentsTestSupport';

describe('Downloading an attachment', () => {
  const created: Blob[] = [];
  let clicked: HTMLAnchorElement[] = [];
  const revoked: string[] = [];

  beforeEach(() => {
    created.length = 0;
    revoked.length = 0;
    clicked = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        created.push(blob);
        return 'blob:http://localhost/1234';
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', {
      configurable: true,
      value: (url: string) => revoked.push(url),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });

  afterEach(() => {
    delete (URL as { createObjectURL?: unknown }).createObjectURL;
    delete (URL as { revokeObjectURL?: unknown }).revokeObjectURL;
  });

  it('fetches the bytes with the token and saves them under the file name through a temporary link', async () => {
    const gw = server({ proposal: owner(), attachments: [OUTLINE] }, (method, url) =>
      method === 'GET' && url === `${LIST}/${OUTLINE.id}`
        ? new Response('%PDF-1.7 outline', {
            status: 200,
            headers: {
              'Content-Type': 'application/pdf',
              'Content-Disposition': "attachment; filename*=UTF-8''course-outline.pdf",
            },
          })
        : undefined,
    );
    renderSection(gw.api, owner());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Download “course-outline.pdf”' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    const call = gw.gets(`/attachments/${OUTLINE.id}`)[0];
    expect(call.url).toBe(`${LIST}/${OUTLINE.id}`);
    expect(call.headers.Authorization).toBe('Bearer token');
    expect(created).toHaveLength(1);
    expect(await created[0].text()).toBe('%PDF-1.7 outline');
    expect(clicked[0].getAttribute('download')).toBe('course-outline.pdf');
    expect(clicked[0].getAttribute('href')).toBe('blob:http://localhost/1234');
    expect(clicked[0].isConnected).toBe(false);
    await waitFor(() => expect(revoked).toEqual(['blob:http://localhost/1234']));
    expect(screen.queryByTestId('attachment-error')).toBeNull();
  });

  it('shows why a download failed', async () => {
    const gw = server({ proposal: owner(), attachments: [OUTLINE] }, (method, url) =>
      method === 'GET' && url === `${LIST}/${OUTLINE.id}`
        ? problem({ type: 'urn:mooc:problem:not-found', detail: `Attachment ${OUTLINE.id} does not exist or is not visible to you` }, 404)
        : undefined,
    );
    renderSection(gw.api, owner());
    await userEvent.setup().click(await screen.findByTestId('download-attachment'));
    const alert = await screen.findByTestId('attachment-error');
    expect(alert.textContent).toContain('The file could not be downloaded');
    expect(alert.textContent).toContain('does not exist or is not visible to you');
    expect(clicked).toHaveLength(0);
  });
});

describe('Attachments on the pages', () => {
  it('come after the application on the proposal page, and an upload re-reads the proposal with its new hash', async () => {
    const state: State = { proposal: owner({ contentHash: HASH_1 }), attachments: [] };
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || !url.startsWith(LIST)) return undefined;
      state.attachments = [OUTLINE];
      state.proposal = owner({ contentHash: HASH_2, version: 4 });
      return json(OUTLINE, 201);
    });
    renderWithProviders(<ProposalDetailPage id={ID} />, { api: gw.api, route: `/proposals/${ID}` });
    const section = await screen.findByTestId('section-attachments');
    const resources = screen.getByTestId('section-resources');
    expect(resources.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(section.compareDocumentPosition(screen.getByTestId('section-versions')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await within(section).findByTestId('attachments-empty');
    // the page reads the proposal as its dossier (with the history, next step, files and versions)
    const proposalReads = () => gw.gets(URL_).length + gw.gets(`${URL_}/dossier`).length;
    const before = proposalReads();

    const user = userEvent.setup();
    await user.upload(screen.getByTestId('attachment-file'), file('course-outline.pdf', 'application/pdf', '%PDF-1.7'));
    await user.click(screen.getByTestId('upload-attachment'));
    await screen.findByTestId('attachment-notice');
    await waitFor(() => expect(screen.getByTestId('content-hash').getAttribute('data-hash')).toBe(HASH_2));
    expect(proposalReads()).toBeGreaterThan(before);
    expect(gw.gets('/history').length).toBeGreaterThanOrEqual(1);
    expect(gw.gets('/next').length).toBeGreaterThanOrEqual(1);
  });

  it('are read-only while editing the application on the proposal page', async () => {
    const { api } = server({ proposal: owner(), attachments: [OUTLINE] });
    renderWithProviders(<ProposalDetailPage id={ID} />, { api, route: `/proposals/${ID}` });
    await screen.findByTestId('remove-attachment');
    await userEvent.setup().click(screen.getByTestId('edit-proposal'));
    expect(await screen.findByTestId('attachments-while-editing')).toBeTruthy();
    expect(screen.queryByTestId('remove-attachment')).toBeNull();
    expect(screen.queryByTestId('attachment-upload')).toBeNull();
  });

  it('are listed read-only with downloads on the study board’s and the head’s pages', async () => {
    for (const [kind, route, testId] of [
      ['board', 'board-approval', 'board-approval-page'],
      ['head', 'signature', 'signature-page'],
    ] as const) {
      const p = endorsementProposal({ permissions: ['DECIDE_BOARD_APPROVAL', 'SIGN', 'EDIT'] });
      const { api } = server({ proposal: p, attachments: [OUTLINE] });
      const { unmount } = renderWithProviders(<EndorsementDecisionPage id={ID} kind={kind} />, {
        api,
        route: `/proposals/${ID}/${route}?hash=${HASH_1}`,
      });
      const page = await screen.findByTestId(testId);
      const section = within(page).getByTestId('section-attachments');
      expect(within(section).getByText(/Read them with the application/)).toBeTruthy();
      expect(await within(section).findByRole('button', { name: 'Download “course-outline.pdf”' })).toBeTruthy();
      expect(within(section).queryByTestId('remove-attachment')).toBeNull();
      expect(within(section).queryByTestId('attachment-upload')).toBeNull();
      unmount();
    }
  });
});
