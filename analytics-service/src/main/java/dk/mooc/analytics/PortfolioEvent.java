package dk.mooc.analytics;

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

/** One event in a MOOC's end-to-end timeline, from whichever service published it. */
@Entity
@Table(name = "portfolio_event")
@IdClass(PortfolioEvent.Key.class)
public class PortfolioEvent extends PanacheEntityBase {

    @Id
    public String source;

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "mooc_id", nullable = false)
    public UUID moocId;

    @Column(name = "event_type", nullable = false, length = 200)
    public String eventType;

    /** proposal, review, production or analytics. */
    @Column(nullable = false, length = 40)
    public String service;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false, length = 1000)
    public String summary;

    public static class Key implements Serializable {
        public String source;
        public String eventId;

        public Key() {
        }

        public Key(String source, String eventId) {
            this.source = source;
            this.eventId = eventId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.source, source) && Objects.equals(k.eventId, eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, eventId);
        }
    }
}
