package dk.mooc.production.service;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.production.Production;
import dk.mooc.production.repository.ProductionRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Production use cases; instructors see only their own MOOCs, the programme's staff see all. */
@ApplicationScoped
public class ProductionService {

    @Inject
    ProductionRepository productions;

    @Inject
    CurrentUser user;

    public PageResponse<Production> list(int page, int size) {
        PanacheQuery<Production> q = productions.list(seesAll() ? null : user.id());
        return new PageResponse<>(q.page(Page.of(page, size)).list(), page, size, q.count());
    }

    public Production get(UUID moocId) {
        Production p = productions.findByIdOptional(moocId)
                .orElseThrow(() -> ProblemException.notFound("Production", moocId));
        if (!seesAll() && !p.instructorId.equals(user.id())) {
            throw ProblemException.notFound("Production", moocId);
        }
        return p;
    }

    private boolean seesAll() {
        return user.isAdmin() || user.hasRole(Roles.CONSULTANT) || user.hasRole(Roles.MEDIALAB) || user.hasRole(Roles.BOARD);
    }
}
