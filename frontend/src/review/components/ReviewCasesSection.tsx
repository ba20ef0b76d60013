import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { PAGE_SIZE } from '../../shared/api/queryKeys';
import { useReviewCases } from '../api/reviewQueries';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Pagination } from '../../shared/components/Pagination';
import { ReviewCasesTable } from './ReviewCasesTable';
import { Skeleton } from '../../shared/components/Skeleton';

/** Every review case (open, decided, closed), newest first as the server pages them. */
export function ReviewCasesSection({ headingKey = 'review.heading' }: { headingKey?: MessageKey }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const cases = useReviewCases(page);
  const heading = t(headingKey);
  const data = cases.data;

  return (
    <section className="section" aria-labelledby="review-cases-heading" data-testid="review-cases-section">
      <h2 id="review-cases-heading">{heading}</h2>
      {cases.isPending && <Skeleton shape="list" label={t('review.loading')} />}
      {cases.isError && (
        <ErrorAlert testId="review-cases-error">
          <p>
            {t('review.loadError')} {errorMessage(t, cases.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void cases.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {data && data.items.length === 0 && (
        <p className="empty" data-testid="review-cases-empty">
          {t('review.empty')}
        </p>
      )}
      {data && data.items.length > 0 && (
        <>
          <ReviewCasesTable cases={data.items} />
          <Pagination page={data.page} size={data.size || PAGE_SIZE} total={data.total} totalExact={data.totalExact} onChange={setPage} label={heading} />
        </>
      )}
    </section>
  );
}
