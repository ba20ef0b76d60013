import type { ApiClient } from './client';
import type {
  Course,
  CourseEvaluation,
  EvaluationEntry,
  ExportImport,
  Portfolio,
  PortfolioTimeline,
  ReviewDecisionInput,
  SemesterKpis,
  SemesterReviewPack,
  SemesterReviewSummary,
  TableRows,
} from './analyticsTypes';
import type { Page } from './types';

/**
 * analytics-service behind the gateway: `/api/analytics/…`, as production-service is under `/api/production/…`
 * (deploy/gateway). Paths and bodies as in docs/analytics.md and docs/portfolio.md.
 */
const SERVICE = '/analytics';
const CSV = 'text/csv';

const enc = encodeURIComponent;

export function coursePath(moocId: string): string {
  return `${SERVICE}/courses/${enc(moocId)}`;
}

function reviewPath(id: string): string {
  return `${SERVICE}/semester-reviews/${enc(id)}`;
}

export type AnalyticsClient = ReturnType<typeof createAnalyticsClient>;

/** The analytics API on top of the shared client (bearer token, problem+json → ApiError). */
export function createAnalyticsClient(api: ApiClient) {
  const { request } = api;
  return {
    /** One page of launched courses, newest launch first; the server scopes the list to the caller. */
    listCourses: (page: number, size: number, signal?: AbortSignal) =>
      request<Page<Course>>(`${SERVICE}/courses`, { query: { page, size }, signal }),
    getCourse: (moocId: string, signal?: AbortSignal) => request<Course>(coursePath(moocId), { signal }),

    /** The semesters with KPIs, newest first. */
    kpiSemesters: (moocId: string, signal?: AbortSignal) => request<string[]>(`${coursePath(moocId)}/kpis/semesters`, { signal }),
    /** The KPIs of one semester (left out: the latest with data). */
    kpis: (moocId: string, semester: string | undefined, signal?: AbortSignal) =>
      request<SemesterKpis>(`${coursePath(moocId)}/kpis`, { query: { semester }, signal }),

    /** Rows stored per export table. */
    exportTables: (moocId: string, signal?: AbortSignal) => request<TableRows[]>(`${coursePath(moocId)}/exports`, { signal }),
    /** The course's imports, newest first. */
    listImports: (moocId: string, page: number, size: number, signal?: AbortSignal) =>
      request<Page<ExportImport>>(`${coursePath(moocId)}/imports`, { query: { page, size }, signal }),
    /** Imports one table of a Coursera export: the file as the body, `text/csv`. */
    importTable: (moocId: string, table: string, file: Blob) =>
      request<ExportImport>(`${coursePath(moocId)}/exports/${enc(table)}`, { method: 'PUT', raw: { data: file, contentType: CSV } }),

    /** The course's evaluations, newest semester first. */
    listEvaluations: (moocId: string, signal?: AbortSignal) =>
      request<CourseEvaluation[]>(`${coursePath(moocId)}/evaluations`, { signal }),
    /** Imports the semester's evaluation from the long-format CSV; `invited` for the response rate. */
    importEvaluation: (moocId: string, semester: string, invited: number, file: Blob) =>
      request<CourseEvaluation>(`${coursePath(moocId)}/evaluations/${enc(semester)}`, {
        method: 'PUT',
        query: { invited },
        raw: { data: file, contentType: CSV },
      }),
    /** Enters the semester's evaluation by hand. */
    enterEvaluation: (moocId: string, semester: string, entry: EvaluationEntry) =>
      request<CourseEvaluation>(`${coursePath(moocId)}/evaluations/${enc(semester)}`, { method: 'PUT', body: entry }),

    /** The semester's reviews (an ended semester); those who see every department may name one. */
    listSemesterReviews: (semester: string, department?: string, signal?: AbortSignal) =>
      request<SemesterReviewSummary[]>(`${SERVICE}/semester-reviews`, {
        query: { semester, department: department?.trim() || undefined },
        signal,
      }),
    getSemesterReview: (id: string, signal?: AbortSignal) => request<SemesterReviewPack>(reviewPath(id), { signal }),
    decideSemesterReview: (id: string, input: ReviewDecisionInput) =>
      request<SemesterReviewPack>(`${reviewPath(id)}/decision`, { method: 'POST', body: input }),
    /** Marks an action of a review done (or open again); the previous review's open actions are its actions. */
    updateReviewAction: (reviewId: string, actionId: string, status: 'DONE' | 'OPEN') =>
      request<SemesterReviewPack>(`${reviewPath(reviewId)}/actions/${enc(actionId)}`, { method: 'PUT', body: { status } }),

    getPortfolio: (department?: string, signal?: AbortSignal) =>
      request<Portfolio>(`${SERVICE}/portfolio`, { query: { department: department?.trim() || undefined }, signal }),
    getTimeline: (moocId: string, signal?: AbortSignal) =>
      request<PortfolioTimeline>(`${SERVICE}/portfolio/${enc(moocId)}/timeline`, { signal }),
  };
}
