import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { TeamTable } from '../../proposals/components/ProposalDetails';

const team = [
  { name: 'Ida Holm', email: 'ida@example.org', role: 'INSTRUCTOR', pending: false, boundAt: '2026-11-30T10:00:00Z' },
  { name: 'Guest Lecturer', email: 'guest@example.org', role: 'TEACHING_ASSISTANT', pending: true, boundAt: null },
  { name: 'No Address', email: null, role: 'OTHER' },
];

describe('team members who have not signed in yet', () => {
  it('are marked as such, with what that means, and the others are not', () => {
    renderWithI18n(<TeamTable team={team} />);
    const rows = within(screen.getByTestId('team-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => within(r).queryByTestId('pending-sign-in')?.textContent ?? null)).toEqual([
      null,
      'Not signed in yet',
      null,
    ]);
    expect(within(rows[1]).getByTestId('pending-sign-in').getAttribute('title')).toMatch(/first time they sign in/);
  });

  it('are marked in Danish', () => {
    renderWithI18n(<TeamTable team={team} />, 'da');
    expect(screen.getByTestId('pending-sign-in').textContent).toBe('Ikke logget ind endnu');
  });
});
