import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/client';
import { fullProposal, proposal } from '../../test/fixtures';
import { renderWithI18n } from '../../test/render';
import { LanguageSwitcher } from '../../shared/components/LanguageSwitcher';
import { ProposalForm } from './ProposalForm';
import { fromProposal } from './proposalForm';

/** The ids named by a control's aria-describedby, as text. */
function description(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('ProposalForm (create, short)', () => {
  it('labels every control and marks the required fields', () => {
    renderWithI18n(<ProposalForm onSave={vi.fn()} />);
    for (const name of ['Title', 'Planned launch semester']) {
      expect(screen.getByLabelText(new RegExp(`^${name}`)).hasAttribute('required'), name).toBe(true);
    }
    for (const name of ['Summary', 'Expected enrolments']) {
      expect(screen.getByLabelText(new RegExp(`^${name}`)).hasAttribute('required'), name).toBe(false);
    }
    expect(screen.getByRole('radio', { name: 'New content' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Builds on an existing course' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Team' })).toBeNull();
  });

  it('announces client-side errors and links them to the fields', async () => {
    const onSave = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<ProposalForm onSave={onSave} />);

    await user.click(screen.getByRole('radio', { name: 'Builds on an existing course' }));
    await user.click(screen.getByRole('button', { name: 'Create draft' }));

    expect(onSave).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('There is a problem');
    expect(summary.textContent).toContain('Enter a title.');
    expect(summary.textContent).toContain('Enter the course code of the existing course.');
    await waitFor(() => expect(document.activeElement).toBe(summary));

    const title = screen.getByLabelText(/^Title/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(description(title)).toContain('Enter a title.');

    await user.click(within(summary).getByRole('link', { name: /Enter a title/ }));
    expect(document.activeElement).toBe(title);
  });

  it('sends a valid draft and confirms it', async () => {
    const onSave = vi.fn(async () => proposal({ title: 'Quantum Basics' }));
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<ProposalForm onSave={onSave} onSaved={onSaved} />);

    await user.type(screen.getByLabelText(/^Title/), 'Quantum Basics');
    await user.type(screen.getByLabelText(/^Summary/), 'Qubits for everyone.');
    const semester = screen.getByLabelText(/^Planned launch semester/) as HTMLSelectElement;
    await user.selectOptions(semester, semester.options[1].value);
    await user.type(screen.getByLabelText(/^Expected enrolments/), '2500');
    await user.click(screen.getByRole('button', { name: 'Create draft' }));

    expect(onSave).toHaveBeenCalledWith({
      title: 'Quantum Basics',
      summary: 'Qubits for everyone.',
      newContent: true,
      plannedLaunchSemester: semester.options[1].value,
      expectedEnrolments: 2500,
    });
    expect((await screen.findByTestId('form-success')).textContent).toContain('Quantum Basics');
    expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe('');
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ title: 'Quantum Basics' }));
  });

  it('shows the server detail and its field errors next to the fields', async () => {
    const onSave = vi.fn(async () => {
      throw new ApiError(400, {
        status: 400,
        title: 'Invalid input',
        detail: 'The proposal is invalid.',
        errors: [{ field: 'create.request.title', message: 'A proposal with this title already exists' }],
      });
    });
    const user = userEvent.setup();
    renderWithI18n(<ProposalForm onSave={onSave} />);

    await user.type(screen.getByLabelText(/^Title/), 'Dup');
    const semester = screen.getByLabelText(/^Planned launch semester/) as HTMLSelectElement;
    await user.selectOptions(semester, semester.options[2].value);
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
        <ProposalForm onSave={vi.fn()} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Create draft' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter a title.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'da');
    expect(screen.getByRole('alert').textContent).toContain('Der er et problem');
    expect(screen.getByRole('alert').textContent).toContain('Angiv en titel.');
  });
});

describe('ProposalForm (edit, full)', () => {
  function renderEdit(onSave = vi.fn(async () => fullProposal()), extra: { onReload?: () => void } = {}) {
    renderWithI18n(
      <ProposalForm
        mode="edit"
        idPrefix="edit"
        initialValues={fromProposal(fullProposal())}
        onSave={onSave}
        onCancel={vi.fn()}
        {...extra}
      />,
    );
    return onSave;
  }

  it('groups every field of the application in labelled fieldsets', () => {
    renderEdit();
    for (const legend of ['The application', 'Planning', 'Team', 'Resources from the department', 'Content']) {
      expect(screen.getByRole('group', { name: legend }), legend).toBeTruthy();
    }
    const resources = screen.getByRole('group', { name: 'Resources from the department' });
    expect((within(resources).getByLabelText('Video budget (DKK)') as HTMLInputElement).value).toBe('35000');
    expect((screen.getByLabelText('Research environment') as HTMLTextAreaElement).value).toBe('Section for Cognitive Systems');
    expect(screen.getAllByTestId('team-member-row')).toHaveLength(2);
  });

  it('sends every field, the team and the resources (PUT replaces the whole content)', async () => {
    const onSave = renderEdit();
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Topic'));
    await user.clear(screen.getByLabelText('Staff hours'));
    await user.type(screen.getByLabelText('Staff hours'), '450');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(onSave).toHaveBeenCalledWith({
      title: 'Machine Learning for Engineers',
      topic: null,
      summary: 'Supervised learning for engineers.\nWith hands-on labs.',
      targetLearners: 'Engineering students',
      impactPotential: 'Strengthens the profile in AI',
      expectedEnrolments: 5000,
      uniqueness: 'No engineering-first ML MOOC on Coursera',
      researchEnvironment: 'Section for Cognitive Systems',
      teacherBackground: 'Ten years of teaching 02450',
      newContent: true,
      courseCode: null,
      phases: 'Spring: scripts. Summer: video.',
      plannedLaunchSemester: '2027-autumn',
      team: [
        { name: 'Ida Instructor', email: 'ida@example.org', role: 'INSTRUCTOR' },
        { name: 'Sofie Student', email: null, role: 'STUDENT_ASSISTANT' },
      ],
      resources: { staffHours: 450, assistants: 2, videoBudgetDkk: 35000 },
    });
  });

  it('checks team members and resources before sending', async () => {
    const onSave = renderEdit();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-mail (optional)', { selector: '#edit-team-1-email' }), 'not-an-email');
    await user.clear(screen.getByLabelText('Assistants'));
    await user.type(screen.getByLabelText('Assistants'), '250');
    await user.click(screen.getByRole('button', { name: 'Add team member' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(onSave).not.toHaveBeenCalled();
    const summary = screen.getByTestId('form-error-summary');
    expect(summary.textContent).toContain('Team member 2 – E-mail: Enter a valid e-mail address');
    expect(summary.textContent).toContain('Team member 3 – Name: Enter the team member’s name.');
    expect(summary.textContent).toContain('Team member 3 – Role: Choose the team member’s role.');
    expect(summary.textContent).toContain('Assistants: Enter a whole number from 0 to 100.');
    expect(description(document.getElementById('edit-team-1-email')!)).toContain('Enter a valid e-mail address');
  });
});
