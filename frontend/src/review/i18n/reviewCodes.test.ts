import { describe, expect, it } from 'vitest';
import { documentedEnum } from '../../test/documentedEnums';
import { da } from '../../shared/i18n/da';
import { en } from '../../shared/i18n/en';
import { translate, type MessageKey } from '../../shared/i18n/translate';
import { formatAutomaticConflict, formatCaseHistoryStep, formatCloseCause } from './reviewCodes';

const tEn = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const tDa = (key: MessageKey, params?: Record<string, string | number>) => translate('da', key, params);

describe('a review case’s codes', () => {
  it.each(documentedEnum('review', 'ReviewCaseHistoryAction'))('history step %s has an English and a Danish wording', (action) => {
    expect(en).toHaveProperty(`caseHistory.${action}`);
    expect(da).toHaveProperty(`caseHistory.${action}`);
    for (const t of [tEn, tDa]) {
      const text = formatCaseHistoryStep(t, action, { member: 'Kirsten Holt', cause: 'SUPERSEDED', version: '2' });
      expect(text).not.toBe(t('code.unknown'));
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it.each(documentedEnum('review', 'ReviewCaseCloseCause'))('close cause %s has an English and a Danish wording', (cause) => {
    expect(en).toHaveProperty(`caseHistory.CLOSED.${cause}`);
    expect(da).toHaveProperty(`caseHistory.CLOSED.${cause}`);
    expect(formatCloseCause(tDa, cause, {})).not.toBe(tDa('caseHistory.CLOSED'));
  });

  it.each(documentedEnum('review', 'AutomaticConflict'))('automatic conflict %s has an English and a Danish wording', (conflict) => {
    expect(en).toHaveProperty(`automaticConflict.${conflict}`);
    expect(da).toHaveProperty(`automaticConflict.${conflict}`);
    expect(formatAutomaticConflict(tDa, conflict, 'Wind')).not.toBe(tDa('automaticConflict.other'));
  });

  it('words the steps in Danish with their parameters', () => {
    expect(formatCaseHistoryStep(tDa, 'DECIDED_BELOW_QUORUM', { outcome: 'APPROVED', assessments: '1', quorum: '2', reason: 'To medlemmer var syge.' })).toBe(
      'Godkendt med 1 af 2 bedømmelser, under beslutningsdygtigheden. Begrundelse: To medlemmer var syge.',
    );
    expect(formatCaseHistoryStep(tDa, 'MEMBER_ASSIGNED', { member: 'Kirsten Holt', automaticConflict: 'ON_TEAM' })).toBe(
      'Kirsten Holt tilknyttet. Inhabilitet markeret: På forslagets team',
    );
    expect(formatCaseHistoryStep(tDa, 'CLOSED', { cause: 'SUPERSEDED', version: '3' })).toBe('Afløst af version 3 af forslaget');
    expect(formatCloseCause(tDa, 'WITHDRAWN', { reason: 'Ny plan' })).toBe('Trukket tilbage af underviseren: Ny plan');
    expect(formatCloseCause(tEn, 'WITHDRAWN', {})).toBe('Withdrawn by the instructor');
    expect(formatAutomaticConflict(tDa, 'SAME_DEPARTMENT', 'Wind')).toBe('Medlem af ansøgerens institut (Wind)');
  });

  it('reads a step, cause or flag this client does not know neutrally, never as its code', () => {
    expect(formatCaseHistoryStep(tEn, 'REOPENED', { round: '3' })).toBe('Update: 3');
    expect(formatCaseHistoryStep(tDa, 'REOPENED', null)).toBe('Opdatering');
    expect(formatCloseCause(tEn, 'MERGED', { into: 'x' })).toBe('Closed');
    expect(formatAutomaticConflict(tDa, 'SAME_OFFICE')).toBe('Markeret af platformen');
  });
});
