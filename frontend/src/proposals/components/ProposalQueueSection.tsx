import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { PAGE_SIZE } from '../../shared/api/queryKeys';
import { useProposals } from '../api/queries';
import type { ProposalQuery } from '../api/types';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Pagination } from '../../shared/components/Pagination';
import { ProposalsTable } from './ProposalsTable';
import { Skeleton } from '../../shared/components/Skeleton';

interface Props {
  /** The section's test id, e.g. "my-consultations". */
  testId: string;
  heading: MessageKey;
  intro?: MessageKey;
  caption: MessageKey;
  empty: MessageKey;
  /** The list's filter, e.g. `{ consultant: 'me' }`. */
  filter: Omit<Partial<ProposalQuery>, 'page' | 'size'>;
}

/** A list to follow on the overview: one filtered page of proposals as a table, with pages. */
export function ProposalQueueSection({ testId, heading, intro, caption, empty, filter }: Props) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const proposals = useProposals({ ...filter, page });
  const headingId = `${testId}-heading`;
  const data = proposals.data;

  return (
    <section className="section" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{t(heading)}</h2>
      {intro && <p className="muted">{t(intro)}</p>}
      {proposals.isPending && <Skeleton shape="list" count={3} label={t('proposals.loading')} />}
      {proposals.isError && (
        <ErrorAlert testId={`${testId}-error`}>
          <p>
            {t('proposals.loadError')} {errorMessage(t, proposals.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void proposals.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {data && data.items.length === 0 && (
        <p className="empty" data-testid={`${testId}-empty`}>
          {t(empty)}
        </p>
      )}
      {data && data.items.length > 0 && (
        <>
          <ProposalsTable proposals={data.items} caption={t(caption)} showInstructor />
          <Pagination page={data.page} size={data.size || PAGE_SIZE} total={data.total} totalExact={data.totalExact} onChange={setPage} label={t(heading)} />
        </>
      )}
    </section>
  );
}
