import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { useBook, useStudios } from '../api/productionQueries';
import type { BookingInput, Production, Studio } from '../api/productionTypes';
import { formatClock, formatDayDate, formatDkk, formatTimeRange } from '../../shared/i18n/format';
import { renderMessage } from '../../shared/i18n/message';
import { formatStudio } from '../i18n/productionFormat';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import {
  BOOKING_MAX_HOURS,
  BOOKING_NOTE_MAX,
  halfHours,
  hoursBetween,
  isDate,
  localDate,
  studioIso,
  minutesOf,
  timeOf,
  openingHoursOn,
  STUDIO_ZONE,
  validateBooking,
  weekOf,
  type BookingValues,
  type Errors,
  type Slot,
} from './productionModel';
import { useSteps } from './productionSteps';
import { OpeningHoursList, StudioCalendar } from './StudioCalendar';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';

/**
 * A 409 for a booking that would take the booked costs above the budget, rather than an overlap: both are
 * `urn:mooc:problem:conflict`; the budget's carries `wouldBeBookedDkk` (and `budgetDkk`, `bookedDkk`, `costDkk`).
 */
export function isOverBudget(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false;
  const p = error.problem;
  if (p.wouldBeBookedDkk !== undefined || p.budgetDkk !== undefined) return true;
  return /budget/i.test(p.type ?? '') || /budget/i.test(p.title ?? '');
}

const BOOKING_IDS: Record<keyof BookingValues, string> = {
  studio: 'booking-studio',
  date: 'booking-date',
  start: 'booking-start',
  end: 'booking-end',
  note: 'booking-note',
};

const BOOKING_LABELS: Record<keyof BookingValues, MessageKey> = {
  studio: 'booking.studio',
  date: 'booking.date',
  start: 'booking.start',
  end: 'booking.end',
  note: 'booking.note',
};

/** Half hours offered when the day's opening hours are not known. */
const DEFAULT_TIMES = halfHours('07:00', '22:00');

/**
 * A booking: studio, date and half-hour times within the day's opening hours (Copenhagen time), with the
 * estimated cost; a refusal over the budget offers to book anyway. The chosen studio's week is shown before the date
 * and times, as a calendar whose free slots fill them in.
 */
export function BookingForm({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const studios = useStudios();
  const book = useBook();
  const [values, setValues] = useState<BookingValues>({ studio: '', date: '', start: '', end: '', note: '' });
  const [errors, setErrors] = useState<Errors<keyof BookingValues>>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<{ error: unknown; overBudget: boolean; input: BookingInput } | null>(null);
  const [pending, setPending] = useState(false);
  const [week, setWeek] = useState(() => weekOf(localDate())[0]);
  const failureRef = useFocusWhenShown<HTMLDivElement>(failure);
  const studio: Studio | undefined = studios.data?.find((s) => s.key === values.studio);
  const open = studio && values.date && isDate(values.date) ? openingHoursOn(studio.openingHours, values.date) : null;
  const times = open ? halfHours(open.opens, open.closes) : DEFAULT_TIMES;
  const startTimes = times.slice(0, -1);
  const endTimes = times.filter((time) => !values.start || (minutesOf(time) ?? 0) > (minutesOf(values.start) ?? 0));
  const hours = hoursBetween(values.start, values.end);

  const set = (field: keyof BookingValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (field === 'date' && isDate(value)) setWeek(weekOf(value)[0]);
  };

  /** A free slot chosen in the calendar: its day and times (at most a booking's longest), then the start to adjust. */
  const pick = (date: string, slot: Slot) => {
    const from = minutesOf(slot.from) ?? 0;
    const to = Math.min(minutesOf(slot.to) ?? from, from + BOOKING_MAX_HOURS * 60);
    setValues((v) => ({ ...v, date, start: slot.from, end: timeOf(to) }));
    document.getElementById(BOOKING_IDS.start)?.focus();
  };

  async function send(input: BookingInput) {
    setFailure(null);
    setPending(true);
    try {
      const booking = await book.mutateAsync({ id: p.moocId, input });
      const when = formatTimeRange(locale, booking.start ?? input.start, booking.end ?? input.end, STUDIO_ZONE);
      setValues({ studio: values.studio, date: '', start: '', end: '', note: '' });
      setErrors({});
      steps.announce({
        message: {
          key: booking.status === 'CONFIRMED' ? 'booking.done.confirmed' : 'booking.done.requested',
          params: { studio: formatStudio(t, input.studio, studio?.name), when },
        },
      });
    } catch (error) {
      const server: Errors<keyof BookingValues> = {};
      if (error instanceof ApiError) {
        const map = error.fieldErrorMap();
        for (const f of ['studio', 'start', 'end', 'note'] as const) if (map[f]) server[f] = { text: map[f] };
      }
      if (Object.keys(server).length > 0) {
        setErrors(server);
        setAttempt((n) => n + 1);
      } else {
        setFailure({ error, overBudget: isOverBudget(error) && !input.overBudget, input });
      }
    } finally {
      setPending(false);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    steps.clear();
    setFailure(null);
    const found = validateBooking(values, studio?.openingHours);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const start = studioIso(values.date, values.start);
    const end = studioIso(values.date, values.end);
    if (!start || !end || !studio) return;
    await send({ studio: studio.key, start, end, note: values.note.trim() || null });
  }

  const text = (f: keyof BookingValues) => (errors[f] ? renderMessage(t, errors[f]!, locale) : undefined);
  const fields = Object.keys(BOOKING_IDS) as (keyof BookingValues)[];
  const entries: SummaryEntry[] = fields
    .filter((f) => errors[f])
    .map((f) => ({ fieldId: BOOKING_IDS[f], label: t(BOOKING_LABELS[f]), message: text(f)! }));

  /** The refusal's amounts in the locale's words, when the server sent them. */
  const overBudgetText = (error: unknown): string | null => {
    if (!(error instanceof ApiError) || !isOverBudget(error)) return null;
    const { costDkk, wouldBeBookedDkk, budgetDkk } = error.problem;
    if (costDkk === undefined || wouldBeBookedDkk === undefined || budgetDkk === undefined) return null;
    return t('booking.overBudget.amounts', {
      cost: formatDkk(locale, costDkk),
      wouldBe: formatDkk(locale, wouldBeBookedDkk),
      budget: formatDkk(locale, budgetDkk),
    });
  };

  const timeSelect = (field: 'start' | 'end', options: string[]) => (
    <Field id={BOOKING_IDS[field]} label={t(BOOKING_LABELS[field])} error={text(field)} required>
      {(describedBy) => (
        <select
          id={BOOKING_IDS[field]}
          aria-required="true"
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={describedBy}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
          data-testid={BOOKING_IDS[field]}
        >
          <option value="">{t('booking.chooseTime')}</option>
          {options.map((time) => (
            <option key={time} value={time}>
              {formatClock(locale, time)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <div className="booking">
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="booking-form-heading" data-testid="booking-form">
        <h3 id="booking-form-heading">{t('booking.heading')}</h3>
        <p className="form-intro">{t('booking.intro')}</p>
        <ErrorSummary id="booking-errors" testId="booking-error-summary" entries={entries} attempt={attempt} headingLevel={4} />
        {failure && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={failureRef} data-testid={failure.overBudget ? 'booking-over-budget' : 'booking-error'}>
            <p className="alert-title">
              <strong>{t(failure.overBudget ? 'booking.overBudget.title' : 'booking.failed')}</strong>
            </p>
            <p>{overBudgetText(failure.error) ?? errorMessage(t, failure.error)}</p>
            {failure.overBudget && (
              <div className="form-actions">
                <button
                  type="button"
                  className="button"
                  data-testid="booking-over-budget-confirm"
                  disabled={pending}
                  onClick={() => void send({ ...failure.input, overBudget: true })}
                >
                  {t('booking.overBudget.confirm')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  data-testid="booking-over-budget-cancel"
                  onClick={() => {
                    setFailure(null);
                    document.getElementById('booking-submit')?.focus();
                  }}
                >
                  {t('booking.overBudget.cancel')}
                </button>
              </div>
            )}
          </div>
        )}
        {studios.isError && (
          <ErrorAlert testId="studios-error">
            <p>
              {t('studios.loadError')} {errorMessage(t, studios.error)}
            </p>
            <button type="button" className="button button-secondary" onClick={() => void studios.refetch()}>
              {t('app.retry')}
            </button>
          </ErrorAlert>
        )}
        <Field id={BOOKING_IDS.studio} label={t('booking.studio')} error={text('studio')} required>
          {(describedBy) => (
            <select
              id={BOOKING_IDS.studio}
              aria-required="true"
              aria-invalid={errors.studio ? true : undefined}
              aria-describedby={describedBy}
              value={values.studio}
              onChange={(e) => set('studio', e.target.value)}
              data-testid={BOOKING_IDS.studio}
            >
              <option value="">{studios.isPending ? t('studios.loading') : t('booking.chooseStudio')}</option>
              {(studios.data ?? []).map((s) => (
                <option key={s.key} value={s.key}>
                  {s.hourlyRateDkk > 0
                    ? t('booking.studioOption.paid', { studio: formatStudio(t, s.key, s.name), rate: formatDkk(locale, s.hourlyRateDkk) })
                    : t('booking.studioOption.free', { studio: formatStudio(t, s.key, s.name) })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {studio && <OpeningHoursList studio={studio} />}
        {studio && <StudioCalendar studio={studio} weekStart={week} onWeek={setWeek} moocId={p.moocId} onPick={pick} />}
        <Field id={BOOKING_IDS.date} label={t('booking.date')} error={text('date')} required>
          {(describedBy) => (
            <input
              id={BOOKING_IDS.date}
              type="date"
              className="input-short"
              min={localDate()}
              aria-required="true"
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={describedBy}
              value={values.date}
              onChange={(e) => set('date', e.target.value)}
              data-testid={BOOKING_IDS.date}
            />
          )}
        </Field>
        {studio && values.date && isDate(values.date) && (
          <p className="hint" data-testid="booking-day-hours">
            {open
              ? t('booking.dayHours', { day: formatDayDate(locale, values.date), opens: formatClock(locale, open.opens), closes: formatClock(locale, open.closes) })
              : t('booking.dayClosed', { day: formatDayDate(locale, values.date) })}
          </p>
        )}
        <p className="hint">{t('booking.copenhagenTime')}</p>
        <div className="field-row">
          {timeSelect('start', startTimes)}
          {timeSelect('end', endTimes)}
        </div>
        {studio && hours > 0 && (
          <p data-testid="booking-estimate">
            {studio.hourlyRateDkk > 0
              ? t('booking.estimate.paid', {
                  hours: new Intl.NumberFormat(locale).format(hours),
                  rate: formatDkk(locale, studio.hourlyRateDkk),
                  cost: formatDkk(locale, hours * studio.hourlyRateDkk),
                })
              : t('booking.estimate.free', { hours: new Intl.NumberFormat(locale).format(hours) })}
            {studio.needsConfirmation && ` ${t('booking.needsConfirmation')}`}
          </p>
        )}
        <Field id={BOOKING_IDS.note} label={t('booking.note')} hint={t('booking.note.hint', { max: BOOKING_NOTE_MAX })} error={text('note')}>
          {(describedBy) => (
            <textarea
              id={BOOKING_IDS.note}
              rows={2}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={describedBy}
              value={values.note}
              onChange={(e) => set('note', e.target.value)}
              data-testid={BOOKING_IDS.note}
            />
          )}
        </Field>
        <button type="submit" id="booking-submit" className="button" disabled={pending} data-testid="booking-submit">
          {pending ? t('workflow.working') : t('booking.submit')}
        </button>
      </form>
    </div>
  );
}
