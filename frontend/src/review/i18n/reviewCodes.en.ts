/**
 * English wording of review-service's codes (docs/codes.md): a case's history steps (`ReviewCaseHistoryAction`),
 * why it closed (`ReviewCaseCloseCause`) and why the platform flagged a member's conflict of interest
 * (`AutomaticConflict`). Spread into `reviewEn`.
 */
export const reviewCodesEn = {
  'caseHistory.OPENED': 'Round {round} opened on version {version} of the proposal',
  'caseHistory.MEMBER_ASSIGNED': '{member} assigned',
  'caseHistory.MEMBER_ASSIGNED.flagged': '{member} assigned. Conflict of interest flagged: {conflict}',
  'caseHistory.MEMBER_VOLUNTEERED': '{member} volunteered',
  'caseHistory.MEMBER_VOLUNTEERED.flagged': '{member} volunteered. Conflict of interest flagged: {conflict}',
  'caseHistory.CONFLICT_DECLARED': '{member} declared a conflict of interest: {reason}',
  'caseHistory.NO_CONFLICT_DECLARED': '{member} declared no conflict of interest',
  'caseHistory.HANDED_OVER': '{member} chairs and decides the case',
  'caseHistory.HAND_OVER_REVOKED':
    '{member} declared a conflict of interest; the chair decides or hands the case over again',
  'caseHistory.ASSESSMENT_GIVEN': 'Assessment given',
  'caseHistory.ASSESSMENT_CHANGED': 'Assessment changed',
  'caseHistory.ASSESSMENT_WITHDRAWN': '{member}’s assessment withdrawn with the declared conflict of interest',
  'caseHistory.DECIDED': '{outcome} with {assessments} of {quorum} assessments',
  'caseHistory.DECIDED_BELOW_QUORUM': '{outcome} with {assessments} of {quorum} assessments, below the quorum. Reason: {reason}',
  'caseHistory.CLOSED': 'Closed',
  'caseHistory.CLOSED.SUPERSEDED': 'Superseded by version {version} of the proposal',
  'caseHistory.CLOSED.WITHDRAWN': 'Withdrawn by the instructor',
  'caseHistory.CLOSED.WITHDRAWN.reason': 'Withdrawn by the instructor: {reason}',
  'automaticConflict.INSTRUCTOR': 'The proposal’s instructor',
  'automaticConflict.SAME_DEPARTMENT': 'Member of the applicant’s department ({department})',
  'automaticConflict.SAME_DEPARTMENT.unnamed': 'Member of the applicant’s department',
  'automaticConflict.ON_TEAM': 'On the proposal’s team',
  'automaticConflict.other': 'Flagged by the platform',
} as const;
