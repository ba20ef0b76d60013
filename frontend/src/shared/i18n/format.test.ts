import { describe, expect, it } from 'vitest';
import {
  criterionDescription,
  formatAverage,
  formatCriterion,
  formatDeclaration,
  formatRecommendation,
  formatScore,
  formatSpread,
  formatDate,
  formatDecisionOutcome,
  formatEndorsementState,
  formatNextStep,
  formatDkk,
  formatHistoryAction,
  formatSemester,
  formatStatus,
  statusBadgeClass,
  upcomingSemesters,
} from './format';
import { KNOWN_PROPOSAL_STATUSES } from '../../proposals/api/types';
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
    expect(formatStatus(tEn, 'ENDORSEMENT')).toBe('Awaiting endorsements');
    expect(formatStatus(tDa, 'REVISION_REQUESTED')).toBe('Revision ønsket');
    expect(formatStatus(tEn, 'ARCHIVED')).toBe('Other status (ARCHIVED)');
    expect(formatStatus(tDa, 'ARCHIVED')).toBe('Anden status (ARCHIVED)');
    expect(statusBadgeClass('DRAFT')).toBe('badge badge-draft');
    expect(statusBadgeClass('CONSULTATION_REQUESTED')).toBe('badge badge-consultation_requested');
    expect(statusBadgeClass('ARCHIVED')).toBe('badge badge-other');
  });

  it('knows every status of the workflow in both languages', () => {
    for (const status of KNOWN_PROPOSAL_STATUSES) {
      expect(formatStatus(tEn, status), status).not.toContain('Other status');
      expect(formatStatus(tDa, status), status).not.toContain('Anden status');
    }
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
  it('translates actions; an action this client does not know reads neutrally, without its code', () => {
    expect(formatHistoryAction(tDa, 'SUBMITTED')).toBe('Sendt til styregruppen');
    expect(formatHistoryAction(tEn, 'WITHDRAWN')).toBe('Withdrawn by the instructor');
    expect(formatHistoryAction(tEn, 'SIGNED')).toBe('Update');
    expect(formatHistoryAction(tDa, 'SIGNED')).toBe('Opdatering');
    expect(formatHistoryAction(tEn, 'BOARD_APPROVAL_VOIDED')).toBe('The study board’s approval became void after a change');
    expect(formatHistoryAction(tDa, 'RESUBMITTED')).toBe('Sendt til styregruppen igen');
  });
});

describe('workflow texts', () => {
  it('says who must do what next, with generic labels for unknown codes', () => {
    expect(formatNextStep(tEn, 'STUDY_BOARD', 'APPROVE')).toBe('The study board must approve the application.');
    expect(formatNextStep(tDa, 'HEAD_OF_DEPARTMENT', 'SIGN')).toBe('Institutlederen skal underskrive ansøgningen.');
    expect(formatNextStep(tEn, 'NOBODY', 'NONE')).toBe('Nobody needs to do anything more with this proposal.');
    expect(formatNextStep(tEn, 'DEAN', 'CELEBRATE')).toBe(
      'Someone else (DEAN) must do something this page does not know yet (CELEBRATE).',
    );
  });

  it('names endorsement states and committee outcomes', () => {
    expect(formatEndorsementState(tEn, 'VOID')).toBe('Void');
    expect(formatEndorsementState(tDa, 'SIGNED')).toBe('Underskrevet');
    expect(formatEndorsementState(tEn, 'PENDING')).toBe('Other state (PENDING)');
    expect(formatEndorsementState(tEn, null)).toBe('Not requested yet');
    expect(formatDecisionOutcome(tDa, 'REVISION_REQUESTED')).toBe('Revision ønsket');
    expect(formatDecisionOutcome(tEn, 'DEFERRED')).toBe('Other decision (DEFERRED)');
  });

  it('formats a calendar date without a time-zone shift', () => {
    expect(formatDate('en-GB', '2026-11-20')).toBe('20 Nov 2026');
    expect(formatDate('da-DK', '2026-11-20')).toBe('20. nov. 2026');
  });
});

describe('the review’s labels', () => {
  it('names criteria, scores, recommendations and declarations in both languages, unknown codes generically', () => {
    expect(formatCriterion(tEn, 'TEACHER')).toBe('Teacher');
    expect(formatCriterion(tDa, 'TOPIC')).toBe('Emne');
    expect(formatCriterion(tEn, 'IMPACT')).toBe('Other criterion (IMPACT)');
    expect(criterionDescription(tEn, 'RESOURCES')).toBe(
      '(c) The resources the department allocated for production and running.',
    );
    expect(criterionDescription(tEn, 'IMPACT')).toBe('');
    expect(formatScore(tEn, 1)).toBe('1 – insufficient');
    expect(formatScore(tDa, 5)).toBe('5 – fremragende');
    expect(formatScore(tEn, 7)).toBe('7');
    expect(formatRecommendation(tDa, 'REJECT')).toBe('Afvis');
    expect(formatRecommendation(tEn, 'ABSTAIN')).toBe('Other recommendation (ABSTAIN)');
    expect(formatDeclaration(tEn, 'NO_CONFLICT')).toBe('No conflict of interest');
    expect(formatDeclaration(tDa, 'CONFLICT')).toBe('Inhabil');
    expect(formatDeclaration(tEn, 'MAYBE')).toBe('Other declaration (MAYBE)');
    expect(formatStatus(tEn, 'DECIDED')).toBe('Decided');
  });

  it('formats averages and spreads per locale', () => {
    expect(formatAverage('en-GB', 4.17)).toBe('4.17');
    expect(formatAverage('da-DK', 4)).toBe('4,0');
    expect(formatAverage('en-GB', null)).toBe('');
    expect(formatSpread('en-GB', 2)).toBe('2');
    expect(formatSpread('da-DK', 1.5)).toBe('1,5');
  });
});
