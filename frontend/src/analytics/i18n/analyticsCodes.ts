/*
 * analytics-service's codes in the reader's language (docs/codes.md): why an import was refused or failed, and what
 * each entry of a MOOC's portfolio timeline says. Dates, semesters and numbers in the parameters are worded per
 * locale; a code this client does not know yet (a newer server) reads neutrally with its values.
 */
import type { components } from '../../shared/api/generated/analytics';
import { formatDate, formatDateTime, formatNumber, formatSemester } from '../../shared/i18n/format';
import { unknownCode, type CodeParams, type MessageKey, type Translate } from '../../shared/i18n/translate';
import { formatFieldName } from '../../shared/i18n/wording';
import { formatExportTable } from './analyticsFormat';

type Schemas = components['schemas'];
type Params = Readonly<Record<string, string>>;

const DATE_PARAMS = new Set(['launchDate', 'dueDate', 'testedOn', 'date']);
const DATE_TIME_PARAMS = new Set(['uploadedAt']);
const SEMESTER_PARAMS = new Set(['semester']);
/** Counts and positions (not values quoted from a file, which are shown as they are). */
const NUMBER_PARAMS = new Set([
  'max', 'count', 'values', 'columns', 'position', 'number', 'firstLine', 'question', 'respondents', 'invited', 'daysOverdue',
]);

/** The parameters as the reader reads them: dates and semesters in words, counts in the locale's digits. */
function localised(t: Translate, locale: string, params: Params): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (DATE_PARAMS.has(name)) out[name] = formatDate(locale, value);
    else if (DATE_TIME_PARAMS.has(name)) out[name] = formatDateTime(locale, value);
    else if (SEMESTER_PARAMS.has(name)) out[name] = formatSemester(t, value);
    else if (name === 'table') out[name] = formatExportTable(t, value);
    else if (NUMBER_PARAMS.has(name) && /^\d+$/.test(value)) out[name] = formatNumber(locale, Number(value));
    else out[name] = value;
  }
  return out;
}

/** Fills a template's placeholders; one whose parameter is missing (data older than the parameter) reads "–". */
function fill(t: Translate, key: MessageKey, params: Record<string, string>): string {
  return t(key).replace(/\{(\w+)\}/g, (_m, name: string) => (params[name] !== undefined && params[name] !== '' ? params[name] : '–'));
}

type ImportProblemCode = Schemas['ImportProblemCode'];

/** Each import problem's key; a variant where an optional parameter (or the kind of state) changes the sentence. */
export const IMPORT_PROBLEM_KEYS = {
  FILE_EMPTY: 'importProblem.FILE_EMPTY',
  FILE_NOT_UTF8: 'importProblem.FILE_NOT_UTF8',
  QUOTE_NOT_CLOSED: 'importProblem.QUOTE_NOT_CLOSED',
  CHARACTER_AFTER_QUOTE: 'importProblem.CHARACTER_AFTER_QUOTE',
  QUOTE_IN_UNQUOTED_FIELD: 'importProblem.QUOTE_IN_UNQUOTED_FIELD',
  FIELD_TOO_LONG: 'importProblem.FIELD_TOO_LONG',
  WRONG_VALUE_COUNT: 'importProblem.WRONG_VALUE_COUNT',
  HEADER_COLUMN_UNNAMED: 'importProblem.HEADER_COLUMN_UNNAMED',
  COLUMN_TWICE: 'importProblem.COLUMN_TWICE',
  COLUMN_MISSING: 'importProblem.COLUMN_MISSING',
  NO_USER_ID_COLUMN: 'importProblem.NO_USER_ID_COLUMN',
  SEVERAL_USER_ID_COLUMNS: 'importProblem.SEVERAL_USER_ID_COLUMNS',
  VALUE_REQUIRED: 'importProblem.VALUE_REQUIRED',
  NOT_AN_ID: 'importProblem.NOT_AN_ID',
  NOT_A_COUNTRY: 'importProblem.NOT_A_COUNTRY',
  TIME_OUT_OF_RANGE: 'importProblem.TIME_OUT_OF_RANGE',
  TIME_AFTER_UPLOAD: 'importProblem.TIME_AFTER_UPLOAD',
  TIME_BEFORE_LAUNCH: 'importProblem.TIME_BEFORE_LAUNCH',
  NOT_A_TIMESTAMP: 'importProblem.NOT_A_TIMESTAMP',
  INVALID_TIMESTAMP: 'importProblem.INVALID_TIMESTAMP',
  NUMBER_OUT_OF_RANGE: 'importProblem.NUMBER_OUT_OF_RANGE',
  NOT_A_WHOLE_NUMBER: 'importProblem.NOT_A_WHOLE_NUMBER',
  NOT_A_NUMBER: 'importProblem.NOT_A_NUMBER',
  UNKNOWN_STATE: 'importProblem.UNKNOWN_STATE',
  NOT_ONE_OF: 'importProblem.NOT_ONE_OF',
  TOO_LONG: 'importProblem.TOO_LONG',
  RATING_SCALE_MISMATCH: 'importProblem.RATING_SCALE_MISMATCH',
  TOO_MANY_QUESTIONS: 'importProblem.TOO_MANY_QUESTIONS',
  QUESTION_DIFFERS: 'importProblem.QUESTION_DIFFERS',
  ANSWERED_TWICE: 'importProblem.ANSWERED_TWICE',
  TOO_MANY_RESPONDENTS: 'importProblem.TOO_MANY_RESPONDENTS',
  NO_ANSWERS: 'importProblem.NO_ANSWERS',
  MORE_RESPONDENTS_THAN_INVITED: 'importProblem.MORE_RESPONDENTS_THAN_INVITED',
  IMPORT_INTERRUPTED: 'importProblem.IMPORT_INTERRUPTED',
  UPLOAD_UNREADABLE: 'importProblem.UPLOAD_UNREADABLE',
  TABLE_IMPORT_RUNNING: 'importProblem.TABLE_IMPORT_RUNNING',
  IMPORT_FAILED: 'importProblem.IMPORT_FAILED',
} as const satisfies Record<ImportProblemCode, MessageKey>;

function importProblemKey(code: ImportProblemCode, p: Params): MessageKey {
  if (code === 'NOT_AN_ID' && p.value) return 'importProblem.NOT_AN_ID.value';
  if (code === 'IMPORT_FAILED' && p.error) return 'importProblem.IMPORT_FAILED.error';
  if (code === 'UNKNOWN_STATE' && (p.kind === 'progress' || p.kind === 'passing')) return `importProblem.UNKNOWN_STATE.${p.kind}`;
  return IMPORT_PROBLEM_KEYS[code];
}

/**
 * Why an import was refused or failed, in the reader's language: "course_progress_ts must be between 0 and 100, not
 * 140". `column` is the column the problem is in (the record's `problemColumn`, a 400's `column`). Empty without a code.
 */
export function formatImportProblem(
  t: Translate,
  locale: string,
  code: string | null | undefined,
  params: CodeParams,
  column?: string | null,
): string {
  if (!code) return '';
  const p = params ?? {};
  if (!Object.prototype.hasOwnProperty.call(IMPORT_PROBLEM_KEYS, code)) return unknownCode(t, p);
  const values = localised(t, locale, p);
  values.column = column || t('importProblem.column.none');
  return fill(t, importProblemKey(code as ImportProblemCode, p), values);
}

type TimelineEventCode = Schemas['TimelineEventCode'];

export const TIMELINE_EVENT_KEYS = {
  PROPOSAL_DRAFTED: 'timelineEvent.PROPOSAL_DRAFTED',
  PROPOSAL_SUBMITTED: 'timelineEvent.PROPOSAL_SUBMITTED',
  PROPOSAL_RESUBMITTED: 'timelineEvent.PROPOSAL_RESUBMITTED',
  PROPOSAL_WITHDRAWN: 'timelineEvent.PROPOSAL_WITHDRAWN',
  REVIEW_OPENED: 'timelineEvent.REVIEW_OPENED',
  REVIEW_DECIDED: 'timelineEvent.REVIEW_DECIDED',
  COURSE_LAUNCHED: 'timelineEvent.COURSE_LAUNCHED',
  COURSE_RETIRED: 'timelineEvent.COURSE_RETIRED',
  MILESTONE_OVERDUE: 'timelineEvent.MILESTONE_OVERDUE',
  SEMESTER_REVIEWED: 'timelineEvent.SEMESTER_REVIEWED',
} as const satisfies Record<TimelineEventCode, MessageKey>;

const DECISIONS = new Set(['APPROVED', 'REJECTED', 'REVISION_REQUESTED']);
const REVIEW_OUTCOMES = new Set(['CONTINUE', 'REVISE', 'RETIRE']);

function timelineKey(code: TimelineEventCode, p: Params): MessageKey {
  if (code === 'PROPOSAL_DRAFTED' && p.instructor) return 'timelineEvent.PROPOSAL_DRAFTED.by';
  if (code === 'PROPOSAL_RESUBMITTED' && p.changedFields) return 'timelineEvent.PROPOSAL_RESUBMITTED.changed';
  if (code === 'PROPOSAL_WITHDRAWN' && p.reason) return 'timelineEvent.PROPOSAL_WITHDRAWN.reason';
  if (code === 'REVIEW_DECIDED' && DECISIONS.has(p.decision)) return `timelineEvent.REVIEW_DECIDED.${p.decision}` as MessageKey;
  if (code === 'SEMESTER_REVIEWED' && REVIEW_OUTCOMES.has(p.outcome)) return `timelineEvent.SEMESTER_REVIEWED.${p.outcome}` as MessageKey;
  return TIMELINE_EVENT_KEYS[code];
}

/**
 * What a timeline entry says, in the reader's language ("Launched on Coursera on 14 Sept 2027"); an entry whose code
 * this client does not know reads neutrally, with its values.
 */
export function formatTimelineEntry(t: Translate, locale: string, entry: { code?: string | null; params?: CodeParams }): string {
  const p = entry.params ?? {};
  const code = entry.code;
  if (code && Object.prototype.hasOwnProperty.call(TIMELINE_EVENT_KEYS, code)) {
    const values = localised(t, locale, p);
    if (p.changedFields) values.changedFields = p.changedFields.split(',').map((f) => formatFieldName(t, f.trim())).join(', ');
    return fill(t, timelineKey(code as TimelineEventCode, p), values);
  }
  return unknownCode(t, p);
}
