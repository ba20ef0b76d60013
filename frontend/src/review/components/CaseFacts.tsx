import { Link } from 'react-router-dom';
import type { ReviewCase } from '../api/reviewTypes';
import { formatDateTime, formatDecisionOutcome, formatStatus, statusBadgeClass } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { formatCloseCause } from '../i18n/reviewCodes';

/** The case's facts (status, round, version, department, instructor, dates) and the previous round's decision. */
export function CaseFacts({ reviewCase: c }: { reviewCase: ReviewCase }) {
  const { t, locale } = useI18n();
  return (
    <>
        <section className="card facts" aria-labelledby="case-facts-heading" data-testid="case-facts">
          <h2 id="case-facts-heading" className="visually-hidden">
            {t('case.facts')}
          </h2>
          <dl className="facts-list">
            <div>
              <dt>{t('detail.status')}</dt>
              <dd data-testid="case-status" data-status={c.status}>
                <span className={statusBadgeClass(c.status)}>{formatStatus(t, c.status)}</span>
              </dd>
            </div>
            <div>
              <dt>{t('review.col.round')}</dt>
              <dd data-testid="case-round">{c.round}</dd>
            </div>
            <div>
              <dt>{t('case.proposalVersion')}</dt>
              <dd>{c.proposalVersion}</dd>
            </div>
            <div>
              <dt>{t('detail.department')}</dt>
              <dd>{c.department}</dd>
            </div>
            <div>
              <dt>{t('detail.instructor')}</dt>
              <dd>{c.instructor?.name}</dd>
            </div>
            <div>
              <dt>{t('review.col.opened')}</dt>
              <dd>
                <time dateTime={c.openedAt}>{formatDateTime(locale, c.openedAt)}</time>
              </dd>
            </div>
            {c.daysWaiting !== null && c.daysWaiting !== undefined && (
              <div>
                <dt>{t('overview.col.daysWaiting')}</dt>
                <dd data-testid="case-days-waiting">{c.daysWaiting}</dd>
              </div>
            )}
            {c.closedAt && (
              <div>
                <dt>{t('case.closedAt')}</dt>
                <dd>
                  <time dateTime={c.closedAt}>{formatDateTime(locale, c.closedAt)}</time>
                  {c.closeCause && (
                    <span className="block" data-testid="case-close-cause" data-cause={c.closeCause}>
                      {formatCloseCause(t, c.closeCause, c.closeParams)}
                    </span>
                  )}
                </dd>
              </div>
            )}
            <div>
              <dt>{t('detail.moocId')}</dt>
              <dd className="mono">{c.moocId}</dd>
            </div>
          </dl>
          <p>
            <Link to={`/proposals/${encodeURIComponent(c.moocId)}`} data-testid="case-proposal-link">
              {t('case.toProposal')}
            </Link>
          </p>
        </section>

        {c.previousRound && (
          <section
            className="card detail-section"
            aria-labelledby="previous-round-heading"
            data-testid="previous-round"
            data-outcome={c.previousRound.outcome}
          >
            <h2 id="previous-round-heading">{t('case.previousRound.heading', { round: c.previousRound.round })}</h2>
            <dl className="detail-list">
              <div className="detail-item">
                <dt>{t('decision.outcome')}</dt>
                <dd>{formatDecisionOutcome(t, c.previousRound.outcome)}</dd>
              </div>
              <div className="detail-item">
                <dt>{t('decision.comments')}</dt>
                <dd className={c.previousRound.comments ? 'prose-value' : 'muted'}>
                  {c.previousRound.comments || t('case.previousRound.noComments')}
                </dd>
              </div>
            </dl>
          </section>
        )}
    </>
  );
}
