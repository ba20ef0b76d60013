package dk.mooc.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A reminder or overdue event already sent for a milestone's due date: each goes out once per due date. */
@Entity
@Table(name = "milestone_notice")
@IdClass(MilestoneNotice.Key.class)
public class MilestoneNotice extends PanacheEntityBase {

    public enum Kind { REMINDER, OVERDUE }

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Id
    public String key;

    @Id
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Id
    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "sent_at", nullable = false)
    public OffsetDateTime sentAt;

    public static class Key implements Serializable {
        public UUID moocId;
        public String key;
        public LocalDate dueDate;
        public Kind kind;

        public Key() {
        }

        public Key(UUID moocId, String key, LocalDate dueDate, Kind kind) {
            this.moocId = moocId;
            this.key = key;
            this.dueDate = dueDate;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.moocId, moocId) && Objects.equals(k.key, key)
                    && Objects.equals(k.dueDate, dueDate) && k.kind == kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(moocId, key, dueDate, kind);
        }
    }
}
