import { Link } from 'react-router-dom';
import { errorMessage } from '../../shared/api/errorMessage';
import { useReviewOverview } from '../api/reviewQueries';
import { RECOMMENDATIONS, REVIEW_CRITERIA, type CriterionSummary, type OverviewEntry, type RecommendationCounts } from '../api/reviewTypes';
import { formatAverage, formatCriterion, formatNumber, formatRecommendation, formatSpread } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Skeleton } from '../../shared/components/Skeleton';

export function reviewCasePath(caseId: string): string {
  return `/review-cases/${encodeURIComponent(caseId)}`;
}

/** The criteria to show as columns: the programme's three, then any the server adds. */
function criteriaColumns(entries: OverviewEntry[]): string[] {
  const columns: string[] = [...REVIEW_CRITERIA];
  for (const entry of entries) {
    for (const c of entry.criteria ?? []) {
      if (!columns.includes(c.criterion)) columns.push(c.criterion);
    }
  }
  return columns;
}

/** "3.67 ± 2" – or a dash with a spoken "no scores yet". */
export function CriterionFigures({ figures }: { figures: CriterionSummary | undefined }) {
  const { t, locale } = useI18n();
  if (!figures || figures.average === null || figures.average === undefined) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('overview.noScores')}</span>
      </>
    );
  }
  return (
    <span data-criterion={figures.criterion}>
      {formatAverage(locale, figures.average)}
      {figures.spread !== null && figures.spread !== undefined && (
        <span className="muted"> {t('overview.spread', { spread: formatSpread(locale, figures.spread) })}</span>
      )}
    </span>
  );
}

/** "Approve 2 · Revise 1 · Reject 0" as a list; recommendations this client does not know are listed too. */
export function RecommendationCountsList({ counts, testId }: { counts: RecommendationCounts | null | undefined; testId?: string }) {
  const { t, locale } = useI18n();
  const entries = Object.entries(counts ?? {}).filter(([, n]) => typeof n === 'number');
  const order = (code: string) => {
    const i = (RECOMMENDATIONS as readonly string[]).indexOf(code);
    return i === -1 ? RECOMMENDATIONS.length : i;
  };
  entries.sort(([a], [b]) => order(a) - order(b));
  if (entries.length === 0) return <span className="muted">–</span>;
  return (
    <ul className="inline-list" data-testid={testId}>
      {entries.map(([code, n]) => (
        <li key={code} data-recommendation={code} data-count={n}>
          {t('overview.recommendationCount', { recommendation: formatRecommendation(t, code), count: formatNumber(locale, n ?? 0) })}
        </li>
      ))}
    </ul>
  );
}

/**
 * The committee's ranked overview of the open cases (best overall average first, as the server ranks them):
 * per criterion the average ± spread, the overall average, the recommendations and how many have assessed.
 * A case where the caller has a conflict of interest shows no figures.
 */
export function ReviewOverviewSection() {
  const { t, locale } = useI18n();
  const overview = useReviewOverview();
  const entries = overview.data ?? [];
  const columns = criteriaColumns(entries);

  return (
    <section className="section" aria-labelledby="review-overview-heading" data-testid="review-overview-section">
      <h2 id="review-overview-heading">{t('overview.heading')}</h2>
      <p className="lead">{t('overview.intro')}</p>
      {overview.isPending && <Skeleton shape="list" count={3} label={t('overview.loading')} />}
      {overview.isError && (
        <ErrorAlert testId="review-overview-error">
          <p>
            {t('overview.loadError')} {errorMessage(t, overview.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void overview.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {overview.data && entries.length === 0 && (
        <p className="empty" data-testid="review-overview-empty">
          {t('overview.empty')}
        </p>
      )}
      {entries.length > 0 && (
        <div className="table-wrap overview-wrap">
          {/* Under 600 px every row becomes a card, each cell labelled with its column (data-label). */}
          <table className="data-table overview-table" data-testid="review-overview">
            <caption>{t('overview.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('overview.col.rank')}
                </th>
                <th scope="col">{t('review.col.title')}</th>
                <th scope="col">{t('review.col.department')}</th>
                <th scope="col" className="numeric">
                  {t('review.col.round')}
                </th>
                {columns.map((c) => (
                  <th scope="col" key={c}>
                    {/* The caption says the figures are the average ± spread; the head stays narrow. */}
                    {formatCriterion(t, c)} <span className="visually-hidden">{t('overview.col.criterionFigures')}</span>
                  </th>
                ))}
                <th scope="col">{t('overview.col.average')}</th>
                <th scope="col">{t('overview.col.recommendations')}</th>
                <th scope="col">{t('overview.col.assessments')}</th>
                <th scope="col" className="numeric">
                  {t('overview.col.daysWaiting')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, index) => {
                const ranked = !e.scoresHidden && e.average !== null && e.average !== undefined;
                return (
                  <tr
                    key={e.caseId}
                    data-testid="overview-row"
                    data-case-id={e.caseId}
                    data-mooc-id={e.moocId}
                    data-scores-hidden={e.scoresHidden ? 'true' : 'false'}
                  >
                    <td className="numeric overview-rank" data-label={t('overview.col.rank')} data-testid="overview-rank">
                      {ranked ? (
                        index + 1
                      ) : (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('overview.unranked')}</span>
                        </>
                      )}
                    </td>
                    <th scope="row" className="cell-title overview-title">
                      <Link to={reviewCasePath(e.caseId)} data-testid="overview-case-link">
                        {e.title}
                      </Link>
                    </th>
                    <td data-label={t('review.col.department')}>{e.department}</td>
                    <td className="numeric" data-label={t('review.col.round')}>
                      {e.round}
                    </td>
                    {e.scoresHidden ? (
                      <td colSpan={columns.length + 2} data-label={t('overview.col.scores')} data-testid="overview-hidden">
                        {t('overview.hidden')}
                      </td>
                    ) : (
                      <>
                        {columns.map((c) => (
                          <td key={c} data-label={formatCriterion(t, c)}>
                            <CriterionFigures figures={(e.criteria ?? []).find((f) => f.criterion === c)} />
                          </td>
                        ))}
                        <td data-label={t('overview.col.average')} data-testid="overview-average">
                          {e.average === null || e.average === undefined ? (
                            <span className="muted">{t('overview.noAssessments')}</span>
                          ) : (
                            <strong>{formatAverage(locale, e.average)}</strong>
                          )}
                        </td>
                        <td data-label={t('overview.col.recommendations')}>
                          <RecommendationCountsList counts={e.recommendations} />
                        </td>
                      </>
                    )}
                    <td data-label={t('overview.col.assessments')} data-testid="overview-assessments">
                      {t('overview.assessmentsOf', {
                        assessments: formatNumber(locale, e.assessments ?? 0),
                        members: formatNumber(locale, e.members ?? 0),
                      })}
                    </td>
                    <td className="numeric" data-label={t('overview.col.daysWaiting')}>
                      {e.daysWaiting ?? '–'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
