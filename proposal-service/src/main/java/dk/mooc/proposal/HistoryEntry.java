package dk.mooc.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a proposal's history: who did what and when. Append-only (a database trigger enforces it). The step is
 * a code ({@link #action}) with parameters; the reader's language words it. Lines written before the parameters
 * existed keep their English text in {@link #legacyDetail}, which the API does not send.
 */
@Entity
@Table(name = "proposal_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public UUID proposalId;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "actor_id", nullable = false, length = 100)
    public String actorId;

    @Column(name = "actor_name", nullable = false, length = 200)
    public String actorName;

    @Column(nullable = false, length = 60)
    public String action;

    /** The values the step's wording needs (names, numbers, ISO dates, ids), all strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> params = new LinkedHashMap<>();

    /** The English sentence of a line written before codes and parameters; null for newer lines. */
    @Column(name = "detail", length = 4000)
    public String legacyDetail;

    @Column(name = "proposal_version", nullable = false)
    public long proposalVersion;

    public static HistoryEntry of(Proposal p, String actorId, String actorName, String action, Map<String, String> params,
                                  OffsetDateTime at) {
        HistoryEntry h = new HistoryEntry();
        h.proposalId = p.id;
        h.at = at;
        h.actorId = actorId;
        h.actorName = actorName;
        h.action = action;
        h.params = new LinkedHashMap<>(params);
        h.proposalVersion = p.version;
        return h;
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
