package dk.mooc.review.rest;

import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.CaseMember;
import dk.mooc.review.CriteriaSummary;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import dk.mooc.review.service.ReviewAccess;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A review case as the committee sees it (docs/review.md). */
@Schema(name = "ReviewCase")
public record ReviewCaseView(
        @Schema(example = "0b7e3f7a-3c1d-4a5e-8f00-5d2a9c1b7e44") UUID id,
        @Schema(description = "The MOOC id, shared with every other service", example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11")
        UUID moocId,
        @Schema(description = "1 for the first submission, 2 after a revision, ...", example = "1") int round,
        @Schema(example = "1") int proposalVersion,
        @Schema(example = "OPEN") ReviewCaseStatus status,
        @Schema(example = "Quantum Computing for Engineers") String title,
        @Schema(example = "Quantum computing") String topic,
        String summary,
        @Schema(example = "Compute") String department,
        Person instructor,
        @Schema(example = "true") boolean newContent,
        String courseCode,
        @Schema(example = "2027-autumn") String plannedLaunchSemester,
        @Schema(example = "5000") Integer expectedEnrolments,
        Resources resources,
        List<ReviewCase.TeamMember> team,
        OffsetDateTime openedAt,
        @Schema(description = "Days since the case opened (until it was decided or closed)", example = "12") long daysWaiting,
        OffsetDateTime closedAt,
        @Schema(example = "Withdrawn by the instructor") String closeReason,
        PreviousRound previousRound,
        List<Member> members,
        @Schema(description = "Who decides the case: the acting chair when handed over; null means the chair") Chair chair,
        Decision decision,
        @Schema(description = "The assessments summed up; null while they are hidden from you") CriteriaSummary assessmentSummary,
        @Schema(description = "True when you may not see the scores (conflict of interest, or your own assessment is not in)")
        boolean scoresHidden,
        @Schema(description = "What you may do on this case now") Set<ReviewAccess.Permission> permissions,
        @Schema(description = "The committee's quorum: the assessments a decision needs; below it the deciding chair "
                + "gives a reason, recorded in the case's history", example = "2") int quorum) {

    @Schema(name = "ReviewPerson")
    public record Person(String id, String name, String email) {
    }

    @Schema(name = "ReviewResources")
    public record Resources(Integer staffHours, Integer assistants, Integer videoBudgetDkk) {
    }

    @Schema(name = "PreviousRound", description = "The previous round's decision, shown with a resubmission")
    public record PreviousRound(int round, @Schema(example = "REVISION_REQUESTED") String outcome, String comments) {
    }

    @Schema(name = "CaseMember")
    public record Member(@Schema(example = "cathy") String username, String name, String email, String department,
                         boolean volunteered, @Schema(example = "NO_CONFLICT") CaseMember.Declaration declaration,
                         String declarationReason,
                         @Schema(example = "Member of the applicant's department (Compute)") String automaticConflict,
                         boolean conflicted, boolean assessed) {
    }

    @Schema(name = "CaseChair")
    public record Chair(@Schema(example = "cathy") String username, String name) {
    }

    @Schema(name = "ReviewDecision", description = "The comments and the letter quote the committee's figures: null "
            + "while the scores are hidden from you")
    public record Decision(@Schema(example = "APPROVED") String outcome, String comments, String letter,
                           OffsetDateTime decidedAt, Chair decidedBy) {
    }

    static ReviewCaseView of(ReviewCase c, List<Member> members, CriteriaSummary summary, boolean scoresHidden,
                             Set<ReviewAccess.Permission> permissions, int quorum) {
        // the platform's clock, so that a moved clock (tests, mooc.clock.start) moves the waiting time too
        OffsetDateTime until = c.closedAt != null ? c.closedAt : Timestamps.now();
        return new ReviewCaseView(c.id, c.moocId, c.round, c.proposalVersion, c.status, c.proposalTitle, c.topic, c.summary,
                c.department, new Person(c.instructorId, c.instructorName, c.instructorEmail), c.newContent, c.courseCode,
                c.plannedLaunchSemester, c.expectedEnrolments, new Resources(c.staffHours, c.assistants, c.videoBudgetDkk),
                List.copyOf(c.team), c.openedAt, Math.max(0, Duration.between(c.openedAt, until).toDays()), c.closedAt,
                c.closeReason,
                c.previousOutcome == null ? null : new PreviousRound(c.round - 1, c.previousOutcome, c.previousComments),
                members, c.chairUsername == null ? null : new Chair(c.chairUsername, c.chairName),
                c.decisionOutcome == null ? null : new Decision(c.decisionOutcome.name(),
                        scoresHidden ? null : c.decisionComments, scoresHidden ? null : c.decisionLetter, c.decidedAt,
                        new Chair(c.decidedByUsername, c.decidedByName)),
                scoresHidden ? null : summary, scoresHidden, permissions, quorum);
    }
}
