package dk.mooc.proposal.repository;

import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
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

    public PanacheQuery<Proposal> list(Scope scope, ProposalStatus status) {
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
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        Sort sort = Sort.by("updatedAt", Sort.Direction.Descending).and("id");
        if (where.isEmpty()) {
            return findAll(sort);
        }
        return find(String.join(" and ", where), sort, params);
    }

    public static Page page(int index, int size) {
        return Page.of(index, size);
    }
}
