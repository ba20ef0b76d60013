/**
 * What analytics-service answers (docs/analytics.md, docs/portfolio.md): launched courses, Coursera export imports,
 * KPIs per semester, course evaluations, the study board's semester reviews and the programme portfolio. Codes this
 * client does not know yet are kept as strings (`| string`), so a new value is shown with a generic label.
 */

export type CourseStatus = 'RUNNING' | 'RETIRED';

export interface Course {
  moocId: string;
  title: string;
  department: string;
  instructorName?: string | null;
  courseraUrl?: string | null;
  /** The launch date, YYYY-MM-DD. */
  launchedOn?: string | null;
  launchSemester?: string | null;
  plannedLaunchSemester?: string | null;
  expectedEnrolments?: number | null;
  newContent?: boolean | null;
  courseCode?: string | null;
  status: CourseStatus | string;
}

/** The tables of a Coursera research data export that analytics-service imports: five of learners, two lookups. */
export const EXPORT_TABLES = [
  'users',
  'course_memberships',
  'course_progress',
  'course_grades',
  'feedback_course_ratings',
  'course_passing_states',
  'course_progress_state_types',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export type ImportStatus = 'RUNNING' | 'COMPLETED' | 'REJECTED' | 'FAILED';

/** How the import came: one table's CSV (`PUT …/exports/{table}`), or a whole export as a zip archive or a folder. */
export type ImportSource = 'TABLE' | 'ZIP' | 'FOLDER';

/**
 * One table of an import. VALIDATED: read and valid, kept once every table of the export is; NOT_KEPT: valid, but
 * not kept because another table was refused.
 */
export type TableImportStatus = 'PENDING' | 'RUNNING' | 'VALIDATED' | 'COMPLETED' | 'REJECTED' | 'NOT_KEPT';

export interface TableImport {
  table: string;
  /** The file's path inside the upload, e.g. `export/course_progress.csv`. */
  file?: string | null;
  status: TableImportStatus | string;
  rowsRead: number;
  rowsChanged?: number | null;
  bytesRead?: number | null;
  bytesTotal?: number | null;
  problem?: string | null;
  problemLine?: number | null;
  problemColumn?: string | null;
}

export interface ExportImport {
  id: string;
  moocId: string;
  /** The table of a TABLE import; null for a whole export. */
  table: string | null;
  source?: ImportSource | string | null;
  /** A whole export that replaced the course's learner data instead of merging into it (`?replace=true`). */
  replacesData?: boolean | null;
  status: ImportStatus | string;
  rowsRead: number;
  rowsChanged?: number | null;
  startedAt?: string | null;
  finishedAt?: string | null;
  importedBy?: string | null;
  problem?: string | null;
  problemLine?: number | null;
  problemColumn?: string | null;
  /** 0..1: the bytes read of all tables. */
  progress?: number | null;
  /** The tables in the order they are imported. */
  tables?: TableImport[] | null;
  /** Files of the upload that are not tables the platform uses (skipped). */
  ignored?: string[] | null;
}

/** A whole Coursera export: the zip archive, or the files of the folder it was unpacked into. */
export type ExportUpload = File | readonly File[];

export interface TableRows {
  table: string;
  rows: number;
}

/** Why a course's learner data was deleted: its retention passed, an administrator deleted it, a whole export replaced it. */
export type DeletionReason = 'RETENTION' | 'ADMINISTRATOR' | 'REPLACED';

export interface LearnerDataDeletion {
  reason: DeletionReason | string;
  /** Rows dated before this were deleted; null: all of them. */
  deletedBefore?: string | null;
  rowsDeleted: number;
  /** Semesters whose figures (KPIs) this deletion kept. */
  semestersKept: number;
  /** false when an administrator discarded the figures too. */
  aggregatesKept: boolean;
  /** The administrator, the importer, or `retention`. */
  deletedBy?: string | null;
  deletedAt: string;
}

/** What is kept of a course's learners (personal data), for how long, and what was deleted (docs/analytics.md). */
export interface LearnerData {
  moocId: string;
  /** Months learner rows are kept after the end of the semester they are dated in. */
  retentionMonths: number;
  /** Whether that is the service's default (the course has no retention of its own). */
  defaultRetention: boolean;
  /** Every learner row dated before this is deleted; null when none is. */
  deletedBefore?: string | null;
  /** The time of the oldest learner row stored; null without rows. */
  oldestRow?: string | null;
  /** The day (YYYY-MM-DD) the oldest stored semester's rows pass the retention; null without rows. */
  nextDeletion?: string | null;
  rows: TableRows[];
  /** Semesters whose learner rows are deleted and whose figures are kept. */
  semestersKept: string[];
  /** Newest first. */
  deletions: LearnerDataDeletion[];
}

/** The retention an administrator may set, in months (the server checks the same range). */
export const RETENTION_MONTHS_MIN = 12;
export const RETENTION_MONTHS_MAX = 120;

export interface CountryShare {
  /** ISO 3166-1 alpha-2, or OTHER (the rest) / UNKNOWN (no country). */
  country: string;
  learners: number;
  /** Percent of the semester's enrolled learners, 1 decimal. */
  share: number | null;
}

export interface ExpectedEnrolments {
  expectedEnrolments?: number | null;
  plannedLaunchSemester?: string | null;
  launchSemester?: string | null;
  enrolledToDate: number;
  shareOfExpected?: number | null;
}

/** One KPI against the previous semester: its value then, the change (points for rates), the change in percent. */
export interface KpiChange {
  previous?: number | null;
  change?: number | null;
  relativeChange?: number | null;
}

export const TREND_KPIS = ['enrolledLearners', 'activeLearners', 'completionRate', 'averageRating', 'nps'] as const;
export type TrendKpi = (typeof TREND_KPIS)[number];

export type KpiTrend = Partial<Record<TrendKpi, KpiChange | null>>;

export interface SemesterKpis {
  moocId: string;
  title?: string;
  semester: string;
  from?: string;
  to?: string;
  /** Whether the semester's first day has come (the service's clock). */
  started?: boolean;
  /** Whether the course has enrolments, progress or ratings dated in the semester. */
  hasData?: boolean;
  enrolledLearners: number;
  activeLearners: number;
  passedLearners: number;
  completionRate: number | null;
  ratings: number;
  averageRating: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number | null;
  countries: CountryShare[];
  expected?: ExpectedEnrolments | null;
  previousSemester?: string | null;
  trend?: KpiTrend | null;
}

export type EvaluationQuestionType = 'LIKERT' | 'TEXT';

export interface EvaluationQuestion {
  questionId: string;
  question: string;
  type: EvaluationQuestionType | string;
  answers: number;
  /** LIKERT: answers with 1, 2, 3, 4 and 5; null for TEXT. */
  distribution?: number[] | null;
  average?: number | null;
  agreement?: number | null;
  comments?: string[] | null;
}

export interface CourseEvaluation {
  moocId: string;
  semester: string;
  invited: number;
  respondents: number;
  responseRate: number | null;
  source?: 'IMPORTED' | 'ENTERED' | string;
  recordedBy?: string | null;
  recordedAt?: string | null;
  questions: EvaluationQuestion[];
}

export type SemesterReviewStatus = 'OPEN' | 'COMPLETED';
export const REVIEW_OUTCOMES = ['CONTINUE', 'REVISE', 'RETIRE'] as const;
export type SemesterReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export type SemesterReviewPermission = 'DECIDE' | 'UPDATE_ACTIONS';

export interface SemesterReviewSummary {
  id: string;
  moocId: string;
  title: string;
  department: string;
  semester: string;
  status: SemesterReviewStatus | string;
  outcome?: SemesterReviewOutcome | string | null;
  openedAt?: string | null;
  completedAt?: string | null;
}

export interface ReviewAction {
  id: string;
  text: string;
  status: 'OPEN' | 'DONE' | string;
  doneAt?: string | null;
  doneBy?: string | null;
}

export interface ReviewDecision {
  outcome: SemesterReviewOutcome | string;
  comments?: string | null;
  decidedByUsername?: string | null;
  decidedBy?: string | null;
  completedAt?: string | null;
}

export interface PreviousReview {
  id: string;
  semester: string;
  outcome?: SemesterReviewOutcome | string | null;
  comments?: string | null;
  completedAt?: string | null;
  actions?: ReviewAction[] | null;
}

/** The review pack of one MOOC and semester. */
export interface SemesterReviewPack {
  id: string;
  semester: string;
  status: SemesterReviewStatus | string;
  openedAt?: string | null;
  course: Course;
  kpis: SemesterKpis;
  evaluation?: CourseEvaluation | null;
  decision?: ReviewDecision | null;
  actions?: ReviewAction[] | null;
  previousReview?: PreviousReview | null;
  openActions?: ReviewAction[] | null;
  permissions?: (SemesterReviewPermission | string)[] | null;
}

export interface ReviewDecisionInput {
  outcome: SemesterReviewOutcome;
  comments: string | null;
  actions: string[];
}

export interface EvaluationEntryQuestion {
  questionId: string;
  question: string;
  type: EvaluationQuestionType;
  distribution?: number[];
  comments?: string[];
}

export interface EvaluationEntry {
  invited: number;
  respondents: number;
  questions: EvaluationEntryQuestion[];
}

export const PORTFOLIO_STAGES = ['PROPOSAL', 'REVIEW', 'PRODUCTION', 'LAUNCHED', 'RETIRED', 'WITHDRAWN', 'REJECTED'] as const;
export type PortfolioStage = (typeof PORTFOLIO_STAGES)[number];

export interface Resources {
  staffHours: number;
  assistants: number;
  videoBudgetDkk: number;
}

export interface PortfolioDepartment {
  department: string;
  moocs: number;
  byStage: Partial<Record<PortfolioStage | string, number>>;
  committed: Resources;
  requested: Resources;
}

export interface PortfolioMooc {
  moocId: string;
  title?: string | null;
  department?: string | null;
  instructorName?: string | null;
  stage: PortfolioStage | string;
  stageSince?: string | null;
  plannedLaunchSemester?: string | null;
  expectedEnrolments?: number | null;
  resources?: Resources | null;
  launchDate?: string | null;
  courseUrl?: string | null;
  /** Days between the planned launch semester's start and the launch; positive is late. */
  launchSlipDays?: number | null;
  overdueMilestones: number;
  maxDaysOverdue?: number | null;
  lastEventAt?: string | null;
}

export interface Portfolio {
  byStage: Partial<Record<PortfolioStage | string, number>>;
  departments: PortfolioDepartment[];
  moocs: PortfolioMooc[];
}

export interface TimelineEntry {
  occurredAt: string;
  /** proposal, review, production or analytics. */
  service: string;
  type: string;
  summary?: string | null;
}

export interface PortfolioTimeline {
  mooc: PortfolioMooc;
  events: TimelineEntry[];
}
