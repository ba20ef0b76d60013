import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createAnalyticsClient, IMPORT_POLL_MS, uploadSize, type AnalyticsClient } from './analyticsClient';
import type { Course, CourseDossier, EvaluationEntry, ExportImport, ExportUpload, LearnerData, ReviewDecisionInput, SemesterReviewPack } from './analyticsTypes';
import { AS_PART } from '../../shared/api/queryClient';
import { useApi } from '../../shared/api/useApi';

/** How many courses a page of the list shows. */
export const COURSES_PAGE_SIZE = 20;
/** How many imports the course page lists (the newest; the course's dossier holds as many). */
export const IMPORTS_PAGE_SIZE = 20;
/** How many semesters the trend chart shows at most (the newest; the course's dossier holds the KPIs of as many). */
export const TREND_SEMESTERS = 8;

/**
 * Every analytics query starts with "analytics" (one invalidation refreshes courses, KPIs, evaluations, imports,
 * semester reviews and the portfolio after a change).
 */
export const analyticsKeys = {
  all: () => ['analytics'] as const,
  courses: (page: number, size: number) => ['analytics', 'courses', page, size] as const,
  course: (id: string) => ['analytics', 'course', id] as const,
  semesters: (id: string) => ['analytics', 'kpi-semesters', id] as const,
  kpis: (id: string, semester: string) => ['analytics', 'kpis', id, semester] as const,
  imports: (id: string) => ['analytics', 'imports', id] as const,
  exportTables: (id: string) => ['analytics', 'export-tables', id] as const,
  evaluations: (id: string) => ['analytics', 'evaluations', id] as const,
  learnerData: (id: string) => ['analytics', 'learner-data', id] as const,
  reviews: (semester: string, department: string) => ['analytics', 'semester-reviews', semester, department] as const,
  review: (id: string) => ['analytics', 'semester-review', id] as const,
  portfolio: (department: string) => ['analytics', 'portfolio', department] as const,
  timeline: (moocId: string) => ['analytics', 'timeline', moocId] as const,
};

export function useAnalyticsApi(): AnalyticsClient {
  const api = useApi();
  return useMemo(() => createAnalyticsClient(api), [api]);
}

export function useCourses(page: number, size = COURSES_PAGE_SIZE) {
  const api = useAnalyticsApi();
  return useQuery({
    queryKey: analyticsKeys.courses(page, size),
    queryFn: ({ signal }) => api.listCourses(page, size, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * One launched course. With `withParts` (the course's page) it is read with what the page shows in one request (the
 * course's dossier: its imports, rows per table, learner data, semesters, the newest semesters' KPIs and its
 * evaluations), and the parts are kept as those parts' own cached reads, so the page's sections need no request of
 * their own; each part is still read, refreshed and invalidated by its own key.
 */
export function useCourse(id: string, { withParts = false }: { withParts?: boolean } = {}) {
  const api = useAnalyticsApi();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: analyticsKeys.course(id),
    queryFn: async ({ signal }): Promise<Course> => {
      if (!withParts) return api.getCourse(id, signal);
      const dossier = await api.getCourseDossier(id, signal);
      keepParts(queryClient, dossier);
      return dossier.course;
    },
  });
}

/** The dossier's parts under their own keys (those the page's sections read, by the course's own id). */
function keepParts(queryClient: QueryClient, { course, imports, exports, learnerData, semesters, kpis, evaluations }: CourseDossier) {
  const id = course.moocId;
  // the dossier's imports are the first page of IMPORTS_PAGE_SIZE, as useImports reads them
  queryClient.setQueryData(analyticsKeys.imports(id), imports);
  queryClient.setQueryData(analyticsKeys.exportTables(id), exports);
  // null: the caller may not read it; a section that asks anyway gets the service's own answer
  if (learnerData) queryClient.setQueryData(analyticsKeys.learnerData(id), learnerData);
  queryClient.setQueryData(analyticsKeys.semesters(id), semesters);
  for (const k of kpis) queryClient.setQueryData(analyticsKeys.kpis(id, k.semester), k);
  queryClient.setQueryData(analyticsKeys.evaluations(id), evaluations);
}

export function useKpiSemesters(id: string, enabled = true) {
  const api = useAnalyticsApi();
  return useQuery({ queryKey: analyticsKeys.semesters(id), queryFn: ({ signal }) => api.kpiSemesters(id, signal), enabled, ...AS_PART });
}

export function useKpis(id: string, semester: string | null) {
  const api = useAnalyticsApi();
  return useQuery({
    queryKey: analyticsKeys.kpis(id, semester ?? ''),
    queryFn: ({ signal }) => api.kpis(id, semester ?? undefined, signal),
    enabled: semester !== null,
    placeholderData: keepPreviousData,
    ...AS_PART,
  });
}

/** The KPIs of several semesters (for the trend chart), each cached like a single semester's. */
export function useKpiSeries(id: string, semesters: readonly string[]) {
  const api = useAnalyticsApi();
  return useQueries({
    queries: semesters.map((semester) => ({
      queryKey: analyticsKeys.kpis(id, semester),
      queryFn: ({ signal }: { signal: AbortSignal }) => api.kpis(id, semester, signal),
      ...AS_PART,
    })),
  });
}

export function useImports(id: string) {
  const api = useAnalyticsApi();
  return useQuery({
    queryKey: analyticsKeys.imports(id),
    queryFn: ({ signal }) => api.listImports(id, 0, IMPORTS_PAGE_SIZE, signal),
    // While an import runs its rows read grow: look again now and then.
    refetchInterval: (query) => (query.state.data?.items.some((i) => i.status === 'RUNNING') ? 5000 : false),
    ...AS_PART,
  });
}

export function useExportTables(id: string) {
  const api = useAnalyticsApi();
  return useQuery({ queryKey: analyticsKeys.exportTables(id), queryFn: ({ signal }) => api.exportTables(id, signal), ...AS_PART });
}

export function useEvaluations(id: string) {
  const api = useAnalyticsApi();
  return useQuery({ queryKey: analyticsKeys.evaluations(id), queryFn: ({ signal }) => api.listEvaluations(id, signal), ...AS_PART });
}

export function useLearnerData(id: string, enabled = true) {
  const api = useAnalyticsApi();
  return useQuery({ queryKey: analyticsKeys.learnerData(id), queryFn: ({ signal }) => api.learnerData(id, signal), enabled, ...AS_PART });
}

export function useSemesterReviews(semester: string, department = '', enabled = true) {
  const api = useAnalyticsApi();
  return useQuery({
    queryKey: analyticsKeys.reviews(semester, department),
    queryFn: ({ signal }) => api.listSemesterReviews(semester, department || undefined, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSemesterReview(id: string) {
  const api = useAnalyticsApi();
  return useQuery({ queryKey: analyticsKeys.review(id), queryFn: ({ signal }) => api.getSemesterReview(id, signal) });
}

export function usePortfolio(department = '', enabled = true) {
  const api = useAnalyticsApi();
  return useQuery({
    queryKey: analyticsKeys.portfolio(department),
    queryFn: ({ signal }) => api.getPortfolio(department || undefined, signal),
    enabled,
  });
}

export function useTimeline(moocId: string) {
  const api = useAnalyticsApi();
  return useQuery({ queryKey: analyticsKeys.timeline(moocId), queryFn: ({ signal }) => api.getTimeline(moocId, signal) });
}

/** After any change everything analytics shows is read again (KPIs, imports, reviews and the portfolio move together). */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: analyticsKeys.all() });
}

export function useImportTable() {
  const api = useAnalyticsApi();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, table, file }: { id: string; table: string; file: Blob }) => api.importTable(id, table, file),
    onSettled: invalidate,
  });
}

export function useImportEvaluation() {
  const api = useAnalyticsApi();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, semester, invited, file }: { id: string; semester: string; invited: number; file: Blob }) =>
      api.importEvaluation(id, semester, invited, file),
    onSettled: invalidate,
  });
}

export function useEnterEvaluation() {
  const api = useAnalyticsApi();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, semester, entry }: { id: string; semester: string; entry: EvaluationEntry }) =>
      api.enterEvaluation(id, semester, entry),
    onSettled: invalidate,
  });
}

/**
 * Sets a course's retention or deletes its learner data: the answer is the course's learner data as it is now; the
 * stored rows, imports and KPIs (discarded figures) are read again.
 */
function useLearnerDataChange<V>(change: (api: AnalyticsClient, vars: V) => Promise<LearnerData>) {
  const api = useAnalyticsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => change(api, vars),
    onSuccess: (data: LearnerData) => queryClient.setQueryData(analyticsKeys.learnerData(data.moocId), data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: analyticsKeys.all() }),
  });
}

export function useSetRetention() {
  return useLearnerDataChange((api, { id, months }: { id: string; months: number | null }) => api.setRetention(id, months));
}

export function useDeleteLearnerData() {
  return useLearnerDataChange((api, { id, keepAggregates }: { id: string; keepAggregates: boolean }) =>
    api.deleteLearnerData(id, keepAggregates),
  );
}

export function useDecideSemesterReview() {
  const api = useAnalyticsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ReviewDecisionInput }) => api.decideSemesterReview(id, input),
    onSuccess: (pack: SemesterReviewPack) => queryClient.setQueryData(analyticsKeys.review(pack.id), pack),
    onSettled: () => queryClient.invalidateQueries({ queryKey: analyticsKeys.all() }),
  });
}

/** Marks an action done or open again; `reviewId` is the review the action belongs to (the previous one's, for its open actions). */
export function useUpdateReviewAction() {
  const api = useAnalyticsApi();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ reviewId, actionId, status }: { reviewId: string; actionId: string; status: 'DONE' | 'OPEN' }) =>
      api.updateReviewAction(reviewId, actionId, status),
    onSettled: invalidate,
  });
}

/**
 * Where the import of a whole export stands: the bytes sent (uploading), the record while the server reads the tables
 * (importing), the record once it has ended (finished), or why it could not be sent or followed (error).
 */
export type ExportImportState =
  | { phase: 'idle' }
  | { phase: 'uploading'; sent: number; total: number }
  | { phase: 'importing'; record: ExportImport }
  | { phase: 'finished'; record: ExportImport }
  | { phase: 'error'; error: unknown };

/**
 * Imports a course's whole Coursera export: sends it (with the bytes sent), then reads the running import about once
 * a second until it has ended. The course's imports, stored rows and KPIs are read again when it is accepted and when
 * it ends. With `replace` the export replaces the course's learner data instead of merging into it. Leaving the page
 * stops the polling (the import itself goes on on the server).
 */
export function useExportImport(moocId: string, pollMs = IMPORT_POLL_MS) {
  const api = useAnalyticsApi();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ExportImportState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const refresh = useCallback(
    (withKpis: boolean) => {
      void queryClient.invalidateQueries({ queryKey: analyticsKeys.imports(moocId) });
      if (!withKpis) return;
      void queryClient.invalidateQueries({ queryKey: analyticsKeys.exportTables(moocId) });
      void queryClient.invalidateQueries({ queryKey: analyticsKeys.learnerData(moocId) });
      void queryClient.invalidateQueries({ queryKey: analyticsKeys.semesters(moocId) });
      void queryClient.invalidateQueries({ queryKey: ['analytics', 'kpis', moocId] });
    },
    [queryClient, moocId],
  );

  const start = useCallback(
    async (upload: ExportUpload, replace = false) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      setState({ phase: 'uploading', sent: 0, total: uploadSize(upload) });
      try {
        const accepted = await api.importExport(moocId, upload, {
          replace,
          signal,
          onProgress: (sent, total) => setState({ phase: 'uploading', sent, total }),
        });
        setState({ phase: 'importing', record: accepted });
        refresh(false);
        const finished = await api.awaitImport(moocId, accepted, {
          signal,
          intervalMs: pollMs,
          onUpdate: (record) => {
            if (record.status === 'RUNNING') setState({ phase: 'importing', record });
          },
        });
        setState({ phase: 'finished', record: finished });
        refresh(true);
      } catch (error) {
        if (signal.aborted) return;
        setState({ phase: 'error', error });
        refresh(true);
      }
    },
    [api, moocId, pollMs, refresh],
  );

  const busy = state.phase === 'uploading' || state.phase === 'importing';
  return { state, start, busy };
}
