package dk.mooc.review.repository;

import dk.mooc.platform.web.EntityJson;
import dk.mooc.platform.web.ListQuery;
import dk.mooc.review.Assessment;
import dk.mooc.review.CaseMember;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReviewCaseRepository implements PanacheRepositoryBase<ReviewCase, UUID> {

    @Inject
    EntityJson json;

    private volatile String withParts;

    /**
     * A case with its members and assessments in one statement ({@link EntityJson}): the read behind
     * {@code GET /review-cases/{id}}, where three statements' work in Hibernate was most of the request's CPU. The
     * entities are detached, for the view only.
     */
    public Optional<ReviewCase.WithParts> withParts(UUID id) {
        if (withParts == null) {
            // the keys are WithParts' components, so that the document is read into it in one pass
            withParts = "select json_build_object('reviewCase', " + json.object(ReviewCase.class, "c")
                    + ", 'members', " + json.array(CaseMember.class, "m", "m.case_id = c.id", "m.assigned_at, m.username")
                    + ", 'assessments', " + json.array(Assessment.class, "a", "a.case_id = c.id",
                    "a.submitted_at, a.username")
                    + ")::text from " + EntityJson.table(ReviewCase.class) + " c where c.id = :id";
        }
        return json.one(withParts, Map.of("id", id), ReviewCase.WithParts.class);
    }

    /** Oldest first; {@code status} and {@code moocId} narrow the list when given (null: any). */
    public ListQuery<ReviewCase> list(ReviewCaseStatus status, UUID moocId) {
        Sort sort = Sort.by("openedAt", Sort.Direction.Ascending).and("id");
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append("status = :status");
            params.put("status", status);
        }
        if (moocId != null) {
            // the unique (mooc_id, round) index serves this lookup
            where.append(where.isEmpty() ? "" : " and ").append("moocId = :moocId");
            params.put("moocId", moocId);
        }
        return new ListQuery<>(ReviewCase.class, where.toString(), params, sort);
    }

    /**
     * The open cases on which the caller may be waited for (ReviewTasks): those they are a member of, those handed over
     * to them and, for the chair, those not handed over. ReviewAccess's rules then decide what they may do on each.
     * Only their keys, in key order: the task inbox reads the cases a chunk at a time.
     */
    public List<UUID> taskCandidates(String username, boolean chair) {
        return getEntityManager().createQuery("select id from ReviewCase where status = :open and (id in"
                        + " (select m.caseId from CaseMember m where m.username = :me) or chairUsername = :me"
                        + (chair ? " or chairUsername is null" : "") + ") order by id", UUID.class)
                .setParameter("open", ReviewCaseStatus.OPEN).setParameter("me", username).getResultList();
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
