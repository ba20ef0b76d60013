import { ConfirmButton } from '../../shared/components/ConfirmButton';
import { Field } from '../../shared/components/FormField';
import { useI18n } from '../../shared/i18n/useI18n';

export const WITHDRAW_REASON_MAX = 2000;

interface ControlProps {
  title: string;
  confirming: boolean;
  /** Another step is running: the control waits. */
  busy: boolean;
  /** This step is running. */
  working: boolean;
  onAsk: () => void;
  onCancel: () => void;
}

/** "Submit to committee", asked for confirmation in place (the shared ConfirmButton: the row keeps its shape). */
export function SubmitControl({ title, busy, working, onConfirm }: { title: string; busy: boolean; working: boolean; onConfirm: () => void }) {
  const { t } = useI18n();
  return (
    <ConfirmButton
      id="detail-submit"
      variant="primary"
      small={false}
      question={t('proposals.submitConfirm', { title })}
      confirmLabel={t('proposals.confirmSubmit')}
      cancelLabel={t('proposals.cancel')}
      disabled={busy}
      onConfirm={onConfirm}
      testId="detail-submit-proposal"
      confirmTestId="detail-confirm-submit"
      cancelTestId="detail-cancel-submit"
    >
      {working ? t('proposals.submitting') : t('proposals.submit')}
    </ConfirmButton>
  );
}

/** "Withdraw", confirmed in place with an optional reason. */
export function WithdrawControl({
  title,
  confirming,
  busy,
  working,
  onAsk,
  onCancel,
  reason,
  onReason,
  onConfirm,
}: ControlProps & { reason: string; onReason: (reason: string) => void; onConfirm: () => void }) {
  const { t } = useI18n();
  if (!confirming) {
    return (
      <button type="button" id="withdraw-proposal" className="button button-secondary" data-testid="withdraw-proposal" disabled={busy} onClick={onAsk}>
        {working ? t('workflow.working') : t('workflow.withdraw')}
      </button>
    );
  }
  return (
    <div className="confirm confirm-wide" role="group" aria-labelledby="withdraw-question" data-testid="withdraw-confirm">
      <p className="confirm-question" id="withdraw-question">
        {t('workflow.withdrawConfirm', { title })}
      </p>
      <Field id="withdraw-reason" label={t('workflow.withdrawReason.label')} hint={t('workflow.withdrawReason.hint', { max: WITHDRAW_REASON_MAX })}>
        {(describedBy) => (
          <textarea
            id="withdraw-reason"
            rows={3}
            maxLength={WITHDRAW_REASON_MAX}
            aria-describedby={describedBy}
            value={reason}
            onChange={(e) => onReason(e.target.value)}
            data-testid="withdraw-reason"
          />
        )}
      </Field>
      <button type="button" className="button button-small" data-testid="confirm-withdraw" onClick={onConfirm}>
        {t('workflow.confirmWithdraw')}
      </button>
      <button type="button" className="button button-small button-secondary" data-testid="cancel-withdraw" onClick={onCancel}>
        {t('proposals.cancel')}
      </button>
    </div>
  );
}
