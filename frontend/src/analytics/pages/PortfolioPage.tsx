import { Link, useSearchParams } from 'react-router-dom';
import { usePortfolio } from '../api/analyticsQueries';
import { PORTFOLIO_STAGES, type PortfolioMooc, type Resources } from '../api/analyticsTypes';
import { errorMessage } from '../../shared/api/errorMessage';
import { ErrorAlert } from '../../shared/components/Alert';
import { Icon } from '../../shared/components/Icon';
import { PortfolioChart, stagesOf } from '../components/PortfolioChart';
import { useHeadingFocus } from '../components/useHeadingFocus';
import { PageHeading } from '../../shared/components/PageHeading';
import { formatStage } from '../i18n/analyticsFormat';
import { formatDate, formatDkk, formatNumber, formatSemester } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export function portfolioMoocRoute(moocId: string): string {
  return `/portfolio/${encodeURIComponent(moocId)}`;
}

/** The launch slip in words: "14 days late", "3 days early", "On time"; not launched yet: "Not launched". */
export function formatSlip(t: T, locale: string, days: number | null | undefined): string {
  if (days === null || days === undefined) return t('portfolio.slip.notLaunched');
  const n = formatNumber(locale, Math.abs(days));
  if (days === 0) return t('portfolio.slip.onTime');
  if (days > 0) return t(days === 1 ? 'portfolio.slip.late.one' : 'portfolio.slip.late', { days: n });
  return t(days === -1 ? 'portfolio.slip.early.one' : 'portfolio.slip.early', { days: n });
}

/** Overdue milestones in words: "None", "2 milestones, up to 5 days overdue". */
export function formatOverdue(t: T, locale: string, m: Pick<PortfolioMooc, 'overdueMilestones' | 'maxDaysOverdue'>): string {
  if (!m.overdueMilestones) return t('portfolio.overdue.none');
  return t(m.overdueMilestones === 1 ? 'portfolio.overdue.one' : 'portfolio.overdue.other', {
    count: formatNumber(locale, m.overdueMilestones),
    days: formatNumber(locale, m.maxDaysOverdue ?? 0),
  });
}

function ResourcesText({ resources }: { resources: Resources | null | undefined }) {
  const { t, locale } = useI18n();
  const r = resources ?? { staffHours: 0, assistants: 0, videoBudgetDkk: 0 };
  return (
    <>
      {t('portfolio.resources.value', {
        hours: formatNumber(locale, r.staffHours),
        assistants: formatNumber(locale, r.assistants),
        budget: formatDkk(locale, r.videoBudgetDkk),
      })}
    </>
  );
}

/**
 * `/portfolio` (committee, admin): the whole programme – MOOCs by stage, per department the MOOCs by stage (a table and
 * a stacked bar chart) and the resources committed and requested, and every MOOC with its stage, planned semester,
 * launch slip and overdue milestones, each leading to its end-to-end timeline.
 */
export function PortfolioPage() {
  const { t, locale } = useI18n();
  const stageTable = useCardLabels<HTMLTableElement>();
  const resourcesTable = useCardLabels<HTMLTableElement>();
  const moocsTable = useCardLabels<HTMLTableElement>();
  // The page's script may load after the layout moved focus: the heading takes it then.
  useHeadingFocus(true, 'portfolio-heading');
  const [params, setParams] = useSearchParams();
  const query = usePortfolio();
  const data = query.data;
  const stageFilter = params.get('stage') ?? '';
  const stages = data ? stagesOf(data.departments) : [...PORTFOLIO_STAGES];
  const moocs = (data?.moocs ?? []).filter((m) => !stageFilter || m.stage === stageFilter);
  const total = data ? Object.values(data.byStage ?? {}).reduce((a: number, b) => a + (b ?? 0), 0) : 0;

  return (
    <div data-testid="portfolio-page">
      <PageHeading id="portfolio-heading" title={t('portfolio.heading')}>{t('portfolio.heading')}</PageHeading>
      <p className="lead">{t('portfolio.intro')}</p>
      {query.isPending && <Skeleton shape="list" testId="portfolio-loading" label={t('portfolio.loading')} />}
      {query.isError && (
        <ErrorAlert testId="portfolio-error">
          <p>
            {t('portfolio.loadError')} {errorMessage(t, query.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {data && (
        <>
          <section className="card detail-section" aria-labelledby="portfolio-stages-heading">
            <h2 id="portfolio-stages-heading">{t('portfolio.stages.heading', { count: formatNumber(locale, total) })}</h2>
            <ul className="stage-counts" data-testid="portfolio-stages">
              {stages.map((s) => {
                const count = data.byStage?.[s] ?? 0;
                return (
                  <li key={s} className="stage-count" data-testid={`portfolio-stage-${s}`} data-count={count}>
                    <span className="stage-count-number">{formatNumber(locale, count)}</span> <span className="stage-count-label">{formatStage(t, s)}</span>
                  </li>
                );
              })}
            </ul>
          </section>

          <section className="card detail-section" aria-labelledby="portfolio-departments-heading" data-testid="portfolio-departments">
            <h2 id="portfolio-departments-heading">{t('portfolio.departments.heading')}</h2>
            {data.departments.length === 0 ? (
              <p className="empty" data-testid="portfolio-departments-empty">
                {t('portfolio.empty')}
              </p>
            ) : (
              <>
                <div className="table-wrap">
                  <table ref={stageTable} className={`data-table ${CARD_TABLE_CLASS}`} id="portfolio-stage-table" data-testid="portfolio-stage-table">
                    <caption>{t('portfolio.departments.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('detail.department')}</th>
                        {stages.map((s) => (
                          <th scope="col" className="numeric" key={s}>
                            {formatStage(t, s)}
                          </th>
                        ))}
                        <th scope="col" className="numeric">
                          {t('portfolio.col.total')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.departments.map((d) => (
                        <tr key={d.department} data-testid="portfolio-department" data-department={d.department} data-moocs={d.moocs}>
                          <th scope="row">{d.department}</th>
                          {stages.map((s) => (
                            <td className="numeric" key={s} data-stage={s}>
                              {formatNumber(locale, d.byStage?.[s] ?? 0)}
                            </td>
                          ))}
                          <td className="numeric">{formatNumber(locale, d.moocs)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <PortfolioChart departments={data.departments} tableId="portfolio-stage-table" />
                <h3>{t('portfolio.resources.heading')}</h3>
                <p className="hint">{t('portfolio.resources.intro')}</p>
                <div className="table-wrap">
                  <table ref={resourcesTable} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="portfolio-resources-table">
                    <caption>{t('portfolio.resources.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('detail.department')}</th>
                        <th scope="col">{t('portfolio.resources.committed')}</th>
                        <th scope="col">{t('portfolio.resources.requested')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.departments.map((d) => (
                        <tr key={d.department} data-testid="portfolio-resources" data-department={d.department}>
                          <th scope="row">{d.department}</th>
                          <td data-testid="portfolio-committed" data-video-budget={d.committed?.videoBudgetDkk ?? 0}>
                            <ResourcesText resources={d.committed} />
                          </td>
                          <td data-testid="portfolio-requested" data-video-budget={d.requested?.videoBudgetDkk ?? 0}>
                            <ResourcesText resources={d.requested} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>

          <section className="card detail-section" aria-labelledby="portfolio-moocs-heading">
            <h2 id="portfolio-moocs-heading">{t('portfolio.moocs.heading')}</h2>
            <div className="field field-inline">
              <label htmlFor="portfolio-stage-filter">{t('portfolio.moocs.filter')}</label>
              <select
                id="portfolio-stage-filter"
                value={stageFilter}
                onChange={(e) => {
                  const next = new URLSearchParams(params);
                  if (e.target.value) next.set('stage', e.target.value);
                  else next.delete('stage');
                  setParams(next, { replace: true });
                }}
                data-testid="portfolio-stage-filter"
              >
                <option value="">{t('portfolio.moocs.allStages')}</option>
                {stages.map((s) => (
                  <option key={s} value={s}>
                    {formatStage(t, s)}
                  </option>
                ))}
              </select>
            </div>
            <p role="status" className="muted" data-testid="portfolio-moocs-count">
              {t(moocs.length === 1 ? 'portfolio.moocs.count.one' : 'portfolio.moocs.count.other', { count: formatNumber(locale, moocs.length) })}
            </p>
            {moocs.length === 0 ? (
              <p className="empty" data-testid="portfolio-moocs-empty">
                {t('portfolio.moocs.empty')}
              </p>
            ) : (
              <div className="table-wrap">
                <table ref={moocsTable} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="portfolio-moocs">
                  <caption>{t('portfolio.moocs.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('proposals.col.title')}</th>
                      <th scope="col">{t('detail.department')}</th>
                      <th scope="col">{t('portfolio.col.stage')}</th>
                      <th scope="col">{t('portfolio.col.planned')}</th>
                      <th scope="col">{t('portfolio.col.launch')}</th>
                      <th scope="col">{t('portfolio.col.slip')}</th>
                      <th scope="col">{t('portfolio.col.overdue')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {moocs.map((m) => (
                      <tr key={m.moocId} data-testid="portfolio-mooc" data-mooc-id={m.moocId} data-stage={m.stage}>
                        <th scope="row" className="cell-title">
                          <Link to={portfolioMoocRoute(m.moocId)} data-testid="portfolio-mooc-link">
                            {m.title || t('portfolio.untitled')}
                          </Link>
                        </th>
                        <td>{m.department ?? '–'}</td>
                        <td data-testid="portfolio-mooc-stage">
                          <span className={`badge badge-stage-${String(m.stage).toLowerCase()}`}>{formatStage(t, m.stage)}</span>
                        </td>
                        <td>{m.plannedLaunchSemester ? formatSemester(t, m.plannedLaunchSemester) : '–'}</td>
                        <td>{m.launchDate ? <time dateTime={m.launchDate}>{formatDate(locale, m.launchDate)}</time> : '–'}</td>
                        <td data-testid="portfolio-mooc-slip" data-days={m.launchSlipDays ?? ''}>
                          {m.launchSlipDays && m.launchSlipDays > 0 ? (
                            <strong className="flag flag-late"><Icon name="clock" />{formatSlip(t, locale, m.launchSlipDays)}</strong>
                          ) : (
                            formatSlip(t, locale, m.launchSlipDays)
                          )}
                        </td>
                        <td data-testid="portfolio-mooc-overdue" data-count={m.overdueMilestones ?? 0}>
                          {m.overdueMilestones > 0 ? <strong className="flag flag-overdue"><Icon name="warning" />{formatOverdue(t, locale, m)}</strong> : formatOverdue(t, locale, m)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
