import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { useNetworkMeetings, useSignUp, useWithdrawRegistration } from '../api/productionQueries';
import type { NetworkMeeting } from '../api/productionTypes';
import { ErrorAlert } from '../../shared/components/Alert';
import { formatNumber, formatTimeRange } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import type { NetworkReport } from './networkMeetingForm';
import { NetworkRegistrations } from './NetworkRegistrations';
import { Skeleton } from '../../shared/components/Skeleton';

/** The network's upcoming or past meetings: sign up or withdraw; organisers see the registrations. */
export function NetworkMeetingList({ when, organiser, report }: { when: 'upcoming' | 'past'; organiser: boolean; report: NetworkReport }) {
  const { t } = useI18n();
  const meetings = useNetworkMeetings(when);
  const headingId = `network-${when}-heading`;
  return (
    <section className="section" aria-labelledby={headingId} data-testid={`network-${when}`}>
      <h2 id={headingId}>{t(when === 'upcoming' ? 'network.upcoming' : 'network.past')}</h2>
      {meetings.isPending && <Skeleton shape="cards" count={2} label={t('network.loading')} />}
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
  report: NetworkReport;
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
      {organiser && showRegistrations && <NetworkRegistrations meeting={m} started={started} report={report} />}
    </li>
  );
}
