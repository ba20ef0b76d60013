import type { NetworkMeetingInput } from '../api/productionTypes';
import type { Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { localDateTimeToIso, parseLocalDateTime } from '../../review/components/meetingForm';

export const NETWORK_TITLE_MAX = 200;
export const NETWORK_LOCATION_MAX = 200;
export const NETWORK_DESCRIPTION_MAX = 4000;
export const NETWORK_CAPACITY_MAX = 1000;

/** The form's values as typed; the times are `datetime-local` values in the browser's time. */
export interface NetworkMeetingValues {
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  description: string;
  capacity: string;
}

export type NetworkMeetingField = keyof NetworkMeetingValues;
export type NetworkMeetingErrors = Partial<Record<NetworkMeetingField, Message>>;

export const EMPTY_NETWORK_MEETING: NetworkMeetingValues = {
  title: '',
  startsAt: '',
  endsAt: '',
  location: '',
  description: '',
  capacity: '',
};

export const NETWORK_FIELD_IDS: Record<NetworkMeetingField, string> = {
  title: 'network-title',
  startsAt: 'network-starts-at',
  endsAt: 'network-ends-at',
  location: 'network-location',
  description: 'network-description',
  capacity: 'network-capacity',
};

/** A title, a start in the future and an end after it, the number of places (1–1000); place and description are optional. */
export function validateNetworkMeeting(v: NetworkMeetingValues, now: Date = new Date()): NetworkMeetingErrors {
  const e: NetworkMeetingErrors = {};
  const title = v.title.trim();
  if (!title) e.title = { key: 'meetingForm.error.titleRequired' };
  else if (title.length > NETWORK_TITLE_MAX) e.title = { key: 'form.error.tooLong', params: { max: NETWORK_TITLE_MAX } };

  const start = v.startsAt.trim() ? parseLocalDateTime(v.startsAt) : null;
  if (!v.startsAt.trim()) e.startsAt = { key: 'meetingForm.error.startsAtRequired' };
  else if (!start) e.startsAt = { key: 'meetingForm.error.startsAtInvalid' };
  else if (start.getTime() <= now.getTime()) e.startsAt = { key: 'meetingForm.error.startsAtPast' };

  const end = v.endsAt.trim() ? parseLocalDateTime(v.endsAt) : null;
  if (!v.endsAt.trim()) e.endsAt = { key: 'networkForm.error.endsAtRequired' };
  else if (!end) e.endsAt = { key: 'meetingForm.error.startsAtInvalid' };
  else if (start && end.getTime() <= start.getTime()) e.endsAt = { key: 'networkForm.error.endsBeforeStart' };

  if (v.location.trim().length > NETWORK_LOCATION_MAX) {
    e.location = { key: 'form.error.tooLong', params: { max: NETWORK_LOCATION_MAX } };
  }

  if (v.description.length > NETWORK_DESCRIPTION_MAX) {
    e.description = { key: 'form.error.tooLong', params: { max: NETWORK_DESCRIPTION_MAX } };
  }
  const capacity = v.capacity.trim();
  if (!capacity) e.capacity = { key: 'networkForm.error.capacityRequired' };
  else if (!/^\d+$/.test(capacity) || Number(capacity) < 1 || Number(capacity) > NETWORK_CAPACITY_MAX) {
    e.capacity = { key: 'form.error.wholeNumberRange', params: { min: 1, max: NETWORK_CAPACITY_MAX } };
  }
  return e;
}

/** The body of `POST /network-meetings`; call only with values that passed `validateNetworkMeeting`. */
export function toNetworkMeetingInput(v: NetworkMeetingValues): NetworkMeetingInput {
  return {
    title: v.title.trim(),
    startsAt: localDateTimeToIso(v.startsAt) ?? v.startsAt,
    endsAt: localDateTimeToIso(v.endsAt) ?? v.endsAt,
    location: v.location.trim() || null,
    description: v.description.trim() || null,
    capacity: Number(v.capacity.trim()),
  };
}

/** How the network page's parts tell the page what a step achieved or why it failed. */
export type NetworkReport = {
  done: (message: Message) => void;
  failed: (title: MessageKey, error: unknown) => void;
  clear: () => void;
};
