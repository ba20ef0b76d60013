import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useExportImport, type ExportImportState } from '../api/analyticsQueries';
import type { ExportImport, ExportUpload } from '../api/analyticsTypes';
import { formatImportProblem } from '../i18n/analyticsCodes';
import { formatExportTable, formatImportStatus, formatReplacement, formatTableImportStatus } from '../i18n/analyticsFormat';
import { formatNumber, formatPercent } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Field } from '../../shared/components/FormField';
import { CsvRefusal, ProblemAlert, ProblemAtLine } from './CsvRefusal';
import { exportUploadProblem, progressStep, rejectedLocation, type ExportUploadProblem } from './analyticsModel';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';

const UPLOAD_PROBLEMS: Record<ExportUploadProblem, Message> = {
  required: { key: 'exportImport.error.required' },
  zipType: { key: 'exportImport.error.zipType' },
  empty: { key: 'exportImport.error.empty' },
  folderEmpty: { key: 'exportImport.error.folderEmpty' },
};

const ZIP_INPUT = 'export-upload-zip';
const FOLDER_INPUT = 'export-upload-folder';
const REPLACE_CHECKBOX = 'export-upload-replace';

/** How far the upload or the import is (0..1), or null while the server has not said. */
function progressOf(state: ExportImportState): number | null {
  if (state.phase === 'uploading') return state.total > 0 ? Math.min(1, state.sent / state.total) : 0;
  if (state.phase === 'importing') return typeof state.record.progress === 'number' ? state.record.progress : null;
  return null;
}

/**
 * The whole Coursera export of the course in one go: the zip archive Coursera delivers (sent as `application/zip`)
 * or the folder it was unpacked into (each file a part of a multipart form). A progress bar follows the bytes sent and
 * then the tables read; the result lists each table with its status and rows, a refused table's line and column, and
 * the files that were skipped. The export may replace the course's learner data instead of merging into it.
 */
export function ExportImportForm({ moocId, pollMs }: { moocId: string; pollMs?: number }) {
  const { t, locale } = useI18n();
  const { state, start, busy } = useExportImport(moocId, pollMs);
  const [upload, setUpload] = useState<ExportUpload | null>(null);
  const [zipKey, setZipKey] = useState(0);
  const [folderKey, setFolderKey] = useState(0);
  const [uploadError, setUploadError] = useState<ExportUploadProblem | null>(null);
  const [replace, setReplace] = useState(false);
  const [attempt, setAttempt] = useState(0);

  function submit(e: FormEvent) {
    e.preventDefault();
    const problem = exportUploadProblem(upload);
    if (problem || !upload) {
      setUploadError(problem ?? 'required');
      document.getElementById(problem === 'folderEmpty' ? FOLDER_INPUT : ZIP_INPUT)?.focus();
      return;
    }
    setUploadError(null);
    setAttempt((n) => n + 1);
    void start(upload, replace);
  }

  const errorText = uploadError ? renderMessage(t, UPLOAD_PROBLEMS[uploadError], locale) : undefined;
  const zipError = uploadError && uploadError !== 'folderEmpty' ? errorText : undefined;
  const folderError = uploadError === 'folderEmpty' ? errorText : undefined;
  const record = state.phase === 'importing' || state.phase === 'finished' ? state.record : null;
  return (
    <form className="subform no-print" noValidate onSubmit={submit} aria-labelledby="export-import-heading" data-testid="export-import-form">
      <h3 id="export-import-heading">{t('exportImport.heading')}</h3>
      <p className="hint">{t('exportImport.intro')}</p>
      <Field id={ZIP_INPUT} label={t('exportImport.zip')} hint={t('exportImport.zipHint')} error={zipError}>
        {(describedBy) => (
          <input
            key={zipKey}
            id={ZIP_INPUT}
            type="file"
            accept=".zip,application/zip"
            aria-invalid={zipError ? true : undefined}
            aria-describedby={describedBy}
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              // One choice at a time: the folder chosen before is let go.
              setUpload(file);
              setFolderKey((k) => k + 1);
              setUploadError(null);
            }}
            data-testid={ZIP_INPUT}
          />
        )}
      </Field>
      <Field id={FOLDER_INPUT} label={t('exportImport.folder')} hint={t('exportImport.folderHint')} error={folderError}>
        {(describedBy) => (
          <input
            key={folderKey}
            id={FOLDER_INPUT}
            type="file"
            webkitdirectory=""
            multiple
            aria-invalid={folderError ? true : undefined}
            aria-describedby={describedBy}
            disabled={busy}
            onChange={(e) => {
              const files = e.target.files;
              if (!files) return;
              setUpload(Array.from(files));
              setZipKey((k) => k + 1);
              setUploadError(null);
            }}
            data-testid={FOLDER_INPUT}
          />
        )}
      </Field>
      <div className="radio radio-with-hint">
        <input
          type="checkbox"
          id={REPLACE_CHECKBOX}
          checked={replace}
          disabled={busy}
          onChange={(e) => setReplace(e.target.checked)}
          aria-describedby={`${REPLACE_CHECKBOX}-hint`}
          data-testid={REPLACE_CHECKBOX}
        />
        <label htmlFor={REPLACE_CHECKBOX}>{t('exportImport.replace.label')}</label>
        <p className="hint radio-hint" id={`${REPLACE_CHECKBOX}-hint`}>
          {t('exportImport.replace.hint')}
        </p>
      </div>
      <button type="submit" className="button" disabled={busy} data-testid="export-upload-submit">
        {busy ? t('exportImport.busy') : t('exportImport.submit')}
      </button>
      <ImportProgress state={state} />
      {state.phase === 'error' && <CsvRefusal error={state.error} testId="export-import-error" focusKey={attempt} />}
      {record && <ImportResult record={record} finished={state.phase === 'finished'} focusKey={attempt} />}
    </form>
  );
}

/**
 * The progress bar, and a polite status that says the phase and how far it is in whole quarters: a screen reader hears
 * "Uploading… 50% done." a few times, not every progress event, and then the summary of a completed import (a refused
 * or failed one is an alert of its own).
 */
function ImportProgress({ state }: { state: ExportImportState }) {
  const { t, locale } = useI18n();
  const completedText = useCompletedText();
  const busy = state.phase === 'uploading' || state.phase === 'importing';
  const fraction = progressOf(state);
  const phase = state.phase === 'uploading' ? t('exportImport.uploading') : t('exportImport.importing');
  let status = '';
  if (busy) status = t('exportImport.progressStatus', { phase, percent: formatPercent(locale, progressStep(fraction ?? 0), 0) });
  else if (state.phase === 'finished' && state.record.status === 'COMPLETED') status = completedText(state.record);
  return (
    <>
      {busy && (
        <div className="field export-progress">
          <label htmlFor="export-import-progress" id="export-import-progress-label">
            {phase}
          </label>
          <progress
            id="export-import-progress"
            max={1}
            // Without a value the bar shows that work goes on without saying how far.
            value={fraction ?? undefined}
            data-phase={state.phase}
            data-testid="export-import-progress"
          />
        </div>
      )}
      <p aria-live="polite" className="visually-hidden" data-testid="export-import-status">
        {status}
      </p>
    </>
  );
}

function ImportResult({ record, finished, focusKey }: { record: ExportImport; finished: boolean; focusKey: number }) {
  const { t, locale } = useI18n();
  const tablesTable = useCardLabels<HTMLTableElement>();
  const tables = record.tables ?? [];
  const ignored = record.ignored ?? [];
  return (
    <section className="export-result" data-testid="export-import-result"
      data-status={record.status}
      data-import-id={record.id}
      aria-labelledby="export-result-heading">
      <h4 id="export-result-heading">{t('exportImport.result.heading')}</h4>
      {finished && <Outcome record={record} focusKey={focusKey} />}
      {formatReplacement(t, record) && (
        <p className="hint" data-testid="export-import-replaces" data-replaces-data="true">
          {formatReplacement(t, record)}
        </p>
      )}
      {tables.length > 0 && (
        <div className="table-wrap">
          <table ref={tablesTable} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="export-import-tables">
            <caption>{t('exportImport.tables.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.col.table')}</th>
                <th scope="col">{t('exportImport.col.file')}</th>
                <th scope="col">{t('import.col.status')}</th>
                <th scope="col" className="numeric">
                  {t('import.col.rowsRead')}
                </th>
                <th scope="col" className="numeric">
                  {t('import.col.rowsChanged')}
                </th>
                <th scope="col">{t('import.col.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {tables.map((entry) => (
                <tr key={entry.table} data-testid={`export-table-${entry.table}`} data-status={entry.status}>
                  <th scope="row">{formatExportTable(t, entry.table)}</th>
                  <td>{entry.file ? <code className="url-text">{entry.file}</code> : '–'}</td>
                  <td>
                    <span className={`badge badge-table-${String(entry.status).toLowerCase().replace('_', '-')}`}>
                      {formatTableImportStatus(t, entry.status)}
                    </span>
                  </td>
                  <td className="numeric">{formatNumber(locale, entry.rowsRead)}</td>
                  <td className="numeric">{entry.rowsChanged === null || entry.rowsChanged === undefined ? '–' : formatNumber(locale, entry.rowsChanged)}</td>
                  <td data-testid="export-table-problem">
                    <ProblemAtLine code={entry.problemCode} params={entry.problemParams} line={entry.problemLine} column={entry.problemColumn} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ignored.length > 0 && (
        <div data-testid="export-ignored">
          <h5 id="export-ignored-heading">{t('exportImport.ignored.heading')}</h5>
          <p className="hint">{t('exportImport.ignored.intro')}</p>
          <ul aria-labelledby="export-ignored-heading">
            {ignored.map((path) => (
              <li key={path}>
                <code className="url-text">{path}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The summary of a completed import: tables, rows read and changed. */
function useCompletedText() {
  const { t, locale } = useI18n();
  return (record: ExportImport) => {
    const tables = record.tables ?? [];
    const read = record.rowsRead ?? tables.reduce((sum, e) => sum + e.rowsRead, 0);
    const changed = record.rowsChanged ?? tables.reduce((sum, e) => sum + (e.rowsChanged ?? 0), 0);
    return t('exportImport.result.COMPLETED', {
      tables: formatNumber(locale, tables.length),
      read: formatNumber(locale, read),
      changed: formatNumber(locale, changed),
    });
  };
}

/** How the import ended: a summary that takes focus, or an alert (a refused table named by line and column). */
function Outcome({ record, focusKey }: { record: ExportImport; focusKey: number }) {
  const { t, locale } = useI18n();
  const completedText = useCompletedText();
  const ref = useRef<HTMLParagraphElement>(null);
  const completed = record.status === 'COMPLETED';
  useEffect(() => {
    if (completed && focusKey > 0) ref.current?.focus();
  }, [completed, focusKey]);

  if (record.status === 'REJECTED') {
    const where = rejectedLocation(record);
    return (
      <ProblemAlert where={where} testId="export-import-rejected" focusKey={focusKey}>
        <p>{t('exportImport.result.REJECTED', { table: where.table ? formatExportTable(t, where.table) : '–' })}</p>
        {where.problemCode && (
          <p data-testid="export-import-problem" data-code={where.problemCode}>
            {formatImportProblem(t, locale, where.problemCode, where.problemParams, where.column)}
          </p>
        )}
      </ProblemAlert>
    );
  }
  if (record.status === 'FAILED') {
    return (
      <ErrorAlert testId="export-import-failed">
        <p>{t('exportImport.result.FAILED')}</p>
        {record.problemCode && (
          <p data-testid="export-import-problem" data-code={record.problemCode}>
            {formatImportProblem(t, locale, record.problemCode, record.problemParams, record.problemColumn)}
          </p>
        )}
      </ErrorAlert>
    );
  }
  if (!completed) {
    return <p data-testid="export-import-outcome">{t('exportImport.result.other', { status: formatImportStatus(t, record.status) })}</p>;
  }
  // Heard through the polite status of ImportProgress; focus brings the reader here.
  return (
    <p ref={ref} tabIndex={-1} className="alert alert-success" data-testid="export-import-outcome">
      {completedText(record)}
    </p>
  );
}
