package dk.mooc.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.OffsetDateTime;

/**
 * What is stored of one endorsement (the study board's approval or the Head of Department's signature): when it
 * was requested, and who decided what, when, for which version and content hash. Whether it still holds is
 * decided by {@link Proposal}, which knows the current content.
 */
@Embeddable
public class EndorsementRecord {

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    public Endorsement.Decision decision;

    @Column(name = "decided_by_id", length = 100)
    public String decidedById;

    @Column(name = "decided_by_name", length = 200)
    public String decidedByName;

    @Column(name = "decided_by_email", length = 200)
    public String decidedByEmail;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "comment", length = 4000)
    public String comment;

    @Column(name = "revision")
    public Integer revision;

    @Column(name = "content_hash", length = 64)
    public String contentHash;

    /** A new request: whatever was decided before no longer counts (the history keeps it). */
    void request(OffsetDateTime now) {
        requestedAt = now;
        decision = null;
        decidedById = null;
        decidedByName = null;
        decidedByEmail = null;
        decidedAt = null;
        comment = null;
        revision = null;
        contentHash = null;
    }

    void decide(Endorsement.Decision decision, String comment, String byId, String byName, String byEmail,
                OffsetDateTime now, int revision, String contentHash) {
        this.decision = decision;
        this.comment = comment;
        this.decidedById = byId;
        this.decidedByName = byName;
        this.decidedByEmail = byEmail;
        this.decidedAt = now;
        this.revision = revision;
        this.contentHash = contentHash;
    }

    /** The state, given whether a positive decision still holds for the current content. */
    Endorsement view(Endorsement.State given, boolean stillHolds) {
        Endorsement.State state;
        if (decision == null) {
            state = requestedAt == null ? Endorsement.State.NOT_REQUESTED : Endorsement.State.REQUESTED;
        } else if (decision == Endorsement.Decision.DECLINED) {
            state = Endorsement.State.DECLINED;
        } else {
            state = stillHolds ? given : Endorsement.State.VOID;
        }
        return new Endorsement(state, requestedAt, decidedById, decidedByName, decidedByEmail, decidedAt, comment,
                revision, contentHash);
    }
}
