import type { RefObject } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatDecisionOutcome } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import type { MemberStep } from './CaseMembersSection';

/** A confirmation kept as data, so that it follows a language switch. */
export type Notice = { kind: 'step'; message: Message } | { kind: 'decision'; outcome: string };

/** Every step on the case: the member steps, and the forms' (declare, assess, decide). */
export type Step = MemberStep | 'declare' | 'assess' | 'decide';

const FAILED: Record<Step, MessageKey> = {
  assign: 'case.failed.assign',
  volunteer: 'case.failed.volunteer',
  handOver: 'case.failed.handOver',
  declare: 'case.failed.declare',
  assess: 'case.failed.assess',
  decide: 'case.failed.decide',
};

/** Why a step failed, as an alert that takes focus (a changed case is read again meanwhile). */
export function StepFailure({ step, error, failureRef }: { step: Step; error: unknown; failureRef: RefObject<HTMLDivElement | null> }) {
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
        <strong>{t(FAILED[step])}</strong>
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

/** The confirmation of the last step, in the page's polite live region; it takes focus. */
export function NoticeMessage({ notice, noticeRef }: { notice: Notice | null; noticeRef: RefObject<HTMLParagraphElement | null> }) {
  const { t, locale } = useI18n();
  if (notice?.kind === 'step') {
    return (
      <p ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid="case-notice">
        {renderMessage(t, notice.message, locale)}
      </p>
    );
  }
  if (notice?.kind === 'decision') {
    return (
      <p
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className="alert alert-success"
        data-testid="decision-sent"
        data-outcome={notice.outcome}
      >
        {t('caseDecision.sent', { outcome: formatDecisionOutcome(t, notice.outcome) })}
      </p>
    );
  }
  return null;
}
