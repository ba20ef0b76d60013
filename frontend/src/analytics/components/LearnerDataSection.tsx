import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useDeleteLearnerData, useLearnerData, useSetRetention } from '../api/analyticsQueries';
import {
  RETENTION_MONTHS_MAX,
  RETENTION_MONTHS_MIN,
  type LearnerData,
  type LearnerDataDeletion,
} from '../api/analyticsTypes';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatDeletionReason, formatExportTable } from '../i18n/analyticsFormat';
import { formatDate, formatDateTime, formatNumber, formatSemester } from '../../shared/i18n/format';
import type { Message } from '../../shared/i18n/message';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { ErrorSummary } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import { Notice } from './ImportsSection';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';

const RETENTION_INPUT = 'learner-data-months';
const DELETE_BUTTON = 'learner-data-delete';
const KEEP_CHECKBOX = 'learner-data-keep';

/** The UTC day of a time the service sets at a semester boundary (midnight UTC), so no time zone shifts it a day. */
function utcDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 10);
}

/** The retention an administrator typed: whole months in the range, or null when it is not one. */
export function retentionMonths(value: string): number | null {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return null;
  const months = Number(text);
  return months >= RETENTION_MONTHS_MIN && months <= RETENTION_MONTHS_MAX ? months : null;
}

/**
 * A course's learner data as personal data (docs/analytics.md, "Personal data"), for those who import its exports:
 * the retention, the oldest stored row and the day it goes, the rows per table, the semesters kept only as figures
 * and every deletion. An administrator also changes the retention and deletes the learner data.
 */
export function LearnerDataSection({ moocId, title, mayAdminister }: { moocId: string; title: string; mayAdminister: boolean }) {
  const { t } = useI18n();
  const data = useLearnerData(moocId);
  return (
    <section className="card detail-section" aria-labelledby="learner-data-heading" data-testid="learner-data-section">
      <h2 id="learner-data-heading">{t('learnerData.heading')}</h2>
      <p className="muted">{t('learnerData.intro')}</p>
      {data.isPending && <Skeleton shape="text" count={4} label={t('learnerData.loading')} />}
      {data.isError && (
        <ErrorAlert testId="learner-data-error">
          <p>
            {t('learnerData.loadError')} {errorMessage(t, data.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void data.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {data.data && (
        <>
          <LearnerDataFacts data={data.data} />
          <DeletionHistory deletions={data.data.deletions ?? []} />
          {mayAdminister && <RetentionForm data={data.data} />}
          {mayAdminister && <DeleteLearnerData moocId={moocId} title={title} />}
        </>
      )}
    </section>
  );
}

function LearnerDataFacts({ data }: { data: LearnerData }) {
  const { t, locale } = useI18n();
  const kept = data.semestersKept ?? [];
  const rows = data.rows ?? [];
  return (
    <>
      <dl className="facts-list" data-testid="learner-data-facts">
        <div>
          <dt>{t('learnerData.retention')}</dt>
          <dd data-testid="learner-data-retention" data-months={data.retentionMonths} data-default={data.defaultRetention}>
            {t('learnerData.retention.months', { months: formatNumber(locale, data.retentionMonths) })}
            {data.defaultRetention && ` ${t('learnerData.retention.default')}`}
          </dd>
        </div>
        <div>
          <dt>{t('learnerData.oldestRow')}</dt>
          <dd data-testid="learner-data-oldest">
            {data.oldestRow ? <time dateTime={data.oldestRow}>{formatDateTime(locale, data.oldestRow)}</time> : t('learnerData.none')}
          </dd>
        </div>
        <div>
          <dt>{t('learnerData.nextDeletion')}</dt>
          <dd data-testid="learner-data-next-deletion">
            {data.nextDeletion ? (
              <>
                <time dateTime={data.nextDeletion}>{formatDate(locale, data.nextDeletion)}</time>
                <span className="hint"> {t('learnerData.nextDeletion.hint')}</span>
              </>
            ) : (
              '–'
            )}
          </dd>
        </div>
        {data.deletedBefore && (
          <div>
            <dt>{t('learnerData.deletedBefore')}</dt>
            <dd data-testid="learner-data-deleted-before">
              <time dateTime={utcDay(data.deletedBefore)}>{formatDate(locale, utcDay(data.deletedBefore))}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('learnerData.semestersKept')}</dt>
          <dd data-testid="learner-data-semesters-kept">
            {kept.length > 0 ? kept.map((s) => formatSemester(t, s)).join(', ') : t('learnerData.semestersKept.none')}
            {kept.length > 0 && <span className="hint"> {t('learnerData.semestersKept.hint')}</span>}
          </dd>
        </div>
      </dl>
      <h3 id="learner-data-rows-heading">{t('learnerData.rows')}</h3>
      {rows.length === 0 ? (
        <p className="empty" data-testid="learner-data-rows-empty">
          {t('learnerData.rows.none')}
        </p>
      ) : (
        <dl className="facts-list" aria-labelledby="learner-data-rows-heading" data-testid="learner-data-rows">
          {rows.map((r) => (
            <div key={r.table} data-testid="learner-data-table" data-table={r.table} data-rows={r.rows}>
              <dt>{formatExportTable(t, r.table)}</dt>
              <dd>{t(r.rows === 1 ? 'import.rows.one' : 'import.rows.other', { count: formatNumber(locale, r.rows) })}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/** What a deletion did with the semesters' figures. */
function figuresText(t: ReturnType<typeof useI18n>['t'], d: LearnerDataDeletion): string {
  if (!d.aggregatesKept) return t('learnerData.figures.discarded');
  if (d.semestersKept > 0) {
    return t(d.semestersKept === 1 ? 'learnerData.figures.kept.one' : 'learnerData.figures.kept.other', { count: d.semestersKept });
  }
  return t('learnerData.figures.keptNone');
}

function DeletionHistory({ deletions }: { deletions: readonly LearnerDataDeletion[] }) {
  const { t, locale } = useI18n();
  const historyTable = useCardLabels<HTMLTableElement>();
  return (
    <>
      <h3 id="learner-data-history-heading">{t('learnerData.history.heading')}</h3>
      {deletions.length === 0 ? (
        <p className="empty" data-testid="learner-data-history-empty">
          {t('learnerData.history.empty')}
        </p>
      ) : (
        <div className="table-wrap">
          <table ref={historyTable} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="learner-data-history">
            <caption>{t('learnerData.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('learnerData.col.when')}</th>
                <th scope="col">{t('learnerData.col.reason')}</th>
                <th scope="col">{t('learnerData.col.by')}</th>
                <th scope="col" className="numeric">
                  {t('learnerData.col.rows')}
                </th>
                <th scope="col">{t('learnerData.col.scope')}</th>
                <th scope="col">{t('learnerData.col.figures')}</th>
              </tr>
            </thead>
            <tbody>
              {deletions.map((d, i) => (
                <tr key={`${d.deletedAt}-${i}`} data-testid="learner-data-deletion" data-reason={d.reason}>
                  <th scope="row">
                    <time dateTime={d.deletedAt}>{formatDateTime(locale, d.deletedAt)}</time>
                  </th>
                  <td>{formatDeletionReason(t, d.reason)}</td>
                  <td>{d.reason === 'RETENTION' && d.deletedBy === 'retention' ? t('learnerData.by.retention') : (d.deletedBy ?? '–')}</td>
                  <td className="numeric">{formatNumber(locale, d.rowsDeleted)}</td>
                  <td>
                    {d.deletedBefore
                      ? t('learnerData.scope.before', { date: formatDate(locale, utcDay(d.deletedBefore)) })
                      : t('learnerData.scope.all')}
                  </td>
                  <td>{figuresText(t, d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/**
 * The course's retention in months (administrators): checked in the browser (whole months, 12–120) and by the server,
 * whose refusal is shown at the field, or above the form when it names none. The default is one click away.
 */
function RetentionForm({ data }: { data: LearnerData }) {
  const { t } = useI18n();
  const setRetention = useSetRetention();
  const [value, setValue] = useState(String(data.retentionMonths));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<Message | null>(null);

  async function save(months: number | null) {
    setNotice(null);
    setFailure(null);
    setFieldError(undefined);
    try {
      const answered = await setRetention.mutateAsync({ id: data.moocId, months });
      setValue(String(answered.retentionMonths));
      setNotice({
        key: answered.defaultRetention ? 'learnerData.retentionForm.doneDefault' : 'learnerData.retentionForm.done',
        params: { months: answered.retentionMonths },
      });
    } catch (err) {
      const months = err instanceof ApiError ? err.fieldErrorMap().months : undefined;
      if (months) setFieldError(months);
      else setFailure(err);
      setAttempt((n) => n + 1);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const months = retentionMonths(value);
    if (months === null) {
      setNotice(null);
      setFailure(null);
      setFieldError(t('learnerData.retentionForm.error.range', { min: RETENTION_MONTHS_MIN, max: RETENTION_MONTHS_MAX }));
      setAttempt((n) => n + 1);
      return;
    }
    void save(months);
  }

  const label = t('learnerData.retentionForm.label');
  return (
    <form className="subform no-print" noValidate onSubmit={submit} aria-labelledby="retention-form-heading" data-testid="retention-form">
      <h3 id="retention-form-heading">{t('learnerData.retentionForm.heading')}</h3>
      <Notice message={notice} testId="retention-notice" />
      <ErrorSummary
        id="retention-errors"
        testId="retention-error"
        headingLevel={4}
        formError={failure}
        entries={fieldError ? [{ fieldId: RETENTION_INPUT, label, message: fieldError }] : []}
        attempt={attempt}
      />
      <Field
        id={RETENTION_INPUT}
        label={label}
        hint={t('learnerData.retentionForm.hint', { min: RETENTION_MONTHS_MIN, max: RETENTION_MONTHS_MAX })}
        error={fieldError}
        required
      >
        {(describedBy) => (
          <input
            id={RETENTION_INPUT}
            type="number"
            inputMode="numeric"
            min={RETENTION_MONTHS_MIN}
            max={RETENTION_MONTHS_MAX}
            step={1}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-required="true"
            aria-describedby={describedBy}
            data-testid={RETENTION_INPUT}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={setRetention.isPending} data-testid="retention-submit">
          {setRetention.isPending ? t('learnerData.retentionForm.saving') : t('learnerData.retentionForm.submit')}
        </button>
        {!data.defaultRetention && (
          <button
            type="button"
            className="button button-secondary"
            disabled={setRetention.isPending}
            onClick={() => void save(null)}
            data-testid="retention-default"
          >
            {t('learnerData.retentionForm.useDefault')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Deleting the course's learner data (administrators), confirmed first: the confirmation says what happens and offers
 * to keep the ended semesters' figures (on by default); it takes focus, Escape or Cancel give it back to the button.
 * The rows deleted are announced afterwards.
 */
function DeleteLearnerData({ moocId, title }: { moocId: string; title: string }) {
  const { t } = useI18n();
  const remove = useDeleteLearnerData();
  const [confirming, setConfirming] = useState(false);
  const [keep, setKeep] = useState(true);
  const [notice, setNotice] = useState<Message | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [focusTarget, setFocusTarget] = useState<{ id: string; n: number } | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  useEffect(() => {
    if (attempt > 0) failureRef.current?.focus();
  }, [attempt]);

  const focus = (id: string) => setFocusTarget((f) => ({ id, n: (f?.n ?? 0) + 1 }));

  function cancel() {
    setConfirming(false);
    setKeep(true);
    focus(DELETE_BUTTON);
  }

  async function confirm() {
    setFailure(null);
    try {
      const answered = await remove.mutateAsync({ id: moocId, keepAggregates: keep });
      // The deletions are newest first: this one leads.
      const rows = answered.deletions?.[0]?.rowsDeleted ?? 0;
      setNotice({ key: keep ? 'learnerData.delete.done' : 'learnerData.delete.doneDiscarded', params: { rows } });
    } catch (err) {
      // The alert takes focus (the confirmation that had it closes).
      setFailure(err);
      setAttempt((n) => n + 1);
    } finally {
      setConfirming(false);
      setKeep(true);
    }
  }

  return (
    <div className="subform no-print" data-testid="learner-data-delete-section">
      <h3 id="learner-data-delete-heading">{t('learnerData.delete.heading')}</h3>
      <p className="hint">{t('learnerData.delete.intro')}</p>
      <Notice message={notice} testId="learner-data-delete-notice" />
      {failure !== null && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={failureRef} data-testid="learner-data-delete-error">
          <p className="alert-title">
            <strong>{t('learnerData.delete.failed')}</strong>
          </p>
          <p>{errorMessage(t, failure)}</p>
        </div>
      )}
      {!confirming ? (
        <button
          type="button"
          id={DELETE_BUTTON}
          className="button button-secondary"
          disabled={remove.isPending}
          onClick={() => {
            setNotice(null);
            setConfirming(true);
            focus(KEEP_CHECKBOX);
          }}
          data-testid={DELETE_BUTTON}
        >
          {t('learnerData.delete.button')}
        </button>
      ) : (
        <div
          className="confirm confirm-wide"
          role="group"
          aria-labelledby="learner-data-delete-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !remove.isPending) {
              e.preventDefault();
              cancel();
            }
          }}
          data-testid="learner-data-delete-confirm"
        >
          <p className="confirm-question" id="learner-data-delete-question">
            {t('learnerData.delete.question', { title })}
          </p>
          <div className="radio radio-with-hint">
            <input
              type="checkbox"
              id={KEEP_CHECKBOX}
              checked={keep}
              onChange={(e) => setKeep(e.target.checked)}
              aria-describedby={`${KEEP_CHECKBOX}-hint`}
              data-testid={KEEP_CHECKBOX}
            />
            <label htmlFor={KEEP_CHECKBOX}>{t('learnerData.delete.keep.label')}</label>
            <p className="hint radio-hint" id={`${KEEP_CHECKBOX}-hint`}>
              {t('learnerData.delete.keep.hint')}
            </p>
          </div>
          {/* The choice above, then the two buttons together in a row of their own. */}
          <span className="confirm-inline-buttons">
            <button
              type="button"
              className="button button-small"
              disabled={remove.isPending}
              onClick={() => void confirm()}
              data-testid="learner-data-delete-confirm-button"
            >
              {remove.isPending ? t('learnerData.delete.deleting') : t('learnerData.delete.confirm')}
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              disabled={remove.isPending}
              onClick={cancel}
              data-testid="learner-data-delete-cancel"
            >
              {t('proposals.cancel')}
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
