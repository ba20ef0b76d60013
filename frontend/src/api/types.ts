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

export type ProposalStatus = 'DRAFT' | 'SUBMITTED' | (string & {});

export interface Proposal {
  /** The MOOC id: born with the proposal, carried by every event. */
  id: string;
  title: string;
  summary: string;
  department: string;
  instructor: PersonRef;
  newContent: boolean;
  courseCode: string | null;
  /** e.g. "2027-autumn" */
  plannedLaunchSemester: string;
  expectedEnrolments: number;
  status: ProposalStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export interface NewProposal {
  title: string;
  summary: string;
  newContent: boolean;
  courseCode?: string;
  plannedLaunchSemester: string;
  expectedEnrolments: number;
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
}
