import { useMemo } from 'react';
import { keepPreviousData, skipToken, useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createProductionClient, type ProductionClient, type ProductionHome } from './productionClient';
import type { BookingInput, CommentResolution, FeedbackRoundKey, LaunchApprovalInput, LaunchInput, MilestoneChange, NetworkMeetingInput, Production, StudioKey, TeamInput, UserTestInput } from './productionTypes';
import { useApi } from '../../shared/api/useApi';
import type { ApiClient } from '../../shared/api/client';

/** How many productions a page of the list shows. */
export const PRODUCTIONS_PAGE_SIZE = 20;

/**
 * Every production query starts with "productions" (one invalidation refreshes lists, productions, their
 * feedback, bookings and costs); studios, MediaLab's queue and the network's meetings have their own roots.
 */
export const productionKeys = {
  all: () => ['productions'] as const,
  lists: () => ['productions', 'list'] as const,
  /** The home's one read: the production tasks with the first page of the user's productions (GET /home). */
  home: () => ['productions', 'home'] as const,
  list: (page: number, size: number) => ['productions', 'list', page, size] as const,
  detail: (id: string) => ['productions', 'detail', id] as const,
  feedback: (id: string) => ['productions', 'feedback', id] as const,
  suggestions: (id: string) => ['productions', 'suggestions', id] as const,
  bookings: (id: string) => ['productions', 'bookings', id] as const,
  videoCosts: (id: string) => ['productions', 'video-costs', id] as const,
  studios: () => ['studios', 'list'] as const,
  calendars: () => ['studios', 'calendar'] as const,
  calendar: (studio: string, from: string, to: string) => ['studios', 'calendar', studio, from, to] as const,
  medialabQueue: () => ['medialab', 'queue'] as const,
  networkMeetings: (when: 'upcoming' | 'past') => ['network-meetings', 'list', when] as const,
  registrations: (id: string) => ['network-meetings', 'registrations', id] as const,
};

export function useProductionApi(): ProductionClient {
  const api = useApi();
  return useMemo(() => createProductionClient(api), [api]);
}

export function useProductions(page: number, size = PRODUCTIONS_PAGE_SIZE, enabled = true) {
  const api = useProductionApi();
  return useQuery({
    queryKey: productionKeys.list(page, size),
    queryFn: ({ signal }) => api.listProductions(page, size, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * The home's one read of production-service: the production tasks and the first page of the user's productions. The
 * inbox and the list of productions observe this one query, so the request is made once; like the tasks, it is read
 * afresh whenever the home opens. The page also goes to the list's own cache entry, so the list of productions opens
 * on it.
 */
export function productionHomeQuery(api: ApiClient) {
  return {
    queryKey: productionKeys.home(),
    queryFn: async ({ signal, client }: { signal: AbortSignal; client: QueryClient }) => {
      const home = await createProductionClient(api).getMyProductionHome(signal);
      client.setQueryData(productionKeys.list(0, PRODUCTIONS_PAGE_SIZE), home.productions);
      return home;
    },
    staleTime: 0,
    gcTime: 0,
  };
}

/**
 * The first page of the user's productions as the home lists them: from production-service's `GET /home`, the read
 * that also answers the inbox's production tasks (both observe one query, so the home asks once).
 */
export function useMyProductionsFirstPage() {
  const api = useApi();
  return useQuery({ ...productionHomeQuery(api), select: (home: ProductionHome) => home.productions });
}

export function useProduction(id: string, enabled = true) {
  const api = useProductionApi();
  return useQuery({
    queryKey: productionKeys.detail(id),
    queryFn: ({ signal }) => api.getProduction(id, signal),
    enabled,
  });
}

export function useFeedback(id: string) {
  const api = useProductionApi();
  return useQuery({ queryKey: productionKeys.feedback(id), queryFn: ({ signal }) => api.getFeedback(id, signal) });
}

/** Colleagues who have launched a MOOC (same department first); only for those who may invite one. */
export function useColleagueSuggestions(id: string, enabled: boolean) {
  const api = useProductionApi();
  return useQuery({
    queryKey: productionKeys.suggestions(id),
    queryFn: ({ signal }) => api.colleagueSuggestions(id, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useBookings(id: string) {
  const api = useProductionApi();
  return useQuery({ queryKey: productionKeys.bookings(id), queryFn: ({ signal }) => api.listBookings(id, signal) });
}

export function useVideoCosts(id: string) {
  const api = useProductionApi();
  return useQuery({ queryKey: productionKeys.videoCosts(id), queryFn: ({ signal }) => api.videoCosts(id, signal) });
}

/** The video costs of several MOOCs (MediaLab's queue: each request's budget context), by MOOC id. */
export function useVideoCostsOf(moocIds: readonly string[]) {
  const api = useProductionApi();
  return useQueries({
    queries: moocIds.map((id) => ({ queryKey: productionKeys.videoCosts(id), queryFn: ({ signal }: { signal: AbortSignal }) => api.videoCosts(id, signal) })),
    combine: (results) => new Map(moocIds.map((id, i) => [id, results[i]] as const)),
  });
}

export function useStudios() {
  const api = useProductionApi();
  return useQuery({ queryKey: productionKeys.studios(), queryFn: ({ signal }) => api.listStudios(signal), staleTime: 10 * 60_000 });
}

export function useStudioCalendar(studio: StudioKey | '', from: string, to: string) {
  const api = useProductionApi();
  return useQuery({
    queryKey: productionKeys.calendar(studio, from, to),
    queryFn: studio === '' ? skipToken : ({ signal }) => api.studioCalendar(studio, from, to, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMedialabQueue(enabled = true) {
  const api = useProductionApi();
  return useQuery({ queryKey: productionKeys.medialabQueue(), queryFn: ({ signal }) => api.medialabQueue(signal), enabled });
}

export function useNetworkMeetings(when: 'upcoming' | 'past') {
  const api = useProductionApi();
  return useQuery({
    queryKey: productionKeys.networkMeetings(when),
    queryFn: ({ signal }) => api.listNetworkMeetings(when, signal),
  });
}

export function useRegistrations(id: string, enabled: boolean) {
  const api = useProductionApi();
  return useQuery({
    queryKey: productionKeys.registrations(id),
    queryFn: ({ signal }) => api.listRegistrations(id, signal),
    enabled,
  });
}

/** An answer is the whole production when it carries the MOOC id and the version (every production write does). */
function isProduction(value: unknown): value is Production {
  return typeof value === 'object' && value !== null && 'moocId' in value && 'version' in value;
}

/**
 * After a change to a production (or a failed one): an answered production is shown at once; everything
 * about productions is read again (lists, the production, its feedback, bookings and costs).
 */
export function useProductionChanged() {
  const queryClient = useQueryClient();
  return (id: string, answer?: unknown) => {
    if (isProduction(answer) && Array.isArray(answer.milestones)) queryClient.setQueryData(productionKeys.detail(id), answer);
    return queryClient.invalidateQueries({ queryKey: productionKeys.all() });
  };
}

/** A step on one production; the answer goes into the cache, and everything about productions is read again. */
function useProductionAction<V extends { id: string }, R>(call: (variables: V) => Promise<R>) {
  const changed = useProductionChanged();
  return useMutation({
    mutationFn: call,
    onSuccess: (answer, { id }) => changed(id, answer),
    // The production may have moved on (a 412 or 409): read it again.
    onError: (_error, { id }) => void changed(id),
  });
}

export function useChangeMilestone() {
  const api = useProductionApi();
  return useProductionAction(({ id, version, key, change }: { id: string; version: number; key: string; change: MilestoneChange }) =>
    api.changeMilestone(id, version, key, change),
  );
}

export function useAcceptProposedDates() {
  const api = useProductionApi();
  return useProductionAction(({ id, version }: { id: string; version: number }) => api.acceptProposedDates(id, version));
}

export function useAgreePlan() {
  const api = useProductionApi();
  return useProductionAction(({ id, version }: { id: string; version: number }) => api.agreePlan(id, version));
}

export function useReplaceTeam() {
  const api = useProductionApi();
  return useProductionAction(({ id, version, input }: { id: string; version: number; input: TeamInput }) =>
    api.replaceTeam(id, version, input),
  );
}

export function useInviteColleague() {
  const api = useProductionApi();
  return useProductionAction(
    ({ id, round, colleague }: { id: string; round: FeedbackRoundKey; colleague: { name: string; email: string } }) =>
      api.inviteColleague(id, round, colleague),
  );
}

export function useAddComment() {
  const api = useProductionApi();
  return useProductionAction(({ id, round, text }: { id: string; round: FeedbackRoundKey; text: string }) =>
    api.addComment(id, round, text),
  );
}

export function useResolveComment() {
  const api = useProductionApi();
  return useProductionAction(
    ({
      id,
      round,
      commentId,
      resolution,
      note,
    }: {
      id: string;
      round: FeedbackRoundKey;
      commentId: string;
      resolution: Exclude<CommentResolution, 'OPEN'>;
      note: string | null;
    }) => api.resolveComment(id, round, commentId, { resolution, note }),
  );
}

export function useCloseRound() {
  const api = useProductionApi();
  return useProductionAction(({ id, round }: { id: string; round: FeedbackRoundKey }) => api.closeRound(id, round));
}

export function useRecordUserTest() {
  const api = useProductionApi();
  return useProductionAction(({ id, input }: { id: string; input: UserTestInput }) => api.recordUserTest(id, input));
}

export function useRequestLaunchApproval() {
  const api = useProductionApi();
  return useProductionAction(({ id }: { id: string }) => api.requestLaunchApproval(id));
}

export function useDecideLaunchApproval() {
  const api = useProductionApi();
  return useProductionAction(({ id, input }: { id: string; input: LaunchApprovalInput }) => api.decideLaunchApproval(id, input));
}

export function useLaunch() {
  const api = useProductionApi();
  const queryClient = useQueryClient();
  const changed = useProductionChanged();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: LaunchInput }) => api.launch(id, input),
    // The launch also sets the proposal's status (mooc.course.launched.v1).
    onSuccess: (answer, { id }) =>
      Promise.all([changed(id, answer), queryClient.invalidateQueries({ queryKey: ['proposals'] })]),
    onError: (_error, { id }) => void changed(id),
  });
}

export function useCompleteMaintenanceTask() {
  const api = useProductionApi();
  return useProductionAction(({ id, taskId }: { id: string; taskId: string }) => api.completeMaintenanceTask(id, taskId));
}

export function usePlanVideoHours() {
  const api = useProductionApi();
  return useProductionAction(({ id, plannedHours }: { id: string; plannedHours: number }) => api.planVideoHours(id, plannedHours));
}

/** After a booking changed: the MOOC's bookings and costs, the studios' calendars and MediaLab's queue. */
function useBookingsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [productionKeys.all(), productionKeys.calendars(), productionKeys.medialabQueue()].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

function useBookingAction<V, R>(call: (variables: V) => Promise<R>) {
  const changed = useBookingsChanged();
  return useMutation({
    mutationFn: call,
    onSuccess: () => changed(),
    // The slot may have been taken or the booking decided meanwhile: read it all again.
    onError: () => void changed(),
  });
}

export function useBook() {
  const api = useProductionApi();
  return useBookingAction(({ id, input }: { id: string; input: BookingInput }) => api.book(id, input));
}

export function useCancelBooking() {
  const api = useProductionApi();
  return useBookingAction(({ bookingId }: { bookingId: string }) => api.cancelBooking(bookingId));
}

export function useConfirmBooking() {
  const api = useProductionApi();
  return useBookingAction(({ bookingId }: { bookingId: string }) => api.confirmBooking(bookingId));
}

export function useDeclineBooking() {
  const api = useProductionApi();
  return useBookingAction(({ bookingId, reason }: { bookingId: string; reason: string }) => api.declineBooking(bookingId, reason));
}

/** The calendar file, fetched with the token; nothing is cached. */
export function useDownloadCalendar() {
  const api = useProductionApi();
  return useMutation({ mutationFn: ({ id }: { id: string }) => api.downloadCalendar(id) });
}

function useNetworkMeetingAction<V, R>(call: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  const changed = () => queryClient.invalidateQueries({ queryKey: ['network-meetings'] });
  return useMutation({ mutationFn: call, onSuccess: () => changed(), onError: () => void changed() });
}

export function useCreateNetworkMeeting() {
  const api = useProductionApi();
  return useNetworkMeetingAction((input: NetworkMeetingInput) => api.createNetworkMeeting(input));
}

export function useSignUp() {
  const api = useProductionApi();
  return useNetworkMeetingAction(({ id }: { id: string }) => api.signUp(id));
}

export function useWithdrawRegistration() {
  const api = useProductionApi();
  return useNetworkMeetingAction(({ id }: { id: string }) => api.withdrawRegistration(id));
}

export function useRecordAttendance() {
  const api = useProductionApi();
  return useNetworkMeetingAction(({ id, attended }: { id: string; attended: string[] }) => api.recordAttendance(id, attended));
}
