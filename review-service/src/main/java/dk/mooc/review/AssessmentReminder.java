package dk.mooc.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A reminder sent to a member about a case before a meeting: recorded so that it goes out once. */
@Entity
@Table(name = "assessment_reminder")
@IdClass(AssessmentReminder.Key.class)
public class AssessmentReminder extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    public String username;

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "sent_at", nullable = false)
    public OffsetDateTime sentAt;

    public static class Key implements Serializable {
        public UUID caseId;
        public String username;
        public UUID meetingId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.caseId, caseId) && Objects.equals(k.username, username)
                    && Objects.equals(k.meetingId, meetingId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, username, meetingId);
        }
    }
}
