package dk.mooc.proposal.rest;

import dk.mooc.proposal.HistoryEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "HistoryEntry", description = "One immutable line of a proposal's history")
public record HistoryView(
        OffsetDateTime at,
        @Schema(example = "Ida Instructor") String actorName,
        @Schema(example = "SUBMITTED") String action,
        @Schema(example = "Submitted to the steering committee") String detail) {

    static HistoryView of(HistoryEntry h) {
        return new HistoryView(h.at, h.actorName, h.action, h.detail);
    }
}
