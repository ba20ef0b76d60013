import type { components as AnalyticsApi } from '../api/generated/analytics';
import type { components as ProductionApi } from '../api/generated/production';
import type { components as ProposalApi } from '../api/generated/proposal';
import type { components as ReviewApi } from '../api/generated/review';
import type { ProductionTab } from '../../production/components/ProductionTabs';

/** The four services that answer `GET /tasks`, in the order their failures are listed. */
export const TASK_SERVICES = ['proposal', 'review', 'production', 'analytics'] as const;
export type TaskService = (typeof TASK_SERVICES)[number];

export type ProposalTaskKind = ProposalApi['schemas']['ProposalTaskKind'];
export type ReviewTaskKind = ReviewApi['schemas']['ReviewTaskKind'];
export type ProductionTaskKind = ProductionApi['schemas']['ProductionTaskKind'];
export type AnalyticsTaskKind = AnalyticsApi['schemas']['AnalyticsTaskKind'];

/** The kinds each service's document lists; a test checks every one has a wording and an action. */
export const TASK_KINDS: {
  proposal: readonly ProposalTaskKind[];
  review: readonly ReviewTaskKind[];
  production: readonly ProductionTaskKind[];
  analytics: readonly AnalyticsTaskKind[];
} = {
  proposal: [
    'REQUEST_CONSULTATION',
    'TAKE_CONSULTATION',
    'RECORD_CONSULTATION',
    'COMPLETE_APPLICATION',
    'REQUEST_ENDORSEMENTS',
    'GIVE_BOARD_APPROVAL',
    'SIGN_AS_HEAD',
    'REVISE_PROPOSAL',
    'SUBMIT_PROPOSAL',
  ],
  review: ['DECLARE_CONFLICT_OF_INTEREST', 'ASSESS_CASE', 'SEND_DECISION'],
  production: [
    'AGREE_PLAN',
    'COMPLETE_MILESTONE',
    'RECORD_USER_TEST',
    'REQUEST_LAUNCH_APPROVAL',
    'APPROVE_LAUNCH',
    'LAUNCH',
    'RESOLVE_COMMENT',
    'GIVE_FEEDBACK',
    'CLOSE_FEEDBACK_ROUND',
    'CONFIRM_BOOKING',
    'COMPLETE_MAINTENANCE_TASK',
  ],
  analytics: ['RECORD_SEMESTER_REVIEW'],
};

/** One task of any service, as the services send it (the same shape everywhere), tagged with its service. */
export interface InboxTask {
  service: TaskService;
  /** A kind of the service's document; a newer service may send one this client does not know yet. */
  kind: string;
  moocId: string;
  subjectId: string;
  title: string;
  /** A business date (YYYY-MM-DD), or null where the domain sets none. */
  dueDate: string | null;
  since: string;
  params: Record<string, string>;
}

/** Today's date where the programme works (Copenhagen), as YYYY-MM-DD: the services' due dates are such days. */
export function businessToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `today` to `date` (both YYYY-MM-DD): negative when the date has passed. */
export function daysUntil(date: string, today: string): number {
  const day = (value: string) => {
    const [y, m, d] = value.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((day(date) - day(today)) / 86_400_000);
}

export type Urgency = 'overdue' | 'due' | 'open';

/** Overdue (the due date has passed), due (it has a date to come, or today), or open (no due date). */
export function urgencyOf(task: Pick<InboxTask, 'dueDate'>, today: string): Urgency {
  if (!task.dueDate) return 'open';
  return daysUntil(task.dueDate, today) < 0 ? 'overdue' : 'due';
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, due: 1, open: 2 };

/**
 * The inbox's order across services: overdue first, then by due date (soonest first; no due date last), then the
 * longest waiting first. Ties keep the order the services sent.
 */
export function sortTasks(tasks: readonly InboxTask[], today: string): InboxTask[] {
  return tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) => {
      const byUrgency = URGENCY_ORDER[urgencyOf(a.task, today)] - URGENCY_ORDER[urgencyOf(b.task, today)];
      if (byUrgency !== 0) return byUrgency;
      const byDue = (a.task.dueDate ?? '').localeCompare(b.task.dueDate ?? '');
      if (byDue !== 0) return byDue;
      const bySince = Date.parse(a.task.since) - Date.parse(b.task.since);
      if (!Number.isNaN(bySince) && bySince !== 0) return bySince;
      return a.index - b.index;
    })
    .map(({ task }) => task);
}

const enc = encodeURIComponent;

/** A proposal page's section, by the id of its heading (the browser scrolls to it). */
const proposalSection = (id: string, section: string) => `/proposals/${enc(id)}#${section}`;
const reviewSection = (id: string, section: string) => `/review-cases/${enc(id)}#${section}`;
/** The production page with the tab the action is on. */
const productionTab = (moocId: string, tab: ProductionTab) => `/productions/${enc(moocId)}?tab=${tab}`;

/**
 * Where the task's action is taken: the page, and the section or tab of it. A kind this client does not know leads to
 * the page of what it is about, where the server's permissions offer the action.
 */
export function taskLink(task: InboxTask): string {
  const { moocId, subjectId, params } = task;
  switch (task.service) {
    case 'proposal':
      switch (task.kind) {
        case 'GIVE_BOARD_APPROVAL':
          // The decision page pins the content hash it was asked for, as the mailed link does.
          return `/proposals/${enc(subjectId)}/board-approval${params.contentHash ? `?hash=${enc(params.contentHash)}` : ''}`;
        case 'SIGN_AS_HEAD':
          return `/proposals/${enc(subjectId)}/signature${params.contentHash ? `?hash=${enc(params.contentHash)}` : ''}`;
        case 'RECORD_CONSULTATION':
          return proposalSection(subjectId, 'section-consultation-heading');
        case 'COMPLETE_APPLICATION':
        case 'REVISE_PROPOSAL':
          return proposalSection(subjectId, 'section-application');
        case 'REQUEST_ENDORSEMENTS':
          return proposalSection(subjectId, 'section-endorsements-heading');
        default:
          // Asking for a consultation, taking one and submitting are the page's workflow actions, under "What's next".
          return proposalSection(subjectId, 'next-step-heading');
      }
    case 'review':
      switch (task.kind) {
        case 'DECLARE_CONFLICT_OF_INTEREST':
          return reviewSection(subjectId, 'declaration-heading');
        case 'ASSESS_CASE':
          return reviewSection(subjectId, 'assessment-heading');
        case 'SEND_DECISION':
          return reviewSection(subjectId, 'decision-form-heading');
        default:
          return `/review-cases/${enc(subjectId)}`;
      }
    case 'production':
      switch (task.kind) {
        case 'AGREE_PLAN':
        case 'COMPLETE_MILESTONE':
          return productionTab(moocId, 'plan');
        case 'RECORD_USER_TEST':
          return productionTab(moocId, 'quality');
        case 'REQUEST_LAUNCH_APPROVAL':
        case 'LAUNCH':
          return productionTab(moocId, 'launch');
        case 'APPROVE_LAUNCH':
          return `/productions/${enc(moocId)}/launch-approval`;
        case 'RESOLVE_COMMENT':
        case 'GIVE_FEEDBACK':
        case 'CLOSE_FEEDBACK_ROUND':
          return productionTab(moocId, 'feedback') + (params.round ? `&round=${enc(params.round)}` : '');
        case 'CONFIRM_BOOKING':
          // MediaLab confirms or declines requests in its queue.
          return '/medialab';
        case 'COMPLETE_MAINTENANCE_TASK':
          // the maintenance tasks follow the launch, on its tab
          return productionTab(moocId, 'launch');
        default:
          return `/productions/${enc(moocId)}`;
      }
    case 'analytics':
      return `/semester-reviews/${enc(subjectId)}`;
  }
}
