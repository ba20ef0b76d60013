import { ApiError } from '../../shared/api/client';
import { PROPOSAL_FIELD_LABELS } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import {
  errorOrder,
  teamErrorKey,
  type ErrorKey,
  type FieldErrors,
  type FormVariant,
  type ProposalFormValues,
  type ResourceField,
  type TeamColumn,
} from './proposalForm';

/**
 * Where the proposal form shows an error: the API's field paths (`title`, `team[0].email`, `resources.staffHours`,
 * bean-validation paths) mapped onto the form's fields, and the element ids and labels the error summary links to.
 */

/* ---------- server errors ---------- */

const FIELD_PATH =
  /^(title|topic|summary|targetLearners|impactPotential|expectedEnrolments|uniqueness|researchEnvironment|teacherBackground|newContent|courseCode|phases|plannedLaunchSemester|team(\[\d+\](\.(name|email|role))?)?|resources(\.(staffHours|assistants|videoBudgetDkk))?)$/;

/**
 * The form field a server path names: "team[0].email" as it is, and bean-validation paths such as
 * "update.input.resources.staffHours" without their method and parameter prefix. Null if unknown.
 */
export function normaliseFieldPath(path: string): string | null {
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const candidate = parts.slice(i).join('.');
    if (FIELD_PATH.test(candidate)) return candidate;
  }
  return null;
}

/** The error key for a server field path, given the values that were sent. */
export function errorKeyForPath(path: string, values: ProposalFormValues): ErrorKey | null {
  const field = normaliseFieldPath(path);
  if (!field) return null;
  const team = /^team\[(\d+)\](?:\.(name|email|role))?$/.exec(field);
  if (team) {
    const row = values.team[Number(team[1])];
    if (!row) return 'team';
    return teamErrorKey(row.key, (team[2] as TeamColumn | undefined) ?? 'name');
  }
  return field;
}

/**
 * Splits the field errors of a failed request into errors next to fields that this variant shows and
 * messages for the summary only.
 */
export function mapServerErrors(
  error: unknown,
  values: ProposalFormValues,
  variant: FormVariant,
): { fieldErrors: FieldErrors; unmatched: string[] } {
  const fieldErrors: FieldErrors = {};
  const unmatched: string[] = [];
  if (!(error instanceof ApiError)) return { fieldErrors, unmatched };
  const shown = new Set(errorOrder(values, variant));
  for (const { field, message } of error.fieldErrors) {
    const key = errorKeyForPath(field, values);
    if (key && shown.has(key)) {
      const previous = fieldErrors[key];
      fieldErrors[key] = previous && 'text' in previous ? { text: `${previous.text} ${message}` } : { text: message };
    } else {
      unmatched.push(field ? `${field}: ${message}` : message);
    }
  }
  return { fieldErrors, unmatched };
}

/* ---------- labels and element ids ---------- */

const KEBAB: Record<string, string> = {
  title: 'title',
  topic: 'topic',
  summary: 'summary',
  targetLearners: 'target-learners',
  impactPotential: 'impact-potential',
  uniqueness: 'uniqueness',
  researchEnvironment: 'research-environment',
  teacherBackground: 'teacher-background',
  phases: 'phases',
  courseCode: 'course-code',
  plannedLaunchSemester: 'semester',
  expectedEnrolments: 'enrolments',
  staffHours: 'staff-hours',
  assistants: 'assistants',
  videoBudgetDkk: 'video-budget',
};

export function fieldId(prefix: string, field: string): string {
  return `${prefix}-${KEBAB[field] ?? field}`;
}

export function teamFieldId(prefix: string, index: number, column: TeamColumn): string {
  return `${prefix}-team-${index}-${column}`;
}

export const teamAddId = (prefix: string) => `${prefix}-team-add`;

export const RESOURCE_LABELS: Record<ResourceField, MessageKey> = {
  staffHours: 'resources.staffHours.label',
  assistants: 'resources.assistants.label',
  videoBudgetDkk: 'resources.videoBudget.label',
};

const TEAM_COLUMN_LABELS: Record<TeamColumn, MessageKey> = {
  name: 'team.col.name',
  email: 'team.col.email',
  role: 'team.col.role',
};

export interface ErrorTarget {
  /** The element the summary links to (focusable). */
  target: string;
  /** The id of the error message next to the field. */
  errorId: string;
  /** The field's name for the summary. */
  label: (t: (key: MessageKey, params?: Record<string, string | number>) => string) => string;
}

/** Where an error is shown and what the summary calls its field; null when the field is not on the form any more. */
export function errorTarget(prefix: string, key: ErrorKey, values: ProposalFormValues): ErrorTarget | null {
  const team = /^team\.(.+)\.(name|email|role)$/.exec(key);
  if (team) {
    const index = values.team.findIndex((row) => row.key === team[1]);
    if (index < 0) return null;
    const column = team[2] as TeamColumn;
    const id = teamFieldId(prefix, index, column);
    return {
      target: id,
      errorId: `${id}-error`,
      label: (t) => `${t('team.member', { n: index + 1 })} – ${t(TEAM_COLUMN_LABELS[column])}`,
    };
  }
  if (key === 'team') {
    return { target: teamAddId(prefix), errorId: `${prefix}-team-error`, label: (t) => t('section.team') };
  }
  const resource = /^resources(?:\.(staffHours|assistants|videoBudgetDkk))?$/.exec(key);
  if (resource) {
    const field = (resource[1] as ResourceField | undefined) ?? 'staffHours';
    const id = fieldId(prefix, field);
    return resource[1]
      ? { target: id, errorId: `${id}-error`, label: (t) => t(RESOURCE_LABELS[field]) }
      : { target: id, errorId: `${prefix}-resources-error`, label: (t) => t('section.resources') };
  }
  if (key === 'newContent') {
    return { target: `${prefix}-content-new`, errorId: `${prefix}-content-error`, label: (t) => t('form.content.legend') };
  }
  const labelKey = PROPOSAL_FIELD_LABELS[key];
  if (!labelKey) return null;
  const id = fieldId(prefix, key);
  return { target: id, errorId: `${id}-error`, label: (t) => t(labelKey) };
}
