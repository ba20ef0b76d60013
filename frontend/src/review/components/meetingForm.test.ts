import { describe, expect, it } from 'vitest';
import { localDateTimeToIso, parseLocalDateTime, toIsoWithOffset, toMeetingInput, validateMeeting } from './meetingForm';

const NOW = new Date(2027, 0, 15, 12, 0);

describe('localDateTimeToIso', () => {
  it('keeps the local time typed and adds the browser’s offset for that moment', () => {
    const iso = localDateTimeToIso('2027-03-01T14:00')!;
    expect(iso).toMatch(/^2027-03-01T14:00:00[+-]\d{2}:\d{2}$/);
    // The same instant as the local time typed, whatever the test machine’s time zone.
    expect(new Date(iso).getTime()).toBe(new Date(2027, 2, 1, 14, 0).getTime());
    expect(localDateTimeToIso('2027-03-01T14:00:30')).toMatch(/^2027-03-01T14:00:30[+-]\d{2}:\d{2}$/);
  });

  it('writes the offset as ±hh:mm', () => {
    const date = new Date(2027, 6, 1, 9, 5);
    const offset = -date.getTimezoneOffset();
    const sign = offset >= 0 ? '+' : '-';
    const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
    const mm = String(Math.abs(offset) % 60).padStart(2, '0');
    expect(toIsoWithOffset(date)).toBe(`2027-07-01T09:05:00${sign}${hh}:${mm}`);
  });

  it('refuses what is not a date and time', () => {
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('2027-03-01')).toBeNull();
    expect(localDateTimeToIso('tomorrow at two')).toBeNull();
    expect(parseLocalDateTime('2027-02-30T10:00')).toBeNull();
  });
});

describe('validateMeeting', () => {
  it('requires a title and a start in the future; the place is optional', () => {
    expect(validateMeeting({ title: ' ', startsAt: '', location: '' }, NOW)).toEqual({
      title: { key: 'meetingForm.error.titleRequired' },
      startsAt: { key: 'meetingForm.error.startsAtRequired' },
    });
    expect(validateMeeting({ title: 'March', startsAt: '2027-01-15T11:59', location: '' }, NOW)).toEqual({
      startsAt: { key: 'meetingForm.error.startsAtPast' },
    });
    expect(validateMeeting({ title: 'March', startsAt: '2027-02-30T10:00', location: '' }, NOW)).toEqual({
      startsAt: { key: 'meetingForm.error.startsAtInvalid' },
    });
    expect(validateMeeting({ title: 'March', startsAt: '2027-03-01T14:00', location: '' }, NOW)).toEqual({});
  });

  it('limits the title and the place to 200 characters', () => {
    const errors = validateMeeting({ title: 'x'.repeat(201), startsAt: '2027-03-01T14:00', location: 'y'.repeat(201) }, NOW);
    expect(errors.title).toEqual({ key: 'form.error.tooLong', params: { max: 200 } });
    expect(errors.location).toEqual({ key: 'form.error.tooLong', params: { max: 200 } });
  });
});

describe('toMeetingInput', () => {
  it('trims the texts and sends the start as ISO 8601 with the offset', () => {
    const input = toMeetingInput({ title: '  March  ', startsAt: '2027-03-01T14:00', location: ' S09 ' });
    expect(input).toEqual({ title: 'March', startsAt: localDateTimeToIso('2027-03-01T14:00'), location: 'S09' });
  });
});
