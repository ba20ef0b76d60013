/**
 * analytics-service's API types (docs/analytics.md, docs/portfolio.md), taken from its committed OpenAPI document
 * (src/api/generated/analytics.ts): launched courses, Coursera export imports, KPIs per semester, course
 * evaluations, the study board's semester reviews and the programme portfolio.
 */
import type { components } from '../../shared/api/generated/analytics';
import type { Page } from '../../shared/api/sharedTypes';
import type { Input, Present, View, With } from '../../shared/api/wire';

type Schemas = components['schemas'];

export type CourseStatus = Schemas['CourseStatus'];
export type Course = Present<View<Schemas['LaunchedCourse']>, 'moocId' | 'title' | 'department' | 'status'>;

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

export type ImportStatus = Schemas['ImportStatus'];
/** How the import came: one table's CSV (`PUT …/exports/{table}`), or a whole export as a zip archive or a folder. */
export type ImportSource = Schemas['ImportSource'];
/**
 * One table of an import. VALIDATED: read and valid, kept once every table of the export is; NOT_KEPT: valid, but
 * not kept because another table was refused.
 */
export type TableImportStatus = Schemas['TableImportStatus'];
export type TableImport = Present<View<Schemas['ExportImportTable']>, 'table' | 'status' | 'rowsRead'>;
export type ExportImport = With<
  Present<View<Schemas['ExportImport']>, 'id' | 'moocId' | 'status' | 'rowsRead'>,
  { tables: TableImport[] | null }
>;

/** A whole Coursera export: the zip archive, or the files of the folder it was unpacked into. */
export type ExportUpload = File | readonly File[];

export type TableRows = Present<View<Schemas['ExportTableRows']>, 'table' | 'rows'>;
/** Why a course's learner data was deleted: its retention passed, an administrator deleted it, a whole export replaced it. */
export type DeletionReason = Schemas['DeletionReason'];
export type LearnerDataDeletion = Present<View<Schemas['LearnerDataDeletion']>, 'reason' | 'rowsDeleted' | 'semestersKept' | 'aggregatesKept' | 'deletedAt'>;
/** What is kept of a course's learners (personal data), for how long, and what was deleted (docs/analytics.md). */
export type LearnerData = With<
  Present<View<Schemas['LearnerData']>, 'moocId' | 'retentionMonths' | 'defaultRetention' | 'rows' | 'semestersKept' | 'deletions'>,
  { rows: TableRows[]; deletions: LearnerDataDeletion[] }
>;

/** The retention an administrator may set, in months (the server checks the same range). */
export const RETENTION_MONTHS_MIN = 12;
export const RETENTION_MONTHS_MAX = 120;

export type CountryShare = Present<View<Schemas['CountryShare']>, 'country' | 'learners'>;
export type ExpectedEnrolments = Present<View<Schemas['ExpectedEnrolments']>, 'enrolledToDate'>;
/** One KPI against the previous semester: its value then, the change (points for rates), the change in percent. */
export type KpiChange = View<Schemas['KpiChange']>;

export const TREND_KPIS = ['enrolledLearners', 'activeLearners', 'completionRate', 'averageRating', 'nps'] as const satisfies readonly (keyof Schemas['KpiTrend'])[];
export type TrendKpi = (typeof TREND_KPIS)[number];
export type KpiTrend = View<Schemas['KpiTrend']>;
export type SemesterKpis = With<
  Present<View<Schemas['SemesterKpis']>, 'moocId' | 'semester' | 'enrolledLearners' | 'activeLearners' | 'passedLearners' | 'ratings' | 'promoters' | 'passives' | 'detractors' | 'countries'>,
  { countries: CountryShare[]; expected: ExpectedEnrolments | null }
>;

export type EvaluationQuestionType = Schemas['EvaluationQuestionType'];
export type EvaluationQuestion = Present<View<Schemas['EvaluationQuestion']>, 'questionId' | 'question' | 'type' | 'answers'>;
export type CourseEvaluation = With<
  Present<View<Schemas['CourseEvaluation']>, 'moocId' | 'semester' | 'invited' | 'respondents' | 'questions'>,
  { questions: EvaluationQuestion[] }
>;

/**
 * `GET /courses/{moocId}/dossier`: a course with what its page shows, each part as its own operation answers it: the
 * first page of its imports, the rows stored per table, the learner data (null for those who may not read it), the
 * semesters with KPIs, the KPIs of the newest of them (newest first) and the evaluations.
 */
export type CourseDossier = With<
  View<Schemas['CourseDossier']>,
  {
    course: Course;
    imports: Page<ExportImport>;
    exports: TableRows[];
    learnerData: LearnerData | null;
    semesters: string[];
    kpis: SemesterKpis[];
    evaluations: CourseEvaluation[];
  }
>;

export type SemesterReviewStatus = Schemas['SemesterReviewStatus'];
export const REVIEW_OUTCOMES = ['CONTINUE', 'REVISE', 'RETIRE'] as const satisfies readonly Schemas['ReviewOutcome'][];
export type SemesterReviewOutcome = Schemas['ReviewOutcome'];
export type SemesterReviewPermission = Schemas['SemesterReviewPermission'];
export type SemesterReviewSummary = Present<View<Schemas['SemesterReviewSummary']>, 'id' | 'moocId' | 'title' | 'department' | 'semester' | 'status'>;
export type ReviewActionStatus = Schemas['ReviewActionStatus'];
export type ReviewAction = Present<View<Schemas['ReviewAction']>, 'id' | 'text' | 'status'>;
export type ReviewDecision = Present<View<Schemas['ReviewDecision']>, 'outcome'>;
export type PreviousReview = With<
  Present<View<Schemas['PreviousReview']>, 'id' | 'semester'>,
  { actions: ReviewAction[] | null }
>;
/** The review pack of one MOOC and semester. */
export type SemesterReviewPack = With<
  Present<View<Schemas['SemesterReviewPack']>, 'id' | 'semester' | 'status' | 'course' | 'kpis'>,
  { course: Course; kpis: SemesterKpis; evaluation: CourseEvaluation | null; decision: ReviewDecision | null; actions: ReviewAction[] | null; openActions: ReviewAction[] | null; previousReview: PreviousReview | null }
>;
export type ReviewDecisionInput = Input<Schemas['ReviewDecisionRequest']>;
export type EvaluationEntryQuestion = Input<Schemas['EvaluationEntryQuestion']>;
export type EvaluationEntry = Input<Schemas['EvaluationEntry']>;

export const PORTFOLIO_STAGES = ['PROPOSAL', 'REVIEW', 'PRODUCTION', 'LAUNCHED', 'RETIRED', 'WITHDRAWN', 'REJECTED'] as const satisfies readonly Schemas['PortfolioStage'][];
export type PortfolioStage = Schemas['PortfolioStage'];
export type Resources = Present<View<Schemas['PortfolioResources']>, 'staffHours' | 'assistants' | 'videoBudgetDkk'>;
export type PortfolioDepartment = With<
  Present<View<Schemas['PortfolioDepartment']>, 'department' | 'moocs' | 'byStage' | 'committed' | 'requested'>,
  { committed: Resources; requested: Resources }
>;
export type PortfolioMooc = With<
  Present<View<Schemas['PortfolioMooc']>, 'moocId' | 'stage' | 'overdueMilestones'>,
  { resources: Resources | null }
>;
export type Portfolio = With<
  Present<View<Schemas['Portfolio']>, 'byStage' | 'departments' | 'moocs'>,
  { departments: PortfolioDepartment[]; moocs: PortfolioMooc[] }
>;
export type TimelineEntry = Present<View<Schemas['TimelineEntry']>, 'occurredOn' | 'service' | 'type'>;
export type PortfolioTimeline = With<
  Present<View<Schemas['PortfolioTimeline']>, 'mooc' | 'events'>,
  { mooc: PortfolioMooc; events: TimelineEntry[] }
>;
