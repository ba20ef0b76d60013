import { useEffect, useState, type FormEvent } from 'react';
import { useDeleteLearnerData, useSetRetention } from '../api/analyticsQueries';
import { RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN, type LearnerData } from '../api/analyticsTypes';
import { ApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorSummary } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import { useStepOutcome } from '../../shared/components/useStepOutcome';

/** What administrators change in a course's learner data: how long it is kept, and deleting it now. */

const RETENTION_INPUT = 'learner-data-months';
const DELETE_BUTTON = 'learner-data-delete';
const KEEP_CHECKBOX = 'learner-data-keep';

/** The retention an administrator typed: whole months in the range, or null when it is not one. */
export function retentionMonths(value: string): number | null {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return null;
  const months = Number(text);
  return months >= RETENTION_MONTHS_MIN && months <= RETENTION_MONTHS_MAX ? months : null;
}

/**
 * The course's retention in months (administrators): checked in the browser (whole months, 12–120) and by the server,
 * whose refusal is shown at the field, or above the form when it names none. The default is one click away.
 */
export function RetentionForm({ data }: { data: LearnerData }) {
  const { t } = useI18n();
  const setRetention = useSetRetention();
  const [value, setValue] = useState(String(data.retentionMonths));
  const [fieldError, setFieldError] = useState<string | undefined>();
  // Each attempt moves focus to the error summary, for the field's error as for the server's refusal.
  const [attempt, setAttempt] = useState(0);
  const outcome = useStepOutcome();

  async function save(months: number | null) {
    outcome.clear();
    setFieldError(undefined);
    try {
      const answered = await setRetention.mutateAsync({ id: data.moocId, months });
      setValue(String(answered.retentionMonths));
      outcome.succeed({
        key: answered.defaultRetention ? 'learnerData.retentionForm.doneDefault' : 'learnerData.retentionForm.done',
        params: { months: answered.retentionMonths },
      });
    } catch (err) {
      // A refusal that names the field is shown at the field; any other above the form.
      const months = err instanceof ApiError ? err.fieldErrorMap().months : undefined;
      if (months) setFieldError(months);
      else outcome.fail('learnerData.retentionForm.failed', err);
      setAttempt((n) => n + 1);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const months = retentionMonths(value);
    if (months === null) {
      outcome.clear();
      setFieldError(t('learnerData.retentionForm.error.range', { min: RETENTION_MONTHS_MIN, max: RETENTION_MONTHS_MAX }));
      setAttempt((n) => n + 1);
      return;
    }
    void save(months);
  }

  const label = t('learnerData.retentionForm.label');
  return (
    <form className="subform no-print" noValidate onSubmit={submit} aria-labelledby="retention-form-heading" data-testid="retention-form">
      <h3 id="retention-form-heading">{t('learnerData.retentionForm.heading')}</h3>
      <div aria-live="polite" className="live-region">
        {outcome.noticeElement('retention-notice')}
      </div>
      <ErrorSummary
        id="retention-errors"
        testId="retention-error"
        headingLevel={4}
        formError={outcome.failure?.error ?? null}
        entries={fieldError ? [{ fieldId: RETENTION_INPUT, label, message: fieldError }] : []}
        attempt={attempt}
      />
      <Field
        id={RETENTION_INPUT}
        label={label}
        hint={t('learnerData.retentionForm.hint', { min: RETENTION_MONTHS_MIN, max: RETENTION_MONTHS_MAX })}
        error={fieldError}
        required
      >
        {(describedBy) => (
          <input
            id={RETENTION_INPUT}
            type="number"
            inputMode="numeric"
            min={RETENTION_MONTHS_MIN}
            max={RETENTION_MONTHS_MAX}
            step={1}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-required="true"
            aria-describedby={describedBy}
            data-testid={RETENTION_INPUT}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={setRetention.isPending} data-testid="retention-submit">
          {setRetention.isPending ? t('learnerData.retentionForm.saving') : t('learnerData.retentionForm.submit')}
        </button>
        {!data.defaultRetention && (
          <button
            type="button"
            className="button button-secondary"
            disabled={setRetention.isPending}
            onClick={() => void save(null)}
            data-testid="retention-default"
          >
            {t('learnerData.retentionForm.useDefault')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Deleting the course's learner data (administrators), confirmed first: the confirmation says what happens and offers
 * to keep the ended semesters' figures (on by default); it takes focus, Escape or Cancel give it back to the button.
 * The rows deleted are announced afterwards.
 */
export function DeleteLearnerData({ moocId, title }: { moocId: string; title: string }) {
  const { t } = useI18n();
  const remove = useDeleteLearnerData();
  const [confirming, setConfirming] = useState(false);
  const [keep, setKeep] = useState(true);
  const outcome = useStepOutcome();
  const [focusTarget, setFocusTarget] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const focus = (id: string) => setFocusTarget((f) => ({ id, n: (f?.n ?? 0) + 1 }));

  function cancel() {
    setConfirming(false);
    setKeep(true);
    focus(DELETE_BUTTON);
  }

  async function confirm() {
    // The notice or the alert takes focus (the confirmation that had it closes).
    await outcome.run(() => remove.mutateAsync({ id: moocId, keepAggregates: keep }), {
      // The deletions are newest first: this one leads.
      done: (answered) => ({
        key: keep ? 'learnerData.delete.done' : 'learnerData.delete.doneDiscarded',
        params: { rows: answered.deletions?.[0]?.rowsDeleted ?? 0 },
      }),
      failed: 'learnerData.delete.failed',
    });
    setConfirming(false);
    setKeep(true);
  }

  return (
    <div className="subform no-print" data-testid="learner-data-delete-section">
      <h3 id="learner-data-delete-heading">{t('learnerData.delete.heading')}</h3>
      <p className="hint">{t('learnerData.delete.intro')}</p>
      <div aria-live="polite" className="live-region">
        {outcome.noticeElement('learner-data-delete-notice')}
      </div>
      {outcome.failureElement('learner-data-delete-error')}
      {!confirming ? (
        <button
          type="button"
          id={DELETE_BUTTON}
          className="button button-secondary"
          disabled={remove.isPending}
          onClick={() => {
            outcome.clear();
            setConfirming(true);
            focus(KEEP_CHECKBOX);
          }}
          data-testid={DELETE_BUTTON}
        >
          {t('learnerData.delete.button')}
        </button>
      ) : (
        <div
          className="confirm confirm-wide"
          role="group"
          aria-labelledby="learner-data-delete-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !remove.isPending) {
              e.preventDefault();
              cancel();
            }
          }}
          data-testid="learner-data-delete-confirm"
        >
          <p className="confirm-question" id="learner-data-delete-question">
            {t('learnerData.delete.question', { title })}
          </p>
          <div className="radio radio-with-hint">
            <input
              type="checkbox"
              id={KEEP_CHECKBOX}
              checked={keep}
              onChange={(e) => setKeep(e.target.checked)}
              aria-describedby={`${KEEP_CHECKBOX}-hint`}
              data-testid={KEEP_CHECKBOX}
            />
            <label htmlFor={KEEP_CHECKBOX}>{t('learnerData.delete.keep.label')}</label>
            <p className="hint radio-hint" id={`${KEEP_CHECKBOX}-hint`}>
              {t('learnerData.delete.keep.hint')}
            </p>
          </div>
          {/* The choice above, then the two buttons together in a row of their own. */}
          <span className="confirm-inline-buttons">
            <button
              type="button"
              className="button button-small"
              disabled={remove.isPending}
              onClick={() => void confirm()}
              data-testid="learner-data-delete-confirm-button"
            >
              {remove.isPending ? t('learnerData.delete.deleting') : t('learnerData.delete.confirm')}
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              disabled={remove.isPending}
              onClick={cancel}
              data-testid="learner-data-delete-cancel"
            >
              {t('proposals.cancel')}
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
