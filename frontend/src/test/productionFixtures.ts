import type { ProductionPermission, Booking, FeedbackRound, Gate, Milestone, NetworkMeeting, Production, Studio, VideoCosts } from '../production/api/productionTypes';
import { json, problem, type Handler } from './gateway';

export const MOOC_ID = '6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11';
export const PRODUCTION_URL = `/api/production/productions/${MOOC_ID}`;

export function milestone(overrides: Partial<Milestone> & Pick<Milestone, 'key'>): Milestone {
  return {
    name: overrides.key,
    owner: 'INSTRUCTOR',
    durationDays: 14,
    dependsOn: [],
    mandatory: true,
    dueDate: '2027-03-01',
    baselineDueDate: null,
    slipDays: null,
    proposedDueDate: null,
    status: 'PLANNED',
    doneOn: null,
    overdue: false,
    permissions: null,
    ...overrides,
  };
}

/** The programme's template as production-service schedules it, with a baseline, a slip and a proposed date. */
export function milestones(): Milestone[] {
  return [
    milestone({ key: 'PLAN_AGREED', name: 'Plan agreed with the consultant', owner: 'CONSULTANT', dueDate: '2027-01-14', baselineDueDate: '2027-01-14', slipDays: 0, status: 'DONE', doneOn: '2027-01-12' }),
    milestone({ key: 'COURSE_OUTLINE', name: 'Course outline', dependsOn: ['PLAN_AGREED'], dueDate: '2027-02-11', baselineDueDate: '2027-02-04', slipDays: 7, status: 'IN_PROGRESS', overdue: true }),
    milestone({ key: 'PILOT_MODULE', name: 'Pilot module', dependsOn: ['COURSE_OUTLINE'], dueDate: '2027-03-18', baselineDueDate: '2027-03-18', slipDays: 0, proposedDueDate: '2027-03-25' }),
    milestone({ key: 'VIDEO_RECORDING', name: 'Video recording', owner: 'MEDIALAB', dependsOn: ['PILOT_MODULE'], dueDate: '2027-05-13', baselineDueDate: '2027-05-13', slipDays: 0 }),
    milestone({ key: 'LAUNCH', name: 'Launch', dependsOn: ['VIDEO_RECORDING'], dueDate: '2027-09-01', baselineDueDate: '2027-09-01', slipDays: 0 }),
  ];
}

/**
 * The plan with each milestone's permissions as the server gives them: the instructor changes the status of all but
 * MediaLab's and the study board's milestones and moves every one; MediaLab changes only its own milestones' status.
 */
export function milestonesFor(who: 'instructor' | 'medialab'): Milestone[] {
  return milestones().map((m) => ({
    ...m,
    permissions:
      who === 'instructor'
        ? m.owner === 'MEDIALAB' || m.owner === 'STUDY_BOARD'
          ? ['MOVE_DUE']
          : ['CHANGE_STATUS', 'MOVE_DUE']
        : m.owner === 'MEDIALAB'
          ? ['CHANGE_STATUS']
          : [],
  }));
}

export function gates(): Gate[] {
  return [
    { key: 'MANDATORY_MILESTONES', met: false, blocking: true, code: 'MILESTONES_NOT_DONE', params: { milestones: 'Pilot module, Video recording', count: '2' } },
    { key: 'FEEDBACK_TEACHING_PLAN', met: true, blocking: true, code: 'FEEDBACK_ROUND_CLOSED', params: { round: 'TEACHING_PLAN' } },
    { key: 'FEEDBACK_MATERIAL', met: false, blocking: true, code: 'FEEDBACK_ROUND_OPEN', params: { round: 'MATERIAL' } },
    { key: 'USER_TEST', met: false, blocking: false, code: 'USER_TEST_MISSING_RECOMMENDED', params: {} },
    { key: 'BOARD_LAUNCH_APPROVAL', met: false, blocking: true, code: 'LAUNCH_APPROVAL_NOT_REQUESTED', params: {} },
  ];
}

export function production(overrides: Partial<Production> = {}): Production {
  return {
    moocId: MOOC_ID,
    title: 'Quantum Computing for Engineers',
    department: 'Compute',
    instructorName: 'Ida Instructor',
    status: 'IN_PRODUCTION',
    startedAt: '2026-12-10T09:00:00Z',
    approvedOn: '2026-12-10',
    newContent: true,
    plannedLaunchSemester: '2027-autumn',
    videoBudgetDkk: 35000,
    baselineAgreedAt: '2026-12-20T10:00:00Z',
    version: 7,
    permissions: [],
    milestones: milestones(),
    team: [
      { name: 'Ida Instructor', email: 'ida@example.org', role: 'INSTRUCTOR', responsibilities: ['Course content and learning objectives'], pending: null },
      { name: 'Asger Assistant', email: 'asger@example.org', role: 'ASSISTANT', responsibilities: [], pending: null },
      { name: 'Carla Consultant', email: 'carla@example.org', role: 'CONSULTANT', responsibilities: [], pending: null },
    ],
    gates: gates(),
    userTest: null,
    launchApproval: { status: 'NOT_REQUESTED', requestedAt: null, decidedAt: null, decidedBy: null, comment: null, requestedBy: null },
    launch: null,
    maintenanceTasks: [],
    nextMilestone: null,
    overdueMilestones: null,
    warnings: null,
    ...overrides,
  };
}

/** What the instructor may do with their production in production. */
export const INSTRUCTOR_PERMISSIONS: ProductionPermission[] = [
  'EDIT_PLAN',
  'MANAGE_TEAM',
  'RESOLVE_COMMENTS',
  'INVITE_COLLEAGUE',
  'RECORD_USER_TEST',
  'REQUEST_LAUNCH_APPROVAL',
  'LAUNCH',
  'BOOK',
];

export function feedbackRounds(): FeedbackRound[] {
  return [
    {
      round: 'TEACHING_PLAN',
      status: 'CLOSED',
      colleague: { name: 'Karen Colleague', email: 'karen@example.org', pending: null },
      closedAt: '2027-01-20T12:00:00Z',
      closedBy: 'Carla Consultant',
      comments: [
        {
          id: 'c-1',
          author: 'Carla Consultant',
          authorRole: 'CONSULTANT',
          text: 'Add learning objectives per week.',
          createdAt: '2027-01-10T09:00:00Z',
          resolution: 'RESOLVED',
          resolutionNote: 'Done in week plans.',
          resolvedAt: null,
          resolvedBy: null,
        },
      ],
    },
    {
      round: 'MATERIAL',
      status: 'OPEN',
      colleague: null,
      closedAt: null,
      closedBy: null,
      comments: [
        {
          id: 'c-2',
          author: 'Carla Consultant',
          authorRole: 'CONSULTANT',
          text: 'The quiz in module 2 is too long.',
          createdAt: '2027-04-02T09:00:00Z',
          resolution: 'OPEN',
          resolutionNote: null,
          resolvedAt: null,
          resolvedBy: null,
        },
      ],
    },
  ];
}

export function studios(): Studio[] {
  const weekdays = (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const).map((day) => ({ day, opens: '08:00', closes: '16:00' }));
  return [
    { key: 'MEDIALAB', name: 'MediaLab production', campus: 'Lyngby Campus', hourlyRateDkk: 350, needsConfirmation: true, openingHours: weekdays },
    {
      key: 'LYNGBY_LIBRARY',
      name: 'Library, Lyngby Campus',
      campus: 'Lyngby Campus',
      hourlyRateDkk: 0,
      needsConfirmation: false,
      openingHours: [...weekdays.map((d) => ({ ...d, closes: '20:00' })), { day: 'SATURDAY', opens: '10:00', closes: '14:00' }],
    },
  ];
}

export function booking(overrides: Partial<Booking> = {}): Booking {
  return {
    id: 'b-1',
    moocId: MOOC_ID,
    moocTitle: 'Quantum Computing for Engineers',
    studio: 'MEDIALAB',
    start: '2027-03-01T09:00:00+01:00',
    end: '2027-03-01T11:00:00+01:00',
    status: 'REQUESTED',
    costDkk: 700,
    bookedBy: 'Ida Instructor',
    note: 'Intro videos',
    declineReason: null,
    budgetWarning: 'NONE',
    studioName: null,
    decidedBy: null,
    decidedAt: null,
    createdAt: null,
    permissions: null,
    version: null,
    ...overrides,
  };
}

export function videoCosts(overrides: Partial<VideoCosts> = {}): VideoCosts {
  return {
    budgetDkk: 35000,
    plannedHours: 80,
    plannedDkk: 28000,
    bookedDkk: 700,
    confirmedDkk: 0,
    remainingDkk: 34300,
    warning: 'NONE',
    ...overrides,
  };
}

export function networkMeeting(overrides: Partial<NetworkMeeting> = {}): NetworkMeeting {
  return {
    id: 'n-1',
    title: 'Video that works',
    startsAt: '2099-03-01T13:00:00Z',
    endsAt: '2099-03-01T15:00:00Z',
    location: 'Building 101, room S09',
    description: 'Short talks on producing MOOC video.',
    capacity: 30,
    registered: 12,
    youAreRegistered: false,
    placesLeft: null,
    attended: null,
    plannedBy: null,
    ...overrides,
  };
}

/** production-service for one production: the production and its parts, as mutable state. */
export interface ProductionState {
  production: Production;
  feedback: FeedbackRound[];
  bookings: Booking[];
  costs: VideoCosts;
  studios: Studio[];
  calendar: Booking[];
  suggestions: { name: string; email: string; department: string; moocTitle: string; launchDate: string }[];
}

export function productionState(overrides: Partial<ProductionState> = {}): ProductionState {
  return {
    production: production(),
    feedback: feedbackRounds(),
    bookings: [booking()],
    costs: videoCosts(),
    studios: studios(),
    calendar: [],
    suggestions: [
      { name: 'Karen Colleague', email: 'karen@example.org', department: 'Compute', moocTitle: 'Wind Energy Basics', launchDate: '2025-09-01' },
    ],
    ...overrides,
  };
}

/** Answers the reads of the production page from the state. */
export function productionReads(state: ProductionState): Handler {
  return (method, url) => {
    if (method !== 'GET') return undefined;
    const path = url.split('?')[0];
    if (path === PRODUCTION_URL) return json(state.production);
    if (path === `${PRODUCTION_URL}/feedback`) return json(state.feedback);
    if (path === `${PRODUCTION_URL}/feedback/colleague-suggestions`) return json(state.suggestions);
    if (path === `${PRODUCTION_URL}/bookings`) return json(state.bookings);
    if (path === `${PRODUCTION_URL}/video-costs`) return json(state.costs);
    if (path === '/api/production/studios') return json(state.studios);
    if (/^\/api\/production\/studios\/[^/]+\/bookings$/.test(path)) return json(state.calendar);
    return undefined;
  };
}

export { json, problem };
