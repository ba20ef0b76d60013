import { describe, expect, it } from 'vitest';
import {
  formatDkk,
  formatHistoryAction,
  formatHistoryDetail,
  formatSemester,
  formatStatus,
  statusBadgeClass,
  upcomingSemesters,
} from './format';
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
  it('translates known statuses and gives unknown ones a generic label', () => {
    expect(formatStatus(tDa, 'DRAFT')).toBe('Kladde');
    expect(formatStatus(tEn, 'SUBMITTED')).toBe('Submitted');
    expect(formatStatus(tEn, 'APPROVED')).toBe('Other status (APPROVED)');
    expect(formatStatus(tDa, 'APPROVED')).toBe('Anden status (APPROVED)');
    expect(statusBadgeClass('DRAFT')).toBe('badge badge-draft');
    expect(statusBadgeClass('APPROVED')).toBe('badge badge-other');
  });
});

describe('upcomingSemesters', () => {
  it('starts with the semester after the current one', () => {
    expect(upcomingSemesters(new Date(2026, 10, 28), 3)).toEqual(['2027-spring', '2027-autumn', '2028-spring']);
    expect(upcomingSemesters(new Date(2026, 2, 1), 2)).toEqual(['2026-autumn', '2027-spring']);
  });
});

describe('formatDkk', () => {
  it('formats Danish kroner for the locale', () => {
    const nbsp = /\u00a0/g;
    expect(formatDkk('en-GB', 35000).replace(nbsp, ' ')).toBe('DKK 35,000');
    expect(formatDkk('da-DK', 35000).replace(nbsp, ' ')).toBe('35.000 kr.');
  });
});

describe('history', () => {
  it('translates actions, known details and the changed fields', () => {
    expect(formatHistoryAction(tDa, 'SUBMITTED')).toBe('Sendt til styregruppen');
    expect(formatHistoryAction(tEn, 'WITHDRAWN')).toBe('Withdrawn by the instructor');
    expect(formatHistoryAction(tEn, 'SIGNED')).toBe('Other event (SIGNED)');
    expect(formatHistoryDetail(tEn, 'Changed: title, resources')).toBe('Changed: Title, Resources from the department');
    expect(formatHistoryDetail(tDa, 'Changed: title, team')).toBe('Ændret: Titel, Team');
    expect(formatHistoryDetail(tDa, 'No changes')).toBe('Ingen ændringer');
    expect(formatHistoryDetail(tEn, 'Changed: somethingNew')).toBe('Changed: somethingNew');
    expect(formatHistoryDetail(tEn, 'Approved by the chair')).toBe('Approved by the chair');
  });
});
