package dk.mooc.proposal.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;

/** What proposal-service reads from {@code mooc.review.decided.v1} (tolerant reader: the rest is ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewDecided(String moocId, Integer proposalVersion, String decision, String comments,
                            OffsetDateTime decidedAt) {
}
