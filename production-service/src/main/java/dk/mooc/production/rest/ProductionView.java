package dk.mooc.production.rest;

import dk.mooc.production.LaunchApproval;
import dk.mooc.production.MaintenanceTask;
import dk.mooc.production.Milestone;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.production.QaGate;
import dk.mooc.production.TeamMember;
import dk.mooc.production.TeamRole;
import dk.mooc.production.UserTest;
import dk.mooc.production.service.ProductionAccess;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A production as the API shows it. The list shows the facts, the next milestone and the launch approval; one
 * production read adds the plan, team, QA gates, launch approval, launch, maintenance tasks and the caller's {@code permissions}.
 */
        @Schema(name = "Production", description = "An approved MOOC's production. The list shows the facts, the next "
        + "milestone and the launch approval; one production's read adds the plan, team, QA gates, user test, launch, "
        + "maintenance tasks and the caller's permissions (null in the list).")
public record ProductionView(
        @Schema(description = "The MOOC's id, the same in every service", example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11")
        UUID moocId,
        @Schema(description = "The MOOC's title as the approved proposal gives it",
                example = "Quantum Computing for Engineers") String title,
        @Schema(description = "The department that owns the MOOC", example = "Compute") String department,
        @Schema(description = "The name of the instructor responsible for the MOOC", example = "Ida Instructor")
        String instructorName,
        @Schema(example = "IN_PRODUCTION") ProductionStatus status,
        @Schema(description = "When the production started (the steering committee's approval arrived)",
                example = "2026-12-10T14:03:00Z") OffsetDateTime startedAt,
        @Schema(description = "The day the steering committee approved the MOOC", example = "2026-12-10") LocalDate approvedOn,
        @Schema(description = "New content rather than building on an existing course; a new one must pass the user test",
                example = "true") boolean newContent,
        @Schema(description = "The semester the proposal planned the launch for", example = "2027-autumn")
        String plannedLaunchSemester,
        @Schema(description = "The video budget granted; null when none was", example = "35000") Integer videoBudgetDkk,
        @Schema(description = "When the plan was first agreed (the baseline); null before", example = "2027-01-12T10:00:00Z")
        OffsetDateTime baselineAgreedAt,
        @Schema(description = "The next milestone not done, by due date") NextMilestone nextMilestone,
        @Schema(description = "Milestones past their due date and not done", example = "0") int overdueMilestones,
        @Schema(description = "Optimistic-locking version; also the ETag", example = "7") long version,
        @Schema(description = "What the caller may do now (one production read only)",
                example = "[\"EDIT_PLAN\", \"LAUNCH\"]") Set<ProductionAccess.Permission> permissions,
        @Schema(description = "The plan's milestones in plan order (one production read only)") List<MilestoneView> milestones,
        @Schema(description = "The team (one production read only)") List<TeamMemberView> team,
        @Schema(description = "The QA gates in checklist order") List<QaGate> gates,
        @Schema(description = "The keys of the non-blocking gates not met (e.g. no user test of a MOOC building on an "
                + "existing course); the gate in gates says why with its code and params", example = "[\"USER_TEST\"]")
        List<String> warnings,
        @Schema(description = "The user test; null until it is recorded") UserTestView userTest,
        @Schema(description = "The study board's launch approval") LaunchApprovalView launchApproval,
        @Schema(description = "The launch; null until the MOOC is launched") LaunchView launch,
        @Schema(description = "Tasks from semester reviews that decided to revise (one production read only)")
        List<MaintenanceTaskView> maintenanceTasks) {

    @Schema(name = "NextMilestone", description = "The next milestone not done, by due date")
    public record NextMilestone(@Schema(description = "The milestone's key in the plan", example = "PILOT_MODULE") String key,
                                @Schema(description = "The milestone's name as the plan shows it", example = "Pilot module")
                                String name,
                                @Schema(example = "2027-04-15") LocalDate dueDate,
                                @Schema(description = "Past its due date", example = "false") boolean overdue) {
    }

    @Schema(name = "Milestone", description = "One milestone of the development plan")
    public record MilestoneView(@Schema(description = "The milestone's key in the plan (the path's {key})",
                                        example = "PILOT_MODULE") String key,
                                @Schema(description = "The milestone's name as the plan shows it", example = "Pilot module")
                                String name,
                                @Schema(description = "Whose status it is to change", example = "INSTRUCTOR") Milestone.Owner owner,
                                @Schema(description = "Working days it takes", example = "20") int durationDays,
                                @Schema(description = "The keys of the milestones it waits for", example = "[\"COURSE_OUTLINE\"]")
                                List<String> dependsOn,
                                @Schema(description = "A mandatory milestone must be done before launch (a QA gate)",
                                        example = "true") boolean mandatory,
                                @Schema(example = "2027-04-15") LocalDate dueDate,
                                @Schema(description = "The due date in the agreed baseline; null before", example = "2027-04-01")
                                LocalDate baselineDueDate,
                                @Schema(description = "Days late against the baseline; null before a baseline") Long slipDays,
                                @Schema(description = "A new due date proposed because a predecessor slipped")
                                LocalDate proposedDueDate,
                                @Schema(example = "IN_PROGRESS") Milestone.Status status,
                                @Schema(description = "The day it was done; null until then", example = "2027-04-10")
                                LocalDate doneOn,
                                @Schema(description = "Past its due date and not done") boolean overdue,
                                @Schema(description = "What the caller may do with this milestone now: CHANGE_STATUS "
                                        + "(the status of a STUDY_BOARD milestone is the MOOC's department's board's, of "
                                        + "a MEDIALAB milestone MediaLab's, of the others the instructor's and the "
                                        + "consultants'), MOVE_DUE (the instructor, a consultant). Empty once the MOOC "
                                        + "has left production.", example = "[\"CHANGE_STATUS\", \"MOVE_DUE\"]")
                                Set<ProductionAccess.MilestonePermission> permissions) {
        static MilestoneView of(Milestone m, Production p, LocalDate today,
                                Set<ProductionAccess.MilestonePermission> permissions) {
            return new MilestoneView(m.key, m.name, m.owner, m.durationDays, m.predecessors(), m.mandatory, m.dueDate,
                    m.baselineDueDate, m.slipDays(), m.proposedDueDate, m.status, m.doneOn, ProductionView.overdue(m, p, today),
                    permissions);
        }
    }

    @Schema(name = "TeamMember", description = "One member of the production's team")
    public record TeamMemberView(@Schema(description = "The member's name as the team lists it", example = "Sara Student")
                                 String name,
                                 @Schema(description = "The e-mail address the membership is granted to",
                                         example = "sara@example.org") String email,
                                 @Schema(example = "ASSISTANT") TeamRole role,
                                 @Schema(description = "What the programme assigns to the role",
                                         example = "[\"Exercises and quizzes\"]") List<String> responsibilities,
                                 @Schema(description = "The membership is granted to the e-mail address but not used yet: "
                                         + "the first person who signs in with that address, verified, binds it to their "
                                         + "account, and from then on only that account is a member. While pending it "
                                         + "grants nothing.", example = "false") boolean pending) {
        static TeamMemberView of(TeamMember m) {
            return new TeamMemberView(m.name(), m.email(), m.role(), m.role().responsibilities(), m.pending());
        }
    }

    @Schema(name = "UserTest", description = "The recorded user test of the material")
    public record UserTestView(@Schema(example = "2027-05-02") LocalDate testedOn,
                               @Schema(description = "Students who took part", example = "8") Integer students,
                               @Schema(description = "Colleagues who took part", example = "2") Integer colleagues,
                               @Schema(description = "What the test found, as the instructor summed it up",
                                       example = "Week 2's quiz was too hard; videos over 10 minutes lost attention.")
                               String findings,
                               @Schema(description = "Who recorded it", example = "Ida Instructor") String recordedBy) {
        static UserTestView of(UserTest t) {
            return t == null || !t.recorded() ? null
                    : new UserTestView(t.testedOn, t.students, t.colleagues, t.findings, t.recordedBy);
        }
    }

    @Schema(name = "LaunchApproval", description = "The study board's approval of the launch")
    public record LaunchApprovalView(@Schema(example = "REQUESTED") LaunchApproval.Status status,
                                     @Schema(example = "2027-06-01T09:30:00Z") OffsetDateTime requestedAt,
                                     @Schema(description = "Who asked the board", example = "Ida Instructor") String requestedBy,
                                     @Schema(description = "null until decided", example = "2027-06-03T13:00:00Z")
                                     OffsetDateTime decidedAt,
                                     @Schema(description = "The board member who decided", example = "Bo Board") String decidedBy,
                                     @Schema(description = "The board's comment (always given when declined)",
                                             example = "Well tested; go ahead.") String comment) {
        static LaunchApprovalView of(LaunchApproval a) {
            return new LaunchApprovalView(a.status, a.requestedAt, a.requestedBy, a.decidedAt, a.decidedBy, a.comment);
        }
    }

    @Schema(name = "Launch", description = "The MOOC's launch on Coursera, and its retirement")
    public record LaunchView(@Schema(description = "The course's page on Coursera",
                                     example = "https://www.coursera.org/learn/quantum-computing-for-engineers") String courseUrl,
                             @Schema(description = "The day the course opened to learners", example = "2027-09-01")
                             LocalDate launchDate,
                             @Schema(description = "When the launch was recorded", example = "2027-08-30T10:00:00Z")
                             OffsetDateTime launchedAt,
                             @Schema(description = "When a semester review retired it; null while it runs") OffsetDateTime retiredAt,
                             @Schema(description = "The semester whose review retired it; null while it runs",
                                     example = "2029-autumn") String retiredSemester) {
    }

    @Schema(name = "MaintenanceTask", description = "A task from a semester review that decided to revise the MOOC")
    public record MaintenanceTaskView(@Schema(description = "The task's id (the path's {taskId})",
                                              example = "5c2d4e8f-9a1b-4c3d-8e5f-6a7b3b9e1f7a") UUID id,
                                      @Schema(description = "The semester whose review asked for it", example = "2028-spring")
                                      String semester,
                                      @Schema(description = "What is to be done, as the study board wrote it; null "
                                              + "when the review named no action: revise the course as the semester's "
                                              + "review asks", example = "Re-record the Grover's algorithm video",
                                              nullable = true) String description,
                                      @Schema(example = "OPEN") MaintenanceTask.Status status,
                                      @Schema(example = "2028-08-15T13:00:00Z") OffsetDateTime createdAt,
                                      @Schema(description = "null until done") OffsetDateTime doneAt,
                                      @Schema(description = "Who marked it done", example = "Ida Instructor") String doneBy) {
        static MaintenanceTaskView of(MaintenanceTask t) {
            return new MaintenanceTaskView(t.id, t.semester, t.description, t.status, t.createdAt, t.doneAt, t.doneBy);
        }
    }

    /** Everything a single read shows. */
    public record Details(Set<ProductionAccess.Permission> permissions, List<Milestone> milestones, List<QaGate> gates,
                          List<MaintenanceTask> tasks, LocalDate today,
                          Function<Milestone, Set<ProductionAccess.MilestonePermission>> milestonePermissions) {
    }

    static boolean overdue(Milestone m, Production p, LocalDate today) {
        return m.status != Milestone.Status.DONE && overdue(m.dueDate, p, today);
    }

    /** The one rule for a milestone not done: past its due date while the MOOC is in production. */
    private static boolean overdue(LocalDate dueDate, Production p, LocalDate today) {
        return p.inProduction() && dueDate.isBefore(today);
    }

    /**
     * What a list's row needs of one milestone not done: the list reads only these columns of only these milestones
     * (ProductionViews.page), not the whole plan as entities.
     */
    public record OpenMilestone(UUID moocId, String key, String name, LocalDate dueDate, int position) {
        static OpenMilestone of(Milestone m) {
            return new OpenMilestone(m.moocId, m.key, m.name, m.dueDate, m.position);
        }
    }

    /** The list's row: facts, next milestone, overdue count, from the production's milestones not done. */
    static ProductionView summary(Production p, List<OpenMilestone> open, LocalDate today) {
        return of(p, open, List.of(), null, today);
    }

    static ProductionView of(Production p, List<Milestone> milestones, Details d, LocalDate today) {
        return of(p, milestones.stream().filter(m -> m.status != Milestone.Status.DONE).map(OpenMilestone::of).toList(),
                milestones, d, today);
    }

    private static ProductionView of(Production p, List<OpenMilestone> open, List<Milestone> milestones, Details d,
                                     LocalDate today) {
        NextMilestone next = !p.inProduction() ? null : open.stream()
                .min(java.util.Comparator.comparing(OpenMilestone::dueDate).thenComparing(OpenMilestone::position))
                .map(m -> new NextMilestone(m.key(), m.name(), m.dueDate(), overdue(m.dueDate(), p, today))).orElse(null);
        int overdue = (int) open.stream().filter(m -> overdue(m.dueDate(), p, today)).count();
        LaunchView launch = p.launchedAt == null ? null
                : new LaunchView(p.courseUrl, p.launchDate, p.launchedAt, p.retiredAt, p.retiredSemester);
        if (d == null) {
            return new ProductionView(p.moocId, p.title, p.department, p.instructorName, p.status, p.startedAt,
                    p.approvedOn, p.newContent, p.plannedLaunchSemester, p.videoBudgetDkk, p.baselineAgreedAt, next,
                    overdue, p.version, null, null, null, null, null, null, LaunchApprovalView.of(p.launchApproval), launch, null);
        }
        return new ProductionView(p.moocId, p.title, p.department, p.instructorName, p.status, p.startedAt, p.approvedOn,
                p.newContent, p.plannedLaunchSemester, p.videoBudgetDkk, p.baselineAgreedAt, next, overdue, p.version,
                d.permissions(), milestones.stream().map(m -> MilestoneView.of(m, p, today, d.milestonePermissions().apply(m))).toList(),
                p.team.stream().map(TeamMemberView::of).toList(), d.gates(),
                d.gates().stream().filter(g -> !g.blocking() && !g.met()).map(QaGate::key).toList(),
                UserTestView.of(p.userTest), LaunchApprovalView.of(p.launchApproval), launch,
                d.tasks().stream().map(MaintenanceTaskView::of).toList());
    }
}
