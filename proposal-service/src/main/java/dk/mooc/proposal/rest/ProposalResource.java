package dk.mooc.proposal.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.platform.web.Versions;
import dk.mooc.proposal.NextStep;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalStatus;
import dk.mooc.proposal.ProposalFilter;
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
import java.util.UUID;

/** HTTP only: maps, validates and delegates to {@link ProposalService}. */
@Path("/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "MOOC proposals from draft to the steering committee")
public class ProposalResource {

    @Inject
    ProposalService service;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "List the proposals you may see",
            description = "Roles: instructor (own proposals), committee (submitted proposals), admin (all). "
                    + "Search in title, topic, summary and instructor name; filter by status, department and planned "
                    + "launch semester; sort by UPDATED (default, newest first), TITLE, LAUNCH or STATUS.")
    @APIResponse(responseCode = "200", description = "One page of proposals")
    public PageResponse<ProposalView> list(
            @QueryParam("q") @Size(max = 200) String query,
            @QueryParam("status") ProposalStatus status,
            @QueryParam("department") @Size(max = 100) String department,
            @QueryParam("semester") @Pattern(regexp = "\\d{4}-(spring|autumn)", message = "must look like 2027-spring")
            String semester,
            @QueryParam("sort") @DefaultValue("UPDATED") ProposalFilter.SortKey sort,
            @QueryParam("direction") @DefaultValue("desc") @Pattern(regexp = "asc|desc") String direction,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ProposalFilter filter = new ProposalFilter(query, status, department, semester, sort, "asc".equals(direction));
        return service.list(filter, page, size).map(ProposalView::of);
    }

    @GET
    @Path("/{id}/next")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.COMMITTEE, Roles.ADMIN})
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
    @RolesAllowed({Roles.INSTRUCTOR, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "Who did what and when", description = "Roles: whoever may read the proposal. Oldest first; append-only.")
    @APIResponse(responseCode = "200", description = "The proposal's history")
    public List<HistoryView> history(@PathParam("id") UUID id) {
        return service.history(id).stream().map(HistoryView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "Read one proposal",
            description = "Roles: its instructor, committee (once submitted), admin. Others get 404. The ETag is the version.")
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
    @Operation(summary = "Edit a draft",
            description = "Role: the proposal's instructor. Send If-Match with the ETag you read: a stale one is 412, "
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
            description = "Role: the proposal's instructor. Publishes mooc.proposal.submitted.v1; review-service opens a "
                    + "review case. If-Match is optional here; when sent it must be current.")
    @APIResponse(responseCode = "200", description = "The submitted proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft",
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

    private static Response withEtag(Response.ResponseBuilder b, Proposal p) {
        return b.entity(ProposalView.of(p)).tag(Versions.etag(p.version)).build();
    }
}
