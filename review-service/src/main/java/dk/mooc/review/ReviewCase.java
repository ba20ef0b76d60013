package dk.mooc.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dk.mooc.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The steering committee's review of one submitted proposal version: one case per round (a resubmission
 * after "revision requested" opens the next round). Holds the proposal snapshot carried by the event, so
 * the committee never needs to call proposal-service.
 */
@Entity
@Table(name = "review_case")
public class ReviewCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "mooc_id", nullable = false)
    public UUID moocId;

    @Column(nullable = false)
    public int round;

    @Column(name = "proposal_version", nullable = false)
    public int proposalVersion;

    @Column(name = "proposal_title", nullable = false, length = 200)
    public String proposalTitle;

    @Column(columnDefinition = "text")
    public String summary;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(name = "instructor_id", nullable = false, length = 100)
    public String instructorId;

    @Column(name = "instructor_name", nullable = false, length = 200)
    public String instructorName;

    @Column(name = "instructor_email", length = 200)
    public String instructorEmail;

    @Column(name = "new_content", nullable = false)
    public boolean newContent;

    @Column(name = "course_code", length = 20)
    public String courseCode;

    @Column(name = "planned_launch_semester", length = 20)
    public String plannedLaunchSemester;

    @Column(name = "expected_enrolments")
    public Integer expectedEnrolments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ReviewCaseStatus status;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** Why a case was closed without a decision; the reader's language words it with {@link #closeParams}. */
    @Schema(name = "ReviewCaseCloseCause", description = "Why a case was closed without a decision: SUPERSEDED (a newer "
            + "version of the proposal was submitted; params: version) or WITHDRAWN (the instructor withdrew the "
            + "proposal; params: reason, when one was given)")
    public enum CloseCause {
        SUPERSEDED, WITHDRAWN
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "close_cause", length = 20)
    public CloseCause closeCause;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "close_params", columnDefinition = "jsonb")
    public java.util.Map<String, String> closeParams;

    /** The English sentence of a case closed before causes were codes; the API does not send it. */
    @Column(name = "close_reason", length = 2000)
    public String legacyCloseReason;

    /** Closes an open case without a decision; a closed case stays closed. */
    public boolean close(CloseCause cause, java.util.Map<String, String> params, OffsetDateTime now) {
        if (status != ReviewCaseStatus.OPEN) {
            return false;
        }
        status = ReviewCaseStatus.CLOSED;
        closedAt = now;
        closeCause = cause;
        closeParams = new java.util.LinkedHashMap<>(params);
        return true;
    }

    @Column(length = 200)
    public String topic;

    @Column(name = "staff_hours")
    public Integer staffHours;

    @Column(name = "assistant_count")
    public Integer assistants;

    @Column(name = "video_budget_dkk")
    public Integer videoBudgetDkk;

    /** The proposal's team, for the automatic conflict check. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<TeamMember> team = new ArrayList<>();

    /** The previous round's decision, shown with a resubmission. */
    @Column(name = "previous_outcome", length = 30)
    public String previousOutcome;

    @Column(name = "previous_comments", length = 8000)
    public String previousComments;

    /** The acting chair, when the chair handed this case over (conflict of interest); null: the chair decides. */
    @Column(name = "chair_username", length = 100)
    public String chairUsername;

    @Column(name = "chair_name", length = 200)
    public String chairName;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome", length = 30)
    public Outcome decisionOutcome;

    @Column(name = "decision_comments", length = 8000)
    public String decisionComments;

    @Column(name = "decision_letter", columnDefinition = "text")
    public String decisionLetter;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by_username", length = 100)
    public String decidedByUsername;

    @Column(name = "decided_by_name", length = 200)
    public String decidedByName;

    /** The meeting whose agenda the case is on, if any. */
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Version
    @Column(nullable = false)
    public long version;

    /**
     * A case with its members (in the order they came) and its assessments (oldest first), read together for showing
     * it ({@code ReviewCaseRepository.withParts}): detached entities, never changed.
     */
    public record WithParts(ReviewCase reviewCase, List<CaseMember> members, List<Assessment> assessments) {
    }

    /** A person on the proposal's team, as carried by the submitted event. */
    @Schema(name = "ReviewTeamMember", description = "A person on the proposal's team, as submitted")
    public record TeamMember(@Schema(description = "Their name", example = "Tim Team") String name,
                             @Schema(description = "Their e-mail address", example = "tim@example.org") String email,
                             @Schema(description = "Their role as the proposal names it: INSTRUCTOR, TEACHING_ASSISTANT or "
                                     + "STUDENT_ASSISTANT", example = "TEACHING_ASSISTANT") String role) {
    }

    public void requireOpen(String what) {
        if (status != ReviewCaseStatus.OPEN) {
            throw ProblemException.illegalTransition("The review case is " + status.name().toLowerCase(Locale.ROOT)
                    + "; " + what + " only while it is open");
        }
    }

    /**
     * Why a committee member has a conflict of interest in this case without having to say so: they are the
     * proposal's instructor, belong to the applicant's department, or are on the proposal's team. Null if none.
     * The instructor is recognised by their user id (the token's subject, which the submitted event carries) as
     * well as by e-mail, because the proposal may carry no instructor e-mail (an unverified address is not sent);
     * {@code userId} is null when a member is assigned from the roster, which only knows the e-mail address.
     */
    /** Why the platform flags a member's conflict of interest on a case; the case's department names the department. */
    @Schema(name = "AutomaticConflict", description = "Why the platform flagged a conflict of interest: INSTRUCTOR (the "
            + "proposal's instructor), SAME_DEPARTMENT (a member of the applicant's department, the case's department), "
            + "ON_TEAM (on the proposal's team)")
    public enum AutomaticConflict {
        INSTRUCTOR, SAME_DEPARTMENT, ON_TEAM
    }

    public AutomaticConflict automaticConflict(String userId, String email, String department) {
        if ((userId != null && userId.equals(instructorId))
                || (email != null && email.equalsIgnoreCase(instructorEmail))) {
            return AutomaticConflict.INSTRUCTOR;
        }
        if (department != null && department.equalsIgnoreCase(this.department)) {
            return AutomaticConflict.SAME_DEPARTMENT;
        }
        if (email != null && team.stream().anyMatch(m -> m.email() != null && m.email().equalsIgnoreCase(email))) {
            return AutomaticConflict.ON_TEAM;
        }
        return null;
    }

    public void handOver(String username, String name) {
        requireOpen("the chair can be handed over");
        chairUsername = username;
        chairName = name;
    }

    /** The acting chair declared a conflict of interest: the chair decides again (or hands over to someone else). */
    public void revokeHandOver() {
        chairUsername = null;
        chairName = null;
    }

    public void decide(Outcome outcome, String comments, String letter, String byUsername, String byName,
                       OffsetDateTime now) {
        requireOpen("a decision can be made");
        status = ReviewCaseStatus.DECIDED;
        decisionOutcome = outcome;
        decisionComments = comments;
        decisionLetter = letter;
        decidedByUsername = byUsername;
        decidedByName = byName;
        decidedAt = now;
        closedAt = now;
    }
}
