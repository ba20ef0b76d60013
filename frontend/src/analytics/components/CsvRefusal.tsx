import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError } from '../../shared/api/client';
import type { ProblemDetails } from '../../shared/api/sharedTypes';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatImportProblem } from '../i18n/analyticsCodes';
import { formatExportTable } from '../i18n/analyticsFormat';
import { formatNumber } from '../../shared/i18n/format';
import type { CodeParams } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';

/** Where in a Coursera export a problem was found. */
export type ProblemPlace = Pick<ProblemDetails, 'table' | 'line' | 'column'>;

/** Where the server found the file wrong (400 with `table`, `line`, `column`), or null. */
export function csvProblemLocation(error: unknown): ProblemPlace | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const { table, line, column } = error.problem;
  return table || line || column ? { table, line, column } : null;
}

/**
 * A refused file or export: what is wrong, and the table, line and column it names. Takes focus each time
 * `focusKey` grows (a new attempt), so the person hears it and is where the explanation is.
 */
export function ProblemAlert({ children, where, testId, focusKey }: { children: ReactNode; where: ProblemPlace | null; testId: string; focusKey: number }) {
  const { t, locale } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref} data-testid={testId}>
      {children}
      {where && (
        <dl className="facts-list" data-testid={`${testId}-location`}>
          {where.table && (
            <div>
              <dt>{t('import.problem.table')}</dt>
              <dd data-testid="csv-problem-table">{formatExportTable(t, where.table)}</dd>
            </div>
          )}
          {typeof where.line === 'number' && (
            <div>
              <dt>{t('import.problem.line')}</dt>
              <dd data-testid="csv-problem-line">{formatNumber(locale, where.line)}</dd>
            </div>
          )}
          {where.column && (
            <div>
              <dt>{t('import.problem.column')}</dt>
              <dd data-testid="csv-problem-column">
                <code>{where.column}</code>
              </dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}

/**
 * A request the server refused: its explanation (the file's problem in the reader's language where the server sent
 * its code), and the table, line and column of a refused file.
 */
export function CsvRefusal({ error, testId, focusKey }: { error: unknown; testId: string; focusKey: number }) {
  const { t, locale } = useI18n();
  const problem = error instanceof ApiError && error.status === 400 ? error.problem : null;
  const worded = problem?.code ? formatImportProblem(t, locale, problem.code, problem.params, problem.column) : '';
  return (
    <ProblemAlert where={csvProblemLocation(error)} testId={testId} focusKey={focusKey}>
      <p data-code={problem?.code || undefined}>{worded || errorMessage(t, error)}</p>
    </ProblemAlert>
  );
}

/** A problem found in an import, led by its line and column when known, as the import tables show it ("–" without one). */
export function ProblemAtLine({ code, params, line, column, before }: { code?: string | null; params?: CodeParams;
  line?: number | null; column?: string | null; before?: ReactNode }) {
  const { t, locale } = useI18n();
  const problem = formatImportProblem(t, locale, code, params, column);
  if (!problem) return <>–</>;
  return (
    <>
      {before}
      {(line || column) && (
        <strong>
          {column
            ? t('import.problem.lineColumn', { line: formatNumber(locale, line ?? 0), column })
            : t('import.problem.lineOnly', { line: formatNumber(locale, line ?? 0) })}
          {': '}
        </strong>
      )}
      {problem}
    </>
  );
}
