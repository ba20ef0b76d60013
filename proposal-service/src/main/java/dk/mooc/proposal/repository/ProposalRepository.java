package dk.mooc.proposal.repository;

import dk.mooc.platform.web.InList;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalFilter;
import dk.mooc.proposal.ProposalStatus;
import dk.mooc.platform.web.ListQuery;
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

    /**
     * Which proposals a caller may list: the union of what each of their roles shows (ProposalAccess builds it).
     * A null component adds nothing. Team membership is by the subject a team entry is bound to, never by e-mail.
     */
    public record Scope(boolean all, String ownerId, String teamMemberId, String consultantId,
                        String boardDepartment, String headDepartment, boolean committee) {
        public static Scope everything() {
            return new Scope(true, null, null, null, null, null, false);
        }
    }

    private static void visibility(Scope scope, List<String> where, Parameters params) {
        if (scope.all()) {
            return;
        }
        List<String> any = new ArrayList<>();
        any.add("instructorId = :owner");
        params.and("owner", scope.ownerId());
        if (scope.teamMemberId() != null) {
            any.add("id in (select b.proposalId from TeamBinding b where b.subject = :teamMember)");
            params.and("teamMember", scope.teamMemberId());
        }
        if (scope.consultantId() != null) {
            any.add("status = :queued or consultation.consultantId = :consultant");
            params.and("queued", ProposalStatus.CONSULTATION_REQUESTED).and("consultant", scope.consultantId());
        }
        if (scope.boardDepartment() != null) {
            any.add("(department = :boardDepartment and board.requestedAt is not null)");
            params.and("boardDepartment", scope.boardDepartment());
        }
        if (scope.headDepartment() != null) {
            any.add("(department = :headDepartment and head.requestedAt is not null)");
            params.and("headDepartment", scope.headDepartment());
        }
        if (scope.committee()) {
            any.add("submittedAt is not null");
        }
        where.add("(" + String.join(" or ", any) + ")");
    }

    public ListQuery<Proposal> list(Scope scope, ProposalFilter filter, String callerId) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        visibility(scope, where, params);
        if (filter.consultant() == ProposalFilter.ConsultantView.UNASSIGNED) {
            where.add("status = :unassigned");
            params.and("unassigned", ProposalStatus.CONSULTATION_REQUESTED);
        } else if (filter.consultant() == ProposalFilter.ConsultantView.ME) {
            where.add("consultation.consultantId = :me");
            params.and("me", callerId);
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
        return ListQuery.where(Proposal.class, String.join(" and ", where), params, sort);
    }

    /**
     * Where someone may be waited for (ProposalTasks): the caller's own proposals in a stage where the instructor acts,
     * the LearningLab's queue and the consultations the caller took, and the endorsements requested of the caller's
     * department and not yet given. A superset of the tasks, narrowed by the indexed status, owner, consultant and
     * department so that ProposalAccess's rules, which decide, run on few rows. A null component adds nothing.
     */
    public record TaskScope(String ownerId, String consultantId, String boardDepartment, String headDepartment) {
    }

    /** The keys of the proposals where {@code scope} may be waited for, in key order (read a chunk at a time). */
    public List<UUID> taskCandidates(TaskScope scope) {
        List<String> any = new ArrayList<>();
        Parameters params = new Parameters();
        if (scope.ownerId() != null) {
            any.add("(instructorId = :owner and status in :ownerStages)");
            params.and("owner", scope.ownerId()).and("ownerStages", List.of(ProposalStatus.DRAFT,
                    ProposalStatus.CONSULTED, ProposalStatus.ENDORSEMENT, ProposalStatus.REVISION_REQUESTED));
        }
        if (scope.consultantId() != null) {
            any.add("status = :queued or (status = :assigned and consultation.consultantId = :consultant)");
            params.and("queued", ProposalStatus.CONSULTATION_REQUESTED).and("assigned", ProposalStatus.CONSULTANT_ASSIGNED)
                    .and("consultant", scope.consultantId());
        }
        if (scope.boardDepartment() != null) {
            any.add("(status = :endorsement and department = :boardDepartment and board.requestedAt is not null"
                    + " and board.decision is null)");
            params.and("boardDepartment", scope.boardDepartment());
        }
        if (scope.headDepartment() != null) {
            any.add("(status = :endorsement and department = :headDepartment and head.requestedAt is not null"
                    + " and head.decision is null)");
            params.and("headDepartment", scope.headDepartment());
        }
        if (any.isEmpty()) {
            return List.of();
        }
        if (scope.boardDepartment() != null || scope.headDepartment() != null) {
            params.and("endorsement", ProposalStatus.ENDORSEMENT);
        }
        return InList.of("select id from Proposal where " + String.join(" or ", any) + " order by id", params.map())
                .list(UUID.class);
    }

    private static String escapeLike(String s) {
        // "%" and "_" typed by a user are searched for literally (PostgreSQL's default escape is "\")
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
