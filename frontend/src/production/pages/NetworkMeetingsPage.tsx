import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import {
  useCreateNetworkMeeting,
  useNetworkMeetings,
  useRecordAttendance,
  useRegistrations,
  useSignUp,
  useWithdrawRegistration,
} from '../api/productionQueries';
import type { NetworkMeeting } from '../../proposals/api/types';
import type { CurrentUser } from '../../shared/auth/roles';
import { ErrorAlert, StatusMessage } from '../../shared/components/Alert';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import { PageHeading } from '../../shared/components/PageHeading';
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
} from '../components/networkMeetingForm';
import { StepPage } from '../../shared/components/StepPage';
import { formatDateTime, formatNumber } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import { formatTimeRange } from '../i18n/productionFormat';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';

/** Consultants (the LearningLab) and administrators organise the network's meetings. */
export function organisesNetwork(user: CurrentUser): boolean {
  return user.roles.includes('consultant') || user.roles.includes('admin');
}

interface Notice {
  message: Message;
  n: number;
}

interface Failure {
  title: MessageKey;
  error: unknown;
  n: number;
}

/**
 * `/network-meetings`: the "Online Teaching and MOOCs" network's upcoming and past meetings; sign up or withdraw
 * for an upcoming one. Organisers (consultant, admin) plan meetings, see the registrations and, once a meeting has
 * started, record who attended.
 */
export function NetworkMeetingsPage({ user }: { user: CurrentUser }) {
  const { t, locale } = useI18n();
  const organiser = organisesNetwork(user);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const heading = t('network.heading');

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const report = {
    done: (message: Message) => {
      setFailure(null);
      setNotice((n) => ({ message, n: (n?.n ?? 0) + 1 }));
    },
    failed: (title: MessageKey, error: unknown) => {
      setNotice(null);
      setFailure((f) => ({ title, error, n: (f?.n ?? 0) + 1 }));
    },
    clear: () => {
      setNotice(null);
      setFailure(null);
    },
  };

  return (
    <StepPage
      className="network-page"
      notice={
        notice && (
          <p ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid="network-notice">
            {renderMessage(t, notice.message, locale)}
          </p>
        )
      }
      failure={
        failure && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={failureRef} data-testid="network-error">
            <p className="alert-title">
              <strong>{t(failure.title)}</strong>
            </p>
            <p>{errorMessage(t, failure.error)}</p>
          </div>
        )
      }
    >
      <div data-testid="network-meetings-page">
        <PageHeading title={heading}>{heading}</PageHeading>
        <p className="lead">{t('network.intro')}</p>
        <MeetingList when="upcoming" organiser={organiser} report={report} />
        {organiser && <NetworkMeetingForm report={report} />}
        <MeetingList when="past" organiser={organiser} report={report} />
      </div>
    </StepPage>
  );
}

type Report = {
  done: (message: Message) => void;
  failed: (title: MessageKey, error: unknown) => void;
  clear: () => void;
};

function MeetingList({ when, organiser, report }: { when: 'upcoming' | 'past'; organiser: boolean; report: Report }) {
  const { t } = useI18n();
  const meetings = useNetworkMeetings(when);
  const headingId = `network-${when}-heading`;
  return (
    <section className="section" aria-labelledby={headingId} data-testid={`network-${when}`}>
      <h2 id={headingId}>{t(when === 'upcoming' ? 'network.upcoming' : 'network.past')}</h2>
      {meetings.isPending && <StatusMessage>{t('network.loading')}</StatusMessage>}
      {meetings.isError && (
        <ErrorAlert testId={`network-${when}-error`}>
          <p>
            {t('network.loadError')} {errorMessage(t, meetings.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void meetings.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {meetings.data && meetings.data.length === 0 && (
        <p className="empty" data-testid={`network-${when}-empty`}>
          {t(when === 'upcoming' ? 'network.emptyUpcoming' : 'network.emptyPast')}
        </p>
      )}
      {meetings.data && meetings.data.length > 0 && (
        <ul className="meeting-list" aria-labelledby={headingId}>
          {meetings.data.map((m) => (
            <MeetingItem key={m.id} meeting={m} upcoming={when === 'upcoming'} organiser={organiser} report={report} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Places({ meeting: m }: { meeting: NetworkMeeting }) {
  const { t, locale } = useI18n();
  const registered = formatNumber(locale, m.registered ?? 0);
  if (m.capacity === null || m.capacity === undefined) return <>{t('network.places.open', { registered })}</>;
  return <>{t('network.places', { registered, capacity: formatNumber(locale, m.capacity) })}</>;
}

function MeetingItem({
  meeting: m,
  upcoming,
  organiser,
  report,
}: {
  meeting: NetworkMeeting;
  upcoming: boolean;
  organiser: boolean;
  report: Report;
}) {
  const { t, locale } = useI18n();
  const signUp = useSignUp();
  const withdraw = useWithdrawRegistration();
  const [pending, setPending] = useState(false);
  const [showRegistrations, setShowRegistrations] = useState(false);
  const full =
    typeof m.placesLeft === 'number' ? m.placesLeft <= 0 : m.capacity !== null && m.capacity !== undefined && m.registered >= m.capacity;
  // The upcoming list also holds a meeting under way: signing up and withdrawing end when it starts.
  const started = new Date(m.startsAt).getTime() <= Date.now();
  const titleId = `network-meeting-${m.id}-title`;

  async function toggle() {
    report.clear();
    setPending(true);
    try {
      if (m.youAreRegistered) {
        await withdraw.mutateAsync({ id: m.id });
        report.done({ key: 'network.done.withdraw', params: { title: m.title } });
      } else {
        await signUp.mutateAsync({ id: m.id });
        report.done({ key: 'network.done.signUp', params: { title: m.title } });
      }
    } catch (error) {
      report.failed(m.youAreRegistered ? 'network.failed.withdraw' : 'network.failed.signUp', error);
    } finally {
      setPending(false);
    }
  }

  return (
    <li className="meeting-item" data-testid="network-meeting" data-meeting-id={m.id} data-registered={m.youAreRegistered ? 'true' : 'false'}>
      <h3 id={titleId}>{m.title}</h3>
      <dl className="facts-list">
        <div>
          <dt>{t('meeting.when')}</dt>
          <dd data-testid="network-meeting-when">
            <time dateTime={m.startsAt}>{formatTimeRange(locale, m.startsAt, m.endsAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('meeting.where')}</dt>
          <dd data-testid="network-meeting-where">{m.location?.trim() ? m.location : <span className="muted">{t('meeting.noLocation')}</span>}</dd>
        </div>
        <div>
          <dt>{t('network.places.label')}</dt>
          <dd data-testid="network-meeting-places">
            <Places meeting={m} />
            {full && upcoming && <strong className="flag"> {t('network.full')}</strong>}
          </dd>
        </div>
        {m.plannedBy && (
          <div>
            <dt>{t('network.plannedBy')}</dt>
            <dd>{m.plannedBy}</dd>
          </div>
        )}
        {organiser && typeof m.attended === 'number' && (
          <div>
            <dt>{t('network.attended.label')}</dt>
            <dd data-testid="network-meeting-attended">{formatNumber(locale, m.attended)}</dd>
          </div>
        )}
      </dl>
      {m.description && <p className="prose-value">{m.description}</p>}
      {m.youAreRegistered && (
        <p data-testid="network-you-are-registered">
          <span className="badge badge-approved">{t('network.youAreRegistered')}</span>
        </p>
      )}
      {upcoming && started && (
        <p className="muted" data-testid="network-meeting-started">
          {t('network.underWay')}
        </p>
      )}
      <div className="actions">
        {upcoming &&
          !started &&
          (m.youAreRegistered ? (
            <button
              type="button"
              className="button button-secondary"
              aria-describedby={titleId}
              disabled={pending}
              data-testid={`network-withdraw-${m.id}`}
              onClick={() => void toggle()}
            >
              {pending ? t('workflow.working') : t('network.withdraw')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              aria-describedby={titleId}
              disabled={pending || full}
              data-testid={`network-signup-${m.id}`}
              onClick={() => void toggle()}
            >
              {pending ? t('workflow.working') : t(full ? 'network.full' : 'network.signUp')}
            </button>
          ))}
        {organiser && (
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={showRegistrations}
            // Names the list only while it is shown (an id that does not exist would be invalid).
            aria-controls={showRegistrations ? `registrations-${m.id}` : undefined}
            aria-describedby={titleId}
            data-testid={`network-registrations-${m.id}`}
            onClick={() => setShowRegistrations((s) => !s)}
          >
            {t(showRegistrations ? 'network.registrations.hide' : 'network.registrations.show')}
          </button>
        )}
      </div>
      {organiser && showRegistrations && <Registrations meeting={m} started={started} report={report} />}
    </li>
  );
}

function Registrations({ meeting: m, started, report }: { meeting: NetworkMeeting; started: boolean; report: Report }) {
  const { t, locale } = useI18n();
  const registrations = useRegistrations(m.id, true);
  const record = useRecordAttendance();
  const [attended, setAttended] = useState<Set<string> | null>(null);
  const [pending, setPending] = useState(false);
  const shown = attended ?? new Set((registrations.data ?? []).filter((r) => r.attended).map((r) => r.username));

  async function save(e: FormEvent) {
    e.preventDefault();
    report.clear();
    setPending(true);
    try {
      await record.mutateAsync({ id: m.id, attended: [...shown] });
      setAttended(null);
      report.done({ key: 'network.done.attendance', params: { title: m.title, count: shown.size } });
    } catch (error) {
      report.failed('network.failed.attendance', error);
    } finally {
      setPending(false);
    }
  }

  return (
    <div id={`registrations-${m.id}`} className="registrations" data-testid={`registrations-${m.id}`}>
      <h4 id={`registrations-${m.id}-heading`}>{t('network.registrations.heading')}</h4>
      {registrations.isPending && <StatusMessage>{t('network.registrations.loading')}</StatusMessage>}
      {registrations.isError && (
        <ErrorAlert>
          <p>
            {t('network.registrations.loadError')} {errorMessage(t, registrations.error)}
          </p>
        </ErrorAlert>
      )}
      {registrations.data && registrations.data.length === 0 && (
        <p className="empty" data-testid="registrations-empty">
          {t('network.registrations.empty')}
        </p>
      )}
      {registrations.data && registrations.data.length > 0 && (
        <form noValidate onSubmit={(e) => void save(e)} aria-labelledby={`registrations-${m.id}-heading`}>
          {!started && <p className="hint">{t('network.attendance.notYet')}</p>}
          <div className="table-wrap">
            <table className="data-table" data-testid="registrations-table">
              <caption>{t('network.registrations.caption', { title: m.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('team.col.name')}</th>
                  <th scope="col">{t('team.col.email')}</th>
                  <th scope="col">{t('network.registrations.col.registered')}</th>
                  <th scope="col">{t('network.registrations.col.attended')}</th>
                </tr>
              </thead>
              <tbody>
                {registrations.data.map((r) => (
                  <tr key={r.username} data-testid="registration-row" data-username={r.username}>
                    <th scope="row">{r.name || r.username}</th>
                    <td>{r.email ?? ''}</td>
                    <td>{r.registeredAt ? <time dateTime={r.registeredAt}>{formatDateTime(locale, r.registeredAt)}</time> : ''}</td>
                    <td>
                      {started ? (
                        <label className="checkbox">
                          <input
                            type="checkbox"
                            checked={shown.has(r.username)}
                            onChange={(e) => {
                              const next = new Set(shown);
                              if (e.target.checked) next.add(r.username);
                              else next.delete(r.username);
                              setAttended(next);
                            }}
                            data-testid={`attendance-${r.username}`}
                          />
                          <span className="visually-hidden">{t('network.attendance.label', { name: r.name || r.username })}</span>
                        </label>
                      ) : (
                        <span className="muted">{t(r.attended ? 'case.members.assessedYes' : 'network.attendance.pending')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {started && (
            <button type="submit" className="button" disabled={pending} data-testid={`save-attendance-${m.id}`}>
              {pending ? t('edit.saving') : t('network.attendance.save')}
            </button>
          )}
        </form>
      )}
    </div>
  );
}

const LABELS: Record<NetworkMeetingField, MessageKey> = {
  title: 'meetingForm.title.label',
  startsAt: 'networkForm.startsAt.label',
  endsAt: 'networkForm.endsAt.label',
  location: 'networkForm.location.label',
  description: 'networkForm.description.label',
  capacity: 'networkForm.capacity.label',
};

const FIELDS = Object.keys(NETWORK_FIELD_IDS) as NetworkMeetingField[];

function NetworkMeetingForm({ report }: { report: Report }) {
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
