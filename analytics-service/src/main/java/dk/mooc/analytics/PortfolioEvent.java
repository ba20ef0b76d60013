package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
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

    /** When the event was recorded: its CloudEvents time. */
    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    /** The business date: the day it happened in the programme (a launch on its launch date), not when recorded. */
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public TimelineCode code;

    /** The values the code's wording needs, all strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> params;

    /** The English sentence of an entry recorded before codes; the API does not send it. */
    @Column(name = "summary", length = 1000)
    public String legacySummary;

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
