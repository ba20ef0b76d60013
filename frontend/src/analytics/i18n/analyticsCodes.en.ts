/**
 * English wording of analytics-service's codes (docs/codes.md): the problems of a refused or failed import
 * (`ImportProblemCode`) and the portfolio timeline's entries (`TimelineEventCode`). Spread into `analyticsEn`.
 * `{column}` is the column the problem is in ("the value" when the server names none).
 */
export const analyticsCodesEn = {
  'importProblem.column.none': 'The value',
  'importProblem.FILE_EMPTY': 'The file is empty: its first line must be the header',
  'importProblem.FILE_NOT_UTF8': 'The file is not UTF-8 text',
  'importProblem.QUOTE_NOT_CLOSED': 'A quoted field is not closed before the end of the file',
  'importProblem.CHARACTER_AFTER_QUOTE':
    'After the closing quote of field {field} comes ‘{character}’ instead of a comma or the end of the line',
  'importProblem.QUOTE_IN_UNQUOTED_FIELD':
    'Field {field} has a quote inside an unquoted value; quote the field and double the quote',
  'importProblem.FIELD_TOO_LONG': 'A field is longer than {max} characters (is a quote not closed?)',
  'importProblem.WRONG_VALUE_COUNT': 'The line has {values} values, the header {columns} columns',
  'importProblem.HEADER_COLUMN_UNNAMED': 'Column {position} of the header has no name',
  'importProblem.COLUMN_TWICE': '{column} appears twice in the header',
  'importProblem.COLUMN_MISSING': '{column} is missing from the header; required columns: {required}',
  'importProblem.NO_USER_ID_COLUMN':
    'The header has no user id column (user_id or <partner>_user_id); required columns: {required}',
  'importProblem.SEVERAL_USER_ID_COLUMNS': 'The header has more than one user id column: {columns}',
  'importProblem.VALUE_REQUIRED': '{column} is empty or NA; a value is required',
  'importProblem.NOT_AN_ID': '{column} is not an id (letters, digits and _ . : ~ -, at most 100 characters)',
  'importProblem.NOT_AN_ID.value':
    '{column} is not an id (letters, digits and _ . : ~ -, at most 100 characters): “{value}”',
  'importProblem.NOT_A_COUNTRY': '{column} is not a two-letter country code (ISO 3166-1 alpha-2): “{value}”',
  'importProblem.TIME_OUT_OF_RANGE': '{column} is outside the years 2000–2099: “{value}”',
  'importProblem.TIME_AFTER_UPLOAD': '{column} is after the upload ({uploadedAt}): it cannot have happened yet',
  'importProblem.TIME_BEFORE_LAUNCH': '{column} is before the course’s launch on {launchDate}',
  'importProblem.NOT_A_TIMESTAMP':
    '{column} is not a timestamp like 2027-09-14 08:31:07 (UTC) or 2027-09-14T08:31:07Z: “{value}”',
  'importProblem.INVALID_TIMESTAMP': '{column} is not a valid date and time: “{value}”',
  'importProblem.NUMBER_OUT_OF_RANGE': '{column} must be between {min} and {max}, not {value}',
  'importProblem.NOT_A_WHOLE_NUMBER': '{column} is not a whole number: “{value}”',
  'importProblem.NOT_A_NUMBER': '{column} is not a number: “{value}”',
  'importProblem.UNKNOWN_STATE': '{column} is {value}, not one of the course’s states ({states})',
  'importProblem.UNKNOWN_STATE.progress': '{column} is {value}, not one of the course’s progress states ({states})',
  'importProblem.UNKNOWN_STATE.passing': '{column} is {value}, not one of the course’s passing states ({states})',
  'importProblem.NOT_ONE_OF': '{column} is not one of {allowed}: “{value}”',
  'importProblem.TOO_LONG': '{column} is longer than {max} characters',
  'importProblem.RATING_SCALE_MISMATCH':
    '{column} is {given}, but {system} answers are on a scale to {max} (STAR 1–5, NPS_FIRST_WEEK and NPS_END_OF_COURSE 0–10)',
  'importProblem.TOO_MANY_QUESTIONS': '{column} is question {number}; an evaluation has at most {max}',
  'importProblem.QUESTION_DIFFERS': '{column} differs from line {firstLine}, where question {question} was first given',
  'importProblem.ANSWERED_TWICE': '{column} answers question {question} a second time',
  'importProblem.TOO_MANY_RESPONDENTS': '{column} is respondent {number}; an evaluation has at most {max}',
  'importProblem.NO_ANSWERS': 'The file has no answers',
  'importProblem.MORE_RESPONDENTS_THAN_INVITED':
    '{respondents} respondents answered, but only {invited} were invited: give the number invited',
  'importProblem.IMPORT_INTERRUPTED': 'Interrupted before it finished; nothing of it was kept',
  'importProblem.UPLOAD_UNREADABLE': 'The upload could not be read to its end; nothing of it was imported',
  'importProblem.TABLE_IMPORT_RUNNING':
    'An import of {table} for this course was running; nothing was imported. Upload it again when that import has finished',
  'importProblem.IMPORT_FAILED': 'The import failed; nothing of it was imported',
  'importProblem.IMPORT_FAILED.error': 'The import failed ({error}); nothing of it was imported',

  'timelineEvent.PROPOSAL_DRAFTED': 'Proposal drafted',
  'timelineEvent.PROPOSAL_DRAFTED.by': 'Proposal drafted by {instructor}',
  'timelineEvent.PROPOSAL_SUBMITTED': 'Submitted to the steering committee (version {version})',
  'timelineEvent.PROPOSAL_RESUBMITTED': 'Resubmitted (version {version})',
  'timelineEvent.PROPOSAL_RESUBMITTED.changed': 'Resubmitted (version {version}); changed: {changedFields}',
  'timelineEvent.PROPOSAL_WITHDRAWN': 'Withdrawn',
  'timelineEvent.PROPOSAL_WITHDRAWN.reason': 'Withdrawn: {reason}',
  'timelineEvent.REVIEW_OPENED': 'Review case opened (round {round})',
  'timelineEvent.REVIEW_DECIDED': 'Steering committee decided (round {round})',
  'timelineEvent.REVIEW_DECIDED.APPROVED': 'Steering committee decided: approved (round {round})',
  'timelineEvent.REVIEW_DECIDED.REJECTED': 'Steering committee decided: rejected (round {round})',
  'timelineEvent.REVIEW_DECIDED.REVISION_REQUESTED': 'Steering committee decided: revision requested (round {round})',
  'timelineEvent.COURSE_LAUNCHED': 'Launched on Coursera on {launchDate}',
  'timelineEvent.COURSE_RETIRED': 'Retired after the {semester} semester review',
  'timelineEvent.MILESTONE_OVERDUE': 'Milestone overdue: {milestoneName} (due {dueDate})',
  'timelineEvent.SEMESTER_REVIEWED': 'Semester review {semester}',
  'timelineEvent.SEMESTER_REVIEWED.CONTINUE': 'Semester review {semester}: continue',
  'timelineEvent.SEMESTER_REVIEWED.REVISE': 'Semester review {semester}: revise',
  'timelineEvent.SEMESTER_REVIEWED.RETIRE': 'Semester review {semester}: retire',
} as const;
