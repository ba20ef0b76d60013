import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import { PAGE_SIZE } from '../../shared/api/queryKeys';
import { useProposals } from '../api/queries';
import type { ProposalQuery } from '../api/types';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Pagination } from '../../shared/components/Pagination';
import { ProposalsTable } from './ProposalsTable';
import { QUEUE_PERMISSION } from './proposalStatus';
import { Skeleton } from '../../shared/components/Skeleton';

/** The most the API lists at once; an endorser's queue is read whole so that it can be narrowed here. */
const WHOLE_QUEUE = 100;

interface Props {
  /** The section's test id, e.g. "consultation-queue". */
  testId: string;
  heading: MessageKey;
  intro?: MessageKey;
  caption: MessageKey;
  empty: MessageKey;
  /** The list's filter, e.g. `{ consultant: 'unassigned' }` or `{ status: 'ENDORSEMENT' }`. */
  filter: Omit<Partial<ProposalQuery>, 'page' | 'size'>;
  /**
   * An endorser's queue: shows the state of the study board's approval or the head's signature, and lists only the
   * proposals the reader may decide now (the server's permission), not every one in the endorsement stage.
   */
  endorsementColumn?: 'board' | 'head';
}

/** A work queue on the overview: one filtered page of proposals as a table, with pages. */
export function ProposalQueueSection({ testId, heading, intro, caption, empty, filter, endorsementColumn }: Props) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  // The list cannot be filtered by endorsement on the server, so an endorser's queue reads it whole and pages here.
  const proposals = useProposals(endorsementColumn ? { ...filter, page: 0, size: WHOLE_QUEUE } : { ...filter, page });
  const headingId = `${testId}-heading`;
  const data = endorsementColumn ? awaitingPage(proposals.data?.items, QUEUE_PERMISSION[endorsementColumn], page) : proposals.data;

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
          <ProposalsTable proposals={data.items} caption={t(caption)} showInstructor endorsementColumn={endorsementColumn} />
          <Pagination page={data.page} size={data.size || PAGE_SIZE} total={data.total} onChange={setPage} label={t(heading)} />
        </>
      )}
    </section>
  );
}

/** The reader's part of an endorser's queue, as one page of PAGE_SIZE. */
function awaitingPage<P extends { permissions?: readonly string[] | null }>(
  items: P[] | undefined,
  permission: (typeof QUEUE_PERMISSION)[keyof typeof QUEUE_PERMISSION],
  page: number,
) {
  if (!items) return undefined;
  const awaiting = items.filter((p) => can(p, permission));
  const last = Math.max(0, Math.ceil(awaiting.length / PAGE_SIZE) - 1);
  const shown = Math.min(page, last);
  return { items: awaiting.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE), page: shown, size: PAGE_SIZE, total: awaiting.length };
}
