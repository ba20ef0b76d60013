import type { ExportImport, KpiChange, ReviewDecisionInput, SemesterReviewOutcome } from '../api/analyticsTypes';

/* ------------------------------------------------------------------------------------------------
 * Semesters (docs/analytics.md): YYYY-spring is 1 January – 30 June, YYYY-autumn 1 July – 31 December, in UTC.
 * --------------------------------------------------------------------------------------------- */

const SEMESTER = /^(\d{4})-(spring|autumn)$/;

export function isSemesterCode(value: string | null | undefined): value is string {
  return typeof value === 'string' && SEMESTER.test(value);
}

export function previousSemester(semester: string): string {
  const m = SEMESTER.exec(semester);
  if (!m) return semester;
  const year = Number(m[1]);
  return m[2] === 'autumn' ? `${year}-spring` : `${year - 1}-autumn`;
}

/** The latest semester that has ended at `now` (UTC): in November 2026 that is 2026-spring, in March 2027 2026-autumn. */
export function latestEndedSemester(now: Date): string {
  const year = now.getUTCFullYear();
  return now.getUTCMonth() >= 6 ? `${year}-spring` : `${year - 1}-autumn`;
}

/** The `count` latest ended semesters, newest first – the semesters whose reviews can be opened. */
export function endedSemesters(now: Date, count = 8): string[] {
  const list = [latestEndedSemester(now)];
  while (list.length < count) list.push(previousSemester(list[list.length - 1]));
  return list;
}

/** The semester `now` falls in (UTC): 2027-03-10 is in 2027-spring, 2027-07-01 in 2027-autumn. */
export function semesterOf(now: Date): string {
  return `${now.getUTCFullYear()}-${now.getUTCMonth() >= 6 ? 'autumn' : 'spring'}`;
}

/**
 * The semester a course's KPI page shows: the one asked for in the address when the server lists it, else the first
 * listed – the server lists only semesters that have begun, newest first, up to the newest with data, so the first is
 * its default; null when it lists none (no data yet). A semester still ahead, or one the server does not list, is never
 * opened, whatever the address says.
 */
export function courseSemester(listed: readonly string[], asked: string | null | undefined): string | null {
  if (isSemesterCode(asked) && listed.includes(asked)) return asked;
  return listed[0] ?? null;
}

/** Sort key of a semester: 2027-spring < 2027-autumn < 2028-spring. */
export function semesterOrder(semester: string): number {
  const m = SEMESTER.exec(semester);
  return m ? Number(m[1]) * 2 + (m[2] === 'autumn' ? 1 : 0) : Number.NaN;
}

/* ------------------------------------------------------------------------------------------------
 * Trends
 * --------------------------------------------------------------------------------------------- */

export type TrendDirection = 'up' | 'down' | 'same' | 'none';

/** Whether a KPI went up, down or stayed the same against the previous semester; `none` without a comparison. */
export function trendDirection(change: KpiChange | null | undefined): TrendDirection {
  if (!change || change.change === null || change.change === undefined) return 'none';
  if (change.change > 0) return 'up';
  if (change.change < 0) return 'down';
  return 'same';
}

/* ------------------------------------------------------------------------------------------------
 * Charts: plain numbers for the SVG's attributes (no style attributes: the CSP forbids them).
 * --------------------------------------------------------------------------------------------- */

/** A round upper bound for an axis: 1, 2, 2.5, 5 or 10 times a power of ten, at least `value` (and at least 1). */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/** The length of a bar of `value` on an axis from 0 to `max` that is `length` long (at least 0). */
export function scale(value: number, max: number, length: number): number {
  if (!Number.isFinite(value) || max <= 0) return 0;
  return Math.max(0, Math.min(length, (value / max) * length));
}

/** The axis of a line chart: its lower and upper bound, including 0 unless every value is far from it. */
export function valueRange(values: readonly (number | null)[]): { min: number; max: number } {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (known.length === 0) return { min: 0, max: 1 };
  const lo = Math.min(0, ...known);
  const hi = Math.max(...known);
  const max = hi <= 0 ? 0 : niceMax(hi);
  const min = lo >= 0 ? 0 : -niceMax(-lo);
  return max === min ? { min, max: min + 1 } : { min, max };
}

/** Segments of a stacked bar: each part's start and width on a bar `length` long for a total of `max`. */
export function stack(parts: readonly number[], max: number, length: number): { x: number; width: number }[] {
  let x = 0;
  return parts.map((value) => {
    const width = scale(value, max, length);
    const segment = { x, width };
    x += width;
    return segment;
  });
}

/* ------------------------------------------------------------------------------------------------
 * Files
 * --------------------------------------------------------------------------------------------- */

/** The largest CSV upload analytics-service accepts (2 GiB, `mooc.http.max-body-size`). */
export const MAX_CSV_BYTES = 2 * 1024 * 1024 * 1024;

export type CsvProblem = 'required' | 'empty' | 'type' | 'tooLarge';

/** Why the browser refuses to send a file as CSV, or null: a `.csv` name (or `text/csv` type), not empty, at most 2 GiB. */
export function csvFileProblem(file: { name: string; size: number; type?: string } | null | undefined): CsvProblem | null {
  if (!file) return 'required';
  const isCsv = /\.csv$/i.test(file.name) || (file.type ?? '').toLowerCase() === 'text/csv';
  if (!isCsv) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_CSV_BYTES) return 'tooLarge';
  return null;
}

export type ExportUploadProblem = 'required' | 'zipType' | 'empty' | 'folderEmpty';

type FileLike = { name: string; size: number; type?: string };

/**
 * Why the browser refuses to send a whole export, or null: a zip archive needs a `.zip` name (or a zip type) and
 * bytes; a folder at least one file. The server decides the rest (which tables, each table's content, the size).
 */
export function exportUploadProblem(upload: FileLike | readonly FileLike[] | null | undefined): ExportUploadProblem | null {
  if (!upload) return 'required';
  if (Array.isArray(upload)) return upload.length === 0 ? 'folderEmpty' : null;
  const zip = upload as FileLike;
  const type = (zip.type ?? '').toLowerCase();
  if (!/\.zip$/i.test(zip.name) && type !== 'application/zip' && type !== 'application/x-zip-compressed') return 'zipType';
  if (zip.size === 0) return 'empty';
  return null;
}

/**
 * A fraction (0..1) in whole quarters as a percentage: 0, 25, 50, 75 or 100. What a screen reader is told, so that a
 * long upload is announced a few times, not on every progress event.
 */
export function progressStep(fraction: number): number {
  if (!Number.isFinite(fraction) || fraction <= 0) return 0;
  return Math.min(100, Math.floor(fraction * 4) * 25);
}

/** Where a refused import found its error: the refused table and the record's (or that table's) line, column and text. */
export function rejectedLocation(record: ExportImport): {
  table?: string;
  line?: number;
  column?: string;
  problemCode?: string;
  problemParams?: Record<string, string>;
} {
  const entry = record.tables?.find((t) => t.status === 'REJECTED');
  // the record's problem, or, for a whole export, the refused table's
  const own = Boolean(record.problemCode);
  return {
    table: entry?.table ?? record.table ?? undefined,
    line: record.problemLine ?? entry?.problemLine ?? undefined,
    column: record.problemColumn ?? entry?.problemColumn ?? undefined,
    problemCode: (own ? record.problemCode : entry?.problemCode) ?? undefined,
    problemParams: (own ? record.problemParams : entry?.problemParams) ?? undefined,
  };
}

/* ------------------------------------------------------------------------------------------------
 * The study board's decision (docs/analytics.md, "Semester reviews")
 * --------------------------------------------------------------------------------------------- */

export const COMMENTS_MAX = 4000;
export const ACTIONS_MAX = 20;
export const ACTION_MAX = 500;

export interface DecisionDraft {
  outcome: SemesterReviewOutcome | '';
  comments: string;
  actions: string[];
}

export type DecisionProblem =
  | { field: 'outcome'; problem: 'required' }
  | { field: 'comments'; problem: 'required' | 'tooLong' }
  | { field: 'actions'; problem: 'tooMany' }
  | { field: 'action'; index: number; problem: 'required' | 'tooLong' };

/** Comments are required to revise or retire; at most 20 actions of at most 500 characters, none empty. */
export function decisionProblems(draft: DecisionDraft): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (!draft.outcome) problems.push({ field: 'outcome', problem: 'required' });
  const comments = draft.comments.trim();
  if ((draft.outcome === 'REVISE' || draft.outcome === 'RETIRE') && !comments) problems.push({ field: 'comments', problem: 'required' });
  if (comments.length > COMMENTS_MAX) problems.push({ field: 'comments', problem: 'tooLong' });
  if (draft.actions.length > ACTIONS_MAX) problems.push({ field: 'actions', problem: 'tooMany' });
  draft.actions.forEach((text, index) => {
    if (!text.trim()) problems.push({ field: 'action', index, problem: 'required' });
    else if (text.trim().length > ACTION_MAX) problems.push({ field: 'action', index, problem: 'tooLong' });
  });
  return problems;
}

/** The body of `POST …/decision` for a draft without problems. */
export function decisionInput(draft: DecisionDraft): ReviewDecisionInput {
  const comments = draft.comments.trim();
  return {
    outcome: draft.outcome as SemesterReviewOutcome,
    comments: comments || null,
    actions: draft.actions.map((a) => a.trim()),
  };
}
