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

/** Statuses this client knows; the server may add more, which are shown with a generic label. */
export const KNOWN_PROPOSAL_STATUSES = ['DRAFT', 'SUBMITTED', 'WITHDRAWN'] as const;
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
  sort?: SortKey;
  direction?: SortDirection;
  page: number;
  size: number;
}

export interface ReviewCase {
  id: string;
  moocId: string;
  proposalTitle: string;
  department: string;
  instructorName: string;
  round: number;
  status: 'OPEN' | (string & {});
  openedAt: string;
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
  correlationId?: string;
}
