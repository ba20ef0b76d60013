/** React Query hooks of review-service: review cases, the committee's work on them, meetings and agendas. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssessmentInput, DeclarationInput, DiscussionPost, Meeting, MeetingInput, ReviewCase, ReviewDecisionInput, ReviewOutcome, ReviewPermission } from './reviewTypes';
import type { UserRef } from './reviewTypes';
import { answer } from '../../shared/api/client';
import { AS_PART } from '../../shared/api/queryClient';
import type { components } from '../../shared/api/generated/review';
import { useApi } from '../../shared/api/useApi';
import type { Present, View, With } from '../../shared/api/wire';

import { OPEN_CASES_SIZE, PAGE_SIZE, queryKeys } from '../../shared/api/queryKeys';

export function useReviewCases(page: number, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.reviewCases(page),
    queryFn: ({ signal }) => api.listReviewCases(page, PAGE_SIZE, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The open cases ranked by their overall average, best first. */
export function useReviewOverview(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.reviewOverview(),
    queryFn: ({ signal }) => api.getReviewOverview(signal),
    enabled,
  });
}

/**
 * One review case. With `withParts` (the case's page) it is read with its assessments, discussion and the committee's
 * roster in one request (the case's dossier), and each part the reader may read is kept as that part's own cached read,
 * so the page's sections need no request of their own; each part is still refreshed and invalidated by its own key.
 */
export function useReviewCase(id: string, { withParts = false }: { withParts?: boolean } = {}) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.reviewCase(id),
    queryFn: async ({ signal }): Promise<ReviewCase> => {
      if (!withParts) return api.getReviewCase(id, signal);
      const { reviewCase, assessments, discussion, committee } = await api.getReviewCaseDossier(id, signal);
      if (assessments) queryClient.setQueryData(queryKeys.assessments(id), assessments);
      if (discussion) queryClient.setQueryData(queryKeys.discussion(id), discussion);
      if (committee) queryClient.setQueryData(queryKeys.committeeMembers(), committee);
      return reviewCase;
    },
  });
}

/** The committee's roster; read only where members are assigned. */
export function useCommitteeMembers(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.committeeMembers(),
    queryFn: ({ signal }) => api.listCommitteeMembers(signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** The members' assessments; only with READ_ASSESSMENTS (the API answers 403 otherwise). */
export function useAssessments(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.assessments(id),
    queryFn: ({ signal }) => api.listAssessments(id, signal),
    enabled,
    ...AS_PART,
  });
}

export function useDiscussion(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.discussion(id),
    queryFn: ({ signal }) => api.listDiscussion(id, signal),
    enabled,
    ...AS_PART,
  });
}

/** A review case's history, oldest first (`GET /review-cases/{id}/history`). */
export type CaseHistoryEntry = With<Present<View<components['schemas']['ReviewCaseHistoryEntry']>, 'at' | 'action'>, { actor: UserRef | null }>;

/** Its key starts with "review-cases", so a change to the case reads it again. */
export const caseHistoryKey = (id: string) => ['review-cases', 'history', id] as const;

/** The case's history; read only where the reader's roles may (committee, admin) and once it is opened. */
export function useCaseHistory(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: caseHistoryKey(id),
    queryFn: ({ signal }) =>
      answer<components['schemas']['ReviewCaseHistoryEntry'][], CaseHistoryEntry[]>(
        api.services.review.GET('/review-cases/{id}/history', { params: { path: { id } }, signal }),
      ),
    enabled,
  });
}

/**
 * After a change to a case: its new state is known; the lists, the overview, the assessments and the
 * discussion must be re-read (membership, conflicts and scores decide what they show). A change can also take
 * the right to read them away (a chair who joins the case as a member sees the scores only after their own
 * assessment; a declared conflict hides them): those are dropped, not re-read, since the page still shows them
 * until it renders the new case and re-reading them now would only be refused.
 */
function useReviewCaseChanged() {
  const queryClient = useQueryClient();
  return (reviewCase: ReviewCase) => {
    queryClient.setQueryData(queryKeys.reviewCase(reviewCase.id), reviewCase);
    const may = (p: ReviewPermission) => reviewCase.permissions?.includes(p) ?? false;
    const readAssessments = may('READ_ASSESSMENTS');
    const readDiscussion = readAssessments || may('DISCUSS');
    const dropped = [
      ...(readAssessments ? [] : [queryKeys.assessments(reviewCase.id)]),
      ...(readDiscussion ? [] : [queryKeys.discussion(reviewCase.id)]),
    ];
    for (const queryKey of dropped) queryClient.removeQueries({ queryKey });
    return Promise.all(
      [
        queryKeys.reviewCaseLists(),
        queryKeys.reviewOverview(),
        caseHistoryKey(reviewCase.id),
        ...(readAssessments ? [queryKeys.assessments(reviewCase.id)] : []),
        ...(readDiscussion ? [queryKeys.discussion(reviewCase.id)] : []),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
}

/** A step on one review case that answers with the updated case. */
function useReviewCaseAction<V extends { id: string }>(call: (variables: V) => Promise<ReviewCase>) {
  const changed = useReviewCaseChanged();
  return useMutation({
    mutationFn: call,
    onSuccess: (reviewCase) => changed(reviewCase),
  });
}

export function useAssignCaseMember() {
  const api = useApi();
  return useReviewCaseAction(({ id, username }: { id: string; username: string }) => api.assignCaseMember(id, username));
}

export function useVolunteerForCase() {
  const api = useApi();
  return useReviewCaseAction(({ id }: { id: string }) => api.volunteerForCase(id));
}

export function useDeclareConflict() {
  const api = useApi();
  return useReviewCaseAction(({ id, input }: { id: string; input: DeclarationInput }) => api.declareConflict(id, input));
}

export function useHandOverCase() {
  const api = useApi();
  return useReviewCaseAction(({ id, username }: { id: string; username: string }) => api.handOverCase(id, username));
}

export function useSubmitAssessment() {
  const api = useApi();
  return useReviewCaseAction(({ id, input }: { id: string; input: AssessmentInput }) => api.submitAssessment(id, input));
}

export function useDecideCase() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useReviewCaseChanged();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ReviewDecisionInput }) => api.decideCase(id, input),
    // The decision sets the proposal's status too (through mooc.review.decided.v1).
    onSuccess: (reviewCase) =>
      Promise.all([changed(reviewCase), queryClient.invalidateQueries({ queryKey: ['proposals'] })]),
  });
}

/** The chair's draft of the decision letter for an outcome; nothing is stored. */
export function useDraftDecisionLetter() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ id, outcome }: { id: string; outcome: ReviewOutcome }) => api.draftDecisionLetter(id, outcome),
  });
}

export function usePostToDiscussion() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) => api.postToDiscussion(id, text),
    onSuccess: (post: DiscussionPost, { id }) => {
      queryClient.setQueryData<DiscussionPost[]>(queryKeys.discussion(id), (posts) =>
        posts && !posts.some((p) => p.id === post.id) ? [...posts, post] : posts,
      );
      return queryClient.invalidateQueries({ queryKey: queryKeys.discussion(id) });
    },
  });
}

/** After a failed step: the case may have moved on, so read it again. */
export function useRefreshReviewCase() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.invalidateQueries({ queryKey: queryKeys.reviewCase(id) });
}

/** The committee's meetings: the upcoming ones, or the past ones. */
export function useMeetings(past: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.meetings(past),
    queryFn: ({ signal }) => api.listMeetings(past, signal),
  });
}

export function useMeeting(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.meeting(id),
    queryFn: ({ signal }) => api.getMeeting(id, signal),
  });
}

/** The agenda pack of a meeting. */
export function useAgenda(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.agenda(id),
    queryFn: ({ signal }) => api.getAgenda(id, signal),
  });
}

/** The open review cases (the first OPEN_CASES_SIZE), to put on an agenda; only for the chair. */
export function useOpenReviewCases(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.openReviewCases(),
    queryFn: ({ signal }) => api.listReviewCases(0, OPEN_CASES_SIZE, signal, 'OPEN'),
    enabled,
  });
}

/**
 * After a change to meetings: an answered meeting with its cases is shown at once; the lists, the meetings
 * and their agendas are read again.
 */
function useMeetingsChanged() {
  const queryClient = useQueryClient();
  return (meeting?: Meeting) => {
    if (meeting && Array.isArray(meeting.cases)) queryClient.setQueryData(queryKeys.meeting(meeting.id), meeting);
    return queryClient.invalidateQueries({ queryKey: ['meetings'] });
  };
}

export function useCreateMeeting() {
  const api = useApi();
  const changed = useMeetingsChanged();
  return useMutation({
    mutationFn: (input: MeetingInput) => api.createMeeting(input),
    onSuccess: (meeting) => changed(meeting),
  });
}

export function useAddMeetingCase() {
  const api = useApi();
  const changed = useMeetingsChanged();
  return useMutation({
    mutationFn: ({ id, caseId }: { id: string; caseId: string }) => api.addMeetingCase(id, caseId),
    onSuccess: (meeting) => changed(meeting),
  });
}

export function useRemoveMeetingCase() {
  const api = useApi();
  const changed = useMeetingsChanged();
  return useMutation({
    mutationFn: ({ id, caseId }: { id: string; caseId: string }) => api.removeMeetingCase(id, caseId),
    onSuccess: (meeting) => changed(meeting),
  });
}

/** After a failed step on a meeting: it may have changed, so read it again. */
export function useRefreshMeeting() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.invalidateQueries({ queryKey: queryKeys.meeting(id) });
}
