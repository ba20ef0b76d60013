/*
 * The one place for dates, times, semesters and numbers in the reader's locale. A feature's own formatting file
 * keeps only its domain's words (statuses, roles, reasons) and takes dates and numbers from here.
 */
import type { Translate } from './translate';


const SEMESTER_PATTERN = /^(\d{4})-(spring|autumn)$/;

export function isSemester(value: string | null | undefined): value is string {
  return typeof value === 'string' && SEMESTER_PATTERN.test(value);
}

/** "2027-autumn" → "Autumn 2027" / "Efterår 2027". Unknown formats are shown as they are. */
export function formatSemester(t: Translate, value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(spring|autumn)$/i.exec(value.trim());
  if (!match) return value;
  const season = match[2].toLowerCase() as 'spring' | 'autumn';
  return t(season === 'spring' ? 'semester.spring' : 'semester.autumn', { year: match[1] });
}

export function formatDateTime(locale: string, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** When a meeting starts, in full: "Monday 1 March 2027 at 14:00" / "mandag den 1. marts 2027 kl. 14.00". */
export function formatMeetingTime(locale: string, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(date);
}

export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * A file size in the locale's numbers: bytes below 1 KB, then KB and MB (of 1024) with at most one decimal –
 * "183 bytes", "178.9 KB" / "178,9 KB", "5 MB".
 */
export function formatFileSize(t: Translate, locale: string, bytes: number): string {
  const format = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return t('fileSize.bytes', { size: format(bytes) });
  // 1,048,570 bytes would round to "1,024 KB": say "1 MB" instead.
  if (Math.round((bytes / 1024) * 10) / 10 < 1024) return t('fileSize.kb', { size: format(bytes / 1024) });
  return t('fileSize.mb', { size: format(bytes / (1024 * 1024)) });
}

/** An amount in Danish kroner: "DKK 35,000" (en-GB), "35.000 kr." (da-DK). */
export function formatDkk(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'DKK',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(value);
}

/** An average score with up to two decimals ("3.67" / "3,67"); empty when there is none. */
export function formatAverage(locale: string, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);
}

/** A spread of scores (highest − lowest): "2", or "1,5" should the server ever send a fraction. */
export function formatSpread(locale: string, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A calendar date ("2026-11-20") in the locale's words, without shifting it through a time zone. */
export function formatDate(locale: string, value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return formatDateTime(locale, value);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/**
 * The semesters a new MOOC can be planned for: from the semester after the current one,
 * `count` semesters ahead. Spring runs February–June, autumn September–December.
 */
export function upcomingSemesters(now: Date, count = 8): string[] {
  let year = now.getFullYear();
  // Month 0–5 → we are in spring, so the next is autumn of this year; else spring next year.
  let season: 'spring' | 'autumn' = now.getMonth() < 6 ? 'autumn' : 'spring';
  if (season === 'spring') year += 1;
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    result.push(`${year}-${season}`);
    if (season === 'spring') {
      season = 'autumn';
    } else {
      season = 'spring';
      year += 1;
    }
  }
  return result;
}

/** Semesters to filter a list by: `back` years before this year's spring to `ahead` years after, newest last. */
export function semesterRange(now: Date, back = 2, ahead = 4): string[] {
  const result: string[] = [];
  const year = now.getFullYear();
  for (let y = year - back; y <= year + ahead; y++) {
    result.push(`${y}-spring`, `${y}-autumn`);
  }
  return result;
}

/** A day of the week by name ("Monday" / "mandag"), from MONDAY … SUNDAY. */
export function formatWeekday(locale: string, day: string): string {
  const index = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].indexOf(day);
  if (index < 0) return day;
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}

/** A calendar date with its weekday: "Monday 1 March 2027" / "mandag den 1. marts 2027". */
export function formatDayDate(locale: string, date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
  );
}

const RANGE_FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/**
 * A start and end in the locale's words: "Mon, 1 Mar 2027, 09:00–11:00" / "man. 1. mar. 2027 09.00–11.00" – in the
 * browser's time zone, or in `timeZone` (the studios' bookings are shown in Copenhagen time, where they happen).
 */
export function formatTimeRange(locale: string, start: string, end: string | null | undefined, timeZone?: string): string {
  const a = new Date(start);
  if (Number.isNaN(a.getTime())) return start;
  const format = new Intl.DateTimeFormat(locale, { ...RANGE_FORMAT, timeZone });
  const b = end ? new Date(end) : null;
  if (!b || Number.isNaN(b.getTime()) || b < a) return format.format(a);
  return format.formatRange(a, b);
}

/** A time of day ("09:00") in the locale's style ("09:00" / "09.00"). */
export function formatClock(locale: string, time: string): string {
  const m = /^(\d{2}):(\d{2})/.exec(time);
  if (!m) return time;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, Number(m[1]), Number(m[2]))),
  );
}

/** A number with at most `digits` decimals in the locale ("16.7" / "16,7"). */
export function formatDecimal(locale: string, value: number, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A percentage given in percent (16.7 → "16.7%" / "16,7 %"). */
export function formatPercent(locale: string, value: number, digits = 1, signed = false): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value / 100);
}

/** A signed number ("+3", "−2.5") in the locale. */
export function formatSigned(locale: string, value: number, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

// The proposal and review wording lived here before the formatting was split; its importers still find it here.
export * from './wording';
