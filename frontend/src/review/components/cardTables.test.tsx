import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { CARD_TABLE_CLASS } from '../../shared/components/cardTable';
import { agendaCase, caseMember, fakeApi, reviewCase } from '../../test/fixtures';
import { renderWithI18n, renderWithProviders } from '../../test/render';
import { CaseSummaryTable } from './AssessmentsSection';
import { CaseMembersSection } from './CaseMembersSection';
import { ReviewCasesTable } from './ReviewCasesTable';

/** The labels a phone shows before each cell of a body row, in column order. */
function labels(table: HTMLElement, row = 0): (string | null)[] {
  return Array.from(table.querySelectorAll('tbody tr')[row].children).map((cell) => cell.getAttribute('data-label'));
}

// Under 600 px these tables become cards: each cell then shows its column's heading, so each must carry one.
describe('the review tables as cards on a phone', () => {
  it('labels every cell of the review cases, in English and in Danish', () => {
    const { unmount } = renderWithI18n(
      <MemoryRouter>
        <ReviewCasesTable cases={[reviewCase()]} />
      </MemoryRouter>,
    );
    let table = screen.getByTestId('review-cases-table');
    expect(table.classList.contains(CARD_TABLE_CLASS)).toBe(true);
    expect(labels(table)).toEqual(['Proposal', 'Department', 'Instructor', 'Round', 'Status', 'Opened', 'Proposal page']);
    unmount();

    renderWithI18n(
      <MemoryRouter>
        <ReviewCasesTable cases={[reviewCase()]} />
      </MemoryRouter>,
      'da',
    );
    table = screen.getByTestId('review-cases-table');
    expect(labels(table)).toEqual(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent));
    expect(labels(table)[0]).toBe('Forslag');
  });

  it('labels the summary’s criterion, average, spread and count', () => {
    renderWithI18n(<CaseSummaryTable summary={agendaCase().assessmentSummary!} members={3} />);
    const table = screen.getByRole('table', { name: 'Summary' });
    expect(table.classList.contains(CARD_TABLE_CLASS)).toBe(true);
    expect(labels(table)).toEqual(['Criterion', 'Average', 'Spread', 'Scores']);
  });

  it('labels the members’ name, department, joining, declaration, conflict and assessment', () => {
    renderWithProviders(
      <CaseMembersSection
        reviewCase={reviewCase({ members: [caseMember()] })}
        username="cathy"
        pendingStep={null}
        fieldErrors={{}}
        onAssign={vi.fn()}
        onVolunteer={vi.fn()}
        onHandOver={vi.fn()}
      />,
      { api: fakeApi() },
    );
    const table = screen.getByTestId('case-members');
    expect(table.classList.contains(CARD_TABLE_CLASS)).toBe(true);
    expect(labels(table)).toEqual(['Member', 'Department', 'Joined', 'Declaration', 'Conflict of interest', 'Assessed']);
  });
});
