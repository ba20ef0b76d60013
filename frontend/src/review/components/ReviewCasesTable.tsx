import { Link } from 'react-router-dom';
import type { ReviewCase } from '../api/reviewTypes';
import { formatDateTime, formatStatus, statusBadgeClass } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { reviewCasePath } from './ReviewOverviewSection';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';

export function ReviewCasesTable({ cases }: { cases: ReviewCase[] }) {
  const { t, locale } = useI18n();
  const cardLabels = useCardLabels<HTMLTableElement>();
  return (
    <div className="table-wrap">
      <table ref={cardLabels} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="review-cases-table">
        <caption>{t('review.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.col.title')}</th>
            <th scope="col">{t('review.col.department')}</th>
            <th scope="col">{t('review.col.instructor')}</th>
            <th scope="col" className="numeric">
              {t('review.col.round')}
            </th>
            <th scope="col">{t('review.col.status')}</th>
            <th scope="col">{t('review.col.opened')}</th>
            <th scope="col">{t('review.col.proposal')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr
              key={c.id}
              data-testid="review-case-row"
              data-review-case-id={c.id}
              data-mooc-id={c.moocId}
              data-status={c.status}
            >
              <th scope="row" className="cell-title">
                <Link to={reviewCasePath(c.id)} data-testid="review-case-link">
                  {c.title}
                </Link>
              </th>
              <td>{c.department}</td>
              <td>{c.instructor?.name}</td>
              <td className="numeric">{c.round}</td>
              <td>
                <span className={statusBadgeClass(c.status)}>{formatStatus(t, c.status)}</span>
              </td>
              <td>
                <time dateTime={c.openedAt}>{formatDateTime(locale, c.openedAt)}</time>
              </td>
              <td>
                <Link to={`/proposals/${encodeURIComponent(c.moocId)}`} data-testid="review-case-proposal-link">
                  {t('review.openProposal')}{' '}
                  <span className="visually-hidden">{t('review.openProposalOf', { title: c.title })}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
