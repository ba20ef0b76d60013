import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { useCreateNetworkMeeting } from '../api/productionQueries';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import { formatDateTime } from '../../shared/i18n/format';
import { renderMessage } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import {
  EMPTY_NETWORK_MEETING,
  NETWORK_DESCRIPTION_MAX,
  NETWORK_FIELD_IDS,
  NETWORK_LOCATION_MAX,
  NETWORK_TITLE_MAX,
  toNetworkMeetingInput,
  validateNetworkMeeting,
  type NetworkMeetingErrors,
  type NetworkMeetingField,
  type NetworkMeetingValues,
  type NetworkReport,
} from './networkMeetingForm';

/** The organisers' form for a new network meeting. */
const LABELS: Record<NetworkMeetingField, MessageKey> = {
  title: 'meetingForm.title.label',
  startsAt: 'networkForm.startsAt.label',
  endsAt: 'networkForm.endsAt.label',
  location: 'networkForm.location.label',
  description: 'networkForm.description.label',
  capacity: 'networkForm.capacity.label',
};

const FIELDS = Object.keys(NETWORK_FIELD_IDS) as NetworkMeetingField[];

export function NetworkMeetingForm({ report }: { report: NetworkReport }) {
  const { t, locale } = useI18n();
  const create = useCreateNetworkMeeting();
  const [values, setValues] = useState<NetworkMeetingValues>(EMPTY_NETWORK_MEETING);
  const [errors, setErrors] = useState<NetworkMeetingErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  async function submit(e: FormEvent) {
    e.preventDefault();
    report.clear();
    const found = validateNetworkMeeting(values);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    try {
      const created = await create.mutateAsync(toNetworkMeetingInput(values));
      setValues(EMPTY_NETWORK_MEETING);
      report.done({
        key: 'networkForm.created',
        params: { title: created?.title ?? values.title.trim(), when: formatDateTime(locale, created?.startsAt ?? toNetworkMeetingInput(values).startsAt) },
      });
    } catch (err) {
      const server: NetworkMeetingErrors = {};
      if (err instanceof ApiError) {
        const map = err.fieldErrorMap();
        for (const f of FIELDS) if (map[f]) server[f] = { text: map[f] };
      }
      setErrors(server);
      if (Object.keys(server).length === 0) setFormError(err);
      setAttempt((n) => n + 1);
    }
  }

  const text = (f: NetworkMeetingField) => (errors[f] ? renderMessage(t, errors[f]!, locale) : undefined);
  const entries: SummaryEntry[] = FIELDS.filter((f) => errors[f]).map((f) => ({
    fieldId: NETWORK_FIELD_IDS[f],
    label: t(LABELS[f]),
    message: text(f)!,
  }));
  const hints: Partial<Record<NetworkMeetingField, string>> = {
    title: t('meetingForm.title.hint', { max: NETWORK_TITLE_MAX }),
    startsAt: t('meetingForm.startsAt.hint'),
    location: t('meetingForm.location.hint', { max: NETWORK_LOCATION_MAX }),
    description: t('networkForm.description.hint', { max: NETWORK_DESCRIPTION_MAX }),
    capacity: t('networkForm.capacity.hint'),
  };
  const required: NetworkMeetingField[] = ['title', 'startsAt', 'endsAt', 'capacity'];

  const control = (f: NetworkMeetingField) => (
    <Field id={NETWORK_FIELD_IDS[f]} label={t(LABELS[f])} hint={hints[f]} error={text(f)} required={required.includes(f)}>
      {(describedBy) => {
        const common = {
          id: NETWORK_FIELD_IDS[f],
          'aria-required': required.includes(f) ? ('true' as const) : undefined,
          'aria-invalid': errors[f] ? true : undefined,
          'aria-describedby': describedBy,
          value: values[f],
          'data-testid': NETWORK_FIELD_IDS[f],
        };
        if (f === 'description') {
          return <textarea {...common} rows={3} onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))} />;
        }
        return (
          <input
            {...common}
            type={f === 'startsAt' || f === 'endsAt' ? 'datetime-local' : f === 'capacity' ? 'number' : 'text'}
            min={f === 'capacity' ? 1 : undefined}
            className={f === 'title' || f === 'location' ? undefined : 'input-short'}
            onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
          />
        );
      }}
    </Field>
  );

  return (
    <section className="card" aria-labelledby="network-form-heading" data-testid="network-meeting-form-section">
      <h2 id="network-form-heading">{t('networkForm.heading')}</h2>
      <p className="form-intro">{t('networkForm.intro')}</p>
      <ErrorSummary id="network-errors" testId="network-error-summary" formError={formError} entries={entries} attempt={attempt} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="network-form-heading" data-testid="network-meeting-form">
        {FIELDS.map((f) => (
          <div key={f}>{control(f)}</div>
        ))}
        <button type="submit" className="button" disabled={create.isPending} data-testid="network-meeting-submit">
          {create.isPending ? t('workflow.working') : t('networkForm.submit')}
        </button>
      </form>
    </section>
  );
}
