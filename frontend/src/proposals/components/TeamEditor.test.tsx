import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { newTeamRow, type TeamRow } from './proposalForm';
import { TeamEditor } from './TeamEditor';

function Harness({ initial, onRows }: { initial: TeamRow[]; onRows?: (rows: TeamRow[]) => void }) {
  const [rows, setRows] = useState(initial);
  return (
    <TeamEditor
      idPrefix="t"
      rows={rows}
      onChange={(next) => {
        setRows(next);
        onRows?.(next);
      }}
      errorText={() => undefined}
    />
  );
}

const nameOf = (row: HTMLElement) => (within(row).getByLabelText(/^Name/) as HTMLInputElement).value;

describe('TeamEditor', () => {
  it('is a fieldset of one fieldset per member, with labelled fields', () => {
    renderWithI18n(<Harness initial={[newTeamRow({ name: 'Ida', email: 'ida@example.org', role: 'INSTRUCTOR' })]} />);
    const team = screen.getByRole('group', { name: 'Team' });
    const member = within(team).getByRole('group', { name: 'Team member 1' });
    expect((within(member).getByLabelText(/^Name/) as HTMLInputElement).value).toBe('Ida');
    expect((within(member).getByLabelText('E-mail (optional)') as HTMLInputElement).value).toBe('ida@example.org');
    expect((within(member).getByRole('combobox', { name: /^Role/ }) as HTMLSelectElement).value).toBe('INSTRUCTOR');
    expect(within(team).getByRole('list')).toBeTruthy();
  });

  it('adds a row, focuses its name and announces it', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness initial={[]} />);
    expect(screen.getByText('No team members yet.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add team member' }));
    const row = screen.getByRole('group', { name: 'Team member 1' });
    await waitFor(() => expect(document.activeElement).toBe(within(row).getByLabelText(/^Name/)));
    expect(screen.getByTestId('team-announcement').textContent).toBe('Team member 1 added.');

    await user.keyboard('Sofie');
    await user.selectOptions(within(row).getByRole('combobox', { name: /^Role/ }), 'STUDENT_ASSISTANT');
    expect(nameOf(row)).toBe('Sofie');
  });

  it('removes the right row with a uniquely named button and keeps focus in the list', async () => {
    const user = userEvent.setup();
    let latest: TeamRow[] = [];
    renderWithI18n(
      <Harness
        initial={[
          newTeamRow({ name: 'Ada', role: 'INSTRUCTOR' }),
          newTeamRow({ name: 'Bo', role: 'TEACHING_ASSISTANT' }),
          newTeamRow({ name: 'Cy', role: 'STUDENT_ASSISTANT' }),
        ]}
        onRows={(rows) => (latest = rows)}
      />,
    );
    expect(screen.getAllByRole('button', { name: /^Remove team member \d$/ }).map((b) => b.textContent)).toEqual([
      'Remove team member 1',
      'Remove team member 2',
      'Remove team member 3',
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove team member 2' }));
    expect(latest.map((r) => r.name)).toEqual(['Ada', 'Cy']);
    const rows = screen.getAllByTestId('team-member-row');
    expect(rows.map(nameOf)).toEqual(['Ada', 'Cy']);
    // The row that moved up is now "Team member 2" and has the focus.
    await waitFor(() => expect(document.activeElement).toBe(within(rows[1]).getByLabelText(/^Name/)));
    expect(screen.getByTestId('team-announcement').textContent).toBe('Team member 2 removed.');

    await user.click(screen.getByRole('button', { name: 'Remove team member 2' }));
    await user.click(screen.getByRole('button', { name: 'Remove team member 1' }));
    expect(latest).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add team member' })));
  });

  it('speaks Danish', () => {
    renderWithI18n(<Harness initial={[newTeamRow()]} />, 'da');
    expect(screen.getByRole('button', { name: 'Fjern teammedlem 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tilføj teammedlem' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Studentermedhjælper' })).toBeTruthy();
  });
});
