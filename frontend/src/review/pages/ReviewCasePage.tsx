import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../shared/api/client';
import { can } from '../../shared/api/permissions';
import { useAssignCaseMember, useDecideCase, useDeclareConflict, useDraftDecisionLetter, useHandOverCase, useRefreshReviewCase, useReviewCase, useSubmitAssessment, useVolunteerForCase } from '../api/reviewQueries';
import { memberOf } from '../api/reviewCase';
import type { ReviewCase } from '../api/reviewTypes';
import { AssessmentArea } from '../components/AssessmentArea';
import { AssessmentsSection } from '../components/AssessmentsSection';
import { CaseConflictNotice } from '../components/CaseConflictNotice';
import { CaseDecisionForm } from '../components/CaseDecisionForm';
import { CaseDecisionView } from '../components/CaseDecision';
import { CaseEvidence, EVIDENCE_HEADING_ID } from '../components/CaseEvidence';
import { CaseFacts } from '../components/CaseFacts';
import { CaseHistorySection } from '../components/CaseHistorySection';
import { CaseMembersSection, type MemberStep } from '../components/CaseMembersSection';
import { CaseNextStepPanel } from '../components/CaseNextStepPanel';
import { DECISION_SENT, FAILED, MEMBER_STEP_FAILURES, NoticeMessage, StepFailure, type Step } from '../components/CaseStepMessages';
import { DeclarationForm } from '../components/DeclarationForm';
import { DiscussionSection } from '../components/DiscussionSection';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { PageHeading } from '../../shared/components/PageHeading';
import { StepPage } from '../../shared/components/StepPage';
import type { Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';
import { useStepOutcome } from '../../shared/components/useStepOutcome';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { useFocusHeadingWhenLoaded } from '../../shared/components/useFocusHeadingWhenLoaded';
import { Skeleton } from '../../shared/components/Skeleton';

const HEADING_ID = 'review-case-heading';

function nameOf(c: ReviewCase, username: string): string {
  return (c.members ?? []).find((m) => m.username === username)?.name ?? username;
}

/**
 * One review case (`/review-cases/:id`), a reviewer's workspace: what's next for the reader (and, with a conflict of
 * interest, why they may not act and how to hand over), the facts, the previous round and the decision once taken;
 * then the whole application beside the work on the case (members and chair, the member's declaration and assessment,
 * everyone's assessments, the discussion, the chair's decision). On a wide screen the application stands in its own
 * scrollable column next to the work; on a narrow one it comes first. Every action comes from the case's
 * `permissions`; the server checks again.
 */
export function ReviewCasePage({ id, username }: { id: string; username: string }) {
  const { t } = useI18n();
  const caseQuery = useReviewCase(id, { withParts: true });
  const assign = useAssignCaseMember();
  const volunteer = useVolunteerForCase();
  const handOver = useHandOverCase();
  const declare = useDeclareConflict();
  const assess = useSubmitAssessment();
  const draft = useDraftDecisionLetter();
  const decide = useDecideCase();
  const refresh = useRefreshReviewCase();
  const reader = useCurrentUser();
  const [pendingStep, setPendingStep] = useState<MemberStep | null>(null);
  const outcome = useStepOutcome();
  const failure = outcome.failure;
  // The case's alert lists the server's field errors and a sent decision is a status of its own, so this page
  // renders the outcome itself; these refs give the shown one focus.
  const noticeRef = useFocusWhenShown<HTMLParagraphElement>(outcome.notice);
  const failureRef = useFocusWhenShown<HTMLDivElement>(failure);

  const reviewCase = caseQuery.data;
  useFocusHeadingWhenLoaded(HEADING_ID, reviewCase);

  const announce = (key: MessageKey, params?: Record<string, string | number>) => outcome.succeed({ key, params });

  /** A step failed for a reason that is no field's: say why (the alert takes focus) and read the case again. */
  const failed = (step: Step, error: unknown) => {
    outcome.fail(FAILED[step], error);
    void refresh(id);
  };

  /** Takes a member step; the outcome is announced, a failure shown as an alert and the case read again. */
  async function take(step: MemberStep, call: () => Promise<ReviewCase>, done: (updated: ReviewCase) => Message) {
    outcome.clear();
    setPendingStep(step);
    try {
      const updated = await call();
      outcome.succeed(done(updated));
    } catch (error) {
      failed(step, error);
    } finally {
      setPendingStep(null);
    }
  }

  const page = (content: ReactNode) => (
    <StepPage
      className="review-case-page"
      notice={<NoticeMessage message={outcome.notice?.message ?? null} noticeRef={noticeRef} />}
      failure={failure && <StepFailure title={failure.title} error={failure.error} failureRef={failureRef} />}
    >
      {content}
    </StepPage>
  );

  if (caseQuery.isPending) {
    return page(<Skeleton shape="detail" label={t('case.loading')} testId="review-case-loading" />);
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
  const memberStep = failure && MEMBER_STEP_FAILURES[failure.title];
  if (memberStep && failure.error instanceof ApiError) {
    const usernameError = failure.error.fieldErrorMap().username;
    if (usernameError) fieldErrors[memberStep] = usernameError;
  }

  const onVolunteer = () => void take('volunteer', () => volunteer.mutateAsync({ id: c.id }), () => ({ key: 'case.done.volunteer' }));

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

      <CaseNextStepPanel reviewCase={c} username={username} busy={pendingStep !== null} onVolunteer={onVolunteer} />
      <CaseConflictNotice reviewCase={c} username={username} />

      <CaseFacts reviewCase={c} />

      {c.decision && <CaseDecisionView decision={c.decision} />}

      <div className="case-workspace" data-testid="case-workspace">
        {/* Focusable, so that the column scrolls by keyboard too where it scrolls on its own (wide screens). */}
        <div className="case-workspace-evidence" tabIndex={0} role="region" aria-labelledby={EVIDENCE_HEADING_ID} data-testid="case-evidence-column">
          <CaseEvidence reviewCase={c} />
        </div>
        <div className="case-workspace-work" data-testid="case-work-column">
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
            onVolunteer={onVolunteer}
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
              onDecided={(_, decided) => outcome.succeed({ key: DECISION_SENT, params: { outcome: decided } })}
              onFailed={(error) => failed('decide', error)}
            />
          )}
        </div>
      </div>

      <CaseHistorySection caseId={c.id} roles={reader?.roles ?? []} />
    </article>,
  );
}

