import type { ReviewDecision } from '../api/reviewTypes';
import { formatDateTime, formatDecisionOutcome } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';

/** The decision taken: outcome, comments, the letter as sent, and who decided when. */
export function CaseDecisionView({ decision: d }: { decision: ReviewDecision }) {
  const { t, locale } = useI18n();
  return (
    <section className="card detail-section" aria-labelledby="case-decision-heading" data-testid="case-decision" data-outcome={d.outcome}>
      <h2 id="case-decision-heading">{t('caseDecision.decidedHeading')}</h2>
      <dl className="detail-list">
        <div className="detail-item">
          <dt>{t('decision.outcome')}</dt>
          <dd data-testid="case-decision-outcome">{formatDecisionOutcome(t, d.outcome)}</dd>
        </div>
        {d.comments && (
          <div className="detail-item">
            <dt>{t('decision.comments')}</dt>
            <dd className="prose-value" data-testid="case-decision-comments">
              {d.comments}
            </dd>
          </div>
        )}
        {(d.decidedBy || d.decidedAt) && (
          <div className="detail-item">
            <dt>{t('caseDecision.decidedBy')}</dt>
            <dd data-testid="case-decision-by">
              {d.decidedBy?.name}
              {d.decidedBy && d.decidedAt && ', '}
              {d.decidedAt && <time dateTime={d.decidedAt}>{formatDateTime(locale, d.decidedAt)}</time>}
            </dd>
          </div>
        )}
      </dl>
      {d.letter && (
        <>
          <h3 id="case-decision-letter-heading">{t('caseDecision.letterSent')}</h3>
          <pre
            className="letter"
            role="region"
            aria-labelledby="case-decision-letter-heading"
            tabIndex={0}
            data-testid="case-decision-letter"
          >
            {d.letter}
          </pre>
        </>
      )}
    </section>
  );
}
