// review-service's calls of the API client: the steering committee's cases, their members, assessments, discussion
// and decision, and its meetings with their agendas.
import type { Agenda, Assessment, AssessmentInput, CommitteeMember, DecisionDraft, DeclarationInput, DiscussionPost, Meeting, MeetingInput, OverviewEntry, ReviewCase, ReviewCaseDossier, ReviewCaseStatus, ReviewDecisionInput, ReviewOutcome } from '../../review/api/reviewTypes';
import type { Page } from './sharedTypes';
import { answer, type ServiceClients } from './transport';
import { sent } from './wire';

export interface ReviewCalls {
  /** One page of the review cases, newest first; with `status` only those (e.g. OPEN). */
  listReviewCases(page: number, size: number, signal?: AbortSignal, status?: ReviewCaseStatus): Promise<Page<ReviewCase>>;
  /** The open cases ranked by their overall average, best first. */
  getReviewOverview(signal?: AbortSignal): Promise<OverviewEntry[]>;
  getReviewCase(id: string, signal?: AbortSignal): Promise<ReviewCase>;
  /** The case with its assessments, discussion and roster (each null where the reader may not read it), in one request. */
  getReviewCaseDossier(id: string, signal?: AbortSignal): Promise<ReviewCaseDossier>;
  /** The steering committee's roster. */
  listCommitteeMembers(signal?: AbortSignal): Promise<CommitteeMember[]>;
  assignCaseMember(id: string, username: string): Promise<ReviewCase>;
  /** The signed-in committee member joins the case. */
  volunteerForCase(id: string): Promise<ReviewCase>;
  declareConflict(id: string, input: DeclarationInput): Promise<ReviewCase>;
  handOverCase(id: string, username: string): Promise<ReviewCase>;
  /** Gives or replaces the signed-in member's assessment. */
  submitAssessment(id: string, input: AssessmentInput): Promise<ReviewCase>;
  listAssessments(id: string, signal?: AbortSignal): Promise<Assessment[]>;
  listDiscussion(id: string, signal?: AbortSignal): Promise<DiscussionPost[]>;
  postToDiscussion(id: string, text: string): Promise<DiscussionPost>;
  draftDecisionLetter(id: string, outcome: ReviewOutcome, signal?: AbortSignal): Promise<DecisionDraft>;
  decideCase(id: string, input: ReviewDecisionInput): Promise<ReviewCase>;
  /** The committee's meetings: upcoming ones (soonest first), or with `past` the past ones. */
  listMeetings(past: boolean, signal?: AbortSignal): Promise<Meeting[]>;
  /** The chair plans a meeting. */
  createMeeting(input: MeetingInput): Promise<Meeting>;
  /** One meeting with the cases on its agenda. */
  getMeeting(id: string, signal?: AbortSignal): Promise<Meeting>;
  /** The chair puts an open review case on the meeting's agenda. */
  addMeetingCase(id: string, caseId: string): Promise<Meeting>;
  /** The chair takes a case off the meeting's agenda. */
  removeMeetingCase(id: string, caseId: string): Promise<Meeting>;
  /** The printable agenda pack: per case the snapshot, rounds, members and summary. */
  getAgenda(id: string, signal?: AbortSignal): Promise<Agenda>;
}

export function reviewCalls(review: ServiceClients['review']): ReviewCalls {
  const caseId = (id: string) => ({ path: { id } });
  const meetingId = (id: string) => ({ path: { id } });
  return {
    listReviewCases: (page, size, signal, status) =>
      answer(review.GET('/review-cases', { params: { query: { status: status || undefined, page, size } }, signal })),
    getReviewOverview: (signal) => answer(review.GET('/review-cases/overview', { signal })),
    getReviewCase: (id, signal) => answer(review.GET('/review-cases/{id}', { params: caseId(id), signal })),
    getReviewCaseDossier: (id, signal) => answer(review.GET('/review-cases/{id}/dossier', { params: caseId(id), signal })),
    listCommitteeMembers: (signal) => answer(review.GET('/committee/members', { signal })),
    assignCaseMember: (id, username) =>
      answer(review.POST('/review-cases/{id}/members', { params: caseId(id), body: { username } })),
    volunteerForCase: (id) => answer(review.POST('/review-cases/{id}/members/me', { params: caseId(id) })),
    declareConflict: (id, input) =>
      answer(review.PUT('/review-cases/{id}/members/me/declaration', { params: caseId(id), body: sent(input) })),
    handOverCase: (id, username) =>
      answer(review.PUT('/review-cases/{id}/acting-chair', { params: caseId(id), body: { username } })),
    submitAssessment: (id, input) =>
      answer(review.PUT('/review-cases/{id}/assessments/me', { params: caseId(id), body: sent(input) })),
    listAssessments: (id, signal) => answer(review.GET('/review-cases/{id}/assessments', { params: caseId(id), signal })),
    listDiscussion: (id, signal) => answer(review.GET('/review-cases/{id}/discussion', { params: caseId(id), signal })),
    postToDiscussion: (id, text) =>
      answer(review.POST('/review-cases/{id}/discussion', { params: caseId(id), body: { text } })),
    draftDecisionLetter: (id, outcome, signal) =>
      answer(review.GET('/review-cases/{id}/decision/draft', { params: { ...caseId(id), query: { outcome } }, signal })),
    decideCase: (id, input) => answer(review.POST('/review-cases/{id}/decision', { params: caseId(id), body: sent(input) })),
    listMeetings: (past, signal) =>
      answer(review.GET('/meetings', { params: { query: { past: past ? true : undefined } }, signal })),
    createMeeting: (input) => answer(review.POST('/meetings', { body: sent(input) })),
    getMeeting: (id, signal) => answer(review.GET('/meetings/{id}', { params: meetingId(id), signal })),
    addMeetingCase: (id, caseToAdd) =>
      answer(review.POST('/meetings/{id}/cases', { params: meetingId(id), body: { caseId: caseToAdd } })),
    removeMeetingCase: (id, caseToRemove) =>
      answer(review.DELETE('/meetings/{id}/cases/{caseId}', { params: { path: { id, caseId: caseToRemove } } })),
    getAgenda: (id, signal) => answer(review.GET('/meetings/{id}/agenda', { params: meetingId(id), signal })),
  };
}
