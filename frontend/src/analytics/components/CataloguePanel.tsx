import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { ErrorAlert } from '../../shared/components/Alert';
import { Field } from '../../shared/components/FormField';
import { formatDateTime, formatNumber } from '../../shared/i18n/format';
import type { Translate } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import type { CatalogueStatus } from '../api/catalogueTypes';
import { useCatalogueStatus, useImportCatalogue, useMayCall, useStartCatalogueSync } from '../api/catalogueQueries';
import { formatCatalogueFailure, formatCatalogueProblem, formatCatalogueSource } from '../i18n/analyticsFormat';
import { Skeleton } from '../../shared/components/Skeleton';

const HEADING_ID = 'catalogue-heading';
const FILE_ID = 'catalogue-file';

/**
 * The Coursera catalogue proposals are compared with, for the LearningLab and admins (who may sync and import it):
 * its size, last successful sync, the latest attempt's outcome, a stale catalogue said to be stale, "Sync now" (when
 * Coursera's API is configured) and importing a catalogue file.
 */
export function CataloguePanel() {
  const mayImport = useMayCall('importCatalogue');
  const mayRead = useMayCall('getCatalogue');
  const maySync = useMayCall('startCatalogueSync');
  if (!mayImport || !mayRead) return null;
  return <CatalogueAdministration mayStartSync={maySync} />;
}

function CatalogueAdministration({ mayStartSync }: { mayStartSync: boolean }) {
  const { t } = useI18n();
  const status = useCatalogueStatus();
  const data = status.data;
  return (
    <section className="card catalogue-panel" aria-labelledby={HEADING_ID} data-testid="catalogue-panel">
      <h2 id={HEADING_ID}>{t('catalogue.heading')}</h2>
      <p className="muted">{t('catalogue.intro')}</p>
      {status.isPending && <Skeleton shape="text" count={3} testId="catalogue-loading" label={t('catalogue.loading')} />}
      {status.isError && (
        <ErrorAlert testId="catalogue-error">
          <p>
            {t('catalogue.loadError')} {errorMessage(t, status.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void status.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {data && <CatalogueFacts status={data} />}
      {data && (data.apiConfigured ? mayStartSync && <SyncNow running={data.lastSync?.outcome === 'RUNNING'} /> : <p className="muted" data-testid="catalogue-no-api">{t('catalogue.noApi')}</p>)}
      {data && <CatalogueImport />}
    </section>
  );
}

function CatalogueFacts({ status }: { status: CatalogueStatus }) {
  const { t, locale } = useI18n();
  const success = status.lastSuccessfulSync;
  const last = status.lastSync;
  const latestDiffers = last && last.id !== success?.id;
  return (
    <>
      <dl className="detail-list">
        <div className="detail-item">
          <dt>{t('catalogue.courses')}</dt>
          <dd data-testid="catalogue-courses">{formatNumber(locale, status.courses)}</dd>
        </div>
        <div className="detail-item">
          <dt>{t('catalogue.lastSuccess')}</dt>
          <dd data-testid="catalogue-last-success">
            {success
              ? t('catalogue.lastSuccessValue', {
                  date: formatDateTime(locale, success.finishedAt ?? success.startedAt),
                  source: formatCatalogueSource(t, success.source),
                  courses: formatNumber(locale, success.courses),
                })
              : t('catalogue.never')}
          </dd>
        </div>
        {latestDiffers && (
          <div className="detail-item">
            <dt>{t('catalogue.lastAttempt')}</dt>
            <dd data-testid="catalogue-last-attempt" data-outcome={last.outcome}>
              {last.outcome === 'RUNNING'
                ? t('catalogue.running', { date: formatDateTime(locale, last.startedAt) })
                : t('catalogue.failed', { date: formatDateTime(locale, last.finishedAt ?? last.startedAt), reason: formatCatalogueFailure(t, last.errorCode ?? '') })}
            </dd>
          </div>
        )}
      </dl>
      {status.stale ? (
        <p className="alert alert-warning" data-testid="catalogue-stale">
          {success ? t('catalogue.stale', { days: status.staleAfterDays }) : t('catalogue.staleNever')}
        </p>
      ) : (
        <p className="muted" data-testid="catalogue-fresh">
          {t('catalogue.fresh')}
        </p>
      )}
    </>
  );
}

function SyncNow({ running }: { running: boolean }) {
  const { t } = useI18n();
  const sync = useStartCatalogueSync();
  return (
    <div className="catalogue-sync">
      <button type="button" className="button" data-testid="catalogue-sync" disabled={running || sync.isPending} onClick={() => sync.mutate()}>
        {sync.isPending ? t('catalogue.syncing') : t('catalogue.sync')}
      </button>
      <div aria-live="polite" className="live-region">
        {sync.isSuccess && (
          <p className="alert alert-success" data-testid="catalogue-sync-started">
            {t('catalogue.syncStarted')}
          </p>
        )}
      </div>
      {sync.isError && (
        <ErrorAlert testId="catalogue-sync-error">
          <p>{errorMessage(t, sync.error)}</p>
        </ErrorAlert>
      )}
    </div>
  );
}

/** "row 3 slug" (the problem's `field`) → its row and field; row 0 is the file as a whole. */
function placeOf(field: string): { row: number; field: string } | null {
  const match = /^row (\d+)(?: (.+))?$/.exec(field.trim());
  return match ? { row: Number(match[1]), field: match[2] ?? '' } : null;
}

/** The problems of a refused file, each in words with its row and field. */
export function catalogueProblems(t: Translate, locale: string, error: unknown): string[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  return error.fieldErrors.map(({ field, message }) => {
    const problem = formatCatalogueProblem(t, message);
    const place = placeOf(field);
    if (!place || place.row === 0) return t('catalogue.import.file', { problem });
    return t('catalogue.import.row', { row: formatNumber(locale, place.row), field: place.field || '–', problem });
  });
}

function CatalogueImport() {
  const { t, locale } = useI18n();
  const importing = useImportCatalogue();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const refusalRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (attempt > 0) refusalRef.current?.focus();
  }, [attempt]);

  function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!file) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    setMissing(false);
    importing.mutate(file, {
      onError: () => setAttempt((n) => n + 1),
      onSuccess: () => {
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
      },
    });
  }

  const problems = importing.isError ? catalogueProblems(t, locale, importing.error) : [];
  return (
    <form className="catalogue-import" noValidate onSubmit={handleSubmit} aria-labelledby="catalogue-import-heading" data-testid="catalogue-import">
      <h3 id="catalogue-import-heading">{t('catalogue.import.heading')}</h3>
      <Field id={FILE_ID} label={t('catalogue.import.label')} hint={t('catalogue.import.hint')} error={missing ? t('catalogue.import.choose') : undefined} required>
        {(describedBy) => (
          <input
            id={FILE_ID}
            ref={inputRef}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            required
            aria-required="true"
            aria-describedby={describedBy}
            aria-invalid={missing ? true : undefined}
            data-testid="catalogue-file"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMissing(false);
            }}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={importing.isPending} data-testid="catalogue-import-submit">
        {importing.isPending ? t('catalogue.import.importing') : t('catalogue.import.submit')}
      </button>
      <div aria-live="polite" className="live-region">
        {importing.isSuccess && (
          <p className="alert alert-success" data-testid="catalogue-import-done">
            {t('catalogue.import.done', { courses: formatNumber(locale, importing.data.courses) })}
          </p>
        )}
      </div>
      {importing.isError && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={refusalRef} data-testid="catalogue-import-refused">
          <p>{problems.length > 0 ? t('catalogue.import.refused') : errorMessage(t, importing.error)}</p>
          {problems.length > 0 && (
            <ul data-testid="catalogue-import-problems">
              {problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
