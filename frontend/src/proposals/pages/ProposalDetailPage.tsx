import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import {
  useAssignConsultation,
  useProposal,
  useProposalHistory,
  useRecordConsultation,
  useRefreshProposal,
  useRequestConsultation,
  useRequestEndorsements,
  useSubmitProposal,
  useUpdateProposal,
  useWithdrawProposal,
} from '../api/queries';
import type { Permission, Proposal } from '../api/types';
import { ErrorAlert, StatusMessage } from '../../shared/components/Alert';
import { AttachmentsSection } from '../components/AttachmentsSection';
import { ConsultationForm } from '../components/ConsultationForm';
import { EndorsementsSection } from '../components/EndorsementsSection';
import { Field } from '../../shared/components/FormField';
import { HistoryTimeline } from '../../shared/components/HistoryTimeline';
import { MAIN_ID } from '../../shared/components/Layout';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { NextStepPanel } from '../components/NextStepPanel';
import { PageHeading } from '../../shared/components/PageHeading';
import { ProposalDetails } from '../components/ProposalDetails';
import { ProposalForm } from '../components/ProposalForm';
import { fromProposal, type ProposalFormValues } from '../components/proposalForm';
import type { CreatedState } from '../components/ProposalsSection';
import { StepPage } from '../../shared/components/StepPage';
import { VersionsSection } from '../components/VersionsSection';
import { ConsultationSection, DecisionSection, LaunchSection } from '../components/WorkflowSections';
import { formatDateTime, formatFieldName, shortHash } from '../../shared/i18n/format';
import { formatProposalStatus, proposalStatusBadgeClass } from '../components/proposalStatus';
import { renderMessage, type Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';

const HEADING_ID = 'proposal-heading';
const EDIT_PREFIX = 'edit';
export const WITHDRAW_REASON_MAX = 2000;

/** The workflow steps this page can take; each needs its permission. */
type Step =
  | 'requestConsultation'
  | 'assignConsultation'
  | 'recordConsultation'
  | 'requestEndorsements'
  | 'submit'
  | 'withdraw';

/** A confirmation kept as data, so that it follows a language switch. */
type Notice = { kind: 'created' | 'saved' | 'reloaded'; title: string } | { kind: 'step'; message: Message };

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
  step: 'proposal-notice',
};

const DONE: Record<Step, MessageKey> = {
  requestConsultation: 'workflow.done.requestConsultation',
  assignConsultation: 'workflow.done.assignConsultation',
  recordConsultation: 'workflow.done.recordConsultation',
  requestEndorsements: 'workflow.done.requestEndorsements',
  submit: 'proposals.submitted',
  withdraw: 'workflow.done.withdraw',
};

/** Editing during endorsement voids the head's signature (and, for the academic scope, the board's approval). */
function editVoidsEndorsements(p: Proposal): boolean {
  return p.status === 'ENDORSEMENT' || p.headSignature?.state === 'SIGNED' || p.boardApproval?.state === 'APPROVED';
}

/**
 * One proposal: what's next, status and facts, the workflow steps the caller may take (exactly those
 * in `permissions`), the consultation, the endorsements, the committee's decision, the application
 * (or its editor), its attachments, the versions and the history.
 */
export function ProposalDetailPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const proposalQuery = useProposal(id);
  const historyQuery = useProposalHistory(id);
  const update = useUpdateProposal();
  const requestConsultation = useRequestConsultation();
  const assignConsultation = useAssignConsultation();
  const recordConsultation = useRecordConsultation();
  const requestEndorsements = useRequestEndorsements();
  const submit = useSubmitProposal();
  const withdraw = useWithdrawProposal();
  const refresh = useRefreshProposal();
  const [edit, setEdit] = useState<EditSession | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<{ step: Step; error: unknown; n: number } | null>(null);
  const [pendingStep, setPendingStep] = useState<Step | null>(null);
  const [confirming, setConfirming] = useState<'submit' | 'withdraw' | null>(null);
  const [reason, setReason] = useState('');
  const [focusTarget, setFocusTarget] = useState<{ id: string; n: number } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const headingFocused = useRef(false);

  const proposal = proposalQuery.data;

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

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const focus = (elementId: string) => setFocusTarget((f) => ({ id: elementId, n: (f?.n ?? 0) + 1 }));

  function startEditing(p: Proposal) {
    setNotice(null);
    setFailure(null);
    setEdit({ version: p.version, values: fromProposal(p), key: (edit?.key ?? 0) + 1 });
    focus(`${EDIT_PREFIX}-heading`);
  }

  async function reload() {
    const [fresh] = await Promise.all([proposalQuery.refetch(), historyQuery.refetch()]);
    const latest = fresh.data;
    if (latest && can(latest, 'EDIT')) {
      setEdit({ version: latest.version, values: fromProposal(latest), key: (edit?.key ?? 0) + 1 });
      focus(`${EDIT_PREFIX}-heading`);
    } else {
      setEdit(null);
    }
    if (latest) setNotice({ kind: 'reloaded', title: latest.title });
  }

  /** Takes a step; the outcome is announced, a failure shown as an alert and the proposal read again. */
  async function take(step: Step, call: () => Promise<Proposal>) {
    setNotice(null);
    setFailure(null);
    setConfirming(null);
    setPendingStep(step);
    try {
      const updated = await call();
      setNotice({ kind: 'step', message: { key: DONE[step], params: { title: updated.title } } });
      if (step === 'withdraw') setReason('');
    } catch (error) {
      setFailure((f) => ({ step, error, n: (f?.n ?? 0) + 1 }));
      void refresh(id);
    } finally {
      setPendingStep(null);
    }
  }

  const page = (content: ReactNode) => (
    <StepPage
      className="proposal-page"
      notice={<NoticeMessage notice={notice} noticeRef={noticeRef} />}
      failure={failure && <StepFailure step={failure.step} error={failure.error} failureRef={failureRef} />}
    >
      {content}
    </StepPage>
  );

  if (proposalQuery.isPending) {
    return page(<StatusMessage testId="proposal-loading">{t('detail.loading')}</StatusMessage>);
  }

  if (proposalQuery.isError || !proposal) {
    return page(
      <LoadFailure
        error={proposalQuery.error}
        headingId={HEADING_ID}
        testIds={{ notFound: 'proposal-not-found', error: 'proposal-error' }}
        texts={{ notFoundTitle: 'detail.notFound.title', notFoundBody: 'detail.notFound.body', loadError: 'detail.loadError', back: 'detail.backToList' }}
        backTo="/proposals"
        onRetry={() => void proposalQuery.refetch()}
      />,
    );
  }

  const p = proposal;
  const busy = pendingStep !== null;
  const mayEdit = can(p, 'EDIT') && !edit;
  const stepButton = (step: Step, permission: Permission, testId: string, label: MessageKey, call: () => Promise<Proposal>) =>
    can(p, permission) && (
      <button
        type="button"
        id={testId}
        className="button"
        data-testid={testId}
        disabled={busy}
        onClick={() => void take(step, call)}
      >
        {pendingStep === step ? t('workflow.working') : t(label)}
      </button>
    );
  const hasActions = (['EDIT', 'REQUEST_CONSULTATION', 'ASSIGN_CONSULTANT', 'REQUEST_ENDORSEMENTS', 'SUBMIT', 'WITHDRAW'] as const).some(
    (perm) => can(p, perm),
  );

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

      <NextStepPanel proposalId={p.id} />

      <section className="card facts" aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="visually-hidden">
          {t('detail.facts')}
        </h2>
        <dl className="facts-list">
          <div>
            <dt>{t('detail.status')}</dt>
            <dd data-testid="proposal-status" data-status={p.status}>
              <span className={proposalStatusBadgeClass(p)}>{formatProposalStatus(t, p)}</span>
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
          {p.withdrawnAt && (
            <div>
              <dt>{t('detail.withdrawn')}</dt>
              <dd>
                <time dateTime={p.withdrawnAt}>{formatDateTime(locale, p.withdrawnAt)}</time>
              </dd>
            </div>
          )}
          {p.revision !== undefined && (
            <div>
              <dt>{t('detail.revision')}</dt>
              <dd data-testid="proposal-revision">{p.revision}</dd>
            </div>
          )}
          {p.contentHash && (
            <div>
              <dt>{t('detail.contentHash')}</dt>
              <dd className="mono" data-testid="content-hash" data-hash={p.contentHash}>
                {shortHash(p.contentHash)}
                <span className="visually-hidden"> {t('detail.contentHashFull', { hash: p.contentHash })}</span>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('detail.moocId')}</dt>
            <dd className="mono">{p.id}</dd>
          </div>
        </dl>

        {hasActions && !edit && (
          <div className="actions" role="group" aria-label={t('detail.actions')} data-testid="workflow-actions">
            {mayEdit && (
              <button
                type="button"
                id="edit-proposal"
                className="button"
                data-testid="edit-proposal"
                disabled={busy}
                onClick={() => startEditing(p)}
              >
                {t(p.status === 'DRAFT' ? 'detail.edit' : 'detail.editApplication')}
              </button>
            )}
            {stepButton('requestConsultation', 'REQUEST_CONSULTATION', 'request-consultation', 'workflow.requestConsultation', () =>
              requestConsultation.mutateAsync({ id: p.id }),
            )}
            {stepButton('assignConsultation', 'ASSIGN_CONSULTANT', 'assign-consultation', 'workflow.assignConsultation', () =>
              assignConsultation.mutateAsync({ id: p.id }),
            )}
            {stepButton('requestEndorsements', 'REQUEST_ENDORSEMENTS', 'request-endorsements', 'workflow.requestEndorsements', () =>
              requestEndorsements.mutateAsync({ id: p.id }),
            )}
            {can(p, 'SUBMIT') &&
              (confirming !== 'submit' ? (
                <button
                  type="button"
                  id="detail-submit"
                  className="button"
                  data-testid="detail-submit-proposal"
                  disabled={busy}
                  onClick={() => {
                    setConfirming('submit');
                    focus('detail-confirm-submit');
                  }}
                >
                  {pendingStep === 'submit' ? t('proposals.submitting') : t('proposals.submit')}
                </button>
              ) : (
                <div className="confirm" role="group" aria-label={t('proposals.submitConfirm', { title: p.title })}>
                  <p className="confirm-question">{t('proposals.submitConfirm', { title: p.title })}</p>
                  <button
                    type="button"
                    id="detail-confirm-submit"
                    className="button button-small"
                    data-testid="detail-confirm-submit"
                    onClick={() => void take('submit', () => submit.mutateAsync({ id: p.id, version: p.version }))}
                  >
                    {t('proposals.confirmSubmit')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    data-testid="detail-cancel-submit"
                    onClick={() => {
                      setConfirming(null);
                      focus('detail-submit');
                    }}
                  >
                    {t('proposals.cancel')}
                  </button>
                </div>
              ))}
            {can(p, 'WITHDRAW') &&
              (confirming !== 'withdraw' ? (
                <button
                  type="button"
                  id="withdraw-proposal"
                  className="button button-secondary"
                  data-testid="withdraw-proposal"
                  disabled={busy}
                  onClick={() => {
                    setConfirming('withdraw');
                    focus('withdraw-reason');
                  }}
                >
                  {pendingStep === 'withdraw' ? t('workflow.working') : t('workflow.withdraw')}
                </button>
              ) : (
                <div
                  className="confirm confirm-wide"
                  role="group"
                  aria-labelledby="withdraw-question"
                  data-testid="withdraw-confirm"
                >
                  <p className="confirm-question" id="withdraw-question">
                    {t('workflow.withdrawConfirm', { title: p.title })}
                  </p>
                  <Field
                    id="withdraw-reason"
                    label={t('workflow.withdrawReason.label')}
                    hint={t('workflow.withdrawReason.hint', { max: WITHDRAW_REASON_MAX })}
                  >
                    {(describedBy) => (
                      <textarea
                        id="withdraw-reason"
                        rows={3}
                        maxLength={WITHDRAW_REASON_MAX}
                        aria-describedby={describedBy}
                        value={reason}
                        onChange={(e) => setReason(e.target.value)}
                        data-testid="withdraw-reason"
                      />
                    )}
                  </Field>
                  <button
                    type="button"
                    className="button button-small"
                    data-testid="confirm-withdraw"
                    onClick={() => void take('withdraw', () => withdraw.mutateAsync({ id: p.id, reason }))}
                  >
                    {t('workflow.confirmWithdraw')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    data-testid="cancel-withdraw"
                    onClick={() => {
                      setConfirming(null);
                      focus('withdraw-proposal');
                    }}
                  >
                    {t('proposals.cancel')}
                  </button>
                </div>
              ))}
          </div>
        )}
        {mayEdit && editVoidsEndorsements(p) && (
          <p className="alert alert-warning" data-testid="edit-endorsement-note">
            {t('detail.editEndorsementNote')}
          </p>
        )}
      </section>

      <DecisionSection proposal={p} />
      <LaunchSection proposal={p} />
      <ConsultationSection proposal={p}>
        {can(p, 'RECORD_CONSULTATION') && (
          <ConsultationForm
            onRecord={(input) => recordConsultation.mutateAsync({ id: p.id, input })}
            onRecorded={(recorded) => {
              setFailure(null);
              setNotice({ kind: 'step', message: { key: DONE.recordConsultation, params: { title: recorded.title } } });
            }}
          />
        )}
      </ConsultationSection>
      <EndorsementsSection proposal={p} />

      {edit ? (
        <>
          {editVoidsEndorsements(p) && (
            <p className="alert alert-warning" data-testid="edit-endorsement-warning">
              {t('detail.editEndorsementNote')}
            </p>
          )}
          <ProposalForm
            key={edit.key}
            mode="edit"
            idPrefix={EDIT_PREFIX}
            headingKey={p.status === 'DRAFT' ? 'edit.heading' : 'edit.headingApplication'}
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
        </>
      ) : (
        <ProposalDetails proposal={p} />
      )}

      <AttachmentsSection proposal={p} editing={edit !== null} />

      <VersionsSection proposalId={p.id} />

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
    </article>,
  );
}

/**
 * Why a step failed, as an alert that takes focus: the proposal changed meanwhile, the application
 * misses fields (listed by their labels), or the server's explanation.
 */
function StepFailure({
  step,
  error,
  failureRef,
}: {
  step: Step;
  error: unknown;
  failureRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useI18n();
  const api = error instanceof ApiError ? error : null;
  const fields = api && api.status === 400 ? api.fieldErrors : [];
  let body: ReactNode;
  if (api && (api.isConflict || api.isStaleVersion)) {
    body = <p>{t('workflow.changed')}</p>;
  } else if (step === 'requestEndorsements' && fields.length > 0) {
    body = (
      <>
        <p>{t('workflow.missingFields')}</p>
        <ul data-testid="missing-fields">
          {fields.map((f, i) => {
            const name = f.field.split(/[.[\]]/).filter(Boolean).pop() ?? f.field;
            const label = formatFieldName(t, name);
            return (
              <li key={`${f.field}-${i}`} data-field={name}>
                {label === name ? t('form.errorSummaryItem', { field: name, message: f.message }) : label}
              </li>
            );
          })}
        </ul>
      </>
    );
  } else {
    body = <p>{errorMessage(t, error)}</p>;
  }
  return (
    <div
      className="alert alert-error"
      role="alert"
      tabIndex={-1}
      ref={failureRef}
      aria-labelledby="step-failure-title"
      data-testid="action-error"
    >
      <p className="alert-title" id="step-failure-title">
        <strong>{t('workflow.error.title')}</strong>
      </p>
      {body}
    </div>
  );
}

/** The confirmation of the last step, in the page's polite live region; it takes focus. */
function NoticeMessage({
  notice,
  noticeRef,
}: {
  notice: Notice | null;
  noticeRef: RefObject<HTMLParagraphElement | null>;
}) {
  const { t, locale } = useI18n();
  if (!notice) return null;
  let text = '';
  switch (notice.kind) {
    case 'created':
      text = t('detail.createdNotice', { title: notice.title });
      break;
    case 'saved':
      text = t('edit.saved', { title: notice.title });
      break;
    case 'reloaded':
      text = t('edit.reloaded', { title: notice.title });
      break;
    case 'step':
      text = renderMessage(t, notice.message, locale);
      break;
  }
  return (
    <p ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid={NOTICE_TEST_IDS[notice.kind]}>
      {text}
    </p>
  );
}
