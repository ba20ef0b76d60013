package dk.mooc.review.repository;

import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ReviewCaseRepository implements PanacheRepositoryBase<ReviewCase, UUID> {

    public PanacheQuery<ReviewCase> list(ReviewCaseStatus status) {
        Sort sort = Sort.by("openedAt", Sort.Direction.Ascending).and("id");
        return status == null ? findAll(sort) : find("status", sort, status);
    }

    public int lastRound(UUID moocId) {
        Integer max = getEntityManager()
                .createQuery("select max(c.round) from ReviewCase c where c.moocId = :mooc", Integer.class)
                .setParameter("mooc", moocId).getSingleResult();
        return max == null ? 0 : max;
    }

    public boolean roundExists(UUID moocId, int proposalVersion) {
        return count("moocId = ?1 and proposalVersion = ?2", moocId, proposalVersion) > 0;
    }
}
