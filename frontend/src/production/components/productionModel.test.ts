import { describe, expect, it } from 'vitest';
import type { StudioBooking } from '../api/productionTypes';
import { production, studios } from '../../test/productionFixtures';
import {
  addDays,
  calendarWeek,
  daysBetween,
  halfHours,
  openingHoursOn,
  studioIso,
  studioParts,
  studioTime,
  planSummary,
  validateBooking,
  validateLaunch,
  validateTeam,
  validateUserTest,
  weekOf,
  weekdayOf,
} from './productionModel';

describe('dates', () => {
  it('adds days and counts them across months and years', () => {
    expect(addDays('2027-02-27', 3)).toBe('2027-03-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2027-02-04', '2027-02-11')).toBe(7);
    expect(daysBetween('2027-02-11', '2027-02-04')).toBe(-7);
  });

  it('knows the day of the week and the week (Monday to Sunday) of a date', () => {
    expect(weekdayOf('2027-03-01')).toBe('MONDAY');
    expect(weekdayOf('2027-03-07')).toBe('SUNDAY');
    expect(weekOf('2027-03-04')).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07']);
    expect(weekOf('2027-03-07')[0]).toBe('2027-03-01');
  });
});

describe('studio times', () => {
  it('writes a Copenhagen time with Copenhagen’s offset, winter and summer, and reads it back', () => {
    expect(studioIso('2027-03-01', '09:00')).toBe('2027-03-01T09:00:00+01:00');
    expect(studioIso('2027-07-01', '09:30')).toBe('2027-07-01T09:30:00+02:00');
    expect(studioIso('2027-03-28', '08:00')).toBe('2027-03-28T08:00:00+02:00');
    expect(studioParts('2027-03-01T08:00:00Z')).toEqual({ date: '2027-03-01', minutes: 9 * 60 });
    expect(studioParts('2027-07-01T22:30:00Z')).toEqual({ date: '2027-07-02', minutes: 30 });
    expect(studioTime('2027-07-01T07:30:00Z')).toBe('09:30');
  });

  it('offers the half hours within the opening hours', () => {
    expect(halfHours('08:00', '10:00')).toEqual(['08:00', '08:30', '09:00', '09:30', '10:00']);
    expect(halfHours('08:15', '09:00')).toEqual(['08:30', '09:00']);
  });

  it('finds a day’s opening hours, or none on a closed day', () => {
    const [medialab, library] = studios();
    expect(openingHoursOn(medialab.openingHours, '2027-03-01')).toEqual({ day: 'MONDAY', opens: '08:00', closes: '16:00' });
    expect(openingHoursOn(medialab.openingHours, '2027-03-06')).toBeNull();
    expect(openingHoursOn(library.openingHours, '2027-03-06')).toEqual({ day: 'SATURDAY', opens: '10:00', closes: '14:00' });
  });

  it('lists the free slots between the active bookings of each day', () => {
    const [medialab] = studios();
    const slot = (id: string, from: string, to: string, status: StudioBooking['status'] = 'CONFIRMED'): StudioBooking => ({
      id,
      studio: 'MEDIALAB',
      start: studioIso('2027-03-01', from)!,
      end: studioIso('2027-03-01', to)!,
      status,
      moocId: 'm',
      moocTitle: 'M',
    });
    const days = calendarWeek(weekOf('2027-03-01'), medialab.openingHours, [
      slot('b', '12:00', '13:30', 'REQUESTED'),
      slot('a', '09:00', '10:00'),
      slot('x', '10:00', '12:00', 'CANCELLED'),
    ]);
    expect(days).toHaveLength(7);
    expect(days[0].bookings.map((b) => b.id)).toEqual(['a', 'b']);
    expect(days[0].free).toEqual([
      { from: '08:00', to: '09:00' },
      { from: '10:00', to: '12:00' },
      { from: '13:30', to: '16:00' },
    ]);
    expect(days[1].free).toEqual([{ from: '08:00', to: '16:00' }]);
    expect(days[5].hours).toBeNull();
    expect(days[5].free).toEqual([]);
  });
});

describe('planSummary', () => {
  it('finds the next milestone not done and counts the overdue ones', () => {
    expect(planSummary(production())).toEqual({
      next: { key: 'COURSE_OUTLINE', name: 'Course outline', dueDate: '2027-02-11', overdue: true },
      overdueCount: 1,
    });
  });

  it('takes a list item’s summary, and says nothing without one', () => {
    const item = production({ milestones: null, nextMilestone: { key: 'PILOT_MODULE', name: 'Pilot module', dueDate: '2027-03-18', overdue: null }, overdueMilestones: 2 });
    expect(planSummary(item)).toEqual({ next: { key: 'PILOT_MODULE', name: 'Pilot module', dueDate: '2027-03-18', overdue: null }, overdueCount: 2 });
    expect(planSummary(production({ milestones: null }))).toBeNull();
  });
});

describe('form checks', () => {
  it('requires a name, an e-mail and a role of each member, and exactly one instructor', () => {
    const ok = validateTeam([{ name: 'Ida', email: 'ida@example.org', role: 'INSTRUCTOR' }]);
    expect(ok.team).toBeNull();
    expect(ok.rows).toEqual([{}]);
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `M${i}`, email: `m${i}@example.org`, role: i === 0 ? ('INSTRUCTOR' as const) : ('ASSISTANT' as const) }));
    expect(validateTeam(many).team).toEqual({ key: 'form.error.teamTooLarge', params: { max: 20 } });
    const bad = validateTeam([
      { name: '', email: 'nope', role: 'ASSISTANT' },
      { name: 'Bo', email: '', role: '' },
    ]);
    expect(bad.team).toEqual({ key: 'productionTeam.error.oneInstructor' });
    expect(bad.rows[0]).toEqual({ name: { key: 'form.error.teamNameRequired' }, email: { key: 'form.error.emailInvalid' } });
    expect(bad.rows[1]).toEqual({ email: { key: 'productionTeam.error.emailRequired' }, role: { key: 'form.error.teamRoleRequired' } });
  });

  it('checks the user test: a past date, whole numbers, somebody took part, findings', () => {
    expect(validateUserTest({ testedOn: '2027-05-02', students: '8', colleagues: '2', findings: 'Fine' }, '2027-06-01')).toEqual({});
    expect(validateUserTest({ testedOn: '2027-07-02', students: '0', colleagues: '0', findings: ' ' }, '2027-06-01')).toEqual({
      testedOn: { key: 'userTest.error.dateFuture' },
      students: { key: 'userTest.error.nobody' },
      findings: { key: 'userTest.error.findingsRequired' },
    });
    expect(validateUserTest({ testedOn: '', students: '-1', colleagues: 'x', findings: 'ok' }, '2027-06-01')).toMatchObject({
      testedOn: { key: 'userTest.error.dateRequired' },
      students: { key: 'form.error.wholeNumberRange' },
      colleagues: { key: 'form.error.wholeNumberRange' },
    });
  });

  it('wants an https course address and a launch date', () => {
    expect(validateLaunch({ courseUrl: 'https://www.coursera.org/learn/quantum', launchDate: '2027-09-01' })).toEqual({});
    expect(validateLaunch({ courseUrl: 'http://www.coursera.org/learn/quantum', launchDate: '' })).toEqual({
      courseUrl: { key: 'launchForm.error.urlInvalid' },
      launchDate: { key: 'launchForm.error.dateRequired' },
    });
    expect(validateLaunch({ courseUrl: ' ', launchDate: '2027-09-01' }).courseUrl).toEqual({ key: 'launchForm.error.urlRequired' });
    // production-service takes the course's page on Coursera only.
    expect(validateLaunch({ courseUrl: 'https://example.org/quantum', launchDate: '2027-09-01' }).courseUrl).toEqual({
      key: 'launchForm.error.urlInvalid',
    });
  });

  it('checks a booking against the opening hours, half hours and the clock', () => {
    const hours = studios()[0].openingHours;
    const now = new Date(2027, 0, 1, 12, 0);
    const base = { studio: 'MEDIALAB', date: '2027-03-01', start: '09:00', end: '11:00', note: '' };
    expect(validateBooking(base, hours, now)).toEqual({});
    expect(validateBooking({ ...base, date: '2027-03-06' }, hours, now).date).toEqual({ key: 'booking.error.closed' });
    expect(validateBooking({ ...base, start: '07:00' }, hours, now).start).toEqual({
      key: 'booking.error.outsideHours',
      params: { opens: '08:00', closes: '16:00' },
    });
    expect(validateBooking({ ...base, start: '11:00', end: '10:00' }, hours, now).end).toEqual({ key: 'booking.error.endBeforeStart' });
    expect(validateBooking({ ...base, start: '09:15' }, hours, now).start).toEqual({ key: 'booking.error.halfHour' });
    expect(validateBooking({ ...base, date: '2026-12-01' }, hours, now).start).toEqual({ key: 'booking.error.past' });
    expect(validateBooking({ ...base, start: '08:00', end: '16:00' }, hours, now)).toEqual({});
    expect(validateBooking({ studio: 'LYNGBY_LIBRARY', date: '2027-03-01', start: '08:00', end: '16:30', note: '' }, studios()[1].openingHours, now).end).toEqual({
      key: 'booking.error.tooLong',
      params: { max: 8 },
    });
    expect(validateBooking({ ...base, date: '2028-03-06' }, hours, now).date).toEqual({ key: 'booking.error.tooFarAhead', params: { days: 365 } });
    expect(validateBooking({ studio: '', date: '', start: '', end: '', note: '' }, hours, now)).toEqual({
      studio: { key: 'booking.error.studioRequired' },
      date: { key: 'booking.error.dateRequired' },
      start: { key: 'booking.error.startRequired' },
      end: { key: 'booking.error.endRequired' },
    });
  });
});
