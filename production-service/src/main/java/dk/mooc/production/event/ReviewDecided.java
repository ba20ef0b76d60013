package dk.mooc.production.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's trimmed view of mooc.review.decided.v1: an APPROVED decision starts production. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewDecided(UUID moocId, Integer proposalVersion, String decision, OffsetDateTime decidedAt) {
}
