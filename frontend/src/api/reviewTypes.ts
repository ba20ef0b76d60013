/** review-service's shapes (docs/review.md): review cases, assessments, decisions, meetings and agendas. */
import type { PersonRef, Resources, TeamMember } from './types';

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
