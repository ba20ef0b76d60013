package dk.mooc.proposal.rest;

import dk.mooc.proposal.NextStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A proposal with the parts that have resources of their own (GET /proposals/{moocId}/dossier): a page that shows them
 * together reads them in one request instead of one per part. Each part is exactly what its own resource answers.
 */
@Schema(name = "ProposalDossier", description = "A proposal with its next step, history, attachments and versions, each "
        + "as its own operation answers it")
public record ProposalDossier(
        @Schema(description = "As getProposal answers it", required = true) ProposalView proposal,
        @Schema(description = "As getProposalNextStep answers it", required = true) NextStep next,
        @Schema(description = "As listProposalHistory answers it, oldest first", required = true) List<HistoryView> history,
        @Schema(description = "As listProposalAttachments answers it, oldest first", required = true)
        List<AttachmentView> attachments,
        @Schema(description = "As listProposalVersions answers it, oldest first", required = true)
        List<ProposalResource.VersionView> versions) {
}
