import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../shared/api/errorMessage';
import { PAGE_SIZE } from '../../shared/api/queryKeys';
import { useCreateProposal, useProposals } from '../api/queries';
import type { Proposal } from '../api/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Pagination } from '../../shared/components/Pagination';
import { ProposalForm } from './ProposalForm';
import { ProposalsTable } from './ProposalsTable';
import { SubmitNotice, useProposalSubmission } from './useProposalSubmission';
import { Skeleton } from '../../shared/components/Skeleton';

interface Props {
  /** "mine": the instructor's own proposals with the create form; "all": the administrator's view. */
  mode: 'mine' | 'all';
}

/** State handed to the detail page after creating a draft, so that it can confirm the creation. */
export interface CreatedState {
  created: string;
}

export function proposalPath(proposal: Pick<Proposal, 'id'>): string {
  return `/proposals/${encodeURIComponent(proposal.id)}`;
}

/** The overview's proposals: the newest first, and for an instructor a short form to start a draft. */
export function ProposalsSection({ mode }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const proposals = useProposals({ page });
  const create = useCreateProposal();
  const submission = useProposalSubmission();

  const mine = mode === 'mine';
  const heading = t(mine ? 'proposals.heading' : 'proposals.headingAll');
  const headingId = `proposals-heading-${mode}`;
  const data = proposals.data;

  return (
    <section className="section" aria-labelledby={headingId} data-testid={`proposals-section-${mode}`}>
      <h2 id={headingId}>{heading}</h2>

      <SubmitNotice outcome={submission.outcome} />

      {proposals.isPending && <Skeleton shape="list" count={3} label={t('proposals.loading')} />}
      {proposals.isError && (
        <ErrorAlert testId="proposals-error">
          <p>
            {t('proposals.loadError')} {errorMessage(t, proposals.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void proposals.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {data && data.items.length === 0 && (
        <p className="empty" data-testid="proposals-empty">
          {t(mine ? 'proposals.empty' : 'proposals.emptyAll')}
        </p>
      )}
      {data && data.items.length > 0 && (
        <>
          <ProposalsTable
            proposals={data.items}
            caption={t(mine ? 'proposals.caption' : 'proposals.captionAll')}
            showInstructor={!mine}
            canSubmit={mine}
            onSubmit={(p) => void submission.submit(p)}
            submittingId={submission.submittingId}
          />
          <Pagination page={data.page} size={data.size || PAGE_SIZE} total={data.total} totalExact={data.totalExact} onChange={setPage} label={heading} />
          <p>
            <Link to="/proposals" data-testid="proposals-view-all">
              {t(mine ? 'proposals.viewAll' : 'nav.allProposals')}
            </Link>
          </p>
        </>
      )}

      {mine && (
        <ProposalForm
          onSave={(input) => create.mutateAsync(input)}
          onSaved={(p) => navigate(proposalPath(p), { state: { created: p.title } satisfies CreatedState })}
          headingLevel={3}
        />
      )}
    </section>
  );
}
