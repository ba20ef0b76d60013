import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import { memberOf } from '../api/reviewCase';
import { useDiscussion, usePostToDiscussion } from '../api/reviewQueries';
import type { ReviewCase } from '../api/reviewTypes';
import { formatDateTime } from '../../shared/i18n/format';
import type { Message } from '../../shared/i18n/message';
import { renderMessage } from '../../shared/i18n/message';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { ErrorSummary } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import { Skeleton } from '../../shared/components/Skeleton';

export const POST_MAX = 4000;

/**
 * The case's discussion among its non-conflicted members and the chair: the posts, oldest first, and
 * (with DISCUSS) a form to add one. Who may read it without posting (after the decision, admin) sees the
 * posts; a member with a conflict of interest sees only a note.
 */
export function DiscussionSection({
  reviewCase: c,
  username,
  onPosted,
}: {
  reviewCase: ReviewCase;
  username: string;
  onPosted: () => void;
}) {
  const { t, locale } = useI18n();
  const mayPost = can(c, 'DISCUSS');
  const mayRead = mayPost || can(c, 'READ_ASSESSMENTS');
  const posts = useDiscussion(c.id, mayRead);
  const conflicted = memberOf(c, username)?.conflicted ?? false;
  const forbidden = posts.error instanceof ApiError && posts.error.status === 403;

  if (!mayRead || forbidden) {
    return (
      <section className="card detail-section" aria-labelledby="discussion-heading" data-testid="discussion-section">
        <h2 id="discussion-heading">{t('discussion.heading')}</h2>
        <p className="alert alert-info" data-testid="discussion-hidden">
          {t(conflicted ? 'discussion.hidden.conflict' : 'discussion.hidden.notMember')}
        </p>
      </section>
    );
  }

  const list = posts.data ?? [];
  return (
    <section className="card detail-section" aria-labelledby="discussion-heading" data-testid="discussion">
      <h2 id="discussion-heading">{t('discussion.heading')}</h2>
      {posts.isPending && <Skeleton shape="text" label={t('discussion.loading')} />}
      {posts.isError && (
        <ErrorAlert testId="discussion-error">
          <p>
            {t('discussion.loadError')} {errorMessage(t, posts.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void posts.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {posts.data && list.length === 0 && (
        <p className="muted" data-testid="discussion-empty">
          {t('discussion.empty')}
        </p>
      )}
      {list.length > 0 && (
        <ol className="discussion-list" aria-labelledby="discussion-heading">
          {list.map((p) => (
            <li key={p.id} className="discussion-post" data-testid="discussion-post" data-author={p.author?.username ?? ''}>
              <p className="post-meta">
                <strong>{p.author?.name ?? t('discussion.unknownAuthor')}</strong>
                {p.author?.username === username && <span className="muted"> {t('case.members.you')}</span>}{' '}
                <span className="muted">
                  · <time dateTime={p.postedAt}>{formatDateTime(locale, p.postedAt)}</time>
                </span>
              </p>
              <p className="prose-value">{p.text}</p>
            </li>
          ))}
        </ol>
      )}
      {mayPost && <PostForm caseId={c.id} onPosted={onPosted} />}
    </section>
  );
}

function PostForm({ caseId, onPosted }: { caseId: string; onPosted: () => void }) {
  const { t, locale } = useI18n();
  const post = usePostToDiscussion();
  const [text, setText] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    const trimmed = text.trim();
    const found: Message | null = !trimmed
      ? { key: 'discussion.error.required' }
      : text.length > POST_MAX
        ? { key: 'form.error.tooLong', params: { max: POST_MAX } }
        : null;
    setError(found);
    if (found) {
      setAttempt((n) => n + 1);
      return;
    }
    try {
      await post.mutateAsync({ id: caseId, text: trimmed });
      setText('');
      onPosted();
    } catch (err) {
      const fieldError = err instanceof ApiError ? err.fieldErrorMap().text : undefined;
      if (fieldError) setError({ text: fieldError });
      else setFormError(err);
      setAttempt((n) => n + 1);
    }
  }

  const errorText = error ? renderMessage(t, error, locale) : undefined;
  return (
    <div className="discussion-form">
      <h3 id="discussion-form-heading">{t('discussion.form.heading')}</h3>
      <ErrorSummary
        id="discussion-errors"
        testId="discussion-error-summary"
        headingLevel={4}
        formError={formError}
        entries={errorText ? [{ fieldId: 'discussion-text', label: t('discussion.text.label'), message: errorText }] : []}
        attempt={attempt}
      />
      <form noValidate onSubmit={(e) => void handleSubmit(e)} aria-labelledby="discussion-form-heading" data-testid="discussion-form">
        <Field id="discussion-text" label={t('discussion.text.label')} hint={t('discussion.text.hint', { max: POST_MAX })} error={errorText} required>
          {(describedBy) => (
            <textarea
              id="discussion-text"
              rows={4}
              required
              aria-required="true"
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              value={text}
              onChange={(e) => setText(e.target.value)}
              data-testid="discussion-text"
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={post.isPending} data-testid="post-discussion">
          {post.isPending ? t('workflow.working') : t('discussion.submit')}
        </button>
      </form>
    </div>
  );
}
