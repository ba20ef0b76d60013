package dk.mooc.analytics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The similar Coursera courses of one submitted version of a proposal, frozen when it was submitted: what was compared
 * (the proposal's text and its hash), against which catalogue (the sync and its size), and what was found.
 */
public record SimilaritySnapshot(
        UUID id,
        UUID moocId,
        int proposalVersion,
        String contentHash,
        String instructorId,
        String department,
        OffsetDateTime submittedAt,
        OffsetDateTime computedAt,
        UUID catalogueSyncId,
        OffsetDateTime catalogueSyncedAt,
        int catalogueCourses,
        ProposalText proposal,
        List<SimilarCourse> matches) {
}
