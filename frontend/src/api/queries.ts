import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import type {
  AssessmentInput,
  Attachment,
  BoardApprovalInput,
  DeclarationInput,
  DiscussionPost,
  Meeting,
  MeetingInput,
  ReviewCase,
  ReviewDecisionInput,
  ReviewOutcome,
  ReviewPermission,
  ConsultationInput,
  HeadSignatureInput,
  Proposal,
  ProposalInput,
  ProposalQuery,
} from './types';
import { useApi } from './useApi';

export const PAGE_SIZE = 20;

/** Every proposal query starts with "proposals", so one invalidation refreshes lists, details and history. */
export const queryKeys = {
  proposalLists: () => ['proposals', 'list'] as const,
  proposals: (query: ProposalQuery) => ['proposals', 'list', query] as const,
  proposal: (id: string) => ['proposals', 'detail', id] as const,
  history: (id: string) => ['proposals', 'history', id] as const,
  next: (id: string) => ['proposals', 'next', id] as const,
  versions: (id: string) => ['proposals', 'versions', id] as const,
  diffs: (id: string) => ['proposals', 'diff', id] as const,
  diff: (id: string, from: number, to: number | undefined) => ['proposals', 'diff', id, from, to ?? 'current'] as const,
  attachments: (id: string) => ['proposals', 'attachments', id] as const,
  /** Every review query starts with "review-cases", so one invalidation refreshes lists, overview and cases. */
  reviewCaseLists: () => ['review-cases', 'list'] as const,
  reviewCases: (page: number) => ['review-cases', 'list', page] as const,
  reviewOverview: () => ['review-cases', 'overview'] as const,
  reviewCase: (id: string) => ['review-cases', 'detail', id] as const,
  assessments: (id: string) => ['review-cases', 'assessments', id] as const,
  discussion: (id: string) => ['review-cases', 'discussion', id] as const,
  /** The open cases a meeting's agenda may take (one page of up to OPEN_CASES_SIZE). */
  openReviewCases: () => ['review-cases', 'list', 'open'] as const,
  committeeMembers: () => ['committee', 'members'] as const,
  /** Every meeting query starts with "meetings", so one invalidation refreshes lists, meetings and agendas. */
  meetingLists: () => ['meetings', 'list'] as const,
  meetings: (past: boolean) => ['meetings', 'list', past ? 'past' : 'upcoming'] as const,
  meeting: (id: string) => ['meetings', 'detail', id] as const,
  agenda: (id: string) => ['meetings', 'agenda', id] as const,
};

/** How many open cases the chair chooses from when putting one on an agenda. */
export const OPEN_CASES_SIZE = 100;

/** Retries only failures that may be transient: network errors and 5xx, at most twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** One page of the proposals the signed-in user may see; `page` alone gives the default order. */
export function useProposals(query: Partial<ProposalQuery> & { page: number }, enabled = true) {
  const api = useApi();
  const full: ProposalQuery = { size: PAGE_SIZE, ...query };
  return useQuery({
    queryKey: queryKeys.proposals(full),
    queryFn: ({ signal }) => api.listProposals(full, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProposal(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.proposal(id),
    queryFn: ({ signal }) => api.getProposal(id, signal),
  });
}

export function useProposalHistory(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.history(id),
    queryFn: ({ signal }) => api.getProposalHistory(id, signal),
  });
}

/** Where the proposal stands and who acts next. */
export function useNextStep(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.next(id),
    queryFn: ({ signal }) => api.getNextStep(id, signal),
  });
}

export function useProposalVersions(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.versions(id),
    queryFn: ({ signal }) => api.listVersions(id, signal),
  });
}

/** The changes between two versions (`to` undefined = the current content); runs once `from` is chosen. */
export function useProposalDiff(id: string, from: number | null, to: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.diff(id, from ?? 0, to),
    queryFn: ({ signal }) => api.getDiff(id, from ?? 0, to, signal),
    enabled: from !== null,
  });
}

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

export function useReviewCase(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.reviewCase(id),
    queryFn: ({ signal }) => api.getReviewCase(id, signal),
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
  });
}

export function useDiscussion(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.discussion(id),
    queryFn: ({ signal }) => api.listDiscussion(id, signal),
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

/**
 * After a change: the new state of the proposal is known; lists, history, "what's next", the versions
 * and their comparisons must be re-read.
 */
function useProposalChanged() {
  const queryClient = useQueryClient();
  return (proposal: Proposal) => {
    queryClient.setQueryData(queryKeys.proposal(proposal.id), proposal);
    return Promise.all(
      [
        queryKeys.proposalLists(),
        queryKeys.history(proposal.id),
        queryKeys.next(proposal.id),
        queryKeys.versions(proposal.id),
        queryKeys.diffs(proposal.id),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
}

/** A workflow step on one proposal that answers with the updated proposal. */
function useProposalAction<V extends { id: string }>(call: (variables: V) => Promise<Proposal>) {
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: call,
    onSuccess: (proposal) => changed(proposal),
  });
}

export function useRequestConsultation() {
  const api = useApi();
  return useProposalAction(({ id }: { id: string }) => api.requestConsultation(id));
}

export function useAssignConsultation() {
  const api = useApi();
  return useProposalAction(({ id }: { id: string }) => api.assignConsultation(id));
}

export function useRecordConsultation() {
  const api = useApi();
  return useProposalAction(({ id, input }: { id: string; input: ConsultationInput }) =>
    api.recordConsultation(id, input),
  );
}

export function useRequestEndorsements() {
  const api = useApi();
  return useProposalAction(({ id }: { id: string }) => api.requestEndorsements(id));
}

export function useDecideBoardApproval() {
  const api = useApi();
  return useProposalAction(({ id, input }: { id: string; input: BoardApprovalInput }) =>
    api.decideBoardApproval(id, input),
  );
}

export function useDecideHeadSignature() {
  const api = useApi();
  return useProposalAction(({ id, input }: { id: string; input: HeadSignatureInput }) =>
    api.decideHeadSignature(id, input),
  );
}

export function useWithdrawProposal() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) => api.withdrawProposal(id, reason),
    onSuccess: (proposal) =>
      Promise.all([changed(proposal), queryClient.invalidateQueries({ queryKey: ['review-cases'] })]),
  });
}

/** The files attached to a proposal, oldest first. */
export function useAttachments(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.attachments(id),
    queryFn: ({ signal }) => api.listAttachments(id, signal),
  });
}

/**
 * After adding or removing a file (or failing to): the proposal's content hash and version have changed
 * (the head's signature may be void), so the proposal, its history, what's next, the versions, the lists and
 * the files are read again.
 */
function useAttachmentsChanged() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all(
      [
        queryKeys.proposal(id),
        queryKeys.history(id),
        queryKeys.next(id),
        queryKeys.attachments(id),
        queryKeys.versions(id),
        queryKeys.diffs(id),
        queryKeys.proposalLists(),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useAddAttachment() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useAttachmentsChanged();
  return useMutation({
    mutationFn: ({ id, file, fileName, mediaType }: { id: string; file: Blob; fileName: string; mediaType: string }) =>
      api.addAttachment(id, file, fileName, mediaType),
    onSuccess: (attachment, { id }) => {
      queryClient.setQueryData<Attachment[]>(queryKeys.attachments(id), (list) =>
        list && !list.some((a) => a.id === attachment.id) ? [...list, attachment] : list,
      );
      return changed(id);
    },
    // A refusal may mean that the proposal can no longer change: read it again.
    onError: (_error, { id }) => void changed(id),
  });
}

export function useRemoveAttachment() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useAttachmentsChanged();
  return useMutation({
    mutationFn: ({ id, attachmentId }: { id: string; attachmentId: string }) => api.removeAttachment(id, attachmentId),
    onSuccess: (_nothing, { id, attachmentId }) => {
      queryClient.setQueryData<Attachment[]>(queryKeys.attachments(id), (list) =>
        list?.filter((a) => a.id !== attachmentId),
      );
      return changed(id);
    },
    onError: (_error, { id }) => void changed(id),
  });
}

/** An attachment's bytes, fetched with the token; nothing is cached. */
export function useDownloadAttachment() {
  const api = useApi();
  return useMutation({
    mutationFn: ({ id, attachmentId }: { id: string; attachmentId: string }) => api.downloadAttachment(id, attachmentId),
  });
}

/** After the proposal was read again (e.g. after a conflict): read its files again too. */
export function useRefreshAttachments() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.invalidateQueries({ queryKey: queryKeys.attachments(id) });
}

/** After a failed step: the proposal may have moved on, so read it (and what's next) again. */
export function useRefreshProposal() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all(
      [queryKeys.proposal(id), queryKeys.next(id), queryKeys.history(id)].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateProposal() {
  const api = useApi();
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: (proposal: ProposalInput) => api.createProposal(proposal),
    onSuccess: (proposal) => void changed(proposal),
  });
}

export function useUpdateProposal() {
  const api = useApi();
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: ProposalInput }) =>
      api.updateProposal(id, version, input),
    onSuccess: (proposal) => void changed(proposal),
  });
}

export function useSubmitProposal() {
  const api = useApi();
  const queryClient = useQueryClient();
  const changed = useProposalChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version?: number }) => api.submitProposal(id, version),
    onSuccess: (proposal) =>
      Promise.all([changed(proposal), queryClient.invalidateQueries({ queryKey: ['review-cases'] })]),
  });
}
