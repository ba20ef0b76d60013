package dk.mooc.review.rest;

import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A review case as the committee sees it. */
@Schema(name = "ReviewCase")
public record ReviewCaseView(
        @Schema(example = "0b7e3f7a-3c1d-4a5e-8f00-5d2a9c1b7e44") UUID id,
        @Schema(description = "The MOOC id, shared with every other service", example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11")
        UUID moocId,
        @Schema(description = "1 for the first submission, 2 after a revision, ...", example = "1") int round,
        @Schema(example = "1") int proposalVersion,
        @Schema(example = "Quantum Computing for Engineers") String proposalTitle,
        String summary,
        @Schema(example = "Compute") String department,
        @Schema(example = "Ida Instructor") String instructorName,
        @Schema(example = "true") boolean newContent,
        @Schema(example = "2027-autumn") String plannedLaunchSemester,
        @Schema(example = "5000") Integer expectedEnrolments,
        @Schema(example = "OPEN") ReviewCaseStatus status,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        @Schema(example = "Withdrawn by the instructor") String closeReason) {

    static ReviewCaseView of(ReviewCase c) {
        return new ReviewCaseView(c.id, c.moocId, c.round, c.proposalVersion, c.proposalTitle, c.summary, c.department,
                c.instructorName, c.newContent, c.plannedLaunchSemester, c.expectedEnrolments, c.status, c.openedAt, c.closedAt, c.closeReason);
    }
}
