import { answer, contentDispositionFileName, etag, type ApiClient, type Download } from '../../shared/api/client';
import type { Booking, BookingInput, ColleagueInput, ColleagueSuggestion, CommentResolutionInput, FeedbackComment, FeedbackRound, FeedbackRoundKey, LaunchApprovalInput, LaunchInput, MilestoneChange, NetworkMeeting, NetworkMeetingInput, NetworkMeetingsWhen, NetworkRegistration, Production, Studio, StudioBooking, StudioKey, TeamInput, UserTestInput, VideoCosts } from './productionTypes';
import type { Page } from '../../shared/api/sharedTypes';
import { sent } from '../../shared/api/wire';
import { taskList, type ServiceTaskList } from '../../shared/inbox/taskSources';

/** The caller's production tasks and the first page of their productions: what an instructor's home shows. */
export interface ProductionHome {
  tasks: ServiceTaskList;
  productions: Page<Production>;
}

/**
 * production-service behind the gateway: `/api/production/…`, as proposals are under `/api/proposal/…` and review
 * cases under `/api/review/…` (deploy/gateway). Paths and bodies as in docs/production.md.
 */
const SERVICE = '/production';

const enc = encodeURIComponent;

export function productionPath(moocId: string): string {
  return `${SERVICE}/productions/${enc(moocId)}`;
}

/** The calendar file of a MOOC's bookings (RFC 5545), as the link's address. */
export function calendarPath(moocId: string): string {
  return `${productionPath(moocId)}/bookings.ics`;
}

export type ProductionClient = ReturnType<typeof createProductionClient>;

/** The production API on top of the shared client (bearer token, problem+json → ApiError). */
export function createProductionClient(api: ApiClient) {
  const { production } = api.services;
  const mooc = (moocId: string) => ({ path: { moocId } });
  /** Plan and team changes name the version they were made against. */
  const ifMatch = (version: number) => ({ 'If-Match': etag(version) });

  return {
    /** `GET /home` (getMyProductionHome): each part exactly as `/tasks` and `/productions?page=0&size=20` answer. */
    getMyProductionHome: async (signal?: AbortSignal): Promise<ProductionHome> => {
      const body = await answer(production.GET('/home', { signal }));
      return { tasks: taskList('production', body.tasks), productions: body.productions as Page<Production> };
    },
    /** One page of productions, newest first: an instructor's own, everyone else's all. */
    listProductions: (page: number, size: number, signal?: AbortSignal): Promise<Page<Production>> =>
      answer(production.GET('/productions', { params: { query: { page, size } }, signal })),
    getProduction: (moocId: string, signal?: AbortSignal): Promise<Production> =>
      answer(production.GET('/productions/{moocId}', { params: mooc(moocId), signal })),

    changeMilestone: (moocId: string, version: number, key: string, change: MilestoneChange): Promise<Production> =>
      answer(
        production.PUT('/productions/{moocId}/milestones/{key}', {
          params: { path: { moocId, key }, header: ifMatch(version) },
          body: sent(change),
        }),
      ),
    acceptProposedDates: (moocId: string, version: number): Promise<Production> =>
      answer(
        production.POST('/productions/{moocId}/plan/accept-proposals', { params: { ...mooc(moocId), header: ifMatch(version) } }),
      ),
    agreePlan: (moocId: string, version: number): Promise<Production> =>
      answer(production.POST('/productions/{moocId}/plan/agree', { params: { ...mooc(moocId), header: ifMatch(version) } })),
    replaceTeam: (moocId: string, version: number, input: TeamInput): Promise<Production> =>
      answer(
        production.PUT('/productions/{moocId}/team', { params: { ...mooc(moocId), header: ifMatch(version) }, body: sent(input) }),
      ),

    getFeedback: (moocId: string, signal?: AbortSignal): Promise<FeedbackRound[]> =>
      answer(production.GET('/productions/{moocId}/feedback', { params: mooc(moocId), signal })),
    colleagueSuggestions: (moocId: string, signal?: AbortSignal): Promise<ColleagueSuggestion[]> =>
      answer(production.GET('/productions/{moocId}/feedback/colleague-suggestions', { params: mooc(moocId), signal })),
    inviteColleague: (moocId: string, round: FeedbackRoundKey, colleague: ColleagueInput) =>
      answer(
        production.PUT('/productions/{moocId}/feedback/{round}/colleague', {
          params: { path: { moocId, round } },
          body: sent(colleague),
        }),
      ),
    addComment: (moocId: string, round: FeedbackRoundKey, text: string): Promise<FeedbackComment> =>
      answer(
        production.POST('/productions/{moocId}/feedback/{round}/comments', { params: { path: { moocId, round } }, body: { text } }),
      ),
    resolveComment: (moocId: string, round: FeedbackRoundKey, commentId: string, input: CommentResolutionInput) =>
      answer(
        production.PUT('/productions/{moocId}/feedback/{round}/comments/{commentId}', {
          params: { path: { moocId, round, commentId } },
          body: sent(input),
        }),
      ),
    closeRound: (moocId: string, round: FeedbackRoundKey) =>
      answer(production.POST('/productions/{moocId}/feedback/{round}/close', { params: { path: { moocId, round } } })),

    recordUserTest: (moocId: string, input: UserTestInput): Promise<Production> =>
      answer(production.PUT('/productions/{moocId}/user-test', { params: mooc(moocId), body: sent(input) })),
    requestLaunchApproval: (moocId: string): Promise<Production> =>
      answer(production.POST('/productions/{moocId}/launch-approval/request', { params: mooc(moocId) })),
    decideLaunchApproval: (moocId: string, input: LaunchApprovalInput): Promise<Production> =>
      answer(production.POST('/productions/{moocId}/launch-approval', { params: mooc(moocId), body: sent(input) })),
    launch: (moocId: string, input: LaunchInput): Promise<Production> =>
      answer(production.POST('/productions/{moocId}/launch', { params: mooc(moocId), body: sent(input) })),
    completeMaintenanceTask: (moocId: string, taskId: string): Promise<Production> =>
      answer(
        production.PUT('/productions/{moocId}/maintenance-tasks/{taskId}', {
          params: { path: { moocId, taskId } },
          body: { status: 'DONE' },
        }),
      ),

    listStudios: (signal?: AbortSignal): Promise<Studio[]> => answer(production.GET('/studios', { signal })),
    /** A studio's bookings from `from` to `to` (dates, YYYY-MM-DD). */
    studioCalendar: (studio: StudioKey, from: string, to: string, signal?: AbortSignal): Promise<StudioBooking[]> =>
      answer(production.GET('/studios/{key}/bookings', { params: { path: { key: studio }, query: { from, to } }, signal })),
    listBookings: (moocId: string, signal?: AbortSignal): Promise<Booking[]> =>
      answer(production.GET('/productions/{moocId}/bookings', { params: mooc(moocId), signal })),
    book: (moocId: string, input: BookingInput): Promise<Booking> =>
      answer(production.POST('/productions/{moocId}/bookings', { params: mooc(moocId), body: sent(input) })),
    cancelBooking: (bookingId: string): Promise<Booking> =>
      answer(production.POST('/bookings/{id}/cancel', { params: { path: { id: bookingId } } })),
    medialabQueue: (signal?: AbortSignal): Promise<Booking[]> => answer(production.GET('/medialab/queue', { signal })),
    confirmBooking: (bookingId: string): Promise<Booking> =>
      answer(production.POST('/bookings/{id}/confirm', { params: { path: { id: bookingId } } })),
    declineBooking: (bookingId: string, reason: string): Promise<Booking> =>
      answer(production.POST('/bookings/{id}/decline', { params: { path: { id: bookingId } }, body: { reason } })),
    downloadCalendar: async (moocId: string, signal?: AbortSignal): Promise<Download> => {
      const { data, response } = await production.GET('/productions/{moocId}/bookings.ics', {
        params: mooc(moocId),
        headers: { Accept: 'text/calendar' },
        parseAs: 'blob',
        signal,
      });
      return { blob: data as Blob, fileName: contentDispositionFileName(response.headers.get('content-disposition')) };
    },
    calendarUrl: (moocId: string) => api.url(calendarPath(moocId)),
    videoCosts: (moocId: string, signal?: AbortSignal): Promise<VideoCosts> =>
      answer(production.GET('/productions/{moocId}/video-costs', { params: mooc(moocId), signal })),
    planVideoHours: (moocId: string, plannedHours: number) =>
      answer(production.PUT('/productions/{moocId}/video-plan', { params: mooc(moocId), body: { plannedHours } })),

    listNetworkMeetings: (when: NetworkMeetingsWhen, signal?: AbortSignal): Promise<NetworkMeeting[]> =>
      answer(production.GET('/network-meetings', { params: { query: { when } }, signal })),
    createNetworkMeeting: (input: NetworkMeetingInput): Promise<NetworkMeeting> => answer(production.POST('/network-meetings', { body: sent(input) })),
    signUp: (id: string) => answer(production.POST('/network-meetings/{id}/registration', { params: { path: { id } } })),
    withdrawRegistration: (id: string) =>
      answer(production.DELETE('/network-meetings/{id}/registration', { params: { path: { id } } })),
    listRegistrations: (id: string, signal?: AbortSignal): Promise<NetworkRegistration[]> =>
      answer(production.GET('/network-meetings/{id}/registrations', { params: { path: { id } }, signal })),
    recordAttendance: (id: string, attended: string[]) =>
      answer(production.PUT('/network-meetings/{id}/attendance', { params: { path: { id } }, body: { attended } })),
  };
}
