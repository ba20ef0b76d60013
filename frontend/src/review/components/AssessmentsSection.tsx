import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import { criteriaSummaryOf, memberOf } from '../api/reviewCase';
import { useAssessments } from '../api/reviewQueries';
import type { Assessment, CaseSummary, ReviewCase } from '../api/reviewTypes';
import { formatAverage, formatCriterion, formatDateTime, formatNumber, formatRecommendation, formatScore, formatSpread } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { RecommendationCountsList } from './ReviewOverviewSection';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';

/** Why the assessments are hidden from this user: a conflict of interest, their own assessment not in yet, or not a member. */
export function hiddenReason(c: ReviewCase, username: string): MessageKey {
  const me = memberOf(c, username);
  if (me?.conflicted) return 'assessments.hidden.conflict';
  if (me && !me.assessed) return 'assessments.hidden.notAssessed';
  return 'assessments.hidden.notMember';
}

/**
 * With READ_ASSESSMENTS: the summary (per criterion the average and spread, the overall average, the
 * recommendations counted) and every member's scores, comments and recommendation. Without it, why not.
 */
export function AssessmentsSection({ reviewCase: c, username }: { reviewCase: ReviewCase; username: string }) {
  const { t } = useI18n();
  const mayRead = can(c, 'READ_ASSESSMENTS');
  const assessments = useAssessments(c.id, mayRead);
  const forbidden = assessments.error instanceof ApiError && assessments.error.status === 403;

  if (!mayRead || forbidden) {
    const reason = hiddenReason(c, username);
    return (
      <section className="card detail-section" aria-labelledby="assessments-heading" data-testid="assessments-section">
        <h2 id="assessments-heading">{t('assessments.heading')}</h2>
        <p className="alert alert-info" data-testid="assessments-hidden" data-reason={reason.split('.').pop()}>
          {t(reason)}
        </p>
      </section>
    );
  }

  const summary = criteriaSummaryOf(c);
  const list = assessments.data ?? [];
  return (
    <section className="card detail-section" aria-labelledby="assessments-heading" data-testid="assessments">
      <h2 id="assessments-heading">{t('assessments.heading')}</h2>
      {summary ? <CaseSummaryTable summary={summary} members={(c.members ?? []).filter((m) => !m.conflicted).length} /> : null}
      {assessments.isPending && <Skeleton shape="text" label={t('assessments.loading')} />}
      {assessments.isError && (
        <ErrorAlert testId="assessments-error">
          <p>
            {t('assessments.loadError')} {errorMessage(t, assessments.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void assessments.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {assessments.data && list.length === 0 && (
        <p className="muted" data-testid="assessments-empty">
          {t('assessments.empty')}
        </p>
      )}
      {list.length > 0 && (
        <ul className="assessment-list" aria-label={t('assessments.listLabel')}>
          {list.map((a) => (
            <AssessmentItem key={a.username} assessment={a} mine={a.username === username} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Per criterion the average, spread and number of scores; the overall average; the recommendations counted. */
export function CaseSummaryTable({
  summary,
  members,
  headingId = 'case-summary-heading',
}: {
  summary: CaseSummary;
  members?: number;
  /** Unique per page (the agenda pack shows one summary per case). */
  headingId?: string;
}) {
  const { t, locale } = useI18n();
  const cardLabels = useCardLabels<HTMLTableElement>();
  const dash = <span className="muted">–</span>;
  return (
    <div className="case-summary" data-testid="case-summary">
      <h3 id={headingId}>{t('summary.heading')}</h3>
      <div className="table-wrap">
        <table ref={cardLabels} className={`data-table ${CARD_TABLE_CLASS}`} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('summary.col.criterion')}</th>
              <th scope="col" className="numeric">
                {t('summary.col.average')}
              </th>
              <th scope="col" className="numeric">
                {t('summary.col.spread')}
              </th>
              <th scope="col" className="numeric">
                {t('summary.col.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(summary.criteria ?? []).map((f) => (
              <tr key={f.criterion} data-testid="summary-criterion" data-criterion={f.criterion}>
                <th scope="row">{formatCriterion(t, f.criterion)}</th>
                <td className="numeric" data-testid="summary-average">
                  {f.average === null || f.average === undefined ? dash : formatAverage(locale, f.average)}
                </td>
                <td className="numeric" data-testid="summary-spread">
                  {f.spread === null || f.spread === undefined ? dash : formatSpread(locale, f.spread)}
                </td>
                <td className="numeric">{formatNumber(locale, f.count ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="facts-list">
        <div>
          <dt>{t('summary.average')}</dt>
          <dd data-testid="summary-overall">
            {summary.average === null || summary.average === undefined ? t('summary.noScores') : formatAverage(locale, summary.average)}
          </dd>
        </div>
        <div>
          <dt>{t('summary.recommendations')}</dt>
          <dd>
            <RecommendationCountsList counts={summary.recommendations} testId="summary-recommendations" />
          </dd>
        </div>
        <div>
          <dt>{t('summary.assessments')}</dt>
          <dd data-testid="summary-assessments">
            {members === undefined
              ? formatNumber(locale, summary.assessments ?? 0)
              : t('overview.assessmentsOf', {
                  assessments: formatNumber(locale, summary.assessments ?? 0),
                  members: formatNumber(locale, members),
                })}
          </dd>
        </div>
      </dl>
    </div>
  );
}

function AssessmentItem({ assessment: a, mine }: { assessment: Assessment; mine: boolean }) {
  const { t, locale } = useI18n();
  const headingId = `assessment-${a.username}-heading`;
  return (
    <li className="assessment" data-testid="assessment" data-username={a.username}>
      <h3 id={headingId}>
        {a.name}
        {mine && <span className="muted"> {t('case.members.you')}</span>}
      </h3>
      <dl className="detail-list">
        {(a.scores ?? []).map((s) => (
          <div className="detail-item" key={s.criterion} data-testid="assessment-score" data-criterion={s.criterion} data-score={s.score}>
            <dt>{formatCriterion(t, s.criterion)}</dt>
            <dd>
              <strong>{formatScore(t, s.score)}</strong>
              {s.comment && <span className="prose-value block">{s.comment}</span>}
            </dd>
          </div>
        ))}
        <div className="detail-item">
          <dt>{t('assessment.recommendation.legend')}</dt>
          <dd data-testid="assessment-recommendation" data-recommendation={a.recommendation}>
            {formatRecommendation(t, a.recommendation)}
          </dd>
        </div>
        {a.submittedAt && (
          <div className="detail-item">
            <dt>{t('assessments.submittedAt')}</dt>
            <dd>
              <time dateTime={a.submittedAt}>{formatDateTime(locale, a.submittedAt)}</time>
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
