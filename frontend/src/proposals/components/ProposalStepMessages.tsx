import type { ReactNode, RefObject } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatFieldName } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
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

/** A confirmation kept as data, so that it follows a language switch. */
export type Notice = { kind: 'created' | 'saved' | 'reloaded'; title: string } | { kind: 'step'; message: Message };

const NOTICE_TEST_IDS: Record<Notice['kind'], string> = {
  created: 'form-success',
  saved: 'proposal-saved',
  reloaded: 'proposal-reloaded',
  step: 'proposal-notice',
};

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
export function StepFailure({
  step,
  error,
  failureRef,
}: {
  step: Step;
  error: unknown;
  failureRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useI18n();
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

/** The confirmation of the last step, in the page's polite live region; it takes focus. */
export function NoticeMessage({
  notice,
  noticeRef,
}: {
  notice: Notice | null;
  noticeRef: RefObject<HTMLParagraphElement | null>;
}) {
  const { t, locale } = useI18n();
  if (!notice) return null;
  let text = '';
  switch (notice.kind) {
    case 'created':
      text = t('detail.createdNotice', { title: notice.title });
      break;
    case 'saved':
      text = t('edit.saved', { title: notice.title });
      break;
    case 'reloaded':
      text = t('edit.reloaded', { title: notice.title });
      break;
    case 'step':
      text = renderMessage(t, notice.message, locale);
      break;
  }
  return (
    <p ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid={NOTICE_TEST_IDS[notice.kind]}>
      {text}
    </p>
  );
}
