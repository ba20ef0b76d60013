import type { reviewCodesEn } from './reviewCodes.en';

/** Danske tekster til bedømmelsessagens historik, lukning og automatisk markeret inhabilitet. Typed against the English keys. */
export const reviewCodesDa: Record<keyof typeof reviewCodesEn, string> = {
  'caseHistory.OPENED': 'Runde {round} åbnet for version {version} af forslaget',
  'caseHistory.MEMBER_ASSIGNED': '{member} tilknyttet',
  'caseHistory.MEMBER_ASSIGNED.flagged': '{member} tilknyttet. Inhabilitet markeret: {conflict}',
  'caseHistory.MEMBER_VOLUNTEERED': '{member} meldte sig',
  'caseHistory.MEMBER_VOLUNTEERED.flagged': '{member} meldte sig. Inhabilitet markeret: {conflict}',
  'caseHistory.CONFLICT_DECLARED': '{member} erklærede sig inhabil: {reason}',
  'caseHistory.NO_CONFLICT_DECLARED': '{member} erklærede sig ikke inhabil',
  'caseHistory.HANDED_OVER': '{member} er formand for sagen og træffer afgørelsen',
  'caseHistory.HAND_OVER_REVOKED':
    '{member} erklærede sig inhabil; formanden træffer afgørelsen eller overdrager sagen igen',
  'caseHistory.ASSESSMENT_GIVEN': 'Bedømmelse afgivet',
  'caseHistory.ASSESSMENT_CHANGED': 'Bedømmelse ændret',
  'caseHistory.ASSESSMENT_WITHDRAWN': '{member}s bedømmelse trukket tilbage med den erklærede inhabilitet',
  'caseHistory.DECIDED': '{outcome} med {assessments} af {quorum} bedømmelser',
  'caseHistory.DECIDED_BELOW_QUORUM': '{outcome} med {assessments} af {quorum} bedømmelser, under beslutningsdygtigheden. Begrundelse: {reason}',
  'caseHistory.CLOSED': 'Lukket',
  'caseHistory.CLOSED.SUPERSEDED': 'Afløst af version {version} af forslaget',
  'caseHistory.CLOSED.WITHDRAWN': 'Trukket tilbage af underviseren',
  'caseHistory.CLOSED.WITHDRAWN.reason': 'Trukket tilbage af underviseren: {reason}',
  'automaticConflict.INSTRUCTOR': 'Forslagets underviser',
  'automaticConflict.SAME_DEPARTMENT': 'Medlem af ansøgerens institut ({department})',
  'automaticConflict.SAME_DEPARTMENT.unnamed': 'Medlem af ansøgerens institut',
  'automaticConflict.ON_TEAM': 'På forslagets team',
  'automaticConflict.other': 'Markeret af platformen',
};
