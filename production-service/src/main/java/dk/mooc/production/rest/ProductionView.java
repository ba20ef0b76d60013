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
@Schema(name = "Production")
public record ProductionView(
        @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
        @Schema(example = "Quantum Computing for Engineers") String title,
        @Schema(example = "Compute") String department,
        @Schema(example = "Ida Instructor") String instructorName,
        @Schema(example = "IN_PRODUCTION") ProductionStatus status,
        OffsetDateTime startedAt,
        @Schema(example = "2026-12-10") LocalDate approvedOn,
        @Schema(example = "true") boolean newContent,
        @Schema(example = "2027-autumn") String plannedLaunchSemester,
        @Schema(example = "35000") Integer videoBudgetDkk,
        OffsetDateTime baselineAgreedAt,
        @Schema(description = "The next milestone not done, by due date") NextMilestone nextMilestone,
        @Schema(description = "Milestones past their due date and not done", example = "0") int overdueMilestones,
        @Schema(description = "Optimistic-locking version; also the ETag", example = "7") long version,
        @Schema(description = "What the caller may do now (one production read only)",
                example = "[\"EDIT_PLAN\", \"LAUNCH\"]") Set<ProductionAccess.Permission> permissions,
        List<MilestoneView> milestones,
        List<TeamMemberView> team,
        @Schema(description = "The QA gates in checklist order") List<QaGate> gates,
        @Schema(description = "Non-blocking gates not met (e.g. no user test of a MOOC building on an existing course)")
        List<String> warnings,
        UserTestView userTest,
        LaunchApprovalView launchApproval,
        LaunchView launch,
        List<MaintenanceTaskView> maintenanceTasks) {

    @Schema(name = "NextMilestone")
    public record NextMilestone(@Schema(example = "PILOT_MODULE") String key, @Schema(example = "Pilot module") String name,
                                LocalDate dueDate, boolean overdue) {
    }

    @Schema(name = "Milestone")
    public record MilestoneView(@Schema(example = "PILOT_MODULE") String key, @Schema(example = "Pilot module") String name,
                                @Schema(example = "INSTRUCTOR") Milestone.Owner owner, int durationDays,
                                List<String> dependsOn, boolean mandatory, LocalDate dueDate, LocalDate baselineDueDate,
                                @Schema(description = "Days late against the baseline; null before a baseline") Long slipDays,
                                @Schema(description = "A new due date proposed because a predecessor slipped")
                                LocalDate proposedDueDate,
                                Milestone.Status status, LocalDate doneOn,
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

    @Schema(name = "TeamMember")
    public record TeamMemberView(@Schema(example = "Sara Student") String name, @Schema(example = "sara@example.org") String email,
                                 @Schema(example = "ASSISTANT") TeamRole role,
                                 @Schema(example = "[\"Exercises and quizzes\"]") List<String> responsibilities,
                                 @Schema(description = "The membership is granted to the e-mail address but not used yet: "
                                         + "the first person who signs in with that address, verified, binds it to their "
                                         + "account, and from then on only that account is a member. While pending it "
                                         + "grants nothing.", example = "false") boolean pending) {
        static TeamMemberView of(TeamMember m) {
            return new TeamMemberView(m.name(), m.email(), m.role(), m.role().responsibilities(), m.pending());
        }
    }

    @Schema(name = "UserTest")
    public record UserTestView(LocalDate testedOn, @Schema(example = "8") Integer students,
                               @Schema(example = "2") Integer colleagues, String findings, String recordedBy) {
        static UserTestView of(UserTest t) {
            return t == null || !t.recorded() ? null
                    : new UserTestView(t.testedOn, t.students, t.colleagues, t.findings, t.recordedBy);
        }
    }

    @Schema(name = "LaunchApproval")
    public record LaunchApprovalView(@Schema(example = "REQUESTED") LaunchApproval.Status status, OffsetDateTime requestedAt,
                                     String requestedBy, OffsetDateTime decidedAt, String decidedBy, String comment) {
        static LaunchApprovalView of(LaunchApproval a) {
            return new LaunchApprovalView(a.status, a.requestedAt, a.requestedBy, a.decidedAt, a.decidedBy, a.comment);
        }
    }

    @Schema(name = "Launch")
    public record LaunchView(@Schema(example = "https://www.coursera.org/learn/quantum-computing-for-engineers") String courseUrl,
                             @Schema(example = "2027-09-01") LocalDate launchDate, OffsetDateTime launchedAt,
                             OffsetDateTime retiredAt, @Schema(example = "2029-autumn") String retiredSemester) {
    }

    @Schema(name = "MaintenanceTask")
    public record MaintenanceTaskView(UUID id, @Schema(example = "2028-spring") String semester,
                                      @Schema(example = "Re-record the Grover's algorithm video") String description,
                                      @Schema(example = "OPEN") MaintenanceTask.Status status, OffsetDateTime createdAt,
                                      OffsetDateTime doneAt, String doneBy) {
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
        return p.inProduction() && m.status != Milestone.Status.DONE && m.dueDate.isBefore(today);
    }

    /** The list's row: facts, next milestone, overdue count. */
    static ProductionView summary(Production p, List<Milestone> milestones, LocalDate today) {
        return of(p, milestones, null, today);
    }

    static ProductionView of(Production p, List<Milestone> milestones, Details d, LocalDate today) {
        NextMilestone next = !p.inProduction() ? null : milestones.stream()
                .filter(m -> m.status != Milestone.Status.DONE)
                .min(java.util.Comparator.comparing((Milestone m) -> m.dueDate).thenComparing(m -> m.position))
                .map(m -> new NextMilestone(m.key, m.name, m.dueDate, overdue(m, p, today))).orElse(null);
        int overdue = (int) milestones.stream().filter(m -> overdue(m, p, today)).count();
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
                d.gates().stream().filter(g -> !g.blocking() && !g.met()).map(QaGate::detail).toList(),
                UserTestView.of(p.userTest), LaunchApprovalView.of(p.launchApproval), launch,
                d.tasks().stream().map(MaintenanceTaskView::of).toList());
    }
}
