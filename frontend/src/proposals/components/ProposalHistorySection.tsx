import { errorMessage } from '../../shared/api/errorMessage';
import { ErrorAlert } from '../../shared/components/Alert';
import { HistoryTimeline } from '../../shared/components/HistoryTimeline';
import { useI18n } from '../../shared/i18n/useI18n';
import { useProposalHistory } from '../api/queries';
import { Skeleton } from '../../shared/components/Skeleton';

/** What happened to the proposal, oldest first. */
export function ProposalHistorySection({ proposalId }: { proposalId: string }) {
  const { t } = useI18n();
  const historyQuery = useProposalHistory(proposalId);
  return (
    <section className="card detail-section" aria-labelledby="history-heading" data-testid="proposal-history">
      <h2 id="history-heading">{t('section.history')}</h2>
      {historyQuery.isPending && <Skeleton shape="text" label={t('history.loading')} />}
      {historyQuery.isError && (
        <ErrorAlert>
          <p>
            {t('history.loadError')} {errorMessage(t, historyQuery.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void historyQuery.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {historyQuery.data && <HistoryTimeline entries={historyQuery.data} labelledBy="history-heading" />}
    </section>
  );
}
