import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import { useDecideLaunchApproval, useProduction } from '../api/productionQueries';
import type { Production } from '../api/productionTypes';
import { Field } from '../../shared/components/FormField';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { PageHeading } from '../../shared/components/PageHeading';
import { ProductionFacts } from '../components/ProductionFacts';
import { productionPath } from '../components/ProductionsTable';
import { LaunchApprovalState } from '../components/LaunchSection';
import { GateChecklist } from '../components/QualitySection';
import { renderMessage, type Message } from '../../shared/i18n/message';
import { formatLaunchApproval, formatProductionStatus } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';
import { useFocusHeadingWhenLoaded } from '../../shared/components/useFocusHeadingWhenLoaded';
import { useStepOutcome } from '../../shared/components/useStepOutcome';
import { Skeleton } from '../../shared/components/Skeleton';

export const LAUNCH_COMMENT_MAX = 4000;
const HEADING_ID = 'launch-approval-heading-1';
const COMMENT_ID = 'launch-decision-comment';

/** Why this user cannot decide now: the production's stage, a decision already made, no request yet, or not theirs. */
export function whyNoLaunchDecision(p: Production): Message {
  const status = p.launchApproval?.status ?? 'NOT_REQUESTED';
  if (p.status === 'LAUNCHED' || p.status === 'RETIRED') return { key: 'launchDecision.notPossible.stage', params: { status: p.status } };
  if (status === 'APPROVED' || status === 'DECLINED') return { key: 'launchDecision.notPossible.decided', params: { state: status } };
  if (status !== 'REQUESTED') return { key: 'launchDecision.notPossible.notRequested' };
  return { key: 'launchDecision.notPossible.notYours', params: { department: p.department } };
}

/**
 * The study board's decision on the launch (`/productions/:id/launch-approval`, the e-mail's link): the
 * production's facts and its gate checklist, then *Approve launch* / *Decline* with a comment (required to
 * decline) – with DECIDE_LAUNCH_APPROVAL – or why no decision is possible.
 */
export function LaunchApprovalPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const query = useProduction(id);
  const decide = useDecideLaunchApproval();
  const p = query.data;
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<Message | null>(null);
  const outcome = useStepOutcome();
  // The decision as recorded (its state, a code), kept by the step's notice so that it is worded in the current language.
  const recordedParams = outcome.notice && 'key' in outcome.notice.message ? outcome.notice.message.params : undefined;
  const recorded = typeof recordedParams?.state === 'string' ? recordedParams.state : null;
  const failure = outcome.failure?.error ?? null;
  // Each attempt moves focus to the alert: the server's refusal and the comment's error share it.
  const [attempt, setAttempt] = useState(0);
  const errorRef = useRef<HTMLDivElement>(null);
  const recordedRef = useFocusWhenShown<HTMLParagraphElement>(outcome.notice);

  useFocusHeadingWhenLoaded(HEADING_ID, p);

  useEffect(() => {
    if (attempt > 0) errorRef.current?.focus();
  }, [attempt]);

  async function send(decision: 'APPROVED' | 'DECLINED') {
    if (!p) return;
    outcome.clear();
    const trimmed = comment.trim();
    if (decision === 'DECLINED' && !trimmed) {
      setCommentError({ key: 'launchDecision.error.commentRequired' });
      setAttempt((n) => n + 1);
      return;
    }
    if (comment.length > LAUNCH_COMMENT_MAX) {
      setCommentError({ key: 'form.error.tooLong', params: { max: LAUNCH_COMMENT_MAX } });
      setAttempt((n) => n + 1);
      return;
    }
    setCommentError(null);
    try {
      const updated = await decide.mutateAsync({ id: p.moocId, input: { decision, comment: trimmed || null } });
      setComment('');
      outcome.succeed({ key: 'launchDecision.recorded', params: { state: updated?.launchApproval?.status ?? decision } });
    } catch (err) {
      const field = err instanceof ApiError ? err.fieldErrorMap().comment : undefined;
      if (field) setCommentError({ text: field });
      outcome.fail('launchDecision.failed', err);
      setAttempt((n) => n + 1);
    }
  }

  if (query.isPending) return <Skeleton shape="detail" testId="production-loading" label={t('production.loading')} />;
  if (query.isError || !p) {
    return (
      <LoadFailure
        error={query.error}
        headingId={HEADING_ID}
        testIds={{ notFound: 'production-not-found', error: 'production-error' }}
        texts={{
          notFoundTitle: 'production.notFound.title',
          notFoundBody: 'production.notFound.body',
          loadError: 'production.loadError',
          back: 'production.backToList',
        }}
        backTo="/productions"
        onRetry={() => void query.refetch()}
      />
    );
  }

  const title = t('launchDecision.title', { title: p.title });
  const mayDecide = can(p, 'DECIDE_LAUNCH_APPROVAL');
  const commentText = commentError ? renderMessage(t, commentError, locale) : undefined;
  const reason = whyNoLaunchDecision(p);
  const reasonParams = 'key' in reason && reason.params ? { ...reason.params } : undefined;
  if (reasonParams && typeof reasonParams.state === 'string') reasonParams.state = formatLaunchApproval(t, reasonParams.state);
  if (reasonParams && typeof reasonParams.status === 'string') reasonParams.status = formatProductionStatus(t, reasonParams.status);

  return (
    <article className="production-detail decision-page" data-testid="launch-approval-page" aria-labelledby={HEADING_ID}>
      <p className="back-link">
        <Link to={productionPath(p.moocId)} data-testid="launch-decision-to-production">
          {t('launchDecision.toProduction')}
        </Link>
      </p>
      <PageHeading id={HEADING_ID} title={title}>
        {title}
      </PageHeading>
      <p className="lead">{t('launchDecision.intro')}</p>

      <div aria-live="polite" className="live-region">
        {recorded && (
          <p ref={recordedRef} tabIndex={-1} role="status" className="alert alert-success" data-testid="launch-decision-recorded" data-state={recorded}>
            {t('launchDecision.recorded', { state: formatLaunchApproval(t, recorded) })}
          </p>
        )}
      </div>

      {(failure !== null || commentError !== null) && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={errorRef} data-testid="launch-decision-error">
          {failure !== null && <p>{errorMessage(t, failure)}</p>}
          {commentText && (
            <p>
              <a
                href={`#${COMMENT_ID}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(COMMENT_ID)?.focus();
                }}
              >
                {t('form.errorSummaryItem', { field: t('decisionPage.comment.label'), message: commentText })}
              </a>
            </p>
          )}
        </div>
      )}

      <section className="card detail-section" aria-labelledby="launch-decision-heading">
        <h2 id="launch-decision-heading">{t('launchDecision.heading')}</h2>
        <LaunchApprovalState approval={p.launchApproval} />
        {mayDecide ? (
          <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="launch-decision-heading" data-testid="launch-decision-form">
            <Field
              id={COMMENT_ID}
              label={t('decisionPage.comment.label')}
              hint={t('decisionPage.comment.hint', { max: LAUNCH_COMMENT_MAX })}
              error={commentText}
            >
              {(describedBy) => (
                <textarea
                  id={COMMENT_ID}
                  rows={4}
                  aria-invalid={commentError ? true : undefined}
                  aria-describedby={describedBy}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  data-testid={COMMENT_ID}
                />
              )}
            </Field>
            <div className="form-actions">
              <button type="button" className="button" disabled={decide.isPending} onClick={() => void send('APPROVED')} data-testid="approve-launch">
                {decide.isPending ? t('decisionPage.sending') : t('launchDecision.approve')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={decide.isPending}
                onClick={() => void send('DECLINED')}
                data-testid="decline-launch"
              >
                {t('decisionPage.decline')}
              </button>
            </div>
          </form>
        ) : (
          !recorded && (
            <p className="alert alert-info" data-testid="launch-decision-not-possible">
              {'key' in reason ? t(reason.key, reasonParams) : reason.text}
            </p>
          )
        )}
      </section>

      <section className="card detail-section" aria-labelledby="launch-gates-heading">
        <h2 id="launch-gates-heading">{t('gate.heading')}</h2>
        <GateChecklist gates={p.gates ?? []} headingId="launch-gates-heading" />
      </section>

      <ProductionFacts production={p} showProposalLink={false} />
    </article>
  );
}
