/**
 * review-service's API types (docs/review.md), taken from its committed OpenAPI document
 * (src/api/generated/review.ts): review cases, assessments, decisions, meetings and agendas.
 */
import type { components } from '../../shared/api/generated/review';
import type { Input, Present, View, With } from '../../shared/api/wire';

type Schemas = components['schemas'];

/** The criteria every assessment scores, in the programme's order. */
export const REVIEW_CRITERIA = ['TOPIC', 'TEACHER', 'RESOURCES'] as const satisfies readonly Schemas['Criterion'][];
export type Criterion = Schemas['Criterion'];

/** The scale of a score: 1 insufficient … 5 excellent. */
export const SCORES = [1, 2, 3, 4, 5] as const;

export const RECOMMENDATIONS = ['APPROVE', 'REVISE', 'REJECT'] as const satisfies readonly Schemas['Recommendation'][];
export type Recommendation = Schemas['Recommendation'];

/** The chair's decision on a case (the proposal's status follows it). */
export const REVIEW_OUTCOMES = ['APPROVED', 'REVISION_REQUESTED', 'REJECTED'] as const satisfies readonly Schemas['Outcome'][];
export type ReviewOutcome = Schemas['Outcome'];

export type ReviewCaseStatus = Schemas['ReviewCaseStatus'];
export type Declaration = Schemas['ConflictDeclaration'];

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
] as const satisfies readonly Schemas['ReviewCasePermission'][];
export type ReviewPermission = Schemas['ReviewCasePermission'];

/** A committee member by their user name (`preferred_username`): a chair, an author, an actor. */
export type UserRef = Present<View<Schemas['CaseChair']>, 'username' | 'name'>;
/** A member of the steering committee, from the roster (`GET /committee/members`). */
export type CommitteeMember = Present<View<Schemas['RosterMember']>, 'username' | 'name'>;
/** A member assigned to (or volunteered for) a case, with their declaration and progress. */
export type CaseMember = Present<View<Schemas['CaseMember']>, 'username' | 'name' | 'volunteered' | 'declaration' | 'conflicted' | 'assessed'>;
export type CriterionSummary = Present<View<Schemas['CriterionFigures']>, 'criterion' | 'count'>;
export type CaseSummary = With<
  Present<View<Schemas['CriteriaSummary']>, 'criteria' | 'recommendations' | 'assessments'>,
  { criteria: CriterionSummary[] }
>;
export type RecommendationCounts = CaseSummary['recommendations'];
export type ReviewDecision = With<
  Present<View<Schemas['ReviewDecision']>, 'outcome'>,
  { decidedBy: UserRef | null }
>;
export type PreviousRound = Present<View<Schemas['PreviousRound']>, 'round' | 'outcome'>;
/** A review case: one round of the committee's review of a submitted proposal version. */
export type ReviewCase = With<
  Present<View<Schemas['ReviewCase']>, 'id' | 'moocId' | 'round' | 'proposalVersion' | 'status' | 'title' | 'department' | 'openedAt'>,
  { members: CaseMember[] | null; assessmentSummary: CaseSummary | null; decision: ReviewDecision | null; chair: UserRef | null; previousRound: PreviousRound | null }
>;
/** One line of the ranked overview of open cases (`GET /review-cases/overview`), best first. */
export type OverviewEntry = With<
  Present<View<Schemas['ReviewOverviewEntry']>, 'caseId' | 'moocId' | 'title' | 'department' | 'round' | 'members' | 'assessments' | 'criteria' | 'recommendations' | 'scoresHidden'>,
  { criteria: CriterionSummary[] }
>;
export type Score = Present<View<Schemas['AssessmentScore']>, 'criterion' | 'score' | 'comment'>;
/** One member's assessment (`GET /review-cases/{id}/assessments`). */
export type Assessment = With<
  Present<View<Schemas['Assessment']>, 'username' | 'name' | 'scores' | 'recommendation'>,
  { scores: Score[] }
>;
export type AssessmentInput = Input<Schemas['AssessmentInput']>;
export type DeclarationInput = Input<Schemas['DeclarationInput']>;
export type DiscussionPost = With<
  Present<View<Schemas['DiscussionPost']>, 'id' | 'author' | 'text' | 'postedAt'>,
  { author: UserRef }
>;
/**
 * `GET /review-cases/{id}/dossier`: the case with its assessments, discussion and (for whoever assigns its members) the
 * committee's roster, each as its own operation answers the reader; null where that operation would refuse them.
 */
export type ReviewCaseDossier = {
  reviewCase: ReviewCase;
  assessments: Assessment[] | null;
  discussion: DiscussionPost[] | null;
  committee: CommitteeMember[] | null;
};
export type DecisionDraft = Present<View<Schemas['LetterDraft']>, 'outcome' | 'letter'>;
export type ReviewDecisionInput = Input<Schemas['DecisionInput']>;

/** What the caller may do with a meeting now: EDIT (the chair) plans its agenda. */
export type MeetingPermission = Schemas['MeetingPermission'];
export type MeetingCase = Present<View<Schemas['MeetingCase']>, 'caseId' | 'moocId' | 'title' | 'department' | 'round' | 'status'>;
/** A committee meeting; `cases` only on `GET /meetings/{id}`. */
export type Meeting = With<
  Present<View<Schemas['Meeting']>, 'id' | 'title' | 'startsAt' | 'caseCount'>,
  { cases: MeetingCase[] | null }
>;
/** `POST /meetings`: `startsAt` must be in the future. */
export type MeetingInput = Input<Schemas['MeetingInput']>;
/** A member of a case in the agenda pack. */
export type AgendaMember = CaseMember;
/** One case of the agenda pack: the proposal snapshot, the rounds, the members and the summary. */
export type AgendaCase = With<
  Present<View<Schemas['AgendaCase']>, 'caseId' | 'moocId' | 'title' | 'department' | 'round' | 'members' | 'scoresHidden'>,
  { members: CaseMember[]; assessmentSummary: CaseSummary | null; previousRound: PreviousRound | null }
>;
/** `GET /meetings/{id}/agenda`: the meeting and its cases in agenda order. */
export type Agenda = With<
  Present<View<Schemas['Agenda']>, 'meeting' | 'cases'>,
  { meeting: Meeting; cases: AgendaCase[] }
>;
