import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import type { Meeting, MeetingInput } from '../api/reviewTypes';
import { renderMessage } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import {
  EMPTY_MEETING,
  MEETING_FIELD_IDS,
  MEETING_LOCATION_MAX,
  MEETING_TITLE_MAX,
  toMeetingInput,
  validateMeeting,
  type MeetingErrors,
  type MeetingField,
  type MeetingFormValues,
} from './meetingForm';

const LABELS: Record<MeetingField, MessageKey> = {
  title: 'meetingForm.title.label',
  startsAt: 'meetingForm.startsAt.label',
  location: 'meetingForm.location.label',
};

const FIELDS = Object.keys(MEETING_FIELD_IDS) as MeetingField[];

interface Props {
  onCreate: (input: MeetingInput) => Promise<Meeting>;
  onCreated: (meeting: Meeting) => void;
}

/**
 * The chair plans a meeting: a title, when it starts (a `datetime-local` in the browser's time, sent as
 * ISO 8601 with the browser's offset; it must be in the future) and where. The browser's checks and the
 * server's field errors are shown at the inputs and in a summary that takes focus; any other failure
 * (403, network) in the summary.
 */
export function MeetingForm({ onCreate, onCreated }: Props) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<MeetingFormValues>(EMPTY_MEETING);
  const [errors, setErrors] = useState<MeetingErrors>({});
  /** Field errors from the server for fields this form does not show. */
  const [otherErrors, setOtherErrors] = useState<SummaryEntry[]>([]);
  const [formError, setFormError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const set = (field: MeetingField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const found = validateMeeting(values);
    setErrors(found);
    setOtherErrors([]);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      const created = await onCreate(toMeetingInput(values));
      setValues(EMPTY_MEETING);
      onCreated(created);
    } catch (err) {
      const server: MeetingErrors = {};
      const others: SummaryEntry[] = [];
      if (err instanceof ApiError) {
        for (const { field, message } of err.fieldErrors) {
          const name = (field.split(/[.[\]]/).filter(Boolean).pop() ?? field) as MeetingField;
          if (FIELDS.includes(name)) {
            const before = server[name];
            server[name] = { text: before && 'text' in before ? `${before.text} ${message}` : message };
          } else {
            others.push({ label: field, message });
          }
        }
      }
      setErrors(server);
      setOtherErrors(others);
      if (Object.keys(server).length === 0 && others.length === 0) setFormError(err);
      setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  }

  const text = (field: MeetingField) => (errors[field] ? renderMessage(t, errors[field], locale) : undefined);
  const entries: SummaryEntry[] = [
    ...FIELDS.filter((field) => errors[field]).map((field) => ({
      fieldId: MEETING_FIELD_IDS[field],
      label: t(LABELS[field]),
      message: text(field)!,
    })),
    ...otherErrors,
  ];

  const input = (field: MeetingField, type: 'text' | 'datetime-local', required: boolean, hint: string) => (
    <Field id={MEETING_FIELD_IDS[field]} label={t(LABELS[field])} hint={hint} error={text(field)} required={required}>
      {(describedBy) => (
        <input
          id={MEETING_FIELD_IDS[field]}
          type={type}
          className={type === 'datetime-local' ? 'input-short' : undefined}
          aria-required={required ? 'true' : undefined}
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={describedBy}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
          data-testid={MEETING_FIELD_IDS[field]}
        />
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby="meeting-form-heading" data-testid="meeting-form-section">
      <h2 id="meeting-form-heading">{t('meetingForm.heading')}</h2>
      <p className="form-intro">{t('meetingForm.intro')}</p>
      <ErrorSummary id="meeting-errors" testId="meeting-error-summary" formError={formError} entries={entries} attempt={attempt} />
      <form noValidate onSubmit={(e) => void handleSubmit(e)} aria-labelledby="meeting-form-heading" data-testid="meeting-form">
        {input('title', 'text', true, t('meetingForm.title.hint', { max: MEETING_TITLE_MAX }))}
        {input('startsAt', 'datetime-local', true, t('meetingForm.startsAt.hint'))}
        {input('location', 'text', false, t('meetingForm.location.hint', { max: MEETING_LOCATION_MAX }))}
        <button type="submit" className="button" disabled={pending} data-testid="create-meeting">
          {pending ? t('workflow.working') : t('meetingForm.submit')}
        </button>
      </form>
    </section>
  );
}
