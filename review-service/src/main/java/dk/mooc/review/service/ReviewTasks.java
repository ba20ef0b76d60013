package dk.mooc.review.service;

import dk.mooc.platform.inbox.MostUrgentTasks;
import dk.mooc.platform.web.InList;
import dk.mooc.review.Assessment;
import dk.mooc.review.CaseHistoryEntry;
import dk.mooc.review.CaseMember;
import dk.mooc.review.Meeting;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.Task;
import dk.mooc.review.config.CommitteeConfig;
import dk.mooc.review.repository.ReviewCaseRepository;
import dk.mooc.review.service.ReviewAccess.Permission;
import dk.mooc.review.service.ReviewAccess.Standing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The caller's task inbox in this service: on each open case they are on or may decide, what {@link ReviewAccess}
 * lets them do now and is not done yet. The permissions are the ones the case's page and the server's checks use, so
 * a conflicted member gets no assessment and a conflicted chair no decision; an assessment in, a declaration made or a
 * decided or closed case is no task.
 */
@ApplicationScoped
public class ReviewTasks {

    /** One person's open work, not a search: the inbox shows at most this many, soonest due first. */
    public static final int LIMIT = 200;

    /** Meetings are held on campus: their day is Copenhagen's. */
    private static final ZoneId CAMPUS = ZoneId.of("Europe/Copenhagen");

    private static final Comparator<Task> SOONEST_DUE_FIRST = Comparator
            .comparing(Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::since)
            .thenComparing(Task::subjectId)
            .thenComparing(Task::kind);

    @Inject
    ReviewCaseRepository cases;

    @Inject
    ReviewAccess access;

    @Inject
    CommitteeConfig committee;

    /**
     * The caller's first {@link #LIMIT} tasks and how many there are. The open cases are read a chunk at a time, with a
     * handful of queries per chunk whatever its number of cases: the cases, then the caller's standing and the meetings.
     */
    public MostUrgentTasks.Selection<Task> mine() {
        String me = access.username();
        return MostUrgentTasks.select(cases.taskCandidates(me, access.isChair()),
                chunk -> tasksOf(me, InList.of("from ReviewCase where id in :ids order by id", Map.of("ids", chunk))
                        .list(ReviewCase.class)),
                cases.getEntityManager()::clear, SOONEST_DUE_FIRST, LIMIT);
    }

    private List<Task> tasksOf(String me, List<ReviewCase> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = open.stream().map(c -> c.id).toList();
        Map<UUID, CaseMember> memberships = InList.of("from CaseMember where username = :me and caseId in :ids", Map.of("me", me, "ids", ids))
                .list(CaseMember.class).stream()
                .collect(Collectors.toMap(m -> m.caseId, Function.identity()));
        Set<UUID> assessed = new HashSet<>(InList.of("select a.caseId from Assessment a where a.username = :me"
                + " and a.caseId in :ids", Map.of("me", me, "ids", ids)).list(UUID.class));
        Map<UUID, Meeting> meetings = meetings(open);

        List<Task> tasks = new ArrayList<>();
        List<ReviewCase> toDecide = new ArrayList<>();
        for (ReviewCase c : open) {
            CaseMember member = memberships.get(c.id);
            Set<Permission> can = access.permissions(c, new Standing(Optional.ofNullable(member), assessed.contains(c.id)));
            Meeting meeting = c.meetingId == null ? null : meetings.get(c.meetingId);
            if (member != null && can.contains(Permission.DECLARE)
                    && member.declaration == CaseMember.Declaration.NOT_DECLARED) {
                Map<String, String> params = params(c);
                params.put("automaticConflict", Boolean.toString(member.automaticConflict != null));
                tasks.add(task(Task.Kind.DECLARE_CONFLICT_OF_INTEREST, c, meeting, member.assignedAt, params));
            }
            if (member != null && can.contains(Permission.ASSESS) && !assessed.contains(c.id)) {
                tasks.add(task(Task.Kind.ASSESS_CASE, c, meeting,
                        member.declaredAt == null ? member.assignedAt : member.declaredAt, params(c)));
            }
            if (can.contains(Permission.DECIDE)) {
                toDecide.add(c);
            }
        }
        tasks.addAll(decisions(toDecide, meetings));
        return tasks;
    }

    private List<Task> decisions(List<ReviewCase> toDecide, Map<UUID, Meeting> meetings) {
        if (toDecide.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = toDecide.stream().map(c -> c.id).toList();
        Map<UUID, Long> assessments = countsByCase(
                "select a.caseId, count(a) from Assessment a where a.caseId in :ids group by a.caseId", ids);
        Map<UUID, OffsetDateTime> chairChanged = lastChairChange(ids);
        List<Task> tasks = new ArrayList<>();
        for (ReviewCase c : toDecide) {
            Map<String, String> params = params(c);
            params.put("assessments", Long.toString(assessments.getOrDefault(c.id, 0L)));
            params.put("quorum", Integer.toString(committee.quorum()));
            params.put("actingChair", Boolean.toString(c.chairUsername != null));
            OffsetDateTime changed = chairChanged.get(c.id);
            OffsetDateTime since = changed != null && changed.isAfter(c.openedAt) ? changed : c.openedAt;
            tasks.add(task(Task.Kind.SEND_DECISION, c, c.meetingId == null ? null : meetings.get(c.meetingId), since,
                    params));
        }
        return tasks;
    }

    /** When each case was last handed over or back: the decision became its present decider's then. */
    private static Map<UUID, OffsetDateTime> lastChairChange(Collection<UUID> ids) {
        List<Object[]> rows = InList.of(
                        "select h.caseId, max(h.at) from CaseHistoryEntry h where h.caseId in :ids and h.action in :actions"
                                + " group by h.caseId",
                        Map.of("ids", ids, "actions", List.of(CaseHistoryEntry.Action.HANDED_OVER,
                                CaseHistoryEntry.Action.HAND_OVER_REVOKED)))
                .list(Object[].class);
        Map<UUID, OffsetDateTime> at = new HashMap<>();
        for (Object[] row : rows) {
            at.put((UUID) row[0], (OffsetDateTime) row[1]);
        }
        return at;
    }

    private static Map<UUID, Long> countsByCase(String query, Collection<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : InList.of(query, Map.of("ids", ids)).list(Object[].class)) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static Map<UUID, Meeting> meetings(List<ReviewCase> open) {
        Set<UUID> ids = open.stream().map(c -> c.meetingId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return InList.of("from Meeting where id in :ids", Map.of("ids", ids)).list(Meeting.class).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
    }

    private static Map<String, String> params(ReviewCase c) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("round", Integer.toString(c.round));
        if (c.meetingId != null) {
            params.put("meetingId", c.meetingId.toString());
        }
        return params;
    }

    private static Task task(Task.Kind kind, ReviewCase c, Meeting meeting, OffsetDateTime since,
                             Map<String, String> params) {
        LocalDate due = meeting == null ? null : meeting.startsAt.atZoneSameInstant(CAMPUS).toLocalDate();
        return new Task(kind, c.moocId, c.id, c.proposalTitle, due, since, params);
    }
}
