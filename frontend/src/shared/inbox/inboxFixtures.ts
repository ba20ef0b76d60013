import { fakeApi } from '../../test/fixtures';
import { fakeGateway, json, problem } from '../../test/gateway';
import { TASK_KINDS, type InboxTask, type TaskService } from './taskModel';

/** What the tests' services hold, by default. */
export const PARAMS: Record<string, Record<string, string>> = {
  'proposal.TAKE_CONSULTATION': { revision: '1', department: 'Compute' },
  'proposal.COMPLETE_APPLICATION': { revision: '1', missing: 'targetLearners,impact' },
  'proposal.REQUEST_ENDORSEMENTS': { revision: '2', endorsers: 'STUDY_BOARD,HEAD_OF_DEPARTMENT' },
  'proposal.GIVE_BOARD_APPROVAL': { revision: '2', contentHash: 'hash-b', department: 'Compute' },
  'proposal.SIGN_AS_HEAD': { revision: '2', contentHash: 'hash-h', department: 'Compute' },
  'proposal.REVISE_PROPOSAL': { revision: '3', requestedBy: 'COMMITTEE' },
  'review.DECLARE_CONFLICT_OF_INTEREST': { round: '1', automaticConflict: 'false' },
  'review.ASSESS_CASE': { round: '1', meetingId: 'meet-1' },
  'review.SEND_DECISION': { round: '2', meetingId: 'meet-1', assessments: '1', quorum: '2', actingChair: 'true' },
  'production.COMPLETE_MILESTONE': { milestone: 'PILOT_MODULE' },
  'production.RESOLVE_COMMENT': { round: 'MATERIAL' },
  'production.GIVE_FEEDBACK': { round: 'TEACHING_PLAN' },
  'production.CLOSE_FEEDBACK_ROUND': { round: 'MATERIAL' },
  'production.CONFIRM_BOOKING': { studio: 'MEDIALAB' },
  'production.COMPLETE_MAINTENANCE_TASK': { semester: '2027-spring', reviewId: 'rev-1' },
  'analytics.RECORD_SEMESTER_REVIEW': { semester: '2027-spring' },
};

/** A task as a service sends it (without the SPA's `service` tag). */
export function wireTask(service: TaskService, kind: string, overrides: Partial<Omit<InboxTask, 'service'>> = {}) {
  return {
    kind,
    moocId: `mooc-${service}-${kind}`,
    subjectId: `subject-${service}-${kind}`,
    title: 'Quantum Basics',
    dueDate: service === 'review' || service === 'analytics' ? '2027-03-12' : null,
    since: '2027-01-05T09:00:00Z',
    params: PARAMS[`${service}.${kind}`] ?? {},
    ...overrides,
  };
}

/** One task of every documented kind, per service. */
export function everyKind(): Record<TaskService, ReturnType<typeof wireTask>[]> {
  return {
    proposal: TASK_KINDS.proposal.map((kind) => wireTask('proposal', kind)),
    review: TASK_KINDS.review.map((kind) => wireTask('review', kind)),
    production: TASK_KINDS.production.map((kind) => wireTask('production', kind)),
    analytics: TASK_KINDS.analytics.map((kind) => wireTask('analytics', kind)),
  };
}

/**
 * The four services behind a fake gateway. `answer` gives a service's tasks, or a status number for a problem
 * answer; it is asked again on every call, so a test can change its mind (a retry that succeeds).
 */
/**
 * A gateway answering each service's `GET /tasks`, and production-service's `GET /home` (its tasks with the first page
 * of `productions`); `totals` makes a service say it has more open than it lists.
 */
export function tasksGateway(
  answer: (service: TaskService) => ReturnType<typeof wireTask>[] | number,
  totals: Partial<Record<TaskService, number>> = {},
  productions: unknown[] = [],
) {
  const gw = fakeGateway((method, url) => {
    const match = /^\/api\/(proposal|review|production|analytics)\/tasks$/.exec(url);
    const home = url === '/api/production/home';
    if (method !== 'GET' || !(match || home)) return undefined;
    const service = home ? 'production' : (match![1] as TaskService);
    const result = answer(service);
    if (typeof result === 'number') return problem({ title: result === 403 ? 'Forbidden' : 'Unexpected error' }, result);
    const tasks = { items: result, total: totals[service] ?? result.length };
    return json(home ? { tasks, productions: { items: productions, page: 0, size: 20, total: productions.length, totalExact: true } } : tasks);
  });
  return { gw, api: fakeApi({ services: gw.api.services }), asked: () => gw.calls.map((c) => c.url) };
}
