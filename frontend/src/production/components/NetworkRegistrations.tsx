import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { useRecordAttendance, useRegistrations } from '../api/productionQueries';
import type { NetworkMeeting } from '../api/productionTypes';
import { ErrorAlert } from '../../shared/components/Alert';
import { formatDateTime } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import type { NetworkReport } from './networkMeetingForm';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';

/** A meeting's registrations for its organisers; once the meeting has started, who attended. */
export function NetworkRegistrations({ meeting: m, started, report }: { meeting: NetworkMeeting; started: boolean; report: NetworkReport }) {
  const { t, locale } = useI18n();
  const registrationsTable = useCardLabels<HTMLTableElement>();
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
      {registrations.isPending && <Skeleton shape="list" count={3} label={t('network.registrations.loading')} />}
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
            <table ref={registrationsTable} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="registrations-table">
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
