import type { RefObject } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatDecisionOutcome } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import type { MemberStep } from './CaseMembersSection';

/** Every step on the case: the member steps, and the forms' (declare, assess, decide). */
export type Step = MemberStep | 'declare' | 'assess' | 'decide';

export const FAILED: Record<Step, MessageKey> = {
  assign: 'case.failed.assign',
  volunteer: 'case.failed.volunteer',
  handOver: 'case.failed.handOver',
  declare: 'case.failed.declare',
  assess: 'case.failed.assess',
  decide: 'case.failed.decide',
};

/** The member steps whose failure may name the chosen member (`username`), shown at that step's select. */
export const MEMBER_STEP_FAILURES: Partial<Record<MessageKey, MemberStep>> = {
  [FAILED.assign]: 'assign',
  [FAILED.volunteer]: 'volunteer',
  [FAILED.handOver]: 'handOver',
};

/** The notice of a sent decision: its outcome travels as a code, worded when shown so that it follows a language switch. */
export const DECISION_SENT: MessageKey = 'caseDecision.sent';

/**
 * Why a step failed (`title`, one of {@link FAILED}), as an alert that takes focus (a changed case is read again
 * meanwhile); the server's field errors are listed under its explanation.
 */
export function StepFailure({ title, error, failureRef }: { title: MessageKey; error: unknown; failureRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useI18n();
  const fields = error instanceof ApiError ? error.fieldErrors : [];
  return (
    <div
      className="alert alert-error"
      role="alert"
      tabIndex={-1}
      ref={failureRef}
      aria-labelledby="case-failure-title"
      data-testid="case-action-error"
    >
      <p className="alert-title" id="case-failure-title">
        <strong>{t(title)}</strong>
      </p>
      <p>{errorMessage(t, error)}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f, i) => (
            <li key={`${f.field}-${i}`}>
              {t('form.errorSummaryItem', {
                field: f.field.split('.').pop() === 'username' ? t('case.members.col.name') : f.field,
                message: f.message,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The confirmation of the last step, in the page's polite live region; it takes focus. A sent decision is a status
 * of its own (`decision-sent`) with its outcome.
 */
export function NoticeMessage({ message, noticeRef }: { message: Message | null; noticeRef: RefObject<HTMLParagraphElement | null> }) {
  const { t, locale } = useI18n();
  if (!message) return null;
  if ('key' in message && message.key === DECISION_SENT) {
    const outcome = String(message.params?.outcome ?? '');
    return (
      <p ref={noticeRef} tabIndex={-1} role="status" className="alert alert-success" data-testid="decision-sent" data-outcome={outcome}>
        {t(DECISION_SENT, { outcome: formatDecisionOutcome(t, outcome) })}
      </p>
    );
  }
  return (
    <p ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid="case-notice">
      {renderMessage(t, message, locale)}
    </p>
  );
}
