package dk.mooc.production.repository;

import dk.mooc.production.Production;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ProductionRepository implements PanacheRepositoryBase<Production, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("startedAt", Sort.Direction.Descending).and("moocId");

    public PanacheQuery<Production> all() {
        return findAll(NEWEST_FIRST);
    }

    /**
     * The productions a person takes part in: their department's (study board), their own (instructor), those
     * they are on the team of, and those they were invited to give feedback on (by e-mail).
     */
    public PanacheQuery<Production> partOf(String boardDepartment, String userId, String email) {
        StringBuilder where = new StringBuilder("instructorId = :userId");
        Parameters params = Parameters.with("userId", userId);
        if (boardDepartment != null) {
            where.append(" or department = :department");
            params.and("department", boardDepartment);
        }
        if (email != null && !email.isBlank()) {
            String mail = email.toLowerCase();
            where.append(" or teamEmails like :member escape '!'")
                    .append(" or moocId in (select r.moocId from FeedbackRound r where lower(r.colleagueEmail) = :email)");
            params.and("member", "%," + mail.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ",%")
                    .and("email", mail);
        }
        return find(where.toString(), NEWEST_FIRST, params);
    }
}
