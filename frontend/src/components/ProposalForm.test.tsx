import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { proposal } from '../test/fixtures';
import { renderWithI18n } from '../test/render';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ProposalForm } from './ProposalForm';

describe('ProposalForm', () => {
  it('labels every control and marks required fields', () => {
    renderWithI18n(<ProposalForm onCreate={vi.fn()} />);
    for (const name of ['Title', 'Summary', 'Planned launch semester', 'Expected enrolments']) {
      const control = screen.getByLabelText(new RegExp(`^${name}`));
      expect(control.hasAttribute('required'), name).toBe(true);
    }
    expect(screen.getByRole('radio', { name: 'New content' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Builds on an existing course' })).toBeTruthy();
  });

  it('announces client-side errors and links them to the fields', async () => {
    const onCreate = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<ProposalForm onCreate={onCreate} />);

    await user.click(screen.getByRole('radio', { name: 'Builds on an existing course' }));
    await user.click(screen.getByRole('button', { name: 'Create draft' }));

    expect(onCreate).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('There is a problem');
    expect(summary.textContent).toContain('Enter a title.');
    expect(summary.textContent).toContain('Enter the course code of the existing course.');

    const title = screen.getByLabelText(/^Title/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = title.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain('Enter a title.');
  });

  it('sends a valid draft and confirms it', async () => {
    const onCreate = vi.fn(async () => proposal({ title: 'Quantum Basics' }));
    const user = userEvent.setup();
    renderWithI18n(<ProposalForm onCreate={onCreate} />);

    await user.type(screen.getByLabelText(/^Title/), 'Quantum Basics');
    await user.type(screen.getByLabelText(/^Summary/), 'Qubits for everyone.');
    const semester = screen.getByLabelText(/^Planned launch semester/) as HTMLSelectElement;
    await user.selectOptions(semester, semester.options[1].value);
    await user.type(screen.getByLabelText(/^Expected enrolments/), '2500');
    await user.click(screen.getByRole('button', { name: 'Create draft' }));

    expect(onCreate).toHaveBeenCalledWith({
      title: 'Quantum Basics',
      summary: 'Qubits for everyone.',
      newContent: true,
      plannedLaunchSemester: semester.options[1].value,
      expectedEnrolments: 2500,
    });
    expect((await screen.findByTestId('form-success')).textContent).toContain('Quantum Basics');
    expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe('');
  });

  it('shows the server detail and its field errors next to the fields', async () => {
    const onCreate = vi.fn(async () => {
      throw new ApiError(400, {
        status: 400,
        title: 'Invalid input',
        detail: 'The proposal is invalid.',
        errors: [{ field: 'create.request.title', message: 'A proposal with this title already exists' }],
      });
    });
    const user = userEvent.setup();
    renderWithI18n(<ProposalForm onCreate={onCreate} />);

    await user.type(screen.getByLabelText(/^Title/), 'Dup');
    await user.type(screen.getByLabelText(/^Summary/), 'S');
    const semester = screen.getByLabelText(/^Planned launch semester/) as HTMLSelectElement;
    await user.selectOptions(semester, semester.options[2].value);
    await user.type(screen.getByLabelText(/^Expected enrolments/), '10');
    await user.click(screen.getByRole('button', { name: 'Create draft' }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The proposal is invalid.'));
    expect(screen.getByTestId('proposal-title-error').textContent).toContain('A proposal with this title already exists');
    expect(screen.getByLabelText(/^Title/).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the error messages in the language chosen after they appeared', async () => {
    const user = userEvent.setup();
    renderWithI18n(
      <>
        <LanguageSwitcher />
        <ProposalForm onCreate={vi.fn()} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Create draft' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter a title.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'da');
    expect(screen.getByRole('alert').textContent).toContain('Der er et problem');
    expect(screen.getByRole('alert').textContent).toContain('Angiv en titel.');
  });
});
