/*
 * The words for the proposal and review codes (statuses, actors, criteria, history entries), shared by the
 * proposal and review features and the shared history timeline. Dates and numbers are in format.ts.
 */
import { lookupCode, type MessageKey, type Translate } from './translate';


const STATUS_KEYS: Record<string, MessageKey> = {
  DRAFT: 'status.DRAFT',
  CONSULTATION_REQUESTED: 'status.CONSULTATION_REQUESTED',
  CONSULTANT_ASSIGNED: 'status.CONSULTANT_ASSIGNED',
  CONSULTED: 'status.CONSULTED',
  ENDORSEMENT: 'status.ENDORSEMENT',
  SUBMITTED: 'status.SUBMITTED',
  REVISION_REQUESTED: 'status.REVISION_REQUESTED',
  APPROVED: 'status.APPROVED',
  REJECTED: 'status.REJECTED',
  LAUNCHED: 'status.LAUNCHED',
  WITHDRAWN: 'status.WITHDRAWN',
  OPEN: 'status.OPEN',
  DECIDED: 'status.DECIDED',
  CLOSED: 'status.CLOSED',
};

/** Translates a status code; a status this client does not know yet gets a generic label with its code. */
export function formatStatus(t: Translate, status: string): string {
  const key = STATUS_KEYS[status];
  return key ? t(key) : t('status.other', { code: status });
}

/** The badge style of a status; unknown statuses share a neutral style. */
export function statusBadgeClass(status: string): string {
  return STATUS_KEYS[status] ? `badge badge-${status.toLowerCase()}` : 'badge badge-other';
}

const TEAM_ROLE_KEYS: Record<string, MessageKey> = {
  INSTRUCTOR: 'team.role.INSTRUCTOR',
  TEACHING_ASSISTANT: 'team.role.TEACHING_ASSISTANT',
  STUDENT_ASSISTANT: 'team.role.STUDENT_ASSISTANT',
};

export function formatTeamRole(t: Translate, role: string | null): string {
  const key = role ? TEAM_ROLE_KEYS[role] : undefined;
  return key ? t(key) : t('team.role.other', { code: role ?? '' });
}

const HISTORY_ACTION_KEYS: Record<string, MessageKey> = {
  CREATED: 'history.action.CREATED',
  EDITED: 'history.action.EDITED',
  SUBMITTED: 'history.action.SUBMITTED',
  WITHDRAWN: 'history.action.WITHDRAWN',
  ATTACHMENT_ADDED: 'history.action.ATTACHMENT_ADDED',
  ATTACHMENT_REMOVED: 'history.action.ATTACHMENT_REMOVED',
  CONSULTATION_REQUESTED: 'history.action.CONSULTATION_REQUESTED',
  CONSULTANT_ASSIGNED: 'history.action.CONSULTANT_ASSIGNED',
  CONSULTATION_RECORDED: 'history.action.CONSULTATION_RECORDED',
  ENDORSEMENTS_REQUESTED: 'history.action.ENDORSEMENTS_REQUESTED',
  BOARD_APPROVED: 'history.action.BOARD_APPROVED',
  BOARD_DECLINED: 'history.action.BOARD_DECLINED',
  HEAD_SIGNED: 'history.action.HEAD_SIGNED',
  HEAD_DECLINED: 'history.action.HEAD_DECLINED',
  SIGNATURE_VOIDED: 'history.action.SIGNATURE_VOIDED',
  BOARD_APPROVAL_VOIDED: 'history.action.BOARD_APPROVAL_VOIDED',
  RESUBMITTED: 'history.action.RESUBMITTED',
  REVISION_REQUESTED: 'history.action.REVISION_REQUESTED',
  APPROVED: 'history.action.APPROVED',
  REJECTED: 'history.action.REJECTED',
  LAUNCHED: 'history.action.LAUNCHED',
};

export function isKnownHistoryAction(action: string): boolean {
  return Object.prototype.hasOwnProperty.call(HISTORY_ACTION_KEYS, action);
}

/** A proposal history line's action by name; an action this client does not know yet (a newer server) neutrally. */
export function formatHistoryAction(t: Translate, action: string): string {
  const key = isKnownHistoryAction(action) ? HISTORY_ACTION_KEYS[action] : undefined;
  return key ? t(key) : t('code.unknown');
}

/** Labels of the application's fields, as the history names them ("Changed: title, team"). */
export const PROPOSAL_FIELD_LABELS: Record<string, MessageKey> = {
  title: 'form.title.label',
  topic: 'form.topic.label',
  summary: 'form.summary.label',
  targetLearners: 'form.targetLearners.label',
  impactPotential: 'form.impactPotential.label',
  expectedEnrolments: 'form.enrolments.label',
  uniqueness: 'form.uniqueness.label',
  researchEnvironment: 'form.researchEnvironment.label',
  teacherBackground: 'form.teacherBackground.label',
  newContent: 'form.content.legend',
  courseCode: 'form.courseCode.label',
  phases: 'form.phases.label',
  plannedLaunchSemester: 'form.semester.label',
  team: 'section.team',
  resources: 'section.resources',
};

/** A field of the application by its label; a field this client does not know is shown by its name. */
export function formatFieldName(t: Translate, field: string): string {
  const key = PROPOSAL_FIELD_LABELS[field];
  return key ? t(key) : field;
}


const ACTOR_KEYS: Record<string, MessageKey> = {
  INSTRUCTOR: 'next.actor.INSTRUCTOR',
  LEARNINGLAB: 'next.actor.LEARNINGLAB',
  CONSULTANT: 'next.actor.CONSULTANT',
  STUDY_BOARD: 'next.actor.STUDY_BOARD',
  HEAD_OF_DEPARTMENT: 'next.actor.HEAD_OF_DEPARTMENT',
  COMMITTEE: 'next.actor.COMMITTEE',
  NOBODY: 'next.actor.NOBODY',
};

const NEXT_ACTION_KEYS: Record<string, MessageKey> = {
  COMPLETE_APPLICATION: 'next.action.COMPLETE_APPLICATION',
  REQUEST_CONSULTATION: 'next.action.REQUEST_CONSULTATION',
  ASSIGN_CONSULTANT: 'next.action.ASSIGN_CONSULTANT',
  RECORD_CONSULTATION: 'next.action.RECORD_CONSULTATION',
  REQUEST_ENDORSEMENTS: 'next.action.REQUEST_ENDORSEMENTS',
  APPROVE: 'next.action.APPROVE',
  SIGN: 'next.action.SIGN',
  REVISE: 'next.action.REVISE',
  SUBMIT: 'next.action.SUBMIT',
  AWAIT_REVIEW: 'next.action.AWAIT_REVIEW',
  PRODUCE: 'next.action.PRODUCE',
  NONE: 'next.action.NONE',
};

export function formatActor(t: Translate, actor: string | null): string {
  return lookupCode(t, ACTOR_KEYS, 'next.actor.other', actor);
}

/**
 * Who must do what, as a sentence: "The study board must approve the application." Nobody doing
 * nothing reads "Nobody needs to do anything more with this proposal."
 */
export function formatNextStep(t: Translate, actor: string | null, action: string | null): string {
  if (action === 'NONE' || actor === 'NOBODY') return t('next.none');
  return t('next.sentence', {
    actor: formatActor(t, actor),
    action: lookupCode(t, NEXT_ACTION_KEYS, 'next.action.other', action),
  });
}

const ENDORSEMENT_STATE_KEYS: Record<string, MessageKey> = {
  NOT_REQUESTED: 'endorsement.state.NOT_REQUESTED',
  REQUESTED: 'endorsement.state.REQUESTED',
  APPROVED: 'endorsement.state.APPROVED',
  SIGNED: 'endorsement.state.SIGNED',
  DECLINED: 'endorsement.state.DECLINED',
  VOID: 'endorsement.state.VOID',
};

export function formatEndorsementState(t: Translate, state: string | null | undefined): string {
  return lookupCode(t, ENDORSEMENT_STATE_KEYS, 'endorsement.state.other', state ?? 'NOT_REQUESTED');
}

const OUTCOME_KEYS: Record<string, MessageKey> = {
  APPROVED: 'decision.outcome.APPROVED',
  REJECTED: 'decision.outcome.REJECTED',
  REVISION_REQUESTED: 'decision.outcome.REVISION_REQUESTED',
};

export function formatDecisionOutcome(t: Translate, outcome: string): string {
  return lookupCode(t, OUTCOME_KEYS, 'decision.outcome.other', outcome);
}

const CRITERION_KEYS: Record<string, MessageKey> = {
  TOPIC: 'criterion.TOPIC',
  TEACHER: 'criterion.TEACHER',
  RESOURCES: 'criterion.RESOURCES',
};

const CRITERION_DESCRIPTION_KEYS: Record<string, MessageKey> = {
  TOPIC: 'criterion.TOPIC.description',
  TEACHER: 'criterion.TEACHER.description',
  RESOURCES: 'criterion.RESOURCES.description',
};

/** An assessment criterion's name ("Topic"); a criterion this client does not know gets a generic label. */
export function formatCriterion(t: Translate, criterion: string): string {
  return lookupCode(t, CRITERION_KEYS, 'criterion.other', criterion);
}

/** What the criterion assesses, as the programme words it; empty for a criterion this client does not know. */
export function criterionDescription(t: Translate, criterion: string): string {
  const key = CRITERION_DESCRIPTION_KEYS[criterion];
  return key ? t(key) : '';
}

const SCORE_KEYS: Record<string, MessageKey> = {
  '1': 'score.1',
  '2': 'score.2',
  '3': 'score.3',
  '4': 'score.4',
  '5': 'score.5',
};

/** A score with its meaning on the scale: "4 – strong". */
export function formatScore(t: Translate, score: number | null | undefined): string {
  if (score === null || score === undefined) return '';
  const key = SCORE_KEYS[String(score)];
  return key ? t('score.withLabel', { score, label: t(key) }) : String(score);
}

const RECOMMENDATION_KEYS: Record<string, MessageKey> = {
  APPROVE: 'recommendation.APPROVE',
  REVISE: 'recommendation.REVISE',
  REJECT: 'recommendation.REJECT',
};

export function formatRecommendation(t: Translate, recommendation: string | null | undefined): string {
  return lookupCode(t, RECOMMENDATION_KEYS, 'recommendation.other', recommendation);
}

const DECLARATION_KEYS: Record<string, MessageKey> = {
  NOT_DECLARED: 'declaration.NOT_DECLARED',
  NO_CONFLICT: 'declaration.NO_CONFLICT',
  CONFLICT: 'declaration.CONFLICT',
};

export function formatDeclaration(t: Translate, declaration: string | null | undefined): string {
  return lookupCode(t, DECLARATION_KEYS, 'declaration.other', declaration ?? 'NOT_DECLARED');
}

/** The first characters of a content hash, enough to tell versions apart. */
export function shortHash(hash: string | null | undefined): string {
  return hash ? hash.slice(0, 12) : '';
}
