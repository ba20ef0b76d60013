import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../shared/api/errorMessage';
import {
  OVERVIEW_PRODUCTIONS_SIZE,
  productionKeys,
  useMedialabQueue,
  useProductionApi,
  useProductions,
} from '../api/productionQueries';
import type { Production } from '../api/productionTypes';
import type { CurrentUser } from '../../shared/auth/roles';
import { formatNumber } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert, StatusMessage } from '../../shared/components/Alert';
import { ProductionsTable } from './ProductionsTable';

function LoadState({ query, error }: { query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }; error: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      {query.isPending && <StatusMessage>{t('productions.loading')}</StatusMessage>}
      {query.isError && (
        <ErrorAlert>
          <p>
            {t(error)} {errorMessage(t, query.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
    </>
  );
}

/** The instructor's productions with the next milestone due (the first page, newest first). */
export function MyProductionsSection() {
  const { t } = useI18n();
  const list = useProductions(0);
  const data = list.data;
  return (
    <section className="section" aria-labelledby="my-productions-heading" data-testid="my-productions">
      <div className="page-title-row">
        <h2 id="my-productions-heading">{t('home.myProductions.heading')}</h2>
        <Link to="/productions" data-testid="productions-view-all">
          {t('home.myProductions.all')}
        </Link>
      </div>
      <LoadState query={list} error="productions.loadError" />
      {data && data.items.length === 0 && (
        <p className="empty" data-testid="my-productions-empty">
          {t('productions.emptyMine')}
        </p>
      )}
      {data && data.items.length > 0 && (
        <ProductionsTable productions={data.items} caption={t('productions.captionMine')} hideDepartment />
      )}
    </section>
  );
}

/** How many bookings await MediaLab's confirmation, with the way to the queue. */
export function MedialabQueueSummary() {
  const { t, locale } = useI18n();
  const queue = useMedialabQueue();
  const count = queue.data?.length ?? 0;
  return (
    <section className="card" aria-labelledby="medialab-summary-heading" data-testid="medialab-queue-summary">
      <h2 id="medialab-summary-heading">{t('home.medialab.heading')}</h2>
      {queue.isPending && <StatusMessage>{t('medialab.loading')}</StatusMessage>}
      {queue.isError && (
        <ErrorAlert>
          <p>
            {t('medialab.loadError')} {errorMessage(t, queue.error)}
          </p>
        </ErrorAlert>
      )}
      {queue.data && (
        <p data-testid="medialab-queue-count" data-count={count}>
          {count === 0
            ? t('home.medialab.none')
            : t(count === 1 ? 'home.medialab.one' : 'home.medialab.other', { count: formatNumber(locale, count) })}
        </p>
      )}
      <p>
        <Link to="/medialab" data-testid="open-medialab-queue">
          {t('home.medialab.open')}
        </Link>
      </p>
    </section>
  );
}

/** Whether a production belongs to the study board member's department (any department without one). */
function ofDepartment(p: Production, department: string | undefined): boolean {
  const own = department?.trim().toLowerCase();
  return !own || p.department.trim().toLowerCase() === own;
}

/** The productions whose launch awaits the study board's approval (requested, of the member's department). */
export function awaitingLaunchApproval(productions: readonly Production[], department: string | undefined): Production[] {
  return productions.filter((p) => p.launchApproval?.status === 'REQUESTED' && ofDepartment(p, department));
}

/**
 * The study board's queue: productions awaiting its launch approval, each linking to the decision page. The list's
 * rows do not say where the launch approval stands, so the department's productions in production are read one by
 * one for it (and cached for their pages).
 */
export function LaunchApprovalQueue({ user }: { user: CurrentUser }) {
  const { t } = useI18n();
  const api = useProductionApi();
  const list = useProductions(0, OVERVIEW_PRODUCTIONS_SIZE);
  const candidates = (list.data?.items ?? []).filter(
    (p) => ofDepartment(p, user.department) && (p.launchApproval ? p.launchApproval.status === 'REQUESTED' : p.status === 'IN_PRODUCTION'),
  );
  const details = useQueries({
    queries: candidates
      .filter((p) => !p.launchApproval)
      .map((p) => ({ queryKey: productionKeys.detail(p.moocId), queryFn: ({ signal }: { signal: AbortSignal }) => api.getProduction(p.moocId, signal) })),
  });
  const read = new Map(details.flatMap((d) => (d.data ? [[d.data.moocId, d.data] as const] : [])));
  const checking = details.some((d) => d.isPending);
  const waiting = awaitingLaunchApproval(
    candidates.map((p) => read.get(p.moocId) ?? p),
    user.department,
  );
  return (
    <section className="section" aria-labelledby="launch-queue-heading" data-testid="launch-approval-queue">
      <h2 id="launch-queue-heading">{t('home.launchQueue.heading')}</h2>
      <p className="muted">{t('home.launchQueue.intro')}</p>
      <LoadState query={list} error="productions.loadError" />
      {list.data && checking && <StatusMessage>{t('home.launchQueue.checking')}</StatusMessage>}
      {list.data && !checking && waiting.length === 0 && (
        <p className="empty" data-testid="launch-approval-queue-empty">
          {t('home.launchQueue.empty')}
        </p>
      )}
      {waiting.length > 0 && (
        <ProductionsTable
          productions={waiting}
          caption={t('home.launchQueue.caption')}
          approvalColumn
          linkTo={(p) => `/productions/${encodeURIComponent(p.moocId)}/launch-approval`}
        />
      )}
    </section>
  );
}
