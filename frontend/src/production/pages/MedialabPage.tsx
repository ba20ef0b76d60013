import { useEffect, useState } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import { useConfirmBooking, useDeclineBooking, useMedialabQueue, useStudios, useVideoCostsOf } from '../api/productionQueries';
import type { Booking } from '../api/productionTypes';
import { ErrorAlert } from '../../shared/components/Alert';
import { Field } from '../../shared/components/FormField';
import { PageHeading } from '../../shared/components/PageHeading';
import { STUDIO_ZONE } from '../components/productionModel';
import { MedialabWeek, queueWeeks } from '../components/MedialabWeek';
import { StepPage } from '../../shared/components/StepPage';
import { renderMessage, type Message } from '../../shared/i18n/message';
import { formatStudio } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { useStepOutcome } from '../../shared/components/useStepOutcome';
import { formatTimeRange } from '../../shared/i18n/format';
import { Skeleton } from '../../shared/components/Skeleton';

export const DECLINE_REASON_MAX = 1000;

/**
 * `/medialab`: MediaLab's queue of requested bookings, oldest first – MOOC (→ its production), studio, time,
 * cost, who booked and the note – each with *Confirm* or *Decline* (a reason is required). The outcome is
 * announced in the polite live region (`medialab-notice`); a failure is an alert that takes focus.
 */
export function MedialabPage() {
  const { t, locale } = useI18n();
  const queue = useMedialabQueue();
  const studios = useStudios();
  const confirm = useConfirmBooking();
  const decline = useDeclineBooking();
  const [declining, setDeclining] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<Message | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const outcome = useStepOutcome();
  const heading = t('medialab.heading');
  useEffect(() => {
    if (declining) document.getElementById(`medialab-decline-reason-${declining}`)?.focus();
  }, [declining]);

  const describe = (b: Booking) => ({
    mooc: b.moocTitle ?? '–',
    studio: formatStudio(t, b.studio, b.studioName ?? studios.data?.find((s) => s.key === b.studio)?.name),
    when: formatTimeRange(locale, b.start, b.end, STUDIO_ZONE),
  });

  async function act(b: Booking, kind: 'confirm' | 'decline') {
    const trimmed = reason.trim();
    if (kind === 'decline') {
      if (!trimmed || reason.length > DECLINE_REASON_MAX) {
        setReasonError(trimmed ? { key: 'form.error.tooLong', params: { max: DECLINE_REASON_MAX } } : { key: 'medialab.error.reasonRequired' });
        document.getElementById(`medialab-decline-reason-${b.id}`)?.focus();
        return;
      }
    }
    setReasonError(null);
    outcome.clear();
    setPending(b.id);
    try {
      if (kind === 'confirm') await confirm.mutateAsync({ bookingId: b.id });
      else await decline.mutateAsync({ bookingId: b.id, reason: trimmed });
      outcome.succeed({ key: kind === 'confirm' ? 'medialab.done.confirm' : 'medialab.done.decline', params: describe(b) });
      setDeclining(null);
      setReason('');
    } catch (error) {
      const field = error instanceof ApiError ? error.fieldErrorMap().reason : undefined;
      if (field) setReasonError({ text: field });
      outcome.fail(kind === 'confirm' ? 'medialab.failed.confirm' : 'medialab.failed.decline', error);
    } finally {
      setPending(null);
    }
  }

  const data = queue.data;
  const costs = useVideoCostsOf([...new Set((data ?? []).map((b) => b.moocId).filter((id): id is string => Boolean(id)))]);
  /** The booking's own permissions when the server sends them; the queue is MediaLab's otherwise. */
  const mayAct = (b: Booking, permission: 'CONFIRM' | 'DECLINE') => !b.permissions || can(b, permission);
  /** Closes the decline form without declining; focus goes back to the button that opened it. */
  const stopDeclining = (b: Booking) => {
    setDeclining(null);
    setReason('');
    setReasonError(null);
    window.setTimeout(() => document.getElementById(`medialab-decline-${b.id}`)?.focus(), 0);
  };
  /** Confirm or decline (with a reason) a request, as its permissions allow. */
  const actions = (b: Booking) => {
    const d = describe(b);
    const reasonId = `medialab-decline-reason-${b.id}`;
    return (
      <>
        {declining === b.id && mayAct(b, 'DECLINE') ? (
          // A reason must be typed: a small form in the buttons' place, its own buttons in a row below the field.
          <div
            className="confirm-inline confirm-wide"
            role="group"
            aria-label={t('medialab.declineGroup', d)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                stopDeclining(b);
              }
            }}
          >
            <Field
              id={reasonId}
              label={t('medialab.reason.label')}
              hint={t('medialab.reason.hint', { max: DECLINE_REASON_MAX })}
              error={reasonError ? renderMessage(t, reasonError, locale) : undefined}
              required
            >
              {(describedBy) => (
                <textarea
                  id={reasonId}
                  rows={2}
                  aria-required="true"
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={describedBy}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  data-testid={reasonId}
                />
              )}
            </Field>
            <span className="confirm-inline-buttons">
              <button
                type="button"
                className="button button-small"
                disabled={pending !== null}
                data-testid={`medialab-confirm-decline-${b.id}`}
                onClick={() => void act(b, 'decline')}
              >
                {pending === b.id ? t('workflow.working') : t('medialab.confirmDecline')}
              </button>
              <button
                type="button"
                className="button button-small button-secondary"
                data-testid={`medialab-cancel-decline-${b.id}`}
                onClick={() => stopDeclining(b)}
              >
                {t('proposals.cancel')}
              </button>
            </span>
          </div>
        ) : (
          <>
            {mayAct(b, 'CONFIRM') && (
              <button
                type="button"
                className="button button-small"
                disabled={pending !== null}
                data-testid={`medialab-confirm-${b.id}`}
                aria-label={`${t('medialab.confirm')} ${t('medialab.of', d)}`}
                onClick={() => void act(b, 'confirm')}
              >
                {pending === b.id ? t('workflow.working') : t('medialab.confirm')}
              </button>
            )}{' '}
            {mayAct(b, 'DECLINE') && (
              <button
                type="button"
                id={`medialab-decline-${b.id}`}
                className="button button-small button-secondary"
                disabled={pending !== null}
                data-testid={`medialab-decline-${b.id}`}
                aria-label={`${t('medialab.decline')} ${t('medialab.of', d)}`}
                onClick={() => {
                  setDeclining(b.id);
                  setReason('');
                  setReasonError(null);
                }}
              >
                {t('medialab.decline')}
              </button>
            )}
          </>
        )}
      </>
    );
  };

  return (
    <StepPage
      className="medialab-page"
      notice={outcome.noticeElement('medialab-notice')}
      failure={outcome.failureElement('medialab-error')}
    >
      <div data-testid="medialab-page">
        <PageHeading title={heading}>{heading}</PageHeading>
        <p className="lead">{t('medialabWeek.intro')}</p>
        {queue.isPending && <Skeleton shape="list" count={3} testId="medialab-loading" label={t('medialab.loading')} />}
        {queue.isError && (
          <ErrorAlert testId="medialab-load-error">
            <p>
              {t('medialab.loadError')} {errorMessage(t, queue.error)}
            </p>
            <button type="button" className="button button-secondary" onClick={() => void queue.refetch()}>
              {t('app.retry')}
            </button>
          </ErrorAlert>
        )}
        {data && data.length === 0 && (
          <p className="empty" data-testid="medialab-empty">
            {t('medialab.empty')}
          </p>
        )}
        {data && data.length > 0 && (
          <div className="medialab-weeks" data-testid="medialab-queue">
            {queueWeeks(data).map((w) => (
              <MedialabWeek key={w.monday} monday={w.monday} days={w.days} costs={costs} studioName={(b) => describe(b).studio} actions={actions} />
            ))}
          </div>
        )}
      </div>
    </StepPage>
  );
}
