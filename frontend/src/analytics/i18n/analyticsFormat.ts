import { lookupCode, type MessageKey, type Translate } from '../../shared/i18n/translate';



const COURSE_STATUS: Record<string, MessageKey> = {
  RUNNING: 'course.status.RUNNING',
  RETIRED: 'course.status.RETIRED',
};

export function formatCourseStatus(t: Translate, status: string): string {
  return lookupCode(t, COURSE_STATUS, 'status.other', status);
}

const IMPORT_STATUS: Record<string, MessageKey> = {
  RUNNING: 'import.status.RUNNING',
  COMPLETED: 'import.status.COMPLETED',
  REJECTED: 'import.status.REJECTED',
  FAILED: 'import.status.FAILED',
};

export function formatImportStatus(t: Translate, status: string): string {
  return lookupCode(t, IMPORT_STATUS, 'status.other', status);
}

const TABLE_IMPORT_STATUS: Record<string, MessageKey> = {
  PENDING: 'exportImport.tableStatus.PENDING',
  RUNNING: 'exportImport.tableStatus.RUNNING',
  VALIDATED: 'exportImport.tableStatus.VALIDATED',
  COMPLETED: 'exportImport.tableStatus.COMPLETED',
  REJECTED: 'exportImport.tableStatus.REJECTED',
  NOT_KEPT: 'exportImport.tableStatus.NOT_KEPT',
};

/** The status of one table of a whole export's import. */
export function formatTableImportStatus(t: Translate, status: string): string {
  return lookupCode(t, TABLE_IMPORT_STATUS, 'status.other', status);
}

const IMPORT_SOURCE: Record<string, MessageKey> = {
  ZIP: 'exportImport.source.ZIP',
  FOLDER: 'exportImport.source.FOLDER',
};

/** What an import imported: its table (one table's CSV), or the whole export and how it came. */
export function formatImportSubject(t: Translate, record: { table?: string | null; source?: string | null }): string {
  if (record.table) return formatExportTable(t, record.table);
  return lookupCode(t, IMPORT_SOURCE, 'exportImport.source.other', record.source ?? '');
}

const EXPORT_TABLE: Record<string, MessageKey> = {
  users: 'import.table.users',
  course_memberships: 'import.table.course_memberships',
  course_progress: 'import.table.course_progress',
  course_grades: 'import.table.course_grades',
  feedback_course_ratings: 'import.table.feedback_course_ratings',
  course_passing_states: 'import.table.course_passing_states',
  course_progress_state_types: 'import.table.course_progress_state_types',
};

/** A Coursera export table in words, with its file name: "Learners (users)". */
export function formatExportTable(t: Translate, table: string): string {
  return lookupCode(t, EXPORT_TABLE, 'import.table.other', table);
}

/**
 * Whether a whole export's import replaced the course's learner data: done once it completed, still to come while it
 * runs, not done when it was refused or failed (the data stayed). Null for an import that merged.
 */
export function formatReplacement(t: Translate, record: { replacesData?: boolean | null; status: string }): string | null {
  if (!record.replacesData) return null;
  if (record.status === 'COMPLETED') return t('exportImport.replaced');
  if (record.status === 'RUNNING') return t('exportImport.replacing');
  return t('exportImport.replaceNotDone');
}

const DELETION_REASON: Record<string, MessageKey> = {
  RETENTION: 'learnerData.reason.RETENTION',
  ADMINISTRATOR: 'learnerData.reason.ADMINISTRATOR',
  REPLACED: 'learnerData.reason.REPLACED',
};

/** Why a course's learner data was deleted, in plain words. */
export function formatDeletionReason(t: Translate, reason: string): string {
  return lookupCode(t, DELETION_REASON, 'learnerData.reason.other', reason);
}

const REVIEW_STATUS: Record<string, MessageKey> = {
  OPEN: 'semesterReview.status.OPEN',
  COMPLETED: 'semesterReview.status.COMPLETED',
};

export function formatReviewStatus(t: Translate, status: string): string {
  return lookupCode(t, REVIEW_STATUS, 'status.other', status);
}

const OUTCOMES: Record<string, MessageKey> = {
  CONTINUE: 'semesterReview.outcome.CONTINUE',
  REVISE: 'semesterReview.outcome.REVISE',
  RETIRE: 'semesterReview.outcome.RETIRE',
};

export function formatReviewOutcome(t: Translate, outcome: string | null | undefined): string {
  if (!outcome) return t('semesterReview.outcome.none');
  return lookupCode(t, OUTCOMES, 'semesterReview.outcome.other', outcome);
}

const ACTION_STATUS: Record<string, MessageKey> = {
  OPEN: 'reviewAction.status.OPEN',
  DONE: 'reviewAction.status.DONE',
};

export function formatActionStatus(t: Translate, status: string): string {
  return lookupCode(t, ACTION_STATUS, 'status.other', status);
}

const STAGES: Record<string, MessageKey> = {
  PROPOSAL: 'portfolio.stage.PROPOSAL',
  REVIEW: 'portfolio.stage.REVIEW',
  PRODUCTION: 'portfolio.stage.PRODUCTION',
  LAUNCHED: 'portfolio.stage.LAUNCHED',
  RETIRED: 'portfolio.stage.RETIRED',
  WITHDRAWN: 'portfolio.stage.WITHDRAWN',
  REJECTED: 'portfolio.stage.REJECTED',
};

export function formatStage(t: Translate, stage: string): string {
  return lookupCode(t, STAGES, 'portfolio.stage.other', stage);
}

const SERVICES: Record<string, MessageKey> = {
  proposal: 'timeline.service.proposal',
  review: 'timeline.service.review',
  production: 'timeline.service.production',
  analytics: 'timeline.service.analytics',
};

/** The service an event came from, in words: "Proposals (proposal-service)". */
export function formatService(t: Translate, service: string): string {
  return lookupCode(t, SERVICES, 'timeline.service.other', service);
}

/** A country by its ISO code in the locale's words ("DK" → "Denmark" / "Danmark"); OTHER and UNKNOWN in words. */
export function formatCountry(t: Translate, locale: string, code: string): string {
  if (code === 'OTHER') return t('kpi.country.OTHER');
  if (code === 'UNKNOWN') return t('kpi.country.UNKNOWN');
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code.toUpperCase());
    if (name && name !== code.toUpperCase()) return name;
  } catch {
    // Not a region code Intl knows: fall back to the code.
  }
  return code;
}

// Numbers are the shared formatting's: re-exported for this feature's components.

/** A language by its code in the locale's words ("en" → "English" / "engelsk"); a code Intl does not know as it is. */
export function formatLanguage(locale: string, code: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    if (name) return name;
  } catch {
    // Not a language tag Intl reads: fall back to the code.
  }
  return code;
}

const CATALOGUE_SOURCE: Record<string, MessageKey> = {
  API: 'catalogue.source.API',
  FILE: 'catalogue.source.FILE',
};

/** Where a catalogue sync came from: Coursera's API or an imported file. */
export function formatCatalogueSource(t: Translate, source: string): string {
  return lookupCode(t, CATALOGUE_SOURCE, 'catalogue.source.other', source);
}

const CATALOGUE_FAILURE: Record<string, MessageKey> = {
  'catalogue.api.unreachable': 'catalogue.failure.unreachable',
  'catalogue.api.refused': 'catalogue.failure.refused',
  'catalogue.api.timed-out': 'catalogue.failure.timedOut',
  'catalogue.api.invalid-response': 'catalogue.failure.invalidResponse',
  'catalogue.file.rejected': 'catalogue.failure.fileRejected',
};

/** Why a catalogue sync failed, by its error code. */
export function formatCatalogueFailure(t: Translate, code: string): string {
  return lookupCode(t, CATALOGUE_FAILURE, 'catalogue.failure.other', code);
}

const CATALOGUE_PROBLEM: Record<string, MessageKey> = {
  'catalogue.file.empty': 'catalogue.code.file.empty',
  'catalogue.file.not-json': 'catalogue.code.file.not-json',
  'catalogue.file.no-elements': 'catalogue.code.file.no-elements',
  'catalogue.file.no-courses': 'catalogue.code.file.no-courses',
  'catalogue.file.malformed-csv': 'catalogue.code.file.malformed-csv',
  'catalogue.file.missing-column': 'catalogue.code.file.missing-column',
  'catalogue.file.duplicate-column': 'catalogue.code.file.duplicate-column',
  'catalogue.row.missing-value': 'catalogue.code.row.missing-value',
  'catalogue.row.too-long': 'catalogue.code.row.too-long',
  'catalogue.row.wrong-type': 'catalogue.code.row.wrong-type',
  'catalogue.row.not-an-object': 'catalogue.code.row.not-an-object',
  'catalogue.row.invalid-slug': 'catalogue.code.row.invalid-slug',
  'catalogue.row.wrong-column-count': 'catalogue.code.row.wrong-column-count',
  'catalogue.row.partners-mismatch': 'catalogue.code.row.partners-mismatch',
  'catalogue.row.duplicate-id': 'catalogue.code.row.duplicate-id',
};

/** A problem of a refused catalogue file, by its code. */
export function formatCatalogueProblem(t: Translate, code: string): string {
  return lookupCode(t, CATALOGUE_PROBLEM, 'catalogue.code.other', code);
}
