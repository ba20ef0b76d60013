import type { components } from '../../shared/api/generated/production';
import { formatDate, formatSemester } from '../../shared/i18n/format';
import { lookupCode, unknownCode, type CodeParams, type MessageKey, type Translate } from '../../shared/i18n/translate';



const PRODUCTION_STATUS: Record<string, MessageKey> = {
  PLANNING: 'production.status.PLANNING',
  IN_PRODUCTION: 'production.status.IN_PRODUCTION',
  LAUNCHED: 'production.status.LAUNCHED',
  RETIRED: 'production.status.RETIRED',
};

export function formatProductionStatus(t: Translate, status: string): string {
  return lookupCode(t, PRODUCTION_STATUS, 'status.other', status);
}

/** The badge style of a production status (unknown ones share a neutral style). */
export function productionBadgeClass(status: string): string {
  return PRODUCTION_STATUS[status] ? `badge badge-production-${status.toLowerCase().replace(/_/g, '-')}` : 'badge badge-other';
}

const MILESTONE_STATUS: Record<string, MessageKey> = {
  PLANNED: 'milestone.status.PLANNED',
  IN_PROGRESS: 'milestone.status.IN_PROGRESS',
  DONE: 'milestone.status.DONE',
};

export function formatMilestoneStatus(t: Translate, status: string): string {
  return lookupCode(t, MILESTONE_STATUS, 'status.other', status);
}

const OWNERS: Record<string, MessageKey> = {
  INSTRUCTOR: 'milestone.owner.INSTRUCTOR',
  CONSULTANT: 'milestone.owner.CONSULTANT',
  MEDIALAB: 'milestone.owner.MEDIALAB',
  STUDY_BOARD: 'milestone.owner.STUDY_BOARD',
};

export function formatOwner(t: Translate, owner: string): string {
  return lookupCode(t, OWNERS, 'milestone.owner.other', owner);
}

const MILESTONE_NAMES: Record<string, MessageKey> = {
  PLAN_AGREED: 'milestone.PLAN_AGREED',
  COURSE_OUTLINE: 'milestone.COURSE_OUTLINE',
  PILOT_MODULE: 'milestone.PILOT_MODULE',
  VIDEO_RECORDING: 'milestone.VIDEO_RECORDING',
  MATERIAL_COMPLETE: 'milestone.MATERIAL_COMPLETE',
  USER_TEST: 'milestone.USER_TEST',
  BOARD_LAUNCH_APPROVAL: 'milestone.BOARD_LAUNCH_APPROVAL',
  COURSERA_SETUP: 'milestone.COURSERA_SETUP',
  LAUNCH: 'milestone.LAUNCH',
};

/** A milestone of the programme's template by its name in the current language; any other by the server's name. */
export function formatMilestoneName(t: Translate, milestone: { key: string; name?: string | null }): string {
  const key = MILESTONE_NAMES[milestone.key];
  return key ? t(key) : milestone.name || milestone.key;
}

const TEAM_ROLES: Record<string, MessageKey> = {
  INSTRUCTOR: 'productionTeam.role.INSTRUCTOR',
  ASSISTANT: 'productionTeam.role.ASSISTANT',
  CONSULTANT: 'productionTeam.role.CONSULTANT',
};

export function formatProductionRole(t: Translate, role: string): string {
  return lookupCode(t, TEAM_ROLES, 'team.role.other', role);
}

const RESPONSIBILITIES: Record<string, MessageKey[]> = {
  INSTRUCTOR: [
    'productionTeam.responsibility.INSTRUCTOR.content',
    'productionTeam.responsibility.INSTRUCTOR.recording',
    'productionTeam.responsibility.INSTRUCTOR.userTest',
    'productionTeam.responsibility.INSTRUCTOR.launch',
  ],
  ASSISTANT: [
    'productionTeam.responsibility.ASSISTANT.exercises',
    'productionTeam.responsibility.ASSISTANT.upload',
    'productionTeam.responsibility.ASSISTANT.forums',
  ],
  CONSULTANT: [
    'productionTeam.responsibility.CONSULTANT.plan',
    'productionTeam.responsibility.CONSULTANT.feedback',
    'productionTeam.responsibility.CONSULTANT.coursera',
  ],
};

/**
 * What the programme assigns to a role (docs/production.md, `TeamRole`), in the current language; for a role
 * this client does not know, the server's list as sent.
 */
export function responsibilitiesOf(t: Translate, role: string, fromServer: readonly string[] | null | undefined): string[] {
  const keys = RESPONSIBILITIES[role];
  return keys ? keys.map((k) => t(k)) : [...(fromServer ?? [])];
}

const GATES: Record<string, MessageKey> = {
  MANDATORY_MILESTONES: 'gate.MANDATORY_MILESTONES',
  FEEDBACK_TEACHING_PLAN: 'gate.FEEDBACK_TEACHING_PLAN',
  FEEDBACK_MATERIAL: 'gate.FEEDBACK_MATERIAL',
  USER_TEST: 'gate.USER_TEST',
  BOARD_LAUNCH_APPROVAL: 'gate.BOARD_LAUNCH_APPROVAL',
};

export function formatGate(t: Translate, key: string): string {
  return lookupCode(t, GATES, 'gate.other', key);
}

type GateReason = components['schemas']['QaGateReason'];
type Wording = (t: Translate, locale: string, p: Readonly<Record<string, string>>) => string;

/** A feedback round's gate, by the round it names (TEACHING_PLAN or MATERIAL); any other round unnamed. */
function roundWording(closed: boolean): Wording {
  const base = closed ? 'gateReason.FEEDBACK_ROUND_CLOSED' : 'gateReason.FEEDBACK_ROUND_OPEN';
  return (t, _locale, p) => t((p.round === 'TEACHING_PLAN' || p.round === 'MATERIAL' ? `${base}.${p.round}` : base) as MessageKey);
}

/** Each state of a gate in words, with its parameters (docs/codes.md); a parameter may be missing on old data. */
export const GATE_REASONS = {
  MILESTONES_DONE: (t) => t('gateReason.MILESTONES_DONE'),
  MILESTONES_NOT_DONE: (t, _locale, p) =>
    p.milestones ? t('gateReason.MILESTONES_NOT_DONE', { milestones: p.milestones }) : t('gateReason.MILESTONES_NOT_DONE.unnamed'),
  FEEDBACK_ROUND_CLOSED: roundWording(true),
  FEEDBACK_ROUND_OPEN: roundWording(false),
  USER_TEST_RECORDED: (t, locale, p) =>
    p.testedOn ? t('gateReason.USER_TEST_RECORDED.on', { testedOn: formatDate(locale, p.testedOn) }) : t('gateReason.USER_TEST_RECORDED'),
  USER_TEST_MISSING_MANDATORY: (t) => t('gateReason.USER_TEST_MISSING_MANDATORY'),
  USER_TEST_MISSING_RECOMMENDED: (t) => t('gateReason.USER_TEST_MISSING_RECOMMENDED'),
  LAUNCH_APPROVED: (t) => t('gateReason.LAUNCH_APPROVED'),
  LAUNCH_APPROVAL_REQUESTED: (t) => t('gateReason.LAUNCH_APPROVAL_REQUESTED'),
  LAUNCH_DECLINED: (t, _locale, p) =>
    p.comment ? t('gateReason.LAUNCH_DECLINED.comment', { comment: p.comment }) : t('gateReason.LAUNCH_DECLINED'),
  LAUNCH_APPROVAL_NOT_REQUESTED: (t) => t('gateReason.LAUNCH_APPROVAL_NOT_REQUESTED'),
} satisfies Record<GateReason, Wording>;

/**
 * Why a gate is met or not, in the reader's language ("Not done yet: Pilot module"); empty without a code, and a
 * state this client does not know yet in neutral words with its values.
 */
export function formatGateReason(t: Translate, locale: string, code: string | null | undefined, params: CodeParams): string {
  if (!code) return '';
  const wording: Wording | undefined = (GATE_REASONS as Record<string, Wording>)[code];
  return wording ? wording(t, locale, params ?? {}) : unknownCode(t, params);
}

/** A maintenance task's text: the study board's own words, or, without any, what its semester review asks. */
export function formatMaintenanceTask(t: Translate, task: { description?: string | null; semester?: string | null }): string {
  return task.description ? task.description : t('maintenance.task.reviewAsks', { semester: formatSemester(t, task.semester) });
}

/** A gate's state: met, not met (blocking), or a warning (not met, not blocking). */
export function gateState(gate: { met: boolean; blocking: boolean }): 'met' | 'notMet' | 'warning' {
  if (gate.met) return 'met';
  return gate.blocking ? 'notMet' : 'warning';
}

const APPROVAL: Record<string, MessageKey> = {
  NOT_REQUESTED: 'launchApproval.status.NOT_REQUESTED',
  REQUESTED: 'launchApproval.status.REQUESTED',
  APPROVED: 'launchApproval.status.APPROVED',
  DECLINED: 'launchApproval.status.DECLINED',
};

export function formatLaunchApproval(t: Translate, status: string | null | undefined): string {
  return lookupCode(t, APPROVAL, 'status.other', status ?? 'NOT_REQUESTED');
}

const ROUNDS: Record<string, MessageKey> = {
  TEACHING_PLAN: 'feedback.round.TEACHING_PLAN',
  MATERIAL: 'feedback.round.MATERIAL',
};

export function formatRound(t: Translate, round: string): string {
  return lookupCode(t, ROUNDS, 'feedback.round.other', round);
}

const RESOLUTIONS: Record<string, MessageKey> = {
  OPEN: 'comment.resolution.OPEN',
  RESOLVED: 'comment.resolution.RESOLVED',
  DECLINED: 'comment.resolution.DECLINED',
};

export function formatResolution(t: Translate, resolution: string): string {
  return lookupCode(t, RESOLUTIONS, 'status.other', resolution);
}

const AUTHOR_ROLES: Record<string, MessageKey> = {
  CONSULTANT: 'comment.authorRole.CONSULTANT',
  COLLEAGUE: 'comment.authorRole.COLLEAGUE',
};

export function formatAuthorRole(t: Translate, role: string): string {
  return lookupCode(t, AUTHOR_ROLES, 'team.role.other', role);
}

const BOOKING_STATUS: Record<string, MessageKey> = {
  REQUESTED: 'booking.status.REQUESTED',
  CONFIRMED: 'booking.status.CONFIRMED',
  DECLINED: 'booking.status.DECLINED',
  CANCELLED: 'booking.status.CANCELLED',
};

export function formatBookingStatus(t: Translate, status: string): string {
  return lookupCode(t, BOOKING_STATUS, 'status.other', status);
}

const STUDIOS: Record<string, MessageKey> = {
  MEDIALAB: 'studio.MEDIALAB',
  LYNGBY_LIBRARY: 'studio.LYNGBY_LIBRARY',
  BALLERUP: 'studio.BALLERUP',
  RISOE: 'studio.RISOE',
};

/** A studio by its name in the current language; one this client does not know by the server's name or key. */
export function formatStudio(t: Translate, key: string, name?: string | null): string {
  const k = STUDIOS[key];
  return k ? t(k) : name || key;
}

const TASK_STATUS: Record<string, MessageKey> = {
  OPEN: 'maintenance.status.OPEN',
  DONE: 'maintenance.status.DONE',
};

export function formatTaskStatus(t: Translate, status: string): string {
  return lookupCode(t, TASK_STATUS, 'status.other', status);
}

// Dates and times are the shared formatting's: re-exported for this feature's components.

/** A person as production-service names them (by name), or '' when nobody is named. */
export function personName(value: string | null | undefined): string {
  return value ?? '';
}
