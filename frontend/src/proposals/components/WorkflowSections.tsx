import type { ReactNode } from 'react';
import type { Proposal } from '../api/types';
import { formatDate, formatDateTime, formatDecisionOutcome } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="detail-item">
      <dt>{label}</dt>
      <dd className="prose-value" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

function When({ iso }: { iso: string }) {
  const { locale } = useI18n();
  return <time dateTime={iso}>{formatDateTime(locale, iso)}</time>;
}

/**
 * The consultation with the LearningLab, once requested: who took it, when it was held and the notes.
 * `children` is where the assigned consultant records it.
 */
export function ConsultationSection({ proposal: p, children }: { proposal: Proposal; children?: ReactNode }) {
  const { t, locale } = useI18n();
  const c = p.consultation;
  if (!c && !children) return null;
  return (
    <section className="card detail-section" aria-labelledby="section-consultation-heading" data-testid="section-consultation">
      <h2 id="section-consultation-heading">{t('consultation.heading')}</h2>
      {c && (
        <dl className="detail-list">
          {c.requestedAt && (
            <Row label={t('consultation.requestedAt')}>
              <When iso={c.requestedAt} />
            </Row>
          )}
          <Row label={t('consultation.consultant')} testId="consultation-consultant">
            {c.consultant ? (
              <>
                {c.consultant.name}
                {c.consultant.email && (
                  <>
                    {' '}
                    (<a href={`mailto:${c.consultant.email}`}>{c.consultant.email}</a>)
                  </>
                )}
              </>
            ) : (
              <span className="muted">{t('consultation.noConsultant')}</span>
            )}
          </Row>
          {c.assignedAt && (
            <Row label={t('consultation.assignedAt')}>
              <When iso={c.assignedAt} />
            </Row>
          )}
          {c.date && (
            <Row label={t('consultation.date')} testId="consultation-held">
              <time dateTime={c.date}>{formatDate(locale, c.date)}</time>
            </Row>
          )}
          {c.notes && (
            <Row label={t('consultation.notes')} testId="consultation-notes-text">
              {c.notes}
            </Row>
          )}
          {c.recordedAt && (
            <Row label={t('consultation.recordedAt')}>
              <When iso={c.recordedAt} />
            </Row>
          )}
        </dl>
      )}
      {children}
    </section>
  );
}

/** The steering committee's decision, once there is one. */
export function DecisionSection({ proposal: p }: { proposal: Proposal }) {
  const { t } = useI18n();
  const d = p.decision;
  if (!d) return null;
  return (
    <section className="card detail-section" aria-labelledby="section-decision-heading" data-testid="section-decision">
      <h2 id="section-decision-heading">{t('decision.heading')}</h2>
      <dl className="detail-list">
        <Row label={t('decision.outcome')} testId="decision-outcome">
          <span data-outcome={d.outcome}>{formatDecisionOutcome(t, d.outcome)}</span>
        </Row>
        {d.comments && (
          <Row label={t('decision.comments')} testId="decision-comments">
            {d.comments}
          </Row>
        )}
        {d.decidedAt && (
          <Row label={t('decision.decidedAt')}>
            <When iso={d.decidedAt} />
          </Row>
        )}
        {d.round !== null && d.round !== undefined && <Row label={t('decision.round')}>{d.round}</Row>}
      </dl>
    </section>
  );
}

/** Where and when the course went live. */
export function LaunchSection({ proposal: p }: { proposal: Proposal }) {
  const { t, locale } = useI18n();
  const l = p.launch;
  if (!l) return null;
  return (
    <section className="card detail-section" aria-labelledby="section-launch-heading" data-testid="section-launch">
      <h2 id="section-launch-heading">{t('launch.heading')}</h2>
      <dl className="detail-list">
        {l.courseUrl && (
          <Row label={t('launch.courseUrl')}>
            {/^https?:\/\//i.test(l.courseUrl) ? (
              <a href={l.courseUrl} data-testid="launch-course-url">
                {l.courseUrl}
              </a>
            ) : (
              <span data-testid="launch-course-url">{l.courseUrl}</span>
            )}
          </Row>
        )}
        {l.launchDate && (
          <Row label={t('launch.launchDate')}>
            <time dateTime={l.launchDate}>{formatDate(locale, l.launchDate)}</time>
          </Row>
        )}
      </dl>
    </section>
  );
}
