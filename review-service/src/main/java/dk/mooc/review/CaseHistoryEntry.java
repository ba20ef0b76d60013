package dk.mooc.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One step in a review case's history. Written in the same transaction as the change it records; it names who
 * acted and why, never a score or recommendation (the history is readable by members who may not see those). The
 * step is a code ({@link #action}) with parameters that the reader's language words; steps recorded before the
 * parameters existed keep their English sentence in {@link #legacyDetail}, which the API does not send.
 */
@Entity
@Table(name = "review_case_history")
public class CaseHistoryEntry extends PanacheEntityBase {

    @Schema(name = "ReviewCaseHistoryAction", description = "What happened in a step of a review case")
    public enum Action {
        OPENED, MEMBER_ASSIGNED, MEMBER_VOLUNTEERED, CONFLICT_DECLARED, NO_CONFLICT_DECLARED, HANDED_OVER,
        HAND_OVER_REVOKED, ASSESSMENT_GIVEN, ASSESSMENT_CHANGED, ASSESSMENT_WITHDRAWN, DECIDED, DECIDED_BELOW_QUORUM,
        CLOSED
    }

    /** In the order the steps happened, also within one transaction (several steps share a timestamp). */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** Null when the platform acted (a case opened or closed by an event). */
    @Column(name = "actor_username", length = 100)
    public String actorUsername;

    @Column(name = "actor_name", length = 200)
    public String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public Action action;

    /** The values the step's wording needs (names, numbers, codes), all strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> params = new LinkedHashMap<>();

    @Column(name = "detail", length = 4000)
    public String legacyDetail;

    public static CaseHistoryEntry record(UUID caseId, OffsetDateTime at, String actorUsername, String actorName,
                                          Action action, Map<String, String> params) {
        CaseHistoryEntry e = new CaseHistoryEntry();
        e.caseId = caseId;
        e.at = at;
        e.actorUsername = actorUsername;
        e.actorName = actorName;
        e.action = action;
        e.params = new LinkedHashMap<>(params);
        e.persist();
        return e;
    }

    public static List<CaseHistoryEntry> of(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    /** Parameters from name/value pairs; a null or blank value is left out, others become their string form. */
    public static Map<String, String> params(Object... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            if (v != null && !v.toString().isBlank()) {
                m.put(namesAndValues[i].toString(), v.toString().strip());
            }
        }
        return m;
    }
}
