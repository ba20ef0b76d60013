import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { PRODUCTIONS_PAGE_SIZE, useProductions } from '../api/productionQueries';
import type { CurrentUser } from '../../shared/auth/roles';
import { ErrorAlert } from '../../shared/components/Alert';
import { ownProductionsOnly } from '../../shared/components/navigation';
import { PageHeading } from '../../shared/components/PageHeading';
import { Pagination } from '../../shared/components/Pagination';
import { ProductionsTable } from '../components/ProductionsTable';
import { useI18n } from '../../shared/i18n/useI18n';
import { Skeleton } from '../../shared/components/Skeleton';

/** `/productions`: the instructor's own productions, everyone else's all (the server scopes the list). */
export function ProductionsListPage({ user }: { user: CurrentUser }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const list = useProductions(page);
  const own = ownProductionsOnly(user.roles);
  const heading = t(own ? 'productions.headingMine' : 'productions.heading');
  const data = list.data;

  return (
    <div data-testid="productions-page">
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="lead">{t(own ? 'productions.introMine' : 'productions.intro')}</p>
      {list.isPending && <Skeleton shape="list" testId="productions-loading" label={t('productions.loading')} />}
      {list.isError && (
        <ErrorAlert testId="productions-error">
          <p>
            {t('productions.loadError')} {errorMessage(t, list.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void list.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {data && data.items.length === 0 && (
        <p className="empty" data-testid="productions-empty">
          {t(own ? 'productions.emptyMine' : 'productions.empty')}
        </p>
      )}
      {data && data.items.length > 0 && (
        <>
          <ProductionsTable productions={data.items} caption={t(own ? 'productions.captionMine' : 'productions.caption')} hideDepartment={own} />
          <Pagination page={data.page} size={data.size || PRODUCTIONS_PAGE_SIZE} total={data.total} totalExact={data.totalExact} onChange={setPage} label={heading} />
        </>
      )}
    </div>
  );
}
