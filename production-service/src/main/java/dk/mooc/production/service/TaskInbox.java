package dk.mooc.production.service;

import dk.mooc.platform.inbox.MostUrgentTasks;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.InList;
import dk.mooc.production.Booking;
import dk.mooc.production.FeedbackComment;
import dk.mooc.production.FeedbackRound;
import dk.mooc.production.LaunchApproval;
import dk.mooc.production.MaintenanceTask;
import dk.mooc.production.Milestone;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.production.QaGate;
import dk.mooc.production.Studio;
import dk.mooc.production.Task;
import dk.mooc.production.repository.ProductionRepository;
import dk.mooc.production.repository.ProductionRepository.CommentTally;
import dk.mooc.production.service.ProductionAccess.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What is waiting for the signed-in person in production now (docs/production.md, "My tasks"). Each task is an action
 * the server would allow: it is read from the same {@link ProductionAccess#permissions} and
 * {@link BookingService#permissions} that fill the resources' {@code permissions}, then narrowed to the person the
 * step is waiting for (a MOOC's own instructor, its assigned consultant, the milestone's owner). Finished work (an
 * agreed plan, a done milestone, a decided approval, a resolved comment, an answered booking, a done maintenance task)
 * is not a task. A handful of queries, whatever the number of MOOCs.
 */
@ApplicationScoped
public class TaskInbox {

    /** One person's open tasks; more would not be an inbox (the answer says it is bounded). */
    public static final int MAX_TASKS = 200;

    /** Milestones completed by an action of their own, which is the task instead of COMPLETE_MILESTONE. */
    private static final Set<String> COMPLETED_BY_THEIR_ACTION = Set.of("USER_TEST", "BOARD_LAUNCH_APPROVAL", "LAUNCH");

    private static final Comparator<Task> ORDER = Comparator
            .comparing(Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::since).thenComparing(Task::kind).thenComparing(Task::subjectId)
            .thenComparing(t -> t.params().toString());

    @Inject
    CurrentUser user;

    @Inject
    ProductionAccess access;

    @Inject
    ProductionRepository productions;

    @Inject
    BookingService bookings;

    /**
     * The caller's first {@link #MAX_TASKS} open tasks, soonest due first (then the oldest), and how many there are.
     * The productions are read a chunk at a time and dropped from the persistence context after each: the tasks are
     * values, and the productions' milestones and rounds would otherwise all stay in memory together.
     */
    @Transactional
    public MostUrgentTasks.Selection<Task> mine() {
        access.bindPending(null); // an invitation to the caller's verified e-mail is theirs from the first read on
        boolean instructor = user.hasRole(Roles.INSTRUCTOR);
        List<UUID> candidates = productions.mayHoldTasks(user.id(), instructor, instructor,
                user.hasRole(Roles.CONSULTANT), user.hasRole(Roles.BOARD) ? user.department() : null,
                user.hasRole(Roles.MEDIALAB));
        // the MediaLab's studio requests are few (the open queue), read before the productions' chunks
        List<Task> bookingTasks = user.hasRole(Roles.MEDIALAB) ? bookingsToAnswer() : List.of();
        EntityManager em = productions.getEntityManager();
        em.flush(); // what bindPending wrote, before the context is cleared
        return MostUrgentTasks.select(bookingTasks, candidates,
                ids -> ofProductions(InList.of("from Production where moocId in :ids order by moocId", Map.of("ids", ids))
                        .list(Production.class)),
                em::clear, ORDER, MAX_TASKS);
    }

    private List<Task> ofProductions(List<Production> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = list.stream().map(p -> p.moocId).toList();
        Map<UUID, List<Milestone>> milestones = InList.of("from Milestone where moocId in :ids order by position", Map.of("ids", ids))
                .list(Milestone.class).stream()
                .collect(Collectors.groupingBy(m -> m.moocId));
        Map<UUID, List<FeedbackRound>> rounds = InList.of("from FeedbackRound where moocId in :ids", Map.of("ids", ids)).list(FeedbackRound.class).stream()
                .sorted(Comparator.comparing(r -> r.round)).collect(Collectors.groupingBy(r -> r.moocId));
        Map<FeedbackRound.Key, CommentTally> tallies = productions.commentTallies(ids, user.id());
        List<UUID> own = list.stream().filter(p -> p.inProduction() && p.isInstructor(user.id())).map(p -> p.moocId).toList();
        Map<UUID, List<FeedbackComment>> openComments = own.isEmpty() ? Map.of()
                : InList.of("from FeedbackComment where moocId in :ids and resolution = :open order by createdAt, id",
                        Map.of("ids", own, "open", FeedbackComment.Resolution.OPEN)).list(FeedbackComment.class).stream().collect(Collectors.groupingBy(c -> c.moocId));
        List<UUID> launched = list.stream().filter(p -> p.status == ProductionStatus.LAUNCHED).map(p -> p.moocId).toList();
        Map<UUID, List<MaintenanceTask>> maintenance = launched.isEmpty() ? Map.of()
                : InList.of("from MaintenanceTask where moocId in :ids and status = :open order by createdAt, position",
                        Map.of("ids", launched, "open", MaintenanceTask.Status.OPEN)).list(MaintenanceTask.class).stream().collect(Collectors.groupingBy(t -> t.moocId));
        List<Task> tasks = new ArrayList<>();
        for (Production p : list) {
            Of of = new Of(p, milestones.getOrDefault(p.moocId, List.of()), rounds.getOrDefault(p.moocId, List.of()));
            of.plan(tasks);
            of.launch(tasks);
            of.feedback(tasks, tallies, openComments.getOrDefault(p.moocId, List.of()));
            of.maintenance(tasks, maintenance.getOrDefault(p.moocId, List.of()));
        }
        return tasks;
    }

    /** The MediaLab's queue, as far as the MediaLab may answer each request now. */
    private List<Task> bookingsToAnswer() {
        List<Booking> queue = bookings.queue(null);
        Map<UUID, Production> byMooc = bookings.productionsOf(queue.stream().map(b -> b.moocId).toList());
        List<Task> tasks = new ArrayList<>();
        for (Booking b : queue) {
            Production p = byMooc.get(b.moocId);
            Set<BookingService.Permission> can = bookings.permissions(b, p);
            if (can.contains(BookingService.Permission.CONFIRM) || can.contains(BookingService.Permission.DECLINE)) {
                tasks.add(new Task(Task.Kind.CONFIRM_BOOKING, b.moocId, b.id, p.title,
                        b.startsAt.atZoneSameInstant(Studio.ZONE).toLocalDate(), local(b.createdAt),
                        Map.of("studio", b.studio.name())));
            }
        }
        return tasks;
    }

    /** The tasks of one production, from its permissions for the caller. */
    private final class Of {
        private final Production p;
        private final List<Milestone> milestones;
        private final Map<String, Milestone> byKey;
        private final List<FeedbackRound> rounds;
        private final Set<Permission> can;
        /** The MOOC's own instructor (as an instructor). */
        private final boolean instructor;
        /** The consultant the MOOC is assigned to (any consultant while none is). */
        private final boolean consultant;

        Of(Production p, List<Milestone> milestones, List<FeedbackRound> rounds) {
            this.p = p;
            this.milestones = milestones;
            this.byKey = milestones.stream().collect(Collectors.toMap(m -> m.key, Function.identity()));
            this.rounds = rounds;
            this.can = access.permissions(p, rounds);
            this.instructor = user.hasRole(Roles.INSTRUCTOR) && p.isInstructor(user.id());
            this.consultant = user.hasRole(Roles.CONSULTANT) && (p.consultantId == null || p.consultantId.equals(user.id()));
        }

        void plan(List<Task> tasks) {
            if (p.status == ProductionStatus.PLANNING && can.contains(Permission.EDIT_PLAN) && (instructor || consultant)) {
                add(tasks, Task.Kind.AGREE_PLAN, p.moocId, due("PLAN_AGREED"), p.startedAt, Map.of());
            }
            if (p.status != ProductionStatus.IN_PRODUCTION) {
                return; // milestones are worked once the plan is agreed, and are history after the launch
            }
            for (Milestone m : milestones) {
                if (m.status == Milestone.Status.DONE || !predecessorsDone(m)) {
                    continue;
                }
                if (m.key.equals("USER_TEST")) {
                    if (instructor && can.contains(Permission.RECORD_USER_TEST)) {
                        add(tasks, Task.Kind.RECORD_USER_TEST, p.moocId, m.dueDate, current(m), Map.of());
                    }
                } else if (!COMPLETED_BY_THEIR_ACTION.contains(m.key) && owns(m)
                        && access.milestonePermissions(p, m).contains(ProductionAccess.MilestonePermission.CHANGE_STATUS)) {
                    add(tasks, Task.Kind.COMPLETE_MILESTONE, p.moocId, m.dueDate, current(m), Map.of("milestone", m.key));
                }
            }
        }

        void launch(List<Task> tasks) {
            LaunchApproval a = p.launchApproval;
            if (can.contains(Permission.REQUEST_LAUNCH_APPROVAL) && (instructor || consultant)) {
                // waiting once the plan reaches the approval, or again after the board declined
                Milestone m = byKey.get("BOARD_LAUNCH_APPROVAL");
                if (a.status == LaunchApproval.Status.DECLINED) {
                    add(tasks, Task.Kind.REQUEST_LAUNCH_APPROVAL, p.moocId, due("BOARD_LAUNCH_APPROVAL"), a.decidedAt, Map.of());
                } else if (m != null && m.status != Milestone.Status.DONE && predecessorsDone(m)) {
                    add(tasks, Task.Kind.REQUEST_LAUNCH_APPROVAL, p.moocId, m.dueDate, current(m), Map.of());
                }
            }
            if (can.contains(Permission.DECIDE_LAUNCH_APPROVAL)) {
                add(tasks, Task.Kind.APPROVE_LAUNCH, p.moocId, due("BOARD_LAUNCH_APPROVAL"), a.requestedAt, Map.of());
            }
            if (can.contains(Permission.LAUNCH) && instructor
                    && QaGate.evaluate(p, milestones, rounds).stream().allMatch(g -> g.met() || !g.blocking())) {
                OffsetDateTime since = Stream.concat(Stream.of(a.decidedAt), rounds.stream().map(r -> r.closedAt))
                        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(p.baselineAgreedAt);
                add(tasks, Task.Kind.LAUNCH, p.moocId, due("LAUNCH"), since, Map.of());
            }
        }

        void feedback(List<Task> tasks, Map<FeedbackRound.Key, CommentTally> tallies, List<FeedbackComment> open) {
            if (!p.inProduction()) {
                return;
            }
            for (FeedbackRound r : rounds) {
                if (r.closed()) {
                    continue;
                }
                Map<String, String> round = Map.of("round", r.round.name());
                CommentTally tally = tallies.getOrDefault(new FeedbackRound.Key(p.moocId, r.round),
                        new CommentTally(0, 0, 0, null));
                if (can.contains(Permission.RESOLVE_COMMENTS)) {
                    open.stream().filter(c -> c.round == r.round)
                            .forEach(c -> add(tasks, Task.Kind.RESOLVE_COMMENT, c.id, null, c.createdAt, round));
                }
                // the colleague is asked for their feedback; once given, more is welcome but nothing waits on them
                if (can.contains(Permission.COMMENT) && r.hasColleague(user.id()) && user.hasRole(Roles.INSTRUCTOR)
                        && tally.byCaller() == 0) {
                    add(tasks, Task.Kind.GIVE_FEEDBACK, p.moocId, null, r.invitedAt == null ? p.startedAt : r.invitedAt, round);
                }
                // closing refuses a round without comments or with one unanswered: only then is it waiting
                if (can.contains(Permission.CLOSE_FEEDBACK) && consultant && tally.comments() > 0 && tally.open() == 0) {
                    add(tasks, Task.Kind.CLOSE_FEEDBACK_ROUND, p.moocId, null, tally.lastResolvedAt(), round);
                }
            }
        }

        void maintenance(List<Task> tasks, List<MaintenanceTask> open) {
            if (can.contains(Permission.MANAGE_MAINTENANCE) && (instructor || consultant)) {
                open.forEach(t -> add(tasks, Task.Kind.COMPLETE_MAINTENANCE_TASK, t.id, null, t.createdAt,
                        Map.of("semester", t.semester, "reviewId", t.reviewId.toString())));
            }
        }

        /** The milestone's owner is the caller: the study board's and MediaLab's by role, the others by the MOOC. */
        private boolean owns(Milestone m) {
            return switch (m.owner) {
                case INSTRUCTOR -> instructor;
                case CONSULTANT -> consultant;
                case MEDIALAB -> user.hasRole(Roles.MEDIALAB);
                case STUDY_BOARD -> access.isBoardOf(p);
            };
        }

        private boolean predecessorsDone(Milestone m) {
            return m.predecessors().stream().map(byKey::get)
                    .allMatch(pred -> pred == null || pred.status == Milestone.Status.DONE);
        }

        /** Since when the milestone is the current one: its last predecessor's completion, not before the agreement. */
        private OffsetDateTime current(Milestone m) {
            OffsetDateTime since = p.baselineAgreedAt == null ? p.startedAt : p.baselineAgreedAt;
            for (String key : m.predecessors()) {
                Milestone pred = byKey.get(key);
                if (pred != null && pred.doneOn != null) {
                    OffsetDateTime done = pred.doneOn.atStartOfDay(Studio.ZONE).toOffsetDateTime();
                    if (done.isAfter(since)) {
                        since = done;
                    }
                }
            }
            return since;
        }

        private LocalDate due(String key) {
            Milestone m = byKey.get(key);
            return m == null ? null : m.dueDate;
        }

        private void add(List<Task> tasks, Task.Kind kind, UUID subjectId, LocalDate dueDate, OffsetDateTime since,
                         Map<String, String> params) {
            tasks.add(new Task(kind, p.moocId, subjectId, p.title, dueDate, local(since == null ? p.startedAt : since),
                    params));
        }
    }

    private static OffsetDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(Studio.ZONE).toOffsetDateTime();
    }
}
