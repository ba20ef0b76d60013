import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import {
  useAddComment,
  useCloseRound,
  useColleagueSuggestions,
  useFeedback,
  useInviteColleague,
  useResolveComment,
} from '../api/productionQueries';
import { FEEDBACK_ROUNDS, type FeedbackComment, type FeedbackRound, type Production } from '../api/productionTypes';
import { formatDate, formatDateTime, formatStatus, statusBadgeClass } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import { formatAuthorRole, formatResolution, formatRound, personName } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Field } from '../../shared/components/FormField';
import { PendingSignIn } from '../../shared/components/PendingSignIn';
import { isEmail } from './productionModel';
import { useSteps } from './productionSteps';
import { Skeleton } from '../../shared/components/Skeleton';

export const COMMENT_MAX = 4000;
export const RESOLUTION_NOTE_MAX = 2000;

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

function CommentItem({ comment: c, round: r, production: p }: { comment: FeedbackComment; round: FeedbackRound; production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const resolve = useResolveComment();
  const [note, setNote] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const noteId = `resolution-note-${c.id}`;
  const mayResolve = r.status === 'OPEN' && c.resolution === 'OPEN' && can(p, 'RESOLVE_COMMENTS');

  async function decide(resolution: 'RESOLVED' | 'DECLINED') {
    const trimmed = note.trim();
    if (resolution === 'DECLINED' && !trimmed) {
      setError({ key: 'feedback.error.noteRequired' });
      document.getElementById(noteId)?.focus();
      return;
    }
    if (note.length > RESOLUTION_NOTE_MAX) {
      setError({ key: 'form.error.tooLong', params: { max: RESOLUTION_NOTE_MAX } });
      document.getElementById(noteId)?.focus();
      return;
    }
    setError(null);
    const ok = await steps.run(
      `resolve-${c.id}`,
      'feedback.failed.resolve',
      () =>
        resolve
          .mutateAsync({ id: p.moocId, round: r.round, commentId: c.id, resolution, note: trimmed || null })
          .catch((err: unknown) => {
            const field = err instanceof ApiError ? err.fieldErrorMap().note : undefined;
            if (field) setError({ text: field });
            throw err;
          }),
      () => ({ key: resolution === 'RESOLVED' ? 'feedback.done.resolved' : 'feedback.done.declined' }),
    );
    if (ok) setNote('');
  }

  const author = personName(c.author) || t('discussion.unknownAuthor');
  return (
    <li className="comment" data-testid="feedback-comment" data-comment-id={c.id} data-resolution={c.resolution}>
      <p className="post-meta">
        <strong>{author}</strong> ({formatAuthorRole(t, c.authorRole)}) ·{' '}
        <time dateTime={c.createdAt}>{formatDateTime(locale, c.createdAt)}</time>
      </p>
      <p className="prose-value">{c.text}</p>
      <p data-testid="comment-resolution">
        <span className={`badge badge-resolution-${String(c.resolution).toLowerCase()}`}>{formatResolution(t, c.resolution)}</span>
        {c.resolutionNote && (
          <span>
            {' '}
            {t('feedback.note')} {c.resolutionNote}
          </span>
        )}
      </p>
      {mayResolve && (
        <div className="resolve-form" role="group" aria-label={t('feedback.resolve.group', { author })}>
          <Field
            id={noteId}
            label={t('feedback.note.label')}
            hint={t('feedback.note.hint', { max: RESOLUTION_NOTE_MAX })}
            error={error ? renderMessage(t, error, locale) : undefined}
          >
            {(describedBy) => (
              <textarea
                id={noteId}
                rows={2}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                data-testid={noteId}
              />
            )}
          </Field>
          <div className="form-actions">
            <button
              type="button"
              className="button button-small"
              data-testid={`resolve-${c.id}`}
              disabled={steps.pending !== null}
              onClick={() => void decide('RESOLVED')}
            >
              {t('feedback.resolve')}
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              data-testid={`decline-comment-${c.id}`}
              disabled={steps.pending !== null}
              onClick={() => void decide('DECLINED')}
            >
              {t('feedback.decline')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

function CommentForm({ round: r, production: p }: { round: FeedbackRound; production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const add = useAddComment();
  const [text, setText] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const id = `comment-text-${r.round}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || text.length > COMMENT_MAX) {
      setError(trimmed ? { key: 'form.error.tooLong', params: { max: COMMENT_MAX } } : { key: 'feedback.error.commentRequired' });
      document.getElementById(id)?.focus();
      return;
    }
    setError(null);
    const ok = await steps.run(
      `comment-${r.round}`,
      'feedback.failed.comment',
      () =>
        add.mutateAsync({ id: p.moocId, round: r.round, text: trimmed }).catch((err: unknown) => {
          const field = err instanceof ApiError ? err.fieldErrorMap().text : undefined;
          if (field) setError({ text: field });
          throw err;
        }),
      () => ({ key: 'feedback.done.comment', params: { round: formatRound(t, r.round) } }),
    );
    if (ok) setText('');
  }

  return (
    <form noValidate className="comment-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`} data-testid={`comment-form-${r.round}`}>
      <h4 id={`${id}-heading`}>{t('feedback.comment.heading')}</h4>
      <Field
        id={id}
        label={t('feedback.comment.label')}
        hint={t('feedback.comment.hint', { max: COMMENT_MAX })}
        error={error ? renderMessage(t, error, locale) : undefined}
        required
      >
        {(describedBy) => (
          <textarea
            id={id}
            rows={3}
            aria-required="true"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid={id}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={steps.pending !== null} data-testid={`comment-submit-${r.round}`}>
        {steps.pending === `comment-${r.round}` ? t('workflow.working') : t('feedback.comment.submit')}
      </button>
    </form>
  );
}

function InviteForm({ round: r, production: p }: { round: FeedbackRound; production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const invite = useInviteColleague();
  const suggestions = useColleagueSuggestions(p.moocId, true);
  const [choice, setChoice] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<{ name?: Message; email?: Message }>({});
  const prefix = `colleague-${r.round}`;

  function choose(value: string) {
    setChoice(value);
    const s = suggestions.data?.find((x) => x.email === value);
    if (s) {
      setName(s.name);
      setEmail(s.email);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: { name?: Message; email?: Message } = {};
    if (!name.trim()) found.name = { key: 'form.error.teamNameRequired' };
    if (!email.trim()) found.email = { key: 'productionTeam.error.emailRequired' };
    else if (!isEmail(email)) found.email = { key: 'form.error.emailInvalid' };
    setErrors(found);
    if (found.name || found.email) {
      document.getElementById(found.name ? `${prefix}-name` : `${prefix}-email`)?.focus();
      return;
    }
    const colleague = { name: name.trim(), email: email.trim() };
    const ok = await steps.run(
      `invite-${r.round}`,
      'feedback.failed.invite',
      () =>
        invite.mutateAsync({ id: p.moocId, round: r.round, colleague }).catch((err: unknown) => {
          if (err instanceof ApiError) {
            const map = err.fieldErrorMap();
            setErrors({ name: map.name ? { text: map.name } : undefined, email: map.email ? { text: map.email } : undefined });
          }
          throw err;
        }),
      () => ({ key: 'feedback.done.invite', params: { name: colleague.name, round: formatRound(t, r.round) } }),
    );
    if (ok) {
      setChoice('');
      setName('');
      setEmail('');
    }
  }

  const text = (m?: Message) => (m ? renderMessage(t, m, locale) : undefined);
  return (
    <form noValidate className="invite-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${prefix}-heading`} data-testid={`invite-form-${r.round}`}>
      <h4 id={`${prefix}-heading`}>{t(r.colleague ? 'feedback.invite.headingChange' : 'feedback.invite.heading')}</h4>
      <p className="hint">{t('feedback.invite.intro')}</p>
      {suggestions.isPending && <Skeleton shape="text" count={2} label={t('feedback.suggestions.loading')} />}
      {suggestions.isError && <p className="muted">{t('feedback.suggestions.loadError')}</p>}
      {suggestions.data && suggestions.data.length > 0 && (
        <Field id={`${prefix}-suggestion`} label={t('feedback.suggestions.label')} hint={t('feedback.suggestions.hint')}>
          {(describedBy) => (
            <select
              id={`${prefix}-suggestion`}
              aria-describedby={describedBy}
              value={choice}
              onChange={(e) => choose(e.target.value)}
              data-testid={`colleague-suggestion-${r.round}`}
            >
              <option value="">{t('feedback.suggestions.choose')}</option>
              {suggestions.data.map((s) => (
                <option key={s.email} value={s.email}>
                  {t('feedback.suggestions.option', {
                    name: s.name,
                    mooc: s.moocTitle ?? '–',
                    department: s.department ?? '–',
                    launched: s.launchDate ? formatDate(locale, s.launchDate) : '–',
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {suggestions.data && suggestions.data.length === 0 && (
        <p className="muted" data-testid={`colleague-suggestions-empty-${r.round}`}>
          {t('feedback.suggestions.none')}
        </p>
      )}
      <Field id={`${prefix}-name`} label={t('feedback.colleague.name')} error={text(errors.name)} required>
        {(describedBy) => (
          <input
            id={`${prefix}-name`}
            type="text"
            aria-required="true"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy}
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid={`colleague-name-${r.round}`}
          />
        )}
      </Field>
      <Field id={`${prefix}-email`} label={t('feedback.colleague.email')} error={text(errors.email)} required>
        {(describedBy) => (
          <input
            id={`${prefix}-email`}
            type="email"
            aria-required="true"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid={`colleague-email-${r.round}`}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={steps.pending !== null} data-testid={`invite-submit-${r.round}`}>
        {steps.pending === `invite-${r.round}` ? t('workflow.working') : t('feedback.invite.submit')}
      </button>
    </form>
  );
}
