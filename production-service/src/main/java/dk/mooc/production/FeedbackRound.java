package dk.mooc.production;

import dk.mooc.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One of the two feedback rounds of a production: on the teaching plan and on the material, each with comments
 * from the consultant and an experienced colleague. Closing a round is a QA gate.
 */
@Entity
@Table(name = "feedback_round")
@IdClass(FeedbackRound.Key.class)
public class FeedbackRound extends PanacheEntityBase {

    @Schema(name = "FeedbackRoundKind", description = "The round: feedback on the teaching plan or on the material")
    public enum Round { TEACHING_PLAN, MATERIAL }

    @Schema(name = "FeedbackRoundStatus", description = "OPEN for comments until a consultant closes it")
    public enum Status { OPEN, CLOSED }

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Id
    @Enumerated(EnumType.STRING)
    public Round round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status = Status.OPEN;

    @Column(name = "colleague_name", length = 200)
    public String colleagueName;

    @Column(name = "colleague_email", length = 200)
    public String colleagueEmail;

    /** The Keycloak subject the invitation is bound to (see {@link Invitation}); null while it is pending. */
    @Column(name = "colleague_id", length = 100)
    public String colleagueId;

    /** When the current colleague was invited; null for invitations older than this column. */
    @Column(name = "invited_at")
    public OffsetDateTime invitedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 200)
    public String closedBy;

    /** The rounds in the plan's order: the teaching plan's first (the enum's order, not the alphabet's). */
    public static List<FeedbackRound> inPlanOrder(List<FeedbackRound> rounds) {
        return rounds.stream().sorted(java.util.Comparator.comparing(r -> r.round)).toList();
    }

    public static FeedbackRound open(UUID moocId, Round round) {
        FeedbackRound r = new FeedbackRound();
        r.moocId = moocId;
        r.round = round;
        return r;
    }

    public boolean closed() {
        return status == Status.CLOSED;
    }

    /** Whether the caller is the invited colleague: the subject the invitation is bound to. */
    public boolean hasColleague(String subject) {
        return Invitation.admits(colleagueId, subject);
    }

    /** An invited colleague who has not used the invitation yet. */
    public boolean colleaguePending() {
        return colleagueEmail != null && colleagueId == null;
    }

    /**
     * Invites a colleague; inviting the same address again keeps the subject the invitation is bound to and the time it
     * was first sent.
     */
    public void invite(String name, String email, OffsetDateTime now) {
        if (!Invitation.sameAddress(colleagueEmail, email)) {
            colleagueId = null;
            invitedAt = now;
        } else if (invitedAt == null) {
            invitedAt = now;
        }
        colleagueName = name.strip();
        colleagueEmail = email.strip();
    }

    /** The caller's first use of a pending invitation to their verified e-mail binds it; returns whether it did. */
    public boolean bindColleague(String subject, String verifiedEmail) {
        if (!Invitation.claimable(colleagueId, colleagueEmail, verifiedEmail)) {
            return false;
        }
        colleagueId = subject;
        return true;
    }

    /** A round closes when it has feedback and every comment is resolved or declined. */
    public void close(List<FeedbackComment> comments, String by, OffsetDateTime now) {
        if (closed()) {
            throw ProblemException.illegalTransition("The " + label() + " feedback round is already closed");
        }
        if (comments.isEmpty()) {
            throw ProblemException.illegalTransition("The " + label() + " feedback round has no comments yet");
        }
        long open = comments.stream().filter(c -> c.resolution == FeedbackComment.Resolution.OPEN).count();
        if (open > 0) {
            throw ProblemException.illegalTransition(open + " comment(s) of the " + label()
                    + " feedback round are not resolved yet").with("openComments", open);
        }
        status = Status.CLOSED;
        closedAt = now;
        closedBy = by;
    }

    public String label() {
        return round == Round.TEACHING_PLAN ? "teaching plan" : "material";
    }

    public static class Key implements Serializable {
        public UUID moocId;
        public Round round;

        public Key() {
        }

        public Key(UUID moocId, Round round) {
            this.moocId = moocId;
            this.round = round;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.moocId, moocId) && k.round == round;
        }

        @Override
        public int hashCode() {
            return Objects.hash(moocId, round);
        }
    }
}
