import { Link } from 'react-router-dom';
import { Icon } from '../../shared/components/Icon';
import { useProduction } from '../api/productionQueries';
import type { Production } from '../api/productionTypes';
import { formatDate, formatNumber } from '../../shared/i18n/format';
import { formatLaunchApproval, formatMilestoneName, formatProductionStatus, productionBadgeClass } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { planSummary } from './productionModel';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';

export function productionPath(moocId: string): string {
  return `/productions/${encodeURIComponent(moocId)}`;
}

interface Props {
  productions: readonly Production[];
  caption: string;
  /** Show the state of the study board's launch approval (the board's queue). */
  approvalColumn?: boolean;
  /** Leave out the department (the instructor's own list). */
  hideDepartment?: boolean;
  /** Where a title leads (default: the production's page). */
  linkTo?: (production: Production) => string;
}

/**
 * Productions with title (→ the production), department, status, the next milestone due and how many are
 * overdue. A list item that carries neither the milestones nor a summary of them is completed from the
 * production itself (read once, then cached).
 */
export function ProductionsTable({ productions, caption, approvalColumn, hideDepartment, linkTo }: Props) {
  const { t } = useI18n();
  const tableRef = useCardLabels<HTMLTableElement>();
  return (
    <div className="table-wrap">
      <table ref={tableRef} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="productions-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('proposals.col.title')}</th>
            {!hideDepartment && <th scope="col">{t('detail.department')}</th>}
            <th scope="col">{t('production.col.status')}</th>
            {approvalColumn && <th scope="col">{t('launchApproval.heading')}</th>}
            <th scope="col">{t('production.col.nextMilestone')}</th>
            <th scope="col">{t('production.col.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {productions.map((p) => (
            <ProductionRow key={p.moocId} production={p} approvalColumn={approvalColumn} hideDepartment={hideDepartment} linkTo={linkTo} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProductionRow({ production, approvalColumn, hideDepartment, linkTo }: Omit<Props, 'productions' | 'caption'> & { production: Production }) {
  const { t, locale } = useI18n();
  const own = planSummary(production);
  // The list may not carry the plan: then the production is read for it.
  const detail = useProduction(production.moocId, own === null);
  const summary = own ?? (detail.data ? planSummary(detail.data) : null);
  const p = production;
  return (
    <tr data-testid="production-row" data-mooc-id={p.moocId} data-status={p.status}>
      <th scope="row" className="cell-title">
        <Link to={linkTo ? linkTo(p) : productionPath(p.moocId)} data-testid="production-link">
          {p.title}
        </Link>
      </th>
      {!hideDepartment && <td>{p.department}</td>}
      <td data-testid="production-row-status">
        <span className={productionBadgeClass(p.status)}>{formatProductionStatus(t, p.status)}</span>
      </td>
      {approvalColumn && (
        <td data-testid="production-row-approval" data-state={p.launchApproval?.status ?? 'NOT_REQUESTED'}>
          {formatLaunchApproval(t, p.launchApproval?.status)}
        </td>
      )}
      <td data-testid="production-next-milestone" data-key={summary?.next?.key ?? ''}>
        {summary === null ? (
          <span className="muted">{detail.isError ? '–' : t('production.summaryLoading')}</span>
        ) : summary.next ? (
          <>
            {formatMilestoneName(t, summary.next)}
            {', '}
            <time dateTime={summary.next.dueDate}>{t('production.dueOn', { date: formatDate(locale, summary.next.dueDate) })}</time>
            {summary.next.overdue && <strong className="flag flag-overdue"> <Icon name="warning" />{t('plan.overdue')}</strong>}
          </>
        ) : (
          // production-service names no next milestone while the plan is being agreed, nor after the launch.
          t(p.status === 'PLANNING' ? 'production.next.planning' : p.status === 'IN_PRODUCTION' ? 'production.allDone' : 'production.overdue.none')
        )}
      </td>
      <td data-testid="production-overdue" data-count={summary?.overdueCount ?? ''}>
        {summary === null ? '–' : summary.overdueCount === 0 ? t('production.overdue.none') : (
          <strong className="flag flag-overdue"><Icon name="warning" />{t(summary.overdueCount === 1 ? 'production.overdue.one' : 'production.overdue.other', { count: formatNumber(locale, summary.overdueCount) })}</strong>
        )}
      </td>
    </tr>
  );
}
