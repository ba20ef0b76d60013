import { ApiError, type ApiClient } from './client';
import type {
  Course,
  CourseEvaluation,
  EvaluationEntry,
  ExportImport,
  ExportUpload,
  LearnerData,
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
const ZIP = 'application/zip';

const enc = encodeURIComponent;

export function coursePath(moocId: string): string {
  return `${SERVICE}/courses/${enc(moocId)}`;
}

function reviewPath(id: string): string {
  return `${SERVICE}/semester-reviews/${enc(id)}`;
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
  const getImport = (moocId: string, importId: string, signal?: AbortSignal) =>
    request<ExportImport>(`${coursePath(moocId)}/imports/${enc(importId)}`, { signal });
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
    learnerData: (moocId: string, signal?: AbortSignal) => request<LearnerData>(`${coursePath(moocId)}/learner-data`, { signal }),
    /** Sets the course's retention in months (admin); null: the service's default. Answers the data under it. */
    setRetention: (moocId: string, months: number | null) =>
      request<LearnerData>(`${coursePath(moocId)}/learner-data/retention`, { method: 'PUT', body: { months } }),
    /** Deletes the course's learner data (admin); `keepAggregates` keeps the ended semesters' figures. */
    deleteLearnerData: (moocId: string, keepAggregates: boolean) =>
      request<LearnerData>(`${coursePath(moocId)}/learner-data`, {
        method: 'DELETE',
        query: { keepAggregates: keepAggregates ? 'true' : 'false' },
      }),

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
