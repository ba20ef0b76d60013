import { describe, expect, it } from 'vitest';
import { formatSemester, formatStatus, upcomingSemesters } from './format';
import { translate } from './translate';

const tEn = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);
const tDa = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('da', key, params);

describe('formatSemester', () => {
  it('names the semester in the current language', () => {
    expect(formatSemester(tEn, '2027-autumn')).toBe('Autumn 2027');
    expect(formatSemester(tDa, '2028-spring')).toBe('Forår 2028');
  });

  it('shows an unknown format as it is', () => {
    expect(formatSemester(tEn, 'summer school')).toBe('summer school');
  });
});

describe('formatStatus', () => {
  it('translates known statuses and passes unknown ones through', () => {
    expect(formatStatus(tDa, 'DRAFT')).toBe('Kladde');
    expect(formatStatus(tEn, 'SUBMITTED')).toBe('Submitted');
    expect(formatStatus(tEn, 'APPROVED')).toBe('APPROVED');
  });
});

describe('upcomingSemesters', () => {
  it('starts with the semester after the current one', () => {
    expect(upcomingSemesters(new Date(2026, 10, 28), 3)).toEqual(['2027-spring', '2027-autumn', '2028-spring']);
    expect(upcomingSemesters(new Date(2026, 2, 1), 2)).toEqual(['2026-autumn', '2027-spring']);
  });
});
