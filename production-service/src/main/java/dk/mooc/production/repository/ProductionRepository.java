package dk.mooc.production.repository;

import dk.mooc.production.FeedbackRound;
import dk.mooc.production.Invitation;
import dk.mooc.production.Production;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProductionRepository implements PanacheRepositoryBase<Production, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("startedAt", Sort.Direction.Descending).and("moocId");

    /** Every production, or only the given MOOC's when {@code moocId} is set. */
    public PanacheQuery<Production> all(UUID moocId) {
        return moocId == null ? findAll(NEWEST_FIRST) : find("moocId", NEWEST_FIRST, moocId);
    }

    /**
     * The productions a person takes part in: their department's (study board), their own (instructor), those whose
     * team membership or feedback invitation is bound to their subject. Only bound grants count (see
     * {@link dk.mooc.production.Invitation}): the caller's pending ones are bound before the list is read. Only the
     * given MOOC's when {@code moocId} is set.
     */
    public PanacheQuery<Production> partOf(String boardDepartment, String userId, UUID moocId) {
        StringBuilder where = new StringBuilder("(instructorId = :userId")
                .append(" or teamUserIds like :member escape '!'")
                .append(" or moocId in (select r.moocId from FeedbackRound r where r.colleagueId = :userId)");
        Parameters params = Parameters.with("userId", userId).and("member", "%," + likeLiteral(userId) + ",%");
        if (boardDepartment != null) {
            where.append(" or department = :department");
            params.and("department", boardDepartment);
        }
        where.append(')');
        if (moocId != null) {
            where.append(" and moocId = :moocId");
            params.and("moocId", moocId);
        }
        return find(where.toString(), NEWEST_FIRST, params);
    }

    /**
     * The productions (one, or all when {@code moocId} is null) with a pending team membership for this verified
     * address, locked so that of two accounts with the address only the first binds it.
     */
    public List<Production> withPendingMember(String email, UUID moocId) {
        String where = "teamPendingEmails like :member escape '!'" + (moocId == null ? "" : " and moocId = :moocId");
        Parameters params = Parameters.with("member", "%," + likeLiteral(Invitation.normalised(email)) + ",%");
        if (moocId != null) {
            params.and("moocId", moocId);
        }
        return find(where, Sort.by("moocId"), params).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The feedback rounds (of one MOOC, or all) with a pending invitation for this verified address, locked likewise. */
    public List<FeedbackRound> roundsInviting(String email, UUID moocId) {
        String where = "colleagueId is null and lower(colleagueEmail) = :email" + (moocId == null ? "" : " and moocId = :moocId");
        Parameters params = Parameters.with("email", Invitation.normalised(email));
        if (moocId != null) {
            params.and("moocId", moocId);
        }
        return FeedbackRound.<FeedbackRound>find(where, Sort.by("moocId").and("round"), params)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static String likeLiteral(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
