import { etag, type ApiClient, type Download } from './client';
import type {
  Booking,
  BookingInput,
  ColleagueSuggestion,
  CommentResolution,
  FeedbackComment,
  FeedbackRound,
  FeedbackRoundKey,
  LaunchApprovalInput,
  LaunchInput,
  MilestoneChange,
  NetworkMeeting,
  NetworkMeetingInput,
  NetworkRegistration,
  Page,
  Production,
  Studio,
  StudioBooking,
  StudioKey,
  TeamInput,
  UserTestInput,
  VideoCosts,
} from './types';

/**
 * production-service behind the gateway: `/api/production/…`, as proposals are under `/api/proposal/…` and review
 * cases under `/api/review/…` (deploy/gateway). Paths and bodies as in docs/production.md.
 */
const SERVICE = '/production';

const enc = encodeURIComponent;

export function productionPath(moocId: string): string {
  return `${SERVICE}/productions/${enc(moocId)}`;
}

function feedbackPath(moocId: string, round: FeedbackRoundKey): string {
  return `${productionPath(moocId)}/feedback/${enc(round)}`;
}

function bookingPath(bookingId: string): string {
  return `${SERVICE}/bookings/${enc(bookingId)}`;
}

function networkMeetingPath(id: string): string {
  return `${SERVICE}/network-meetings/${enc(id)}`;
}

/** The calendar file of a MOOC's bookings (RFC 5545), as the link's address. */
export function calendarPath(moocId: string): string {
  return `${productionPath(moocId)}/bookings.ics`;
}

export type ProductionClient = ReturnType<typeof createProductionClient>;

/** The production API on top of the shared client (bearer token, problem+json → ApiError). */
export function createProductionClient(api: ApiClient) {
  const { request } = api;
  /** Plan and team changes name the version they were made against. */
  const ifMatch = (version: number) => ({ 'If-Match': etag(version) });

  return {
    /** One page of productions, newest first: an instructor's own, everyone else's all. */
    listProductions: (page: number, size: number, signal?: AbortSignal) =>
      request<Page<Production>>(`${SERVICE}/productions`, { query: { page, size }, signal }),
    getProduction: (moocId: string, signal?: AbortSignal) => request<Production>(productionPath(moocId), { signal }),

    changeMilestone: (moocId: string, version: number, key: string, change: MilestoneChange) =>
      request<Production>(`${productionPath(moocId)}/milestones/${enc(key)}`, {
        method: 'PUT',
        body: change,
        headers: ifMatch(version),
      }),
    acceptProposedDates: (moocId: string, version: number) =>
      request<Production>(`${productionPath(moocId)}/plan/accept-proposals`, { method: 'POST', headers: ifMatch(version) }),
    agreePlan: (moocId: string, version: number) =>
      request<Production>(`${productionPath(moocId)}/plan/agree`, { method: 'POST', headers: ifMatch(version) }),
    replaceTeam: (moocId: string, version: number, input: TeamInput) =>
      request<Production>(`${productionPath(moocId)}/team`, { method: 'PUT', body: input, headers: ifMatch(version) }),

    getFeedback: (moocId: string, signal?: AbortSignal) =>
      request<FeedbackRound[]>(`${productionPath(moocId)}/feedback`, { signal }),
    colleagueSuggestions: (moocId: string, signal?: AbortSignal) =>
      request<ColleagueSuggestion[]>(`${productionPath(moocId)}/feedback/colleague-suggestions`, { signal }),
    inviteColleague: (moocId: string, round: FeedbackRoundKey, colleague: { name: string; email: string }) =>
      request<unknown>(`${feedbackPath(moocId, round)}/colleague`, { method: 'PUT', body: colleague }),
    addComment: (moocId: string, round: FeedbackRoundKey, text: string) =>
      request<FeedbackComment>(`${feedbackPath(moocId, round)}/comments`, { method: 'POST', body: { text } }),
    resolveComment: (
      moocId: string,
      round: FeedbackRoundKey,
      commentId: string,
      input: { resolution: Exclude<CommentResolution, 'OPEN'>; note: string | null },
    ) => request<unknown>(`${feedbackPath(moocId, round)}/comments/${enc(commentId)}`, { method: 'PUT', body: input }),
    closeRound: (moocId: string, round: FeedbackRoundKey) =>
      request<unknown>(`${feedbackPath(moocId, round)}/close`, { method: 'POST' }),

    recordUserTest: (moocId: string, input: UserTestInput) =>
      request<Production>(`${productionPath(moocId)}/user-test`, { method: 'PUT', body: input }),
    requestLaunchApproval: (moocId: string) =>
      request<Production>(`${productionPath(moocId)}/launch-approval/request`, { method: 'POST' }),
    decideLaunchApproval: (moocId: string, input: LaunchApprovalInput) =>
      request<Production>(`${productionPath(moocId)}/launch-approval`, { method: 'POST', body: input }),
    launch: (moocId: string, input: LaunchInput) =>
      request<Production>(`${productionPath(moocId)}/launch`, { method: 'POST', body: input }),
    completeMaintenanceTask: (moocId: string, taskId: string) =>
      request<Production>(`${productionPath(moocId)}/maintenance-tasks/${enc(taskId)}`, {
        method: 'PUT',
        body: { status: 'DONE' },
      }),

    listStudios: (signal?: AbortSignal) => request<Studio[]>(`${SERVICE}/studios`, { signal }),
    /** A studio's bookings from `from` to `to` (dates, YYYY-MM-DD). */
    studioCalendar: (studio: StudioKey, from: string, to: string, signal?: AbortSignal) =>
      request<StudioBooking[]>(`${SERVICE}/studios/${enc(studio)}/bookings`, { query: { from, to }, signal }),
    listBookings: (moocId: string, signal?: AbortSignal) =>
      request<Booking[]>(`${productionPath(moocId)}/bookings`, { signal }),
    book: (moocId: string, input: BookingInput) =>
      request<Booking>(`${productionPath(moocId)}/bookings`, { method: 'POST', body: input }),
    cancelBooking: (bookingId: string) => request<Booking>(`${bookingPath(bookingId)}/cancel`, { method: 'POST' }),
    medialabQueue: (signal?: AbortSignal) => request<Booking[]>(`${SERVICE}/medialab/queue`, { signal }),
    confirmBooking: (bookingId: string) => request<Booking>(`${bookingPath(bookingId)}/confirm`, { method: 'POST' }),
    declineBooking: (bookingId: string, reason: string) =>
      request<Booking>(`${bookingPath(bookingId)}/decline`, { method: 'POST', body: { reason } }),
    downloadCalendar: (moocId: string): Promise<Download> =>
      api.download(calendarPath(moocId), { accept: 'text/calendar' }),
    calendarUrl: (moocId: string) => api.url(calendarPath(moocId)),
    videoCosts: (moocId: string, signal?: AbortSignal) =>
      request<VideoCosts>(`${productionPath(moocId)}/video-costs`, { signal }),
    planVideoHours: (moocId: string, plannedHours: number) =>
      request<unknown>(`${productionPath(moocId)}/video-plan`, { method: 'PUT', body: { plannedHours } }),

    listNetworkMeetings: (when: 'upcoming' | 'past', signal?: AbortSignal) =>
      request<NetworkMeeting[]>(`${SERVICE}/network-meetings`, { query: { when }, signal }),
    createNetworkMeeting: (input: NetworkMeetingInput) =>
      request<NetworkMeeting>(`${SERVICE}/network-meetings`, { method: 'POST', body: input }),
    signUp: (id: string) => request<unknown>(`${networkMeetingPath(id)}/registration`, { method: 'POST' }),
    withdrawRegistration: (id: string) => request<unknown>(`${networkMeetingPath(id)}/registration`, { method: 'DELETE' }),
    listRegistrations: (id: string, signal?: AbortSignal) =>
      request<NetworkRegistration[]>(`${networkMeetingPath(id)}/registrations`, { signal }),
    recordAttendance: (id: string, attended: string[]) =>
      request<unknown>(`${networkMeetingPath(id)}/attendance`, { method: 'PUT', body: { attended } }),
  };
}
