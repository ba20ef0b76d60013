import { can } from '../../shared/api/permissions';
import type { Production } from '../api/productionTypes';
import { useI18n } from '../../shared/i18n/useI18n';
import { BookingForm } from './BookingForm';
import { BookingsList, CalendarDownload } from './BookingsList';
import { StudioWeek } from './StudioCalendar';
import { PlannedHoursForm, VideoCostsPanel } from './VideoCosts';

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
