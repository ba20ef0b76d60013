import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/client';
import { fullProposal } from '../../test/fixtures';
import {
  EMPTY_FORM,
  fromProposal,
  teamErrorKey,
  toProposalInput,
  validateProposal,
} from './proposalForm';
import {
  errorKeyForPath,
  mapServerErrors,
  normaliseFieldPath,
} from './proposalFormErrors';

describe('normaliseFieldPath', () => {
  it('keeps the API’s paths and drops bean-validation prefixes', () => {
    expect(normaliseFieldPath('title')).toBe('title');
    expect(normaliseFieldPath('create.request.title')).toBe('title');
    expect(normaliseFieldPath('team[3].email')).toBe('team[3].email');
    expect(normaliseFieldPath('update.input.team[0].role')).toBe('team[0].role');
    expect(normaliseFieldPath('resources.videoBudgetDkk')).toBe('resources.videoBudgetDkk');
    expect(normaliseFieldPath('team')).toBe('team');
    expect(normaliseFieldPath('department')).toBeNull();
    expect(normaliseFieldPath('resources.coffee')).toBeNull();
  });
});

describe('server errors', () => {
  const values = fromProposal(fullProposal());

  it('map team rows by position to the row that was sent', () => {
    expect(errorKeyForPath('team[1].email', values)).toBe(teamErrorKey(values.team[1].key, 'email'));
    expect(errorKeyForPath('team[1]', values)).toBe(teamErrorKey(values.team[1].key, 'name'));
    expect(errorKeyForPath('team[9].name', values)).toBe('team');
  });

  it('split into field errors and messages for the summary only', () => {
    const error = new ApiError(400, {
      status: 400,
      errors: [
        { field: 'resources.staffHours', message: 'too many' },
        { field: 'title', message: 'blank' },
        { field: 'title', message: 'too long' },
        { field: 'department', message: 'none' },
      ],
    });
    const full = mapServerErrors(error, values, 'full');
    expect(full.fieldErrors).toEqual({ 'resources.staffHours': { text: 'too many' }, title: { text: 'blank too long' } });
    expect(full.unmatched).toEqual(['department: none']);
    // The short form has no resources: that message goes to the summary.
    expect(mapServerErrors(error, values, 'short').unmatched).toEqual(['resources.staffHours: too many', 'department: none']);
  });
});

describe('validateProposal', () => {
  it('asks only for title and planned launch in a new draft', () => {
    expect(Object.keys(validateProposal(EMPTY_FORM, 'short')).sort()).toEqual(['plannedLaunchSemester', 'title']);
    expect(validateProposal({ ...EMPTY_FORM, title: 'T', plannedLaunchSemester: '2027-autumn' }, 'short')).toEqual({});
  });

  it('checks lengths, course code and number ranges', () => {
    const errors = validateProposal(
      {
        ...EMPTY_FORM,
        title: 'x'.repeat(201),
        phases: 'y'.repeat(4001),
        newContent: false,
        courseCode: '02 402',
        plannedLaunchSemester: '2027-autumn',
        expectedEnrolments: '10000001',
        resources: { staffHours: '-1', assistants: '1.5', videoBudgetDkk: '35000' },
      },
      'full',
    );
    expect(Object.keys(errors).sort()).toEqual(
      ['courseCode', 'expectedEnrolments', 'phases', 'resources.assistants', 'resources.staffHours', 'title'].sort(),
    );
  });
});

describe('toProposalInput', () => {
  it('sends nulls for empty fields in the full form, so that PUT clears them', () => {
    const input = toProposalInput({ ...EMPTY_FORM, title: ' T ', plannedLaunchSemester: '2027-autumn', courseCode: 'old' }, 'full');
    expect(input).toMatchObject({
      title: 'T',
      topic: null,
      summary: null,
      expectedEnrolments: null,
      courseCode: null,
      team: [],
      resources: { staffHours: null, assistants: null, videoBudgetDkk: null },
    });
  });

  it('round-trips a proposal', () => {
    const p = fullProposal();
    const input = toProposalInput(fromProposal(p), 'full');
    expect(input.team).toEqual(p.team!.map(({ name, email, role }) => ({ name, email, role })));
    expect(input.resources).toEqual(p.resources);
    expect(input.summary).toBe(p.summary);
  });
});
