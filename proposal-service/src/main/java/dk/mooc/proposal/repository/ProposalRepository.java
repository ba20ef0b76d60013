package dk.mooc.proposal.repository;

import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalFilter;
import dk.mooc.proposal.ProposalStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Queries over proposals; visibility rules are passed in by the service as a {@link Scope}. */
@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<Proposal, UUID> {

    /** Which proposals a caller may list. */
    public record Scope(String instructorId, List<ProposalStatus> statuses) {
        public static Scope everything() {
            return new Scope(null, null);
        }
    }

    public PanacheQuery<Proposal> list(Scope scope, ProposalFilter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (scope.instructorId() != null) {
            where.add("instructorId = :instructor");
            params.and("instructor", scope.instructorId());
        }
        if (scope.statuses() != null) {
            where.add("status in :visible");
            params.and("visible", scope.statuses());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.department() != null && !filter.department().isBlank()) {
            where.add("department = :department");
            params.and("department", filter.department());
        }
        if (filter.semester() != null && !filter.semester().isBlank()) {
            where.add("plannedLaunchSemester = :semester");
            params.and("semester", filter.semester());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.add("(lower(title) like :q or lower(coalesce(summary, '')) like :q or lower(coalesce(topic, '')) like :q"
                    + " or lower(instructorName) like :q)");
            params.and("q", "%" + escapeLike(filter.query().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        ProposalFilter.SortKey key = filter.sort() == null ? ProposalFilter.SortKey.UPDATED : filter.sort();
        Sort sort = Sort.by(key.property(), filter.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        if (where.isEmpty()) {
            return findAll(sort);
        }
        return find(String.join(" and ", where), sort, params);
    }

    private static String escapeLike(String s) {
        // "%" and "_" typed by a user are searched for literally (PostgreSQL's default escape is "\")
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
