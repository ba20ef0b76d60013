import type { ReactNode, RefObject } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatFieldName } from '../../shared/i18n/format';
import type { Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';

/** The workflow steps a proposal's page can take; each needs its permission. */
export type Step =
  | 'requestConsultation'
  | 'assignConsultation'
  | 'recordConsultation'
  | 'requestEndorsements'
  | 'submit'
  | 'withdraw';

/** The page's notices besides the steps': the draft was created, the edit saved, the latest version loaded. */
export const NOTICES = {
  created: 'detail.createdNotice',
  saved: 'edit.saved',
  reloaded: 'edit.reloaded',
} as const satisfies Record<string, MessageKey>;

const NOTICE_TEST_IDS: Partial<Record<MessageKey, string>> = {
  [NOTICES.created]: 'form-success',
  [NOTICES.saved]: 'proposal-saved',
  [NOTICES.reloaded]: 'proposal-reloaded',
};

/** The test id of a notice: its own for creating, saving and reloading, `proposal-notice` for a step's. */
export function noticeTestId(message: Message | undefined): string {
  return (message && 'key' in message && NOTICE_TEST_IDS[message.key]) || 'proposal-notice';
}

/** A failed step with the server's answer: the alert lists missing fields only for "Request endorsements". */
export class StepError {
  readonly step: Step;
  readonly cause: unknown;
  constructor(step: Step, cause: unknown) {
    this.step = step;
    this.cause = cause;
  }
}

export const DONE: Record<Step, MessageKey> = {
  requestConsultation: 'workflow.done.requestConsultation',
  assignConsultation: 'workflow.done.assignConsultation',
  recordConsultation: 'workflow.done.recordConsultation',
  requestEndorsements: 'workflow.done.requestEndorsements',
  submit: 'proposals.submitted',
  withdraw: 'workflow.done.withdraw',
};

/**
 * Why a step failed, as an alert that takes focus: the proposal changed meanwhile, the application
 * misses fields (listed by their labels), or the server's explanation.
 */
export function StepFailure({ failed, failureRef }: { failed: unknown; failureRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useI18n();
  const step = failed instanceof StepError ? failed.step : null;
  const error = failed instanceof StepError ? failed.cause : failed;
  const api = error instanceof ApiError ? error : null;
  const fields = api && api.status === 400 ? api.fieldErrors : [];
  let body: ReactNode;
  if (api && (api.isConflict || api.isStaleVersion)) {
    body = <p>{t('workflow.changed')}</p>;
  } else if (step === 'requestEndorsements' && fields.length > 0) {
    body = (
      <>
        <p>{t('workflow.missingFields')}</p>
        <ul data-testid="missing-fields">
          {fields.map((f, i) => {
            const name = f.field.split(/[.[\]]/).filter(Boolean).pop() ?? f.field;
            const label = formatFieldName(t, name);
            return (
              <li key={`${f.field}-${i}`} data-field={name}>
                {label === name ? t('form.errorSummaryItem', { field: name, message: f.message }) : label}
              </li>
            );
          })}
        </ul>
      </>
    );
  } else {
    body = <p>{errorMessage(t, error)}</p>;
  }
  return (
    <div
      className="alert alert-error"
      role="alert"
      tabIndex={-1}
      ref={failureRef}
      aria-labelledby="step-failure-title"
      data-testid="action-error"
    >
      <p className="alert-title" id="step-failure-title">
        <strong>{t('workflow.error.title')}</strong>
      </p>
      {body}
    </div>
  );
}
