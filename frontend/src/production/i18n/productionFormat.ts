import { lookupCode, type MessageKey, type Translate } from '../../shared/i18n/translate';



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
