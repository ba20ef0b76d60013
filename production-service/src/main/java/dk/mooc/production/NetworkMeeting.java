package dk.mooc.production;

import dk.mooc.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting of the "Online Teaching and MOOCs" network, planned by the LearningLab. People sign up for themselves
 * up to its capacity; after it has started the organisers record who attended.
 */
@Entity
@Table(name = "network_meeting")
public class NetworkMeeting extends PanacheEntityBase {

    /** How many signed up for a meeting, and how many of them attended. */
    public record Counts(long registered, long attended) {
    }

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(length = 200)
    public String location;

    @Column(length = 4000)
    public String description;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean hasStarted(OffsetDateTime now) {
        return !startsAt.isAfter(now);
    }

    /** Signing up and withdrawing are for meetings that have not started yet. */
    public void requireNotStarted(OffsetDateTime now, String action) {
        if (hasStarted(now)) {
            throw ProblemException.illegalTransition("The meeting has already started; " + action + " is no longer possible");
        }
    }

    /** A place for one more, or 409 when every place is taken. */
    public void requirePlaceFor(long registered) {
        if (registered >= capacity) {
            throw ProblemException.conflict("The meeting is full: all " + capacity + " places are taken")
                    .with("capacity", capacity);
        }
    }

    /** Attendance is recorded once the meeting has started. */
    public void requireStarted(OffsetDateTime now) {
        if (!hasStarted(now)) {
            throw ProblemException.illegalTransition("Attendance is recorded once the meeting has started (it starts "
                    + startsAt + ")");
        }
    }
}
