import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { errorMessage } from '../api/errorMessage';
import { useProposal, useProposalHistory, useUpdateProposal } from '../api/queries';
import type { Proposal } from '../api/types';
import type { CurrentUser } from '../auth/roles';
import { ErrorAlert, StatusMessage } from '../components/Alert';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { MAIN_ID } from '../components/Layout';
import { PageHeading } from '../components/PageHeading';
import { ProposalDetails } from '../components/ProposalDetails';
import { ProposalForm } from '../components/ProposalForm';
import { fromProposal, type ProposalFormValues } from '../components/proposalForm';
import type { CreatedState } from '../components/ProposalsSection';
import { SubmitNotice, useProposalSubmission } from '../components/useProposalSubmission';
import { formatDateTime, formatStatus, statusBadgeClass } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';

const HEADING_ID = 'proposal-heading';
const EDIT_PREFIX = 'edit';

/** A confirmation kept as data, so that it follows a language switch. */
type Notice = { kind: 'created' | 'saved' | 'reloaded'; title: string };

/** The draft being edited: the form's starting values and the version they were read at (sent as If-Match). */
interface EditSession {
  version: number;
  values: ProposalFormValues;
  /** Remounts the form with fresh values after "Reload". */
  key: number;
}

const NOTICE_TEST_IDS: Record<Notice['kind'], string> = {
  created: 'form-success',
  saved: 'proposal-saved',
  reloaded: 'proposal-reloaded',
};

export function canEdit(user: CurrentUser, proposal: Proposal): boolean {
  return user.roles.includes('instructor') && proposal.instructor?.id === user.id && proposal.status === 'DRAFT';
}

/**
 * One proposal: status and facts, the application in sections, and its history. The instructor who
 * owns a draft can edit it (with If-Match, so that nobody's change is overwritten) and submit it.
 */
export function ProposalDetailPage({ id, user }: { id: string; user: CurrentUser }) {
  const { t, locale } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const proposalQuery = useProposal(id);
  const historyQuery = useProposalHistory(id);
  const update = useUpdateProposal();
  const submission = useProposalSubmission();
  const [edit, setEdit] = useState<EditSession | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ id: string; n: number } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const headingFocused = useRef(false);

  const proposal = proposalQuery.data;
  const editable = proposal ? canEdit(user, proposal) : false;

  // Coming from "Create draft": confirm it once, then drop the state so a reload does not repeat it.
  useEffect(() => {
    const created = (location.state as Partial<CreatedState> | null)?.created;
    if (created) {
      setNotice({ kind: 'created', title: created });
      navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    }
    // Only on arrival.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // The layout focuses the <h1> after navigation, but it did not exist yet while loading.
  useEffect(() => {
    if (!proposal || headingFocused.current) return;
    headingFocused.current = true;
    const active = document.activeElement;
    if (!active || active === document.body || active.id === MAIN_ID) document.getElementById(HEADING_ID)?.focus();
  }, [proposal]);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const focus = (elementId: string) => setFocusTarget((f) => ({ id: elementId, n: (f?.n ?? 0) + 1 }));

  function startEditing(p: Proposal) {
    setNotice(null);
    submission.clear();
    setEdit({ version: p.version, values: fromProposal(p), key: (edit?.key ?? 0) + 1 });
    focus(`${EDIT_PREFIX}-heading`);
  }

  async function reload() {
    const [fresh] = await Promise.all([proposalQuery.refetch(), historyQuery.refetch()]);
    const latest = fresh.data;
    if (latest && canEdit(user, latest)) {
      setEdit({ version: latest.version, values: fromProposal(latest), key: (edit?.key ?? 0) + 1 });
      focus(`${EDIT_PREFIX}-heading`);
    } else {
      setEdit(null);
    }
    if (latest) setNotice({ kind: 'reloaded', title: latest.title });
  }

  async function confirmSubmit(p: Proposal) {
    setConfirming(false);
    setNotice(null);
    await submission.submit(p, p.version);
  }

  // The live regions stay mounted from the first render, so that what appears in them is announced.
  const page = (content: ReactNode) => (
    <div className="proposal-page">
      <NoticeRegion notice={notice} noticeRef={noticeRef} />
      <SubmitNotice outcome={submission.outcome} />
      {content}
    </div>
  );

  if (proposalQuery.isPending) {
    return page(<StatusMessage testId="proposal-loading">{t('detail.loading')}</StatusMessage>);
  }

  if (proposalQuery.isError || !proposal) {
    const error = proposalQuery.error;
    const notFound = error instanceof ApiError && (error.status === 404 || error.status === 403);
    const title = t(notFound ? 'detail.notFound.title' : 'detail.loadError');
    return page(
      <div data-testid={notFound ? 'proposal-not-found' : 'proposal-error'}>
        <PageHeading id={HEADING_ID} title={title}>
          {title}
        </PageHeading>
        {notFound ? (
          <p>{t('detail.notFound.body')}</p>
        ) : (
          <ErrorAlert>
            <p>{errorMessage(t, error)}</p>
            <button type="button" className="button button-secondary" onClick={() => void proposalQuery.refetch()}>
              {t('app.retry')}
            </button>
          </ErrorAlert>
        )}
        <p>
          <Link to="/proposals">{t('detail.backToList')}</Link>
        </p>
      </div>
    );
  }

  const p = proposal;
  return page(
    <article className="proposal-detail" data-testid="proposal-detail" aria-labelledby={HEADING_ID}>
      <p className="back-link">
        <Link to="/proposals" data-testid="back-to-proposals">
          {t('detail.backToList')}
        </Link>
      </p>
      <PageHeading id={HEADING_ID} title={p.title}>
        {p.title}
      </PageHeading>

      <section className="card facts" aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="visually-hidden">
          {t('detail.facts')}
        </h2>
        <dl className="facts-list">
          <div>
            <dt>{t('detail.status')}</dt>
            <dd data-testid="proposal-status">
              <span className={statusBadgeClass(p.status)}>{formatStatus(t, p.status)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('detail.instructor')}</dt>
            <dd>{p.instructor?.name}</dd>
          </div>
          <div>
            <dt>{t('detail.department')}</dt>
            <dd>{p.department}</dd>
          </div>
          <div>
            <dt>{t('detail.created')}</dt>
            <dd>
              <time dateTime={p.createdAt}>{formatDateTime(locale, p.createdAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('detail.updated')}</dt>
            <dd>
              <time dateTime={p.updatedAt}>{formatDateTime(locale, p.updatedAt)}</time>
            </dd>
          </div>
          {p.submittedAt && (
            <div>
              <dt>{t('detail.submitted')}</dt>
              <dd>
                <time dateTime={p.submittedAt}>{formatDateTime(locale, p.submittedAt)}</time>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('detail.moocId')}</dt>
            <dd className="mono">{p.id}</dd>
          </div>
        </dl>

        {editable && !edit && (
          <div className="actions" role="group" aria-label={t('detail.actions')}>
            <button
              type="button"
              id="edit-proposal"
              className="button"
              data-testid="edit-proposal"
              onClick={() => startEditing(p)}
            >
              {t('detail.edit')}
            </button>
            {!confirming ? (
              <button
                type="button"
                id="detail-submit"
                className="button button-secondary"
                data-testid="detail-submit-proposal"
                disabled={submission.submittingId === p.id}
                onClick={() => {
                  setConfirming(true);
                  focus('detail-confirm-submit');
                }}
              >
                {submission.submittingId === p.id ? t('proposals.submitting') : t('proposals.submit')}
              </button>
            ) : (
              <div className="confirm" role="group" aria-label={t('proposals.submitConfirm', { title: p.title })}>
                <p className="confirm-question">{t('proposals.submitConfirm', { title: p.title })}</p>
                <button
                  type="button"
                  id="detail-confirm-submit"
                  className="button button-small"
                  data-testid="detail-confirm-submit"
                  onClick={() => void confirmSubmit(p)}
                >
                  {t('proposals.confirmSubmit')}
                </button>
                <button
                  type="button"
                  className="button button-small button-secondary"
                  data-testid="detail-cancel-submit"
                  onClick={() => {
                    setConfirming(false);
                    focus('detail-submit');
                  }}
                >
                  {t('proposals.cancel')}
                </button>
              </div>
            )}
          </div>
        )}
      </section>

      {edit ? (
        <ProposalForm
          key={edit.key}
          mode="edit"
          idPrefix={EDIT_PREFIX}
          initialValues={edit.values}
          onSave={(input) => update.mutateAsync({ id: p.id, version: edit.version, input })}
          onSaved={(saved) => {
            setEdit(null);
            setNotice({ kind: 'saved', title: saved.title });
          }}
          onCancel={() => {
            setEdit(null);
            focus('edit-proposal');
          }}
          onReload={() => void reload()}
        />
      ) : (
        <ProposalDetails proposal={p} />
      )}

      <section className="card detail-section" aria-labelledby="history-heading" data-testid="proposal-history">
        <h2 id="history-heading">{t('section.history')}</h2>
        {historyQuery.isPending && <StatusMessage>{t('history.loading')}</StatusMessage>}
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
    </article>
  );
}

function NoticeRegion({
  notice,
  noticeRef,
}: {
  notice: Notice | null;
  noticeRef: RefObject<HTMLParagraphElement | null>;
}) {
  const { t } = useI18n();
  const text =
    notice &&
    (notice.kind === 'created'
      ? t('detail.createdNotice', { title: notice.title })
      : notice.kind === 'saved'
        ? t('edit.saved', { title: notice.title })
        : t('edit.reloaded', { title: notice.title }));
  return (
    <div aria-live="polite" className="live-region">
      {notice && (
        <p ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid={NOTICE_TEST_IDS[notice.kind]}>
          {text}
        </p>
      )}
    </div>
  );
}
