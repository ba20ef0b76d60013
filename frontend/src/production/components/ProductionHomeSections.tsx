import { Link } from 'react-router-dom';
import { errorMessage } from '../../shared/api/errorMessage';
import { useMyProductionsFirstPage } from '../api/productionQueries';
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
/** The home's list of the instructor's productions: the same read as the inbox's production tasks (GET /home). */
export function MyProductionsSection() {
  const { t } = useI18n();
  const list = useMyProductionsFirstPage();
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
