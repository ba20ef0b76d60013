import { Link } from 'react-router-dom';
import type { Production } from '../api/productionTypes';
import { formatDate, formatDateTime, formatDkk, formatSemester } from '../../shared/i18n/format';
import { formatProductionStatus, productionBadgeClass } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';

/** The production's status and facts, and the launch (course address and date) once launched. */
export function ProductionFacts({ production: p, showProposalLink }: { production: Production; showProposalLink: boolean }) {
  const { t, locale } = useI18n();
  return (
    <section className="card facts" aria-labelledby="production-facts-heading">
      <h2 id="production-facts-heading" className="visually-hidden">
        {t('production.facts')}
      </h2>
      <dl className="facts-list">
        <div>
          <dt>{t('production.col.status')}</dt>
          <dd data-testid="production-status" data-status={p.status}>
            <span className={productionBadgeClass(p.status)}>{formatProductionStatus(t, p.status)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('detail.department')}</dt>
          <dd data-testid="production-department">{p.department}</dd>
        </div>
        {p.instructorName && (
          <div>
            <dt>{t('detail.instructor')}</dt>
            <dd data-testid="production-instructor">{p.instructorName}</dd>
          </div>
        )}
        <div>
          <dt>{t('production.content')}</dt>
          <dd data-testid="production-content" data-new-content={p.newContent ? 'true' : 'false'}>
            {t(p.newContent ? 'form.content.new' : 'form.content.existing')}
          </dd>
        </div>
        {p.approvedOn && (
          <div>
            <dt>{t('production.approvedOn')}</dt>
            <dd>
              <time dateTime={p.approvedOn}>{formatDate(locale, p.approvedOn)}</time>
            </dd>
          </div>
        )}
        {p.plannedLaunchSemester && (
          <div>
            <dt>{t('proposals.col.semester')}</dt>
            <dd>{formatSemester(t, p.plannedLaunchSemester)}</dd>
          </div>
        )}
        <div>
          <dt>{t('production.videoBudget')}</dt>
          <dd data-testid="production-video-budget">
            {p.videoBudgetDkk === null || p.videoBudgetDkk === undefined ? t('production.noBudget') : formatDkk(locale, p.videoBudgetDkk)}
          </dd>
        </div>
        <div>
          <dt>{t('production.baseline')}</dt>
          <dd data-testid="production-baseline">
            {p.baselineAgreedAt ? (
              <time dateTime={p.baselineAgreedAt}>{formatDateTime(locale, p.baselineAgreedAt)}</time>
            ) : (
              t('production.baseline.none')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('detail.moocId')}</dt>
          <dd className="mono">{p.moocId}</dd>
        </div>
      </dl>
      {p.launch?.courseUrl && (
        <div className="production-launch" data-testid="production-launch">
          <h3>{t('production.launch.heading')}</h3>
          <p>
            <a href={p.launch.courseUrl} data-testid="launch-course-url" rel="noopener noreferrer" target="_blank">
              {t('production.launch.open', { url: p.launch.courseUrl })}
              <span className="visually-hidden"> {t('production.newWindow')}</span>
            </a>
          </p>
          {p.launch.launchDate && (
            <p data-testid="launch-date">
              {t('production.launch.date')}{' '}
              <time dateTime={p.launch.launchDate}>{formatDate(locale, p.launch.launchDate)}</time>
            </p>
          )}
        </div>
      )}
      {showProposalLink && (
        <p>
          <Link to={`/proposals/${encodeURIComponent(p.moocId)}`} data-testid="production-proposal-link">
            {t('production.proposalLink')}
          </Link>
        </p>
      )}
    </section>
  );
}
