import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/errorMessage';
import { PAGE_SIZE, useCreateProposal, useProposals, useSubmitProposal } from '../api/queries';
import type { Proposal } from '../api/types';
import { useI18n } from '../i18n/useI18n';
import { ErrorAlert, StatusMessage } from './Alert';
import { PageHeading } from './PageHeading';
import { Pagination } from './Pagination';
import { ProposalForm } from './ProposalForm';
import { ProposalsTable } from './ProposalsTable';

interface Props {
  /** "mine": the instructor's own proposals with the create form; "all": the administrator's view. */
  mode: 'mine' | 'all';
  /** Render the heading as the page's <h1> (on the dedicated page) instead of an <h2>. */
  asPage?: boolean;
}

/** The outcome of a submission, kept as data so that it follows a language switch. */
type Notice = { kind: 'success'; title: string } | { kind: 'error'; title: string; error: unknown };

export function ProposalsSection({ mode, asPage = false }: Props) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const proposals = useProposals(page);
  const create = useCreateProposal();
  const submit = useSubmitProposal();
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const mine = mode === 'mine';
  const heading = t(mine ? 'proposals.heading' : 'proposals.headingAll');
  const headingId = `proposals-heading-${mode}`;

  // After a submission the row's button disappears: put focus on the outcome instead.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function handleSubmit(proposal: Proposal) {
    setNotice(null);
    try {
      await submit.mutateAsync(proposal.id);
      setNotice({ kind: 'success', title: proposal.title });
    } catch (err) {
      setNotice({ kind: 'error', title: proposal.title, error: err });
    }
  }

  const data = proposals.data;

  return (
    <section className="section" aria-labelledby={asPage ? undefined : headingId} data-testid={`proposals-section-${mode}`}>
      {asPage ? (
        <PageHeading title={heading}>{heading}</PageHeading>
      ) : (
        <h2 id={headingId}>{heading}</h2>
      )}

      <div aria-live="polite" className="live-region">
        {notice && (
          <p
            ref={noticeRef}
            tabIndex={-1}
            className={`alert ${notice.kind === 'success' ? 'alert-success' : 'alert-error'}`}
            data-testid="proposal-notice"
          >
            {notice.kind === 'success'
              ? t('proposals.submitted', { title: notice.title })
              : t('proposals.submitError', { title: notice.title, detail: errorMessage(t, notice.error) })}
          </p>
        )}
      </div>

      {proposals.isPending && <StatusMessage>{t('proposals.loading')}</StatusMessage>}
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
            onSubmit={(p) => void handleSubmit(p)}
            submittingId={submit.isPending ? submit.variables : null}
          />
          <Pagination page={data.page} size={data.size || PAGE_SIZE} total={data.total} onChange={setPage} label={heading} />
        </>
      )}

      {mine && <ProposalForm onCreate={(p) => create.mutateAsync(p)} headingLevel={asPage ? 2 : 3} />}
    </section>
  );
}
