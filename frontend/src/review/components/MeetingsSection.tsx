import { Link } from 'react-router-dom';
import { errorMessage } from '../../shared/api/errorMessage';
import { useMeetings } from '../api/reviewQueries';
import type { Meeting } from '../api/reviewTypes';
import { formatMeetingTime, formatNumber } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Skeleton } from '../../shared/components/Skeleton';

export function meetingPath(id: string): string {
  return `/meetings/${encodeURIComponent(id)}`;
}

/** "No cases yet", "1 case", "3 cases". */
export function CaseCount({ count }: { count: number }) {
  const { t, locale } = useI18n();
  if (count === 0) return <>{t('meeting.caseCount.none')}</>;
  if (count === 1) return <>{t('meeting.caseCount.one')}</>;
  return <>{t('meeting.caseCount.other', { count: formatNumber(locale, count) })}</>;
}

/** When a meeting starts, in full words of the locale, with the machine-readable time. */
export function MeetingTime({ startsAt }: { startsAt: string }) {
  const { locale } = useI18n();
  return <time dateTime={startsAt}>{formatMeetingTime(locale, startsAt)}</time>;
}

/** The committee's meetings: upcoming (soonest first) or past, as the server lists them; each links to its page. */
export function MeetingsSection({ past }: { past: boolean }) {
  const { t } = useI18n();
  const meetings = useMeetings(past);
  const heading = t(past ? 'meetings.past' : 'meetings.upcoming');
  const data = meetings.data;

  return (
    <section className="section" aria-labelledby="meetings-heading" data-testid="meetings-section" data-past={past ? 'true' : 'false'}>
      <div className="page-title-row">
        <h2 id="meetings-heading">{heading}</h2>
        <Link to={past ? '/meetings' : '/meetings?past=true'} data-testid="meetings-toggle">
          {t(past ? 'meetings.showUpcoming' : 'meetings.showPast')}
        </Link>
      </div>
      {meetings.isPending && <Skeleton shape="list" count={3} label={t('meetings.loading')} testId="meetings-loading" />}
      {meetings.isError && (
        <ErrorAlert testId="meetings-error">
          <p>
            {t('meetings.loadError')} {errorMessage(t, meetings.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void meetings.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {data && data.length === 0 && (
        <p className="empty" data-testid="meetings-empty">
          {t(past ? 'meetings.emptyPast' : 'meetings.emptyUpcoming')}
        </p>
      )}
      {data && data.length > 0 && (
        <ul className="meeting-list" aria-labelledby="meetings-heading" data-testid="meetings-list">
          {data.map((m) => (
            <MeetingItem key={m.id} meeting={m} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingItem({ meeting: m }: { meeting: Meeting }) {
  const { t } = useI18n();
  return (
    <li className="meeting-item" data-testid="meeting-item" data-meeting-id={m.id}>
      <h3>
        <Link to={meetingPath(m.id)} data-testid="meeting-link">
          {m.title}
        </Link>
      </h3>
      <dl className="facts-list">
        <div>
          <dt>{t('meeting.when')}</dt>
          <dd data-testid="meeting-when">
            <MeetingTime startsAt={m.startsAt} />
          </dd>
        </div>
        <div>
          <dt>{t('meeting.where')}</dt>
          <dd data-testid="meeting-where">{m.location?.trim() ? m.location : <span className="muted">{t('meeting.noLocation')}</span>}</dd>
        </div>
        <div>
          <dt>{t('meeting.cases')}</dt>
          <dd data-testid="meeting-case-count" data-count={m.caseCount ?? 0}>
            <CaseCount count={m.caseCount ?? 0} />
          </dd>
        </div>
      </dl>
    </li>
  );
}
