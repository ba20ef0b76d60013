package dk.mooc.proposal;

import dk.mooc.platform.web.InList;
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
import java.util.Map;
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
     * The entries bound are then no longer pending; an entry listed meanwhile by a team edit stays pending, since
     * only entries that now have a binding leave the table.
     */
    public static int bindPending(String email, String subject, OffsetDateTime now) {
        String address = TeamMember.normalise(email);
        if (address == null || subject == null || subject.isBlank()) {
            return 0;
        }
        int bound = getEntityManager().createNativeQuery("""
                        insert into proposal_team_binding (proposal_id, email, subject, bound_at)
                        select proposal_id, email, :subject, :now from proposal_pending_team_entry
                        where email = :email
                        on conflict (proposal_id, email) do nothing""")
                .setParameter("email", address)
                .setParameter("subject", subject)
                .setParameter("now", now)
                .executeUpdate();
        getEntityManager().createNativeQuery("""
                        delete from proposal_pending_team_entry pe where pe.email = :email
                        and exists (select 1 from proposal_team_binding b where b.proposal_id = pe.proposal_id
                                    and b.email = pe.email)""")
                .setParameter("email", address)
                .executeUpdate();
        return bound;
    }

    /**
     * Whether any team entry listing {@code email} is still unbound: one index look-up, and a read, so that a sign-in
     * with nothing to bind (nearly every request) writes nothing and needs no transaction of its own.
     */
    public static boolean anyPending(String email) {
        String address = TeamMember.normalise(email);
        if (address == null) {
            return false;
        }
        // no result class: with one, Hibernate 7.2 caches a new plan for every call (ProductionRepository.anyPendingFor)
        return Boolean.TRUE.equals(getEntityManager().createNativeQuery(
                        "select exists (select 1 from proposal_pending_team_entry where email = :email)")
                .setParameter("email", address)
                .getSingleResult());
    }

    /**
     * After a team is written (the proposal flushed): a binding belongs to the address it was made for, so the bindings
     * of addresses the team no longer lists go, and the proposal's pending entries become exactly the addresses it
     * lists that no account is bound to.
     */
    public static void teamWritten(UUID proposalId, Set<String> listedAddresses) {
        keepOnly(proposalId, listedAddresses);
        getEntityManager().createNativeQuery("delete from proposal_pending_team_entry where proposal_id = :id")
                .setParameter("id", proposalId)
                .executeUpdate();
        for (String address : listedAddresses) {
            getEntityManager().createNativeQuery("""
                            insert into proposal_pending_team_entry (email, proposal_id)
                            select :email, :id where not exists (select 1 from proposal_team_binding b
                                                                 where b.proposal_id = :id and b.email = :email)
                            on conflict do nothing""")
                    .setParameter("email", address)
                    .setParameter("id", proposalId)
                    .executeUpdate();
        }
    }

    /** Whether a team entry of this proposal is bound to this subject. */
    public static boolean bound(UUID proposalId, String subject) {
        return subject != null && count("proposalId = ?1 and subject = ?2", proposalId, subject) > 0;
    }

    public static List<TeamBinding> of(UUID proposalId) {
        return list("proposalId", proposalId);
    }

    public static List<TeamBinding> of(Collection<UUID> proposalIds) {
        return proposalIds.isEmpty() ? List.of()
                : InList.of("from TeamBinding where proposalId in :ids", Map.of("ids", proposalIds)).list(TeamBinding.class);
    }

    /** Keeps the bindings of the addresses the team still lists and deletes the others ({@link #teamWritten}). */
    private static long keepOnly(UUID proposalId, Set<String> listedAddresses) {
        if (listedAddresses.isEmpty()) {
            return delete("proposalId", proposalId);
        }
        return delete("proposalId = ?1 and email not in ?2", proposalId, listedAddresses);
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
