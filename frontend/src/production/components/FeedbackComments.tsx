import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { can } from '../../shared/api/permissions';
import { useAddComment, useResolveComment } from '../api/productionQueries';
import type { FeedbackComment, FeedbackRound, Production } from '../api/productionTypes';
import { formatDateTime } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import { formatAuthorRole, formatResolution, formatRound, personName } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { Field } from '../../shared/components/FormField';
import { useSteps } from './productionSteps';

export const COMMENT_MAX = 4000;
export const RESOLUTION_NOTE_MAX = 2000;

/** One comment of a round with its resolution; while open, resolving or declining it (a note is required to decline). */
export function CommentItem({ comment: c, round: r, production: p }: { comment: FeedbackComment; round: FeedbackRound; production: Production }) {
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

/** A new comment on an open round. */
export function CommentForm({ round: r, production: p }: { round: FeedbackRound; production: Production }) {
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
