package dk.mooc.review.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.SingleLine;
import dk.mooc.review.Meeting;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import dk.mooc.review.service.MeetingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** HTTP only: committee meetings, their agendas and the agenda pack (docs/review.md). */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Committee meetings, their agendas and the printable agenda pack")
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    CaseViews views;

    @GET
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The meetings", description = "Roles: committee, admin. Upcoming first; past=true lists past ones, "
            + "newest first.")
    public List<MeetingView> list(@QueryParam("past") @DefaultValue("false") boolean past) {
        return meetings.list(past).stream().map(m -> view(m, null)).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "One meeting with the cases on its agenda", description = "Roles: committee, admin.")
    @APIResponse(responseCode = "404", description = "No such meeting", content = @Content(mediaType = "application/problem+json"))
    public MeetingView get(@PathParam("id") UUID id) {
        Meeting m = meetings.get(id);
        return view(m, meetings.casesOf(m));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Plan a meeting", description = "Role: the chair. It must start in the future.")
    @APIResponse(responseCode = "201", description = "The planned meeting")
    public Response plan(@Valid @NotNull MeetingInput input, @Context UriInfo uri) {
        Meeting m = meetings.plan(input.title(), input.startsAt(), input.location());
        return Response.created(uri.getAbsolutePathBuilder().path(m.id.toString()).build()).entity(view(m, List.of())).build();
    }

    @POST
    @Path("/{id}/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Put an open case on the agenda", description = "Role: the chair. A case is on one meeting at most.")
    @APIResponse(responseCode = "409", description = "The case is decided, closed or on another meeting",
            content = @Content(mediaType = "application/problem+json"))
    public MeetingView addCase(@PathParam("id") UUID id, @Valid @NotNull AgendaItemInput input) {
        Meeting m = meetings.addCase(id, input.caseId());
        return view(m, meetings.casesOf(m));
    }

    @DELETE
    @Path("/{id}/cases/{caseId}")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Take a case off the agenda", description = "Role: the chair.")
    public MeetingView removeCase(@PathParam("id") UUID id, @PathParam("caseId") UUID caseId) {
        Meeting m = meetings.removeCase(id, caseId);
        return view(m, meetings.casesOf(m));
    }

    @GET
    @Path("/{id}/agenda")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The agenda pack",
            description = "Roles: committee, admin. Per case the proposal snapshot, the round, the members and the assessment "
                    + "summary — hidden (scoresHidden) from a caller who may not see the scores: a conflict of interest, or "
                    + "their own assessment is not in yet.")
    public Agenda agenda(@PathParam("id") UUID id) {
        Meeting m = meetings.get(id);
        return new Agenda(new MeetingView(m.id, m.title, m.startsAt, m.location, 0, List.of(), null),
                meetings.casesOf(m).stream().map(c -> AgendaCase.of(views.of(c))).toList());
    }

    private MeetingView view(Meeting m, List<ReviewCase> cases) {
        return new MeetingView(m.id, m.title, m.startsAt, m.location,
                cases == null ? meetings.caseCount(m) : cases.size(),
                meetings.canEdit() ? List.of("EDIT") : List.of(),
                cases == null ? null : cases.stream().map(c -> new MeetingCase(c.id, c.moocId, c.proposalTitle,
                        c.department, c.round, c.status)).toList());
    }

    @Schema(name = "MeetingInput")
    public record MeetingInput(@NotBlank @Size(max = 200) @SingleLine @Schema(example = "Steering committee, December") String title,
                               @NotNull @Schema(example = "2026-12-10T13:00:00+01:00") OffsetDateTime startsAt,
                               @Size(max = 200) @SingleLine @Schema(example = "Building 101, meeting room S09") String location) {
    }

    @Schema(name = "AgendaItemInput")
    public record AgendaItemInput(@NotNull UUID caseId) {
    }

    @Schema(name = "Meeting")
    public record MeetingView(UUID id, String title, OffsetDateTime startsAt, String location, long caseCount,
                              @Schema(description = "EDIT for the chair") List<String> permissions,
                              @Schema(description = "The cases on the agenda (only when one meeting is read)")
                              List<MeetingCase> cases) {
    }

    @Schema(name = "MeetingCase")
    public record MeetingCase(UUID caseId, UUID moocId, String title, String department, int round, ReviewCaseStatus status) {
    }

    @Schema(name = "Agenda")
    public record Agenda(MeetingView meeting, List<AgendaCase> cases) {
    }

    @Schema(name = "AgendaCase")
    public record AgendaCase(UUID caseId, UUID moocId, String title, String topic, String summary, String department,
                             ReviewCaseView.Person instructor, String plannedLaunchSemester, Integer expectedEnrolments,
                             ReviewCaseView.Resources resources, int round, ReviewCaseView.PreviousRound previousRound,
                             List<ReviewCaseView.Member> members, dk.mooc.review.CriteriaSummary assessmentSummary,
                             boolean scoresHidden) {
        static AgendaCase of(ReviewCaseView v) {
            return new AgendaCase(v.id(), v.moocId(), v.title(), v.topic(), v.summary(), v.department(), v.instructor(),
                    v.plannedLaunchSemester(), v.expectedEnrolments(), v.resources(), v.round(), v.previousRound(),
                    v.members(), v.assessmentSummary(), v.scoresHidden());
        }
    }
}
