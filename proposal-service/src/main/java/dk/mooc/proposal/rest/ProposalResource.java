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
import dk.mooc.proposal.service.AttachmentService;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    @Inject
    AttachmentService attachments;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listProposals", summary = "List the proposals you may see",
            description = "Roles: instructor (own proposals and those with a team entry bound to your account: the first "
                    + "account to sign in with the verified e-mail address an entry lists is bound to it), consultant (the LearningLab "
                    + "queue and your consultations; consultant=unassigned or consultant=me narrows it), board and head "
                    + "(your department's proposals once endorsements were requested), committee (submitted proposals), "
                    + "admin (all). "
                    + "Search in title, topic, summary and instructor name; filter by status, department and planned "
                    + "launch semester; sort by UPDATED (default, newest first), TITLE, LAUNCH or STATUS (in workflow order). "
                    + "Each proposal is one MOOC: read a MOOC's proposal with getProposal.")
    @APIResponse(responseCode = "200", description = "One page of proposals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalPage.class)))
    public PageResponse<ProposalView> list(
            @Parameter(description = "Words to find in the title, topic, summary or instructor's name", example = "quantum")
            @QueryParam("q") @Size(max = 200) @SingleLine String q,
            @Parameter(description = "Only proposals in this stage", example = "SUBMITTED")
            @QueryParam("status") ProposalStatus status,
            @Parameter(description = "Only proposals of this department", example = "Compute")
            @QueryParam("department") @Size(max = 100) @SingleLine String department,
            @Parameter(description = "Only proposals planned to launch in this semester", example = "2027-autumn",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-(spring|autumn)$"))
            @QueryParam("semester") @Pattern(regexp = "\\d{4}-(spring|autumn)", message = "must look like 2027-spring")
            String semester,
            @Parameter(description = "The order: UPDATED (last change), TITLE, LAUNCH (planned semester) or STATUS "
                    + "(workflow order)", example = "UPDATED")
            @QueryParam("sort") @DefaultValue("UPDATED") ProposalFilter.SortKey sort,
            @Parameter(description = "Ascending or descending", example = "desc",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"asc", "desc"}, defaultValue = "desc"))
            @QueryParam("direction") @DefaultValue("desc") @Pattern(regexp = "asc|desc") String direction,
            @Parameter(description = "The page, from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Proposals per page (1 to 100)", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @Parameter(description = "Consultants only: unassigned = the LearningLab queue, me = your consultations",
                    example = "unassigned", schema = @Schema(type = SchemaType.STRING, enumeration = {"unassigned", "me"}))
            @QueryParam("consultant") @Pattern(regexp = "unassigned|me", message = "must be unassigned or me") String consultant) {
        ProposalFilter filter = new ProposalFilter(q, status, department, semester, sort, "asc".equals(direction),
                consultant == null ? null : ProposalFilter.ConsultantView.valueOf(consultant.toUpperCase(java.util.Locale.ROOT)));
        PageResponse<Proposal> found = service.list(filter, page, size);
        Map<UUID, List<TeamBinding>> bindings = access.teamBindings(found.items());
        return found.map(p -> ProposalView.of(p, access.permissions(p), bindings.getOrDefault(p.id, List.of())));
    }

    /** The wire form of {@code PageResponse<ProposalView>} under a name of its own, for the document only. */
    @Schema(name = "ProposalPage", description = "One page of proposals")
    record ProposalPage(
            @Schema(description = "The proposals on this page, in the order asked for", required = true)
            List<ProposalView> items,
            @Schema(description = "The page, from 0", example = "0", required = true) int page,
            @Schema(description = "The page size asked for", example = "20", required = true) int size,
            @Schema(description = PageResponse.TOTAL, example = "42", required = true) long total,
            @Schema(description = PageResponse.TOTAL_EXACT, example = "true", required = true) boolean totalExact) {
    }

    @GET
    @Path("/{moocId}/next")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getProposalNextStep", summary = "What's next: the stage, what is missing and who must act",
            description = "Roles: whoever may read the proposal. `missing` names the application's fields that are still "
                    + "empty; `nextActor` says who must act and `nextAction` what they must do; `waitingFor` lists every "
                    + "party the proposal waits for (the study board and the Head of Department may both be asked).")
    @APIResponse(responseCode = "200", description = "The next step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NextStep.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    public NextStep next(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                         @PathParam("moocId") UUID id) {
        return service.nextStep(id);
    }

    @GET
    @Path("/{moocId}/history")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listProposalHistory", summary = "Who did what and when",
            description = "Roles: whoever may read the proposal. Oldest first; append-only. Not paginated: it is one "
                    + "proposal's history, a line per workflow step, edit or attachment (tens of entries over its life).")
    @APIResponse(responseCode = "200", description = "The proposal's history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    public List<HistoryView> history(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                                     @PathParam("moocId") UUID id) {
        return service.history(id).stream().map(HistoryView::of).toList();
    }

    @GET
    @Path("/{moocId}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getProposal", summary = "Read one proposal",
            description = "Roles: its instructor, team members bound to their entry (read only), whoever the workflow has "
                    + "reached (consultant, board, head, committee: docs/proposals.md), admin. Others get 404. Each team "
                    + "entry says whether it is still `pending` (nobody has signed in with its verified address yet) or "
                    + "bound since `boundAt`. The ETag is the version.")
    @APIResponse(responseCode = "200", description = "The proposal",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    public Response get(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                        @PathParam("moocId") UUID id) {
        ProposalService.Read read = service.read(id);
        return ProposalView.respond(Response.ok(), read.proposal(), access, read.teamBindings());
    }

    @GET
    @Path("/{moocId}/dossier")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getProposalDossier", summary = "Read one proposal with its next step, history, attachments and versions",
            description = "Roles: whoever may read the proposal (as getProposal; others get 404). Everything a page "
                    + "about the proposal shows from this service, in one request: the proposal as getProposal answers "
                    + "it, its next step, history, attachments and versions as getProposalNextStep, "
                    + "listProposalHistory, listProposalAttachments and listProposalVersions answer them. The ETag is "
                    + "the proposal's version.")
    @APIResponse(responseCode = "200", description = "The proposal and its parts",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalDossier.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    public Response dossier(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                            @PathParam("moocId") UUID id) {
        ProposalService.Read read = service.read(id);
        Proposal p = read.proposal();
        ProposalDossier dossier = new ProposalDossier(ProposalView.of(p, access.permissions(p), read.teamBindings()),
                NextStep.of(p), history(p.id), attachments.list(p.id).stream().map(AttachmentView::of).toList(),
                versions(p.id));
        return Response.ok(dossier).tag(Versions.etag(p.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(operationId = "createProposal", summary = "Start a proposal as a draft",
            description = "Role: instructor. The department is taken from your account (400 with field `department` "
                    + "when it has none). Only the title, newContent and plannedLaunchSemester are needed to start; the rest "
                    + "can be written later. The new proposal's id is the MOOC id.")
    @RequestBody(description = "The application as far as it is written", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalInput.class)))
    @APIResponse(responseCode = "201", description = "The draft, with its MOOC id",
            headers = {
                    @Header(name = "Location", description = "The new proposal's address",
                            schema = @Schema(type = SchemaType.STRING, format = "uri",
                                    example = "https://mooc.example.org/api/proposal/proposals/6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11")),
                    @Header(name = "ETag", description = ApiDocs.ETAG,
                            schema = @Schema(type = SchemaType.STRING, example = "\"0\""))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    public Response create(@Valid @NotNull ProposalInput input, @jakarta.ws.rs.core.Context UriInfo uri) {
        Proposal p = service.create(input.toContent());
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build()), p);
    }

    @PUT
    @Path("/{moocId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(operationId = "updateProposal", summary = "Edit the application",
            description = "Role: the proposal's instructor; before submission and during a revision. An edit voids the "
                    + "Head of Department's signature, and the study board's approval when the academic scope changes. Send If-Match with the ETag you read: a stale one is 412, "
                    + "a missing one 428, so that no change is lost. The body replaces the whole application.")
    @RequestBody(description = "The whole application as it should now read", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalInput.class)))
    @APIResponse(responseCode = "200", description = "The edited draft",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "409", description = "Not editable any more (illegal-transition), or changed concurrently "
            + "(conflict)", content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version; `currentVersion` says which is",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = ApiDocs.PROBLEM))
    public Response update(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                           @PathParam("moocId") UUID id,
                           @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
                                   description = "The ETag you read (GET /proposals/{moocId})",
                                   schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ProposalInput input) {
        Proposal p = service.update(id, Versions.requireIfMatch(ifMatch), input.toContent());
        return withEtag(Response.ok(), p);
    }

    @POST
    @Path("/{moocId}/submit")
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(operationId = "submitProposal", summary = "Submit the proposal to the steering committee",
            description = "Role: the proposal's instructor; from ENDORSEMENT or REVISION_REQUESTED, only when the study "
                    + "board's approval and the Head of Department's signature both hold for the current content. Freezes "
                    + "the version and publishes mooc.proposal.submitted.v1 (version 1) or mooc.proposal.resubmitted.v1 "
                    + "(a revision); review-service opens a review case or its next round. If-Match is optional here; when "
                    + "sent it must be current. No body.")
    @APIResponse(responseCode = "200", description = "The submitted proposal",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "409", description = "Not in a stage that can be submitted, or an endorsement does not hold",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match was sent and is not the current version",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public Response submit(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                           @PathParam("moocId") UUID id,
                           @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = false,
                                   description = "Optional: the ETag you read, so that you submit exactly that version",
                                   schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.requireIfMatch(ifMatch);
        return withEtag(Response.ok(), service.submit(id, expected));
    }

    @POST
    @Path("/{moocId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(operationId = "withdrawProposal", summary = "Withdraw the proposal",
            description = "Role: the proposal's instructor; possible at any point before the committee's decision. Publishes "
                    + "mooc.proposal.withdrawn.v1; review-service closes an open review case. The body is optional.")
    @RequestBody(description = "Why the proposal is withdrawn (optional)", required = false,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawalInput.class)))
    @APIResponse(responseCode = "200", description = "The withdrawn proposal",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "409", description = "Already withdrawn, or decided by the committee",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public Response withdraw(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                             @PathParam("moocId") UUID id, @Valid WithdrawalInput input) {
        return withEtag(Response.ok(), service.withdraw(id, input == null ? null : input.reason()));
    }

    /** Why the instructor withdraws (optional). */
    @Schema(name = "WithdrawalInput", description = "Why the instructor withdraws the proposal")
    public record WithdrawalInput(@Size(max = 2000)
                                  @Schema(description = "The reason, recorded in the history and passed on with the event",
                                          example = "The department cannot allocate the video budget this year.") String reason) {
    }

    @GET
    @Path("/{moocId}/versions")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listProposalVersions", summary = "The versions of the application",
            description = "Roles: whoever may read the proposal. Every submitted version is frozen; the last entry is the "
                    + "current one (current=true), which may still be being written. Not paginated: one entry per "
                    + "submission round of one proposal.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    public List<VersionView> versions(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                                      @PathParam("moocId") UUID id) {
        return versionList(id);
    }

    @GET
    @Path("/{moocId}/versions/{number}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getProposalVersion", summary = "One version's content",
            description = "Roles: whoever may read the proposal. A submitted version as it was frozen, or the current one "
                    + "as it reads now.")
    @APIResponse(responseCode = "200", description = "The application as it was in that version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalContent.class)))
    @APIResponse(responseCode = "404", description = "No such proposal or version, or not visible to you",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public ProposalContent version(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                                   @PathParam("moocId") UUID id,
                                   @Parameter(description = "The version number, from 1", example = "1")
                                   @PathParam("number") @Min(1) int number) {
        return service.contentOf(id, number);
    }

    @GET
    @Path("/{moocId}/versions/{number}/dossier")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getProposalVersionDossier",
            summary = "One version's content with the proposal's versions, attachments and the changes since the version "
                    + "submitted before it",
            description = "Roles: whoever may read the proposal (as getProposalVersion; 404 otherwise). What a review of "
                    + "one submitted version shows from this service in one request: the version's content as "
                    + "getProposalVersion answers it, the proposal's versions and attachments as listProposalVersions and "
                    + "listProposalAttachments answer them, and the changes as compareProposalVersions answers them from "
                    + "the highest-numbered version below this one that was submitted to this one (null when no version "
                    + "was submitted before it).")
    @APIResponse(responseCode = "200", description = "The version and what a review of it shows beside it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDossier.class)))
    @APIResponse(responseCode = "404", description = "No such proposal or version, or not visible to you",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public VersionDossier versionDossier(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                                         @PathParam("moocId") UUID id,
                                         @Parameter(description = "The version number, from 1", example = "1")
                                         @PathParam("number") @Min(1) int number) {
        // the versions first: their read puts the proposal and its frozen versions in the request's persistence
        // context, where the content, the comparison and the attachments find them instead of reading them again
        List<VersionView> versions = versionList(id);
        ProposalContent content = service.contentOf(id, number);
        Integer previous = versions.stream()
                .filter(v -> v.number() < number && v.submittedAt() != null)
                .map(VersionView::number)
                .max(Integer::compare)
                .orElse(null);
        ProposalService.VersionDiff changes = previous == null ? null : service.diff(id, previous, number);
        return new VersionDossier(content, versions, attachments.list(id).stream().map(AttachmentView::of).toList(),
                changes);
    }

    @GET
    @Path("/{moocId}/diff")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "compareProposalVersions", summary = "What changed between two versions",
            description = "Roles: whoever may read the proposal. `to` omitted compares with the current content. Says "
                    + "whether the change needs a new approval from the study board (the academic scope changed) and a new "
                    + "signature from the Head of Department (any change).")
    @APIResponse(responseCode = "200", description = "The changed fields with their values before and after",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProposalService.VersionDiff.class)))
    @APIResponse(responseCode = "404", description = "No such proposal or version, or not visible to you",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public ProposalService.VersionDiff diff(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                                            @PathParam("moocId") UUID id,
                                            @Parameter(description = "The version compared from", example = "1")
                                            @QueryParam("from") @DefaultValue("1") @Min(1) int from,
                                            @Parameter(description = "The version compared to; omitted: the current content",
                                                    example = "2")
                                            @QueryParam("to") @Min(1) Integer to) {
        return service.diff(id, from, to);
    }

    /** One version of the application in the version list. */
    @Schema(name = "ProposalVersion", description = "One version of the application")
    public record VersionView(@Schema(description = "The version number, from 1", example = "1", required = true) int number,
                              @Schema(description = "SHA-256 of that version's content and attachments, hex",
                                      example = "3f7a9c0d5b1e2f4a6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d")
                              String contentHash,
                              @Schema(description = "When this version went to the committee; null while being written",
                                      example = "2026-12-01T10:15:00Z")
                              java.time.OffsetDateTime submittedAt,
                              @Schema(description = "The proposal's current version", example = "true", required = true)
                              boolean current) {
    }

    /** The frozen versions, oldest first, and the current one after them while it is still being written. */
    private List<VersionView> versionList(UUID id) {
        Proposal p = service.get(id);
        List<VersionView> list = new java.util.ArrayList<>(service.versions(id).stream()
                .map(v -> new VersionView(v.number, v.contentHash, v.submittedAt, v.number == p.revision)).toList());
        if (list.stream().noneMatch(VersionView::current)) {
            list.add(new VersionView(p.revision, p.contentHash, null, true));
        }
        return list;
    }

    private Response withEtag(Response.ResponseBuilder b, Proposal p) {
        return ProposalView.respond(b, p, access);
    }
}
