import { ApiError, answer, type ApiClient } from '../../shared/api/client';
import type {
  Course,
  CourseDossier,
  CourseEvaluation,
  EvaluationEntry,
  ExportImport,
  ExportUpload,
  LearnerData,
  Portfolio,
  PortfolioTimeline,
  ReviewActionStatus,
  ReviewDecisionInput,
  SemesterKpis,
  SemesterReviewPack,
  SemesterReviewSummary,
  TableRows,
} from './analyticsTypes';
import type { Page } from '../../shared/api/sharedTypes';
import { sent } from '../../shared/api/wire';

/**
 * analytics-service behind the gateway: `/api/analytics/…`, as production-service is under `/api/production/…`
 * (deploy/gateway). Paths and bodies as in docs/analytics.md and docs/portfolio.md.
 */
const SERVICE = '/analytics';
const CSV = 'text/csv';
const ZIP = 'application/zip';

const enc = encodeURIComponent;

export function coursePath(moocId: string): string {
  return `${SERVICE}/courses/${enc(moocId)}`;
}

/** How often a running import is read again. */
export const IMPORT_POLL_MS = 1000;
/** Failed reads in a row (no answer, or the gateway's 5xx) a running import's polling survives. */
const POLL_TOLERANCE = 3;

export interface ExportUploadOptions {
  /** Replace the course's learner data with the export instead of merging into it (`?replace=true`). */
  replace?: boolean;
  /** Bytes sent so far of all to send (the upload phase). */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

export interface AwaitImportOptions {
  intervalMs?: number;
  /** Every record read while the import runs (and the last one). */
  onUpdate?: (record: ExportImport) => void;
  signal?: AbortSignal;
}

/** The multipart form of a folder: one part `file` per file, named by its path inside the folder. */
export function folderForm(files: readonly File[]): FormData {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.webkitRelativePath || file.name);
  return form;
}

/** The bytes an upload sends (without the multipart framing): for the progress bar until the browser reports. */
export function uploadSize(upload: ExportUpload): number {
  return isFolder(upload) ? upload.reduce((sum, f) => sum + f.size, 0) : upload.size;
}

function isFolder(upload: ExportUpload): upload is readonly File[] {
  return Array.isArray(upload);
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    function stop() {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    }
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** A failed read worth trying again: no answer, or the gateway could not reach the service for a moment. */
function isPassing(error: unknown): boolean {
  return error instanceof ApiError && (error.isNetworkError || error.status >= 500);
}

export type AnalyticsClient = ReturnType<typeof createAnalyticsClient>;

/** The analytics API on top of the shared client (bearer token, problem+json → ApiError). */
export function createAnalyticsClient(api: ApiClient) {
  const { request } = api;
  const { analytics } = api.services;
  const course = (moocId: string) => ({ path: { moocId } });
  const getImport = (moocId: string, importId: string, signal?: AbortSignal): Promise<ExportImport> =>
    answer(analytics.GET('/courses/{moocId}/imports/{importId}', { params: { path: { moocId, importId } }, signal }));
  return {
    /** One page of launched courses, newest launch first; the server scopes the list to the caller. */
    listCourses: (page: number, size: number, signal?: AbortSignal): Promise<Page<Course>> =>
      answer(analytics.GET('/courses', { params: { query: { page, size } }, signal })),
    getCourse: (moocId: string, signal?: AbortSignal): Promise<Course> => answer(analytics.GET('/courses/{moocId}', { params: course(moocId), signal })),
    /**
     * The course with what its page shows (imports, rows per table, learner data, semesters, the newest semesters'
     * KPIs, evaluations), each as its own call answers it, in one request.
     */
    getCourseDossier: (moocId: string, signal?: AbortSignal): Promise<CourseDossier> =>
      answer(analytics.GET('/courses/{moocId}/dossier', { params: course(moocId), signal })),

    /** The semesters with KPIs, newest first. */
    kpiSemesters: (moocId: string, signal?: AbortSignal) =>
      answer(analytics.GET('/courses/{moocId}/kpis/semesters', { params: course(moocId), signal })),
    /** The KPIs of one semester (left out: the latest with data). */
    kpis: (moocId: string, semester: string | undefined, signal?: AbortSignal): Promise<SemesterKpis> =>
      answer(analytics.GET('/courses/{moocId}/kpis', { params: { ...course(moocId), query: { semester } }, signal })),

    /** Rows stored per export table. */
    exportTables: (moocId: string, signal?: AbortSignal): Promise<TableRows[]> =>
      answer(analytics.GET('/courses/{moocId}/exports', { params: course(moocId), signal })),
    /** The course's imports, newest first. */
    listImports: (moocId: string, page: number, size: number, signal?: AbortSignal): Promise<Page<ExportImport>> =>
      answer(analytics.GET('/courses/{moocId}/imports', { params: { ...course(moocId), query: { page, size } }, signal })),
    /** Imports one table of a Coursera export: the file as the body, `text/csv` (sent as it is, not as JSON). */
    importTable: (moocId: string, table: string, file: Blob) =>
      request<ExportImport>(`${coursePath(moocId)}/exports/${enc(table)}`, { method: 'PUT', raw: { data: file, contentType: CSV } }),
    /**
     * Imports a whole Coursera export: the zip archive as `application/zip`, or a folder's files as
     * `multipart/form-data`. The server answers 202 with the running import, to be followed with `awaitImport`.
     */
    importExport: async (moocId: string, upload: ExportUpload, options: ExportUploadOptions = {}) => {
      // Uploads take no query option: the flag goes into the path.
      const path = `${coursePath(moocId)}/exports${options.replace ? '?replace=true' : ''}`;
      const answer = await api.upload<ExportImport>(path, {
        method: 'POST',
        body: isFolder(upload) ? { form: folderForm(upload) } : { data: upload, contentType: ZIP },
        onProgress: options.onProgress,
        signal: options.signal,
      });
      return answer.body;
    },
    getImport,
    /** Reads the import again every `intervalMs` while it runs; resolves with the record once it has ended. */
    awaitImport: async (moocId: string, record: ExportImport, options: AwaitImportOptions = {}) => {
      const { intervalMs = IMPORT_POLL_MS, onUpdate, signal } = options;
      let current = record;
      let failures = 0;
      while (current.status === 'RUNNING') {
        await pause(intervalMs, signal);
        try {
          current = await getImport(moocId, record.id, signal);
          failures = 0;
        } catch (error) {
          if (!isPassing(error) || ++failures > POLL_TOLERANCE) throw error;
          continue;
        }
        onUpdate?.(current);
      }
      return current;
    },

    /** What is kept of the course's learners, for how long, and what was deleted (the course's importers). */
    learnerData: (moocId: string, signal?: AbortSignal): Promise<LearnerData> =>
      answer(analytics.GET('/courses/{moocId}/learner-data', { params: course(moocId), signal })),
    /** Sets the course's retention in months (admin); null: the service's default. Answers the data under it. */
    setRetention: (moocId: string, months: number | null): Promise<LearnerData> =>
      answer(analytics.PUT('/courses/{moocId}/learner-data/retention', { params: course(moocId), body: { months } })),
    /** Deletes the course's learner data (admin); `keepAggregates` keeps the ended semesters' figures. */
    deleteLearnerData: (moocId: string, keepAggregates: boolean): Promise<LearnerData> =>
      answer(analytics.DELETE('/courses/{moocId}/learner-data', { params: { ...course(moocId), query: { keepAggregates } } })),

    /** The course's evaluations, newest semester first. */
    listEvaluations: (moocId: string, signal?: AbortSignal): Promise<CourseEvaluation[]> =>
      answer(analytics.GET('/courses/{moocId}/evaluations', { params: course(moocId), signal })),
    /** Imports the semester's evaluation from the long-format CSV; `invited` for the response rate. */
    importEvaluation: (moocId: string, semester: string, invited: number, file: Blob) =>
      request<CourseEvaluation>(`${coursePath(moocId)}/evaluations/${enc(semester)}`, {
        method: 'PUT',
        query: { invited },
        raw: { data: file, contentType: CSV },
      }),
    /** Enters the semester's evaluation by hand. */
    enterEvaluation: (moocId: string, semester: string, entry: EvaluationEntry): Promise<CourseEvaluation> =>
      answer(
        analytics.PUT('/courses/{moocId}/evaluations/{semester}', { params: { path: { moocId, semester } }, body: sent(entry) }),
      ),

    /** The semester's reviews (an ended semester); those who see every department may name one. */
    listSemesterReviews: (semester: string, department?: string, signal?: AbortSignal): Promise<SemesterReviewSummary[]> =>
      answer(
        analytics.GET('/semester-reviews', {
          params: { query: { semester, department: department?.trim() || undefined } },
          signal,
        }),
      ),
    getSemesterReview: (id: string, signal?: AbortSignal): Promise<SemesterReviewPack> =>
      answer(analytics.GET('/semester-reviews/{id}', { params: { path: { id } }, signal })),
    decideSemesterReview: (id: string, input: ReviewDecisionInput): Promise<SemesterReviewPack> =>
      answer(analytics.POST('/semester-reviews/{id}/decision', { params: { path: { id } }, body: sent(input) })),
    /** Marks an action of a review done (or open again); the previous review's open actions are its actions. */
    updateReviewAction: (reviewId: string, actionId: string, status: ReviewActionStatus): Promise<SemesterReviewPack> =>
      answer(
        analytics.PUT('/semester-reviews/{id}/actions/{actionId}', {
          params: { path: { id: reviewId, actionId } },
          body: { status },
        }),
      ),

    getPortfolio: (department?: string, signal?: AbortSignal): Promise<Portfolio> =>
      answer(analytics.GET('/portfolio', { params: { query: { department: department?.trim() || undefined } }, signal })),
    getTimeline: (moocId: string, signal?: AbortSignal): Promise<PortfolioTimeline> =>
      answer(analytics.GET('/portfolio/{moocId}/timeline', { params: course(moocId), signal })),
  };
}
