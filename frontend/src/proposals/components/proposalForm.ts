import { TEAM_ROLES, type Proposal, type ProposalInput, type TeamRole } from '../api/types';
import type { Message } from '../../shared/i18n/message';

/**
 * The proposal form's model: values as typed, client-side validation mirroring the API's rules and conversion to the
 * API's ProposalInput. Where the API's field errors are shown: proposalFormErrors.ts.
 */

export const TITLE_MAX = 200;
export const COURSE_CODE_MAX = 20;
export const TEAM_MAX = 30;
export const TEAM_TEXT_MAX = 200;

/** Free-text fields and their maximum lengths. */
export const TEXT_LIMITS = {
  title: TITLE_MAX,
  topic: 200,
  summary: 4000,
  targetLearners: 2000,
  impactPotential: 4000,
  uniqueness: 4000,
  researchEnvironment: 4000,
  teacherBackground: 4000,
  phases: 4000,
} as const;
export type TextField = keyof typeof TEXT_LIMITS;

export const RESOURCE_FIELDS = ['staffHours', 'assistants', 'videoBudgetDkk'] as const;
export type ResourceField = (typeof RESOURCE_FIELDS)[number];

/** Inclusive ranges of the whole-number fields. */
export const NUMBER_RANGES: Record<'expectedEnrolments' | ResourceField, readonly [number, number]> = {
  expectedEnrolments: [0, 10_000_000],
  staffHours: [0, 100_000],
  assistants: [0, 100],
  videoBudgetDkk: [0, 10_000_000],
};

/** short: the essentials (create on the overview); full: every field of the application. */
export type FormVariant = 'short' | 'full';

export interface TeamRow {
  /** Stable identity of the row while it is edited (not sent to the API). */
  key: string;
  name: string;
  email: string;
  role: TeamRole | '';
}

export interface ProposalFormValues {
  title: string;
  topic: string;
  summary: string;
  targetLearners: string;
  impactPotential: string;
  uniqueness: string;
  researchEnvironment: string;
  teacherBackground: string;
  phases: string;
  newContent: boolean;
  courseCode: string;
  plannedLaunchSemester: string;
  expectedEnrolments: string;
  team: TeamRow[];
  resources: Record<ResourceField, string>;
}

export const EMPTY_FORM: ProposalFormValues = {
  title: '',
  topic: '',
  summary: '',
  targetLearners: '',
  impactPotential: '',
  uniqueness: '',
  researchEnvironment: '',
  teacherBackground: '',
  phases: '',
  newContent: true,
  courseCode: '',
  plannedLaunchSemester: '',
  expectedEnrolments: '',
  team: [],
  resources: { staffHours: '', assistants: '', videoBudgetDkk: '' },
};

let rowCounter = 0;

export function newTeamRow(values: Partial<Omit<TeamRow, 'key'>> = {}): TeamRow {
  rowCounter += 1;
  return { key: `member-${rowCounter}`, name: '', email: '', role: '', ...values };
}

function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === 'string' && (TEAM_ROLES as readonly string[]).includes(value);
}

const text = (value: string | null | undefined) => value ?? '';
const num = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The form's values for an existing proposal. */
export function fromProposal(p: Proposal): ProposalFormValues {
  return {
    title: text(p.title),
    topic: text(p.topic),
    summary: text(p.summary),
    targetLearners: text(p.targetLearners),
    impactPotential: text(p.impactPotential),
    uniqueness: text(p.uniqueness),
    researchEnvironment: text(p.researchEnvironment),
    teacherBackground: text(p.teacherBackground),
    phases: text(p.phases),
    newContent: p.newContent,
    courseCode: text(p.courseCode),
    plannedLaunchSemester: text(p.plannedLaunchSemester),
    expectedEnrolments: num(p.expectedEnrolments),
    team: (p.team ?? []).map((m) =>
      newTeamRow({ name: text(m.name), email: text(m.email), role: isTeamRole(m.role) ? m.role : '' }),
    ),
    resources: {
      staffHours: num(p.resources?.staffHours),
      assistants: num(p.resources?.assistants),
      videoBudgetDkk: num(p.resources?.videoBudgetDkk),
    },
  };
}

/* ---------- error keys ---------- */

/**
 * Errors are keyed by field: a top-level field name, "team" (the list), "team.<rowKey>.<name|email|role>"
 * (so that an error stays with its row when rows are added or removed), "resources" or
 * "resources.<field>".
 */
export type ErrorKey = string;
export type FieldErrors = Record<ErrorKey, Message>;
export type TeamColumn = 'name' | 'email' | 'role';

export const teamErrorKey = (rowKey: string, column: TeamColumn): ErrorKey => `team.${rowKey}.${column}`;
export const resourceErrorKey = (field: ResourceField): ErrorKey => `resources.${field}`;

const SHORT_ORDER: readonly string[] = [
  'title',
  'summary',
  'newContent',
  'courseCode',
  'plannedLaunchSemester',
  'expectedEnrolments',
];

/** The fields of a variant in page order, for the error summary. */
export function errorOrder(values: ProposalFormValues, variant: FormVariant): ErrorKey[] {
  if (variant === 'short') return [...SHORT_ORDER];
  return [
    'title',
    'topic',
    'summary',
    'targetLearners',
    'impactPotential',
    'expectedEnrolments',
    'uniqueness',
    'researchEnvironment',
    'teacherBackground',
    'newContent',
    'courseCode',
    'plannedLaunchSemester',
    'phases',
    'team',
    ...values.team.flatMap((row) => (['name', 'email', 'role'] as const).map((c) => teamErrorKey(row.key, c))),
    'resources',
    ...RESOURCE_FIELDS.map(resourceErrorKey),
  ];
}

/* ---------- validation ---------- */

const WHOLE_NUMBER = /^\d+$/;
const COURSE_CODE = /^[A-Za-z0-9-]*$/;
const SEMESTER = /^\d{4}-(spring|autumn)$/;
// Deliberately simple: something@domain.tld; the server checks again.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

function checkNumber(value: string, [min, max]: readonly [number, number]): Message | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (!WHOLE_NUMBER.test(v) || Number(v) < min || Number(v) > max) {
    return { key: 'form.error.wholeNumberRange', params: { min, max } };
  }
  return undefined;
}

/** Client-side checks mirroring the API's rules; the server validates again and its errors are shown the same way. */
export function validateProposal(values: ProposalFormValues, variant: FormVariant = 'short'): FieldErrors {
  const errors: FieldErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = { key: 'form.error.titleRequired' };
  else if (title.length > TITLE_MAX) errors.title = { key: 'form.error.titleTooLong', params: { max: TITLE_MAX } };

  const textFields: TextField[] =
    variant === 'short'
      ? ['summary']
      : ['topic', 'summary', 'targetLearners', 'impactPotential', 'uniqueness', 'researchEnvironment', 'teacherBackground', 'phases'];
  for (const field of textFields) {
    if (values[field].trim().length > TEXT_LIMITS[field]) {
      errors[field] = { key: 'form.error.tooLong', params: { max: TEXT_LIMITS[field] } };
    }
  }

  if (!values.newContent) {
    const code = values.courseCode.trim();
    if (!code) errors.courseCode = { key: 'form.error.courseCodeRequired' };
    else if (!COURSE_CODE.test(code) || code.length > COURSE_CODE_MAX) {
      errors.courseCode = { key: 'form.error.courseCodeFormat', params: { max: COURSE_CODE_MAX } };
    }
  }
  if (!SEMESTER.test(values.plannedLaunchSemester)) errors.plannedLaunchSemester = { key: 'form.error.semesterRequired' };
  const enrolments = checkNumber(values.expectedEnrolments, NUMBER_RANGES.expectedEnrolments);
  if (enrolments) errors.expectedEnrolments = enrolments;

  if (variant === 'full') {
    if (values.team.length > TEAM_MAX) errors.team = { key: 'form.error.teamTooLarge', params: { max: TEAM_MAX } };
    for (const row of values.team) {
      const name = row.name.trim();
      if (!name) errors[teamErrorKey(row.key, 'name')] = { key: 'form.error.teamNameRequired' };
      else if (name.length > TEAM_TEXT_MAX) errors[teamErrorKey(row.key, 'name')] = { key: 'form.error.tooLong', params: { max: TEAM_TEXT_MAX } };
      const email = row.email.trim();
      if (email && (!EMAIL.test(email) || email.length > TEAM_TEXT_MAX)) {
        errors[teamErrorKey(row.key, 'email')] = { key: 'form.error.emailInvalid' };
      }
      if (!row.role) errors[teamErrorKey(row.key, 'role')] = { key: 'form.error.teamRoleRequired' };
    }
    for (const field of RESOURCE_FIELDS) {
      const error = checkNumber(values.resources[field], NUMBER_RANGES[field]);
      if (error) errors[resourceErrorKey(field)] = error;
    }
  }
  return errors;
}

/* ---------- conversion ---------- */

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value.trim()));

/**
 * The API body. The short variant sends only what it shows (a new draft); the full variant sends every
 * field, because PUT replaces the draft's whole content.
 */
export function toProposalInput(values: ProposalFormValues, variant: FormVariant = 'short'): ProposalInput {
  if (variant === 'short') {
    const input: ProposalInput = {
      title: values.title.trim(),
      newContent: values.newContent,
      plannedLaunchSemester: values.plannedLaunchSemester,
    };
    if (values.summary.trim()) input.summary = values.summary.trim();
    if (values.expectedEnrolments.trim()) input.expectedEnrolments = Number(values.expectedEnrolments.trim());
    if (!values.newContent) input.courseCode = values.courseCode.trim();
    return input;
  }
  return {
    title: values.title.trim(),
    topic: orNull(values.topic),
    summary: orNull(values.summary),
    targetLearners: orNull(values.targetLearners),
    impactPotential: orNull(values.impactPotential),
    expectedEnrolments: numberOrNull(values.expectedEnrolments),
    uniqueness: orNull(values.uniqueness),
    researchEnvironment: orNull(values.researchEnvironment),
    teacherBackground: orNull(values.teacherBackground),
    newContent: values.newContent,
    courseCode: values.newContent ? null : orNull(values.courseCode),
    phases: orNull(values.phases),
    plannedLaunchSemester: values.plannedLaunchSemester,
    team: values.team.map((row) => ({
      name: row.name.trim(),
      email: orNull(row.email),
      role: row.role as TeamRole,
    })),
    resources: {
      staffHours: numberOrNull(values.resources.staffHours),
      assistants: numberOrNull(values.resources.assistants),
      videoBudgetDkk: numberOrNull(values.resources.videoBudgetDkk),
    },
  };
}
