import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import { useDecideBoardApproval, useDecideHeadSignature, useProposal, useRefreshAttachments } from '../api/queries';
import type { Proposal } from '../api/types';
import { ErrorAlert } from '../../shared/components/Alert';
import { AttachmentsSection } from '../components/AttachmentsSection';
import {
  EndorsementSummary,
  endorsementOf,
  type EndorsementKind,
} from '../components/EndorsementsSection';
import { Field } from '../../shared/components/FormField';
import { PageHeading } from '../../shared/components/PageHeading';
import { ProposalDetails } from '../components/ProposalDetails';
import { proposalPath } from '../components/ProposalsSection';
import { formatEndorsementState, formatStatus, shortHash } from '../../shared/i18n/format';
import type { Message } from '../../shared/i18n/message';
import { renderMessage } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';
import { useFocusHeadingWhenLoaded } from '../../shared/components/useFocusHeadingWhenLoaded';
import { Skeleton } from '../../shared/components/Skeleton';

export const DECISION_COMMENT_MAX = 4000;
const HEADING_ID = 'decision-page-heading';
const COMMENT_ID = 'decision-comment';

type Choice = 'yes' | 'no';

interface KindText {
  testId: string;
  title: MessageKey;
  intro: MessageKey;
  permission: 'DECIDE_BOARD_APPROVAL' | 'SIGN';
  given: string;
  notYours: MessageKey;
  yes: { label: MessageKey; testId: string };
  no: { label: MessageKey; testId: string };
}

const KINDS: Record<EndorsementKind, KindText> = {
  board: {
    testId: 'board-approval-page',
    title: 'decisionPage.boardTitle',
    intro: 'decisionPage.boardIntro',
    permission: 'DECIDE_BOARD_APPROVAL',
    given: 'APPROVED',
    notYours: 'decisionPage.notPossible.board',
    yes: { label: 'decisionPage.approve', testId: 'approve-proposal' },
    no: { label: 'decisionPage.decline', testId: 'decline-proposal' },
  },
  head: {
    testId: 'signature-page',
    title: 'decisionPage.signatureTitle',
    intro: 'decisionPage.signatureIntro',
    permission: 'SIGN',
    given: 'SIGNED',
    notYours: 'decisionPage.notPossible.head',
    yes: { label: 'decisionPage.sign', testId: 'sign-proposal' },
    no: { label: 'decisionPage.declineSignature', testId: 'decline-signature' },
  },
};

/** Why this user cannot decide now: the stage, a decision already made, no request yet, or not theirs. */
export function whyNotPossible(kind: EndorsementKind, p: Proposal): Message {
  const state = endorsementOf(p, kind)?.state ?? 'NOT_REQUESTED';
  if (p.status !== 'ENDORSEMENT') return { key: 'decisionPage.notPossible.stage', params: { status: p.status } };
  if (state === KINDS[kind].given || state === 'DECLINED') return { key: 'decisionPage.notPossible.decided', params: { state } };
  if (state === 'NOT_REQUESTED' || state === 'VOID') return { key: 'decisionPage.notPossible.notRequested' };
  return { key: KINDS[kind].notYours, params: { department: p.department } };
}

/**
 * The study board's approval page (`/proposals/:id/board-approval?hash=…`) or the Head of Department's
 * signature page (`/proposals/:id/signature?hash=…`). It shows the application and its attachments read-only and keeps
 * showing exactly the version it loaded; the decision carries that version's content hash, so a
 * proposal that changed meanwhile is refused (409) and the current version is shown instead.
 */
export function EndorsementDecisionPage({ id, kind }: { id: string; kind: EndorsementKind }) {
  const { t, locale } = useI18n();
  const text = KINDS[kind];
  const [searchParams] = useSearchParams();
  const mailedHash = searchParams.get('hash');
  const query = useProposal(id);
  const board = useDecideBoardApproval();
  const head = useDecideHeadSignature();
  const refreshAttachments = useRefreshAttachments();
  const pending = board.isPending || head.isPending;

  // The version on screen: pinned once loaded (after any refresh of a cached copy has finished), so that a
  // background refresh cannot change what is decided on.
  const [shown, setShown] = useState<Proposal | undefined>(undefined);
  if (shown === undefined && query.data && !query.isFetching) setShown(query.data);
  const p = shown;

  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<Message | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; conflict: boolean } | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const errorRef = useRef<HTMLDivElement>(null);
  const recordedRef = useFocusWhenShown<HTMLParagraphElement>(recorded);

  useFocusHeadingWhenLoaded(HEADING_ID, p);

  useEffect(() => {
    if (attempt > 0) errorRef.current?.focus();
  }, [attempt]);

  async function decide(choice: Choice) {
    if (!p) return;
    setFailure(null);
    setRecorded(null);
    const trimmed = comment.trim();
    if (choice === 'no' && !trimmed) {
      setCommentError({ key: 'decisionPage.error.commentRequired' });
      setAttempt((n) => n + 1);
      return;
    }
    if (comment.length > DECISION_COMMENT_MAX) {
      setCommentError({ key: 'form.error.tooLong', params: { max: DECISION_COMMENT_MAX } });
      setAttempt((n) => n + 1);
      return;
    }
    setCommentError(null);
    const contentHash = p.contentHash ?? '';
    const body = { comment: trimmed || null, contentHash };
    try {
      const updated =
        kind === 'board'
          ? await board.mutateAsync({ id: p.id, input: { ...body, decision: choice === 'yes' ? 'APPROVE' : 'DECLINE' } })
          : await head.mutateAsync({ id: p.id, input: { ...body, decision: choice === 'yes' ? 'SIGN' : 'DECLINE' } });
      setShown(updated);
      setComment('');
      setRecorded(endorsementOf(updated, kind)?.state ?? (choice === 'yes' ? text.given : 'DECLINED'));
    } catch (err) {
      const conflict = err instanceof ApiError && (err.isConflict || err.isStaleVersion);
      const fieldError = err instanceof ApiError ? err.fieldErrorMap().comment : undefined;
      if (fieldError) setCommentError({ text: fieldError });
      setFailure({ error: err, conflict });
      setAttempt((n) => n + 1);
      // Show what the server has now: after a conflict the current version, otherwise the current state.
      const [fresh] = await Promise.all([query.refetch(), refreshAttachments(id)]);
      if (fresh.data) setShown(fresh.data);
    }
  }

  if (!p) {
    if (query.isError) {
      const error = query.error;
      const notFound = error instanceof ApiError && (error.status === 404 || error.status === 403);
      const title = t(notFound ? 'detail.notFound.title' : 'detail.loadError');
      return (
        <div data-testid={notFound ? 'proposal-not-found' : 'proposal-error'}>
          <PageHeading id={HEADING_ID} title={title}>
            {title}
          </PageHeading>
          {notFound ? (
            <p>{t('detail.notFound.body')}</p>
          ) : (
            <ErrorAlert>
              <p>{errorMessage(t, error)}</p>
              <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
                {t('app.retry')}
              </button>
            </ErrorAlert>
          )}
        </div>
      );
    }
    return <Skeleton shape="detail" label={t('detail.loading')} testId="proposal-loading" />;
  }

  const title = t(text.title, { title: p.title });
  const mayDecide = can(p, text.permission);
  const hashChanged = Boolean(mailedHash && p.contentHash && mailedHash !== p.contentHash);
  const commentText = commentError ? renderMessage(t, commentError, locale) : undefined;
  const showError = failure !== null || commentError !== null;

  return (
    <article className="proposal-detail decision-page" data-testid={text.testId} aria-labelledby={HEADING_ID}>
      <p className="back-link">
        <Link to={proposalPath(p)} data-testid="decision-to-proposal">
          {t('decisionPage.toProposal')}
        </Link>
      </p>
      <PageHeading id={HEADING_ID} title={title}>
        {title}
      </PageHeading>
      <p className="lead">{t(text.intro)}</p>
      <p data-testid="content-hash" data-hash={p.contentHash ?? ''}>
        {t('decisionPage.version', { revision: p.revision ?? 1, hash: shortHash(p.contentHash) })}
        <span className="visually-hidden"> {t('detail.contentHashFull', { hash: p.contentHash ?? '' })}</span>
      </p>

      {hashChanged && (
        <p className="alert alert-warning" data-testid="hash-changed-warning">
          {t('decisionPage.hashChanged')}
        </p>
      )}

      <div aria-live="polite" className="live-region">
        {recorded && (
          <p
            ref={recordedRef}
            tabIndex={-1}
            role="status"
            className="alert alert-success"
            data-testid="decision-recorded"
            data-state={recorded}
          >
            {t('decisionPage.recorded', { state: formatEndorsementState(t, recorded) })}
          </p>
        )}
      </div>

      {showError && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={errorRef} data-testid="decision-error">
          {failure?.conflict ? (
            <p data-testid="decision-conflict">{t('decisionPage.conflict')}</p>
          ) : failure ? (
            <p>{errorMessage(t, failure.error)}</p>
          ) : null}
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

      <section className="card detail-section" aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t('decisionPage.decisionHeading')}</h2>
        <EndorsementSummary kind={kind} endorsement={endorsementOf(p, kind)} />
        {mayDecide ? (
          <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="decision-heading" data-testid="decision-form">
            <Field
              id={COMMENT_ID}
              label={t('decisionPage.comment.label')}
              hint={t('decisionPage.comment.hint', { max: DECISION_COMMENT_MAX })}
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
                  data-testid="decision-comment"
                />
              )}
            </Field>
            <div className="form-actions">
              <button
                type="button"
                className="button"
                disabled={pending}
                onClick={() => void decide('yes')}
                data-testid={text.yes.testId}
              >
                {pending ? t('decisionPage.sending') : t(text.yes.label)}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={pending}
                onClick={() => void decide('no')}
                data-testid={text.no.testId}
              >
                {t(text.no.label)}
              </button>
            </div>
          </form>
        ) : (
          !recorded && (
            <p className="alert alert-info" data-testid="decision-not-possible">
              {renderDecisionReason(t, whyNotPossible(kind, p), locale)}
            </p>
          )
        )}
      </section>

      <ProposalDetails proposal={p} />
      <AttachmentsSection proposal={p} readOnly />
    </article>
  );
}

function renderDecisionReason(t: ReturnType<typeof useI18n>['t'], message: Message, locale: string): string {
  if ('key' in message && message.params) {
    const params = { ...message.params };
    if (typeof params.state === 'string') params.state = formatEndorsementState(t, params.state);
    if (typeof params.status === 'string') params.status = formatStatus(t, params.status);
    return renderMessage(t, { key: message.key, params }, locale);
  }
  return renderMessage(t, message, locale);
}
