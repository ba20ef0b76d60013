import type { BookingStatus, Milestone, MilestoneSummary, OpeningHours, Production, ProductionTeamRole, StudioBooking, Weekday } from '../api/productionTypes';
import type { Message } from '../../shared/i18n/message';

/* ---------------------------------------------------------------- dates (YYYY-MM-DD, no time zone) */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as a Date at UTC midnight (so that adding days never meets a daylight-saving change). */
function utcDate(value: string): Date | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

const fromUtc = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function isDate(value: string): boolean {
  return utcDate(value) !== null;
}

/** Today (or `now`) in the browser's time zone, as YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(value: string, days: number): string {
  const d = utcDate(value);
  if (!d) return value;
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  const x = utcDate(a);
  const y = utcDate(b);
  if (!x || !y) return 0;
  return Math.round((y.getTime() - x.getTime()) / 86_400_000);
}

export const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** The day of the week of a date: "MONDAY" … "SUNDAY". */
export function weekdayOf(value: string): Weekday {
  const d = utcDate(value);
  return d ? WEEKDAYS[(d.getUTCDay() + 6) % 7] : 'MONDAY';
}

/** The seven dates (Monday to Sunday) of the week that holds `value`. */
export function weekOf(value: string): string[] {
  const monday = addDays(value, -WEEKDAYS.indexOf(weekdayOf(value)));
  return WEEKDAYS.map((_, i) => addDays(monday, i));
}

/* ---------------------------------------------------------------- times of day ("08:30") */

const TIME = /^(\d{2}):(\d{2})/;

export function minutesOf(time: string): number | null {
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function timeOf(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The half hours from `opens` to `closes`, both included ("08:00", "08:30", … "16:00"). */
export function halfHours(opens: string, closes: string): string[] {
  const from = minutesOf(opens);
  const to = minutesOf(closes);
  if (from === null || to === null) return [];
  const first = Math.ceil(from / 30) * 30;
  const times: string[] = [];
  for (let m = first; m <= to; m += 30) times.push(timeOf(m));
  return times;
}

/** A studio's opening hours on a date's day of the week, or null when it is closed that day. */
export function openingHoursOn(hours: readonly OpeningHours[] | null | undefined, date: string): OpeningHours | null {
  const day = weekdayOf(date);
  return hours?.find((h) => h.day === day) ?? null;
}

/** The studios' time zone: opening hours and bookings are Copenhagen time (docs/production.md). */
export const STUDIO_ZONE = 'Europe/Copenhagen';

/** The offset of Copenhagen from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function zoneOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: STUDIO_ZONE, timeZoneName: 'longOffset' }).formatToParts(new Date(instant));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{1,2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

/**
 * A Copenhagen date and time of day as ISO 8601 with Copenhagen's offset that day ("2027-03-01T09:00:00+01:00",
 * "2027-07-01T09:00:00+02:00"), whatever the browser's time zone.
 */
export function studioIso(date: string, time: string): string | null {
  const d = utcDate(date);
  const minutes = minutesOf(time);
  if (!d || minutes === null || minutes >= 24 * 60) return null;
  const wall = d.getTime() + minutes * 60_000;
  let offset = zoneOffsetMinutes(wall - zoneOffsetMinutes(wall) * 60_000);
  // Around a change of summer time the first guess can be an hour off: check it once more.
  offset = zoneOffsetMinutes(wall - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${timeOf(minutes)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant's Copenhagen date and minutes since midnight. */
export function studioParts(iso: string): { date: string; minutes: number } | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: STUDIO_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { date: `${get('year')}-${pad(get('month'))}-${pad(get('day'))}`, minutes: get('hour') * 60 + get('minute') };
}

/** An instant's Copenhagen time of day ("09:30"). */
export function studioTime(iso: string): string {
  const parts = studioParts(iso);
  return parts ? timeOf(parts.minutes) : iso;
}

/** Bookings that hold a slot: requested or confirmed. */
export function isActiveBooking(status: BookingStatus): boolean {
  return status === 'REQUESTED' || status === 'CONFIRMED';
}

export interface Slot {
  from: string;
  to: string;
}

/** One day of a studio's week: the opening hours, the bookings that hold a slot, and the free slots between them. */
export interface CalendarDay {
  date: string;
  day: Weekday;
  hours: OpeningHours | null;
  bookings: StudioBooking[];
  free: Slot[];
}

/** The studio's week as days with their bookings (active ones only) and free slots within the opening hours. */
export function calendarWeek(
  dates: readonly string[],
  hours: readonly OpeningHours[] | null | undefined,
  bookings: readonly StudioBooking[],
): CalendarDay[] {
  return dates.map((date) => {
    const open = openingHoursOn(hours, date);
    const booked = bookings
      .filter((b) => isActiveBooking(b.status) && studioParts(b.start)?.date === date)
      .sort((a, b) => new Date(a.start).getTime() - new Date(b.start).getTime());
    const free: Slot[] = [];
    const opens = open ? minutesOf(open.opens) : null;
    const closes = open ? minutesOf(open.closes) : null;
    if (opens !== null && closes !== null) {
      let cursor = opens;
      for (const b of booked) {
        const start = studioParts(b.start)?.minutes ?? cursor;
        const endParts = studioParts(b.end);
        const end = endParts && endParts.date === date ? endParts.minutes : closes;
        if (start > cursor) free.push({ from: timeOf(cursor), to: timeOf(Math.min(start, closes)) });
        cursor = Math.max(cursor, end);
      }
      if (cursor < closes) free.push({ from: timeOf(cursor), to: timeOf(closes) });
    }
    return { date, day: weekdayOf(date), hours: open, bookings: booked, free: free.filter((s) => s.from < s.to) };
  });
}

/* ---------------------------------------------------------------- the plan */

export function isDone(m: Pick<Milestone, 'status'>): boolean {
  return m.status === 'DONE';
}

/** The next milestone not done and how many are overdue: from the list item's summary, or from the milestones. */
export function planSummary(p: Production): { next: MilestoneSummary | null; overdueCount: number } | null {
  if (Array.isArray(p.milestones)) {
    const open = p.milestones.filter((m) => !isDone(m));
    const next = [...open].sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0] ?? null;
    return {
      next: next && { key: next.key, name: next.name, dueDate: next.dueDate, overdue: next.overdue },
      overdueCount: open.filter((m) => m.overdue).length,
    };
  }
  const overdue = p.overdueMilestones;
  if (p.nextMilestone !== null || typeof overdue === 'number') {
    return { next: p.nextMilestone ?? null, overdueCount: overdue ?? 0 };
  }
  return null;
}

/* ---------------------------------------------------------------- forms */

export type Errors<F extends string> = Partial<Record<F, Message>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export interface TeamRow {
  name: string;
  email: string;
  /** '' until one is chosen. */
  role: ProductionTeamRole | '';
}

/** production-service takes at most 20 members. */
export const TEAM_MAX = 20;

/** Every member needs a name, an e-mail address and a role; exactly one is the instructor. */
export function validateTeam(rows: readonly TeamRow[]): { rows: Errors<'name' | 'email' | 'role'>[]; team: Message | null } {
  const errors = rows.map((row) => {
    const e: Errors<'name' | 'email' | 'role'> = {};
    if (!row.name.trim()) e.name = { key: 'form.error.teamNameRequired' };
    if (!row.email.trim()) e.email = { key: 'productionTeam.error.emailRequired' };
    else if (!isEmail(row.email)) e.email = { key: 'form.error.emailInvalid' };
    if (!row.role) e.role = { key: 'form.error.teamRoleRequired' };
    return e;
  });
  const instructors = rows.filter((r) => r.role === 'INSTRUCTOR').length;
  let team: Message | null = null;
  if (rows.length > TEAM_MAX) team = { key: 'form.error.teamTooLarge', params: { max: TEAM_MAX } };
  else if (instructors !== 1) team = { key: 'productionTeam.error.oneInstructor' };
  return { rows: errors, team };
}

export interface UserTestValues {
  testedOn: string;
  students: string;
  colleagues: string;
  findings: string;
}

export const FINDINGS_MAX = 4000;
const COUNT = /^\d{1,4}$/;
/** production-service takes 0–1000 students and colleagues. */
export const TESTERS_MAX = 1000;

export function validateUserTest(v: UserTestValues, today: string = localDate()): Errors<keyof UserTestValues> {
  const e: Errors<keyof UserTestValues> = {};
  if (!v.testedOn) e.testedOn = { key: 'userTest.error.dateRequired' };
  else if (!isDate(v.testedOn)) e.testedOn = { key: 'userTest.error.dateInvalid' };
  else if (v.testedOn > today) e.testedOn = { key: 'userTest.error.dateFuture' };
  for (const field of ['students', 'colleagues'] as const) {
    if (!COUNT.test(v[field].trim()) || Number(v[field]) > TESTERS_MAX) {
      e[field] = { key: 'form.error.wholeNumberRange', params: { min: 0, max: TESTERS_MAX } };
    }
  }
  if (!e.students && !e.colleagues && Number(v.students) + Number(v.colleagues) < 1) {
    e.students = { key: 'userTest.error.nobody' };
  }
  if (!v.findings.trim()) e.findings = { key: 'userTest.error.findingsRequired' };
  else if (v.findings.length > FINDINGS_MAX) e.findings = { key: 'form.error.tooLong', params: { max: FINDINGS_MAX } };
  return e;
}

export interface LaunchValues {
  courseUrl: string;
  launchDate: string;
}

/** The course's page on Coursera, as production-service accepts it. */
const COURSERA_URL = /^https:\/\/www\.coursera\.org\/\S+$/;
export const COURSE_URL_MAX = 500;

/** The course's page on Coursera (https://www.coursera.org/…) and a launch date. */
export function validateLaunch(v: LaunchValues): Errors<keyof LaunchValues> {
  const e: Errors<keyof LaunchValues> = {};
  const url = v.courseUrl.trim();
  if (!url) e.courseUrl = { key: 'launchForm.error.urlRequired' };
  else if (!COURSERA_URL.test(url)) e.courseUrl = { key: 'launchForm.error.urlInvalid' };
  else if (url.length > COURSE_URL_MAX) e.courseUrl = { key: 'form.error.tooLong', params: { max: COURSE_URL_MAX } };
  if (!v.launchDate) e.launchDate = { key: 'launchForm.error.dateRequired' };
  else if (!isDate(v.launchDate)) e.launchDate = { key: 'userTest.error.dateInvalid' };
  return e;
}

export interface BookingValues {
  studio: string;
  date: string;
  start: string;
  end: string;
  note: string;
}

export const BOOKING_NOTE_MAX = 2000;
/** A booking is at most 8 hours long and starts at most 365 days ahead. */
export const BOOKING_MAX_HOURS = 8;
export const BOOKING_MAX_DAYS_AHEAD = 365;

/**
 * A studio, a date, and a start before the end on half hours within that day's opening hours (Copenhagen time), at
 * most 8 hours long, in the future and at most 365 days ahead.
 */
export function validateBooking(
  v: BookingValues,
  hours: readonly OpeningHours[] | null | undefined,
  now: Date = new Date(),
): Errors<keyof BookingValues> {
  const e: Errors<keyof BookingValues> = {};
  if (!v.studio) e.studio = { key: 'booking.error.studioRequired' };
  if (!v.date) e.date = { key: 'booking.error.dateRequired' };
  else if (!isDate(v.date)) e.date = { key: 'userTest.error.dateInvalid' };
  else if (v.studio && !openingHoursOn(hours, v.date)) e.date = { key: 'booking.error.closed' };
  if (!v.start) e.start = { key: 'booking.error.startRequired' };
  if (!v.end) e.end = { key: 'booking.error.endRequired' };
  const start = minutesOf(v.start);
  const end = minutesOf(v.end);
  if (start !== null && start % 30 !== 0) e.start = { key: 'booking.error.halfHour' };
  if (end !== null && end % 30 !== 0) e.end = { key: 'booking.error.halfHour' };
  if (!e.start && !e.end && start !== null && end !== null && end <= start) e.end = { key: 'booking.error.endBeforeStart' };
  else if (!e.start && !e.end && start !== null && end !== null && end - start > BOOKING_MAX_HOURS * 60) {
    e.end = { key: 'booking.error.tooLong', params: { max: BOOKING_MAX_HOURS } };
  }
  const open = v.date && isDate(v.date) ? openingHoursOn(hours, v.date) : null;
  if (open && !e.start && !e.end && start !== null && end !== null) {
    const opens = minutesOf(open.opens) ?? 0;
    const closes = minutesOf(open.closes) ?? 24 * 60;
    if (start < opens || end > closes) e.start = { key: 'booking.error.outsideHours', params: { opens: open.opens, closes: open.closes } };
  }
  if (!e.date && !e.start && v.date && v.start) {
    const at = studioIso(v.date, v.start);
    const when = at ? new Date(at).getTime() : NaN;
    if (when <= now.getTime()) e.start = { key: 'booking.error.past' };
    else if (when > now.getTime() + BOOKING_MAX_DAYS_AHEAD * 86_400_000) {
      e.date = { key: 'booking.error.tooFarAhead', params: { days: BOOKING_MAX_DAYS_AHEAD } };
    }
  }
  if (v.note.length > BOOKING_NOTE_MAX) e.note = { key: 'form.error.tooLong', params: { max: BOOKING_NOTE_MAX } };
  return e;
}

/** Hours between two times of day ("09:00" to "11:30" → 2.5). */
export function hoursBetween(start: string, end: string): number {
  const a = minutesOf(start);
  const b = minutesOf(end);
  return a === null || b === null || b <= a ? 0 : (b - a) / 60;
}
