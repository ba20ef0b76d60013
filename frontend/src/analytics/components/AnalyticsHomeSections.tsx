import { Link } from 'react-router-dom';
import { usePortfolio } from '../api/analyticsQueries';
import { PORTFOLIO_STAGES } from '../api/analyticsTypes';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatStage } from '../i18n/analyticsFormat';
import { formatNumber } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert, StatusMessage } from '../../shared/components/Alert';

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
