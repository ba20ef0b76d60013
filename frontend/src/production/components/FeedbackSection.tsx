import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import { useCloseRound, useFeedback } from '../api/productionQueries';
import { FEEDBACK_ROUNDS, type FeedbackRound, type Production } from '../api/productionTypes';
import { formatDateTime, formatStatus, statusBadgeClass } from '../../shared/i18n/format';
import { formatRound, personName } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { PendingSignIn } from '../../shared/components/PendingSignIn';
import { useSteps } from './productionSteps';
import { Skeleton } from '../../shared/components/Skeleton';
import { CommentForm, CommentItem } from './FeedbackComments';
import { InviteForm } from './FeedbackInvite';

/**
 * The two feedback rounds (teaching plan, material): status, the invited colleague, the comments with their
 * resolution. By permission: invite a colleague (from the suggestions or typed in), comment, resolve or decline a
 * comment (a note is required to decline), and close the round (the server refuses while a comment is open).
 */
export function FeedbackSection({ production: p }: { production: Production }) {
  const { t } = useI18n();
  const feedback = useFeedback(p.moocId);
  const rounds = feedback.data ? orderRounds(feedback.data) : [];

  return (
    <section className="card detail-section" aria-labelledby="feedback-heading" data-testid="section-feedback">
      <h2 id="feedback-heading">{t('feedback.heading')}</h2>
      <p className="muted">{t('feedback.intro')}</p>
      {feedback.isPending && <Skeleton shape="cards" count={2} testId="feedback-loading" label={t('feedback.loading')} />}
      {feedback.isError && (
        <ErrorAlert testId="feedback-load-error">
          <p>
            {t('feedback.loadError')} {errorMessage(t, feedback.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void feedback.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {rounds.map((round) => (
        <RoundCard key={round.round} round={round} production={p} />
      ))}
    </section>
  );
}

/** The programme's rounds first, in their order; any other round the server sends after them. */
function orderRounds(rounds: FeedbackRound[]): FeedbackRound[] {
  const known = FEEDBACK_ROUNDS as readonly string[];
  const rank = (r: FeedbackRound) => (known.includes(r.round) ? known.indexOf(r.round) : known.length);
  return [...rounds].sort((a, b) => rank(a) - rank(b));
}

function RoundCard({ round: r, production: p }: { round: FeedbackRound; production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const close = useCloseRound();
  const open = r.status === 'OPEN';
  const headingId = `feedback-${r.round}-heading`;
  const name = formatRound(t, r.round);

  return (
    <section className="feedback-round" aria-labelledby={headingId} data-testid={`feedback-round-${r.round}`} data-status={r.status}>
      <h3 id={headingId}>{name}</h3>
      <dl className="facts-list">
        <div>
          <dt>{t('detail.status')}</dt>
          <dd data-testid={`feedback-status-${r.round}`}>
            <span className={statusBadgeClass(r.status)}>{formatStatus(t, r.status)}</span>
            {!open && r.closedAt && (
              <span className="muted">
                {' '}
                {t('feedback.closedOn', { when: formatDateTime(locale, r.closedAt), who: personName(r.closedBy) || '–' })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('feedback.colleague')}</dt>
          <dd data-testid={`feedback-colleague-${r.round}`}>
            {r.colleague ? (
              <>
                {r.colleague.name} (<a href={`mailto:${r.colleague.email}`}>{r.colleague.email}</a>)
                <PendingSignIn pending={r.colleague.pending} />
              </>
            ) : (
              <span className="muted">{t('feedback.noColleague')}</span>
            )}
          </dd>
        </div>
      </dl>

      <h4 id={`feedback-${r.round}-comments-heading`}>{t('feedback.comments')}</h4>
      {r.comments.length === 0 ? (
        <p className="empty" data-testid={`feedback-comments-empty-${r.round}`}>
          {t('feedback.noComments')}
        </p>
      ) : (
        <ul className="comment-list" aria-labelledby={`feedback-${r.round}-comments-heading`} data-testid={`feedback-comments-${r.round}`}>
          {r.comments.map((c) => (
            <CommentItem key={c.id} comment={c} round={r} production={p} />
          ))}
        </ul>
      )}

      {open && can(p, 'COMMENT') && <CommentForm round={r} production={p} />}
      {open && can(p, 'INVITE_COLLEAGUE') && <InviteForm round={r} production={p} />}
      {open && can(p, 'CLOSE_FEEDBACK') && (
        <p>
          <button
            type="button"
            className="button button-secondary"
            data-testid={`feedback-close-${r.round}`}
            disabled={steps.pending !== null}
            onClick={() =>
              void steps.run(`close-${r.round}`, 'feedback.failed.close', () => close.mutateAsync({ id: p.moocId, round: r.round }), () => ({
                key: 'feedback.done.close',
                params: { round: name },
              }))
            }
          >
            {steps.pending === `close-${r.round}` ? t('workflow.working') : t('feedback.close', { round: name })}
          </button>
        </p>
      )}
    </section>
  );
}
