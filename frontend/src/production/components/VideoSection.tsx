import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import {
  useBook,
  useBookings,
  useCancelBooking,
  useDownloadCalendar,
  usePlanVideoHours,
  useProductionApi,
  useStudioCalendar,
  useStudios,
  useVideoCosts,
} from '../api/productionQueries';
import type { Booking, BookingInput, Production, Studio, VideoCosts } from '../../proposals/api/types';
import { formatDkk, formatNumber } from '../../shared/i18n/format';
import { renderMessage } from '../../shared/i18n/message';
import {
  formatBookingStatus,
  formatClock,
  formatDayDate,
  formatStudio,
  formatTimeRange,
  formatWeekday,
} from '../i18n/productionFormat';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert, StatusMessage } from '../../shared/components/Alert';
import { saveBlob } from '../../proposals/components/attachmentFiles';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import {
  BOOKING_NOTE_MAX,
  addDays,
  calendarWeek,
  halfHours,
  hoursBetween,
  isActiveBooking,
  isDate,
  localDate,
  studioIso,
  minutesOf,
  openingHoursOn,
  STUDIO_ZONE,
  studioTime,
  validateBooking,
  weekOf,
  type BookingValues,
  type Errors,
} from './productionModel';
import { useSteps } from './productionSteps';

/**
 * Video production: the video costs (with a warning near or over the budget), the planned MediaLab hours, the
 * MOOC's bookings, the booking form with the chosen studio's opening hours and its week's calendar (free slots
 * in words), and the calendar file of the bookings.
 */
export function VideoSection({ production: p }: { production: Production }) {
  const { t } = useI18n();
  const mayBook = can(p, 'BOOK');
  return (
    <section className="card detail-section" aria-labelledby="video-heading" data-testid="section-video">
      <h2 id="video-heading">{t('video.heading')}</h2>
      <p className="muted">{t('video.intro')}</p>
      <VideoCostsPanel production={p} />
      {mayBook && <PlannedHoursForm production={p} />}
      <BookingsList production={p} mayCancel={mayBook} />
      <CalendarDownload production={p} />
      {mayBook ? <BookingForm production={p} /> : <StudioWeek production={p} />}
    </section>
  );
}

const WARNING_TEXT: Record<string, MessageKey> = {
  NEAR_LIMIT: 'videoCosts.warning.NEAR_LIMIT',
  EXCEEDED: 'videoCosts.warning.EXCEEDED',
};

function VideoCostsPanel({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();
  const costs = useVideoCosts(p.moocId);
  const dkk = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatDkk(locale, value));
  const c: VideoCosts | undefined = costs.data;
  return (
    <div className="video-costs" data-testid="video-costs" aria-labelledby="video-costs-heading" role="group">
      <h3 id="video-costs-heading">{t('videoCosts.heading')}</h3>
      {costs.isPending && <StatusMessage>{t('videoCosts.loading')}</StatusMessage>}
      {costs.isError && (
        <ErrorAlert testId="video-costs-error">
          <p>
            {t('videoCosts.loadError')} {errorMessage(t, costs.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void costs.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {c && (
        <>
          {c.warning !== 'NONE' && (
            <div className="alert alert-warning" role="alert" data-testid="video-costs-warning" data-warning={c.warning}>
              <p>{WARNING_TEXT[c.warning] ? t(WARNING_TEXT[c.warning]) : t('videoCosts.warning.other', { code: c.warning })}</p>
            </div>
          )}
          <dl className="facts-list">
            <div>
              <dt>{t('videoCosts.budget')}</dt>
              <dd data-testid="video-costs-budget">{dkk(c.budgetDkk)}</dd>
            </div>
            <div>
              <dt>{t('videoCosts.planned')}</dt>
              <dd data-testid="video-costs-planned">
                {t('videoCosts.plannedValue', { hours: formatNumber(locale, c.plannedHours ?? 0), amount: dkk(c.plannedDkk ?? 0) })}
              </dd>
            </div>
            <div>
              <dt>{t('videoCosts.booked')}</dt>
              <dd data-testid="video-costs-booked">{dkk(c.bookedDkk)}</dd>
            </div>
            <div>
              <dt>{t('videoCosts.confirmed')}</dt>
              <dd data-testid="video-costs-confirmed">{dkk(c.confirmedDkk)}</dd>
            </div>
            <div>
              <dt>{t('videoCosts.remaining')}</dt>
              <dd data-testid="video-costs-remaining">{dkk(c.remainingDkk)}</dd>
            </div>
          </dl>
        </>
      )}
    </div>
  );
}

function PlannedHoursForm({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const costs = useVideoCosts(p.moocId);
  const plan = usePlanVideoHours();
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = value ?? (costs.data?.plannedHours !== null && costs.data?.plannedHours !== undefined ? String(costs.data.plannedHours) : '');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const hours = Number(shown.replace(',', '.'));
    if (shown.trim() === '' || !Number.isFinite(hours) || hours < 0 || hours > 10_000 || Math.round(hours * 2) !== hours * 2) {
      setError(t('videoPlan.error'));
      document.getElementById('planned-hours')?.focus();
      return;
    }
    setError(null);
    const ok = await steps.run(
      'videoPlan',
      'videoPlan.failed',
      () => plan.mutateAsync({ id: p.moocId, plannedHours: hours }),
      () => ({ key: 'videoPlan.done', params: { hours: new Intl.NumberFormat(locale).format(hours) } }),
    );
    if (ok) setValue(null);
  }

  return (
    <form noValidate className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="video-plan-heading" data-testid="video-plan-form">
      <h3 id="video-plan-heading">{t('videoPlan.heading')}</h3>
      <Field id="planned-hours" label={t('videoPlan.label')} hint={t('videoPlan.hint')} error={error ?? undefined}>
        {(describedBy) => (
          <input
            id="planned-hours"
            type="number"
            min={0}
            step={0.5}
            inputMode="decimal"
            className="input-short"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            value={shown}
            onChange={(e) => setValue(e.target.value)}
            data-testid="planned-hours"
          />
        )}
      </Field>
      <button type="submit" className="button button-secondary" disabled={steps.pending !== null} data-testid="save-planned-hours">
        {steps.pending === 'videoPlan' ? t('edit.saving') : t('videoPlan.save')}
      </button>
    </form>
  );
}

function BookingsList({ production: p, mayCancel }: { production: Production; mayCancel: boolean }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const bookings = useBookings(p.moocId);
  const studios = useStudios();
  const cancel = useCancelBooking();
  const [confirming, setConfirming] = useState<string | null>(null);
  const studioName = (b: Booking) => formatStudio(t, b.studio, b.studioName ?? studios.data?.find((s) => s.key === b.studio)?.name);
  // The booking's own permissions (CANCEL) decide where the server sends them; otherwise BOOK and an active booking.
  const mayCancelThis = (b: Booking) => (b.permissions ? can(b, 'CANCEL') : mayCancel && isActiveBooking(b.status));
  const cancelColumn = (bookings.data ?? []).some(mayCancelThis);

  useEffect(() => {
    if (confirming) document.getElementById(`confirm-cancel-booking-${confirming}`)?.focus();
  }, [confirming]);

  return (
    <div className="bookings">
      <h3 id="bookings-heading">{t('bookings.heading')}</h3>
      {bookings.isPending && <StatusMessage>{t('bookings.loading')}</StatusMessage>}
      {bookings.isError && (
        <ErrorAlert testId="bookings-error">
          <p>
            {t('bookings.loadError')} {errorMessage(t, bookings.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void bookings.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {bookings.data && bookings.data.length === 0 && (
        <p className="empty" data-testid="bookings-empty">
          {t('bookings.empty')}
        </p>
      )}
      {bookings.data && bookings.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" data-testid="bookings-table">
            <caption>{t('bookings.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bookings.col.studio')}</th>
                <th scope="col">{t('bookings.col.when')}</th>
                <th scope="col">{t('bookings.col.status')}</th>
                <th scope="col">{t('bookings.col.cost')}</th>
                <th scope="col">{t('bookings.col.note')}</th>
                {cancelColumn && <th scope="col">{t('proposals.col.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {bookings.data.map((b: Booking) => {
                const when = formatTimeRange(locale, b.start, b.end, STUDIO_ZONE);
                return (
                  <tr key={b.id} data-testid="booking-row" data-booking-id={b.id} data-status={b.status}>
                    <th scope="row">{studioName(b)}</th>
                    <td data-testid="booking-when">
                      <time dateTime={b.start}>{when}</time>
                    </td>
                    <td data-testid="booking-status">
                      <span className={`badge badge-booking-${String(b.status).toLowerCase()}`}>{formatBookingStatus(t, b.status)}</span>
                    </td>
                    <td data-testid="booking-cost">{b.costDkk === null || b.costDkk === undefined ? '–' : formatDkk(locale, b.costDkk)}</td>
                    <td>
                      {b.note && <span className="block">{b.note}</span>}
                      {b.declineReason && (
                        <span className="block" data-testid="booking-decline-reason">
                          {t('bookings.declineReason', { reason: b.declineReason })}
                        </span>
                      )}
                    </td>
                    {cancelColumn && (
                      <td className="cell-actions">
                        {mayCancelThis(b) &&
                          (confirming === b.id ? (
                            <div className="confirm" role="group" aria-label={t('bookings.cancelConfirm', { when })}>
                              <p className="confirm-question">{t('bookings.cancelConfirm', { when })}</p>
                              <button
                                type="button"
                                id={`confirm-cancel-booking-${b.id}`}
                                className="button button-small"
                                data-testid={`confirm-cancel-booking-${b.id}`}
                                disabled={steps.pending !== null}
                                onClick={() => {
                                  setConfirming(null);
                                  void steps.run(`cancel-${b.id}`, 'bookings.failed.cancel', () => cancel.mutateAsync({ bookingId: b.id }), () => ({
                                    key: 'bookings.done.cancel',
                                    params: { when },
                                  }));
                                }}
                              >
                                {t('bookings.confirmCancel')}
                              </button>
                              <button
                                type="button"
                                className="button button-small button-secondary"
                                data-testid={`keep-booking-${b.id}`}
                                onClick={() => {
                                  setConfirming(null);
                                  window.setTimeout(() => document.getElementById(`cancel-booking-${b.id}`)?.focus(), 0);
                                }}
                              >
                                {t('bookings.keep')}
                              </button>
                            </div>
                          ) : (
                            <button
                              type="button"
                              id={`cancel-booking-${b.id}`}
                              className="button button-small button-secondary"
                              data-testid={`cancel-booking-${b.id}`}
                              aria-label={`${t('bookings.cancel')} ${when}`}
                              disabled={steps.pending !== null}
                              onClick={() => setConfirming(b.id)}
                            >
                              {t('bookings.cancel')}
                            </button>
                          ))}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** "Download calendar (.ics)": the file needs the token, so the link fetches it with the client and saves it. */
function CalendarDownload({ production: p }: { production: Production }) {
  const { t } = useI18n();
  const api = useProductionApi();
  const steps = useSteps();
  const download = useDownloadCalendar();

  function onClick(e: MouseEvent<HTMLAnchorElement>) {
    e.preventDefault();
    void steps.run(
      'calendar',
      'video.failed.download',
      async () => {
        const { blob } = await download.mutateAsync({ id: p.moocId });
        saveBlob(blob, 'bookings.ics');
      },
      () => ({ key: 'video.done.download' }),
    );
  }

  return (
    <p>
      <a href={api.calendarUrl(p.moocId)} download="bookings.ics" onClick={onClick} data-testid="download-calendar">
        {t('video.downloadCalendar')}
      </a>
    </p>
  );
}

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

function BookingForm({ production: p }: { production: Production }) {
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
  const failureRef = useRef<HTMLDivElement>(null);
  const studio: Studio | undefined = studios.data?.find((s) => s.key === values.studio);
  const open = studio && values.date && isDate(values.date) ? openingHoursOn(studio.openingHours, values.date) : null;
  const times = open ? halfHours(open.opens, open.closes) : DEFAULT_TIMES;
  const startTimes = times.slice(0, -1);
  const endTimes = times.filter((time) => !values.start || (minutesOf(time) ?? 0) > (minutesOf(values.start) ?? 0));
  const hours = hoursBetween(values.start, values.end);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const set = (field: keyof BookingValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (field === 'date' && isDate(value)) setWeek(weekOf(value)[0]);
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
      {studio && <StudioCalendar studio={studio} weekStart={week} onWeek={setWeek} moocId={p.moocId} />}
    </div>
  );
}

function OpeningHoursList({ studio }: { studio: Studio }) {
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
function StudioWeek({ production: p }: { production: Production }) {
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
