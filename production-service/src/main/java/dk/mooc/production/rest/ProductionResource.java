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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** HTTP only: productions of approved MOOCs, their plan, team, QA gates and launch. */
@Path("/productions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Productions", description = "Approved MOOCs on their way to launch, and after it")
public class ProductionResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ProductionService service;

    @Inject
    LaunchService launches;

    @Inject
    ProductionViews views;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(summary = "List productions, newest first",
            description = "Roles: consultant, medialab, admin (all); board (their department's); instructor (own, on the "
                    + "team, or invited to give feedback). Team memberships and invitations go to an e-mail address and "
                    + "are bound to the first account that signs in with it, verified; afterwards only that account is "
                    + "admitted. Each row has the next milestone and the count of overdue ones.")
    @APIResponse(responseCode = "200", description = "One page of productions")
    public PageResponse<ProductionView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return views.page(service.list(page, size));
    }

    @GET
    @Path("/{moocId}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(summary = "Read one production",
            description = "With the plan, team, QA gates, launch approval, launch, maintenance tasks and the caller's "
                    + "permissions. Visible as in the list.")
    @APIResponse(responseCode = "200", description = "The production")
    @APIResponse(responseCode = "404", description = "No such production, or not visible to you",
            content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("moocId") UUID moocId) {
        return views.respond(service.get(moocId));
    }

    @PUT
    @Path("/{moocId}/milestones/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.MEDIALAB})
    @Operation(summary = "Move a milestone or change its status",
            description = "Moving a milestone: the MOOC's instructor, a consultant. Its status (completing it above all): "
                    + "for a milestone owned by the study board (owner STUDY_BOARD) only a board member of the MOOC's "
                    + "department, for one owned by MediaLab (owner MEDIALAB) only MediaLab; for the others the MOOC's "
                    + "instructor or a consultant. Send If-Match with the production's ETag. When a "
                    + "milestone moves later, the milestones after it that would start before it is done get a proposed "
                    + "new due date (proposedDueDate) to accept or override.")
    @APIResponse(responseCode = "200", description = "The production with its plan")
    @APIResponse(responseCode = "403", description = "Not the milestone's owner, or not allowed to move it",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    public Response changeMilestone(@PathParam("moocId") UUID moocId, @PathParam("key") String key,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull MilestoneChange change) {
        return views.respond(service.changeMilestone(moocId, Versions.requireIfMatch(ifMatch), key, change.dueDate(),
                change.status()));
    }

    @POST
    @Path("/{moocId}/plan/accept-proposals")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Accept every proposed due date", description = "Roles: the MOOC's instructor, a consultant. If-Match required.")
    public Response acceptProposals(@PathParam("moocId") UUID moocId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return views.respond(service.acceptProposals(moocId, Versions.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/{moocId}/plan/agree")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Record the plan as agreed",
            description = "Roles: the MOOC's instructor, a consultant. The first agreed plan is the baseline that slips are "
                    + "measured against; the production moves to IN_PRODUCTION. If-Match required.")
    public Response agree(@PathParam("moocId") UUID moocId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return views.respond(service.agreePlan(moocId, Versions.requireIfMatch(ifMatch)));
    }

    @PUT
    @Path("/{moocId}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Replace the team",
            description = "Roles: the MOOC's instructor, a consultant. Exactly one INSTRUCTOR; each e-mail once. Each role "
                    + "comes with the responsibilities the programme assigns to it. If-Match required.")
    @APIResponse(responseCode = "200", description = "The production with its new team")
    @APIResponse(responseCode = "400", description = "Invalid team", content = @Content(mediaType = PROBLEM))
    public Response team(@PathParam("moocId") UUID moocId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull Team team) {
        return views.respond(service.replaceTeam(moocId, Versions.requireIfMatch(ifMatch),
                team.members().stream().map(m -> new TeamMember(m.name().strip(), m.email().strip(), m.role())).toList()));
    }

    @PUT
    @Path("/{moocId}/user-test")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Record the user test",
            description = "Roles: the MOOC's instructor, a consultant. A QA gate (mandatory for new content, a warning "
                    + "otherwise); marks the user-test milestone done.")
    @APIResponse(responseCode = "200", description = "The production")
    public Response userTest(@PathParam("moocId") UUID moocId, @Valid @NotNull UserTestRecord t) {
        return views.respond(launches.recordUserTest(moocId, t.testedOn(), t.students(), t.colleagues(), t.findings()));
    }

    @POST
    @Path("/{moocId}/launch-approval/request")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Ask the study board to approve the launch",
            description = "Roles: the MOOC's instructor, a consultant, once the plan is agreed. E-mails the department's "
                    + "study board a link to /productions/{moocId}/launch-approval.")
    @APIResponse(responseCode = "200", description = "The production; launchApproval.status is REQUESTED")
    @APIResponse(responseCode = "409", description = "Already approved, or the plan is not agreed",
            content = @Content(mediaType = PROBLEM))
    public Response requestLaunchApproval(@PathParam("moocId") UUID moocId) {
        return views.respond(launches.requestLaunchApproval(moocId));
    }

    @POST
    @Path("/{moocId}/launch-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BOARD)
    @Operation(summary = "Approve or decline the launch",
            description = "Role: a study board member of the MOOC's department, while the approval is requested. A comment "
                    + "is required to decline.")
    @APIResponse(responseCode = "200", description = "The production")
    @APIResponse(responseCode = "403", description = "Another department's board", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not requested", content = @Content(mediaType = PROBLEM))
    public Response decideLaunchApproval(@PathParam("moocId") UUID moocId, @Valid @NotNull LaunchDecision d) {
        return views.respond(launches.decideLaunchApproval(moocId, d.decision() == LaunchDecision.Decision.APPROVED,
                d.comment()));
    }

    @POST
    @Path("/{moocId}/launch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Launch the MOOC",
            description = "Roles: the MOOC's instructor, a consultant. Refused until every blocking QA gate is met: the "
                    + "409 problem's unmetGates names each (key, detail). Publishes mooc.course.launched.v1.")
    @APIResponse(responseCode = "200", description = "The launched production (warnings lists unmet non-blocking gates)")
    @APIResponse(responseCode = "409", description = "Unmet QA gates, or not in production",
            content = @Content(mediaType = PROBLEM, schema = @Schema(example = "{\"type\":\"urn:mooc:problem:illegal-transition\","
                    + "\"title\":\"This action is not possible in the current state\",\"status\":409,"
                    + "\"detail\":\"The MOOC cannot launch yet: 1 QA gate(s) are not met: The feedback round on the material is still open\","
                    + "\"unmetGates\":[{\"key\":\"FEEDBACK_MATERIAL\",\"detail\":\"The feedback round on the material is still open\"}]}")))
    public Response launch(@PathParam("moocId") UUID moocId, @Valid @NotNull Launch l) {
        return views.respond(launches.launch(moocId, l.courseUrl().strip(), l.launchDate()));
    }

    @PUT
    @Path("/{moocId}/maintenance-tasks/{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Mark a maintenance task done",
            description = "Roles: the MOOC's instructor, a consultant. Tasks come from a semester review that decided to revise.")
    public Response task(@PathParam("moocId") UUID moocId, @PathParam("taskId") UUID taskId, @Valid @NotNull TaskChange c) {
        return views.respond(launches.completeTask(moocId, taskId, c.status()));
    }

    /** A new due date and/or status for a milestone. */
    @Schema(name = "MilestoneChange")
    public record MilestoneChange(@Schema(example = "2027-04-15") LocalDate dueDate,
                                  @Schema(example = "DONE") Milestone.Status status) {
    }

    @Schema(name = "Team")
    public record Team(@NotEmpty @Size(max = 20) List<@Valid @NotNull Member> members) {
        @Schema(name = "TeamMemberChange")
        public record Member(@NotBlank @Size(max = 200) @SingleLine @Schema(example = "Sara Student") String name,
                             @NotBlank @Email @Size(max = 200) @SingleLine @Schema(example = "sara@example.org") String email,
                             @NotNull @Schema(example = "ASSISTANT") TeamRole role) {
        }
    }

    @Schema(name = "UserTestRecord")
    public record UserTestRecord(@NotNull @Schema(example = "2027-05-02") LocalDate testedOn,
                                 @NotNull @Min(0) @Max(1000) @Schema(example = "8") Integer students,
                                 @NotNull @Min(0) @Max(1000) @Schema(example = "2") Integer colleagues,
                                 @NotBlank @Size(max = 4000)
                                 @Schema(example = "Week 2's quiz was too hard; videos over 10 minutes lost attention.")
                                 String findings) {
    }

    @Schema(name = "LaunchDecision")
    public record LaunchDecision(@NotNull @Schema(example = "APPROVED") Decision decision,
                                 @Size(max = 4000) @Schema(example = "Well tested; go ahead.") String comment) {
        public enum Decision { APPROVED, DECLINED }
    }

    @Schema(name = "Launch")
    public record Launch(@NotBlank @Size(max = 500) @SingleLine @Pattern(regexp = "https://www\\.coursera\\.org/\\S+",
            message = "must be the course's page on Coursera (https://www.coursera.org/...)")
                         @Schema(example = "https://www.coursera.org/learn/quantum-computing-for-engineers") String courseUrl,
                         @NotNull @Schema(example = "2027-09-01") LocalDate launchDate) {
    }

    @Schema(name = "MaintenanceTaskChange")
    public record TaskChange(@NotNull @Schema(example = "DONE") MaintenanceTask.Status status) {
    }
}
