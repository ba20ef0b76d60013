/**
 * production-service's API types (docs/production.md), taken from its committed OpenAPI document
 * (src/api/generated/production.ts): the development plan, team, feedback rounds, QA gates and launch, video
 * bookings and the network's meetings.
 */
import type { components, operations } from '../../shared/api/generated/production';
import type { Input, Present, View, With } from '../../shared/api/wire';

type Schemas = components['schemas'];

export const KNOWN_PRODUCTION_STATUSES = ['PLANNING', 'IN_PRODUCTION', 'LAUNCHED', 'RETIRED'] as const satisfies readonly Schemas['ProductionStatus'][];
export type ProductionStatus = Schemas['ProductionStatus'];

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
] as const satisfies readonly Schemas['ProductionPermission'][];
export type ProductionPermission = Schemas['ProductionPermission'];

export const MILESTONE_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE'] as const satisfies readonly Schemas['MilestoneStatus'][];
export type MilestoneStatus = Schemas['MilestoneStatus'];
export type MilestoneOwner = Schemas['MilestoneOwner'];
/**
 * What the caller may do with one milestone now: CHANGE_STATUS (its owner: a STUDY_BOARD milestone the department's
 * board, a MEDIALAB one MediaLab, the others the instructor and the consultants), MOVE_DUE (the instructor, a consultant).
 */
export type MilestonePermission = Schemas['MilestonePermission'];

/** One milestone of the development plan; dates are YYYY-MM-DD. */
export type Milestone = Present<View<Schemas['Milestone']>, 'key' | 'name' | 'owner' | 'dueDate' | 'status'>;

export const PRODUCTION_TEAM_ROLES = ['INSTRUCTOR', 'ASSISTANT', 'CONSULTANT'] as const satisfies readonly Schemas['TeamRole'][];
export type ProductionTeamRole = Schemas['TeamRole'];
export type ProductionTeamMember = Present<View<Schemas['TeamMember']>, 'name' | 'role'>;

export type Gate = Present<View<Schemas['QaGate']>, 'key' | 'met' | 'blocking'>;
export type UserTest = Present<View<Schemas['UserTest']>, 'testedOn' | 'students' | 'colleagues' | 'findings'>;
export type LaunchApprovalStatus = Schemas['LaunchApprovalStatus'];
export type LaunchApproval = Present<View<Schemas['LaunchApproval']>, 'status'>;
export type ProductionLaunch = View<Schemas['Launch']>;
export type MaintenanceTask = Present<View<Schemas['MaintenanceTask']>, 'id' | 'status'>;
/** The next milestone that is not done, as a list item summarises it. */
export type MilestoneSummary = Present<View<Schemas['NextMilestone']>, 'key' | 'name' | 'dueDate'>;

/** A production; `milestones` (and the other parts) when one production is read. */
export type Production = With<
  Present<View<Schemas['Production']>, 'moocId' | 'title' | 'department' | 'status' | 'newContent' | 'version'>,
  { milestones: Milestone[] | null; team: ProductionTeamMember[] | null; gates: Gate[] | null; userTest: UserTest | null; launchApproval: LaunchApproval | null; maintenanceTasks: MaintenanceTask[] | null; nextMilestone: MilestoneSummary | null }
>;

/** Only what the caller may change: the due date with EDIT_PLAN, the status with the milestone's CHANGE_STATUS. */
export type MilestoneChange = Input<Schemas['MilestoneChange']>;
export type TeamInput = Input<Schemas['Team']>;

export const FEEDBACK_ROUNDS = ['TEACHING_PLAN', 'MATERIAL'] as const satisfies readonly Schemas['FeedbackRoundKind'][];
export type FeedbackRoundKey = Schemas['FeedbackRoundKind'];
export type CommentResolution = Schemas['FeedbackResolution'];
export type FeedbackComment = Present<View<Schemas['FeedbackComment']>, 'id' | 'authorRole' | 'text' | 'createdAt' | 'resolution'>;
export type FeedbackRound = With<
  Present<View<Schemas['FeedbackRound']>, 'round' | 'status' | 'comments'>,
  { comments: FeedbackComment[] }
>;
export type ColleagueSuggestion = Present<View<Schemas['ColleagueSuggestion']>, 'name' | 'email'>;
/** The colleague invited to give feedback on a round. */
export type ColleagueInput = Input<Schemas['Colleague']>;
/** How a comment was settled (not OPEN again) and why. */
export type CommentResolutionInput = Input<Schemas['CommentResolution']>;

export type UserTestInput = Input<Schemas['UserTestRecord']>;
export type LaunchApprovalInput = Input<Schemas['LaunchDecision']>;
export type LaunchInput = Input<Schemas['LaunchRequest']>;

export type StudioKey = Schemas['StudioKey'];
export type Weekday = Schemas['DayOfWeek'];
export type OpeningHours = Present<View<Schemas['OpeningHours']>, 'day' | 'opens' | 'closes'>;
export type Studio = With<
  Present<View<Schemas['Studio']>, 'key' | 'name' | 'hourlyRateDkk' | 'needsConfirmation' | 'openingHours'>,
  { openingHours: OpeningHours[] }
>;
export type BookingStatus = Schemas['BookingStatus'];
/** A booking in a studio's calendar. */
export type StudioBooking = Present<View<Schemas['CalendarEntry']>, 'id' | 'studio' | 'start' | 'end' | 'status'>;
/** What the caller may do with a booking now. */
export type BookingPermission = Schemas['BookingPermission'];
export type Booking = Present<View<Schemas['Booking']>, 'id' | 'studio' | 'start' | 'end' | 'status'>;
export type BookingInput = Input<Schemas['BookingInput']>;
export type VideoCostWarning = Schemas['VideoBudgetWarning'];
export type VideoCosts = Present<View<Schemas['VideoCosts']>, 'bookedDkk' | 'confirmedDkk' | 'warning'>;

/** A meeting of the "Online Teaching and MOOCs" network. */
export type NetworkMeeting = Present<View<Schemas['NetworkMeeting']>, 'id' | 'title' | 'startsAt' | 'registered' | 'youAreRegistered'>;
export type NetworkMeetingInput = Input<Schemas['NetworkMeetingInput']>;
export type NetworkRegistration = Present<View<Schemas['NetworkRegistration']>, 'username' | 'attended'>;
/** Which network meetings a list shows. */
export type NetworkMeetingsWhen = NonNullable<NonNullable<operations['listNetworkMeetings']['parameters']['query']>['when']>;
