/** production-service's shapes (docs/production.md). */
/** A quality-assurance gate that blocks the launch, as a refused launch lists it. */
export interface UnmetGate {
  key: string;
  detail: string | null;
}

/* ------------------------------------------------------------------------------------------------
 * Production (production-service, docs/production.md): the development plan, team, feedback rounds,
 * QA gates and launch, video bookings and the network's meetings.
 * --------------------------------------------------------------------------------------------- */

export const KNOWN_PRODUCTION_STATUSES = ['PLANNING', 'IN_PRODUCTION', 'LAUNCHED', 'RETIRED'] as const;
export type ProductionStatus = (typeof KNOWN_PRODUCTION_STATUSES)[number] | (string & {});

/** What the caller may do with a production now (the server checks again). */
export const PRODUCTION_PERMISSIONS = [
  'EDIT_PLAN',
  'MANAGE_TEAM',
  'COMMENT',
  'RESOLVE_COMMENTS',
  'CLOSE_FEEDBACK',
  'INVITE_COLLEAGUE',
  'RECORD_USER_TEST',
  'REQUEST_LAUNCH_APPROVAL',
  'DECIDE_LAUNCH_APPROVAL',
  'LAUNCH',
  'BOOK',
  'MANAGE_MAINTENANCE',
] as const;
export type ProductionPermission = (typeof PRODUCTION_PERMISSIONS)[number] | (string & {});

export const MILESTONE_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number] | (string & {});
export type MilestoneOwner = 'INSTRUCTOR' | 'CONSULTANT' | 'MEDIALAB' | 'STUDY_BOARD' | (string & {});
/**
 * What the caller may do with one milestone now: CHANGE_STATUS (its owner: a STUDY_BOARD milestone the department's
 * board, a MEDIALAB one MediaLab, the others the instructor and the consultants), MOVE_DUE (the instructor, a consultant).
 */
export type MilestonePermission = 'CHANGE_STATUS' | 'MOVE_DUE' | (string & {});

/** One milestone of the development plan; dates are YYYY-MM-DD. */
export interface Milestone {
  key: string;
  name: string;
  owner: MilestoneOwner;
  durationDays?: number;
  /** Keys of the milestones it waits for (finish-to-start). */
  dependsOn?: string[];
  mandatory?: boolean;
  dueDate: string;
  /** The due date in the first agreed plan; null before a baseline. */
  baselineDueDate?: string | null;
  /** Days late against the baseline (negative: early); null before a baseline. */
  slipDays?: number | null;
  /** A new due date proposed because a predecessor moved later. */
  proposedDueDate?: string | null;
  status: MilestoneStatus;
  doneOn?: string | null;
  /** Past its due date and not done. */
  overdue?: boolean;
  /** What the caller may do with this milestone; none when absent. */
  permissions?: MilestonePermission[];
}

export const PRODUCTION_TEAM_ROLES = ['INSTRUCTOR', 'ASSISTANT', 'CONSULTANT'] as const;
export type ProductionTeamRole = (typeof PRODUCTION_TEAM_ROLES)[number] | (string & {});

export interface ProductionTeamMember {
  name: string;
  email: string | null;
  role: ProductionTeamRole;
  /** What the programme assigns to the role, in the server's words. */
  responsibilities?: string[];
  /** True until the person first signs in with this verified address. */
  pending?: boolean;
}

export interface Gate {
  key: string;
  met: boolean;
  /** A gate that is not blocking only warns (the user test of a MOOC that builds on an existing course). */
  blocking: boolean;
  detail?: string | null;
}

export interface UserTest {
  testedOn: string;
  students: number;
  colleagues: number;
  findings: string;
  recordedBy?: string | null;
}

export type LaunchApprovalStatus = 'NOT_REQUESTED' | 'REQUESTED' | 'APPROVED' | 'DECLINED' | (string & {});

export interface LaunchApproval {
  status: LaunchApprovalStatus;
  requestedAt?: string | null;
  decidedAt?: string | null;
  /** A name, or a person (the contract leaves the shape open). */
  decidedBy?: string | { name?: string | null } | null;
  comment?: string | null;
}

export interface ProductionLaunch {
  courseUrl: string | null;
  launchDate: string | null;
  launchedAt?: string | null;
}

export interface MaintenanceTask {
  id: string;
  semester: string | null;
  description: string;
  status: 'OPEN' | 'DONE' | (string & {});
  createdAt?: string | null;
  doneAt?: string | null;
}

/** The next milestone that is not done, as a list item may summarise it. */
export interface MilestoneSummary {
  key: string;
  name: string;
  dueDate: string;
  overdue?: boolean;
}

/** A warning of a non-blocking gate: the gate's key and detail, or a plain text. */
export type ProductionWarning = string | { key?: string; detail?: string | null; message?: string | null };

/** A production; `milestones` (and the other parts) when one production is read. */
export interface Production {
  moocId: string;
  title: string;
  department: string;
  instructorName: string | null;
  status: ProductionStatus;
  startedAt?: string | null;
  approvedOn?: string | null;
  newContent: boolean;
  plannedLaunchSemester?: string | null;
  videoBudgetDkk: number | null;
  baselineAgreedAt?: string | null;
  /** Optimistic-locking version; also the ETag, sent as If-Match on plan and team changes. */
  version: number;
  permissions?: ProductionPermission[];
  milestones?: Milestone[] | null;
  team?: ProductionTeamMember[] | null;
  gates?: Gate[] | null;
  userTest?: UserTest | null;
  launchApproval?: LaunchApproval | null;
  launch?: ProductionLaunch | null;
  maintenanceTasks?: MaintenanceTask[] | null;
  warnings?: ProductionWarning[] | null;
  /** The next milestone not done, by due date (also on list items, which carry no milestones). */
  nextMilestone?: MilestoneSummary | null;
  /** How many milestones are past their due date and not done (also on list items). */
  overdueMilestones?: number | null;
  /** An older name of `overdueMilestones`, still read. */
  overdueCount?: number | null;
}

/** Only what the caller may change: the due date with EDIT_PLAN, the status with the milestone's CHANGE_STATUS. */
export interface MilestoneChange {
  dueDate?: string;
  status?: MilestoneStatus;
}

export interface TeamInput {
  members: { name: string; email: string; role: ProductionTeamRole }[];
}

export const FEEDBACK_ROUNDS = ['TEACHING_PLAN', 'MATERIAL'] as const;
export type FeedbackRoundKey = (typeof FEEDBACK_ROUNDS)[number] | (string & {});

export type CommentResolution = 'OPEN' | 'RESOLVED' | 'DECLINED' | (string & {});

export interface FeedbackComment {
  id: string;
  author: string | { name?: string | null; email?: string | null } | null;
  authorRole: 'CONSULTANT' | 'COLLEAGUE' | (string & {});
  text: string;
  createdAt: string;
  resolution: CommentResolution;
  resolutionNote?: string | null;
}

export interface FeedbackRound {
  round: FeedbackRoundKey;
  status: 'OPEN' | 'CLOSED' | (string & {});
  /** `pending` until the colleague first signs in with the invited, verified address. */
  colleague: { name: string; email: string; pending?: boolean } | null;
  closedAt?: string | null;
  closedBy?: string | { name?: string | null } | null;
  comments: FeedbackComment[];
}

export interface ColleagueSuggestion {
  name: string;
  email: string;
  department: string | null;
  moocTitle: string | null;
  launchDate: string | null;
}

export interface UserTestInput {
  testedOn: string;
  students: number;
  colleagues: number;
  findings: string;
}

export interface LaunchApprovalInput {
  decision: 'APPROVED' | 'DECLINED';
  comment: string | null;
}

export interface LaunchInput {
  courseUrl: string;
  launchDate: string;
}

export type StudioKey = 'MEDIALAB' | 'LYNGBY_LIBRARY' | 'BALLERUP' | 'RISOE' | (string & {});
export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY' | (string & {});

export interface OpeningHours {
  day: Weekday;
  /** "08:00" */
  opens: string;
  closes: string;
}

export interface Studio {
  key: StudioKey;
  name: string;
  campus: string | null;
  hourlyRateDkk: number;
  needsConfirmation: boolean;
  openingHours: OpeningHours[];
}

export type BookingStatus = 'REQUESTED' | 'CONFIRMED' | 'DECLINED' | 'CANCELLED' | (string & {});

/** A booking in a studio's calendar. */
export interface StudioBooking {
  id: string;
  studio: StudioKey;
  /** ISO 8601 with offset */
  start: string;
  end: string;
  status: BookingStatus;
  moocId: string | null;
  moocTitle: string | null;
}

/** What the caller may do with a booking now. */
export type BookingPermission = 'CANCEL' | 'CONFIRM' | 'DECLINE' | (string & {});

export interface Booking extends StudioBooking {
  /** The studio's name as production-service words it. */
  studioName?: string | null;
  costDkk: number | null;
  decidedBy?: string | null;
  decidedAt?: string | null;
  createdAt?: string | null;
  permissions?: BookingPermission[];
  version?: number;
  bookedBy?: string | { name?: string | null } | null;
  note?: string | null;
  declineReason?: string | null;
  budgetWarning?: VideoCostWarning | null;
}

export interface BookingInput {
  studio: StudioKey;
  start: string;
  end: string;
  note: string | null;
  /** Book although the booked cost then exceeds the video budget. */
  overBudget?: boolean;
}

export type VideoCostWarning = 'NONE' | 'NEAR_LIMIT' | 'EXCEEDED' | (string & {});

export interface VideoCosts {
  budgetDkk: number | null;
  plannedHours: number | null;
  plannedDkk: number | null;
  bookedDkk: number;
  confirmedDkk: number;
  remainingDkk: number | null;
  warning: VideoCostWarning;
}

/** A meeting of the "Online Teaching and MOOCs" network. */
export interface NetworkMeeting {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  description: string | null;
  capacity: number | null;
  registered: number;
  youAreRegistered: boolean;
  /** How many attended (organisers only). */
  attended?: number | null;
  placesLeft?: number | null;
  plannedBy?: string | null;
}

export interface NetworkMeetingInput {
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  description: string | null;
  /** 1–1000 */
  capacity: number;
}

export interface NetworkRegistration {
  username: string;
  name: string | null;
  email: string | null;
  registeredAt: string | null;
  attended: boolean;
}
