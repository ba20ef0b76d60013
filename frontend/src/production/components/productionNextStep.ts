import { can } from '../../shared/api/permissions';
import type { Role } from '../../shared/auth/roles';
import type { Booking, FeedbackRound, Milestone, MilestoneOwner, Production } from '../api/productionTypes';
import { isDone } from './productionModel';
import type { ProductionTab } from './ProductionTabs';

/** Who takes a step, in the reader's words: the reader, a person or body of the programme, or nobody. */
export type ProductionActor = 'you' | 'instructor' | 'consultant' | 'instructorOrConsultant' | 'medialab' | 'studyBoard' | 'colleague' | 'nobody';

/** Where the reader takes their step: a section of the production page, or another page (MediaLab's queue). */
export type ProductionStepPlace = { tab: ProductionTab } | { path: string };

type StepOf =
  | { kind: 'agreePlan' }
  | { kind: 'acceptDates' }
  | { kind: 'milestone'; milestone: Pick<Milestone, 'key' | 'name' | 'owner' | 'dueDate' | 'overdue'> }
  | { kind: 'inviteColleague'; round: string }
  | { kind: 'giveFeedback'; round: string; colleague: string }
  | { kind: 'answerComments'; round: string; count: number }
  | { kind: 'closeRound'; round: string }
  | { kind: 'confirmBooking'; count: number }
  | { kind: 'recordUserTest' }
  | { kind: 'requestApproval'; declined: boolean }
  | { kind: 'decideApproval' }
  | { kind: 'launch' }
  | { kind: 'gatesOpen'; count: number }
  | { kind: 'maintenance'; count: number }
  | { kind: 'launched' }
  | { kind: 'retired' };

/** One step that waits on the production: what it is, who takes it and, when it is the reader's, where. */
export type ProductionStep = StepOf & {
  actor: ProductionActor;
  /** Set only for the reader's own step: the place where it is taken. */
  place?: ProductionStepPlace;
};

export interface ProductionNextStep {
  /** The step the card says: the reader's first one, or else the first one that waits on the production. */
  next: ProductionStep;
  /** Every other step that waits, in the production's order. */
  others: ProductionStep[];
}

export interface ProductionNextStepInput {
  /** The feedback rounds, once read (their steps are left out until then). */
  feedback?: readonly FeedbackRound[] | null;
  /** The production's studio bookings, once read. */
  bookings?: readonly Booking[] | null;
  /** The reader's roles: MediaLab confirms bookings whose own permissions were not sent. */
  roles?: readonly Role[];
}

const OWNER_ACTOR: Record<MilestoneOwner, ProductionActor> = {
  INSTRUCTOR: 'instructor',
  CONSULTANT: 'consultant',
  MEDIALAB: 'medialab',
  STUDY_BOARD: 'studyBoard',
};

function step(s: StepOf, mine: boolean, other: ProductionActor, place: ProductionStepPlace): ProductionStep {
  return mine ? { ...s, actor: 'you', place } : { ...s, actor: other };
}

/**
 * The milestones that can be worked on now: not done, and every milestone they wait for done. When the plan names
 * no dependencies that allow any, the first open milestone in plan order.
 */
export function currentMilestones(milestones: readonly Milestone[]): Milestone[] {
  const done = new Set(milestones.filter(isDone).map((m) => m.key));
  const open = milestones.filter((m) => !isDone(m));
  const ready = open.filter((m) => (m.dependsOn ?? []).every((key) => done.has(key)));
  return ready.length > 0 ? ready : open.slice(0, 1);
}

function feedbackSteps(p: Production, rounds: readonly FeedbackRound[]): ProductionStep[] {
  const steps: ProductionStep[] = [];
  for (const r of rounds) {
    if (r.status !== 'OPEN') continue;
    const openComments = r.comments.filter((c) => c.resolution === 'OPEN').length;
    if (openComments > 0) {
      steps.push(step({ kind: 'answerComments', round: r.round, count: openComments }, can(p, 'RESOLVE_COMMENTS'), 'instructor', { tab: 'feedback' }));
    } else if (r.comments.length > 0) {
      steps.push(step({ kind: 'closeRound', round: r.round }, can(p, 'CLOSE_FEEDBACK'), 'consultant', { tab: 'feedback' }));
    } else if (!r.colleague) {
      steps.push(step({ kind: 'inviteColleague', round: r.round }, can(p, 'INVITE_COLLEAGUE'), 'instructorOrConsultant', { tab: 'feedback' }));
    } else {
      // Only the invited colleague comments without answering or closing: the instructor and consultant can too.
      const colleague = can(p, 'COMMENT') && !can(p, 'RESOLVE_COMMENTS') && !can(p, 'CLOSE_FEEDBACK');
      steps.push(step({ kind: 'giveFeedback', round: r.round, colleague: r.colleague.name ?? '' }, colleague, 'colleague', { tab: 'feedback' }));
    }
  }
  return steps;
}

function bookingSteps(bookings: readonly Booking[], roles: readonly Role[]): ProductionStep[] {
  const requested = bookings.filter((b) => b.status === 'REQUESTED');
  if (requested.length === 0) return [];
  // A booking's own permissions say whether the reader confirms it; without them, MediaLab does.
  const mine = requested.filter((b) => (b.permissions ? can(b, 'CONFIRM') : roles.includes('medialab')));
  return [
    mine.length > 0
      ? step({ kind: 'confirmBooking', count: mine.length }, true, 'medialab', { path: '/medialab' })
      : step({ kind: 'confirmBooking', count: requested.length }, false, 'medialab', { path: '/medialab' }),
  ];
}

/** Every step that waits on the production now, in the order the production goes through them. */
export function productionSteps(p: Production, input: ProductionNextStepInput = {}): ProductionStep[] {
  const { feedback, bookings, roles = [] } = input;
  if (p.status === 'RETIRED') return [{ kind: 'retired', actor: 'nobody' }];
  if (p.status === 'LAUNCHED') {
    const open = (p.maintenanceTasks ?? []).filter((task) => task.status !== 'DONE').length;
    return open > 0
      ? [step({ kind: 'maintenance', count: open }, can(p, 'MANAGE_MAINTENANCE'), 'instructorOrConsultant', { tab: 'launch' })]
      : [{ kind: 'launched', actor: 'nobody' }];
  }

  const steps: ProductionStep[] = [];
  const mayEditPlan = can(p, 'EDIT_PLAN');
  const milestones = p.milestones ?? [];
  if (p.status === 'PLANNING') {
    steps.push(step({ kind: 'agreePlan' }, mayEditPlan, 'instructorOrConsultant', { tab: 'plan' }));
  } else {
    if (milestones.some((m) => m.proposedDueDate)) {
      steps.push(step({ kind: 'acceptDates' }, mayEditPlan, 'instructorOrConsultant', { tab: 'plan' }));
    }
    for (const m of currentMilestones(milestones)) {
      const mine = (m.permissions ?? []).includes('CHANGE_STATUS');
      steps.push(step({ kind: 'milestone', milestone: m }, mine, OWNER_ACTOR[m.owner] ?? 'nobody', { tab: 'plan' }));
    }
  }
  if (feedback) steps.push(...feedbackSteps(p, feedback));
  if (bookings) steps.push(...bookingSteps(bookings, roles));
  if (p.status === 'PLANNING') return steps;

  const gates = p.gates ?? [];
  const userTest = gates.find((g) => g.key === 'USER_TEST');
  const mayRecord = can(p, 'RECORD_USER_TEST');
  // A user test that is only recommended is a step only for the one who can record it.
  if (userTest && !userTest.met && (userTest.blocking || mayRecord)) {
    steps.push(step({ kind: 'recordUserTest' }, mayRecord, 'instructor', { tab: 'quality' }));
  }

  const unmet = gates.filter((g) => !g.met && g.blocking);
  const approval = p.launchApproval?.status ?? 'NOT_REQUESTED';
  const onlyApprovalLeft = unmet.length > 0 && unmet.every((g) => g.key === 'BOARD_LAUNCH_APPROVAL');
  if (approval === 'REQUESTED') {
    steps.push(step({ kind: 'decideApproval' }, can(p, 'DECIDE_LAUNCH_APPROVAL'), 'studyBoard', { tab: 'launch' }));
  } else if (approval !== 'APPROVED' && (can(p, 'REQUEST_LAUNCH_APPROVAL') || onlyApprovalLeft)) {
    const declined = approval === 'DECLINED';
    steps.push(step({ kind: 'requestApproval', declined }, can(p, 'REQUEST_LAUNCH_APPROVAL'), 'instructorOrConsultant', { tab: 'launch' }));
  }

  if (unmet.length === 0) {
    steps.push(step({ kind: 'launch' }, can(p, 'LAUNCH'), 'instructor', { tab: 'launch' }));
  } else if (steps.length === 0) {
    // Nothing known waits on anyone (the rounds not read yet): say what stands in the way of the launch.
    steps.push({ kind: 'gatesOpen', count: unmet.length, actor: 'nobody' });
  }
  return steps;
}

/** What's next on the production for the reader: their own first step, or else the production's first one. */
export function productionNextStep(p: Production, input: ProductionNextStepInput = {}): ProductionNextStep {
  const steps = productionSteps(p, input);
  const index = Math.max(0, steps.findIndex((s) => s.actor === 'you'));
  return { next: steps[index], others: steps.filter((_, i) => i !== index) };
}
