/*
 * review-service's codes in the reader's language (docs/codes.md): a case's history steps, why a case closed and
 * why the platform flagged a member's conflict of interest. A step this client does not know yet (a newer server)
 * reads neutrally with its values.
 */
import type { components } from '../../shared/api/generated/review';
import { unknownCode, type CodeParams, type MessageKey, type Translate } from '../../shared/i18n/translate';
import { formatDecisionOutcome } from '../../shared/i18n/wording';

type Schemas = components['schemas'];
type Params = Readonly<Record<string, string>>;

export const CASE_HISTORY_KEYS = {
  OPENED: 'caseHistory.OPENED',
  MEMBER_ASSIGNED: 'caseHistory.MEMBER_ASSIGNED',
  MEMBER_VOLUNTEERED: 'caseHistory.MEMBER_VOLUNTEERED',
  CONFLICT_DECLARED: 'caseHistory.CONFLICT_DECLARED',
  NO_CONFLICT_DECLARED: 'caseHistory.NO_CONFLICT_DECLARED',
  HANDED_OVER: 'caseHistory.HANDED_OVER',
  HAND_OVER_REVOKED: 'caseHistory.HAND_OVER_REVOKED',
  ASSESSMENT_GIVEN: 'caseHistory.ASSESSMENT_GIVEN',
  ASSESSMENT_CHANGED: 'caseHistory.ASSESSMENT_CHANGED',
  ASSESSMENT_WITHDRAWN: 'caseHistory.ASSESSMENT_WITHDRAWN',
  DECIDED: 'caseHistory.DECIDED',
  DECIDED_BELOW_QUORUM: 'caseHistory.DECIDED_BELOW_QUORUM',
  CLOSED: 'caseHistory.CLOSED',
} as const satisfies Record<Schemas['ReviewCaseHistoryAction'], MessageKey>;

export const AUTOMATIC_CONFLICT_KEYS = {
  INSTRUCTOR: 'automaticConflict.INSTRUCTOR',
  SAME_DEPARTMENT: 'automaticConflict.SAME_DEPARTMENT',
  ON_TEAM: 'automaticConflict.ON_TEAM',
} as const satisfies Record<Schemas['AutomaticConflict'], MessageKey>;

export const CLOSE_CAUSES = ['SUPERSEDED', 'WITHDRAWN'] as const satisfies readonly Schemas['ReviewCaseCloseCause'][];

/** Fills a template's placeholders; one whose parameter is missing (a step older than the parameter) reads "–". */
function fill(t: Translate, key: MessageKey, params: Params): string {
  return t(key).replace(/\{(\w+)\}/g, (_m, name: string) => (params[name] ? params[name] : '–'));
}

/** Why the platform flagged a member's conflict of interest; `department` is the member's (the applicant's) department. */
export function formatAutomaticConflict(t: Translate, conflict: string | null | undefined, department?: string | null): string {
  if (!conflict) return '';
  if (conflict === 'SAME_DEPARTMENT') {
    return department ? t('automaticConflict.SAME_DEPARTMENT', { department }) : t('automaticConflict.SAME_DEPARTMENT.unnamed');
  }
  const key = (AUTOMATIC_CONFLICT_KEYS as Record<string, MessageKey>)[conflict];
  return key ? t(key) : t('automaticConflict.other');
}

/** Why a case closed: "Superseded by version 3 of the proposal", "Withdrawn by the instructor: …". */
export function formatCloseCause(t: Translate, cause: string | null | undefined, params: CodeParams): string {
  if (!cause) return '';
  const p = params ?? {};
  if (cause === 'SUPERSEDED') return fill(t, 'caseHistory.CLOSED.SUPERSEDED', p);
  if (cause === 'WITHDRAWN') return p.reason ? t('caseHistory.CLOSED.WITHDRAWN.reason', { reason: p.reason }) : t('caseHistory.CLOSED.WITHDRAWN');
  return t('caseHistory.CLOSED');
}

/** A step of a case's history in the reader's language, with its parameters. */
export function formatCaseHistoryStep(t: Translate, action: string | null | undefined, params: CodeParams): string {
  const p = params ?? {};
  if (!action || !Object.prototype.hasOwnProperty.call(CASE_HISTORY_KEYS, action)) return unknownCode(t, p);
  switch (action) {
    case 'MEMBER_ASSIGNED':
    case 'MEMBER_VOLUNTEERED':
      return p.automaticConflict
        ? fill(t, `caseHistory.${action}.flagged`, { ...p, conflict: formatAutomaticConflict(t, p.automaticConflict) })
        : fill(t, CASE_HISTORY_KEYS[action], p);
    case 'DECIDED':
    case 'DECIDED_BELOW_QUORUM':
      return fill(t, CASE_HISTORY_KEYS[action], { ...p, outcome: p.outcome ? formatDecisionOutcome(t, p.outcome) : '' });
    case 'CLOSED':
      return formatCloseCause(t, p.cause, p) || t('caseHistory.CLOSED');
    default:
      return fill(t, CASE_HISTORY_KEYS[action as keyof typeof CASE_HISTORY_KEYS], p);
  }
}
