package dk.mooc.production.repository;

import dk.mooc.platform.web.EntityJson;
import dk.mooc.platform.web.InList;
import dk.mooc.production.FeedbackComment;
import dk.mooc.production.FeedbackRound;
import dk.mooc.production.Invitation;
import dk.mooc.production.LaunchApproval;
import dk.mooc.production.MaintenanceTask;
import dk.mooc.production.Milestone;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.platform.web.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProductionRepository implements PanacheRepositoryBase<Production, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("startedAt", Sort.Direction.Descending).and("moocId");

    /** Every production, or only the given MOOC's when {@code moocId} is set. */
    public ListQuery<Production> all(UUID moocId) {
        return moocId == null ? ListQuery.all(Production.class, NEWEST_FIRST)
                : ListQuery.where(Production.class, "moocId = :moocId", Parameters.with("moocId", moocId), NEWEST_FIRST);
    }

    /**
     * The productions a person takes part in: their department's (study board), their own (instructor), those whose
     * team membership or feedback invitation is bound to their subject. Only bound grants count (see
     * {@link dk.mooc.production.Invitation}): the caller's pending ones are bound before the list is read. Only the
     * given MOOC's when {@code moocId} is set.
     */
    public ListQuery<Production> partOf(String boardDepartment, String userId, UUID moocId) {
        // the team's and the rounds' parts are uncorrelated sub-selects: in an OR, PostgreSQL runs each once (an index
        // look-up by subject, hashed), where a correlated one would be a look-up for every production
        StringBuilder where = new StringBuilder("(instructorId = :userId")
                .append(" or moocId in (select t.moocId from Production t join t.teamUserIds u where u = :userId)")
                .append(" or moocId in (select r.moocId from FeedbackRound r where r.colleagueId = :userId)");
        Parameters params = Parameters.with("userId", userId);
        if (boardDepartment != null) {
            where.append(" or department = :department");
            params.and("department", boardDepartment);
        }
        where.append(')');
        if (moocId != null) {
            where.append(" and moocId = :moocId");
            params.and("moocId", moocId);
        }
        return ListQuery.where(Production.class, where.toString(), params, NEWEST_FIRST);
    }

    /**
     * The productions (one, or all when {@code moocId} is null) with a pending team membership for this verified
     * address, locked so that of two accounts with the address only the first binds it.
     */
    public List<Production> withPendingMember(String email, UUID moocId) {
        // uncorrelated, so that PostgreSQL finds the MOOCs by the pending members' index and locks only those rows
        String where = "moocId in (select t.moocId from Production t join t.pendingEmails e where e = :email)"
                + (moocId == null ? "" : " and moocId = :moocId");
        Parameters params = Parameters.with("email", Invitation.normalised(email));
        if (moocId != null) {
            params.and("moocId", moocId);
        }
        return find(where, Sort.by("moocId"), params).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * Whether anything of this MOOC (or of any, when {@code moocId} is null) waits to be bound to this verified address:
     * a team entry or a feedback invitation. One plain read, the same conditions as {@link #withPendingMember} and
     * {@link #roundsInviting}, which lock what they find. It runs before every read, so both parts are index look-ups
     * (production_pending_member by address, feedback_round_pending_colleague; V26): the team's part used to scan
     * every production.
     */
    public boolean anyPendingFor(String email, UUID moocId) {
        var query = getEntityManager().createNativeQuery("select " + pendingFor(moocId == null ? "" : " and mooc_id = :moocId"))
                .setParameter("email", Invitation.normalised(email));
        if (moocId != null) {
            query.setParameter("moocId", moocId);
        }
        // no result class: Hibernate 7.2 keys the plan of a native query with a scalar result class by a builder that
        // equals only itself, so every call added a cache entry under the same hash (a third of a read's CPU)
        return Boolean.TRUE.equals(query.getSingleResult());
    }

    /** SQL: whether something waits to be bound to {@code :email}, a normalised address; {@code mooc} narrows it. */
    private static String pendingFor(String mooc) {
        return "(exists (select 1 from production_pending_member where email = :email" + mooc + ") or exists (select 1 "
                + "from feedback_round where colleague_id is null and lower(colleague_email) = :email" + mooc + "))";
    }

    @Inject
    EntityJson json;

    /** The statements of {@link #withParts}: without an address to look for, and with one. */
    private volatile String withParts;
    private volatile String withPartsAndPending;

    /**
     * {@link Production.WithParts} in one statement ({@link EntityJson}): the read behind {@code GET /productions/{id}},
     * where five statements' work in Hibernate was most of the request's CPU (docs/performance.md). Whether anything
     * waits to be bound is asked in the same statement, by the conditions of {@link #anyPendingFor}.
     */
    public Optional<Production.WithParts> withParts(UUID moocId, String email) {
        if (withParts == null) {
            String parts = "'production', " + json.object(Production.class, "p")
                    + ", 'rounds', " + json.array(FeedbackRound.class, "r", "r.mooc_id = p.mooc_id", null)
                    + ", 'milestones', " + json.array(Milestone.class, "m", "m.mooc_id = p.mooc_id", "m.position")
                    + ", 'maintenanceTasks', " + json.array(MaintenanceTask.class, "t", "t.mooc_id = p.mooc_id",
                    "t.created_at, t.position");
            // the keys are WithParts' components, so that the document is read into it in one pass
            String from = ")::text from " + EntityJson.table(Production.class) + " p where p.mooc_id = :moocId";
            withPartsAndPending = "select json_build_object(" + parts + ", 'bindingWaits', "
                    + pendingFor(" and mooc_id = p.mooc_id") + from;
            withParts = "select json_build_object(" + parts + ", 'bindingWaits', false" + from;
        }
        boolean asked = email != null && !email.isBlank();
        Map<String, Object> params = asked ? Map.of("moocId", moocId, "email", Invitation.normalised(email))
                : Map.of("moocId", moocId);
        return json.one(asked ? withPartsAndPending : withParts, params, Production.WithParts.class)
                .map(read -> new Production.WithParts(read.production(), FeedbackRound.inPlanOrder(read.rounds()),
                        read.milestones(), read.maintenanceTasks(), read.bindingWaits()));
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

    /**
     * The productions that can hold a task of this person (docs/production.md, "My tasks"), in one query: their own MOOCs
     * ({@code instructor}), those with a feedback round open for their bound invitation ({@code colleague}), the ones
     * they are the consultant of or that have none ({@code consultant}), their department's waiting for its launch
     * approval ({@code boardDepartment}), every one in production ({@code medialab}: its milestones). Retired MOOCs hold
     * no task. The caller then applies the permission rules to each. Only their keys, in key order: the task inbox
     * reads the productions a chunk at a time.
     */
    public List<UUID> mayHoldTasks(String userId, boolean instructor, boolean colleague, boolean consultant,
                                   String boardDepartment, boolean medialab) {
        List<String> any = new ArrayList<>();
        Parameters params = Parameters.with("active",
                List.of(ProductionStatus.PLANNING, ProductionStatus.IN_PRODUCTION, ProductionStatus.LAUNCHED));
        if (instructor || colleague || consultant) {
            params.and("userId", userId);
        }
        if (instructor) {
            any.add("instructorId = :userId");
        }
        if (colleague) {
            any.add("moocId in (select r.moocId from FeedbackRound r where r.colleagueId = :userId and r.status = :open)");
            params.and("open", FeedbackRound.Status.OPEN);
        }
        if (consultant) {
            any.add("consultantId = :userId or consultantId is null");
        }
        if (boardDepartment != null) {
            any.add("(department = :department and launchApproval.status = :requested)");
            params.and("department", boardDepartment).and("requested", LaunchApproval.Status.REQUESTED);
        }
        if (medialab) {
            any.add("status = :inProduction");
            params.and("inProduction", ProductionStatus.IN_PRODUCTION);
        }
        if (any.isEmpty()) {
            return List.of();
        }
        return InList.of("select moocId from Production where status in :active and (" + String.join(" or ", any)
                + ") order by moocId", params.map()).list(UUID.class);
    }

    /** How the comments of one feedback round stand, for the task inbox. */
    public record CommentTally(long comments, long open, long byCaller, OffsetDateTime lastResolvedAt) {
    }

    /** The comment tallies of the given MOOCs' rounds, by MOOC and round, in one query. */
    public Map<FeedbackRound.Key, CommentTally> commentTallies(Collection<UUID> moocIds, String userId) {
        Map<FeedbackRound.Key, CommentTally> tallies = new HashMap<>();
        if (moocIds.isEmpty()) {
            return tallies;
        }
        Map<String, Object> params = new HashMap<>();   // a user id may be null: Map.of takes none
        params.put("open", FeedbackComment.Resolution.OPEN);
        params.put("userId", userId);
        params.put("ids", moocIds);
        List<Object[]> rows = InList.of("select c.moocId, c.round, count(c), "
                        + "sum(case when c.resolution = :open then 1 else 0 end), "
                        + "sum(case when c.authorId = :userId then 1 else 0 end), max(c.resolvedAt) "
                        + "from FeedbackComment c where c.moocId in :ids group by c.moocId, c.round", params)
                .list(Object[].class);
        for (Object[] row : rows) {
            tallies.put(new FeedbackRound.Key((UUID) row[0], (FeedbackRound.Round) row[1]), new CommentTally(
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                    (OffsetDateTime) row[5]));
        }
        return tallies;
    }
}
