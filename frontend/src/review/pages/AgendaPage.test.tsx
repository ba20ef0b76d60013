import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Agenda } from '../api/reviewTypes';
import { agenda, agendaCase } from '../../test/fixtures';
import { fakeGateway, json } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { AgendaPage } from './AgendaPage';

const URL = '/api/review/meetings/m-1/agenda';

function renderAgenda(body: Agenda, language: 'en' | 'da' = 'en') {
  const gw = fakeGateway((method, url) => (method === 'GET' && url === URL ? json(body) : undefined));
  renderWithProviders(<AgendaPage id="m-1" />, { api: gw.api, language, route: '/meetings/m-1/agenda' });
  return gw;
}

const twoCases = () =>
  agenda({
    cases: [
      agendaCase({
        round: 2,
        previousRound: { round: 1, outcome: 'REVISION_REQUESTED', comments: 'Strengthen the resource plan.' },
      }),
      agendaCase({
        caseId: 'rc-2',
        title: 'Solar Cells',
        department: 'Energy',
        members: [{ username: 'cathy', name: 'Cathy Committee', declaration: 'CONFLICT', conflicted: true, assessed: false, email: null, department: null, volunteered: false, declarationReason: null, automaticConflict: null }],
        assessmentSummary: null,
        scoresHidden: true,
      }),
    ],
  });

describe('AgendaPage', () => {
  it('shows the meeting, then per case the snapshot, the rounds, the members and the summary table', async () => {
    renderAgenda(twoCases());
    const page = await screen.findByTestId('agenda-page');
    expect(screen.getByRole('heading', { level: 1, name: 'Steering committee, March' })).toBeTruthy();
    expect(document.title).toBe('Agenda: Steering committee, March – MOOC Programme Platform');
    expect(page.textContent).toContain('Agenda pack');
    expect(screen.getByTestId('agenda-when').querySelector('time')?.getAttribute('dateTime')).toBe('2027-03-01T13:00:00Z');
    expect(screen.getByTestId('agenda-location').textContent).toBe('Building 101, room S09');

    const [wind, solar] = screen.getAllByTestId('agenda-case');
    expect(wind.getAttribute('data-case-id')).toBe('rc-1');
    expect(solar.getAttribute('data-case-id')).toBe('rc-2');
    expect(within(wind).getByRole('heading', { level: 2, name: '1. Wind Energy Basics' })).toBeTruthy();
    expect(within(solar).getByRole('heading', { level: 2, name: '2. Solar Cells' })).toBeTruthy();

    // The proposal as submitted.
    for (const text of ['Wind energy', 'The physics and engineering of wind turbines.', 'Ida Instructor', 'Autumn 2027', '4,000', '400 hours']) {
      expect(wind.textContent, text).toContain(text);
    }
    expect(within(wind).getByTestId('video-budget').textContent).toContain('35,000');
    expect(within(wind).getByTestId('agenda-round').textContent).toContain('2');
    const previous = within(wind).getByTestId('agenda-previous-round');
    expect(previous.getAttribute('data-outcome')).toBe('REVISION_REQUESTED');
    expect(previous.textContent).toContain('Round 1: Revision requested');
    expect(previous.textContent).toContain('Strengthen the resource plan.');
    expect(within(solar).getByTestId('agenda-previous-round').textContent).toContain('None – this is the first round');

    // Members and their declarations.
    const members = within(wind).getByRole('table', { name: 'Members and declarations' });
    const [cathy, , kirsten] = within(members).getAllByTestId('agenda-member');
    expect(cathy.textContent).toContain('No conflict of interest');
    expect(cathy.textContent).toContain('Yes');
    expect(kirsten.getAttribute('data-conflicted')).toBe('true');
    expect(kirsten.textContent).toContain('Yes – scores hidden');
    expect(kirsten.textContent).toContain('Not yet');

    // The assessment summary: criterion, average, spread, count; the overall average and the recommendations.
    const summary = within(wind).getByRole('table', { name: 'Summary' });
    expect(within(summary).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Criterion', 'Average', 'Spread', 'Scores']);
    const rows = within(summary).getAllByTestId('summary-criterion');
    expect(rows.map((r) => r.getAttribute('data-criterion'))).toEqual(['TOPIC', 'TEACHER', 'RESOURCES']);
    expect(within(rows[0]).getAllByRole('cell').map((td) => td.textContent)).toEqual(['4.5', '1', '2']);
    expect(within(wind).getByTestId('summary-overall').textContent).toBe('3.83');
    expect(within(wind).getByTestId('summary-recommendations').textContent).toContain('Approve: 1');
    expect(within(wind).getByTestId('summary-recommendations').textContent).toContain('Revise: 1');
    expect(within(wind).getByTestId('summary-assessments').textContent).toBe('2 of 2');
    expect(within(wind).queryByTestId('agenda-scores-hidden')).toBeNull();
  });

  it('hides the scores of a case where the reader has a conflict of interest', async () => {
    renderAgenda(twoCases());
    const solar = (await screen.findAllByTestId('agenda-case'))[1];
    expect(solar.getAttribute('data-scores-hidden')).toBe('true');
    expect(within(solar).getByTestId('agenda-scores-hidden').textContent).toBe('Scores hidden: conflict of interest');
    expect(within(solar).queryByTestId('summary-criterion')).toBeNull();
    expect(within(solar).queryByTestId('summary-overall')).toBeNull();
  });

  it('prints with the Print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderAgenda(agenda());
    const button = await screen.findByRole('button', { name: 'Print' });
    expect(button).toBe(screen.getByTestId('print-agenda'));
    await userEvent.setup().click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('speaks Danish and says when the agenda is empty', async () => {
    renderAgenda(agenda({ cases: [] }), 'da');
    expect((await screen.findByTestId('agenda-empty')).textContent).toBe('Der er ingen sager på dagsordenen.');
    expect(screen.getByRole('button', { name: 'Udskriv' })).toBeTruthy();
    expect(screen.getByTestId('back-to-meeting').textContent).toBe('Tilbage til mødet');
  });

  it('labels the members’ cells with their columns, for the cards a phone shows', async () => {
    renderAgenda(agenda(), 'da');
    const table = await screen.findByTestId('agenda-members');
    expect(table.classList.contains('table-cards')).toBe(true);
    const headings = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent);
    expect(headings).toHaveLength(4);
    for (const row of within(table).getAllByTestId('agenda-member')) {
      expect(Array.from(row.children).map((cell) => cell.getAttribute('data-label'))).toEqual(headings);
    }
    expect(headings[0]).toBe('Medlem');
  });

  it('shows the hidden scores in Danish', async () => {
    renderAgenda(agenda({ cases: [agendaCase({ assessmentSummary: null, scoresHidden: true })] }), 'da');
    expect((await screen.findByTestId('agenda-scores-hidden')).textContent).toBe('Karakterer skjult: inhabilitet');
  });
});
