import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, newCode, overviewEntry, reviewCase } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ReviewCasesPage } from './ReviewCasesPage';

function ranked() {
  return [
    overviewEntry({ caseId: 'rc-best', title: 'Wind Energy Basics', average: 4.17 }),
    overviewEntry({
      caseId: 'rc-conflict',
      title: 'Quantum Computing for Engineers',
      department: 'Compute',
      round: 2,
      average: null,
      criteria: [],
      recommendations: {},
      assessments: 1,
      members: 2,
      daysWaiting: 30,
      scoresHidden: true,
    }),
    overviewEntry({
      caseId: 'rc-new',
      title: 'Soil Science',
      department: 'Environment',
      average: null,
      assessments: 0,
      members: 0,
      daysWaiting: 2,
      criteria: [
        { criterion: 'TOPIC', average: null, spread: null, count: 0 },
        { criterion: 'TEACHER', average: null, spread: null, count: 0 },
        { criterion: 'RESOURCES', average: null, spread: null, count: 0 },
      ],
      recommendations: { APPROVE: 0, REVISE: 0, REJECT: 0 },
    }),
  ];
}

describe('ReviewCasesPage', () => {
  it('shows the ranked overview in the server’s order with averages ± spread, recommendations and progress', async () => {
    const api = fakeApi({ getReviewOverview: vi.fn(async () => ranked()) });
    renderWithProviders(<ReviewCasesPage />, { api });
    expect(screen.getByRole('heading', { level: 1, name: 'Review cases' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: /Open review cases ranked by overall average/ });
    expect(table).toBe(screen.getByTestId('review-overview'));
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual([
      'Rank',
      'Proposal',
      'Department',
      'Round',
      'Topic (average ± spread)',
      'Teacher (average ± spread)',
      'Resources (average ± spread)',
      'Overall average',
      'Recommendations',
      'Assessments',
      'Days waiting',
    ]);

    const rows = screen.getAllByTestId('overview-row');
    expect(rows.map((r) => r.getAttribute('data-case-id'))).toEqual(['rc-best', 'rc-conflict', 'rc-new']);
    const best = rows[0];
    expect(within(best).getByTestId('overview-rank').textContent).toBe('1');
    const link = within(best).getByRole('link', { name: 'Wind Energy Basics' });
    expect(link.getAttribute('href')).toBe('/review-cases/rc-best');
    expect(best.textContent).toContain('4.5 ± 1');
    expect(best.textContent).toContain('4.0 ± 2');
    expect(within(best).getByTestId('overview-average').textContent).toBe('4.17');
    expect(within(best).getByText('Approve: 2')).toBeTruthy();
    expect(within(best).getByText('Reject: 0')).toBeTruthy();
    expect(within(best).getByTestId('overview-assessments').textContent).toBe('2 of 3');

    // Cases without assessments are not ranked and say so.
    expect(within(rows[2]).getByTestId('overview-rank').textContent).toBe('–not ranked');
    expect(within(rows[2]).getByTestId('overview-average').textContent).toBe('No assessments yet');
  });

  it('labels every cell with its column, so that a row reads as a card on a phone', async () => {
    const api = fakeApi({ getReviewOverview: vi.fn(async () => ranked()) });
    renderWithProviders(<ReviewCasesPage />, { api, language: 'da' });
    const [best, conflict] = await screen.findAllByTestId('overview-row');
    const labels = (row: HTMLElement) => Array.from(row.querySelectorAll('td')).map((cell) => cell.getAttribute('data-label'));
    expect(labels(best)).toEqual(['Placering', 'Institut', 'Runde', 'Emne', 'Underviser', 'Ressourcer', 'Samlet gennemsnit', 'Anbefalinger', 'Bedømmelser', 'Dage i kø']);
    expect(labels(conflict)).toEqual(['Placering', 'Institut', 'Runde', 'Karakterer', 'Bedømmelser', 'Dage i kø']);
  });

  it('shows no figures for a case where the user has a conflict of interest', async () => {
    const api = fakeApi({ getReviewOverview: vi.fn(async () => ranked()) });
    renderWithProviders(<ReviewCasesPage />, { api });
    const row = (await screen.findAllByTestId('overview-row'))[1];
    expect(row.getAttribute('data-scores-hidden')).toBe('true');
    const hidden = within(row).getByTestId('overview-hidden');
    expect(hidden.textContent).toBe('Conflict of interest – scores hidden');
    expect(hidden.getAttribute('colspan')).toBe('5');
    expect(within(row).queryByTestId('overview-average')).toBeNull();
    expect(within(row).getByTestId('overview-rank').textContent).not.toContain('2');
    expect(within(row).getByRole('link', { name: 'Quantum Computing for Engineers' }).getAttribute('href')).toBe(
      '/review-cases/rc-conflict',
    );
  });

  it('lists every case below, linking the title to the case and separately to the proposal', async () => {
    const api = fakeApi({
      getReviewOverview: vi.fn(async () => []),
      listReviewCases: vi.fn(async () => ({
        items: [reviewCase(), reviewCase({ id: 'rc-2', moocId: 'mooc-2', title: 'Soil Science', status: 'DECIDED' })],
        page: 0,
        size: 20,
        total: 2,
        totalExact: true,
      })),
    });
    renderWithProviders(<ReviewCasesPage />, { api });
    expect(await screen.findByTestId('review-overview-empty')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'All review cases' })).toBeTruthy();
    const rows = await screen.findAllByTestId('review-case-row');
    expect(rows[0].getAttribute('data-mooc-id')).toBe('7b0e3c1e-0000-4000-8000-000000000002');
    expect(within(rows[0]).getByTestId('review-case-link').getAttribute('href')).toBe('/review-cases/rc-1');
    const proposalLink = within(rows[0]).getByRole('link', { name: 'Open the proposal “Wind Energy Basics”' });
    expect(proposalLink.getAttribute('href')).toBe('/proposals/7b0e3c1e-0000-4000-8000-000000000002');
    expect(within(rows[0]).getByText('Ida Instructor')).toBeTruthy();
    expect(within(rows[1]).getByText('Decided')).toBeTruthy();
  });

  it('says when there are no review cases, and speaks Danish', async () => {
    const api = fakeApi({
      getReviewOverview: vi.fn(async () => ranked().slice(1, 2)),
      listReviewCases: vi.fn(async () => ({ items: [], page: 0, size: 20, total: 0, totalExact: true })),
    });
    renderWithProviders(<ReviewCasesPage />, { api, language: 'da' });
    expect(await screen.findByTestId('review-cases-empty')).toBeTruthy();
    expect((await screen.findByTestId('overview-hidden')).textContent).toBe('Inhabil – karakterer skjult');
    expect(screen.getByRole('columnheader', { name: 'Emne (gennemsnit ± spredning)' })).toBeTruthy();
  });

  it('shows a criterion it does not know with a generic label instead of failing', async () => {
    const api = fakeApi({
      getReviewOverview: vi.fn(async () => [
        overviewEntry({ criteria: [...overviewEntry().criteria, { criterion: newCode('IMPACT'), average: 3, spread: 0, count: 1 }], recommendations: { APPROVE: 1, ABSTAIN: 1 } }),
      ]),
    });
    renderWithProviders(<ReviewCasesPage />, { api });
    expect(await screen.findByRole('columnheader', { name: 'Other criterion (IMPACT) (average ± spread)' })).toBeTruthy();
    expect(screen.getByText('Other recommendation (ABSTAIN): 1')).toBeTruthy();
  });
});
