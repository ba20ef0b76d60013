import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { useStudioCalendar, useStudios } from '../api/productionQueries';
import type { Production, Studio } from '../api/productionTypes';
import { formatBookingStatus, formatStudio } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Field } from '../../shared/components/FormField';
import { addDays, calendarWeek, localDate, studioTime, weekOf, type Slot } from './productionModel';
import { formatClock, formatDayDate, formatWeekday } from '../../shared/i18n/format';
import { Skeleton } from '../../shared/components/Skeleton';

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
 * The chosen studio's week (`GET /studios/{key}/bookings?from&to`) as a calendar of seven days (side by side on a
 * wide screen, one under the other on a phone): per day the opening hours, the slots taken (requested or confirmed)
 * and the free slots between them, all in words. With `onPick` a free slot is chosen for the booking with one click.
 */
export function StudioCalendar({
  studio,
  weekStart,
  onWeek,
  moocId,
  onPick,
}: {
  studio: Studio;
  weekStart: string;
  onWeek: (monday: string) => void;
  moocId?: string;
  /** With it, each free slot (today or later) is a button that chooses it for the booking. */
  onPick?: (date: string, slot: Slot) => void;
}) {
  const { t, locale } = useI18n();
  const dates = weekOf(weekStart);
  const calendar = useStudioCalendar(studio.key, dates[0], dates[6]);
  const days = calendarWeek(dates, studio.openingHours, calendar.data ?? []);
  const name = formatStudio(t, studio.key, studio.name);
  const today = localDate();
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
      {calendar.isPending && <Skeleton shape="cards" count={5} label={t('calendar.loading')} />}
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
        <ol className="week-calendar" aria-label={t('calendar.caption', { studio: name, range })}>
          {days.map((d) => (
            <li key={d.date} className={`week-day${d.hours ? '' : ' week-day-closed'}`} data-testid="calendar-day" data-date={d.date}>
              <h4 className="week-day-heading">{formatDayDate(locale, d.date)}</h4>
              <p className="week-day-hours">
                {d.hours
                  ? t('calendar.hours', { opens: formatClock(locale, d.hours.opens), closes: formatClock(locale, d.hours.closes) })
                  : t('calendar.closed')}
              </p>
              {d.bookings.length > 0 && (
                <>
                  <p className="week-day-label">{t('calendar.col.booked')}</p>
                  <ul className="plain-list week-slots">
                    {d.bookings.map((b) => (
                      <li
                        key={b.id}
                        data-testid="calendar-booking"
                        data-booking-id={b.id}
                        className={`week-slot week-slot-taken${b.moocId === moocId ? ' calendar-own' : ''}`}
                      >
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
                </>
              )}
              {d.hours && (
                <>
                  <p className="week-day-label">{t('calendar.col.free')}</p>
                  {d.free.length === 0 ? (
                    <p className="muted">{t('calendar.full')}</p>
                  ) : (
                    <ul className="plain-list week-slots">
                      {d.free.map((slot) => {
                        const text = t('calendar.slot', { from: formatClock(locale, slot.from), to: formatClock(locale, slot.to) });
                        return (
                          <li key={slot.from} className="week-slot week-slot-free" data-testid="calendar-free" data-from={slot.from} data-to={slot.to}>
                            {onPick && d.date >= today ? (
                              <button
                                type="button"
                                className="week-slot-pick"
                                aria-label={t('calendar.pick', { slot: text, day: formatDayDate(locale, d.date) })}
                                onClick={() => onPick(d.date, slot)}
                              >
                                {text}
                              </button>
                            ) : (
                              text
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
