package dk.mooc.production.repository;

import dk.mooc.production.Production;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ProductionRepository implements PanacheRepositoryBase<Production, UUID> {

    /** All productions, or only the given instructor's when {@code instructorId} is set. */
    public PanacheQuery<Production> list(String instructorId) {
        Sort sort = Sort.by("startedAt", Sort.Direction.Descending).and("moocId");
        return instructorId == null ? findAll(sort) : find("instructorId", sort, instructorId);
    }
}
