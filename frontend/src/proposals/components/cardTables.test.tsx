import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CARD_TABLE_CLASS } from '../../shared/components/cardTable';
import { diff, proposal } from '../../test/fixtures';
import { renderWithI18n } from '../../test/render';
import { TeamTable } from './ProposalDetails';
import { ProposalsTable } from './ProposalsTable';
import { VersionDiff } from './VersionsSection';

/** The labels a phone shows before each cell of a body row, in column order. */
function labels(table: HTMLElement, row = 0): (string | null)[] {
  return Array.from(table.querySelectorAll('tbody tr')[row].children).map((cell) => cell.getAttribute('data-label'));
}

// Under 600 px these tables become cards: each cell then shows its column's heading, so each must carry one.
describe('the proposal tables as cards on a phone', () => {
  it('labels every cell of the proposals, the actions too, in English and in Danish', () => {
    const rows = [proposal({ status: 'ENDORSEMENT', readyToSubmit: true, permissions: ['SUBMIT'] })];
    const { unmount } = renderWithI18n(
      <MemoryRouter>
        <ProposalsTable proposals={rows} caption="Yours" showInstructor canSubmit endorsementColumn="board" />
      </MemoryRouter>,
    );
    const table = screen.getByTestId('proposals-table');
    expect(table.classList.contains(CARD_TABLE_CLASS)).toBe(true);
    expect(labels(table)).toEqual(['Title', 'Instructor', 'Status', 'Study board', 'Planned launch', 'Last updated', 'Actions']);
    unmount();

    renderWithI18n(
      <MemoryRouter>
        <ProposalsTable proposals={rows} caption="Dine" canSubmit />
      </MemoryRouter>,
      'da',
    );
    expect(labels(screen.getByTestId('proposals-table'))).toEqual(['Titel', 'Status', 'Planlagt lancering', 'Senest opdateret', 'Handlinger']);
  });

  it('labels the team’s name, e-mail and role', () => {
    renderWithI18n(<TeamTable team={[{ name: 'Ida Instructor', email: 'ida@example.org', role: 'INSTRUCTOR' }]} />, 'da');
    const table = screen.getByTestId('team-table');
    expect(table.classList.contains(CARD_TABLE_CLASS)).toBe(true);
    expect(labels(table)).toEqual(['Navn', 'E-mail', 'Rolle']);
  });

  it('labels each change’s field, before and after', () => {
    renderWithI18n(<VersionDiff diff={diff()} />);
    const table = screen.getByTestId('diff-table');
    expect(table.classList.contains(CARD_TABLE_CLASS)).toBe(true);
    for (const row of [0, 1, 2]) expect(labels(table, row)).toEqual(['Field', 'Before', 'After']);
  });
});
