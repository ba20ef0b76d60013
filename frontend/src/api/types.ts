import type { UnmetGate } from './productionTypes';

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

// The review-service and production-service shapes live beside this file; every client imports them from here.
export * from './reviewTypes';
export * from './productionTypes';
