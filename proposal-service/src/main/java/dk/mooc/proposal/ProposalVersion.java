package dk.mooc.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** The application exactly as it was submitted in one round; immutable (a database trigger refuses changes). */
@Entity
@Table(name = "proposal_version")
@IdClass(ProposalVersion.Key.class)
public class ProposalVersion extends PanacheEntityBase {

    @Id
    @Column(name = "proposal_id")
    public UUID proposalId;

    @Id
    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public ProposalContent content;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    public static ProposalVersion freeze(Proposal p, OffsetDateTime at) {
        ProposalVersion v = new ProposalVersion();
        v.proposalId = p.id;
        v.number = p.revision;
        v.content = p.content();
        v.contentHash = p.contentHash;
        v.submittedAt = at;
        return v;
    }

    public static class Key implements Serializable {
        public UUID proposalId;
        public int number;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.number == number && Objects.equals(k.proposalId, proposalId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(proposalId, number);
        }
    }
}
