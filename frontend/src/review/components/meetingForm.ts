import type { MeetingInput } from '../api/reviewTypes';
import type { Message } from '../../shared/i18n/message';

/** At most this many characters in the title and in the place (as review-service checks). */
export const MEETING_TITLE_MAX = 200;
export const MEETING_LOCATION_MAX = 200;

/** The form's values as typed; `startsAt` is a `datetime-local` value ("2027-03-01T14:00"), the browser's local time. */
export interface MeetingFormValues {
  title: string;
  startsAt: string;
  location: string;
}

export type MeetingField = keyof MeetingFormValues;
export type MeetingErrors = Partial<Record<MeetingField, Message>>;

export const EMPTY_MEETING: MeetingFormValues = { title: '', startsAt: '', location: '' };

/** The form's fields in their order on the page, with the ids of their inputs (also their test ids). */
export const MEETING_FIELD_IDS: Record<MeetingField, string> = {
  title: 'meeting-title',
  startsAt: 'meeting-starts-at',
  location: 'meeting-location',
};

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A `datetime-local` value as a Date in the browser's time zone; null if it is no valid date and time. */
export function parseLocalDateTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  // 2027-02-30 rolls over into March: not a date.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

/**
 * A Date as ISO 8601 in the browser's local time with its offset, e.g. "2027-03-01T14:00:00+01:00" – the
 * time the chair typed, and the offset that makes it an instant.
 */
export function toIsoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** A `datetime-local` value as ISO 8601 with the browser's offset; null if it is no valid date and time. */
export function localDateTimeToIso(value: string): string | null {
  const date = parseLocalDateTime(value);
  return date ? toIsoWithOffset(date) : null;
}

/** A title (≤ 200) and a start in the future are required; the place is optional (≤ 200). */
export function validateMeeting(values: MeetingFormValues, now: Date = new Date()): MeetingErrors {
  const errors: MeetingErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = { key: 'meetingForm.error.titleRequired' };
  else if (title.length > MEETING_TITLE_MAX) errors.title = { key: 'form.error.tooLong', params: { max: MEETING_TITLE_MAX } };

  if (!values.startsAt.trim()) {
    errors.startsAt = { key: 'meetingForm.error.startsAtRequired' };
  } else {
    const date = parseLocalDateTime(values.startsAt);
    if (!date) errors.startsAt = { key: 'meetingForm.error.startsAtInvalid' };
    else if (date.getTime() <= now.getTime()) errors.startsAt = { key: 'meetingForm.error.startsAtPast' };
  }

  if (values.location.trim().length > MEETING_LOCATION_MAX) {
    errors.location = { key: 'form.error.tooLong', params: { max: MEETING_LOCATION_MAX } };
  }
  return errors;
}

/** The body of `POST /meetings`; call only with values that passed `validateMeeting`. */
export function toMeetingInput(values: MeetingFormValues): MeetingInput {
  return {
    title: values.title.trim(),
    startsAt: localDateTimeToIso(values.startsAt) ?? values.startsAt,
    location: values.location.trim(),
  };
}
