import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import {
  INSTRUCTOR_PERMISSIONS,
  MOOC_ID,
  PRODUCTION_URL,
  milestones,
  milestonesFor,
  production,
  productionReads,
  productionState,
  type ProductionState,
} from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import { ProductionRoute } from './ProductionPage';
import { expectCardTable } from '../../analytics/test/cardTables';

const INSTRUCTOR: CurrentUser = { id: 'sub-ida', name: 'Ida Instructor', username: 'ida', roles: ['instructor'] };
const MEDIALAB: CurrentUser = { id: 'sub-mia', name: 'Mia MediaLab', username: 'mia', roles: ['medialab'] };

function server(state: ProductionState, ...extra: Handler[]) {
  return fakeGateway(...extra, productionReads(state));
}

function renderPage(gw: ReturnType<typeof server>, user: CurrentUser = INSTRUCTOR, language: 'en' | 'da' = 'en', search = '') {
  return renderWithProviders(<ProductionRoute user={user} />, { api: gw.api, language, path: '/productions/:id', route: `/productions/${MOOC_ID}${search}` });
}

const fmt = (locale: string, date: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

describe('ProductionPage: header and plan', () => {
  it('shows the status, the facts and the plan as an ordered list in words', async () => {
    const gw = server(productionState());
    renderPage(gw);
    expect(await screen.findByRole('heading', { level: 1, name: 'Quantum Computing for Engineers' })).toBeTruthy();
    const status = screen.getByTestId('production-status');
    expect(status.getAttribute('data-status')).toBe('IN_PRODUCTION');
    expect(status.textContent).toBe('In production');
    expect(screen.getByTestId('production-department').textContent).toBe('Compute');
    expect(screen.getByTestId('production-video-budget').textContent).toBe(
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(35000),
    );
    expect(screen.queryByTestId('production-launch')).toBeNull();
    // A MediaLab member cannot open proposals: no link to the proposal for them (the instructor has one).
    expect(screen.getByTestId('production-proposal-link').getAttribute('href')).toBe(`/proposals/${MOOC_ID}`);

    const list = screen.getByTestId('milestone-list');
    expect(list.tagName).toBe('OL');
    const rows = within(list).getAllByRole('listitem').filter((li) => li.getAttribute('data-testid')?.startsWith('milestone-row-'));
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual([
      'milestone-row-PLAN_AGREED',
      'milestone-row-COURSE_OUTLINE',
      'milestone-row-PILOT_MODULE',
      'milestone-row-VIDEO_RECORDING',
      'milestone-row-LAUNCH',
    ]);

    const outline = screen.getByTestId('milestone-row-COURSE_OUTLINE');
    expect(outline.getAttribute('data-overdue')).toBe('true');
    expect(within(outline).getByRole('heading', { level: 3, name: 'Course outline' })).toBeTruthy();
    // Overdue is said in words, not only by colour.
    expect(within(outline).getByTestId('milestone-COURSE_OUTLINE-overdue').textContent).toBe('Overdue');
    expect(within(outline).getByTestId('milestone-COURSE_OUTLINE-status').textContent).toBe('In progress');
    expect(within(outline).getByTestId('milestone-COURSE_OUTLINE-owner').textContent).toBe('The instructor');
    expect(within(outline).getByTestId('milestone-COURSE_OUTLINE-due-date').textContent).toBe(fmt('en-GB', '2027-02-11'));
    const baseline = within(outline).getByTestId('milestone-COURSE_OUTLINE-baseline');
    expect(baseline.getAttribute('data-slip-days')).toBe('7');
    expect(baseline.textContent).toBe(`${fmt('en-GB', '2027-02-04')} – 7 days later than the baseline`);

    const pilot = screen.getByTestId('milestone-row-PILOT_MODULE');
    const proposed = within(pilot).getByTestId('milestone-PILOT_MODULE-proposed');
    expect(proposed.querySelector('mark')?.textContent).toBe(fmt('en-GB', '2027-03-25'));
    expect(proposed.textContent).toContain('(not accepted yet)');
    expect(within(screen.getByTestId('milestone-row-VIDEO_RECORDING')).getByTestId('milestone-VIDEO_RECORDING-owner').textContent).toBe('MediaLab');
    expect(within(screen.getByTestId('milestone-row-PLAN_AGREED')).getByTestId('milestone-PLAN_AGREED-slip').textContent).toBe('on the baseline');

    // The chart is a figure whose caption points to the list, its text equivalent; without EDIT_PLAN no bar moves.
    const chart = screen.getByRole('figure', { name: /The list below gives the same dates in words\./ });
    expect(chart).toBe(screen.getByTestId('plan-gantt'));
    expect(within(chart).queryAllByRole('slider')).toHaveLength(0);
    expect(screen.getByTestId('gantt-row-COURSE_OUTLINE').textContent).toBe('Course outlineOverdue');
    // Baseline against current: the outline's baseline bar ends a week before its current bar.
    const current = screen.getByTestId('gantt-bar-COURSE_OUTLINE');
    const baselineBar = screen.getByTestId('gantt-baseline-COURSE_OUTLINE');
    const right = (el: HTMLElement) => parseFloat(el.style.left) + parseFloat(el.style.width);
    expect(right(current) - right(baselineBar)).toBe(7 * 16);
    expect(within(screen.getByTestId('gantt-legend')).getByText('Baseline (the first agreed plan)')).toBeTruthy();
    expect(screen.getByTestId('plan-proposals-note')).toBeTruthy();
  });

  it('reschedules a milestone from the keyboard in the Gantt chart: arrows move it, Enter saves with If-Match', async () => {
    const state = productionState({ production: production({ permissions: INSTRUCTOR_PERMISSIONS, milestones: milestonesFor('instructor') }) });
    const gw = server(state, (method, url) => {
      if (method !== 'PUT' || url !== `${PRODUCTION_URL}/milestones/PILOT_MODULE`) return undefined;
      const ms = milestonesFor('instructor').map((m) => (m.key === 'PILOT_MODULE' ? { ...m, dueDate: '2027-03-26' } : m));
      state.production = production({ permissions: INSTRUCTOR_PERMISSIONS, version: 8, milestones: ms });
      return json(state.production);
    });
    renderPage(gw);
    const user = userEvent.setup();
    const bar = await screen.findByRole('slider', { name: 'Due date of “Pilot module”' });
    // A milestone that is done does not move.
    expect(screen.queryByRole('slider', { name: 'Due date of “Plan agreed with the consultant”' })).toBeNull();
    expect(bar.getAttribute('aria-valuetext')).toBe(fmt('en-GB', '2027-03-18'));
    bar.focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}{ArrowRight}');
    expect(bar.getAttribute('aria-valuetext')).toBe(`${fmt('en-GB', '2027-03-26')}, not saved (saved: ${fmt('en-GB', '2027-03-18')})`);
    expect(screen.getByTestId('gantt-draft-PILOT_MODULE').textContent).toBe(`New due date ${fmt('en-GB', '2027-03-26')} – Enter saves`);
    // What waits for it starts later with it.
    expect(screen.getByTestId('gantt-bar-VIDEO_RECORDING').getAttribute('data-start')).toBe('2027-03-26');
    // Escape puts it back; nothing was sent.
    await user.keyboard('{Escape}');
    expect(bar.getAttribute('aria-valuetext')).toBe(fmt('en-GB', '2027-03-18'));
    expect(gw.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await user.keyboard('{PageUp}{ArrowRight}{Enter}');
    const notice = await screen.findByTestId('production-notice');
    expect(notice.textContent).toBe(`The milestone “Pilot module” is now due ${fmt('en-GB', '2027-03-26')}.`);
    const put = gw.calls.find((c) => c.method === 'PUT')!;
    expect(put.headers['If-Match']).toBe('"7"');
    expect(put.body).toEqual({ dueDate: '2027-03-26' });
    await waitFor(() => expect(screen.getByTestId('milestone-PILOT_MODULE-due-date').textContent).toBe(fmt('en-GB', '2027-03-26')));
    expect(screen.queryByTestId('gantt-draft-PILOT_MODULE')).toBeNull();
  });

  it('switches the Gantt chart between weeks and months', async () => {
    renderPage(server(productionState()));
    const months = await screen.findByRole('button', { name: 'Months' });
    expect(screen.getByRole('button', { name: 'Weeks' }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.setup().click(months);
    expect(months.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('plan-gantt').getAttribute('data-zoom')).toBe('month');
  });

  it('offers no plan actions without EDIT_PLAN', async () => {
    const gw = server(productionState({ production: production({ permissions: [] }) }), () => undefined);
    renderPage(gw, MEDIALAB);
    await screen.findByTestId('milestone-list');
    expect(screen.queryByTestId('accept-proposed-dates')).toBeNull();
    expect(screen.queryByTestId('agree-plan')).toBeNull();
    expect(screen.queryByTestId('edit-milestone-PILOT_MODULE')).toBeNull();
    expect(screen.queryByTestId('edit-team')).toBeNull();
    expect(screen.queryByTestId('production-proposal-link')).toBeNull();
  });

  it('changes a milestone’s due date and status with the version as If-Match and announces it', async () => {
    const state = productionState({ production: production({ permissions: INSTRUCTOR_PERMISSIONS, milestones: milestonesFor('instructor') }) });
    const gw = server(state, (method, url) => {
      if (method !== 'PUT' || url !== `${PRODUCTION_URL}/milestones/PILOT_MODULE`) return undefined;
      const ms = milestones().map((m) => (m.key === 'PILOT_MODULE' ? { ...m, dueDate: '2027-04-01', status: 'IN_PROGRESS' as const } : m));
      state.production = production({ permissions: INSTRUCTOR_PERMISSIONS, version: 8, milestones: ms });
      return json(state.production);
    });
    renderPage(gw);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('edit-milestone-PILOT_MODULE'));
    const due = screen.getByLabelText(/^Due date/, { selector: 'input' }) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(due));
    expect(due.value).toBe('2027-03-18');
    await user.clear(due);
    await user.type(due, '2027-04-01');
    await user.selectOptions(screen.getByTestId('milestone-PILOT_MODULE-status-select'), 'IN_PROGRESS');
    await user.click(screen.getByTestId('save-milestone-PILOT_MODULE'));

    const notice = await screen.findByTestId('production-notice');
    expect(notice.textContent).toBe('The milestone “Pilot module” was changed.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    const put = gw.calls.find((c) => c.method === 'PUT')!;
    expect(put.headers['If-Match']).toBe('"7"');
    expect(put.body).toEqual({ dueDate: '2027-04-01', status: 'IN_PROGRESS' });
    await waitFor(() => expect(screen.getByTestId('milestone-PILOT_MODULE-due-date').textContent).toBe(fmt('en-GB', '2027-04-01')));
    expect(screen.queryByTestId('milestone-PILOT_MODULE-form')).toBeNull();
  });

  it('offers the instructor no status control on MediaLab’s milestone, only its due date', async () => {
    const state = productionState({ production: production({ permissions: INSTRUCTOR_PERMISSIONS, milestones: milestonesFor('instructor') }) });
    const gw = server(state, (method, url) => {
      if (method !== 'PUT' || url !== `${PRODUCTION_URL}/milestones/VIDEO_RECORDING`) return undefined;
      return json(state.production);
    });
    renderPage(gw);
    const user = userEvent.setup();
    const edit = await screen.findByTestId('edit-milestone-VIDEO_RECORDING');
    expect(edit.textContent).toBe('Change due date');
    expect(screen.getByTestId('edit-milestone-COURSE_OUTLINE').textContent).toBe('Change date or status');
    await user.click(edit);
    expect(screen.getByTestId('milestone-VIDEO_RECORDING-due')).toBeTruthy();
    expect(screen.queryByTestId('milestone-VIDEO_RECORDING-status-select')).toBeNull();
    const due = screen.getByTestId('milestone-VIDEO_RECORDING-due') as HTMLInputElement;
    await user.clear(due);
    await user.type(due, '2027-05-20');
    await user.click(screen.getByTestId('save-milestone-VIDEO_RECORDING'));
    await screen.findByTestId('production-notice');
    // the status is not sent: it is MediaLab's
    expect(gw.calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ dueDate: '2027-05-20' }]);
  });

  it('lets MediaLab change the status of its own milestone only, without moving it', async () => {
    const state = productionState({ production: production({ permissions: [], milestones: milestonesFor('medialab') }) });
    const gw = server(state, (method, url) => {
      if (method !== 'PUT' || url !== `${PRODUCTION_URL}/milestones/VIDEO_RECORDING`) return undefined;
      const ms = milestonesFor('medialab').map((m) => (m.key === 'VIDEO_RECORDING' ? { ...m, status: 'DONE' as const, doneOn: '2027-05-10' } : m));
      state.production = production({ permissions: [], version: 8, milestones: ms });
      return json(state.production);
    });
    renderPage(gw, MEDIALAB);
    const user = userEvent.setup();
    const edit = await screen.findByTestId('edit-milestone-VIDEO_RECORDING');
    expect(edit.textContent).toBe('Change status');
    for (const key of ['PLAN_AGREED', 'COURSE_OUTLINE', 'PILOT_MODULE', 'LAUNCH']) {
      expect(screen.queryByTestId(`edit-milestone-${key}`)).toBeNull();
    }
    expect(screen.queryByTestId('accept-proposed-dates')).toBeNull();
    await user.click(edit);
    expect(screen.queryByTestId('milestone-VIDEO_RECORDING-due')).toBeNull();
    const select = screen.getByTestId('milestone-VIDEO_RECORDING-status-select');
    await waitFor(() => expect(document.activeElement).toBe(select));
    await user.selectOptions(select, 'DONE');
    await user.click(screen.getByTestId('save-milestone-VIDEO_RECORDING'));
    const notice = await screen.findByTestId('production-notice');
    expect(notice.textContent).toBe('The milestone “Video recording” was changed.');
    const puts = gw.calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.body)).toEqual([{ status: 'DONE' }]);
    expect(puts[0].headers['If-Match']).toBe('"7"');
    await waitFor(() => expect(screen.getByTestId('milestone-VIDEO_RECORDING-status').textContent).toBe('Done'));
  });

  it('names MediaLab’s status control in Danish', async () => {
    const gw = server(productionState({ production: production({ permissions: [], milestones: milestonesFor('medialab') }) }));
    renderPage(gw, MEDIALAB, 'da');
    expect((await screen.findByTestId('edit-milestone-VIDEO_RECORDING')).textContent).toBe('Ændr status');
  });

  it('says that someone else changed the plan on 412, and shows the current plan', async () => {
    const state = productionState({ production: production({ permissions: INSTRUCTOR_PERMISSIONS }) });
    const gw = server(state, (method) => {
      if (method !== 'POST') return undefined;
      state.production = production({ permissions: INSTRUCTOR_PERMISSIONS, version: 9 });
      return problem({ type: 'urn:mooc:problem:precondition-failed', title: 'Precondition failed', detail: 'Production has changed', currentVersion: 9 }, 412);
    });
    renderPage(gw);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('accept-proposed-dates'));
    const alert = await screen.findByTestId('production-action-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The proposed dates could not be accepted');
    expect(within(alert).getByTestId('production-changed')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(gw.posts(`/plan/accept-proposals`)[0].headers['If-Match']).toBe('"7"');
    // The production is read again.
    await waitFor(() => expect(gw.gets(`/productions/${MOOC_ID}`).length).toBeGreaterThan(1));
  });

  it('agrees the plan while planning', async () => {
    const planning = production({ status: 'PLANNING', baselineAgreedAt: null, permissions: ['EDIT_PLAN'], version: 2 });
    const state = productionState({ production: planning });
    const gw = server(state, (method, url) => {
      if (method !== 'POST' || !url.endsWith('/plan/agree')) return undefined;
      state.production = production({ status: 'IN_PRODUCTION', permissions: ['EDIT_PLAN'], version: 3 });
      return json(state.production);
    });
    renderPage(gw, INSTRUCTOR, 'da');
    const user = userEvent.setup();
    const agree = await screen.findByRole('button', { name: 'Aftal planen' });
    expect(agree).toBe(screen.getByTestId('agree-plan'));
    expect(screen.getByTestId('production-baseline').textContent).toBe('Endnu ikke – planen er ved at blive aftalt');
    await user.click(agree);
    expect((await screen.findByTestId('production-notice')).textContent).toBe(
      'Planen blev aftalt. Den er nu baseline, og produktionen er gået i gang.',
    );
    expect(gw.posts('/plan/agree')[0].headers['If-Match']).toBe('"2"');
    await waitFor(() => expect(screen.queryByTestId('agree-plan')).toBeNull());
    expect(screen.getByTestId('production-status').textContent).toBe('I produktion');
  });

  it('shows the launch with the course link and date once launched, and the maintenance tasks', async () => {
    const launched = production({
      status: 'LAUNCHED',
      launch: { courseUrl: 'https://www.coursera.org/learn/quantum', launchDate: '2027-09-01', launchedAt: '2027-09-01T08:00:00Z', retiredAt: null, retiredSemester: null },
      maintenanceTasks: [
        { id: 't-1', semester: '2028-spring', description: 'Update the quiz of week 3', status: 'OPEN', createdAt: '2028-07-01T10:00:00Z', doneAt: null, doneBy: null },
        { id: 't-2', semester: '2028-spring', description: 'Renew the intro video', status: 'DONE', createdAt: '2028-07-01T10:00:00Z', doneAt: null, doneBy: null },
      ],
      permissions: ['MANAGE_MAINTENANCE'],
    });
    const state = productionState({ production: launched });
    const gw = server(state, (method, url) => {
      if (method !== 'PUT' || !url.endsWith('/maintenance-tasks/t-1')) return undefined;
      state.production = { ...launched, maintenanceTasks: launched.maintenanceTasks!.map((t) => ({ ...t, status: 'DONE' })) };
      return json(state.production);
    });
    renderPage(gw, INSTRUCTOR, 'en', '?tab=launch');
    const link = await screen.findByTestId('launch-course-url');
    expect(screen.getByTestId('production-tab-launch').textContent).toBe('Launch (launched)');
    expect(link.getAttribute('href')).toBe('https://www.coursera.org/learn/quantum');
    expect(link.textContent).toContain('Open the course: https://www.coursera.org/learn/quantum');
    expect(screen.getByTestId('launch-date').textContent).toBe(`Launch date: ${fmt('en-GB', '2027-09-01')}`);
    const tasks = screen.getAllByTestId('maintenance-task');
    expect(tasks.map((t) => t.getAttribute('data-status'))).toEqual(['OPEN', 'DONE']);
    expect(within(tasks[1]).queryByRole('button')).toBeNull();
    await userEvent.setup().click(screen.getByTestId('complete-task-t-1'));
    expect((await screen.findByTestId('production-notice')).textContent).toBe('The task “Update the quiz of week 3” was marked as done.');
    expect(gw.calls.find((c) => c.method === 'PUT')!.body).toEqual({ status: 'DONE' });
  });

  it('says when the production does not exist', async () => {
    const gw = fakeGateway(() => problem({ title: 'Not found' }, 404));
    renderPage(gw);
    expect(await screen.findByTestId('production-not-found')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Production not found' })).toBeTruthy();
  });
});

describe('ProductionPage: team', () => {
  it('shows each member’s role and responsibilities', async () => {
    const gw = server(productionState());
    renderPage(gw, INSTRUCTOR, 'da');
    const table = await screen.findByTestId('production-team-table');
    const rows = within(table).getAllByTestId('production-team-member');
    expectCardTable(table);
    expect(rows.map((r) => r.getAttribute('data-role'))).toEqual(['INSTRUCTOR', 'ASSISTANT', 'CONSULTANT']);
    expect(within(rows[0]).getByTestId('production-team-role').textContent).toBe('Underviser');
    expect(within(rows[0]).getByTestId('production-team-responsibilities').textContent).toContain('Kursets indhold og læringsmål');
    expect(within(rows[1]).getByTestId('production-team-responsibilities').textContent).toContain('Opgaver og quizzer');
    expect(within(rows[2]).getByTestId('production-team-role').textContent).toBe('Konsulent fra LearningLab');
  });

  it('edits the members with MANAGE_TEAM: checks them, then replaces the team with If-Match', async () => {
    const state = productionState({ production: production({ permissions: ['MANAGE_TEAM'] }) });
    const gw = server(state, (method, url) => {
      if (method !== 'PUT' || !url.endsWith('/team')) return undefined;
      return json(production({ permissions: ['MANAGE_TEAM'], version: 8 }));
    });
    renderPage(gw);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('edit-team'));
    const form = screen.getByTestId('team-form');
    expect(within(form).getAllByTestId('team-form-row')).toHaveLength(3);
    // A second instructor is refused in the browser.
    await user.selectOptions(screen.getByTestId('team-role-1'), 'INSTRUCTOR');
    await user.click(screen.getByTestId('team-save'));
    const summary = await screen.findByTestId('team-error-summary');
    expect(summary.textContent).toContain('The team must have exactly one instructor.');
    expect(gw.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await user.selectOptions(screen.getByTestId('team-role-1'), 'ASSISTANT');
    await user.click(screen.getByTestId('team-add'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('team-name-3')));
    await user.type(screen.getByTestId('team-name-3'), 'Signe Student');
    await user.type(screen.getByTestId('team-email-3'), 'signe@example.org');
    await user.selectOptions(screen.getByTestId('team-role-3'), 'ASSISTANT');
    await user.click(screen.getByTestId('team-save'));
    const notice = await screen.findByTestId('production-notice');
    expect(notice.textContent).toBe('The team was saved.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    const put = gw.calls.find((c) => c.method === 'PUT')!;
    expect(put.headers['If-Match']).toBe('"7"');
    expect(put.body).toEqual({
      members: [
        { name: 'Ida Instructor', email: 'ida@example.org', role: 'INSTRUCTOR' },
        { name: 'Asger Assistant', email: 'asger@example.org', role: 'ASSISTANT' },
        { name: 'Carla Consultant', email: 'carla@example.org', role: 'CONSULTANT' },
        { name: 'Signe Student', email: 'signe@example.org', role: 'ASSISTANT' },
      ],
    });
    expect(screen.queryByTestId('team-form')).toBeNull();
  });

  it('returns focus to “Edit the team” when editing is cancelled', async () => {
    const gw = server(productionState({ production: production({ permissions: ['MANAGE_TEAM'] }) }));
    renderPage(gw);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('edit-team'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Edit the team' })));
    await user.click(screen.getByTestId('team-cancel'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('edit-team')));
    expect(gw.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});

describe('ProductionPage: sections as tabs', () => {
  it('shows the plan by default, as the selected tab of an accessible tablist', async () => {
    renderPage(server(productionState()));
    const tablist = await screen.findByRole('tablist', { name: 'Sections of the production' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Plan (1 overdue)', 'Feedback', 'Video', 'Quality (3 not met)', 'Launch']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false', 'false']);
    // Only the chosen tab is in the Tab order; each names its panel, and every panel is in the page.
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1']);
    for (const tab of tabs) expect(document.getElementById(tab.getAttribute('aria-controls')!)?.getAttribute('role')).toBe('tabpanel');
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0].id);
    expect(within(panel).getByTestId('section-plan')).toBeTruthy();
    expect(within(panel).getByTestId('section-production-team')).toBeTruthy();
    expect(screen.queryByTestId('section-feedback')).toBeNull();
    expect(document.title).toContain('Quantum Computing for Engineers – Plan');
  });

  it('opens the section the address names (a deep link)', async () => {
    const gw = server(productionState());
    renderPage(gw, INSTRUCTOR, 'da', '?tab=quality');
    const selected = await screen.findByRole('tab', { selected: true });
    expect(selected.textContent).toBe('Kvalitet (3 ikke opfyldt)');
    expect(within(screen.getByRole('tabpanel')).getByTestId('section-quality')).toBeTruthy();
    expect(screen.queryByTestId('section-plan')).toBeNull();
  });

  it('moves between the sections with the arrow keys, Home and End, writing each to the address', async () => {
    renderPage(server(productionState()));
    const user = userEvent.setup();
    const plan = await screen.findByRole('tab', { name: 'Plan (1 overdue)' });
    plan.focus();
    await user.keyboard('{ArrowRight}');
    const feedback = screen.getByRole('tab', { name: 'Feedback' });
    expect(document.activeElement).toBe(feedback);
    expect(feedback.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('location').textContent).toBe(`/productions/${MOOC_ID}?tab=feedback`);
    expect(await screen.findByTestId('section-feedback')).toBeTruthy();
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Launch' }));
    expect(await screen.findByTestId('section-launch')).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Plan (1 overdue)' }));
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByTestId('location').textContent).toBe(`/productions/${MOOC_ID}?tab=launch`);
    await user.keyboard('{Home}');
    expect(screen.getByTestId('location').textContent).toBe(`/productions/${MOOC_ID}?tab=plan`);
    expect(await screen.findByTestId('section-plan')).toBeTruthy();
  });

  it('opens a section when its tab is clicked', async () => {
    renderPage(server(productionState()));
    await userEvent.setup().click(await screen.findByRole('tab', { name: 'Video' }));
    expect(await screen.findByTestId('section-video')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Video' }).getAttribute('aria-selected')).toBe('true');
  });
});
