package dk.mooc.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A team member's entry bound to the Keycloak account (the token's {@code sub}) that first used the service with a
 * verified e-mail address the team lists. From then on the entry grants access to that account only: an e-mail address
 * can be re-assigned or taken over, a subject cannot. Without a row the member is pending and the entry grants nothing.
 */
@Entity
@Table(name = "proposal_team_binding")
@IdClass(TeamBinding.Key.class)
public class TeamBinding extends PanacheEntityBase {

    @Id
    @Column(name = "proposal_id")
    public UUID proposalId;

    /** The listed address, normalised ({@link TeamMember#normalise}). */
    @Id
    @Column(length = 200)
    public String email;

    @Column(nullable = false, length = 100)
    public String subject;

    @Column(name = "bound_at", nullable = false)
    public OffsetDateTime boundAt;

    /**
     * Binds every still unbound team entry listing {@code email} to {@code subject}; returns how many were bound.
     * One statement, so two accounts arriving at once cannot both be bound to the same entry (the primary key decides).
     */
    public static int bindPending(String email, String subject, OffsetDateTime now) {
        String address = TeamMember.normalise(email);
        if (address == null || subject == null || subject.isBlank()) {
            return 0;
        }
        return getEntityManager().createNativeQuery("""
                        insert into proposal_team_binding (proposal_id, email, subject, bound_at)
                        select id, :email, :subject, :now from proposal
                        where team_emails like :pattern
                        on conflict (proposal_id, email) do nothing""")
                .setParameter("email", address)
                .setParameter("subject", subject)
                .setParameter("now", now)
                .setParameter("pattern", "%," + escapeLike(address) + ",%")
                .executeUpdate();
    }

    /**
     * Whether any team entry listing {@code email} is still unbound: a read, so that a sign-in with nothing to bind
     * (nearly every request) writes nothing and needs no transaction of its own.
     */
    public static boolean anyPending(String email) {
        String address = TeamMember.normalise(email);
        if (address == null) {
            return false;
        }
        return Boolean.TRUE.equals(getEntityManager().createNativeQuery("""
                        select exists (select 1 from proposal p where p.team_emails like :pattern
                            and not exists (select 1 from proposal_team_binding b
                                            where b.proposal_id = p.id and b.email = :email))""", Boolean.class)
                .setParameter("email", address)
                .setParameter("pattern", "%," + escapeLike(address) + ",%")
                .getSingleResult());
    }

    /** Whether a team entry of this proposal is bound to this subject. */
    public static boolean bound(UUID proposalId, String subject) {
        return subject != null && count("proposalId = ?1 and subject = ?2", proposalId, subject) > 0;
    }

    public static List<TeamBinding> of(UUID proposalId) {
        return list("proposalId", proposalId);
    }

    public static List<TeamBinding> of(Collection<UUID> proposalIds) {
        return proposalIds.isEmpty() ? List.of() : list("proposalId in ?1", proposalIds);
    }

    /**
     * After a team edit: keeps the bindings of the addresses the team still lists and deletes the others, so a changed
     * address grants nothing until its own holder signs in.
     */
    public static long keepOnly(UUID proposalId, Set<String> listedAddresses) {
        if (listedAddresses.isEmpty()) {
            return delete("proposalId", proposalId);
        }
        return delete("proposalId = ?1 and email not in ?2", proposalId, listedAddresses);
    }

    private static String escapeLike(String s) {
        // an address may contain "_" (and, quoted, "%"): match it literally (PostgreSQL's default escape is "\")
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static class Key implements Serializable {
        public UUID proposalId;
        public String email;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.proposalId, proposalId) && Objects.equals(k.email, email);
        }

        @Override
        public int hashCode() {
            return Objects.hash(proposalId, email);
        }
    }
}
