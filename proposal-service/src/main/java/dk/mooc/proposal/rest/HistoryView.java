package dk.mooc.proposal.rest;

import dk.mooc.proposal.HistoryEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;

@Schema(name = "HistoryEntry", description = "One immutable line of a proposal's history")
public record HistoryView(
        @Schema(description = "When it happened", example = "2026-12-01T10:15:00Z") OffsetDateTime at,
        @Schema(description = "Who did it", example = "Ida Instructor") String actorName,
        // an open set: new steps of the workflow add actions, so a client must accept values it does not know
        @Schema(description = "What happened, in capitals: CREATED, EDITED, ATTACHMENT_ADDED, ATTACHMENT_REMOVED, "
                + "CONSULTATION_REQUESTED, CONSULTANT_ASSIGNED, CONSULTATION_RECORDED, ENDORSEMENTS_REQUESTED, BOARD_APPROVED, "
                + "BOARD_DECLINED, HEAD_SIGNED, HEAD_DECLINED, BOARD_APPROVAL_VOIDED, SIGNATURE_VOIDED, SUBMITTED, "
                + "RESUBMITTED, WITHDRAWN; the committee's APPROVED, REVISION_REQUESTED or REJECTED; LAUNCHED. "
                + "New actions may be added; show an unknown one as it is.", example = "SUBMITTED")
        String action,
        @Schema(description = "The values the action's wording needs, all strings (absent when the action has none): "
                + "version, fileName, changedFields and scopeFields (field names joined by \", \"), reason, consultant, "
                + "date and launchDate (ISO dates), requested (BOTH, STUDY_BOARD or HEAD), comment, contentHash (its first 12 "
                + "hex digits), round, openVersion, courseUrl. Lines recorded before parameters existed may lack some",
                example = "{\"version\": \"2\"}") Map<String, String> params) {

    static HistoryView of(HistoryEntry h) {
        return new HistoryView(h.at, h.actorName, h.action, h.params == null ? Map.of() : h.params);
    }
}
