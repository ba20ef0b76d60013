package dk.mooc.proposal.rest;

import dk.mooc.proposal.Attachment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Attachment", description = "A file attached to a proposal (its content is downloaded separately)")
public record AttachmentView(
        @Schema(description = "The attachment's id", example = "9d2b7c1a-4e3f-4b6a-8c5d-2e1f0a9b8c7d") UUID id,
        @Schema(description = "The file's name as given when it was attached", example = "course-outline.pdf") String fileName,
        @Schema(description = "The file's media type", example = "application/pdf") String mediaType,
        @Schema(description = "The file's size in bytes", example = "183204") long sizeBytes,
        @Schema(description = "SHA-256 of the content, hex",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "When it was attached", example = "2026-11-18T14:02:11Z") OffsetDateTime uploadedAt,
        @Schema(description = "Who attached it", example = "Ida Holm") String uploadedBy) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedByName);
    }
}
