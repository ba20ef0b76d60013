import type { MouseEvent } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import {
  useBookings,
  useCancelBooking,
  useDownloadCalendar,
  useProductionApi,
  useStudios,
} from '../api/productionQueries';
import type { Booking, Production } from '../api/productionTypes';
import { formatDkk, formatTimeRange } from '../../shared/i18n/format';
import { formatBookingStatus, formatStudio } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { saveBlob } from '../../proposals/components/attachmentFiles';
import { isActiveBooking, STUDIO_ZONE } from './productionModel';
import { useSteps } from './productionSteps';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';
import { ConfirmButton } from '../../shared/components/ConfirmButton';

/** The MOOC's bookings with status, cost and note; an active booking can be cancelled after a confirmation. */
export function BookingsList({ production: p, mayCancel }: { production: Production; mayCancel: boolean }) {
  const { t, locale } = useI18n();
  const bookingsTable = useCardLabels<HTMLTableElement>();
  const steps = useSteps();
  const bookings = useBookings(p.moocId);
  const studios = useStudios();
  const cancel = useCancelBooking();
  const studioName = (b: Booking) => formatStudio(t, b.studio, b.studioName ?? studios.data?.find((s) => s.key === b.studio)?.name);
  // The booking's own permissions (CANCEL) decide where the server sends them; otherwise BOOK and an active booking.
  const mayCancelThis = (b: Booking) => (b.permissions ? can(b, 'CANCEL') : mayCancel && isActiveBooking(b.status));
  const cancelColumn = (bookings.data ?? []).some(mayCancelThis);

  return (
    <div className="bookings">
      <h3 id="bookings-heading">{t('bookings.heading')}</h3>
      {bookings.isPending && <Skeleton shape="list" count={2} label={t('bookings.loading')} />}
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
          <table ref={bookingsTable} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="bookings-table">
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
                        {mayCancelThis(b) && (
                          <ConfirmButton
                            question={t('bookings.cancelConfirm', { when })}
                            confirmLabel={t('bookings.confirmCancel')}
                            cancelLabel={t('bookings.keep')}
                            disabled={steps.pending !== null}
                            testId={`cancel-booking-${b.id}`}
                            onConfirm={() =>
                              void steps.run(`cancel-${b.id}`, 'bookings.failed.cancel', () => cancel.mutateAsync({ bookingId: b.id }), () => ({
                                key: 'bookings.done.cancel',
                                params: { when },
                              }))
                            }
                          >
                            {t('bookings.cancel')}
                            {/* Which booking, for those who hear the button without its row. */}
                            <span className="visually-hidden"> {when}</span>
                          </ConfirmButton>
                        )}
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
export function CalendarDownload({ production: p }: { production: Production }) {
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
