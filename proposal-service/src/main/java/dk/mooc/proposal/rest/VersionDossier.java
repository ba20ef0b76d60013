package dk.mooc.proposal.rest;

import dk.mooc.proposal.ProposalContent;
import dk.mooc.proposal.service.ProposalService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One version of a proposal with what a review of it shows beside it (GET /proposals/{moocId}/versions/{number}/dossier):
 * the committee's review case page reads them in one request instead of one per part. Each part is exactly what its
 * own resource answers; the changes are null when no version was submitted before this one, as there is nothing to
 * compare with.
 */
@Schema(name = "ProposalVersionDossier", description = "One version's content with the proposal's versions, attachments "
        + "and the changes since the version submitted before it, each as its own operation answers it")
public record VersionDossier(
        @Schema(description = "As getProposalVersion answers it", required = true) ProposalContent content,
        @Schema(description = "As listProposalVersions answers it, oldest first", required = true)
        List<ProposalResource.VersionView> versions,
        @Schema(description = "As listProposalAttachments answers it, oldest first", required = true)
        List<AttachmentView> attachments,
        @Schema(description = "As compareProposalVersions answers it from the highest-numbered version below this one "
                + "that was submitted to this one; null when no version was submitted before this one", required = true,
                nullable = true)
        ProposalService.VersionDiff changes) {
}
