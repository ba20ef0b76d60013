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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    @Operation(operationId = "listCommitteeMeetings", summary = "The meetings",
            description = "Roles: committee, admin. Upcoming first; past=true lists past ones, "
                    + "newest first. Not paginated: the committee meets about once a month, so each list stays short.")
    @APIResponse(responseCode = "200", description = "The meetings, without their cases (caseCount says how many)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingView.class)))
    public List<MeetingView> list(@Parameter(description = "true: the past meetings instead of the upcoming ones",
                                          example = "false")
                                  @QueryParam("past") @DefaultValue("false") boolean past) {
        return meetings.list(past).stream().map(m -> view(m, null)).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getCommitteeMeeting", summary = "One meeting with the cases on its agenda",
            description = "Roles: committee, admin.")
    @APIResponse(responseCode = "200", description = "The meeting with its cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.MEETING_NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    public MeetingView get(@Parameter(description = ApiDocs.MEETING_ID, example = ApiDocs.MEETING_ID_EXAMPLE)
                           @PathParam("id") UUID id) {
        Meeting m = meetings.get(id);
        return view(m, meetings.casesOf(m));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "planCommitteeMeeting", summary = "Plan a meeting",
            description = "Role: the chair. It must start in the future.")
    @RequestBody(description = "The meeting's title, start and place", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingInput.class)))
    @APIResponse(responseCode = "201", description = "The planned meeting",
            headers = @Header(name = "Location", description = "The new meeting's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri",
                            example = "https://mooc.example.org/api/review/meetings/3c9a1f2e-7b4d-4e5a-9c8b-1a2b3c4d5e6f")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response plan(@Valid @NotNull MeetingInput input, @Context UriInfo uri) {
        Meeting m = meetings.plan(input.title(), input.startsAt(), input.location());
        return Response.created(uri.getAbsolutePathBuilder().path(m.id.toString()).build()).entity(view(m, List.of())).build();
    }

    @POST
    @Path("/{id}/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "addMeetingCase", summary = "Put an open case on the agenda",
            description = "Role: the chair. A case is on one meeting at most.")
    @RequestBody(description = "The case to put on the agenda", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaItemInput.class)))
    @APIResponse(responseCode = "200", description = "The meeting with its cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such meeting or review case",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "409", description = "The case is decided, closed or on another meeting",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public MeetingView addCase(@Parameter(description = ApiDocs.MEETING_ID, example = ApiDocs.MEETING_ID_EXAMPLE)
                               @PathParam("id") UUID id, @Valid @NotNull AgendaItemInput input) {
        Meeting m = meetings.addCase(id, input.caseId());
        return view(m, meetings.casesOf(m));
    }

    @DELETE
    @Path("/{id}/cases/{caseId}")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "removeMeetingCase", summary = "Take a case off the agenda", description = "Role: the chair.")
    @APIResponse(responseCode = "200", description = "The meeting with its remaining cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such meeting or review case, or the case is not on its agenda",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public MeetingView removeCase(@Parameter(description = ApiDocs.MEETING_ID, example = ApiDocs.MEETING_ID_EXAMPLE)
                                  @PathParam("id") UUID id,
                                  @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE)
                                  @PathParam("caseId") UUID caseId) {
        Meeting m = meetings.removeCase(id, caseId);
        return view(m, meetings.casesOf(m));
    }

    @GET
    @Path("/{id}/agenda")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getMeetingAgenda", summary = "The agenda pack",
            description = "Roles: committee, admin. Per case the proposal snapshot, the round, the members and the assessment "
                    + "summary — hidden (scoresHidden) from a caller who may not see the scores: a conflict of interest, or "
                    + "their own assessment is not in yet.")
    @APIResponse(responseCode = "200", description = "The meeting and its cases in full",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Agenda.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.MEETING_NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    public Agenda agenda(@Parameter(description = ApiDocs.MEETING_ID, example = ApiDocs.MEETING_ID_EXAMPLE)
                         @PathParam("id") UUID id) {
        Meeting m = meetings.get(id);
        return new Agenda(new MeetingView(m.id, m.title, m.startsAt, m.location, 0, List.of(), null),
                views.of(meetings.casesOf(m)).stream().map(AgendaCase::of).toList());
    }

    private MeetingView view(Meeting m, List<ReviewCase> cases) {
        return new MeetingView(m.id, m.title, m.startsAt, m.location,
                cases == null ? meetings.caseCount(m) : cases.size(),
                meetings.canEdit() ? List.of(MeetingPermission.EDIT) : List.of(),
                cases == null ? null : cases.stream().map(c -> new MeetingCase(c.id, c.moocId, c.proposalTitle,
                        c.department, c.round, c.status)).toList());
    }

    @Schema(name = "MeetingInput", description = "A committee meeting to plan")
    public record MeetingInput(@NotBlank @Size(max = 200) @SingleLine
                               @Schema(description = "The meeting's title", example = "Steering committee, December")
                               String title,
                               @NotNull @Schema(description = "When it starts; in the future", example = "2026-12-10T13:00:00+01:00")
                               OffsetDateTime startsAt,
                               @Size(max = 200) @SingleLine
                               @Schema(description = "Where it is held", example = "Building 101, meeting room S09") String location) {
    }

    @Schema(name = "AgendaItemInput", description = "A review case to put on the agenda")
    public record AgendaItemInput(@NotNull @Schema(description = "The review case's id", example = ApiDocs.CASE_ID_EXAMPLE,
            required = true) UUID caseId) {
    }

    @Schema(name = "MeetingPermission", description = "EDIT: you may change the meeting's agenda (the chair)")
    public enum MeetingPermission { EDIT }

    @Schema(name = "Meeting", description = "A steering committee meeting")
    public record MeetingView(@Schema(description = "The meeting's id", example = ApiDocs.MEETING_ID_EXAMPLE) UUID id,
                              @Schema(description = "The meeting's title", example = "Steering committee, December") String title,
                              @Schema(description = "When it starts", example = "2026-12-10T13:00:00+01:00") OffsetDateTime startsAt,
                              @Schema(description = "Where it is held", example = "Building 101, meeting room S09") String location,
                              @Schema(description = "How many cases are on its agenda", example = "3") long caseCount,
                              @Schema(description = "EDIT for the chair", example = "[\"EDIT\"]") List<MeetingPermission> permissions,
                              @Schema(description = "The cases on the agenda (only when one meeting is read)")
                              List<MeetingCase> cases) {
    }

    @Schema(name = "MeetingCase", description = "A case on a meeting's agenda, in brief")
    public record MeetingCase(@Schema(description = "The review case's id", example = ApiDocs.CASE_ID_EXAMPLE) UUID caseId,
                              @Schema(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE) UUID moocId,
                              @Schema(description = "The proposal's title", example = "Quantum Computing for Engineers") String title,
                              @Schema(description = "The applicant's department", example = "Compute") String department,
                              @Schema(description = "The review round", example = "1") int round,
                              @Schema(description = "The case's state", example = "OPEN") ReviewCaseStatus status) {
    }

    @Schema(name = "Agenda", description = "The agenda pack: a meeting and its cases in full")
    public record Agenda(@Schema(description = "The meeting (without its case list)") MeetingView meeting,
                         @Schema(description = "The cases on its agenda") List<AgendaCase> cases) {
    }

    @Schema(name = "AgendaCase", description = "One case in the agenda pack: the proposal as submitted for this round, "
            + "its members and the assessment summary")
    public record AgendaCase(@Schema(description = "The review case's id", example = ApiDocs.CASE_ID_EXAMPLE) UUID caseId,
                             @Schema(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE) UUID moocId,
                             @Schema(description = "The proposal's title", example = "Quantum Computing for Engineers")
                             String title,
                             @Schema(description = "Field or topic", example = "Quantum computing") String topic,
                             @Schema(description = "What the MOOC is about") String summary,
                             @Schema(description = "The applicant's department", example = "Compute") String department,
                             @Schema(description = "The instructor who applies") ReviewCaseView.Person instructor,
                             @Schema(description = "The planned launch semester", example = "2027-autumn")
                             String plannedLaunchSemester,
                             @Schema(description = "Learners expected in the first year", example = "5000")
                             Integer expectedEnrolments,
                             @Schema(description = "What the department allocates") ReviewCaseView.Resources resources,
                             @Schema(description = "The review round", example = "1") int round,
                             @Schema(description = "The previous round's decision, with a resubmission")
                             ReviewCaseView.PreviousRound previousRound,
                             @Schema(description = "The case's members") List<ReviewCaseView.Member> members,
                             @Schema(description = "The assessments summed up; null while they are hidden from you")
                             dk.mooc.review.CriteriaSummary assessmentSummary,
                             @Schema(description = "True when you may not see the scores", example = "false")
                             boolean scoresHidden) {
        static AgendaCase of(ReviewCaseView v) {
            return new AgendaCase(v.id(), v.moocId(), v.title(), v.topic(), v.summary(), v.department(), v.instructor(),
                    v.plannedLaunchSemester(), v.expectedEnrolments(), v.resources(), v.round(), v.previousRound(),
                    v.members(), v.assessmentSummary(), v.scoresHidden());
        }
    }
}
