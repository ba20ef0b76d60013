import { useEffect, useState, type FormEvent } from 'react';
import { useExportTables, useImportEvaluation, useImportTable, useImports } from '../api/analyticsQueries';
import { EXPORT_TABLES, type ExportImport, type TableImport } from '../api/analyticsTypes';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatExportTable, formatImportStatus, formatImportSubject, formatReplacement, formatTableImportStatus } from '../i18n/analyticsFormat';
import { formatDateTime, formatNumber, formatSemester } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Skeleton } from '../../shared/components/Skeleton';
import { Field } from '../../shared/components/FormField';
import { CsvRefusal, ProblemAtLine } from './CsvRefusal';
import { ExportImportForm } from './ExportImportForm';
import { csvFileProblem, isSemesterCode, previousSemester, semesterOrder, type CsvProblem } from './analyticsModel';
import { useStepOutcome, type StepOutcome } from '../../shared/components/useStepOutcome';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';

const CSV_PROBLEMS: Record<CsvProblem, Message> = {
  required: { key: 'import.error.fileRequired' },
  empty: { key: 'import.error.fileEmpty' },
  type: { key: 'import.error.fileType' },
  tooLarge: { key: 'import.error.fileTooLarge' },
};

/**
 * An upload's outcome: the notice in a polite live region (it takes focus), or the server's refusal of the file with
 * the table, line and column it names (it takes focus on each failed attempt).
 */
export function StepOutcomeView({ outcome, noticeTestId, failureTestId }: { outcome: StepOutcome; noticeTestId: string; failureTestId: string }) {
  return (
    <>
      <div aria-live="polite" className="live-region">
        {outcome.noticeElement(noticeTestId)}
      </div>
      {outcome.failure && <CsvRefusal error={outcome.failure.error} testId={failureTestId} focusKey={outcome.failure.n} />}
    </>
  );
}

/**
 * The course's Coursera export: the rows stored per table, the imports (newest first, with the problem of a refused
 * one by line and column), and – for those who may import – the form that uploads the whole export (the usual way)
 * and the one that uploads one table's CSV file (a single table's correction).
 */
export function ImportsSection({ moocId, mayImport }: { moocId: string; mayImport: boolean }) {
  const { t, locale } = useI18n();
  const imports = useImports(moocId);
  const tables = useExportTables(moocId);
  const list = imports.data?.items ?? [];
  return (
    <section className="card detail-section" aria-labelledby="imports-heading" data-testid="imports-section">
      <h2 id="imports-heading">{t('import.heading')}</h2>
      <p className="muted">{t('import.intro')}</p>
      {tables.data && tables.data.length > 0 && (
        <dl className="facts-list" data-testid="export-tables">
          {tables.data.map((r) => (
            <div key={r.table} data-testid="export-table" data-table={r.table} data-rows={r.rows}>
              <dt>{formatExportTable(t, r.table)}</dt>
              <dd>{t(r.rows === 1 ? 'import.rows.one' : 'import.rows.other', { count: formatNumber(locale, r.rows) })}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3 id="imports-list-heading">{t('import.listHeading')}</h3>
      {imports.isPending && <Skeleton shape="list" count={2} label={t('import.loading')} />}
      {imports.isError && (
        <ErrorAlert testId="imports-error">
          <p>
            {t('import.loadError')} {errorMessage(t, imports.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void imports.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {imports.data && list.length === 0 && (
        <p className="empty" data-testid="imports-empty">
          {t('import.empty')}
        </p>
      )}
      {list.length > 0 && <ImportsTable imports={list} />}
      {mayImport && <ExportImportForm moocId={moocId} />}
      {mayImport && <ImportForm moocId={moocId} />}
    </section>
  );
}

function ImportsTable({ imports }: { imports: readonly ExportImport[] }) {
  const { t, locale } = useI18n();
  const importsTable = useCardLabels<HTMLTableElement>();
  return (
    <div className="table-wrap">
      <table ref={importsTable} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="imports-table">
        <caption>{t('import.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.table')}</th>
            <th scope="col">{t('import.col.status')}</th>
            <th scope="col" className="numeric">
              {t('import.col.rowsRead')}
            </th>
            <th scope="col" className="numeric">
              {t('import.col.rowsChanged')}
            </th>
            <th scope="col">{t('import.col.started')}</th>
            <th scope="col">{t('import.col.by')}</th>
            <th scope="col">{t('import.col.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr
              key={i.id}
              data-testid="import-row"
              data-import-id={i.id}
              data-status={i.status}
              data-table={i.table ?? undefined}
              data-source={i.source ?? 'TABLE'}
              data-replaces-data={i.replacesData ? 'true' : undefined}
            >
              <th scope="row">
                {formatImportSubject(t, i)}
                {formatReplacement(t, i) && (
                  <span className="import-replaces" data-testid="import-replaces">
                    {formatReplacement(t, i)}
                  </span>
                )}
                {!i.table && i.tables && i.tables.length > 0 && <TablesSummary tables={i.tables} />}
              </th>
              <td>
                <span className={`badge badge-import-${String(i.status).toLowerCase()}`}>{formatImportStatus(t, i.status)}</span>
              </td>
              <td className="numeric">{formatNumber(locale, i.rowsRead)}</td>
              <td className="numeric">{i.rowsChanged === null || i.rowsChanged === undefined ? '–' : formatNumber(locale, i.rowsChanged)}</td>
              <td>{i.startedAt ? <time dateTime={i.startedAt}>{formatDateTime(locale, i.startedAt)}</time> : '–'}</td>
              <td>{i.importedBy ?? '–'}</td>
              <td data-testid="import-problem">
                <ProblemAtLine code={i.problemCode} params={i.problemParams} line={i.problemLine} column={i.problemColumn}
                  before={!i.table && rejectedTable(i) && `${formatExportTable(t, rejectedTable(i)!)}, `} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The refused table of a whole export's import, if one was. */
function rejectedTable(i: ExportImport): string | undefined {
  return i.tables?.find((entry) => entry.status === 'REJECTED')?.table;
}

/** A whole export's tables in a line each: "Learners (users): Imported, 6 rows". */
function TablesSummary({ tables }: { tables: readonly TableImport[] }) {
  const { t, locale } = useI18n();
  return (
    <ul className="import-tables" data-testid="import-tables">
      {tables.map((entry) => (
        <li key={entry.table} data-table={entry.table} data-status={entry.status}>
          {t('exportImport.tableSummary', {
            table: formatExportTable(t, entry.table),
            status: formatTableImportStatus(t, entry.status),
            rows: t(entry.rowsRead === 1 ? 'import.rows.one' : 'import.rows.other', { count: formatNumber(locale, entry.rowsRead) }),
          })}
        </li>
      ))}
    </ul>
  );
}

/** One table of a Coursera export: the table, the CSV file; sent as `text/csv` with the token. */
function ImportForm({ moocId }: { moocId: string }) {
  const { t, locale } = useI18n();
  const importTable = useImportTable();
  const [table, setTable] = useState<string>(EXPORT_TABLES[0]);
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [fileError, setFileError] = useState<Message | null>(null);
  const outcome = useStepOutcome();

  async function submit(e: FormEvent) {
    e.preventDefault();
    outcome.clear();
    const problem = csvFileProblem(file);
    if (problem || !file) {
      setFileError(CSV_PROBLEMS[problem ?? 'required']);
      document.getElementById('import-file')?.focus();
      return;
    }
    setFileError(null);
    const done = await outcome.run(() => importTable.mutateAsync({ id: moocId, table, file }), {
      done: (answer) => ({
        key: 'import.done',
        params: { table: formatExportTable(t, answer.table ?? table), read: answer.rowsRead ?? 0, changed: answer.rowsChanged ?? 0 },
      }),
      failed: 'import.failed',
    });
    if (done) {
      setFile(null);
      setInputKey((k) => k + 1);
    }
  }

  const fileText = fileError ? renderMessage(t, fileError, locale) : undefined;
  return (
    <form className="subform no-print" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="import-form-heading" data-testid="import-form">
      <h3 id="import-form-heading">{t('import.form.heading')}</h3>
      <p className="hint">{t('exportImport.single.intro')}</p>
      <StepOutcomeView outcome={outcome} noticeTestId="import-notice" failureTestId="import-error" />
      <Field id="import-table" label={t('import.form.table')}>
        {(describedBy) => (
          <select id="import-table" value={table} onChange={(e) => setTable(e.target.value)} aria-describedby={describedBy} data-testid="import-table">
            {EXPORT_TABLES.map((name) => (
              <option key={name} value={name}>
                {formatExportTable(t, name)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="import-file" label={t('import.form.file')} hint={t('import.form.fileHint', { max: '2 GiB' })} error={fileText}>
        {(describedBy) => (
          <input
            key={inputKey}
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
            }}
            data-testid="import-file"
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={importTable.isPending} data-testid="import-submit">
        {importTable.isPending ? t('import.form.uploading') : t('import.form.submit')}
      </button>
    </form>
  );
}

/** The semesters an evaluation can be recorded for: from the launch semester to the current one, newest first. */
export function evaluationSemesters(launchSemester: string | null | undefined, now: Date, known: readonly string[] = []): string[] {
  const year = now.getUTCFullYear();
  let current = now.getUTCMonth() >= 6 ? `${year}-autumn` : `${year}-spring`;
  const result = new Set<string>(known);
  const stop = launchSemester && /^\d{4}-(spring|autumn)$/.test(launchSemester) ? launchSemester : null;
  for (let i = 0; i < 40; i++) {
    result.add(current);
    if (!stop || semesterOrder(current) <= semesterOrder(stop)) break;
    current = previousSemester(current);
  }
  return [...result].filter(isSemesterCode).sort((a, b) => semesterOrder(b) - semesterOrder(a));
}

/**
 * The semester's course evaluation from CSV (long format: respondent_id, question_id, question_type, question,
 * response), with the number of learners invited for the response rate.
 */
export function EvaluationUploadForm({ moocId, semesters, semester }: { moocId: string; semesters: readonly string[]; semester: string }) {
  const { t, locale } = useI18n();
  const upload = useImportEvaluation();
  const [chosen, setChosen] = useState(semester);
  const [invited, setInvited] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [errors, setErrors] = useState<{ invited?: Message; file?: Message }>({});
  const outcome = useStepOutcome();

  useEffect(() => setChosen(semester), [semester]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    outcome.clear();
    const next: { invited?: Message; file?: Message } = {};
    const n = Number(invited);
    if (!invited.trim() || !Number.isInteger(n) || n < 1 || n > 10_000_000) {
      next.invited = { key: 'form.error.wholeNumberRange', params: { min: 1, max: 10_000_000 } };
    }
    const problem = csvFileProblem(file);
    if (problem) next.file = CSV_PROBLEMS[problem];
    setErrors(next);
    if (next.invited || next.file || !file) {
      document.getElementById(next.invited ? 'evaluation-invited' : 'evaluation-file')?.focus();
      return;
    }
    const done = await outcome.run(() => upload.mutateAsync({ id: moocId, semester: chosen, invited: n, file }), {
      done: (answer) => ({
        key: 'evaluation.upload.done',
        params: { semester: formatSemester(t, answer.semester ?? chosen), respondents: answer.respondents ?? 0, questions: answer.questions?.length ?? 0 },
      }),
      failed: 'evaluation.upload.failed',
    });
    if (done) {
      setFile(null);
      setInputKey((k) => k + 1);
    }
  }

  const invitedText = errors.invited ? renderMessage(t, errors.invited, locale) : undefined;
  const fileText = errors.file ? renderMessage(t, errors.file, locale) : undefined;
  return (
    <form className="subform no-print" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="evaluation-upload-heading" data-testid="evaluation-upload-form">
      <h3 id="evaluation-upload-heading">{t('evaluation.upload.heading')}</h3>
      <p className="hint">{t('evaluation.upload.intro')}</p>
      <StepOutcomeView outcome={outcome} noticeTestId="evaluation-upload-notice" failureTestId="evaluation-upload-error" />
      <Field id="evaluation-semester" label={t('evaluation.upload.semester')}>
        {(describedBy) => (
          <select id="evaluation-semester" value={chosen} onChange={(e) => setChosen(e.target.value)} aria-describedby={describedBy} data-testid="evaluation-semester">
            {semesters.map((s) => (
              <option key={s} value={s}>
                {formatSemester(t, s)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="evaluation-invited" label={t('evaluation.upload.invited')} hint={t('evaluation.upload.invitedHint')} error={invitedText} required>
        {(describedBy) => (
          <input
            id="evaluation-invited"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={invited}
            onChange={(e) => setInvited(e.target.value)}
            aria-invalid={errors.invited ? true : undefined}
            aria-describedby={describedBy}
            aria-required="true"
            data-testid="evaluation-invited"
          />
        )}
      </Field>
      <Field id="evaluation-file" label={t('evaluation.upload.file')} hint={t('evaluation.upload.fileHint')} error={fileText} required>
        {(describedBy) => (
          <input
            key={inputKey}
            id="evaluation-file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={describedBy}
            aria-required="true"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            data-testid="evaluation-file"
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={upload.isPending} data-testid="evaluation-upload-submit">
        {upload.isPending ? t('import.form.uploading') : t('evaluation.upload.submit')}
      </button>
    </form>
  );
}
