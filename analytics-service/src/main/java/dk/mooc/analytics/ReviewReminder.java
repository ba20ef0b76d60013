package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** The reminder that a semester's reviews are due, sent once per department and semester. */
@Entity
@Table(name = "review_reminder")
public class ReviewReminder extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false, length = 100)
        public String department;

        @Column(nullable = false, length = 20)
        public String semester;

        public Key() {
        }

        public Key(String department, String semester) {
            this.department = department;
            this.semester = semester;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(department, k.department) && Objects.equals(semester, k.semester);
        }

        @Override
        public int hashCode() {
            return Objects.hash(department, semester);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = 320)
    public String recipient;

    @Column(name = "sent_at", nullable = false)
    public OffsetDateTime sentAt;
}
