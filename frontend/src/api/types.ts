export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

/** Statuses this client knows, in workflow order; the server may add more, which are shown with a generic label. */
export const KNOWN_PROPOSAL_STATUSES = [
  'DRAFT',
  'CONSULTATION_REQUESTED',
  'CONSULTANT_ASSIGNED',
  'CONSULTED',
  'ENDORSEMENT',
  'SUBMITTED',
  'REVISION_REQUESTED',
  'APPROVED',
  'REJECTED',
  'LAUNCHED',
  'WITHDRAWN',
] as const;
export type ProposalStatus = (typeof KNOWN_PROPOSAL_STATUSES)[number] | (string & {});

export const TEAM_ROLES = ['INSTRUCTOR', 'TEACHING_ASSISTANT', 'STUDENT_ASSISTANT'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface TeamMember {
  name: string;
  email: string | null;
  role: TeamRole | (string & {});
  /** True until the person first signs in with this verified address (the entry then grants access to that account). */
  pending?: boolean;
  boundAt?: string | null;
}

/** What the department allocates; every figure may still be missing in a draft. */
export interface Resources {
  staffHours: number | null;
  assistants: number | null;
  videoBudgetDkk: number | null;
}

/** What the caller may do with a proposal now (the server checks again). */
export const PERMISSIONS = [
  'EDIT',
  'REQUEST_CONSULTATION',
  'ASSIGN_CONSULTANT',
  'RECORD_CONSULTATION',
  'REQUEST_ENDORSEMENTS',
  'DECIDE_BOARD_APPROVAL',
  'SIGN',
  'SUBMIT',
  'WITHDRAW',
] as const;
export type Permission = (typeof PERMISSIONS)[number] | (string & {});

/** The consultation with a LearningLab consultant; `date` is YYYY-MM-DD. */
export interface Consultation {
  requestedAt: string | null;
  consultant: PersonRef | null;
  assignedAt: string | null;
  date: string | null;
  notes: string | null;
  recordedAt: string | null;
}

/**
 * NOT_REQUESTED, REQUESTED, APPROVED (board) / SIGNED (head), DECLINED, or VOID: given for content
 * that has changed since.
 */
export type EndorsementState =
  | 'NOT_REQUESTED'
  | 'REQUESTED'
  | 'APPROVED'
  | 'SIGNED'
  | 'DECLINED'
  | 'VOID'
  | (string & {});

/** The study board's approval or the Head of Department's signature, bound to the version decided on. */
export interface Endorsement {
  state: EndorsementState;
  requestedAt: string | null;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  comment: string | null;
  /** The version number decided on. */
  revision: number | null;
  /** The content hash decided on. */
  contentHash: string | null;
}

export type DecisionOutcome = 'APPROVED' | 'REJECTED' | 'REVISION_REQUESTED' | (string & {});

/** The steering committee's decision in the latest round. */
export interface Decision {
  outcome: DecisionOutcome;
  comments: string | null;
  decidedAt: string | null;
  round: number | null;
}

export interface Launch {
  courseUrl: string | null;
  launchDate: string | null;
}

export interface Proposal {
  /** The MOOC id: born with the proposal, carried by every event. */
  id: string;
  title: string;
  topic?: string | null;
  summary: string | null;
  targetLearners?: string | null;
  impactPotential?: string | null;
  uniqueness?: string | null;
  researchEnvironment?: string | null;
  teacherBackground?: string | null;
  phases?: string | null;
  team?: TeamMember[] | null;
  resources?: Resources | null;
  department: string;
  instructor: PersonRef;
  newContent: boolean;
  courseCode: string | null;
  /** e.g. "2027-autumn" */
  plannedLaunchSemester: string;
  expectedEnrolments: number | null;
  status: ProposalStatus;
  /** Optimistic-locking version; also the ETag. */
  version: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  /** The current version number of the content (1 until the first revision). */
  revision?: number;
  /** SHA-256 (hex) of the content and attachments; endorsements are bound to it. */
  contentHash?: string;
  consultation?: Consultation | null;
  boardApproval?: Endorsement | null;
  headSignature?: Endorsement | null;
  /** Both endorsements hold for the current content. */
  readyToSubmit?: boolean;
  decision?: Decision | null;
  launch?: Launch | null;
  withdrawnAt?: string | null;
  /** What the caller may do now; buttons are offered only from this list. */
  permissions?: Permission[];
}

/** Who must act on a proposal. */
export type NextActor =
  | 'INSTRUCTOR'
  | 'LEARNINGLAB'
  | 'CONSULTANT'
  | 'STUDY_BOARD'
  | 'HEAD_OF_DEPARTMENT'
  | 'COMMITTEE'
  | 'NOBODY'
  | (string & {});

/** What they must do. */
export type NextAction =
  | 'COMPLETE_APPLICATION'
  | 'REQUEST_CONSULTATION'
  | 'ASSIGN_CONSULTANT'
  | 'RECORD_CONSULTATION'
  | 'REQUEST_ENDORSEMENTS'
  | 'APPROVE'
  | 'SIGN'
  | 'REVISE'
  | 'SUBMIT'
  | 'AWAIT_REVIEW'
  | 'PRODUCE'
  | 'NONE'
  | (string & {});

/** `GET /proposals/{id}/next`: where the proposal stands and who acts next. */
export interface NextStep {
  stage: ProposalStatus;
  /** Application fields still empty (names as in the content, e.g. "topic", "team"). */
  missing: string[];
  nextActor: NextActor;
  nextAction: NextAction;
  /** Everyone who must act now; the first is nextActor/nextAction. */
  waitingFor?: { actor: NextActor; action: NextAction }[];
}

/** One version of the application (`GET /proposals/{id}/versions`). */
export interface ProposalVersion {
  number: number;
  contentHash: string;
  submittedAt: string | null;
  current: boolean;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** `GET /proposals/{id}/diff?from=&to=`: the changed fields and which endorsements they need. */
export interface ProposalDiff {
  from: number;
  /** null = the current content */
  to: number | null;
  changes: FieldChange[];
  boardApprovalNeeded: boolean;
  headSignatureNeeded: boolean;
}

export interface ConsultationInput {
  /** YYYY-MM-DD, not in the future */
  date: string;
  notes: string;
}

export interface BoardApprovalInput {
  decision: 'APPROVE' | 'DECLINE';
  comment: string | null;
  contentHash: string;
}

export interface HeadSignatureInput {
  decision: 'SIGN' | 'DECLINE';
  comment: string | null;
  contentHash: string;
}

export interface TeamMemberInput {
  name: string;
  email: string | null;
  role: TeamRole;
}

/**
 * The editable content of a proposal (POST creates a draft, PUT replaces a draft's content).
 * Only title, newContent and plannedLaunchSemester are required; courseCode when newContent is false.
 */
export interface ProposalInput {
  title: string;
  topic?: string | null;
  summary?: string | null;
  targetLearners?: string | null;
  impactPotential?: string | null;
  expectedEnrolments?: number | null;
  uniqueness?: string | null;
  researchEnvironment?: string | null;
  teacherBackground?: string | null;
  newContent: boolean;
  courseCode?: string | null;
  phases?: string | null;
  plannedLaunchSemester: string;
  team?: TeamMemberInput[];
  resources?: Resources;
}

/**
 * A file attached to a proposal (`GET /proposals/{id}/attachments`), e.g. the course outline. Its SHA-256 is
 * part of the proposal's content hash, so adding or removing one changes the content.
 */
export interface Attachment {
  id: string;
  fileName: string;
  /** One of the allowed media types, e.g. "application/pdf" or "text/markdown". */
  mediaType: string;
  sizeBytes: number;
  /** SHA-256 of the file, hex */
  sha256: string;
  uploadedAt: string;
  /** The uploader's name. */
  uploadedBy: string | null;
}

/** An attachment's bytes as downloaded, with the file name from Content-Disposition (if any). */
export interface AttachmentDownload {
  blob: Blob;
  fileName: string | null;
}

/** One line of a proposal's history, oldest first. */
export interface HistoryEntry {
  at: string;
  actorName: string;
  action: 'CREATED' | 'EDITED' | 'SUBMITTED' | (string & {});
  detail: string | null;
}

export const SORT_KEYS = ['UPDATED', 'TITLE', 'LAUNCH', 'STATUS'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** Search, filters, order and page of a proposal list (page is 0-based, as the API counts). */
export interface ProposalQuery {
  q?: string;
  status?: string;
  department?: string;
  semester?: string;
  /** A consultant's lists: the queue ("unassigned") or their own ("me"). */
  consultant?: 'unassigned' | 'me';
  sort?: SortKey;
  direction?: SortDirection;
  page: number;
  size: number;
}

/** The steering committee's review (review-service, docs/review.md). */

/** The criteria every assessment scores, in the programme's order; the server may add more. */
export const REVIEW_CRITERIA = ['TOPIC', 'TEACHER', 'RESOURCES'] as const;
export type Criterion = (typeof REVIEW_CRITERIA)[number] | (string & {});

/** The scale of a score: 1 insufficient … 5 excellent. */
export const SCORES = [1, 2, 3, 4, 5] as const;

export const RECOMMENDATIONS = ['APPROVE', 'REVISE', 'REJECT'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number] | (string & {});

/** The chair's decision on a case (the proposal's status follows it). */
export const REVIEW_OUTCOMES = ['APPROVED', 'REVISION_REQUESTED', 'REJECTED'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export type ReviewCaseStatus = 'OPEN' | 'DECIDED' | 'CLOSED' | (string & {});

export type Declaration = 'NOT_DECLARED' | 'NO_CONFLICT' | 'CONFLICT' | (string & {});

/** What the caller may do with a review case now (the server checks again). */
export const REVIEW_PERMISSIONS = [
  'ASSIGN',
  'VOLUNTEER',
  'DECLARE',
  'ASSESS',
  'READ_ASSESSMENTS',
  'DISCUSS',
  'HAND_OVER',
  'DECIDE',
] as const;
export type ReviewPermission = (typeof REVIEW_PERMISSIONS)[number] | (string & {});

/** A committee member by their user name (`preferred_username`). */
export interface UserRef {
  username: string;
  name: string;
}

/** A member of the steering committee, from the roster (`GET /committee/members`). */
export interface CommitteeMember extends UserRef {
  email: string | null;
  department: string | null;
}

/** A member assigned to (or volunteered for) a case, with their declaration and progress. */
export interface CaseMember extends CommitteeMember {
  volunteered: boolean;
  declaration: Declaration;
  declarationReason: string | null;
  /** Why a conflict was flagged automatically (department, team, instructor), or null. */
  automaticConflict: string | null;
  /** Declared or automatic: the member sees no scores and may not assess. */
  conflicted: boolean;
  assessed: boolean;
}

export interface CriterionSummary {
  criterion: Criterion;
  /** null while nobody has scored the criterion */
  average: number | null;
  /** highest − lowest score */
  spread: number | null;
  count: number;
}

export type RecommendationCounts = Partial<Record<Recommendation, number>>;

export interface CaseSummary {
  criteria: CriterionSummary[];
  average: number | null;
  recommendations: RecommendationCounts;
  assessments: number;
}

export interface ReviewDecision {
  outcome: ReviewOutcome | (string & {});
  comments: string | null;
  letter: string | null;
  decidedAt: string | null;
  decidedBy: UserRef | null;
}

export interface PreviousRound {
  round: number;
  outcome: ReviewOutcome | (string & {});
  comments: string | null;
}

/** A review case: one round of the committee's review of a submitted proposal version. */
export interface ReviewCase {
  id: string;
  moocId: string;
  round: number;
  proposalVersion: number;
  status: ReviewCaseStatus;
  // The proposal as submitted (a snapshot).
  title: string;
  topic?: string | null;
  /**
   * docs/review.md names both the proposal's summary (text) and the criteria summary `summary`;
   * read them with `proposalSummaryOf` / `criteriaSummaryOf` (src/api/reviewCase.ts), which accept either.
   */
  summary?: string | CaseSummary | null;
  proposalSummary?: string | null;
  /** The criteria summary (review-service names it so); null while hidden from the caller. */
  assessmentSummary?: CaseSummary | null;
  criteriaSummary?: CaseSummary | null;
  department: string;
  instructor: PersonRef | null;
  newContent?: boolean;
  courseCode?: string | null;
  plannedLaunchSemester?: string | null;
  expectedEnrolments?: number | null;
  resources?: Resources | null;
  team?: TeamMember[] | null;
  openedAt: string;
  daysWaiting?: number | null;
  closedAt?: string | null;
  closeReason?: string | null;
  previousRound?: PreviousRound | null;
  members?: CaseMember[];
  /** The chair who decides the case (the acting chair after a hand-over). */
  chair?: UserRef | null;
  decision?: ReviewDecision | null;
  /** The scores are hidden from the caller (a conflict of interest, or their own assessment is not in). */
  scoresHidden?: boolean;
  permissions?: ReviewPermission[];
  /** The assessments a decision needs; below it the deciding chair gives a reason (recorded in the history). */
  quorum?: number;
}

/** One line of the ranked overview of open cases (`GET /review-cases/overview`), best first. */
export interface OverviewEntry {
  caseId: string;
  moocId: string;
  title: string;
  department: string;
  round: number;
  daysWaiting: number | null;
  members: number;
  assessments: number;
  average: number | null;
  criteria: CriterionSummary[];
  recommendations: RecommendationCounts;
  /** The caller has a conflict of interest: no figures. */
  scoresHidden: boolean;
}

export interface Score {
  criterion: Criterion;
  score: number;
  comment: string;
}

/** One member's assessment (`GET /review-cases/{id}/assessments`). */
export interface Assessment extends UserRef {
  scores: Score[];
  recommendation: Recommendation;
  submittedAt: string | null;
  updatedAt?: string | null;
}

export interface AssessmentInput {
  scores: { criterion: Criterion; score: number; comment: string }[];
  recommendation: Recommendation;
}

export interface DeclarationInput {
  conflict: boolean;
  reason: string | null;
}

export interface DiscussionPost {
  id: string;
  author: UserRef;
  text: string;
  postedAt: string;
}

export interface DecisionDraft {
  outcome: ReviewOutcome | (string & {});
  letter: string;
}

export interface ReviewDecisionInput {
  outcome: ReviewOutcome;
  comments: string | null;
  letter: string;
  /** Required below the committee's quorum of assessments. */
  belowQuorumReason?: string | null;
}

/** Committee meetings and the agenda pack (review-service, docs/review.md). */

/** What the caller may do with a meeting now: EDIT (the chair) plans its agenda. */
export type MeetingPermission = 'EDIT' | (string & {});

/** A review case on a meeting's agenda. */
export interface MeetingCase {
  caseId: string;
  moocId: string;
  title: string;
  department: string;
  round: number;
  status: ReviewCaseStatus;
}

/** A committee meeting; `cases` only on `GET /meetings/{id}`. */
export interface Meeting {
  id: string;
  title: string;
  /** ISO 8601 date-time with offset */
  startsAt: string;
  location: string | null;
  caseCount: number;
  permissions?: MeetingPermission[];
  cases?: MeetingCase[];
}

/** `POST /meetings`: `startsAt` must be in the future. */
export interface MeetingInput {
  /** 1..200 characters */
  title: string;
  /** ISO 8601 date-time with the browser's offset, e.g. 2027-03-01T14:00:00+01:00 */
  startsAt: string;
  /** 0..200 characters */
  location: string;
}

/** A member of a case in the agenda pack. */
export interface AgendaMember {
  username: string;
  name: string;
  declaration: Declaration;
  conflicted: boolean;
  assessed: boolean;
}

/** One case of the agenda pack: the proposal snapshot, the rounds, the members and the summary. */
export interface AgendaCase {
  caseId: string;
  moocId: string;
  title: string;
  topic: string | null;
  summary: string | null;
  department: string;
  instructor: PersonRef | null;
  plannedLaunchSemester: string | null;
  expectedEnrolments: number | null;
  resources: Resources | null;
  round: number;
  previousRound: PreviousRound | null;
  members: AgendaMember[];
  /** null with `scoresHidden` (the caller has a conflict of interest in the case) */
  assessmentSummary: CaseSummary | null;
  scoresHidden: boolean;
}

/** `GET /meetings/{id}/agenda`: the meeting and its cases in agenda order. */
export interface Agenda {
  meeting: Pick<Meeting, 'id' | 'title' | 'startsAt' | 'location'>;
  cases: AgendaCase[];
}

/** RFC 9457 problem details, as every service returns them. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  /** Extension member of `urn:mooc:problem:precondition-failed`: the version the server has now. */
  currentVersion?: number;
  /** Extension member of `urn:mooc:problem:payload-too-large`: the largest body the server accepts. */
  maxBytes?: number;
  correlationId?: string;
  /** Extension member of a refused launch (409 `illegal-transition`): each blocking gate that is not met. */
  unmetGates?: UnmetGate[];
  /** Extension members of a booking refused above the video budget (409 `conflict`). */
  budgetDkk?: number;
  bookedDkk?: number;
  costDkk?: number;
  wouldBeBookedDkk?: number;
  /** Extension members of a refused CSV import (400 `validation`, analytics-service): where the file is wrong. */
  table?: string;
  line?: number;
  column?: string;
}

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
