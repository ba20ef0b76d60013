package dk.mooc.proposal.rest;

import dk.mooc.proposal.Attachment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Attachment")
public record AttachmentView(
        UUID id,
        @Schema(example = "course-outline.pdf") String fileName,
        @Schema(example = "application/pdf") String mediaType,
        @Schema(example = "183204") long sizeBytes,
        @Schema(description = "SHA-256 of the content, hex") String sha256,
        OffsetDateTime uploadedAt,
        @Schema(example = "Ida Holm") String uploadedBy) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedByName);
    }
}
