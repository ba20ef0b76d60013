import { Link } from 'react-router-dom';
import { useTimeline } from '../api/analyticsQueries';
import { useHeadingFocus } from '../components/useHeadingFocus';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { PageHeading } from '../../shared/components/PageHeading';
import { formatTimelineEntry } from '../i18n/analyticsCodes';
import { formatService, formatStage } from '../i18n/analyticsFormat';
import { formatDate, formatDateTime, formatDkk, formatNumber, formatSemester } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { formatOverdue, formatSlip } from './PortfolioPage';
import { Skeleton } from '../../shared/components/Skeleton';

const HEADING_ID = 'portfolio-mooc-heading';

/**
 * `/portfolio/:moocId` (committee, admin): one MOOC's place in the programme and its end-to-end timeline – every event
 * of proposal-service, review-service, production-service and analytics-service, oldest first, as an ordered list
 * (when, which service in words, what happened).
 */
export function PortfolioMoocPage({ moocId }: { moocId: string }) {
  const { t, locale } = useI18n();
  const query = useTimeline(moocId);
  const data = query.data;
  useHeadingFocus(Boolean(data), HEADING_ID);

  if (query.isPending) return <Skeleton shape="detail" testId="timeline-loading" label={t('timeline.loading')} />;
  if (query.isError || !data) {
    return (
      <LoadFailure
        error={query.error}
        headingId={HEADING_ID}
        testIds={{ notFound: 'portfolio-mooc-not-found', error: 'portfolio-mooc-error' }}
        texts={{ notFoundTitle: 'timeline.notFound.title', notFoundBody: 'timeline.notFound.body', loadError: 'timeline.loadError', back: 'timeline.backToPortfolio' }}
        backTo="/portfolio"
        onRetry={() => void query.refetch()}
      />
    );
  }

  const m = data.mooc;
  const title = m.title || t('portfolio.untitled');
  const r = m.resources ?? { staffHours: 0, assistants: 0, videoBudgetDkk: 0 };
  return (
    <article data-testid="portfolio-mooc-page" data-mooc-id={m.moocId} data-stage={m.stage} aria-labelledby={HEADING_ID}>
      <p className="back-link">
        <Link to="/portfolio" data-testid="back-to-portfolio">
          {t('timeline.backToPortfolio')}
        </Link>
      </p>
      <PageHeading id={HEADING_ID} title={title}>
        {title}
      </PageHeading>
      <section className="card detail-section" aria-labelledby="portfolio-mooc-facts-heading">
        <h2 id="portfolio-mooc-facts-heading">{t('timeline.facts')}</h2>
        <dl className="facts-list">
          <div>
            <dt>{t('portfolio.col.stage')}</dt>
            <dd data-testid="portfolio-mooc-stage" data-stage={m.stage}>
              <span className={`badge badge-stage-${String(m.stage).toLowerCase()}`}>{formatStage(t, m.stage)}</span>
              {m.stageSince && <span className="muted"> {t('timeline.since', { when: formatDateTime(locale, m.stageSince) })}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('detail.department')}</dt>
            <dd>{m.department ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('course.instructor')}</dt>
            <dd>{m.instructorName ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('portfolio.col.planned')}</dt>
            <dd>{m.plannedLaunchSemester ? formatSemester(t, m.plannedLaunchSemester) : '–'}</dd>
          </div>
          <div>
            <dt>{t('course.expectedEnrolments')}</dt>
            <dd>{typeof m.expectedEnrolments === 'number' ? formatNumber(locale, m.expectedEnrolments) : '–'}</dd>
          </div>
          <div>
            <dt>{t('portfolio.col.launch')}</dt>
            <dd>
              {m.launchDate ? <time dateTime={m.launchDate}>{formatDate(locale, m.launchDate)}</time> : '–'}
              {m.courseUrl && (
                <>
                  {' '}
                  <a href={m.courseUrl} target="_blank" rel="noopener noreferrer">
                    {t('timeline.openCourse')}
                    <span className="visually-hidden"> {t('production.newWindow')}</span>
                  </a>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('portfolio.col.slip')}</dt>
            <dd data-testid="portfolio-mooc-slip">{formatSlip(t, locale, m.launchSlipDays)}</dd>
          </div>
          <div>
            <dt>{t('portfolio.col.overdue')}</dt>
            <dd>{formatOverdue(t, locale, m)}</dd>
          </div>
          <div>
            <dt>{t('timeline.resources')}</dt>
            <dd>
              {t('portfolio.resources.value', {
                hours: formatNumber(locale, r.staffHours),
                assistants: formatNumber(locale, r.assistants),
                budget: formatDkk(locale, r.videoBudgetDkk),
              })}
            </dd>
          </div>
        </dl>
      </section>
      <section className="card detail-section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('timeline.heading')}</h2>
        {data.events.length === 0 ? (
          <p className="empty" data-testid="timeline-empty">
            {t('timeline.empty')}
          </p>
        ) : (
          <ol className="timeline" aria-labelledby="timeline-heading" data-testid="timeline">
            {data.events.map((e, i) => (
              // the business date (a launch on its launch date), not when the event was recorded
              <li key={`${e.occurredOn}-${e.type}-${i}`} className={`timeline-entry timeline-${e.service}`} data-testid="timeline-entry" data-service={e.service} data-type={e.type} data-code={e.code ?? undefined}>
                <time dateTime={e.occurredOn} className="timeline-when">
                  {formatDate(locale, e.occurredOn)}
                </time>
                <span className="timeline-service">{formatService(t, e.service)}</span>
                <span className="timeline-what">
                  <strong>{formatTimelineEntry(t, locale, e)}</strong>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
