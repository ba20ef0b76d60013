package dk.mooc.production.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.platform.web.SingleLine;
import dk.mooc.platform.web.Versions;
import dk.mooc.production.MaintenanceTask;
import dk.mooc.production.Milestone;
import dk.mooc.production.TeamMember;
import dk.mooc.production.TeamRole;
import dk.mooc.production.service.LaunchService;
import dk.mooc.production.service.ProductionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.mooc.production.rest.ApiDocs.ETAG;
import static dk.mooc.production.rest.ApiDocs.IF_MATCH;
import static dk.mooc.production.rest.ApiDocs.IF_MATCH_EXAMPLE;
import static dk.mooc.production.rest.ApiDocs.IF_MATCH_MISSING;
import static dk.mooc.production.rest.ApiDocs.MOOC_FILTER;
import static dk.mooc.production.rest.ApiDocs.MOOC_ID;
import static dk.mooc.production.rest.ApiDocs.MOOC_ID_EXAMPLE;
import static dk.mooc.production.rest.ApiDocs.NOT_FOUND;
import static dk.mooc.production.rest.ApiDocs.PROBLEM;
import static dk.mooc.production.rest.ApiDocs.STALE;

/** HTTP only: productions of approved MOOCs, their plan, team, QA gates and launch. */
@Path("/productions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Productions", description = "Approved MOOCs on their way to launch, and after it")
public class ProductionResource {

    @Inject
    ProductionService service;

    @Inject
    LaunchService launches;

    @Inject
    ProductionViews views;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "listProductions", summary = "List productions, newest first",
            description = "Roles: consultant, medialab, admin (all); board (their department's); instructor (own, on the "
                    + "team, or invited to give feedback). Team memberships and invitations go to an e-mail address and "
                    + "are bound to the first account that signs in with it, verified; afterwards only that account is "
                    + "admitted. Each row has the next milestone and the count of overdue ones; the plan, team and gates "
                    + "come with one production's read.")
    @APIResponse(responseCode = "200", description = "One page of productions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionPage.class)))
    @APIResponse(responseCode = "400", description = "page, size or moocId is malformed or out of range",
            content = @Content(mediaType = PROBLEM))
    public PageResponse<ProductionView> list(
            @Parameter(description = "The page, from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Productions per page (1-100)", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @Parameter(description = MOOC_FILTER, example = MOOC_ID_EXAMPLE) @QueryParam("moocId") UUID moocId) {
        return views.list(moocId, page, size);
    }

    @GET
    @Path("/{moocId}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "getProduction", summary = "Read one production",
            description = "With the plan, team, QA gates, launch approval, launch, maintenance tasks and the caller's "
                    + "permissions. Visible as in the list. The ETag is the version that changes take as If-Match.")
    @APIResponse(responseCode = "200", description = "The production", headers = @Header(name = HttpHeaders.ETAG,
            description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public Response get(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        return views.respond(service.show(moocId));
    }

    @PUT
    @Path("/{moocId}/milestones/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.MEDIALAB})
    @Operation(operationId = "updateMilestone", summary = "Move a milestone or change its status",
            description = "Moving a milestone: the MOOC's instructor, a consultant. Its status (completing it above all): "
                    + "for a milestone owned by the study board (owner STUDY_BOARD) only a board member of the MOOC's "
                    + "department, for one owned by MediaLab (owner MEDIALAB) only MediaLab; for the others the MOOC's "
                    + "instructor or a consultant. Send If-Match with the production's ETag. When a "
                    + "milestone moves later, the milestones after it that would start before it is done get a proposed "
                    + "new due date (proposedDueDate) to accept or override.")
    @APIResponse(responseCode = "200", description = "The production with its plan", headers = @Header(name = HttpHeaders.ETAG,
            description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionView.class)))
    @APIResponse(responseCode = "403", description = "Not the milestone's owner, or not allowed to move it",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such production or milestone, or not visible to you",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The MOOC has left production, the milestone is done (its date is "
            + "history), or a concurrent change won", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = IF_MATCH_MISSING, content = @Content(mediaType = PROBLEM))
    public Response changeMilestone(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                                    @Parameter(description = "The milestone's key in the plan", example = "PILOT_MODULE")
                                    @PathParam("key") String key,
                                    @Parameter(description = IF_MATCH, required = true, example = IF_MATCH_EXAMPLE)
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull MilestoneChange change) {
        return views.respond(service.changeMilestone(moocId, Versions.requireIfMatch(ifMatch), key, change.dueDate(),
                change.status()));
    }

    @POST
    @Path("/{moocId}/plan/accept-proposals")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "acceptProposedDueDates", summary = "Accept every proposed due date",
            description = "Roles: the MOOC's instructor, a consultant. Each milestone with a proposedDueDate takes it as "
                    + "its due date. If-Match required.")
    @APIResponse(responseCode = "200", description = "The production with its plan", headers = @Header(name = HttpHeaders.ETAG,
            description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The MOOC has left production, or a concurrent change won",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = IF_MATCH_MISSING, content = @Content(mediaType = PROBLEM))
    public Response acceptProposals(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                                    @Parameter(description = IF_MATCH, required = true, example = IF_MATCH_EXAMPLE)
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return views.respond(service.acceptProposals(moocId, Versions.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/{moocId}/plan/agree")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "agreeProductionPlan", summary = "Record the plan as agreed",
            description = "Roles: the MOOC's instructor, a consultant. The first agreed plan is the baseline that slips are "
                    + "measured against; the production moves to IN_PRODUCTION. If-Match required.")
    @APIResponse(responseCode = "200", description = "The production with its agreed plan",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The plan was agreed already, the MOOC has left production, or a "
            + "concurrent change won", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = IF_MATCH_MISSING, content = @Content(mediaType = PROBLEM))
    public Response agree(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                          @Parameter(description = IF_MATCH, required = true, example = IF_MATCH_EXAMPLE)
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return views.respond(service.agreePlan(moocId, Versions.requireIfMatch(ifMatch)));
    }

    @PUT
    @Path("/{moocId}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "replaceProductionTeam", summary = "Replace the team",
            description = "Roles: the MOOC's instructor, a consultant. Exactly one INSTRUCTOR; each e-mail once. Each role "
                    + "comes with the responsibilities the programme assigns to it. If-Match required.")
    @APIResponse(responseCode = "200", description = "The production with its new team",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid team: not exactly one instructor, or someone twice",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The MOOC has left production, or a concurrent change won",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = IF_MATCH_MISSING, content = @Content(mediaType = PROBLEM))
    public Response team(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                         @Parameter(description = IF_MATCH, required = true, example = IF_MATCH_EXAMPLE)
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull Team team) {
        return views.respond(service.replaceTeam(moocId, Versions.requireIfMatch(ifMatch),
                team.members().stream().map(m -> new TeamMember(m.name().strip(), m.email().strip(), m.role())).toList()));
    }

    @PUT
    @Path("/{moocId}/user-test")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "recordUserTest", summary = "Record the user test",
            description = "Roles: the MOOC's instructor, a consultant. A QA gate (mandatory for new content, a warning "
                    + "otherwise); marks the user-test milestone done. Recording it again replaces it.")
    @APIResponse(responseCode = "200", description = "The production with its user test",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionView.class)))
    @APIResponse(responseCode = "400", description = "Tested in the future, or with nobody",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The MOOC has left production", content = @Content(mediaType = PROBLEM))
    public Response userTest(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                             @Valid @NotNull UserTestRecord t) {
        return views.respond(launches.recordUserTest(moocId, t.testedOn(), t.students(), t.colleagues(), t.findings()));
    }

    @POST
    @Path("/{moocId}/launch-approval/request")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "requestLaunchApproval", summary = "Ask the study board to approve the launch",
            description = "Roles: the MOOC's instructor, a consultant, once the plan is agreed. E-mails the department's "
                    + "study board a link to /productions/{moocId}/launch-approval.")
    @APIResponse(responseCode = "200", description = "The production; launchApproval.status is REQUESTED",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already approved, or the plan is not agreed",
            content = @Content(mediaType = PROBLEM))
    public Response requestLaunchApproval(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE)
                                          @PathParam("moocId") UUID moocId) {
        return views.respond(launches.requestLaunchApproval(moocId));
    }

    @POST
    @Path("/{moocId}/launch-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "decideLaunchApproval", summary = "Approve or decline the launch",
            description = "Role: a study board member of the MOOC's department, while the approval is requested. A comment "
                    + "is required to decline.")
    @APIResponse(responseCode = "200", description = "The production with the decided launch approval",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionView.class)))
    @APIResponse(responseCode = "400", description = "Declined without a comment", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Another department's board", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not requested", content = @Content(mediaType = PROBLEM))
    public Response decideLaunchApproval(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE)
                                         @PathParam("moocId") UUID moocId, @Valid @NotNull LaunchDecision d) {
        return views.respond(launches.decideLaunchApproval(moocId, d.decision() == LaunchDecision.Decision.APPROVED,
                d.comment()));
    }

    @POST
    @Path("/{moocId}/launch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "launchMooc", summary = "Launch the MOOC",
            description = "Roles: the MOOC's instructor, a consultant. Refused until every blocking QA gate is met: the "
                    + "409 problem's unmetGates names each (key, and its state as code and params, as in QaGate). Publishes mooc.course.launched.v1.")
    @APIResponse(responseCode = "200", description = "The launched production (warnings lists unmet non-blocking gates)",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Unmet QA gates, or not in production",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unmet gates",
                    value = "{\"type\":\"urn:mooc:problem:illegal-transition\","
                    + "\"title\":\"This action is not possible in the current state\",\"status\":409,"
                    + "\"detail\":\"The MOOC cannot launch yet: 1 QA gate(s) are not met: The feedback round on the material is still open\","
                    + "\"unmetGates\":[{\"key\":\"FEEDBACK_MATERIAL\",\"code\":\"FEEDBACK_ROUND_OPEN\","
                    + "\"params\":{\"round\":\"MATERIAL\"}}]}")))
    public Response launch(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                           @Valid @NotNull Launch l) {
        return views.respond(launches.launch(moocId, l.courseUrl().strip(), l.launchDate()));
    }

    @PUT
    @Path("/{moocId}/maintenance-tasks/{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "updateMaintenanceTask", summary = "Mark a maintenance task done",
            description = "Roles: the MOOC's instructor, a consultant. Tasks come from a semester review that decided to revise.")
    @APIResponse(responseCode = "200", description = "The production with its maintenance tasks",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionView.class)))
    @APIResponse(responseCode = "400", description = "A status other than DONE", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such production or task, or not visible to you",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The task is done already", content = @Content(mediaType = PROBLEM))
    public Response task(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                         @Parameter(description = "The maintenance task's id", example = "5c2d4e8f-9a1b-4c3d-8e5f-6a7b3b9e1f7a")
                         @PathParam("taskId") UUID taskId, @Valid @NotNull TaskChange c) {
        return views.respond(launches.completeTask(moocId, taskId, c.status()));
    }

    /** A new due date and/or status for a milestone. */
    @Schema(name = "MilestoneChange", description = "A new due date and/or status for a milestone; a field left out "
            + "stays as it is")
    public record MilestoneChange(@Schema(description = "The new due date", example = "2027-04-15") LocalDate dueDate,
                                  @Schema(description = "The new status", example = "DONE") Milestone.Status status) {
    }

    @Schema(name = "Team", description = "The whole team; it replaces the one before")
    public record Team(@Schema(description = "Every member, exactly one of them INSTRUCTOR; each e-mail once")
                       @NotEmpty @Size(max = 20) List<@Valid @NotNull Member> members) {
        @Schema(name = "TeamMemberChange", description = "One member of the new team")
        public record Member(@NotBlank @Size(max = 200) @SingleLine
                             @Schema(description = "The member's name, one line", example = "Sara Student") String name,
                             @NotBlank @Email @Size(max = 200) @SingleLine
                             @Schema(description = "The address the membership is granted to; the first account that "
                                     + "signs in with it, verified, is bound to it", example = "sara@example.org") String email,
                             @NotNull @Schema(example = "ASSISTANT") TeamRole role) {
        }
    }

    @Schema(name = "UserTestRecord", description = "The user test of the MOOC's material")
    public record UserTestRecord(@NotNull @Schema(description = "The day of the test; not in the future",
                                         example = "2027-05-02") LocalDate testedOn,
                                 @NotNull @Min(0) @Max(1000) @Schema(description = "Students who took part", example = "8")
                                 Integer students,
                                 @NotNull @Min(0) @Max(1000) @Schema(description = "Colleagues who took part", example = "2")
                                 Integer colleagues,
                                 @NotBlank @Size(max = 4000)
                                 @Schema(description = "What the test found",
                                         example = "Week 2's quiz was too hard; videos over 10 minutes lost attention.")
                                 String findings) {
    }

    @Schema(name = "LaunchDecision", description = "The study board's decision on the launch")
    public record LaunchDecision(@NotNull @Schema(example = "APPROVED") Decision decision,
                                 @Size(max = 4000) @Schema(description = "Required to decline", example = "Well tested; go ahead.")
                                 String comment) {
        @Schema(name = "LaunchDecisionOutcome", description = "Approve or decline the launch")
        public enum Decision { APPROVED, DECLINED }
    }

    @Schema(name = "LaunchRequest", description = "Where and when the MOOC goes live")
    public record Launch(@NotBlank @Size(max = 500) @SingleLine @Pattern(regexp = "https://www\\.coursera\\.org/\\S+",
            message = "must be the course's page on Coursera (https://www.coursera.org/...)")
                         @Schema(description = "The course's page on Coursera",
                                 example = "https://www.coursera.org/learn/quantum-computing-for-engineers") String courseUrl,
                         @NotNull @Schema(description = "The day the course opens to learners", example = "2027-09-01")
                         LocalDate launchDate) {
    }

    @Schema(name = "MaintenanceTaskChange", description = "The task's new status; only DONE is accepted")
    public record TaskChange(@NotNull @Schema(example = "DONE") MaintenanceTask.Status status) {
    }

    /**
     * The wire form of {@code PageResponse<ProductionView>} under a name of its own: for the document, and as the
     * productions part of {@link ProductionHome}.
     */
    @Schema(name = "ProductionPage", description = "One page of productions")
    record ProductionPage(
            @Schema(description = "The productions on this page", required = true) List<ProductionView> items,
            @Schema(description = "The page, from 0", example = "0", required = true) int page,
            @Schema(description = "The page size asked for", example = "20", required = true) int size,
            @Schema(description = PageResponse.TOTAL, example = "42", required = true) long total,
            @Schema(description = PageResponse.TOTAL_EXACT, example = "true", required = true) boolean totalExact) {

        /** listProductions' answer under this name, for getMyProductionHome: the same fields, so the same JSON. */
        static ProductionPage of(PageResponse<ProductionView> p) {
            return new ProductionPage(p.items(), p.page(), p.size(), p.total(), p.totalExact());
        }
    }
}
