import { useState } from 'react';
import { useUpdateReviewAction } from '../api/analyticsQueries';
import type { ReviewAction } from '../api/analyticsTypes';
import { Icon } from '../../shared/components/Icon';
import { formatActionStatus } from '../i18n/analyticsFormat';
import { formatDateTime } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { useStepOutcome } from '../../shared/components/useStepOutcome';

/**
 * The actions a semester review asked for, each with its status in words; with UPDATE_ACTIONS each can be marked done
 * (or opened again). `reviewId` is the review the actions belong to – the server marks an action through its own
 * review, so the previous review's open actions are marked through the previous review.
 */
export function ReviewActionsList({
  actions,
  reviewId,
  mayUpdate,
  testId,
  itemTestId,
  label,
}: {
  actions: readonly ReviewAction[];
  reviewId: string;
  mayUpdate: boolean;
  testId: string;
  itemTestId: string;
  /** The list's accessible name. */
  label: string;
}) {
  const { t, locale } = useI18n();
  const update = useUpdateReviewAction();
  const [pending, setPending] = useState<string | null>(null);
  const outcome = useStepOutcome();

  async function mark(action: ReviewAction, status: 'DONE' | 'OPEN') {
    setPending(action.id);
    await outcome.run(() => update.mutateAsync({ reviewId, actionId: action.id, status }), {
      done: { key: status === 'DONE' ? 'reviewAction.done' : 'reviewAction.reopened', params: { action: action.text } },
      failed: 'reviewAction.failed',
    });
    setPending(null);
  }

  return (
    <>
      <div aria-live="polite" className="live-region">
        {outcome.noticeElement('review-action-notice')}
      </div>
      {outcome.failureElement('review-action-error')}
      <ul className="review-actions" aria-label={label} data-testid={testId}>
        {actions.map((a) => (
          <li key={a.id} className={`review-action review-action-${String(a.status).toLowerCase()}`} data-testid={itemTestId} data-action-id={a.id} data-status={a.status}>
            <span className="review-action-mark" aria-hidden="true">
              <Icon name={a.status === 'DONE' ? 'check' : 'circle'} />
            </span>{' '}
            <span className="review-action-text">{a.text}</span>{' '}
            <span className={`badge badge-action-${String(a.status).toLowerCase()}`} data-testid="review-action-status">
              {formatActionStatus(t, a.status)}
            </span>
            {a.status === 'DONE' && (a.doneBy || a.doneAt) && (
              <span className="muted small">
                {' '}
                {t('reviewAction.doneBy', { by: a.doneBy ?? '–', when: a.doneAt ? formatDateTime(locale, a.doneAt) : '–' })}
              </span>
            )}
            {mayUpdate && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button-small button-secondary no-print"
                  disabled={pending !== null}
                  onClick={() => void mark(a, a.status === 'DONE' ? 'OPEN' : 'DONE')}
                  data-testid={a.status === 'DONE' ? `reopen-action-${a.id}` : `complete-action-${a.id}`}
                >
                  {pending === a.id ? t('workflow.working') : t(a.status === 'DONE' ? 'reviewAction.reopen' : 'reviewAction.markDone')}
                  <span className="visually-hidden">: {a.text}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
