package dk.mooc.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a proposal's history: who did what and when. Append-only (a database trigger enforces it). */
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

    @Column(length = 4000)
    public String detail;

    @Column(name = "proposal_version", nullable = false)
    public long proposalVersion;

    public static HistoryEntry of(Proposal p, String actorId, String actorName, String action, String detail,
                                  OffsetDateTime at) {
        HistoryEntry h = new HistoryEntry();
        h.proposalId = p.id;
        h.at = at;
        h.actorId = actorId;
        h.actorName = actorName;
        h.action = action;
        h.detail = detail;
        h.proposalVersion = p.version;
        return h;
    }
}
