import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { usePortfolio, useSemesterReviews } from '../api/analyticsQueries';
import { PORTFOLIO_STAGES } from '../api/analyticsTypes';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatStage } from '../i18n/analyticsFormat';
import { formatNumber, formatSemester } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert, StatusMessage } from '../../shared/components/Alert';
import { endedSemesters } from './analyticsModel';
import { SemesterReviewsTable } from './SemesterReviewsTable';

/**
 * The study board's semester reviews still to decide: the OPEN reviews of its department (the server scopes them) of
 * the latest ended semester and the one before, so that last semester's undecided reviews stay in sight.
 */
export function SemesterReviewsToDecide() {
  const { t } = useI18n();
  const [latest, before] = useMemo(() => endedSemesters(new Date(), 2), []);
  const now = useSemesterReviews(latest);
  const earlier = useSemesterReviews(before);
  const loading = now.isPending || earlier.isPending;
  const failed = now.isError ? now : earlier.isError ? earlier : null;
  const open = [...(now.data ?? []), ...(earlier.data ?? [])].filter((r) => r.status === 'OPEN');
  return (
    <section className="section" aria-labelledby="reviews-to-decide-heading" data-testid="semester-reviews-to-decide">
      <div className="page-title-row">
        <h2 id="reviews-to-decide-heading">{t('home.semesterReviews.heading')}</h2>
        <Link to="/semester-reviews" data-testid="semester-reviews-view-all">
          {t('home.semesterReviews.all')}
        </Link>
      </div>
      <p className="muted">{t('home.semesterReviews.intro', { semester: formatSemester(t, latest) })}</p>
      {loading && <StatusMessage>{t('semesterReviews.loading')}</StatusMessage>}
      {failed && (
        <ErrorAlert>
          <p>
            {t('semesterReviews.loadError')} {errorMessage(t, failed.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void failed.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {!loading && !failed && open.length === 0 && (
        <p className="empty" data-testid="semester-reviews-to-decide-empty">
          {t('home.semesterReviews.empty')}
        </p>
      )}
      {open.length > 0 && <SemesterReviewsTable reviews={open} caption={t('home.semesterReviews.caption')} />}
    </section>
  );
}

/** The committee's view of the programme: how many MOOCs are at each stage, with the way to the portfolio. */
export function PortfolioSummary() {
  const { t, locale } = useI18n();
  const query = usePortfolio();
  const byStage = query.data?.byStage ?? {};
  return (
    <section className="card" aria-labelledby="portfolio-summary-heading" data-testid="portfolio-summary">
      <h2 id="portfolio-summary-heading">{t('home.portfolio.heading')}</h2>
      {query.isPending && <StatusMessage>{t('portfolio.loading')}</StatusMessage>}
      {query.isError && (
        <ErrorAlert>
          <p>
            {t('portfolio.loadError')} {errorMessage(t, query.error)}
          </p>
        </ErrorAlert>
      )}
      {query.data && (
        <ul className="stage-counts">
          {PORTFOLIO_STAGES.map((s) => (
            <li key={s} className="stage-count" data-testid={`portfolio-summary-stage-${s}`} data-count={byStage[s] ?? 0}>
              <span className="stage-count-number">{formatNumber(locale, byStage[s] ?? 0)}</span> <span className="stage-count-label">{formatStage(t, s)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/portfolio" data-testid="open-portfolio">
          {t('home.portfolio.open')}
        </Link>
      </p>
    </section>
  );
}
