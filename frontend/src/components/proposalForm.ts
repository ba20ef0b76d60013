import type { NewProposal } from '../api/types';
import type { Message } from '../i18n/message';

export const TITLE_MAX = 200;

export type FieldName = 'title' | 'summary' | 'courseCode' | 'plannedLaunchSemester' | 'expectedEnrolments';

/** Form fields in page order, for the error summary. */
export const FIELD_ORDER: readonly FieldName[] = [
  'title',
  'summary',
  'courseCode',
  'plannedLaunchSemester',
  'expectedEnrolments',
];

export interface ProposalFormValues {
  title: string;
  summary: string;
  newContent: boolean;
  courseCode: string;
  plannedLaunchSemester: string;
  expectedEnrolments: string;
}

export const EMPTY_FORM: ProposalFormValues = {
  title: '',
  summary: '',
  newContent: true,
  courseCode: '',
  plannedLaunchSemester: '',
  expectedEnrolments: '',
};

export type FieldErrors = Partial<Record<FieldName, Message>>;

/** Client-side checks; the server validates again and its field errors are shown the same way. */
export function validateProposal(values: ProposalFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = { key: 'form.error.titleRequired' };
  else if (title.length > TITLE_MAX) errors.title = { key: 'form.error.titleTooLong', params: { max: TITLE_MAX } };
  if (!values.summary.trim()) errors.summary = { key: 'form.error.summaryRequired' };
  if (!values.newContent && !values.courseCode.trim()) errors.courseCode = { key: 'form.error.courseCodeRequired' };
  if (!values.plannedLaunchSemester) errors.plannedLaunchSemester = { key: 'form.error.semesterRequired' };
  const enrolments = values.expectedEnrolments.trim();
  if (!/^\d+$/.test(enrolments) || Number(enrolments) < 1) {
    errors.expectedEnrolments = { key: 'form.error.enrolmentsInvalid' };
  }
  return errors;
}

export function toNewProposal(values: ProposalFormValues): NewProposal {
  const proposal: NewProposal = {
    title: values.title.trim(),
    summary: values.summary.trim(),
    newContent: values.newContent,
    plannedLaunchSemester: values.plannedLaunchSemester,
    expectedEnrolments: Number(values.expectedEnrolments.trim()),
  };
  if (!values.newContent) proposal.courseCode = values.courseCode.trim();
  return proposal;
}
