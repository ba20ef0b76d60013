import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LearnerData } from '../api/analyticsTypes';
import { API, COURSE_ID, learnerData } from '../../test/analyticsFixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { retentionMonths } from './LearnerDataChanges';
import { LearnerDataSection } from './LearnerDataSection';
import { expectCardTable } from '../test/cardTables';

const URL = `${API}/courses/${COURSE_ID}/learner-data`;
const TITLE = 'Quantum Computing for Engineers';

/** The service: the course's learner data, and what a PUT or DELETE answers (each may be replaced per test). */
function server(initial: LearnerData = learnerData(), answers: { put?: Handler; del?: Handler } = {}) {
  let current = initial;
  return fakeGateway((method, url, body) => {
    if (method === 'GET' && url === URL) return json(current);
    if (method === 'PUT' && url === `${URL}/retention`) {
      const answer = answers.put?.(method, url, body);
      if (answer) return answer;
      const months = (body as { months: number | null }).months;
      current = { ...current, retentionMonths: months ?? 36, defaultRetention: months === null };
      return json(current);
    }
    if (method === 'DELETE' && url.startsWith(`${URL}?`)) {
      const answer = answers.del?.(method, url, body);
      if (answer) return answer;
      const keep = url.endsWith('keepAggregates=true');
      current = {
        ...current,
        oldestRow: null,
        nextDeletion: null,
        rows: current.rows.map((r) => ({ ...r, rows: 0 })),
        deletions: [
          { reason: 'ADMINISTRATOR', deletedBefore: null, rowsDeleted: 11125, semestersKept: keep ? 2 : 0, aggregatesKept: keep, deletedBy: 'ada', deletedAt: '2030-02-01T10:00:00Z' },
          ...current.deletions,
        ],
      };
      return json(current);
    }
    return undefined;
  });
}

function renderSection(gw: ReturnType<typeof server>, { admin = false, language = 'en' as 'en' | 'da' } = {}) {
  return renderWithProviders(<LearnerDataSection moocId={COURSE_ID} title={TITLE} mayAdminister={admin} />, { api: gw.api, language });
}

describe('LearnerDataSection', () => {
  it('shows the retention, the oldest row and the day it goes, the rows per table, the semesters kept and the deletions', async () => {
    renderSection(server());
    const retention = await screen.findByTestId('learner-data-retention');
    expect(retention.textContent).toBe('24 months after the end of the semester');
    expect(retention.getAttribute('data-default')).toBe('false');
    expect(screen.getByTestId('learner-data-oldest').querySelector('time')?.getAttribute('dateTime')).toBe('2028-01-14T08:31:07Z');
    const next = screen.getByTestId('learner-data-next-deletion');
    expect(next.querySelector('time')?.textContent).toBe('1 Jul 2030');
    expect(next.textContent).toContain('the oldest stored semester’s rows are deleted');
    expect(screen.getByTestId('learner-data-deleted-before').textContent).toBe('1 Jan 2028');
    expect(screen.getByTestId('learner-data-semesters-kept').textContent).toContain('Autumn 2027');

    const tables = screen.getAllByTestId('learner-data-table');
    expect(tables.map((r) => r.textContent)).toEqual(['Learners (users)5,120 rows', 'Enrolments (course_memberships)6,004 rows', 'Progress (course_progress)1 row']);

    const history = screen.getByTestId('learner-data-history');
    expect(expectCardTable(history)).toContain('Reason');
    expect(within(history).getByRole('columnheader', { name: 'Reason' })).toBeTruthy();
    const rows = within(history).getAllByTestId('learner-data-deletion');
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['The retention period passed', 'Automatically', '18,211', 'dated before 1 Jan 2028', 'kept for 1 semester'],
      ['Replaced by an import of the whole export', 'ida', '900', 'all', 'kept'],
      ['Deleted by an administrator', 'ada', '42', 'all', 'discarded'],
    ]);
    expect(within(rows[0]).getByRole('rowheader').querySelector('time')?.getAttribute('dateTime')).toBe('2030-01-01T03:00:00Z');
  });

  it('hides the retention form and the deletion from those who are not administrators', async () => {
    const gw = server();
    renderSection(gw);
    await screen.findByTestId('learner-data-retention');
    expect(screen.queryByTestId('retention-form')).toBeNull();
    expect(screen.queryByTestId('learner-data-delete')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(gw.calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('says when the retention is the default and when nothing is stored or was deleted', async () => {
    renderSection(
      server(learnerData({ retentionMonths: 36, defaultRetention: true, deletedBefore: null, oldestRow: null, nextDeletion: null, rows: [], semestersKept: [], deletions: [] })),
      { admin: true },
    );
    expect((await screen.findByTestId('learner-data-retention')).textContent).toBe('36 months after the end of the semester (the default)');
    expect(screen.getByTestId('learner-data-oldest').textContent).toBe('No learner rows are stored.');
    expect(screen.getByTestId('learner-data-next-deletion').textContent).toBe('–');
    expect(screen.queryByTestId('learner-data-deleted-before')).toBeNull();
    expect(screen.getByTestId('learner-data-semesters-kept').textContent).toBe('None');
    expect(screen.getByTestId('learner-data-rows-empty')).toBeTruthy();
    expect(screen.getByTestId('learner-data-history-empty').textContent).toBe('The course’s learner data has never been deleted.');
    // Already the default: nothing to go back to.
    expect(screen.queryByTestId('retention-default')).toBeNull();
  });

  it('speaks Danish', async () => {
    renderSection(server(), { language: 'da' });
    expect((await screen.findByTestId('learner-data-retention')).textContent).toBe('24 måneder efter semestrets slutning');
    expect(screen.getByRole('heading', { level: 2, name: 'Deltagerdata' })).toBeTruthy();
    const rows = screen.getAllByTestId('learner-data-deletion');
    expect(rows.map((r) => r.querySelectorAll('td')[0].textContent)).toEqual([
      'Opbevaringsperioden udløb',
      'Erstattet af en import af hele udtrækket',
      'Slettet af en administrator',
    ]);
    expect(rows[0].querySelectorAll('td')[1].textContent).toBe('Automatisk');
    expect(rows[2].querySelectorAll('td')[4].textContent).toBe('kasseret');
  });

  it('lets an administrator set the retention in months and shows it', async () => {
    const gw = server();
    renderSection(gw, { admin: true });
    const user = userEvent.setup();
    const input = (await screen.findByLabelText(/Retention in months/)) as HTMLInputElement;
    expect(input.value).toBe('24');
    expect(input.min).toBe('12');
    expect(input.max).toBe('120');
    expect(input.getAttribute('aria-describedby')).toBe('learner-data-months-hint');
    await user.clear(input);
    await user.type(input, '60');
    await user.click(screen.getByTestId('retention-submit'));

    const notice = await screen.findByTestId('retention-notice');
    expect(notice.textContent).toBe('The retention is now 60 months.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    const puts = gw.calls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0].url).toBe(`${URL}/retention`);
    expect(puts[0].body).toEqual({ months: 60 });
    expect(puts[0].headers['Content-Type']).toBe('application/json');
    await waitFor(() => expect(screen.getByTestId('learner-data-retention').textContent).toBe('60 months after the end of the semester'));
  });

  it('sets the course back to the default retention', async () => {
    const gw = server();
    renderSection(gw, { admin: true });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('retention-default'));
    expect((await screen.findByTestId('retention-notice')).textContent).toBe('The course now uses the default retention of 36 months.');
    expect(gw.calls.find((c) => c.method === 'PUT')?.body).toEqual({ months: null });
  });

  it('refuses months outside 12–120 before sending anything', async () => {
    const gw = server();
    renderSection(gw, { admin: true });
    const user = userEvent.setup();
    const input = await screen.findByLabelText(/Retention in months/);
    for (const typed of ['11', '121', '2.5', '']) {
      await user.clear(input);
      if (typed) await user.type(input, typed);
      await user.click(screen.getByTestId('retention-submit'));
      expect((await screen.findByTestId('learner-data-months-error')).textContent).toContain('Enter a whole number of months from 12 to 120.');
    }
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('learner-data-months-hint learner-data-months-error');
    const summary = screen.getByTestId('retention-error');
    expect(summary.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(gw.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('shows the server’s problem at the field, or above the form when it names no field', async () => {
    const answers = [
      problem({ type: 'urn:mooc:problem:validation', title: 'Bad Request', detail: 'Validation failed', errors: [{ field: 'months', message: 'must be between 12 and 120 (months after the end of the semester the data is dated in), or null for the default of 36' }] }, 400),
      problem({ type: 'urn:mooc:problem:validation', title: 'Bad Request', detail: 'The course is retired; its retention is fixed.' }, 400),
    ];
    const gw = server(learnerData(), { put: () => answers.shift() });
    renderSection(gw, { admin: true });
    const user = userEvent.setup();
    const input = await screen.findByLabelText(/Retention in months/);
    await user.clear(input);
    await user.type(input, '48');
    await user.click(screen.getByTestId('retention-submit'));
    expect((await screen.findByTestId('learner-data-months-error')).textContent).toContain('must be between 12 and 120');
    const summary = screen.getByTestId('retention-error');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#learner-data-months');

    await user.click(screen.getByTestId('retention-submit'));
    await waitFor(() => expect(screen.getByTestId('retention-error').textContent).toContain('The course is retired; its retention is fixed.'));
    expect(screen.queryByTestId('learner-data-months-error')).toBeNull();
    expect(screen.queryByTestId('retention-notice')).toBeNull();
    expect(screen.getByTestId('learner-data-retention').textContent).toBe('24 months after the end of the semester');
    expect(gw.calls.filter((c) => c.method === 'PUT')).toHaveLength(2);
  });

  it('deletes the learner data after a confirmation that keeps the semester figures by default', async () => {
    const gw = server();
    renderSection(gw, { admin: true });
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Delete learner data' });

    // Cancelled: nothing sent, focus back on the button.
    await user.click(button);
    let confirm = screen.getByTestId('learner-data-delete-confirm');
    expect(confirm.getAttribute('role')).toBe('group');
    expect(screen.getByRole('group', { name: /Delete all learner data of Quantum Computing for Engineers\? This cannot be undone/ })).toBe(confirm);
    const keep = screen.getByLabelText('Keep the semester figures') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(keep));
    expect(keep.checked).toBe(true);
    expect(keep.getAttribute('aria-describedby')).toBe('learner-data-keep-hint');
    await user.click(screen.getByTestId('learner-data-delete-cancel'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('learner-data-delete')));
    expect(screen.queryByTestId('learner-data-delete-confirm')).toBeNull();

    // Escape cancels too.
    await user.click(screen.getByTestId('learner-data-delete'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('learner-data-keep')));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('learner-data-delete')));
    expect(gw.calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);

    await user.click(screen.getByTestId('learner-data-delete'));
    confirm = screen.getByTestId('learner-data-delete-confirm');
    await user.click(within(confirm).getByRole('button', { name: 'Delete the learner data' }));
    const notice = await screen.findByTestId('learner-data-delete-notice');
    expect(notice.textContent).toBe('11,125 learner rows were deleted. The figures of ended semesters were kept.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    const deletes = gw.calls.filter((c) => c.method === 'DELETE');
    expect(deletes.map((c) => c.url)).toEqual([`${URL}?keepAggregates=true`]);
    // The history shows the deletion the server recorded.
    await waitFor(() => expect(screen.getAllByTestId('learner-data-deletion')[0].getAttribute('data-reason')).toBe('ADMINISTRATOR'));
  });

  it('discards the semester figures too when asked', async () => {
    const gw = server();
    renderSection(gw, { admin: true });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('learner-data-delete'));
    await user.click(screen.getByLabelText('Keep the semester figures'));
    await user.click(screen.getByTestId('learner-data-delete-confirm-button'));
    expect((await screen.findByTestId('learner-data-delete-notice')).textContent).toBe('11,125 learner rows were deleted, and the semester figures discarded.');
    expect(gw.calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual([`${URL}?keepAggregates=false`]);
    // The next confirmation starts from keeping them again.
    await user.click(screen.getByTestId('learner-data-delete'));
    expect((screen.getByLabelText('Keep the semester figures') as HTMLInputElement).checked).toBe(true);
  });

  it('shows why the deletion was refused (an import is running)', async () => {
    const gw = server(learnerData(), {
      del: () => problem({ type: 'urn:mooc:problem:conflict', title: 'Conflict', detail: 'An import of the course is running; delete its learner data when it has finished' }, 409),
    });
    renderSection(gw, { admin: true });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('learner-data-delete'));
    await user.click(screen.getByTestId('learner-data-delete-confirm-button'));
    const alert = await screen.findByTestId('learner-data-delete-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('The learner data was not deleted.An import of the course is running; delete its learner data when it has finished');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.queryByTestId('learner-data-delete-notice')).toBeNull();
    expect(screen.getAllByTestId('learner-data-deletion')).toHaveLength(3);
  });
});

describe('retentionMonths', () => {
  it('takes whole months from 12 to 120', () => {
    expect(retentionMonths('12')).toBe(12);
    expect(retentionMonths(' 120 ')).toBe(120);
    expect(retentionMonths('11')).toBeNull();
    expect(retentionMonths('121')).toBeNull();
    expect(retentionMonths('24.5')).toBeNull();
    expect(retentionMonths('-24')).toBeNull();
    expect(retentionMonths('')).toBeNull();
  });
});
