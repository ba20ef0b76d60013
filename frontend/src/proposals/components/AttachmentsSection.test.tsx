import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { attachment, endorsementProposal } from '../../test/fixtures';
import { json, problem } from '../../test/gateway';
import { LIST, OUTLINE, BUDGET, type State, server, renderSection, owner, file } from './attachmentsTestSupport';

describe('AttachmentsSection', () => {
  it('lists the files with name, type, locale-formatted size and who added them', async () => {
    const { api } = server({ proposal: owner(), attachments: [OUTLINE, BUDGET] });
    renderSection(api, owner());
    const section = screen.getByTestId('section-attachments');
    expect(within(section).getByRole('heading', { level: 2, name: 'Attachments' })).toBeTruthy();
    const list = await within(section).findByRole('list', { name: 'Attachments' });
    expect(list).toBe(screen.getByTestId('attachments-list'));
    const items = within(list).getAllByTestId('attachment-item');
    expect(items.map((li) => li.getAttribute('data-file-name'))).toEqual(['course-outline.pdf', 'budget.xlsx']);
    expect(within(items[0]).getByTestId('attachment-type').textContent).toBe('PDF');
    expect(within(items[0]).getByTestId('attachment-size').textContent).toBe('178.9 KB');
    expect(within(items[0]).getByTestId('attachment-uploaded').textContent).toMatch(/^Added by Ida Instructor, .*2026/);
    expect(within(items[1]).getByTestId('attachment-type').textContent).toBe('Excel spreadsheet');
    expect(within(items[1]).getByTestId('attachment-size').textContent).toBe('2.5 MB');
    expect(within(items[1]).getByTestId('attachment-uploaded').textContent).toMatch(/^Added .*2026/);
    expect(within(items[0]).getByRole('button', { name: 'Download “course-outline.pdf”' })).toBe(
      within(items[0]).getByTestId('download-attachment'),
    );
    expect(within(items[1]).getByRole('button', { name: 'Remove “budget.xlsx”' })).toBe(
      within(items[1]).getByTestId('remove-attachment'),
    );
    expect(screen.queryByTestId('attachments-empty')).toBeNull();
  });

  it('speaks Danish: type labels, sizes with a decimal comma, and unknown types with their code', async () => {
    const odd = attachment({ id: 'a3', fileName: 'clip.mp4', mediaType: 'video/mp4', sizeBytes: 512 });
    const { api } = server({ proposal: owner(), attachments: [OUTLINE, odd] });
    renderSection(api, owner(), {}, 'da');
    const items = await screen.findAllByTestId('attachment-item');
    expect(screen.getByRole('heading', { level: 2, name: 'Bilag' })).toBeTruthy();
    expect(within(items[0]).getByTestId('attachment-size').textContent).toBe('178,9 KB');
    expect(within(items[0]).getByTestId('attachment-uploaded').textContent).toMatch(/^Tilføjet af Ida Instructor, /);
    expect(within(items[1]).getByTestId('attachment-type').textContent).toBe('Anden type (video/mp4)');
    expect(within(items[1]).getByTestId('attachment-size').textContent).toBe('512 byte');
    expect(within(items[0]).getByRole('button', { name: 'Hent »course-outline.pdf«' })).toBeTruthy();
    expect(screen.getByLabelText('Fil')).toBe(screen.getByTestId('attachment-file'));
  });

  it('says when there are no files, and offers a labelled file input with the accepted types and the limits', async () => {
    const { api } = server({ proposal: owner(), attachments: [] });
    renderSection(api, owner());
    expect((await screen.findByTestId('attachments-empty')).textContent).toBe('No files are attached to this proposal.');
    const form = screen.getByTestId('attachment-upload');
    const input = within(form).getByLabelText('File');
    expect(input).toBe(screen.getByTestId('attachment-file'));
    expect(input.getAttribute('type')).toBe('file');
    expect(input.getAttribute('accept')).toBe('.pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt,.md');
    const hint = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toBe(
      'PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), PNG, JPEG, plain text (.txt) or Markdown (.md); at most 5 MB per file and 20 files per proposal (0 attached now).',
    );
    expect(within(form).getByRole('button', { name: 'Attach the file' })).toBe(screen.getByTestId('upload-attachment'));
    expect(screen.queryByTestId('attachments-endorsement-note')).toBeNull();
  });

  it('uploads the raw file with its name as ?name= and the type taken from the extension when the browser has none', async () => {
    const state: State = { proposal: owner(), attachments: [] };
    const added = attachment({ id: 'a-new', fileName: 'course notes.md', mediaType: 'text/markdown', sizeBytes: 20 });
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || !url.startsWith(LIST)) return undefined;
      state.attachments = [added];
      return json(added, 201);
    });
    renderSection(gw.api, owner());
    const user = userEvent.setup();
    const chosen = file('course notes.md', '');
    await user.upload(await screen.findByTestId('attachment-file'), chosen);
    await user.click(screen.getByTestId('upload-attachment'));

    const notice = await screen.findByTestId('attachment-notice');
    expect(notice.textContent).toBe('“course notes.md” was attached.');
    expect(notice.closest('[aria-live="polite"]')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(notice));
    const posts = gw.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0].method).toBe('POST');
    expect(posts[0].url).toBe(`${LIST}?name=course+notes.md`);
    expect(new URLSearchParams(posts[0].url.split('?')[1]).get('name')).toBe('course notes.md');
    expect(posts[0].headers['Content-Type']).toBe('text/markdown');
    expect(posts[0].headers.Authorization).toBe('Bearer token');
    expect(posts[0].body).toBe(chosen);
    expect(screen.getAllByTestId('attachment-item').map((li) => li.getAttribute('data-file-name'))).toEqual([
      'course notes.md',
    ]);
    // The file list is read again (the proposal's content hash changed).
    await waitFor(() => expect(gw.gets('/attachments').length).toBeGreaterThanOrEqual(2));
    expect((screen.getByTestId('attachment-file') as HTMLInputElement).files).toHaveLength(0);
  });

  it('sends the browser’s media type when it fits the extension', async () => {
    const gw = server({ proposal: owner(), attachments: [] }, (method) =>
      method === 'POST' ? json(attachment({ fileName: 'logo.png', mediaType: 'image/png' }), 201) : undefined,
    );
    renderSection(gw.api, owner());
    const user = userEvent.setup();
    await user.upload(await screen.findByTestId('attachment-file'), file('logo.png', 'image/png', '\x89PNG'));
    await user.click(screen.getByTestId('upload-attachment'));
    await screen.findByTestId('attachment-notice');
    expect(gw.posts()[0].headers['Content-Type']).toBe('image/png');
    expect(gw.posts()[0].url).toBe(`${LIST}?name=logo.png`);
  });

  it('refuses a type the server does not take, without asking it, and links the message to the file input', async () => {
    const gw = server({ proposal: owner(), attachments: [] });
    renderSection(gw.api, owner());
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(await screen.findByTestId('attachment-file'), file('setup.exe', 'application/x-msdownload'));
    await user.click(screen.getByTestId('upload-attachment'));

    const alert = await screen.findByTestId('attachment-error');
    expect(alert.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(alert.textContent).toContain('The file could not be attached');
    expect(alert.textContent).toContain('“setup.exe” cannot be attached: only PDF, Word (.docx)');
    const input = screen.getByTestId('attachment-file');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('attachment-file-error');
    expect(screen.getByTestId('attachment-file-error').textContent).toContain('“setup.exe” cannot be attached');
    await user.click(within(alert).getByRole('link'));
    expect(document.activeElement).toBe(input);
    expect(gw.posts()).toHaveLength(0);
  });

  it('refuses a file over 5 MB and an empty one in the browser, and asks for a file when none is chosen', async () => {
    const gw = server({ proposal: owner(), attachments: [] });
    renderSection(gw.api, owner());
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('upload-attachment'));
    expect((await screen.findByTestId('attachment-error')).textContent).toContain('Choose a file first.');

    await user.upload(screen.getByTestId('attachment-file'), file('lectures.pdf', 'application/pdf', '%PDF', 5 * 1024 * 1024 + 1));
    await user.click(screen.getByTestId('upload-attachment'));
    await waitFor(() =>
      expect(screen.getByTestId('attachment-error').textContent).toContain('“lectures.pdf” is too large: a file may be at most 5 MB.'),
    );

    await user.upload(screen.getByTestId('attachment-file'), file('empty.txt', 'text/plain', ''));
    await user.click(screen.getByTestId('upload-attachment'));
    await waitFor(() => expect(screen.getByTestId('attachment-error').textContent).toContain('“empty.txt” is empty.'));
    expect(gw.posts()).toHaveLength(0);
  });

  it('refuses a 21st file in the browser', async () => {
    const many = Array.from({ length: 20 }, (_, i) => attachment({ id: `a-${i}`, fileName: `file-${i}.pdf` }));
    const gw = server({ proposal: owner(), attachments: many });
    renderSection(gw.api, owner());
    const user = userEvent.setup();
    await screen.findAllByTestId('attachment-item');
    await user.upload(screen.getByTestId('attachment-file'), file('one-more.pdf', 'application/pdf', '%PDF'));
    await user.click(screen.getByTestId('upload-attachment'));
    expect((await screen.findByTestId('attachment-error')).textContent).toContain(
      'A proposal can have at most 20 files. Remove one before you attach another.',
    );
    expect(gw.posts()).toHaveLength(0);
  });

  it('shows the server’s detail for 413 payload too large at the file input, in an alert that takes focus', async () => {
    const gw = server({ proposal: owner(), attachments: [] }, (method) =>
      method === 'POST'
        ? problem(
            {
              type: 'urn:mooc:problem:payload-too-large',
              title: 'The request body is too large',
              detail: 'An attachment may have at most 1048576 bytes; this one has 2000000',
              maxBytes: 1048576,
            },
            413,
          )
        : undefined,
    );
    renderSection(gw.api, owner());
    const user = userEvent.setup();
    await user.upload(await screen.findByTestId('attachment-file'), file('outline.pdf', 'application/pdf', '%PDF-1.7'));
    await user.click(screen.getByTestId('upload-attachment'));

    const alert = await screen.findByTestId('attachment-error');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The file could not be attached');
    expect(alert.textContent).toContain('An attachment may have at most 1048576 bytes; this one has 2000000');
    expect(screen.getByTestId('attachment-file').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('attachment-notice')).toBeNull();
    expect(gw.posts()).toHaveLength(1);
  });

  it('says how large a file may be when a 413 carries no detail', async () => {
    const gw = server({ proposal: owner(), attachments: [] }, (method) =>
      method === 'POST' ? problem({ type: 'urn:mooc:problem:payload-too-large', maxBytes: 1048576 }, 413) : undefined,
    );
    renderSection(gw.api, owner());
    const user = userEvent.setup();
    await user.upload(await screen.findByTestId('attachment-file'), file('outline.pdf', 'application/pdf', '%PDF-1.7'));
    await user.click(screen.getByTestId('upload-attachment'));
    expect((await screen.findByTestId('attachment-error')).textContent).toContain(
      'The file is too large: a file may be at most 1 MB.',
    );
  });

  it('shows a 409 (the proposal can no longer change) as the server words it, and reads the files again', async () => {
    const gw = server({ proposal: owner(), attachments: [] }, (method) =>
      method === 'POST'
        ? problem({ type: 'urn:mooc:problem:illegal-transition', detail: 'The proposal was submitted; attachments can no longer change' }, 409)
        : undefined,
    );
    renderSection(gw.api, owner());
    const user = userEvent.setup();
    await user.upload(await screen.findByTestId('attachment-file'), file('outline.pdf', 'application/pdf', '%PDF-1.7'));
    await user.click(screen.getByTestId('upload-attachment'));
    const alert = await screen.findByTestId('attachment-error');
    expect(alert.textContent).toContain('The proposal was submitted; attachments can no longer change');
    expect(screen.getByTestId('attachment-file').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(gw.gets('/attachments').length).toBeGreaterThanOrEqual(2));
  });

  it('removes a file only after confirming, then announces it; cancelling returns focus', async () => {
    const state: State = { proposal: owner(), attachments: [OUTLINE, BUDGET] };
    const gw = server(state, (method, url) => {
      if (method !== 'DELETE') return undefined;
      state.attachments = state.attachments.filter((a) => !url.endsWith(a.id));
      return new Response(null, { status: 204 });
    });
    renderSection(gw.api, owner());
    const user = userEvent.setup();
    const remove = await screen.findByRole('button', { name: 'Remove “course-outline.pdf”' });

    await user.click(remove);
    const group = screen.getByRole('group', { name: 'Remove “course-outline.pdf” from the proposal?' });
    const confirm = within(group).getByRole('button', { name: 'Yes, remove' });
    expect(confirm).toBe(screen.getByTestId('remove-attachment-confirm'));
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    await user.click(within(group).getByRole('button', { name: 'Cancel' }));
    const again = screen.getByRole('button', { name: 'Remove “course-outline.pdf”' });
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(gw.calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);

    await user.click(again);
    await user.click(screen.getByTestId('remove-attachment-confirm'));
    const notice = await screen.findByTestId('attachment-notice');
    expect(notice.textContent).toBe('“course-outline.pdf” was removed.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    const deletes = gw.calls.filter((c) => c.method === 'DELETE');
    expect(deletes).toHaveLength(1);
    expect(deletes[0].url).toBe(`${LIST}/${OUTLINE.id}`);
    expect(deletes[0].headers.Authorization).toBe('Bearer token');
    await waitFor(() =>
      expect(screen.getAllByTestId('attachment-item').map((li) => li.getAttribute('data-file-name'))).toEqual(['budget.xlsx']),
    );
  });

  it('is read-only without EDIT: the list and downloads, no upload form, no remove buttons', async () => {
    const reader = endorsementProposal({ permissions: ['DECIDE_BOARD_APPROVAL'] });
    const { api } = server({ proposal: reader, attachments: [OUTLINE] });
    renderSection(api, reader);
    await screen.findByTestId('attachment-item');
    expect(screen.getByTestId('download-attachment')).toBeTruthy();
    expect(screen.queryByTestId('remove-attachment')).toBeNull();
    expect(screen.queryByTestId('attachment-upload')).toBeNull();
    expect(screen.queryByTestId('attachment-file')).toBeNull();
  });

  it('is read-only when asked, even with EDIT, and while the application is being edited it says why', async () => {
    const { api } = server({ proposal: owner(), attachments: [OUTLINE] });
    const { unmount } = renderSection(api, owner(), { readOnly: true });
    await screen.findByTestId('attachment-item');
    expect(screen.queryByTestId('remove-attachment')).toBeNull();
    expect(screen.queryByTestId('attachment-upload')).toBeNull();
    expect(screen.queryByTestId('attachments-while-editing')).toBeNull();
    unmount();

    renderSection(api, owner(), { editing: true });
    await screen.findByTestId('attachment-item');
    expect(screen.queryByTestId('remove-attachment')).toBeNull();
    expect(screen.queryByTestId('attachment-upload')).toBeNull();
    expect(screen.getByTestId('attachments-while-editing').textContent).toBe(
      'Save or cancel your changes to the application before you add or remove files.',
    );
  });

  it('warns during endorsement that a change voids the head’s signature', async () => {
    const p = endorsementProposal({ permissions: ['EDIT', 'WITHDRAW'] });
    const { api } = server({ proposal: p, attachments: [] });
    renderSection(api, p);
    expect((await screen.findByTestId('attachments-endorsement-note')).textContent).toContain(
      'it voids the Head of Department’s signature (the study board’s approval is not affected)',
    );
  });

  it('shows a failure to load the files with a retry', async () => {
    let fail = true;
    const gw = server({ proposal: owner(), attachments: [OUTLINE] }, (method, url) =>
      method === 'GET' && url === LIST && fail ? problem({ title: 'Service unavailable' }, 503) : undefined,
    );
    renderSection(gw.api, owner());
    const error = await screen.findByTestId('attachments-load-error');
    expect(error.textContent).toContain('The files could not be loaded.');
    fail = false;
    await userEvent.setup().click(within(error).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('attachment-item')).toBeTruthy();
  });
});
