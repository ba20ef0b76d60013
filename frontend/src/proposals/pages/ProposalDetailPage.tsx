import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { can } from '../../shared/api/permissions';
import { useAssignConsultation, useNextStep, useProposal, useRecordConsultation, useRefreshProposal, useRequestConsultation, useRequestEndorsements, useSubmitProposal, useUpdateProposal, useWithdrawProposal } from '../api/queries';
import type { NextAction, Permission, Proposal } from '../api/types';
import { AttachmentsSection } from '../components/AttachmentsSection';
import { ConsultationForm } from '../components/ConsultationForm';
import { decisionPagePath, EndorsementsSection } from '../components/EndorsementsSection';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { NextStepPanel } from '../components/NextStepPanel';
import { isReadersStep, STEP_PERMISSION } from '../components/nextStepWording';
import { PageHeading } from '../../shared/components/PageHeading';
import { ProposalDetails } from '../components/ProposalDetails';
import { ProposalFacts } from '../components/ProposalFacts';
import { ProposalForm } from '../components/ProposalForm';
import { ProposalHistorySection } from '../components/ProposalHistorySection';
import { DONE, NOTICES, noticeTestId, StepError, StepFailure, type Step } from '../components/ProposalStepMessages';
import { SubmitControl, WithdrawControl } from '../components/ProposalStepControls';
import { fromProposal, type ProposalFormValues } from '../components/proposalForm';
import type { CreatedState } from '../components/ProposalsSection';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { StepPage } from '../../shared/components/StepPage';
import { VersionsSection } from '../components/VersionsSection';
import { LiveSimilarCourses } from '../../analytics/components/SimilarCoursesPanels';
import type { SimilarityRequest } from '../../analytics/api/catalogueTypes';
import { ConsultationSection, DecisionSection, LaunchSection } from '../components/WorkflowSections';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';
import { useStepOutcome } from '../../shared/components/useStepOutcome';
import { useFocusHeadingWhenLoaded } from '../../shared/components/useFocusHeadingWhenLoaded';
import { Skeleton } from '../../shared/components/Skeleton';

export { WITHDRAW_REASON_MAX } from '../components/ProposalStepControls';

const HEADING_ID = 'proposal-heading';
const EDIT_PREFIX = 'edit';

/** The draft being edited: the form's starting values and the version they were read at (sent as If-Match). */
interface EditSession {
  version: number;
  values: ProposalFormValues;
  /** Remounts the form with fresh values after "Reload". */
  key: number;
}

/** The steps "What's next" takes itself when they are the reader's; the facts' actions then leave them out. */
const MOVED_TO_NEXT_STEP: readonly Permission[] = ['EDIT', 'REQUEST_CONSULTATION', 'ASSIGN_CONSULTANT', 'REQUEST_ENDORSEMENTS', 'SUBMIT'];

/** Editing during endorsement voids the head's signature (and, for the academic scope, the board's approval). */
function editVoidsEndorsements(p: Proposal): boolean {
  return p.status === 'ENDORSEMENT' || p.headSignature?.state === 'SIGNED' || p.boardApproval?.state === 'APPROVED';
}

/** The words of a proposal (as typed or as saved) the catalogue is compared with. */
function similarityText(p: { title: string; topic?: string | null; summary?: string | null; targetLearners?: string | null; uniqueness?: string | null }): SimilarityRequest {
  return { title: p.title, topic: p.topic, summary: p.summary, targetLearners: p.targetLearners, uniqueness: p.uniqueness };
}

/**
 * One proposal: what's next, status and facts, the workflow steps the caller may take (exactly those
 * in `permissions`), the consultation, the endorsements, the committee's decision, the application
 * (or its editor), its attachments, the versions and the history.
 */
export function ProposalDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  // One request for the page: the proposal's dossier brings its parts along (the sections below read them from the
  // cache); "what's next" waits for it instead of asking on its own.
  const proposalQuery = useProposal(id, { withParts: true });
  const nextStep = useNextStep(id, { enabled: proposalQuery.isFetched });
  const reader = useCurrentUser();
  const update = useUpdateProposal();
  const requestConsultation = useRequestConsultation();
  const assignConsultation = useAssignConsultation();
  const recordConsultation = useRecordConsultation();
  const requestEndorsements = useRequestEndorsements();
  const submit = useSubmitProposal();
  const withdraw = useWithdrawProposal();
  const refresh = useRefreshProposal();
  const [edit, setEdit] = useState<EditSession | null>(null);
  const [pendingStep, setPendingStep] = useState<Step | null>(null);
  const [confirming, setConfirming] = useState<'withdraw' | null>(null);
  const [reason, setReason] = useState('');
  const [focusTarget, setFocusTarget] = useState<{ id: string; n: number } | null>(null);
  const outcome = useStepOutcome();
  // The alert may list the fields an application misses, so the page renders it itself; it takes focus.
  const failureRef = useFocusWhenShown<HTMLDivElement>(outcome.failure);

  const proposal = proposalQuery.data;

  // Coming from "Create draft": confirm it once, then drop the state so a reload does not repeat it.
  useEffect(() => {
    const created = (location.state as Partial<CreatedState> | null)?.created;
    if (created) {
      outcome.succeed({ key: NOTICES.created, params: { title: created } });
      navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    }
    // Only on arrival.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useFocusHeadingWhenLoaded(HEADING_ID, proposal);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const focus = (elementId: string) => setFocusTarget((f) => ({ id: elementId, n: (f?.n ?? 0) + 1 }));

  function startEditing(p: Proposal) {
    outcome.clear();
    setEdit({ version: p.version, values: fromProposal(p), key: (edit?.key ?? 0) + 1 });
    focus(`${EDIT_PREFIX}-heading`);
  }

  async function reload() {
    // the proposal's read brings its history, next step, attachments and versions along
    const fresh = await proposalQuery.refetch();
    const latest = fresh.data;
    if (latest && can(latest, 'EDIT')) {
      setEdit({ version: latest.version, values: fromProposal(latest), key: (edit?.key ?? 0) + 1 });
      focus(`${EDIT_PREFIX}-heading`);
    } else {
      setEdit(null);
    }
    if (latest) outcome.succeed({ key: NOTICES.reloaded, params: { title: latest.title } });
  }

  /** Takes a step; the outcome is announced, a failure shown as an alert and the proposal read again. */
  async function take(step: Step, call: () => Promise<Proposal>) {
    setConfirming(null);
    setPendingStep(step);
    const updated = await outcome.run(
      () => call().catch((error: unknown) => Promise.reject(new StepError(step, error))),
      { done: (p) => ({ key: DONE[step], params: { title: p.title } }), failed: 'workflow.error.title' },
    );
    if (updated && step === 'withdraw') setReason('');
    // A refused step: the proposal may have changed meanwhile, so it is read again.
    if (!updated) void refresh(id);
    setPendingStep(null);
  }

  const page = (content: ReactNode) => (
    <StepPage
      className="proposal-page"
      notice={outcome.noticeElement(noticeTestId(outcome.notice?.message))}
      failure={outcome.failure && <StepFailure failed={outcome.failure.error} failureRef={failureRef} />}
    >
      {content}
    </StepPage>
  );

  if (proposalQuery.isPending) {
    return page(<Skeleton shape="detail" label={t('detail.loading')} testId="proposal-loading" />);
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
  // The reader's next step, if "What's next" offers its control; the same control is not offered twice.
  const step = nextStep.data;
  const readersAction = step && isReadersStep({ actor: step.nextActor, action: step.nextAction }, p, reader) ? step.nextAction : null;
  const readersPermission = readersAction ? STEP_PERMISSION[readersAction] : undefined;
  const inFacts = (permission: Permission) =>
    can(p, permission) && !(permission === readersPermission && MOVED_TO_NEXT_STEP.includes(permission));

  const stepButton = (step: Step, testId: string, label: MessageKey, call: () => Promise<Proposal>) => (
    <button type="button" id={testId} className="button" data-testid={testId} disabled={busy} onClick={() => void take(step, call)}>
      {pendingStep === step ? t('workflow.working') : t(label)}
    </button>
  );
  const editButton = () => (
    <button type="button" id="edit-proposal" className="button" data-testid="edit-proposal" disabled={busy} onClick={() => startEditing(p)}>
      {t(p.status === 'DRAFT' ? 'detail.edit' : 'detail.editApplication')}
    </button>
  );
  const requestConsultationButton = () =>
    stepButton('requestConsultation', 'request-consultation', 'workflow.requestConsultation', () =>
      requestConsultation.mutateAsync({ id: p.id }),
    );
  const assignConsultationButton = () =>
    stepButton('assignConsultation', 'assign-consultation', 'workflow.assignConsultation', () =>
      assignConsultation.mutateAsync({ id: p.id }),
    );
  const requestEndorsementsButton = () =>
    stepButton('requestEndorsements', 'request-endorsements', 'workflow.requestEndorsements', () =>
      requestEndorsements.mutateAsync({ id: p.id }),
    );
  const submitControl = () => (
    <SubmitControl
      title={p.title}
      busy={busy}
      working={pendingStep === 'submit'}
      onConfirm={() => void take('submit', () => submit.mutateAsync({ id: p.id, version: p.version }))}
    />
  );

  /** The control of the reader's next step in "What's next". */
  const nextStepAction = (action: NextAction): ReactNode => {
    switch (action) {
      case 'COMPLETE_APPLICATION':
      case 'REVISE':
        return mayEdit ? editButton() : null;
      case 'REQUEST_CONSULTATION':
        return requestConsultationButton();
      case 'ASSIGN_CONSULTANT':
        return assignConsultationButton();
      case 'REQUEST_ENDORSEMENTS':
        return requestEndorsementsButton();
      case 'SUBMIT':
        return submitControl();
      case 'RECORD_CONSULTATION':
        // The form is in the consultation section: take the reader to its first field.
        return (
          <button type="button" className="button" data-testid="next-record-consultation" onClick={() => focus('consultation-date')}>
            {t('next.go.recordConsultation')}
          </button>
        );
      case 'APPROVE':
        return (
          <Link className="button" to={decisionPagePath(p, 'board')} data-testid="next-open-board-approval">
            {t('next.go.approve')}
          </Link>
        );
      case 'SIGN':
        return (
          <Link className="button" to={decisionPagePath(p, 'head')} data-testid="next-open-signature">
            {t('next.go.sign')}
          </Link>
        );
      case 'PRODUCE':
        return (
          <Link className="button" to={`/productions/${encodeURIComponent(p.id)}`} data-testid="next-open-production">
            {t('next.go.produce')}
          </Link>
        );
      default:
        return null;
    }
  };

  // The consultant talks the proposal through with its instructor: the Coursera courses like it are part of that.
  const consultantSees = (reader?.roles.includes('consultant') ?? false) && p.consultation !== null;

  const factsActions = (['EDIT', 'REQUEST_CONSULTATION', 'ASSIGN_CONSULTANT', 'REQUEST_ENDORSEMENTS', 'SUBMIT', 'WITHDRAW'] as const).some(
    (perm) => inFacts(perm),
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

      <NextStepPanel proposal={p} reader={reader} actionFor={edit ? undefined : nextStepAction} />

      <ProposalFacts proposal={p}>
        {factsActions && !edit && (
          <div className="actions" role="group" aria-label={t('detail.actions')} data-testid="workflow-actions">
            {mayEdit && inFacts('EDIT') && editButton()}
            {inFacts('REQUEST_CONSULTATION') && requestConsultationButton()}
            {inFacts('ASSIGN_CONSULTANT') && assignConsultationButton()}
            {inFacts('REQUEST_ENDORSEMENTS') && requestEndorsementsButton()}
            {inFacts('SUBMIT') && submitControl()}
            {can(p, 'WITHDRAW') && (
              <WithdrawControl
                title={p.title}
                confirming={confirming === 'withdraw'}
                busy={busy}
                working={pendingStep === 'withdraw'}
                onAsk={() => {
                  setConfirming('withdraw');
                  focus('withdraw-reason');
                }}
                onCancel={() => {
                  setConfirming(null);
                  focus('withdraw-proposal');
                }}
                reason={reason}
                onReason={setReason}
                onConfirm={() => void take('withdraw', () => withdraw.mutateAsync({ id: p.id, reason }))}
              />
            )}
          </div>
        )}
        {mayEdit && editVoidsEndorsements(p) && (
          <p className="alert alert-warning" data-testid="edit-endorsement-note">
            {t('detail.editEndorsementNote')}
          </p>
        )}
      </ProposalFacts>

      <DecisionSection proposal={p} />
      <LaunchSection proposal={p} />
      <ConsultationSection proposal={p}>
        {(consultantSees || can(p, 'RECORD_CONSULTATION')) && (
          <>
            {consultantSees && <LiveSimilarCourses context="consultation" text={similarityText(p)} />}
            {can(p, 'RECORD_CONSULTATION') && (
              <ConsultationForm
                onRecord={(input) => recordConsultation.mutateAsync({ id: p.id, input })}
                onRecorded={(recorded) => {
                  outcome.succeed({ key: DONE.recordConsultation, params: { title: recorded.title } });
                }}
              />
            )}
          </>
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
              outcome.succeed({ key: NOTICES.saved, params: { title: saved.title } });
            }}
            onCancel={() => {
              setEdit(null);
              focus('edit-proposal');
            }}
            onReload={() => void reload()}
            besideUniqueness={(values) => <LiveSimilarCourses context="draft" text={similarityText(values)} />}
          />
        </>
      ) : (
        <ProposalDetails proposal={p} />
      )}

      <AttachmentsSection proposal={p} editing={edit !== null} />

      <VersionsSection proposalId={p.id} />

      <ProposalHistorySection proposalId={p.id} />
    </article>,
  );
}
