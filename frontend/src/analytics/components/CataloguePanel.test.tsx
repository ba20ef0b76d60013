import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrentUser, Role } from '../../shared/auth/roles';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { CoursesPage } from '../pages/CoursesPage';
import { CATALOGUE, catalogueStatus, catalogueSync, signedInAs } from '../test/catalogueFixtures';

const noCourses: Handler = (method, url) => (method === 'GET' && url.startsWith('/api/analytics/courses') ? json({ items: [], page: 0, size: 20, total: 0, totalExact: true }) : undefined);

function renderCourses(roles: Role[], handlers: Handler[], language: 'en' | 'da' = 'en') {
  const gw = fakeGateway(...handlers, noCourses);
  const user: CurrentUser = { id: 'sub-reader', name: 'Reader', username: 'reader', roles };
  renderWithProviders(signedInAs(roles, <CoursesPage user={user} />), { api: gw.api, language });
  return gw;
}

describe('the catalogue panel on the courses page', () => {
  it('shows the LearningLab a stale catalogue as stale, with its last sync and the latest failure', async () => {
    const status = catalogueStatus({
      stale: true,
      lastSuccessfulSync: catalogueSync({ finishedAt: '2026-10-01T02:01:05Z', courses: 9874 }),
      lastSync: catalogueSync({ id: 'sync-2', outcome: 'FAILED', finishedAt: '2026-11-20T02:00:30Z', courses: 0, errorCode: 'catalogue.api.unreachable' }),
    });
    renderCourses(['consultant'], [(_m, url) => (url === CATALOGUE ? json(status) : undefined)]);
    const panel = await screen.findByTestId('catalogue-panel');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Coursera catalogue' })).toBeTruthy();
    expect((await within(panel).findByTestId('catalogue-courses')).textContent).toBe('9,874');
    expect(within(panel).getByTestId('catalogue-last-success').textContent).toMatch(/^1 Oct 2026.*, from Coursera’s API, 9,874 courses$/);
    expect(within(panel).getByTestId('catalogue-last-attempt').textContent).toMatch(/^Failed 20 Nov 2026.*: Coursera’s API could not be reached$/);
    expect(within(panel).getByTestId('catalogue-stale').textContent).toBe(
      'The catalogue is stale: no successful sync for more than 14 days. Sync it or import a catalogue file.',
    );
  });

  it('syncs now, and reads the status again', async () => {
    const user = userEvent.setup();
    let running = false;
    const gw = renderCourses(['admin'], [
      (method, url) => {
        if (method === 'POST' && url === `${CATALOGUE}/syncs`) {
          running = true;
          return json(catalogueSync({ id: 'sync-3', outcome: 'RUNNING', finishedAt: null, courses: 0 }), 202);
        }
        if (url === CATALOGUE) return json(running ? catalogueStatus({ lastSync: catalogueSync({ id: 'sync-3', outcome: 'RUNNING', finishedAt: null }) }) : catalogueStatus());
        return undefined;
      },
    ]);
    const button = await screen.findByRole('button', { name: 'Sync now' });
    await user.click(button);
    expect((await screen.findByTestId('catalogue-sync-started')).textContent).toContain('has started');
    expect(gw.posts('/catalogue/syncs')).toHaveLength(1);
    await waitFor(() => expect(screen.getByTestId('catalogue-last-attempt').getAttribute('data-outcome')).toBe('RUNNING'));
    expect((screen.getByRole('button', { name: 'Sync now' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers no sync without Coursera’s API, and imports a file, listing a refused file’s problems in words', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    const gw = renderCourses(['consultant'], [
      (method, url) => {
        if (url === CATALOGUE) return json(catalogueStatus({ apiConfigured: false }));
        if (method === 'POST' && url === `${CATALOGUE}/imports`) {
          attempt += 1;
          if (attempt === 1) {
            return problem(
              {
                type: 'urn:mooc:problem:validation',
                title: 'Bad catalogue file',
                detail: 'The catalogue file was not imported: 2 problem(s).',
                errors: [
                  { field: 'row 3 slug', message: 'catalogue.row.invalid-slug' },
                  { field: 'row 0', message: 'catalogue.file.missing-column' },
                ],
              },
              400,
            );
          }
          return json(catalogueSync({ id: 'sync-4', source: 'FILE', courses: 240, startedBy: 'carla' }));
        }
        return undefined;
      },
    ]);
    expect((await screen.findByTestId('catalogue-no-api')).textContent).toContain('No Coursera API is configured');
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Import the file' }));
    expect(screen.getByTestId('catalogue-file-error').textContent).toContain('Choose a catalogue file first.');
    expect(gw.posts('/catalogue/imports')).toHaveLength(0);

    const input = screen.getByLabelText(/^Catalogue file/);
    await user.upload(input, new File(['id,slug,name\nc1,bad slug!,X\n'], 'catalogue.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Import the file' }));
    const refused = await screen.findByTestId('catalogue-import-refused');
    expect(refused.textContent).toContain('The catalogue file was not imported, and nothing of it was kept.');
    expect(within(refused).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Row 3, slug: the slug may hold only letters, digits and . _ ~ -',
      'The file: a required column is missing',
    ]);
    expect(gw.posts('/catalogue/imports')[0].headers['Content-Type']).toBe('text/csv');

    await user.click(screen.getByRole('button', { name: 'Import the file' }));
    expect((await screen.findByTestId('catalogue-import-done')).textContent).toBe('The file was imported: 240 courses added or refreshed.');
  });

  it('speaks Danish', async () => {
    renderCourses(['consultant'], [(_m, url) => (url === CATALOGUE ? json(catalogueStatus({ stale: true, lastSuccessfulSync: null, lastSync: null })) : undefined)], 'da');
    const panel = await screen.findByTestId('catalogue-panel');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Coursera-katalog');
    expect((await within(panel).findByTestId('catalogue-last-success')).textContent).toBe('Aldrig');
    expect(within(panel).getByTestId('catalogue-stale').textContent).toBe(
      'Kataloget er forældet: det er aldrig blevet synkroniseret. Synkronisér det, eller importér en katalogfil.',
    );
    expect(within(panel).getByRole('button', { name: 'Synkronisér nu' })).toBeTruthy();
  });

  it('is not there for those who may not import the catalogue', async () => {
    const gw = renderCourses(['committee'], [(_m, url) => (url === CATALOGUE ? json(catalogueStatus()) : undefined)]);
    await screen.findByTestId('courses-empty');
    expect(screen.queryByTestId('catalogue-panel')).toBeNull();
    expect(gw.calls.filter((c) => c.url.startsWith(CATALOGUE))).toHaveLength(0);
  });
});
