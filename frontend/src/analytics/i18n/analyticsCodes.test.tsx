import { describe, expect, it } from 'vitest';
import { documentedEnum } from '../../test/documentedEnums';
import { renderWithI18n } from '../../test/render';
import { da } from '../../shared/i18n/da';
import { en } from '../../shared/i18n/en';
import { translate, type MessageKey } from '../../shared/i18n/translate';
import { ProblemAtLine } from '../components/CsvRefusal';
import { formatImportProblem, formatTimelineEntry } from './analyticsCodes';

const tEn = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const tDa = (key: MessageKey, params?: Record<string, string | number>) => translate('da', key, params);
const mediumDate = (locale: string, y: number, m: number, d: number) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));

describe('import problems', () => {
  it.each(documentedEnum('analytics', 'ImportProblemCode'))('%s has an English and a Danish wording', (code) => {
    expect(en).toHaveProperty(`importProblem.${code}`);
    expect(da).toHaveProperty(`importProblem.${code}`);
    for (const t of [tEn, tDa]) {
      const text = formatImportProblem(t, 'en-GB', code, {}, 'country_cd');
      expect(text).not.toBe(t('code.unknown'));
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it('words the parameters: numbers and dates per locale, tables by name, the column named', () => {
    expect(formatImportProblem(tDa, 'da-DK', 'NUMBER_OUT_OF_RANGE', { min: '0', max: '100', value: '140' }, 'course_grade')).toBe(
      'course_grade skal være mellem 0 og 100, ikke 140',
    );
    expect(formatImportProblem(tDa, 'da-DK', 'TIME_BEFORE_LAUNCH', { launchDate: '2027-09-14' }, 'course_membership_ts')).toBe(
      `course_membership_ts ligger før kursets lancering den ${mediumDate('da-DK', 2027, 9, 14)}`,
    );
    expect(formatImportProblem(tEn, 'en-GB', 'FIELD_TOO_LONG', { max: '100000' })).toBe('A field is longer than 100,000 characters (is a quote not closed?)');
    expect(formatImportProblem(tDa, 'da-DK', 'TABLE_IMPORT_RUNNING', { table: 'users' })).toContain('En import af Deltagere (users)');
    expect(formatImportProblem(tEn, 'en-GB', 'UNKNOWN_STATE', { value: 'X', kind: 'passing', states: '1, 2' }, 'passing_state_id')).toBe(
      'passing_state_id is X, not one of the course’s passing states (1, 2)',
    );
    // without a column the subject is "the value"; without the optional value, no empty quotes
    expect(formatImportProblem(tEn, 'en-GB', 'NOT_AN_ID', {})).toBe('The value is not an id (letters, digits and _ . : ~ -, at most 100 characters)');
  });

  it('reads a problem this client does not know neutrally, with its values', () => {
    expect(formatImportProblem(tDa, 'da-DK', 'FILE_ENCRYPTED', { cipher: 'AES' })).toBe('Opdatering: AES');
    expect(formatImportProblem(tEn, 'en-GB', 'FILE_ENCRYPTED', null)).toBe('Update');
    expect(formatImportProblem(tEn, 'en-GB', null, null)).toBe('');
  });

  it('shows a refused line’s problem in Danish with its parameters', () => {
    const { container } = renderWithI18n(
      <ProblemAtLine code="NOT_A_COUNTRY" params={{ value: 'DNK' }} line={1234} column="country_cd" />,
      'da',
    );
    expect(container.textContent).toBe(
      `linje ${new Intl.NumberFormat('da-DK').format(1234)}, kolonne country_cd: country_cd er ikke en landekode på to bogstaver (ISO 3166-1 alpha-2): “DNK”`,
    );
  });
});

describe('timeline entries', () => {
  it.each(documentedEnum('analytics', 'TimelineEventCode'))('%s has an English and a Danish wording', (code) => {
    expect(en).toHaveProperty(`timelineEvent.${code}`);
    expect(da).toHaveProperty(`timelineEvent.${code}`);
    for (const t of [tEn, tDa]) {
      const text = formatTimelineEntry(t, 'en-GB', { code, params: {} });
      expect(text).not.toBe(t('code.unknown'));
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it('words the parameters in Danish: dates, semesters, decisions and the changed fields', () => {
    expect(formatTimelineEntry(tDa, 'da-DK', { code: 'MILESTONE_OVERDUE', params: { milestone: 'PILOT', milestoneName: 'Pilotmodul', dueDate: '2027-03-01', daysOverdue: '4' } })).toBe(
      `Milepæl overskredet: Pilotmodul (frist ${mediumDate('da-DK', 2027, 3, 1)})`,
    );
    expect(formatTimelineEntry(tDa, 'da-DK', { code: 'COURSE_RETIRED', params: { semester: '2029-autumn' } })).toBe('Nedlagt efter semesterevalueringen Efterår 2029');
    expect(formatTimelineEntry(tDa, 'da-DK', { code: 'PROPOSAL_RESUBMITTED', params: { version: '2', changedFields: 'title, team' } })).toBe(
      'Indsendt igen (version 2); ændret: Titel, Team',
    );
    expect(formatTimelineEntry(tEn, 'en-GB', { code: 'REVIEW_DECIDED', params: { decision: 'REVISION_REQUESTED', round: '1' } })).toBe(
      'Steering committee decided: revision requested (round 1)',
    );
  });

  it('reads an entry this client does not know neutrally, with its values', () => {
    expect(formatTimelineEntry(tEn, 'en-GB', { code: 'COURSE_RENAMED', params: { title: 'Quantum Basics' } })).toBe('Update: Quantum Basics');
    expect(formatTimelineEntry(tDa, 'da-DK', { code: null, params: null })).toBe('Opdatering');
  });
});
