package dk.mooc.analytics.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's trimmed view of {@code mooc.proposal.submitted.v1} and {@code mooc.proposal.resubmitted.v1}: the
 * fields the similarity snapshot reads. {@code targetLearners} and {@code uniqueness} were added to the events in 1.4;
 * an older event without them is compared by its title, topic and summary alone. Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProposalSubmitted(
        UUID moocId,
        Integer proposalVersion,
        String title,
        String topic,
        String summary,
        String targetLearners,
        String uniqueness,
        String department,
        Instructor instructor,
        OffsetDateTime submittedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Instructor(String id) {
    }
}
