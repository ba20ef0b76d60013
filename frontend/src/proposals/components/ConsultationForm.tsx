import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import type { ConsultationInput, Proposal } from '../api/types';
import type { Message } from '../../shared/i18n/message';
import { renderMessage } from '../../shared/i18n/message';
import { useI18n } from '../../shared/i18n/useI18n';
import { Field } from '../../shared/components/FormField';

export const CONSULTATION_NOTES_MAX = 8000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in the browser's time zone as YYYY-MM-DD (what an `<input type="date">` holds). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isRealDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

type Errors = Partial<Record<'date' | 'notes', Message>>;

/** Checks the consultation before it is sent: a real date not in the future, and notes within the limit. */
export function validateConsultation(date: string, notes: string, today: string = localToday()): Errors {
  const errors: Errors = {};
  if (!date.trim()) errors.date = { key: 'consultation.error.dateRequired' };
  else if (!isRealDate(date.trim())) errors.date = { key: 'consultation.error.dateInvalid' };
  else if (date.trim() > today) errors.date = { key: 'consultation.error.dateFuture' };
  if (!notes.trim()) errors.notes = { key: 'consultation.error.notesRequired' };
  else if (notes.length > CONSULTATION_NOTES_MAX) errors.notes = { key: 'form.error.tooLong', params: { max: CONSULTATION_NOTES_MAX } };
  return errors;
}

const FIELD_IDS = { date: 'consultation-date', notes: 'consultation-notes' } as const;

interface Props {
  onRecord: (input: ConsultationInput) => Promise<Proposal>;
  onRecorded: (proposal: Proposal) => void;
}

/**
 * The assigned consultant records the consultation: its date (not in the future) and the notes.
 * Errors – the browser's checks and the server's field errors – are shown next to the fields and in
 * a summary that takes focus.
 */
export function ConsultationForm({ onRecord, onRecorded }: Props) {
  const { t, locale } = useI18n();
  const [date, setDate] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const found = validateConsultation(date, notes);
    setFormError(null);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      const recorded = await onRecord({ date: date.trim(), notes: notes.trim() });
      onRecorded(recorded);
    } catch (err) {
      const server: Errors = {};
      if (err instanceof ApiError) {
        const map = err.fieldErrorMap();
        if (map.date) server.date = { text: map.date };
        if (map.notes) server.notes = { text: map.notes };
      }
      setErrors(server);
      if (!server.date && !server.notes) setFormError(err);
      setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  }

  const text = (field: 'date' | 'notes') => (errors[field] ? renderMessage(t, errors[field], locale) : undefined);
  const entries = (['date', 'notes'] as const).filter((f) => errors[f]);
  const label = { date: t('consultation.date'), notes: t('consultation.notes') };
  const showSummary = entries.length > 0 || formError !== null;

  return (
    <div className="consultation-form">
      <h3 id="consultation-form-heading">{t('consultation.form.heading')}</h3>
      {showSummary && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby="consultation-error-title"
          data-testid="consultation-error-summary"
        >
          <h4 id="consultation-error-title">{t('form.errorSummary')}</h4>
          {formError !== null && <p>{errorMessage(t, formError)}</p>}
          {entries.length > 0 && (
            <ul>
              {entries.map((f) => (
                <li key={f}>
                  <a
                    href={`#${FIELD_IDS[f]}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(FIELD_IDS[f])?.focus();
                    }}
                  >
                    {t('form.errorSummaryItem', { field: label[f], message: text(f) ?? '' })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form noValidate onSubmit={handleSubmit} aria-labelledby="consultation-form-heading" data-testid="consultation-form">
        <Field id={FIELD_IDS.date} label={label.date} hint={t('consultation.form.date.hint')} error={text('date')} required>
          {(describedBy) => (
            <input
              id={FIELD_IDS.date}
              type="date"
              className="input-short"
              max={localToday()}
              required
              aria-required="true"
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={describedBy}
              value={date}
              onChange={(e) => setDate(e.target.value)}
              data-testid="consultation-date"
            />
          )}
        </Field>
        <Field
          id={FIELD_IDS.notes}
          label={label.notes}
          hint={t('consultation.form.notes.hint', { max: CONSULTATION_NOTES_MAX })}
          error={text('notes')}
          required
        >
          {(describedBy) => (
            <textarea
              id={FIELD_IDS.notes}
              rows={6}
              required
              aria-required="true"
              aria-invalid={errors.notes ? true : undefined}
              aria-describedby={describedBy}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              data-testid="consultation-notes"
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={pending} data-testid="record-consultation">
          {pending ? t('workflow.working') : t('consultation.form.submit')}
        </button>
      </form>
    </div>
  );
}
