import { describe, expect, it } from 'vitest';
import * as analyticsFormat from '../../analytics/i18n/analyticsFormat';
import * as productionFormat from '../../production/i18n/productionFormat';
import { formatClock, formatDayDate, formatDecimal, formatPercent, formatSigned, formatTimeRange, formatWeekday } from './format';

// Intl puts narrow no-break spaces in some locales' output; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('dates and times in the reader’s locale', () => {
  it('names weekdays and full dates', () => {
    expect(formatWeekday('en-GB', 'MONDAY')).toBe('Monday');
    expect(formatWeekday('da-DK', 'SUNDAY')).toBe('søndag');
    expect(formatWeekday('en-GB', 'HOLIDAY')).toBe('HOLIDAY');
    expect(formatDayDate('en-GB', '2027-03-01')).toMatch(/^Monday,? 1 March 2027$/);
    expect(formatDayDate('da-DK', '2027-03-01')).toBe('mandag den 1. marts 2027');
  });

  it('writes times of day and time ranges in the locale’s style', () => {
    expect(formatClock('en-GB', '09:30')).toBe('09:30');
    expect(formatClock('da-DK', '09:30')).toBe('09.30');
    const range = plain(formatTimeRange('en-GB', '2027-03-01T08:00:00Z', '2027-03-01T10:00:00Z', 'Europe/Copenhagen'));
    expect(range).toMatch(/1 Mar 2027/);
    expect(range).toMatch(/09:00\s*–\s*11:00/);
    // An end before the start is not a range.
    expect(plain(formatTimeRange('en-GB', '2027-03-01T08:00:00Z', '2027-03-01T07:00:00Z', 'UTC'))).not.toMatch(/–/);
  });
});

describe('numbers in the reader’s locale', () => {
  it('writes decimals, percentages and signed numbers', () => {
    expect(formatDecimal('en-GB', 16.66)).toBe('16.7');
    expect(formatDecimal('da-DK', 16.66)).toBe('16,7');
    expect(plain(formatPercent('da-DK', 16.7))).toBe('16,7 %');
    expect(formatPercent('en-GB', 20, 1, true)).toBe('+20%');
    expect(formatSigned('en-GB', -2.5)).toBe('-2.5');
    expect(formatSigned('en-GB', 0)).toBe('0');
  });
});

describe('one formatting module', () => {
  it('is what the production and analytics features use for dates and numbers: they define none of their own', () => {
    const shared = ['formatTimeRange', 'formatClock', 'formatWeekday', 'formatDayDate', 'formatPercent', 'formatDecimal', 'formatSigned'];
    expect(Object.keys(productionFormat).filter((name) => shared.includes(name))).toEqual([]);
    expect(Object.keys(analyticsFormat).filter((name) => shared.includes(name))).toEqual([]);
  });
});
