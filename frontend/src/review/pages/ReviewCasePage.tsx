import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import {
  useAssessments,
  useAssignCaseMember,
  useDecideCase,
  useDeclareConflict,
  useDraftDecisionLetter,
  useHandOverCase,
  useRefreshReviewCase,
  useReviewCase,
  useSubmitAssessment,
  useVolunteerForCase,
} from '../../proposals/api/queries';
import { memberOf } from '../api/reviewCase';
import type { ReviewCase } from '../../proposals/api/types';
import { StatusMessage } from '../../shared/components/Alert';
import { AssessmentForm } from '../components/AssessmentForm';
import { assessmentValues } from '../components/assessmentForm';
import { AssessmentsSection } from '../components/AssessmentsSection';
import { CaseDecisionForm, CaseDecisionView } from '../components/CaseDecision';
import { CaseMembersSection, type MemberStep } from '../components/CaseMembersSection';
import { CaseSnapshot } from '../components/CaseSnapshot';
import { DeclarationForm } from '../../proposals/components/DeclarationForm';
import { DiscussionSection } from '../components/DiscussionSection';
import { MAIN_ID } from '../../shared/components/Layout';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { PageHeading } from '../../shared/components/PageHeading';
import { StepPage } from '../../shared/components/StepPage';
import { formatDateTime, formatDecisionOutcome, formatStatus, statusBadgeClass } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';

const HEADING_ID = 'review-case-heading';

/** A confirmation kept as data, so that it follows a language switch. */
type Notice = { kind: 'step'; message: Message } | { kind: 'decision'; outcome: string };

/** Every step on the case: the member steps here, and the forms' (declare, assess, decide). */
type Step = MemberStep | 'declare' | 'assess' | 'decide';

const FAILED: Record<Step, MessageKey> = {
  assign: 'case.failed.assign',
  volunteer: 'case.failed.volunteer',
  handOver: 'case.failed.handOver',
  declare: 'case.failed.declare',
  assess: 'case.failed.assess',
  decide: 'case.failed.decide',
};

function nameOf(c: ReviewCase, username: string): string {
  return (c.members ?? []).find((m) => m.username === username)?.name ?? username;
}

/**
 * One review case (`/review-cases/:id`): the facts, the previous round, the decision once taken, the
 * members and the chair, the member's declaration and assessment, everyone's assessments with the summary,
 * the discussion, the chair's decision, and the proposal as submitted. Every action comes from the case's
 * `permissions`; the server checks again.
 */
export function ReviewCasePage({ id, username }: { id: string; username: string }) {
  const { t, locale } = useI18n();
  const caseQuery = useReviewCase(id);
  const assign = useAssignCaseMember();
  const volunteer = useVolunteerForCase();
  const handOver = useHandOverCase();
  const declare = useDeclareConflict();
  const assess = useSubmitAssessment();
  const draft = useDraftDecisionLetter();
  const decide = useDecideCase();
  const refresh = useRefreshReviewCase();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<{ step: Step; error: unknown; n: number } | null>(null);
  const [pendingStep, setPendingStep] = useState<MemberStep | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const headingFocused = useRef(false);

  const reviewCase = caseQuery.data;

  // The layout focuses the <h1> after navigation, but it did not exist yet while loading.
  useEffect(() => {
    if (!reviewCase || headingFocused.current) return;
    headingFocused.current = true;
    const active = document.activeElement;
    if (!active || active === document.body || active.id === MAIN_ID) document.getElementById(HEADING_ID)?.focus();
  }, [reviewCase]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const announce = (key: MessageKey, params?: Record<string, string | number>) => {
    setFailure(null);
    setNotice({ kind: 'step', message: { key, params } });
  };

  /** A step failed for a reason that is no field's: say why (the alert takes focus) and read the case again. */
  const failed = (step: Step, error: unknown) => {
    setNotice(null);
    setFailure((f) => ({ step, error, n: (f?.n ?? 0) + 1 }));
    void refresh(id);
  };

  /** Takes a member step; the outcome is announced, a failure shown as an alert and the case read again. */
  async function take(step: MemberStep, call: () => Promise<ReviewCase>, done: (updated: ReviewCase) => Message) {
    setNotice(null);
    setFailure(null);
    setPendingStep(step);
    try {
      const updated = await call();
      setNotice({ kind: 'step', message: done(updated) });
    } catch (error) {
      failed(step, error);
    } finally {
      setPendingStep(null);
    }
  }

  const page = (content: ReactNode) => (
    <StepPage
      className="review-case-page"
      notice={<NoticeMessage notice={notice} noticeRef={noticeRef} />}
      failure={failure && <StepFailure step={failure.step} error={failure.error} failureRef={failureRef} />}
    >
      {content}
    </StepPage>
  );

  if (caseQuery.isPending) {
    return page(<StatusMessage testId="review-case-loading">{t('case.loading')}</StatusMessage>);
  }

  if (caseQuery.isError || !reviewCase) {
    return page(
      <LoadFailure
        error={caseQuery.error}
        headingId={HEADING_ID}
        testIds={{ notFound: 'review-case-not-found', error: 'review-case-error' }}
        texts={{ notFoundTitle: 'case.notFound.title', notFoundBody: 'case.notFound.body', loadError: 'case.loadError', back: 'case.backToList' }}
        backTo="/review-cases"
        onRetry={() => void caseQuery.refetch()}
      />,
    );
  }

  const c = reviewCase;
  const me = memberOf(c, username);
  const fieldErrors: Partial<Record<MemberStep, string>> = {};
  if (failure && failure.error instanceof ApiError && ['assign', 'volunteer', 'handOver'].includes(failure.step)) {
    const usernameError = failure.error.fieldErrorMap().username;
    if (usernameError) fieldErrors[failure.step as MemberStep] = usernameError;
  }

  return page(
    <article className="review-case" data-testid="review-case-page" data-status={c.status} aria-labelledby={HEADING_ID}>
      <p className="back-link">
        <Link to="/review-cases" data-testid="back-to-review-cases">
          {t('case.backToList')}
        </Link>
      </p>
      <PageHeading id={HEADING_ID} title={t('case.documentTitle', { title: c.title })}>
        {c.title}
      </PageHeading>
      <p className="lead">{t('case.lead', { round: c.round })}</p>

      <section className="card facts" aria-labelledby="case-facts-heading" data-testid="case-facts">
        <h2 id="case-facts-heading" className="visually-hidden">
          {t('case.facts')}
        </h2>
        <dl className="facts-list">
          <div>
            <dt>{t('detail.status')}</dt>
            <dd data-testid="case-status" data-status={c.status}>
              <span className={statusBadgeClass(c.status)}>{formatStatus(t, c.status)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('review.col.round')}</dt>
            <dd data-testid="case-round">{c.round}</dd>
          </div>
          <div>
            <dt>{t('case.proposalVersion')}</dt>
            <dd>{c.proposalVersion}</dd>
          </div>
          <div>
            <dt>{t('detail.department')}</dt>
            <dd>{c.department}</dd>
          </div>
          <div>
            <dt>{t('detail.instructor')}</dt>
            <dd>{c.instructor?.name}</dd>
          </div>
          <div>
            <dt>{t('review.col.opened')}</dt>
            <dd>
              <time dateTime={c.openedAt}>{formatDateTime(locale, c.openedAt)}</time>
            </dd>
          </div>
          {c.daysWaiting !== null && c.daysWaiting !== undefined && (
            <div>
              <dt>{t('overview.col.daysWaiting')}</dt>
              <dd data-testid="case-days-waiting">{c.daysWaiting}</dd>
            </div>
          )}
          {c.closedAt && (
            <div>
              <dt>{t('case.closedAt')}</dt>
              <dd>
                <time dateTime={c.closedAt}>{formatDateTime(locale, c.closedAt)}</time>
                {c.closeReason && <span className="block">{c.closeReason}</span>}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('detail.moocId')}</dt>
            <dd className="mono">{c.moocId}</dd>
          </div>
        </dl>
        <p>
          <Link to={`/proposals/${encodeURIComponent(c.moocId)}`} data-testid="case-proposal-link">
            {t('case.toProposal')}
          </Link>
        </p>
      </section>

      {c.previousRound && (
        <section
          className="card detail-section"
          aria-labelledby="previous-round-heading"
          data-testid="previous-round"
          data-outcome={c.previousRound.outcome}
        >
          <h2 id="previous-round-heading">{t('case.previousRound.heading', { round: c.previousRound.round })}</h2>
          <dl className="detail-list">
            <div className="detail-item">
              <dt>{t('decision.outcome')}</dt>
              <dd>{formatDecisionOutcome(t, c.previousRound.outcome)}</dd>
            </div>
            <div className="detail-item">
              <dt>{t('decision.comments')}</dt>
              <dd className={c.previousRound.comments ? 'prose-value' : 'muted'}>
                {c.previousRound.comments || t('case.previousRound.noComments')}
              </dd>
            </div>
          </dl>
        </section>
      )}

      {c.decision && <CaseDecisionView decision={c.decision} />}

      <CaseMembersSection
        reviewCase={c}
        username={username}
        pendingStep={pendingStep}
        fieldErrors={fieldErrors}
        onAssign={(member) =>
          void take(
            'assign',
            () => assign.mutateAsync({ id: c.id, username: member }),
            (updated) => ({ key: 'case.done.assign', params: { name: nameOf(updated, member) } }),
          )
        }
        onVolunteer={() => void take('volunteer', () => volunteer.mutateAsync({ id: c.id }), () => ({ key: 'case.done.volunteer' }))}
        onHandOver={(member) =>
          void take(
            'handOver',
            () => handOver.mutateAsync({ id: c.id, username: member }),
            (updated) => ({ key: 'case.done.handOver', params: { name: nameOf(updated, member) } }),
          )
        }
      />

      {can(c, 'DECLARE') && (
        <DeclarationForm
          member={me}
          onDeclare={(input) => declare.mutateAsync({ id: c.id, input })}
          onDeclared={(_, conflict) => announce(conflict ? 'case.done.declaredConflict' : 'case.done.declaredNoConflict')}
          onFailed={(error) => failed('declare', error)}
        />
      )}

      <CaseSnapshot reviewCase={c} />

      {can(c, 'ASSESS') ? (
        <AssessmentArea
          reviewCase={c}
          username={username}
          onSubmit={(input) => assess.mutateAsync({ id: c.id, input })}
          onSaved={() => announce('case.done.assessed')}
          onFailed={(error) => failed('assess', error)}
        />
      ) : (
        me &&
        me.declaration === 'NOT_DECLARED' &&
        !me.conflicted &&
        c.status === 'OPEN' && (
          <p className="alert alert-info" data-testid="assessment-declare-first">
            {t('assessment.declareFirst')}
          </p>
        )
      )}

      <AssessmentsSection reviewCase={c} username={username} />

      <DiscussionSection reviewCase={c} username={username} onPosted={() => announce('case.done.posted')} />

      {can(c, 'DECIDE') && (
        <CaseDecisionForm
          reviewCase={c}
          onDraft={(outcome) => draft.mutateAsync({ id: c.id, outcome })}
          onDecide={(input) => decide.mutateAsync({ id: c.id, input })}
          onDecided={(_, outcome) => {
            setFailure(null);
            setNotice({ kind: 'decision', outcome });
          }}
          onFailed={(error) => failed('decide', error)}
        />
      )}
    </article>,
  );
}

/** The member's assessment form, filled with their own assessment once it is in. */
function AssessmentArea({
  reviewCase: c,
  username,
  onSubmit,
  onSaved,
  onFailed,
}: {
  reviewCase: ReviewCase;
  username: string;
  onSubmit: Parameters<typeof AssessmentForm>[0]['onSubmit'];
  onSaved: () => void;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const me = memberOf(c, username);
  const mayRead = can(c, 'READ_ASSESSMENTS');
  const assessments = useAssessments(c.id, mayRead);
  const own = assessments.data?.find((a) => a.username === username);

  if (me?.assessed && mayRead && assessments.isPending) {
    return <StatusMessage testId="own-assessment-loading">{t('assessment.loadingOwn')}</StatusMessage>;
  }
  return (
    <AssessmentForm
      // A new form with the saved values once the member's own assessment is (re)read.
      key={own ? `${own.submittedAt ?? ''}-${own.updatedAt ?? ''}` : 'new'}
      initialValues={assessmentValues(own)}
      update={Boolean(me?.assessed || own)}
      onSubmit={onSubmit}
      onSaved={onSaved}
      onFailed={onFailed}
    />
  );
}

/** Why a step failed, as an alert that takes focus (a changed case is read again meanwhile). */
function StepFailure({ step, error, failureRef }: { step: Step; error: unknown; failureRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useI18n();
  const fields = error instanceof ApiError ? error.fieldErrors : [];
  return (
    <div
      className="alert alert-error"
      role="alert"
      tabIndex={-1}
      ref={failureRef}
      aria-labelledby="case-failure-title"
      data-testid="case-action-error"
    >
      <p className="alert-title" id="case-failure-title">
        <strong>{t(FAILED[step])}</strong>
      </p>
      <p>{errorMessage(t, error)}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f, i) => (
            <li key={`${f.field}-${i}`}>
              {t('form.errorSummaryItem', {
                field: f.field.split('.').pop() === 'username' ? t('case.members.col.name') : f.field,
                message: f.message,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The confirmation of the last step, in the page's polite live region; it takes focus. */
function NoticeMessage({ notice, noticeRef }: { notice: Notice | null; noticeRef: RefObject<HTMLParagraphElement | null> }) {
  const { t, locale } = useI18n();
  if (notice?.kind === 'step') {
    return (
      <p ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid="case-notice">
        {renderMessage(t, notice.message, locale)}
      </p>
    );
  }
  if (notice?.kind === 'decision') {
    return (
      <p
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className="alert alert-success"
        data-testid="decision-sent"
        data-outcome={notice.outcome}
      >
        {t('caseDecision.sent', { outcome: formatDecisionOutcome(t, notice.outcome) })}
      </p>
    );
  }
  return null;
}
