package dk.mooc.proposal.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.platform.web.SingleLine;
import dk.mooc.platform.web.Versions;
import dk.mooc.proposal.NextStep;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalContent;
import dk.mooc.proposal.ProposalStatus;
import dk.mooc.proposal.ProposalFilter;
import dk.mooc.proposal.TeamBinding;
import dk.mooc.proposal.service.ProposalAccess;
import dk.mooc.proposal.service.ProposalService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP only: maps, validates and delegates to {@link ProposalService}. */
@Path("/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "MOOC proposals from draft to the steering committee")
public class ProposalResource {

    @Inject
    ProposalService service;

    @Inject
    ProposalAccess access;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "List the proposals you may see",
            description = "Roles: instructor (own proposals and those with a team entry bound to your account: the first "
                    + "account to sign in with the verified e-mail address an entry lists is bound to it), consultant (the LearningLab "
                    + "queue and your consultations; consultant=unassigned or consultant=me narrows it), board and head "
                    + "(your department's proposals once endorsements were requested), committee (submitted proposals), "
                    + "admin (all). "
                    + "Search in title, topic, summary and instructor name; filter by status, department and planned "
                    + "launch semester; sort by UPDATED (default, newest first), TITLE, LAUNCH or STATUS (in workflow order).")
    @APIResponse(responseCode = "200", description = "One page of proposals")
    public PageResponse<ProposalView> list(
            @QueryParam("q") @Size(max = 200) @SingleLine String q,
            @QueryParam("status") ProposalStatus status,
            @QueryParam("department") @Size(max = 100) @SingleLine String department,
            @QueryParam("semester") @Pattern(regexp = "\\d{4}-(spring|autumn)", message = "must look like 2027-spring")
            String semester,
            @QueryParam("sort") @DefaultValue("UPDATED") ProposalFilter.SortKey sort,
            @QueryParam("direction") @DefaultValue("desc") @Pattern(regexp = "asc|desc") String direction,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @QueryParam("consultant") @Pattern(regexp = "unassigned|me", message = "must be unassigned or me") String consultant) {
        ProposalFilter filter = new ProposalFilter(q, status, department, semester, sort, "asc".equals(direction),
                consultant == null ? null : ProposalFilter.ConsultantView.valueOf(consultant.toUpperCase(java.util.Locale.ROOT)));
        PageResponse<Proposal> found = service.list(filter, page, size);
        Map<UUID, List<TeamBinding>> bindings = access.teamBindings(found.items());
        return found.map(p -> ProposalView.of(p, access.permissions(p), bindings.getOrDefault(p.id, List.of())));
    }

    @GET
    @Path("/{id}/next")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "What's next: the stage, what is missing and who must act",
            description = "Roles: whoever may read the proposal. `missing` names the application's fields that are still "
                    + "empty; `nextActor` is INSTRUCTOR, COMMITTEE or NOBODY; `nextAction` is COMPLETE_APPLICATION, SUBMIT, "
                    + "AWAIT_REVIEW or NONE.")
    @APIResponse(responseCode = "200", description = "The next step",
            content = @Content(schema = @Schema(implementation = NextStep.class)))
    public NextStep next(@PathParam("id") UUID id) {
        return service.nextStep(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "Who did what and when", description = "Roles: whoever may read the proposal. Oldest first; append-only.")
    @APIResponse(responseCode = "200", description = "The proposal's history")
    public List<HistoryView> history(@PathParam("id") UUID id) {
        return service.history(id).stream().map(HistoryView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "Read one proposal",
            description = "Roles: its instructor, team members bound to their entry (read only), whoever the workflow has "
                    + "reached (consultant, board, head, committee: docs/proposals.md), admin. Others get 404. Each team "
                    + "entry says whether it is still `pending` (nobody has signed in with its verified address yet) or "
                    + "bound since `boundAt`. The ETag is the version.")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "404", description = "No such proposal, or not visible to you",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") UUID id) {
        return withEtag(Response.ok(), service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(summary = "Start a proposal as a draft",
            description = "Role: instructor. The department is taken from your account.")
    @APIResponse(responseCode = "201", description = "The draft, with its MOOC id",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    public Response create(@Valid @NotNull ProposalInput input, @jakarta.ws.rs.core.Context UriInfo uri) {
        Proposal p = service.create(input.toContent());
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build()), p);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(summary = "Edit the application",
            description = "Role: the proposal's instructor; before submission and during a revision. An edit voids the "
                    + "Head of Department's signature, and the study board's approval when the academic scope changes. Send If-Match with the ETag you read: a stale one is 412, "
                    + "a missing one 428, so that no change is lost.")
    @APIResponse(responseCode = "200", description = "The edited draft",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft any more, or changed concurrently",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = "application/problem+json"))
    public Response update(@PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                                   description = "The ETag you read", schema = @Schema(type = SchemaType.STRING, example = "\"0\""))
                           String ifMatch,
                           @Valid @NotNull ProposalInput input) {
        Proposal p = service.update(id, Versions.requireIfMatch(ifMatch), input.toContent());
        return withEtag(Response.ok(), p);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(summary = "Submit the proposal to the steering committee",
            description = "Role: the proposal's instructor; from ENDORSEMENT or REVISION_REQUESTED, only when the study "
                    + "board's approval and the Head of Department's signature both hold for the current content. Freezes "
                    + "the version and publishes mooc.proposal.submitted.v1 (version 1) or mooc.proposal.resubmitted.v1 "
                    + "(a revision); review-service opens a review case or its next round. If-Match is optional here; when "
                    + "sent it must be current.")
    @APIResponse(responseCode = "200", description = "The submitted proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "Not in a stage that can be submitted, or an endorsement does not hold",
            content = @Content(mediaType = "application/problem+json"))
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.requireIfMatch(ifMatch);
        return withEtag(Response.ok(), service.submit(id, expected));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(summary = "Withdraw the proposal",
            description = "Role: the proposal's instructor; possible at any point before the committee's decision. Publishes "
                    + "mooc.proposal.withdrawn.v1; review-service closes an open review case. The body's reason is optional.")
    @APIResponse(responseCode = "200", description = "The withdrawn proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn",
            content = @Content(mediaType = "application/problem+json"))
    public Response withdraw(@PathParam("id") UUID id, @Valid WithdrawalInput input) {
        return withEtag(Response.ok(), service.withdraw(id, input == null ? null : input.reason()));
    }

    /** Why the instructor withdraws (optional). */
    @Schema(name = "WithdrawalInput")
    public record WithdrawalInput(@Size(max = 2000)
                                  @Schema(example = "The department cannot allocate the video budget this year.") String reason) {
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The versions of the application",
            description = "Roles: whoever may read the proposal. Every submitted version is frozen; the last entry is the "
                    + "current one (current=true), which may still be being written.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        Proposal p = service.get(id);
        List<VersionView> list = new java.util.ArrayList<>(service.versions(id).stream()
                .map(v -> new VersionView(v.number, v.contentHash, v.submittedAt, v.number == p.revision)).toList());
        if (list.stream().noneMatch(VersionView::current)) {
            list.add(new VersionView(p.revision, p.contentHash, null, true));
        }
        return list;
    }

    @GET
    @Path("/{id}/versions/{number}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "One version's content", description = "Roles: whoever may read the proposal.")
    @APIResponse(responseCode = "200", description = "The application as it was in that version")
    public ProposalContent version(@PathParam("id") UUID id, @PathParam("number") @Min(1) int number) {
        return service.contentOf(id, number);
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "What changed between two versions",
            description = "Roles: whoever may read the proposal. `to` omitted compares with the current content. Says "
                    + "whether the change needs a new approval from the study board (the academic scope changed) and a new "
                    + "signature from the Head of Department (any change).")
    @APIResponse(responseCode = "200", description = "The changed fields with their values before and after")
    public ProposalService.VersionDiff diff(@PathParam("id") UUID id,
                                            @QueryParam("from") @DefaultValue("1") @Min(1) int from,
                                            @QueryParam("to") @Min(1) Integer to) {
        return service.diff(id, from, to);
    }

    /** One version of the application in the version list. */
    @Schema(name = "ProposalVersion")
    public record VersionView(@Schema(example = "1") int number, String contentHash,
                              @Schema(description = "When this version went to the committee; null while being written")
                              java.time.OffsetDateTime submittedAt,
                              @Schema(description = "The proposal's current version") boolean current) {
    }

    private Response withEtag(Response.ResponseBuilder b, Proposal p) {
        return ProposalView.respond(b, p, access);
    }
}
