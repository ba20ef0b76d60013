import { useLearnerData } from '../api/analyticsQueries';
import type { LearnerData, LearnerDataDeletion } from '../api/analyticsTypes';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatDeletionReason, formatExportTable } from '../i18n/analyticsFormat';
import { formatDate, formatDateTime, formatNumber, formatSemester } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { DeleteLearnerData, RetentionForm } from './LearnerDataChanges';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';

/** The UTC day of a time the service sets at a semester boundary (midnight UTC), so no time zone shifts it a day. */
function utcDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 10);
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
