import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { useStudioCalendar, useStudios } from '../api/productionQueries';
import type { Production, Studio } from '../../proposals/api/types';
import { formatBookingStatus, formatClock, formatDayDate, formatStudio, formatWeekday } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert, StatusMessage } from '../../shared/components/Alert';
import { Field } from '../../shared/components/FormField';
import { addDays, calendarWeek, localDate, studioTime, weekOf } from './productionModel';

/** The studio's opening hours per day of the week. */
export function OpeningHoursList({ studio }: { studio: Studio }) {
  const { t, locale } = useI18n();
  const name = formatStudio(t, studio.key, studio.name);
  return (
    <div className="opening-hours" data-testid="studio-opening-hours">
      <p id="opening-hours-heading">
        <strong>{t('studios.openingHours', { studio: name })}</strong>
        {studio.campus && <span className="muted"> ({studio.campus})</span>}
      </p>
      {studio.openingHours.length === 0 ? (
        <p className="muted">{t('studios.noHours')}</p>
      ) : (
        <ul className="plain-list" aria-labelledby="opening-hours-heading">
          {studio.openingHours.map((h) => (
            <li key={h.day} data-day={h.day}>
              {t('studios.hoursLine', { day: formatWeekday(locale, h.day), opens: formatClock(locale, h.opens), closes: formatClock(locale, h.closes) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Without BOOK: the studio chooser and the week's calendar only, to see when the studios are free. */
export function StudioWeek({ production: p }: { production: Production }) {
  const { t } = useI18n();
  const studios = useStudios();
  const [key, setKey] = useState('');
  const [week, setWeek] = useState(() => weekOf(localDate())[0]);
  const studio = studios.data?.find((s) => s.key === key);
  if (!studios.data || studios.data.length === 0) return null;
  return (
    <div className="booking">
      <Field id="calendar-studio" label={t('studios.calendarStudio')}>
        {(describedBy) => (
          <select id="calendar-studio" aria-describedby={describedBy} value={key} onChange={(e) => setKey(e.target.value)} data-testid="calendar-studio">
            <option value="">{t('booking.chooseStudio')}</option>
            {studios.data.map((s) => (
              <option key={s.key} value={s.key}>
                {formatStudio(t, s.key, s.name)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {studio && <OpeningHoursList studio={studio} />}
      {studio && <StudioCalendar studio={studio} weekStart={week} onWeek={setWeek} moocId={p.moocId} />}
    </div>
  );
}

/**
 * The chosen studio's week (`GET /studios/{key}/bookings?from&to`): per day the opening hours, the slots taken
 * (requested or confirmed) and the free slots between them – a table in words, so the free slots are visible to all.
 */
export function StudioCalendar({
  studio,
  weekStart,
  onWeek,
  moocId,
}: {
  studio: Studio;
  weekStart: string;
  onWeek: (monday: string) => void;
  moocId?: string;
}) {
  const { t, locale } = useI18n();
  const dates = weekOf(weekStart);
  const calendar = useStudioCalendar(studio.key, dates[0], dates[6]);
  const days = calendarWeek(dates, studio.openingHours, calendar.data ?? []);
  const name = formatStudio(t, studio.key, studio.name);
  const range = t('calendar.range', { from: formatDayDate(locale, dates[0]), to: formatDayDate(locale, dates[6]) });

  return (
    <section className="studio-calendar" aria-labelledby="studio-calendar-heading" data-testid="studio-calendar" data-week={dates[0]}>
      <h3 id="studio-calendar-heading">{t('calendar.heading', { studio: name })}</h3>
      <div className="calendar-nav" role="group" aria-label={t('calendar.nav')}>
        <button type="button" className="button button-small button-secondary" data-testid="calendar-previous" onClick={() => onWeek(addDays(dates[0], -7))}>
          {t('calendar.previous')}
        </button>
        <p className="calendar-range" aria-live="polite" data-testid="calendar-range">
          {range}
        </p>
        <button type="button" className="button button-small button-secondary" data-testid="calendar-next" onClick={() => onWeek(addDays(dates[0], 7))}>
          {t('calendar.next')}
        </button>
      </div>
      {calendar.isPending && <StatusMessage>{t('calendar.loading')}</StatusMessage>}
      {calendar.isError && (
        <ErrorAlert testId="calendar-error">
          <p>
            {t('calendar.loadError')} {errorMessage(t, calendar.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void calendar.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {calendar.data && (
        <div className="table-wrap">
          <table className="data-table calendar-table">
            <caption>{t('calendar.caption', { studio: name, range })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calendar.col.day')}</th>
                <th scope="col">{t('calendar.col.hours')}</th>
                <th scope="col">{t('calendar.col.booked')}</th>
                <th scope="col">{t('calendar.col.free')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date} data-testid="calendar-day" data-date={d.date}>
                  <th scope="row">{formatDayDate(locale, d.date)}</th>
                  <td>
                    {d.hours
                      ? t('calendar.hours', { opens: formatClock(locale, d.hours.opens), closes: formatClock(locale, d.hours.closes) })
                      : t('calendar.closed')}
                  </td>
                  <td>
                    {d.bookings.length === 0 ? (
                      <span className="muted">{t('calendar.nothingBooked')}</span>
                    ) : (
                      <ul className="plain-list">
                        {d.bookings.map((b) => (
                          <li key={b.id} data-testid="calendar-booking" data-booking-id={b.id} className={b.moocId === moocId ? 'calendar-own' : undefined}>
                            {b.moocTitle
                              ? t('calendar.booking', {
                                  from: formatClock(locale, studioTime(b.start)),
                                  to: formatClock(locale, studioTime(b.end)),
                                  mooc: b.moocTitle,
                                  status: formatBookingStatus(t, b.status),
                                })
                              : t('calendar.taken', {
                                  from: formatClock(locale, studioTime(b.start)),
                                  to: formatClock(locale, studioTime(b.end)),
                                  status: formatBookingStatus(t, b.status),
                                })}
                            {b.moocId && b.moocId === moocId && <strong> {t('calendar.thisMooc')}</strong>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {d.free.length === 0 ? (
                      <span className="muted">{d.hours ? t('calendar.full') : '–'}</span>
                    ) : (
                      <ul className="plain-list">
                        {d.free.map((s) => (
                          <li key={s.from} data-testid="calendar-free" data-from={s.from} data-to={s.to}>
                            {t('calendar.slot', { from: formatClock(locale, s.from), to: formatClock(locale, s.to) })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
