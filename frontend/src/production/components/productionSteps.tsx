import { createContext, useContext, type ReactNode, type RefObject } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatGate, formatGateReason } from '../i18n/productionFormat';
import { renderMessage, type Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';

/** What a step achieved, kept as data so that it follows a language switch. */
export interface StepNotice {
  message: Message;
  /** Texts listed below the message (e.g. the warnings of non-blocking gates after the launch). */
  list?: string[];
  listTestId?: string;
  n: number;
}

export interface StepFailure {
  /** What could not be done ("The plan could not be agreed"). */
  title: MessageKey;
  error: unknown;
  n: number;
}

export interface Steps {
  /** The step in flight, or null. */
  pending: string | null;
  /**
   * Takes a step: announces `done(answer)` in the page's live region, or shows the failure as an alert that takes
   * focus. Resolves true when the step succeeded.
   */
  run: <R>(
    step: string,
    failed: MessageKey,
    call: () => Promise<R>,
    done: (answer: R) => Omit<StepNotice, 'n'> | Message,
  ) => Promise<boolean>;
  /** Clears the last notice and failure (e.g. when a form opens). */
  clear: () => void;
  /** Announces what a form achieved that shows its own failures (the booking form). */
  announce: (notice: Omit<StepNotice, 'n'>) => void;
}

export const StepsContext = createContext<Steps | null>(null);

export function useSteps(): Steps {
  const steps = useContext(StepsContext);
  if (!steps) throw new Error('useSteps must be used inside a production page');
  return steps;
}

/** The confirmation of the last step, in the page's polite live region; it takes focus. */
export function StepNoticeMessage({
  notice,
  noticeRef,
  testId,
}: {
  notice: StepNotice | null;
  noticeRef: RefObject<HTMLDivElement | null>;
  testId: string;
}) {
  const { t, locale } = useI18n();
  if (!notice) return null;
  return (
    <div ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid={testId}>
      <p>{renderMessage(t, notice.message, locale)}</p>
      {notice.list && notice.list.length > 0 && (
        <ul data-testid={notice.listTestId}>
          {notice.list.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Why a step failed, as an alert that takes focus: someone changed the production meanwhile (412, or 409
 * stale-version: the current state is shown now), the launch's unmet gates one by one, or the server's detail.
 */
export function StepFailureAlert({
  failure,
  failureRef,
  testId,
}: {
  failure: StepFailure | null;
  failureRef: RefObject<HTMLDivElement | null>;
  testId: string;
}) {
  const { t, locale } = useI18n();
  if (!failure) return null;
  const api = failure.error instanceof ApiError ? failure.error : null;
  const gates = api?.problem.unmetGates ?? [];
  let body: ReactNode;
  if (api?.isStaleVersion) {
    body = <p data-testid="production-changed">{t('production.changed')}</p>;
  } else if (gates.length > 0) {
    body = (
      <>
        {api?.problem.detail && <p>{api.problem.detail}</p>}
        <p>{t('launchForm.unmetGates')}</p>
        <ul data-testid="unmet-gates">
          {gates.map((g) => (
            <li key={g.key} data-testid="unmet-gate" data-key={g.key}>
              <strong>{formatGate(t, g.key)}</strong>
              {g.code ? `: ${formatGateReason(t, locale, g.code, g.params)}` : ''}
            </li>
          ))}
        </ul>
      </>
    );
  } else {
    body = <p>{errorMessage(t, failure.error)}</p>;
  }
  return (
    <div
      className="alert alert-error"
      role="alert"
      tabIndex={-1}
      ref={failureRef}
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
    >
      <p className="alert-title" id={`${testId}-title`}>
        <strong>{t(failure.title)}</strong>
      </p>
      {body}
    </div>
  );
}
