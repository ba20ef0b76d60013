package dk.mooc.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dk.mooc.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The production of one approved MOOC (its id is the MOOC id). Created when the steering committee
 * approves a proposal; carries the snapshot that the approval event brings.
 */
@Entity
@Table(name = "production")
public class Production extends PanacheEntityBase {

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(name = "instructor_id", nullable = false, length = 100)
    public String instructorId;

    @Column(name = "instructor_name", nullable = false, length = 200)
    public String instructorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ProductionStatus status;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "instructor_email", length = 200)
    public String instructorEmail;

    @Column(name = "new_content", nullable = false)
    public boolean newContent = true;

    @Column(name = "course_code", length = 20)
    public String courseCode;

    @Column(name = "planned_launch_semester", length = 20)
    public String plannedLaunchSemester;

    @Column(name = "expected_enrolments")
    public Integer expectedEnrolments;

    @Column(name = "staff_hours")
    public Integer staffHours;

    @Column(name = "assistant_count")
    public Integer assistants;

    /** The video budget the department allocated (DKK); bookings are costed against it. */
    @Column(name = "video_budget_dkk")
    public Integer videoBudgetDkk;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "baseline_agreed_at")
    public OffsetDateTime baselineAgreedAt;

    @Column(name = "baseline_agreed_by", length = 200)
    public String baselineAgreedBy;

    @Column(name = "consultant_id", length = 100)
    public String consultantId;

    @Column(name = "consultant_name", length = 200)
    public String consultantName;

    @Column(name = "consultant_email", length = 200)
    public String consultantEmail;

    /** Instructor, assistants and consultant with their roles; replaced as a whole. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<TeamMember> team = new ArrayList<>();

    /**
     * The normalised e-mails of the team's pending members ({@code production_pending_member}): where a first use with
     * a verified address finds its membership ({@code ProductionRepository.withPendingMember}, {@code anyPendingFor}).
     * Kept by {@link #setTeam} alone; lazy, and read only when the team changes, never with the production.
     */
    @ElementCollection
    @CollectionTable(name = "production_pending_member", joinColumns = @JoinColumn(name = "mooc_id"))
    @Column(name = "email", nullable = false, length = 200)
    private Set<String> pendingEmails = new HashSet<>();

    /**
     * The subjects the team's memberships are bound to ({@code production_team_member}): what the list query matches
     * a team member by ({@code ProductionRepository.partOf}). Kept by {@link #setTeam} alone, like {@link #pendingEmails}.
     */
    @ElementCollection
    @CollectionTable(name = "production_team_member", joinColumns = @JoinColumn(name = "mooc_id"))
    @Column(name = "user_id", nullable = false, length = 100)
    private Set<String> teamUserIds = new HashSet<>();

    @Embedded
    public UserTest userTest = new UserTest();

    @Embedded
    public LaunchApproval launchApproval = new LaunchApproval();

    @Column(name = "course_url", length = 500)
    public String courseUrl;

    @Column(name = "launch_date")
    public LocalDate launchDate;

    @Column(name = "launched_at")
    public OffsetDateTime launchedAt;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "retired_semester", length = 20)
    public String retiredSemester;

    @Version
    @Column(nullable = false)
    public long version;

    /**
     * A production with its parts, read together for showing it ({@code ProductionRepository.withParts}): its feedback
     * rounds (in the plan's order), its milestones (by position), its maintenance tasks (oldest first), and whether
     * anything of it waits to be bound to the address asked about (false when none was). Detached entities, never
     * changed: a change reads the production in its transaction.
     */
    public record WithParts(Production production, List<FeedbackRound> rounds, List<Milestone> milestones,
                            List<MaintenanceTask> maintenanceTasks, boolean bindingWaits) {
    }

    /** Being produced: the plan, feedback, user test and launch approval can still change. */
    public boolean inProduction() {
        return status == ProductionStatus.PLANNING || status == ProductionStatus.IN_PRODUCTION;
    }

    public boolean isInstructor(String userId) {
        return instructorId.equals(userId);
    }

    /** On the team by a membership bound to this subject (a pending membership admits nobody). */
    public boolean isOnTeam(String subject) {
        return team.stream().anyMatch(m -> Invitation.admits(m.userId(), subject));
    }

    /**
     * Replaces the team; exactly one instructor, and nobody twice. A member whose e-mail was already on the team keeps
     * the subject their membership is bound to; a new address is pending until its person first uses it.
     */
    public void replaceTeam(List<TeamMember> members) {
        requireInProduction("change the team");
        if (members.stream().filter(m -> m.role() == TeamRole.INSTRUCTOR).count() != 1) {
            throw ProblemException.invalid("members", "the team has exactly one instructor");
        }
        if (members.stream().map(m -> Invitation.normalised(m.email())).distinct().count() != members.size()) {
            throw ProblemException.invalid("members", "each person is on the team once");
        }
        Map<String, String> bound = new HashMap<>();
        team.stream().filter(m -> !m.pending()).forEach(m -> bound.put(Invitation.normalised(m.email()), m.userId()));
        List<TeamMember> next = new ArrayList<>();
        for (TeamMember m : members) {
            next.add(m.pending() ? m.boundTo(bound.get(Invitation.normalised(m.email()))) : m);
        }
        setTeam(next);
    }

    /**
     * The caller's first use of a pending membership addressed to their verified e-mail binds it to their subject;
     * returns whether one was bound.
     */
    public boolean bindTeamMember(String subject, String verifiedEmail) {
        boolean bound = false;
        List<TeamMember> next = new ArrayList<>();
        for (TeamMember m : team) {
            boolean claims = Invitation.claimable(m.userId(), m.email(), verifiedEmail);
            next.add(claims ? m.boundTo(subject) : m);
            bound |= claims;
        }
        if (bound) {
            setTeam(next);
        }
        return bound;
    }

    /**
     * The one place the team is written, with the tables the queries find members by: the pending members' normalised
     * addresses and the bound members' subjects. Both sets change in place and only by their difference, so a team
     * change or a binding writes just the rows that come or go, in the production's transaction (loading the two sets
     * first; nothing else does).
     */
    private void setTeam(List<TeamMember> members) {
        team = members;
        replaceContents(pendingEmails, members.stream().filter(TeamMember::pending)
                .map(m -> Invitation.normalised(m.email())).collect(Collectors.toSet()));
        replaceContents(teamUserIds, members.stream().filter(m -> !m.pending()).map(TeamMember::userId)
                .collect(Collectors.toSet()));
    }

    private static void replaceContents(Set<String> set, Set<String> wanted) {
        set.retainAll(wanted);
        set.addAll(wanted);
    }

    public void recordUserTest(LocalDate testedOn, int students, int colleagues, String findings, String by) {
        requireInProduction("record a user test");
        if (students + colleagues <= 0) {
            throw ProblemException.invalid("students", "a user test needs at least one student or colleague");
        }
        if (userTest == null) {
            userTest = new UserTest(); // Hibernate loads an embeddable whose columns are all null as null
        }
        userTest.testedOn = testedOn;
        userTest.students = students;
        userTest.colleagues = colleagues;
        userTest.findings = findings;
        userTest.recordedBy = by;
    }

    /** Asks the study board; asking again after a decline is how a reworked MOOC goes back to the board. */
    public void requestLaunchApproval(String by, OffsetDateTime now) {
        requireInProduction("request the study board's launch approval");
        if (launchApproval.status == LaunchApproval.Status.APPROVED) {
            throw ProblemException.illegalTransition("The study board already approved the launch");
        }
        launchApproval.status = LaunchApproval.Status.REQUESTED;
        launchApproval.requestedAt = now;
        launchApproval.requestedBy = by;
        launchApproval.decidedAt = null;
        launchApproval.decidedBy = null;
        launchApproval.comment = null;
    }

    public void decideLaunchApproval(boolean approved, String comment, String by, OffsetDateTime now) {
        if (launchApproval.status != LaunchApproval.Status.REQUESTED) {
            throw ProblemException.illegalTransition("The launch approval is " + launchApproval.status
                    + "; only a requested approval can be decided");
        }
        if (!approved && (comment == null || comment.isBlank())) {
            throw ProblemException.invalid("comment", "say why the launch is declined");
        }
        launchApproval.status = approved ? LaunchApproval.Status.APPROVED : LaunchApproval.Status.DECLINED;
        launchApproval.decidedAt = now;
        launchApproval.decidedBy = by;
        launchApproval.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** Launches when every blocking gate is met; otherwise the problem names each unmet gate. */
    public void launch(List<QaGate> gates, String courseUrl, LocalDate launchDate, OffsetDateTime now) {
        requireInProduction("launch it");
        if (status == ProductionStatus.PLANNING) {
            throw ProblemException.illegalTransition("The plan has not been agreed yet");
        }
        List<QaGate> unmet = gates.stream().filter(g -> g.blocking() && !g.met()).toList();
        if (!unmet.isEmpty()) {
            throw ProblemException.illegalTransition("The MOOC cannot launch yet: " + unmet.size()
                            + " QA gate(s) are not met: " + String.join("; ", unmet.stream().map(QaGate::englishDetail).toList()))
                    .with("unmetGates", unmet.stream().map(g -> Map.of("key", g.key(), "code", g.code().name(),
                            "params", g.params())).toList());
        }
        this.courseUrl = courseUrl;
        this.launchDate = launchDate;
        this.launchedAt = now;
        status = ProductionStatus.LAUNCHED;
    }

    /** The semester review decided to retire the course; returns false when it already was. */
    public boolean retire(String semester, OffsetDateTime now) {
        if (status == ProductionStatus.RETIRED) {
            return false;
        }
        status = ProductionStatus.RETIRED;
        retiredAt = now;
        retiredSemester = semester;
        return true;
    }

    private void requireInProduction(String action) {
        if (!inProduction()) {
            throw ProblemException.illegalTransition("The MOOC is " + status + "; you can no longer " + action);
        }
    }

    /** The instructor and the consultant agree the plan; the first agreed plan is the baseline. */
    public void agreePlan(DevelopmentPlan plan, String by, OffsetDateTime now) {
        if (status != ProductionStatus.PLANNING) {
            throw ProblemException.illegalTransition("The plan was agreed on " + baselineAgreedAt.toLocalDate()
                    + "; later changes are measured against that baseline");
        }
        plan.agreeBaseline();
        status = ProductionStatus.IN_PRODUCTION;
        baselineAgreedAt = now;
        baselineAgreedBy = by;
    }
}
