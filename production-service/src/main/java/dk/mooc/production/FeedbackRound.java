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

    public enum Round { TEACHING_PLAN, MATERIAL }

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

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 200)
    public String closedBy;

    public static FeedbackRound open(UUID moocId, Round round) {
        FeedbackRound r = new FeedbackRound();
        r.moocId = moocId;
        r.round = round;
        return r;
    }

    public boolean closed() {
        return status == Status.CLOSED;
    }

    public boolean hasColleague(String email) {
        return colleagueEmail != null && email != null && colleagueEmail.equalsIgnoreCase(email);
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
