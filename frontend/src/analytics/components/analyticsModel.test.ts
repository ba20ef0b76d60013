import { describe, expect, it } from 'vitest';
import {
  courseSemester,
  csvFileProblem,
  decisionInput,
  decisionProblems,
  endedSemesters,
  exportUploadProblem,
  latestEndedSemester,
  MAX_CSV_BYTES,
  niceMax,
  previousSemester,
  progressStep,
  rejectedLocation,
  scale,
  semesterOf,
  semesterOrder,
  stack,
  trendDirection,
  valueRange,
} from './analyticsModel';
import { trendSemesters } from './Charts';
import { evaluationSemesters } from './ImportsSection';
import { exportImportRecord } from '../../test/analyticsFixtures';

describe('semesters', () => {
  it('knows the latest ended semester in UTC (reviews open once a semester has ended)', () => {
    expect(latestEndedSemester(new Date('2026-11-29T01:00:00Z'))).toBe('2026-spring');
    expect(latestEndedSemester(new Date('2026-07-01T00:00:00Z'))).toBe('2026-spring');
    expect(latestEndedSemester(new Date('2026-06-30T23:59:59Z'))).toBe('2025-autumn');
    expect(latestEndedSemester(new Date('2027-01-01T00:00:00Z'))).toBe('2026-autumn');
  });

  it('lists the ended semesters newest first and orders semesters', () => {
    expect(endedSemesters(new Date('2026-11-29T00:00:00Z'), 4)).toEqual(['2026-spring', '2025-autumn', '2025-spring', '2024-autumn']);
    expect(previousSemester('2027-spring')).toBe('2026-autumn');
    expect(previousSemester('2027-autumn')).toBe('2027-spring');
    expect(semesterOrder('2027-autumn')).toBeGreaterThan(semesterOrder('2027-spring'));
    expect(semesterOrder('2028-spring')).toBeGreaterThan(semesterOrder('2027-autumn'));
  });

  it('knows the semester a day falls in, in UTC', () => {
    expect(semesterOf(new Date('2027-03-10T12:00:00Z'))).toBe('2027-spring');
    expect(semesterOf(new Date('2027-06-30T23:59:59Z'))).toBe('2027-spring');
    expect(semesterOf(new Date('2027-07-01T00:00:00Z'))).toBe('2027-autumn');
  });

  it('opens a course’s KPIs on the server’s default unless the address names a listed semester', () => {
    // the server lists the semesters that have begun, newest first, up to the newest with data
    const listed = ['2028-spring', '2027-autumn'];
    expect(courseSemester(listed, null)).toBe('2028-spring');
    expect(courseSemester(listed, '2027-autumn')).toBe('2027-autumn');
    // a semester still ahead, or an empty one after the last data, is not listed and never opened
    expect(courseSemester(listed, '2030-autumn')).toBe('2028-spring');
    expect(courseSemester(listed, 'autumn')).toBe('2028-spring');
    // nothing listed: no data yet, no semester at all (not the launch semester)
    expect(courseSemester([], '2027-autumn')).toBeNull();
    expect(courseSemester([], null)).toBeNull();
  });

  it('takes the trend’s semesters up to the review’s, oldest first, at most eight', () => {
    const all = ['2029-spring', '2028-autumn', '2028-spring', '2027-autumn'];
    expect(trendSemesters(all, '2028-spring')).toEqual(['2027-autumn', '2028-spring']);
    // a review of a semester after the last one with data still shows its own semester last
    expect(trendSemesters(['2028-spring', '2027-autumn'], '2029-spring')).toEqual(['2027-autumn', '2028-spring', '2029-spring']);
    expect(trendSemesters(all)).toEqual(['2027-autumn', '2028-spring', '2028-autumn', '2029-spring']);
    const many = Array.from({ length: 12 }, (_, i) => `${2020 + i}-spring`);
    expect(trendSemesters(many)).toHaveLength(8);
    expect(trendSemesters(many)[7]).toBe('2031-spring');
  });

  it('offers an evaluation for every semester from the launch to the current one', () => {
    expect(evaluationSemesters('2025-autumn', new Date('2026-11-29T00:00:00Z'))).toEqual(['2026-autumn', '2026-spring', '2025-autumn']);
    expect(evaluationSemesters(null, new Date('2026-03-01T00:00:00Z'))).toEqual(['2026-spring']);
  });
});

describe('trends and charts', () => {
  it('tells the direction of a change, and none without a comparison', () => {
    expect(trendDirection({ previous: 5, change: 1, relativeChange: 20 })).toBe('up');
    expect(trendDirection({ previous: 5, change: -1, relativeChange: -20 })).toBe('down');
    expect(trendDirection({ previous: 5, change: 0, relativeChange: 0 })).toBe('same');
    expect(trendDirection({ previous: null, change: null, relativeChange: null })).toBe('none');
    expect(trendDirection(null)).toBe('none');
  });

  it('rounds an axis up and scales bars within it', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(230)).toBe(250);
    expect(niceMax(4100)).toBe(5000);
    expect(scale(5, 10, 200)).toBe(100);
    expect(scale(20, 10, 200)).toBe(200);
    expect(scale(-1, 10, 200)).toBe(0);
    expect(valueRange([5, 6, null])).toEqual({ min: 0, max: 10 });
    expect(valueRange([-12, 40])).toEqual({ min: -20, max: 50 });
    expect(valueRange([null])).toEqual({ min: 0, max: 1 });
    expect(stack([1, 2, 1], 4, 100)).toEqual([
      { x: 0, width: 25 },
      { x: 25, width: 50 },
      { x: 75, width: 25 },
    ]);
  });
});

describe('csvFileProblem', () => {
  it('takes a non-empty .csv file up to 2 GiB', () => {
    expect(csvFileProblem({ name: 'users.csv', size: 10, type: '' })).toBeNull();
    expect(csvFileProblem({ name: 'export', size: 10, type: 'text/csv' })).toBeNull();
    expect(csvFileProblem(null)).toBe('required');
    expect(csvFileProblem({ name: 'users.xlsx', size: 10, type: 'application/vnd.ms-excel' })).toBe('type');
    expect(csvFileProblem({ name: 'users.csv', size: 0, type: 'text/csv' })).toBe('empty');
    expect(csvFileProblem({ name: 'users.csv', size: MAX_CSV_BYTES + 1, type: 'text/csv' })).toBe('tooLarge');
  });
});

describe('a whole export', () => {
  it('takes a non-empty zip archive, or a folder with files', () => {
    expect(exportUploadProblem({ name: 'export.zip', size: 10, type: '' })).toBeNull();
    expect(exportUploadProblem({ name: 'export', size: 10, type: 'application/x-zip-compressed' })).toBeNull();
    expect(exportUploadProblem(null)).toBe('required');
    expect(exportUploadProblem({ name: 'users.csv', size: 10, type: 'text/csv' })).toBe('zipType');
    expect(exportUploadProblem({ name: 'export.ZIP', size: 0, type: '' })).toBe('empty');
    expect(exportUploadProblem([])).toBe('folderEmpty');
    expect(exportUploadProblem([{ name: 'README.txt', size: 0 }])).toBeNull();
  });

  it('tells progress in whole quarters', () => {
    expect([0, 0.1, 0.249, 0.25, 0.5, 0.74, 0.99, 1, 1.2, Number.NaN, -1].map(progressStep)).toEqual([0, 0, 0, 25, 50, 50, 75, 100, 100, 0, 0]);
  });

  it('finds the refused table and where in it', () => {
    const record = exportImportRecord({
      status: 'REJECTED',
      problemCode: 'NOT_A_TIMESTAMP',
      problemParams: { value: 'yesterday' },
      problemLine: 4,
      problemColumn: 'course_membership_ts',
      tables: [
        { table: 'users', status: 'NOT_KEPT', rowsRead: 6, file: null, rowsChanged: null, bytesRead: null, bytesTotal: null, problemCode: null, problemParams: null, problemLine: null, problemColumn: null },
        { table: 'course_memberships', status: 'REJECTED', rowsRead: 3, file: null, rowsChanged: null, bytesRead: null, bytesTotal: null, problemCode: null, problemParams: null, problemLine: null, problemColumn: null },
      ],
    });
    expect(rejectedLocation(record)).toEqual({
      table: 'course_memberships',
      line: 4,
      column: 'course_membership_ts',
      problemCode: 'NOT_A_TIMESTAMP',
      problemParams: { value: 'yesterday' },
    });
    // Only the table's entry says where.
    const onTable = exportImportRecord({ status: 'REJECTED', tables: [{ table: 'users', status: 'REJECTED', rowsRead: 2, problemCode: 'VALUE_REQUIRED', problemParams: {}, problemLine: 2, file: null, rowsChanged: null, bytesRead: null, bytesTotal: null, problemColumn: null }] });
    expect(rejectedLocation(onTable)).toEqual({ table: 'users', line: 2, column: undefined, problemCode: 'VALUE_REQUIRED', problemParams: {} });
  });
});

describe('the board’s decision', () => {
  it('needs an outcome, and comments to revise or retire', () => {
    expect(decisionProblems({ outcome: '', comments: '', actions: [] })).toEqual([{ field: 'outcome', problem: 'required' }]);
    expect(decisionProblems({ outcome: 'CONTINUE', comments: '', actions: [] })).toEqual([]);
    expect(decisionProblems({ outcome: 'REVISE', comments: '  ', actions: [] })).toEqual([{ field: 'comments', problem: 'required' }]);
    expect(decisionProblems({ outcome: 'RETIRE', comments: '', actions: [] })).toEqual([{ field: 'comments', problem: 'required' }]);
    expect(decisionProblems({ outcome: 'CONTINUE', comments: 'x'.repeat(4001), actions: [] })).toEqual([{ field: 'comments', problem: 'tooLong' }]);
  });

  it('refuses empty or long action lines and more than twenty', () => {
    expect(decisionProblems({ outcome: 'REVISE', comments: 'Why', actions: ['Do it', ' ', 'y'.repeat(501)] })).toEqual([
      { field: 'action', index: 1, problem: 'required' },
      { field: 'action', index: 2, problem: 'tooLong' },
    ]);
    expect(decisionProblems({ outcome: 'CONTINUE', comments: '', actions: Array(21).fill('a') })).toEqual([{ field: 'actions', problem: 'tooMany' }]);
  });

  it('sends trimmed comments (null when empty) and actions', () => {
    expect(decisionInput({ outcome: 'REVISE', comments: '  Completion fell. ', actions: [' Split week 3 ', 'Add quizzes'] })).toEqual({
      outcome: 'REVISE',
      comments: 'Completion fell.',
      actions: ['Split week 3', 'Add quizzes'],
    });
    expect(decisionInput({ outcome: 'CONTINUE', comments: ' ', actions: [] })).toEqual({ outcome: 'CONTINUE', comments: null, actions: [] });
  });
});
