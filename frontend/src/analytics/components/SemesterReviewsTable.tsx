import { Link } from 'react-router-dom';
import type { SemesterReviewSummary } from '../api/analyticsTypes';
import { formatReviewOutcome, formatReviewStatus } from '../i18n/analyticsFormat';
import { formatDateTime } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';

export function semesterReviewRoute(id: string): string {
  return `/semester-reviews/${encodeURIComponent(id)}`;
}

/** Semester reviews: the MOOC (→ the review pack), department, status, outcome and when it was decided. */
export function SemesterReviewsTable({ reviews, caption }: { reviews: readonly SemesterReviewSummary[]; caption: string }) {
  const { t, locale } = useI18n();
  const tableRef = useCardLabels<HTMLTableElement>();
  return (
    <div className="table-wrap">
      <table ref={tableRef} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="semester-reviews-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('semesterReviews.col.mooc')}</th>
            <th scope="col">{t('detail.department')}</th>
            <th scope="col">{t('semesterReviews.col.status')}</th>
            <th scope="col">{t('semesterReviews.col.outcome')}</th>
            <th scope="col">{t('semesterReviews.col.decided')}</th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((r) => (
            <tr key={r.id} data-testid="semester-review-row" data-review-id={r.id} data-mooc-id={r.moocId} data-status={r.status} data-outcome={r.outcome ?? ''}>
              <th scope="row" className="cell-title">
                <Link to={semesterReviewRoute(r.id)} data-testid="semester-review-link">
                  {r.title}
                </Link>
              </th>
              <td>{r.department}</td>
              <td data-testid="semester-review-status">
                <span className={`badge badge-review-${String(r.status).toLowerCase()}`}>{formatReviewStatus(t, r.status)}</span>
              </td>
              <td data-testid="semester-review-outcome">{r.outcome ? formatReviewOutcome(t, r.outcome) : <span className="muted">{t('semesterReview.outcome.none')}</span>}</td>
              <td>{r.completedAt ? <time dateTime={r.completedAt}>{formatDateTime(locale, r.completedAt)}</time> : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
