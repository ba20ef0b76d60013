package dk.mooc.proposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * The study board's approval or the Head of Department's signature, as it stands for the current content.
 * {@code VOID} means it was given, but for content that has changed since in a way that needs a new one.
 */
public record Endorsement(State state, OffsetDateTime requestedAt, String decidedById, String decidedByName,
                          String decidedByEmail, OffsetDateTime decidedAt, String comment, Integer revision,
                          String contentHash) {

    @Schema(name = "EndorsementState", description = "NOT_REQUESTED, REQUESTED, APPROVED (board), SIGNED (head), "
            + "DECLINED, or VOID: given for content that has changed since")
    public enum State {
        NOT_REQUESTED, REQUESTED, APPROVED, SIGNED, DECLINED, VOID;

        public String label() {
            return switch (this) {
                case NOT_REQUESTED -> "not requested";
                case REQUESTED -> "requested and not yet given";
                case APPROVED -> "approved";
                case SIGNED -> "signed";
                case DECLINED -> "declined";
                case VOID -> "void because the proposal changed after it was given";
            };
        }
    }

    /** What an endorser decided. */
    public enum Decision { APPROVED, SIGNED, DECLINED }

    /** Which endorsements a request went out for. */
    public record Requested(boolean studyBoard, boolean head) {
    }

    public boolean holds() {
        return state == State.APPROVED || state == State.SIGNED;
    }
}
