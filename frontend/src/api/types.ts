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
}
