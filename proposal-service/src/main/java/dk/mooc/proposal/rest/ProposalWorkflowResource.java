package dk.mooc.proposal.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.service.ProposalAccess;
import dk.mooc.proposal.service.ProposalWorkflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** HTTP only: the hand-offs of the proposal workflow (docs/proposals.md), delegated to {@link ProposalWorkflow}. */
@Path("/proposals/{moocId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposal workflow", description = "Consultation, endorsements by the study board and the Head of Department")
@APIResponse(responseCode = "409", description = "Not possible in the proposal's current stage (illegal-transition), "
        + "or the proposal changed since you read it (conflict)", content = @Content(mediaType = ApiDocs.PROBLEM))
@APIResponse(responseCode = "403", description = "Visible to you, but not yours to act on",
        content = @Content(mediaType = ApiDocs.PROBLEM))
@APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
public class ProposalWorkflowResource {

    @Inject
    ProposalWorkflow workflow;

    @Inject
    ProposalAccess access;

    @POST
    @Path("/consultation/request")
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(operationId = "requestConsultation", summary = "Ask the LearningLab for the first consultation",
            description = "Role: the proposal's instructor; from DRAFT. Mails the LearningLab.")
    @APIResponse(responseCode = "200", description = "The proposal, now CONSULTATION_REQUESTED",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    public Response requestConsultation(
            @Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE) @PathParam("moocId") UUID id) {
        return view(workflow.requestConsultation(id));
    }

    @POST
    @Path("/consultation/assign")
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(operationId = "assignConsultant", summary = "Take the consultation (assign yourself)",
            description = "Role: consultant; from CONSULTATION_REQUESTED. Mails the instructor.")
    @APIResponse(responseCode = "200", description = "The proposal, now CONSULTANT_ASSIGNED",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    public Response assign(
            @Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE) @PathParam("moocId") UUID id) {
        return view(workflow.assignConsultant(id));
    }

    @POST
    @Path("/consultation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(operationId = "recordConsultation", summary = "Record the consultation held",
            description = "Role: the assigned consultant; from CONSULTANT_ASSIGNED. The date cannot be in the future.")
    @APIResponse(responseCode = "200", description = "The proposal, now CONSULTED",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @RequestBody(description = "The consultation held", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationInput.class)))
    public Response record(
            @Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE) @PathParam("moocId") UUID id,
            @Valid @NotNull ConsultationInput input) {
        return view(workflow.recordConsultation(id, input.date(), input.notes().strip()));
    }

    @POST
    @Path("/endorsements/request")
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(operationId = "requestEndorsements", summary = "Ask for the study board's approval and the Head of Department's signature",
            description = "Role: the proposal's instructor; from CONSULTED, ENDORSEMENT or REVISION_REQUESTED. The "
                    + "application must be complete (400 names each missing field). Asks, by e-mail with a link to exactly "
                    + "this version, only the endorsers whose endorsement does not hold.")
    @APIResponse(responseCode = "200", description = "The proposal, now ENDORSEMENT",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "400", description = "The application is not complete: `errors` names each missing field",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public Response requestEndorsements(
            @Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE) @PathParam("moocId") UUID id) {
        return view(workflow.requestEndorsements(id));
    }

    @POST
    @Path("/board-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "decideBoardApproval", summary = "The study board approves or declines the version it read",
            description = "Role: a member of the study board of the proposal's department; while the approval is "
                    + "requested. Send the contentHash of the version you read: if the proposal changed since, the answer "
                    + "is 409 and nothing is recorded. A comment is required to decline.")
    @APIResponse(responseCode = "200", description = "The proposal with the decision recorded",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @RequestBody(description = "The decision and the contentHash of the version read", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardDecisionInput.class)))
    public Response boardApproval(
            @Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE) @PathParam("moocId") UUID id,
            @Valid @NotNull BoardDecisionInput input) {
        return view(workflow.decideBoardApproval(id, "APPROVE".equals(input.decision()), input.comment(), input.contentHash()));
    }

    @POST
    @Path("/head-signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HEAD)
    @Operation(operationId = "decideHeadSignature", summary = "The Head of Department signs (or declines) the version they read",
            description = "Role: the head of the proposal's department; while the signature is requested. The signature "
                    + "is bound to the contentHash sent, which must be the current one (else 409); any later edit voids it. "
                    + "A comment is required to decline.")
    @APIResponse(responseCode = "200", description = "The proposal with the signature recorded",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @RequestBody(description = "The signature (or not) and the contentHash of the version read", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignatureInput.class)))
    public Response headSignature(
            @Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE) @PathParam("moocId") UUID id,
            @Valid @NotNull SignatureInput input) {
        return view(workflow.decideHeadSignature(id, "SIGN".equals(input.decision()), input.comment(), input.contentHash()));
    }

    /** The consultation held with the instructor. */
    @Schema(name = "ConsultationInput", description = "The consultation held with the instructor")
    public record ConsultationInput(
            @NotNull @Schema(description = "The day it was held; not in the future", example = "2026-11-20") LocalDate date,
            @NotBlank @Size(max = 8000)
            @Schema(description = "What was agreed", example = "Discussed the target group, a pilot module and the video plan with MediaLab.") String notes) {
    }

    /** The study board's decision on the version it read. */
    @Schema(name = "BoardDecisionInput", description = "The study board's decision on the version it read")
    public record BoardDecisionInput(
            @NotNull @Pattern(regexp = "APPROVE|DECLINE", message = "must be APPROVE or DECLINE")
            @Schema(description = "Approve or decline", example = "APPROVE", enumeration = {"APPROVE", "DECLINE"}) String decision,
            @Size(max = 4000) @Schema(description = "Required to decline; passed on to the instructor",
                    example = "Fits the study programme's profile.") String comment,
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be the proposal's contentHash (64 hex digits)")
            @Schema(description = "The contentHash of the version you read (from the proposal)", example = "3f7a9c0d5b1e2f4a6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d") String contentHash) {
    }

    /** The Head of Department's signature on the version they read. */
    @Schema(name = "SignatureInput", description = "The Head of Department's signature on the version they read")
    public record SignatureInput(
            @NotNull @Pattern(regexp = "SIGN|DECLINE", message = "must be SIGN or DECLINE")
            @Schema(description = "Sign or decline", example = "SIGN", enumeration = {"SIGN", "DECLINE"}) String decision,
            @Size(max = 4000) @Schema(description = "Required to decline; passed on to the instructor",
                    example = "The department allocates 400 hours and DKK 35,000.") String comment,
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be the proposal's contentHash (64 hex digits)")
            @Schema(description = "The contentHash of the version you read (from the proposal)", example = "3f7a9c0d5b1e2f4a6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d") String contentHash) {
    }

    private Response view(Proposal p) {
        return ProposalView.respond(Response.ok(), p, access);
    }
}
