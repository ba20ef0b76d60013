import type { MessageKey } from './translate';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "2027-autumn" → "Autumn 2027" / "Efterår 2027". Unknown formats are shown as they are. */
export function formatSemester(t: T, value: string | null | undefined): string {
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

const STATUS_KEYS: Record<string, MessageKey> = {
  DRAFT: 'status.DRAFT',
  SUBMITTED: 'status.SUBMITTED',
  OPEN: 'status.OPEN',
};

/** Translates a status code; a status this client does not know yet is shown as sent. */
export function formatStatus(t: T, status: string): string {
  const key = STATUS_KEYS[status];
  return key ? t(key) : status;
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
