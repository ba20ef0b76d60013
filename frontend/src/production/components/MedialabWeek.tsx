import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Booking, VideoCosts } from '../api/productionTypes';
import { formatClock, formatDayDate, formatDkk } from '../../shared/i18n/format';
import { personName } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { productionPath } from './ProductionsTable';
import { studioParts, studioTime, weekOf } from './productionModel';

/** The queue's requests by the week (Monday) and day they are for, in Copenhagen time, each day's by start. */
export function queueWeeks(queue: readonly Booking[]): { monday: string; days: { date: string; bookings: Booking[] }[] }[] {
  const byWeek = new Map<string, Booking[]>();
  for (const b of queue) {
    const date = studioParts(b.start)?.date;
    if (!date) continue;
    const monday = weekOf(date)[0];
    byWeek.set(monday, [...(byWeek.get(monday) ?? []), b]);
  }
  return [...byWeek.keys()].sort().map((monday) => ({
    monday,
    days: weekOf(monday).map((date) => ({
      date,
      bookings: byWeek
        .get(monday)!
        .filter((b) => studioParts(b.start)?.date === date)
        .sort((a, b) => new Date(a.start).getTime() - new Date(b.start).getTime()),
    })),
  }));
}

/**
 * One week of MediaLab's queue as a calendar of seven days: each request with its time, MOOC (→ its production),
 * studio, cost, who booked it, the booking's note and the MOOC's video budget – what is booked (this request
 * included) and what remains, with the budget warning in words – and the actions (`actions`).
 */
export function MedialabWeek({
  monday,
  days,
  costs,
  studioName,
  actions,
}: {
  monday: string;
  days: { date: string; bookings: Booking[] }[];
  costs: Map<string, UseQueryResult<VideoCosts>>;
  studioName: (b: Booking) => string;
  actions: (b: Booking) => ReactNode;
}) {
  const { t, locale } = useI18n();
  const headingId = `medialab-week-${monday}`;
  return (
    <section className="medialab-week" aria-labelledby={headingId} data-testid="medialab-week" data-week={monday}>
      <h2 id={headingId}>{t('medialabWeek.heading', { from: formatDayDate(locale, days[0].date), to: formatDayDate(locale, days[6].date) })}</h2>
      <ol className="week-calendar" aria-labelledby={headingId}>
        {days.map((d) => (
          <li key={d.date} className={`week-day${d.bookings.length === 0 ? ' week-day-closed' : ''}`} data-testid="medialab-day" data-date={d.date}>
            <h3 className="week-day-heading">{formatDayDate(locale, d.date)}</h3>
            {d.bookings.length === 0 ? (
              <p className="week-day-hours">{t('medialabWeek.none')}</p>
            ) : (
              <ul className="plain-list">
                {d.bookings.map((b) => (
                  <li key={b.id} className="queue-card" data-testid="medialab-booking" data-booking-id={b.id}>
                    <p className="queue-card-time" data-testid="medialab-when">
                      <time dateTime={b.start}>{t('calendar.slot', { from: formatClock(locale, studioTime(b.start)), to: formatClock(locale, studioTime(b.end)) })}</time>
                    </p>
                    <p className="queue-card-mooc">
                      {b.moocId ? (
                        <Link to={productionPath(b.moocId)} data-testid="medialab-mooc-link">
                          {b.moocTitle ?? '–'}
                        </Link>
                      ) : (
                        (b.moocTitle ?? '–')
                      )}
                    </p>
                    <dl className="queue-card-facts">
                      <div>
                        <dt>{t('bookings.col.studio')}</dt>
                        <dd>{studioName(b)}</dd>
                      </div>
                      <div>
                        <dt>{t('bookings.col.cost')}</dt>
                        <dd data-testid="medialab-cost">{b.costDkk === null || b.costDkk === undefined ? '–' : formatDkk(locale, b.costDkk)}</dd>
                      </div>
                      <div>
                        <dt>{t('medialab.col.bookedBy')}</dt>
                        <dd>{personName(b.bookedBy) || '–'}</dd>
                      </div>
                      {b.note && (
                        <div>
                          <dt>{t('bookings.col.note')}</dt>
                          <dd className="prose-value" data-testid="medialab-note">
                            {b.note}
                          </dd>
                        </div>
                      )}
                    </dl>
                    {b.moocId && <BudgetContext costs={costs.get(b.moocId)} />}
                    <div className="queue-card-actions">{actions(b)}</div>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The MOOC's video budget as MediaLab decides on a request: booked (this request included), remaining, warning. */
function BudgetContext({ costs }: { costs: UseQueryResult<VideoCosts> | undefined }) {
  const { t, locale } = useI18n();
  const c = costs?.data;
  if (!c) return costs?.isError ? <p className="muted small">{t('medialabWeek.budget.unknown')}</p> : null;
  const warning = c.warning === 'EXCEEDED' ? 'medialabWeek.budget.EXCEEDED' : c.warning === 'NEAR_LIMIT' ? 'medialabWeek.budget.NEAR_LIMIT' : null;
  return (
    <div className="queue-budget" data-testid="medialab-budget" data-warning={c.warning}>
      <p>
        {c.budgetDkk === null || c.budgetDkk === undefined
          ? t('medialabWeek.budget.none', { booked: formatDkk(locale, c.bookedDkk) })
          : t('medialabWeek.budget.line', {
              budget: formatDkk(locale, c.budgetDkk),
              booked: formatDkk(locale, c.bookedDkk),
              remaining: formatDkk(locale, c.remainingDkk ?? 0),
            })}
      </p>
      {warning && (
        <p className="queue-budget-warning">
          <strong>{t(warning)}</strong>
        </p>
      )}
    </div>
  );
}
