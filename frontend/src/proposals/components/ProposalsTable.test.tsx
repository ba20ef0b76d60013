import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/i18n/translate';
import { newCode, proposal } from '../../test/fixtures';
import { renderWithI18n as renderI18n } from '../../test/render';
import { ProposalsTable } from './ProposalsTable';

// The titles are links, so the table needs a router.
const renderWithI18n = (ui: ReactElement, lang?: Language) => renderI18n(<MemoryRouter>{ui}</MemoryRouter>, lang);

/** Both endorsements hold: the server lets the instructor submit it. */
const ready = proposal({ status: 'ENDORSEMENT', readyToSubmit: true, permissions: ['EDIT', 'SUBMIT', 'WITHDRAW'] });
const draft = proposal({ id: '7b0e3c1e-0000-4000-8000-000000000005', title: 'Quantum Basics' });
const submitted = proposal({
  id: '7b0e3c1e-0000-4000-8000-000000000009',
  title: 'Sustainable Energy Systems',
  status: 'SUBMITTED',
  plannedLaunchSemester: '2028-spring',
  submittedAt: '2026-11-05T08:00:00Z',
  permissions: [],
});

describe('ProposalsTable', () => {
  it('renders a captioned table with title, status, planned launch and last update', () => {
    renderWithI18n(<ProposalsTable proposals={[ready, submitted]} caption="Your MOOC proposals" canSubmit />);

    const table = screen.getByRole('table', { name: 'Your MOOC proposals' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Title', 'Status', 'Planned launch', 'Last updated', 'Actions']);

    const rows = within(table).getAllByTestId('proposal-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('Machine Learning for Engineers');
    // Both endorsements given: the stage is still ENDORSEMENT, but nobody is awaited any more.
    expect(within(rows[0]).getByTestId('proposal-status').textContent).toBe('Endorsed, ready to submit');
    expect(within(rows[0]).getByTestId('proposal-status').getAttribute('data-status')).toBe('ENDORSEMENT');
    expect(rows[0].textContent).toContain('Autumn 2027');
    expect(within(rows[0]).getByRole('time').getAttribute('datetime')).toBe('2026-11-02T12:30:00Z');
    expect(within(rows[1]).getByTestId('proposal-status').textContent).toBe('Submitted');
    expect(rows[1].textContent).toContain('Spring 2028');
  });

  it('links each title to the proposal’s page and labels an unknown status generically', () => {
    renderWithI18n(<ProposalsTable proposals={[proposal({ status: newCode('ARCHIVED') })]} caption="c" />);
    const link = screen.getByRole('link', { name: 'Machine Learning for Engineers' });
    expect(link.getAttribute('href')).toBe('/proposals/7b0e3c1e-0000-4000-8000-000000000001');
    expect(screen.getByTestId('proposal-status').textContent).toBe('Other status (ARCHIVED)');
  });

  it('offers "Submit to committee" only on rows with the SUBMIT permission', () => {
    renderWithI18n(<ProposalsTable proposals={[draft, ready, submitted]} caption="c" canSubmit />);
    const buttons = screen.getAllByRole('button', { name: /Submit to committee/ });
    expect(buttons).toHaveLength(1);
    expect(buttons[0].textContent).toContain('Machine Learning for Engineers');
    expect(buttons[0].closest('tr')!.getAttribute('data-proposal-id')).toBe(ready.id);
  });

  it('has no actions column when no row may be submitted', () => {
    renderWithI18n(<ProposalsTable proposals={[draft, submitted]} caption="c" canSubmit />);
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the endorsement state in the endorsers’ queues', () => {
    const waiting = proposal({
      status: 'ENDORSEMENT',
      boardApproval: { ...ready.boardApproval!, state: 'APPROVED' },
      headSignature: { ...ready.headSignature!, state: 'VOID' },
    });
    const { unmount } = renderWithI18n(<ProposalsTable proposals={[waiting]} caption="c" showInstructor endorsementColumn="board" />);
    expect(screen.getByRole('columnheader', { name: 'Study board' })).toBeTruthy();
    expect(screen.getByTestId('endorsement-state').getAttribute('data-state')).toBe('APPROVED');
    expect(screen.getByTestId('endorsement-state').textContent).toBe('Approved');
    unmount();
    renderWithI18n(<ProposalsTable proposals={[waiting]} caption="c" endorsementColumn="head" />, 'da');
    expect(screen.getByRole('columnheader', { name: 'Underskrift' })).toBeTruthy();
    expect(screen.getByTestId('endorsement-state').textContent).toBe('Bortfaldet');
  });

  it('asks for confirmation before submitting', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<ProposalsTable proposals={[ready]} caption="c" canSubmit onSubmit={onSubmit} />);

    await user.click(screen.getByRole('button', { name: /Submit to committee/ }));
    expect(onSubmit).not.toHaveBeenCalled();
    const confirm = screen.getByRole('button', { name: 'Yes, submit' });
    expect(document.activeElement).toBe(confirm);
    expect(confirm).toBe(screen.getByTestId('submit-proposal-confirm'));
    // The question stands in the row's actions cell, where the button stood.
    const group = screen.getByRole('group', { name: 'Submit “Machine Learning for Engineers” to the steering committee?' });
    expect(group.closest('td')!.classList.contains('cell-actions')).toBe(true);
    expect(group.closest('tr')!.getAttribute('data-proposal-id')).toBe(ready.id);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Submit to committee/ }));

    await user.click(screen.getByRole('button', { name: /Submit to committee/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, submit' }));
    expect(onSubmit).toHaveBeenCalledWith(ready);
  });

  it('shows the instructor column and no actions in the administrator view', () => {
    renderWithI18n(<ProposalsTable proposals={[draft]} caption="All" showInstructor />);
    expect(screen.getByRole('columnheader', { name: 'Instructor' })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('renders in Danish', () => {
    renderWithI18n(<ProposalsTable proposals={[ready]} caption="Dine forslag" canSubmit />, 'da');
    expect(screen.getByRole('columnheader', { name: 'Titel' })).toBeTruthy();
    expect(screen.getByTestId('proposal-status').textContent).toBe('Godkendt og underskrevet, klar til indsendelse');
    expect(screen.getByText('Efterår 2027')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Send til styregruppen/ })).toBeTruthy();
  });
});
