package dk.mooc.review.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** This service's trimmed view of {@code mooc.proposal.withdrawn.v1} (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProposalWithdrawn(@NotNull UUID moocId, String reason) {
}
