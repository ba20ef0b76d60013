import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { API, COURSE_ID, completedExportImport, exportImportRecord, importRecord } from '../../test/analyticsFixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { ExportImportForm } from './ExportImportForm';
import { ImportsSection } from './ImportsSection';
import { expectCardTable } from '../test/cardTables';

const BASE = `${API}/courses/${COURSE_ID}`;
const IMPORT_URL = `${BASE}/imports/imp-zip`;

/** The server: 202 with the running import for a POST, then each GET of the import answers the next record. */
function server(accepted: Response | (() => Response), ...records: object[]): ReturnType<typeof fakeGateway> {
  const handler: Handler = (method, url) => {
    if (method === 'POST' && url === `${BASE}/exports`) return typeof accepted === 'function' ? accepted() : accepted;
    if (method === 'GET' && url === IMPORT_URL) return json(records.length > 1 ? records.shift() : records[0]);
    return undefined;
  };
  return fakeGateway(handler);
}

function renderForm(gw: ReturnType<typeof fakeGateway>, language: 'en' | 'da' = 'en') {
  return renderWithProviders(<ExportImportForm moocId={COURSE_ID} pollMs={5} />, { api: gw.api, language });
}

const zip = (name = 'export.zip', type = 'application/zip') => new File([new Uint8Array(64)], name, { type });

/** A file of a chosen folder: the browser names it by its path inside the folder. */
function inFolder(text: string, path: string): File {
  const file = new File([text], path.split('/').pop()!, { type: 'text/csv' });
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

describe('ExportImportForm', () => {
  it('uploads a zip archive, shows the bytes sent, then the import, then each table and the skipped files', async () => {
    const gw = server(
      json(exportImportRecord(), 202),
      exportImportRecord({
        progress: 0.5,
        tables: [
          { ...exportImportRecord().tables![0], status: 'VALIDATED', rowsRead: 6 },
          { ...exportImportRecord().tables![1], status: 'RUNNING', rowsRead: 3 },
        ],
      }),
      completedExportImport(),
    );
    const { queryClient } = renderForm(gw);
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const user = userEvent.setup();
    const release = gw.holdUploads();
    const file = zip();
    await user.upload(screen.getByLabelText('Zip archive'), file);
    await user.click(screen.getByTestId('export-upload-submit'));

    // Half the bytes sent: the bar and its polite status say so.
    const bar = await screen.findByTestId('export-import-progress');
    await waitFor(() => expect((bar as HTMLProgressElement).value).toBe(0.5));
    expect(bar.getAttribute('data-phase')).toBe('uploading');
    expect(screen.getByLabelText('Uploading…')).toBe(bar);
    expect(screen.getByTestId('export-import-status').textContent).toBe('Uploading… 50% done.');
    expect(screen.getByTestId('export-import-status').getAttribute('aria-live')).toBe('polite');
    expect((screen.getByTestId('export-upload-submit') as HTMLButtonElement).disabled).toBe(true);
    release();

    const result = await screen.findByTestId('export-import-result');
    await waitFor(() => expect(result.getAttribute('data-status')).toBe('COMPLETED'));
    expect(screen.queryByTestId('export-import-progress')).toBeNull();
    const outcome = screen.getByTestId('export-import-outcome');
    expect(outcome.textContent).toBe('The export was imported: 2 tables, 13 rows read, 12 changed.');
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(screen.getByTestId('export-import-status').textContent).toBe(outcome.textContent);

    const users = within(result).getByTestId('export-table-users');
    expectCardTable(within(result).getByTestId('export-import-tables'));
    expect(users.getAttribute('data-status')).toBe('COMPLETED');
    expect(within(users).getByRole('rowheader').textContent).toBe('Learners (users)');
    expect([...users.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['export/users.csv', 'Imported', '6', '6', '–']);
    expect(within(result).getByTestId('export-table-course_memberships').getAttribute('data-status')).toBe('COMPLETED');
    const ignored = within(result).getByTestId('export-ignored');
    expect(within(ignored).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['export/course_items.csv', 'export/README.txt']);

    const post = gw.calls.find((c) => c.method === 'POST')!;
    expect(post.headers['Content-Type']).toBe('application/zip');
    expect(post.headers.Authorization).toBe('Bearer token');
    expect(post.body).toBe(file);
    expect(gw.gets('/imports/imp-zip')).toHaveLength(2);
    // The course's imports, stored rows and KPIs are read again.
    const keys = invalidate.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey));
    expect(keys).toEqual(
      expect.arrayContaining([
        JSON.stringify(['analytics', 'imports', COURSE_ID]),
        JSON.stringify(['analytics', 'export-tables', COURSE_ID]),
        JSON.stringify(['analytics', 'kpis', COURSE_ID]),
      ]),
    );
  });

  it('shows the import’s progress and each table’s status while it runs', async () => {
    let finish = false;
    const running = exportImportRecord({
      progress: 0.8,
      tables: [
        { ...exportImportRecord().tables![0], status: 'VALIDATED', rowsRead: 6 },
        { ...exportImportRecord().tables![1], status: 'RUNNING', rowsRead: 3 },
      ],
    });
    const gw = fakeGateway((method, url) => {
      if (method === 'POST') return json(exportImportRecord(), 202);
      if (url === IMPORT_URL) return json(finish ? completedExportImport() : running);
      return undefined;
    });
    renderForm(gw);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Zip archive'), zip());
    await user.click(screen.getByTestId('export-upload-submit'));
    const bar = await screen.findByTestId('export-import-progress');
    await waitFor(() => expect((bar as HTMLProgressElement).value).toBe(0.8));
    expect(bar.getAttribute('data-phase')).toBe('importing');
    expect(screen.getByLabelText('Importing…')).toBe(bar);
    expect(screen.getByTestId('export-import-status').textContent).toBe('Importing… 75% done.');
    expect(screen.getByTestId('export-import-result').getAttribute('data-status')).toBe('RUNNING');
    expect(screen.getByTestId('export-table-users').getAttribute('data-status')).toBe('VALIDATED');
    expect(screen.getByTestId('export-table-course_memberships').textContent).toContain('Reading');
    finish = true;
    await waitFor(() => expect(screen.getByTestId('export-import-result').getAttribute('data-status')).toBe('COMPLETED'));
  });

  it('uploads a folder as multipart, each file named by its path in the folder', async () => {
    const gw = server(json(exportImportRecord({ source: 'FOLDER' }), 202), completedExportImport({ source: 'FOLDER' }));
    renderForm(gw);
    const user = userEvent.setup();
    const folderInput = screen.getByLabelText('Folder of CSV files') as HTMLInputElement;
    expect(folderInput.hasAttribute('webkitdirectory')).toBe(true);
    expect(folderInput.multiple).toBe(true);
    await user.upload(folderInput, [inFolder('user_id\nu1\n', 'export/users.csv'), inFolder('read me', 'export/README.txt')]);
    await user.click(screen.getByTestId('export-upload-submit'));
    await waitFor(() => expect(screen.getByTestId('export-import-result').getAttribute('data-status')).toBe('COMPLETED'));
    const post = gw.calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe(`${BASE}/exports`);
    expect(post.headers['Content-Type']).toBeUndefined();
    expect(((post.body as FormData).getAll('file') as File[]).map((f) => f.name)).toEqual(['export/users.csv', 'export/README.txt']);
  });

  it('names the refused table, line and column in an alert; the other tables were not kept', async () => {
    const rejected = exportImportRecord({
      status: 'REJECTED',
      progress: 0.6,
      problemCode: 'NOT_A_COUNTRY',
      problemParams: { value: 'DNK' },
      problemLine: 7,
      problemColumn: 'country_cd',
      tables: [
        { table: 'course_memberships', file: 'export/course_memberships.csv', status: 'NOT_KEPT', rowsRead: 7, rowsChanged: null, bytesRead: null, bytesTotal: null, problemCode: null, problemParams: null, problemLine: null, problemColumn: null },
        {
          table: 'users',
          file: 'export/users.csv',
          status: 'REJECTED',
          rowsRead: 6,
          rowsChanged: null,
          bytesRead: null,
          bytesTotal: null,
          problemCode: 'NOT_A_COUNTRY',
      problemParams: { value: 'DNK' },
          problemLine: 7,
          problemColumn: 'country_cd',
        },
      ],
    });
    const gw = server(json(exportImportRecord(), 202), rejected);
    renderForm(gw);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Zip archive'), zip());
    await user.click(screen.getByTestId('export-upload-submit'));
    const alert = await screen.findByTestId('export-import-rejected');
    expect(alert.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(alert.textContent).toContain('The export was refused: Learners (users) has an error. Nothing of the export was kept');
    expect(within(alert).getByTestId('export-import-problem').textContent).toBe('country_cd is not a two-letter country code (ISO 3166-1 alpha-2): “DNK”');
    expect(within(alert).getByTestId('csv-problem-table').textContent).toBe('Learners (users)');
    expect(within(alert).getByTestId('csv-problem-line').textContent).toBe('7');
    expect(within(alert).getByTestId('csv-problem-column').textContent).toBe('country_cd');
    expect(screen.getByTestId('export-import-result').getAttribute('data-status')).toBe('REJECTED');
    const users = screen.getByTestId('export-table-users');
    expect(users.getAttribute('data-status')).toBe('REJECTED');
    expect(within(users).getByTestId('export-table-problem').textContent).toBe('line 7, column country_cd: country_cd is not a two-letter country code (ISO 3166-1 alpha-2): “DNK”');
    expect(screen.getByTestId('export-table-course_memberships').textContent).toContain('Valid, not kept');
    // A refusal is its own alert: the polite status stays quiet.
    expect(screen.getByTestId('export-import-status').textContent).toBe('');
  });

  it('shows the problem of an upload the server refuses (415, 400) and can be tried again', async () => {
    const answers = [
      problem({ type: 'urn:mooc:problem:unsupported-media-type', title: 'Unsupported Media Type', detail: 'Send application/zip or multipart/form-data.' }, 415),
      problem({ type: 'urn:mooc:problem:validation', detail: 'None of the tables the platform uses is in the upload.' }, 400),
    ];
    const gw = server(() => answers.shift()!, completedExportImport());
    renderForm(gw);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Zip archive'), zip());
    await user.click(screen.getByTestId('export-upload-submit'));
    const error = await screen.findByTestId('export-import-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('Send application/zip or multipart/form-data.');
    await waitFor(() => expect(document.activeElement).toBe(error));
    expect(screen.queryByTestId('export-import-result')).toBeNull();
    expect((screen.getByTestId('export-upload-submit') as HTMLButtonElement).disabled).toBe(false);

    await user.click(screen.getByTestId('export-upload-submit'));
    await waitFor(() => expect(screen.getByTestId('export-import-error').textContent).toBe('None of the tables the platform uses is in the upload.'));
    expect(gw.posts('/exports')).toHaveLength(2);
  });

  it('asks for a zip archive or a folder before sending anything', async () => {
    const gw = server(json(exportImportRecord(), 202), completedExportImport());
    renderForm(gw);
    const user = userEvent.setup({ applyAccept: false });
    await user.click(screen.getByTestId('export-upload-submit'));
    expect((await screen.findByTestId('export-upload-zip-error')).textContent).toContain('Choose a zip archive or a folder.');
    expect(document.activeElement).toBe(screen.getByTestId('export-upload-zip'));
    await user.upload(screen.getByLabelText('Zip archive'), new File(['x'], 'users.csv', { type: 'text/csv' }));
    await user.click(screen.getByTestId('export-upload-submit'));
    expect((await screen.findByTestId('export-upload-zip-error')).textContent).toContain('Choose a .zip file.');
    expect(gw.posts()).toHaveLength(0);
  });

  it('merges by default, and replaces the course’s learner data with ?replace=true when asked', async () => {
    const gw = fakeGateway((method, url) => {
      if (method === 'POST' && url.startsWith(`${BASE}/exports`)) {
        return json(exportImportRecord({ replacesData: url.endsWith('?replace=true') }), 202);
      }
      if (method === 'GET' && url === IMPORT_URL) {
        const replaced = gw.posts().at(-1)!.url.endsWith('?replace=true');
        return json(completedExportImport({ replacesData: replaced }));
      }
      return undefined;
    });
    renderForm(gw);
    const user = userEvent.setup();
    const replace = screen.getByLabelText('Replace the course’s learner data with this export') as HTMLInputElement;
    expect(replace.type).toBe('checkbox');
    expect(replace.checked).toBe(false);
    expect(document.getElementById(replace.getAttribute('aria-describedby')!)?.textContent).toContain('if the export is refused, the data stays as it was');

    await user.upload(screen.getByLabelText('Zip archive'), zip());
    await user.click(screen.getByTestId('export-upload-submit'));
    await waitFor(() => expect(screen.getByTestId('export-import-result').getAttribute('data-status')).toBe('COMPLETED'));
    expect(gw.posts()[0].url).toBe(`${BASE}/exports`);
    expect(screen.queryByTestId('export-import-replaces')).toBeNull();

    await user.click(replace);
    await user.click(screen.getByTestId('export-upload-submit'));
    await waitFor(() => expect(screen.getByTestId('export-import-replaces').textContent).toBe('Replaced the course’s learner data'));
    expect(gw.posts()[1].url).toBe(`${BASE}/exports?replace=true`);
    expect(gw.posts()[1].headers['Content-Type']).toBe('application/zip');
  });

  it('speaks Danish', async () => {
    const gw = server(json(exportImportRecord(), 202), completedExportImport());
    renderForm(gw, 'da');
    const user = userEvent.setup();
    expect(screen.getByLabelText('Erstat kursets deltagerdata med dette udtræk')).toBeTruthy();
    await user.upload(screen.getByLabelText('Zip-arkiv'), zip());
    await user.click(screen.getByRole('button', { name: 'Importér udtrækket' }));
    expect((await screen.findByTestId('export-import-outcome')).textContent).toBe('Udtrækket er importeret: 2 tabeller, 13 rækker læst, 12 ændret.');
    expect(screen.getByTestId('export-table-users').textContent).toContain('Importeret');
  });
});

describe('the imports list', () => {
  it('shows a whole export by how it came, with a line per table', async () => {
    const rejected = completedExportImport({
      id: 'imp-folder',
      source: 'FOLDER',
      status: 'REJECTED',
      problemCode: 'NOT_A_COUNTRY',
      problemParams: { value: 'DNK' },
      problemLine: 7,
      problemColumn: 'country_cd',
      tables: [
        { table: 'users', status: 'REJECTED', rowsRead: 6, file: null, rowsChanged: null, bytesRead: null, bytesTotal: null, problemCode: null, problemParams: null, problemLine: null, problemColumn: null },
        { table: 'course_memberships', status: 'NOT_KEPT', rowsRead: 1, file: null, rowsChanged: null, bytesRead: null, bytesTotal: null, problemCode: null, problemParams: null, problemLine: null, problemColumn: null },
      ],
    });
    const gw = fakeGateway((_method, url) => {
      if (url.startsWith(`${BASE}/imports?`)) return json({ items: [completedExportImport(), rejected, importRecord()], page: 0, size: 20, total: 3, totalExact: true });
      if (url === `${BASE}/exports`) return json([]);
      return undefined;
    });
    renderWithProviders(<ImportsSection moocId={COURSE_ID} mayImport={false} />, { api: gw.api });
    const rows = await screen.findAllByTestId('import-row');
    expect(rows.map((r) => [r.getAttribute('data-source'), r.getAttribute('data-status')])).toEqual([
      ['ZIP', 'COMPLETED'],
      ['FOLDER', 'REJECTED'],
      ['TABLE', 'COMPLETED'],
    ]);
    const zipHeader = within(rows[0]).getByRole('rowheader');
    expect(zipHeader.firstChild?.textContent).toBe('Whole export (zip archive)');
    expect(within(zipHeader).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Learners (users): Imported, 6 rows',
      'Enrolments (course_memberships): Imported, 7 rows',
    ]);
    expect(within(rows[1]).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Learners (users): Refused, 6 rows',
      'Enrolments (course_memberships): Valid, not kept, 1 row',
    ]);
    expect(within(rows[1]).getByTestId('import-problem').textContent).toBe('Learners (users), line 7, column country_cd: country_cd is not a two-letter country code (ISO 3166-1 alpha-2): “DNK”');
    expect(within(rows[2]).getByRole('rowheader').textContent).toBe('Enrolments (course_memberships)');
    expect(screen.queryByTestId('import-replaces')).toBeNull();
    expect(screen.queryByTestId('export-import-form')).toBeNull();
  });

  it('says which imports replaced the course’s learner data, and which were to but were refused', async () => {
    const gw = fakeGateway((_method, url) => {
      if (url.startsWith(`${BASE}/imports?`)) {
        return json({
          items: [
            completedExportImport({ id: 'imp-3', replacesData: true }),
            completedExportImport({ id: 'imp-2', replacesData: true, status: 'REJECTED' }),
            completedExportImport({ id: 'imp-1', replacesData: false }),
          ],
          page: 0,
          size: 20,
          total: 3,
        });
      }
      if (url === `${BASE}/exports`) return json([]);
      return undefined;
    });
    renderWithProviders(<ImportsSection moocId={COURSE_ID} mayImport={false} />, { api: gw.api, language: 'da' });
    const rows = await screen.findAllByTestId('import-row');
    expect(rows.map((r) => r.getAttribute('data-replaces-data'))).toEqual(['true', 'true', null]);
    expect(within(rows[0]).getByTestId('import-replaces').textContent).toBe('Erstattede kursets deltagerdata');
    expect(within(rows[1]).getByTestId('import-replaces').textContent).toBe('Skulle erstatte kursets deltagerdata; data forblev som før');
    expect(within(rows[2]).queryByTestId('import-replaces')).toBeNull();
  });
});
