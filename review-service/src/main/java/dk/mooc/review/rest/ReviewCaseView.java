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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A review case as the committee sees it (docs/review.md). */
@Schema(name = "ReviewCase", description = "A review case as you may see it: one review round of one MOOC's proposal")
public record ReviewCaseView(
        @Schema(description = "The review case's id", example = "0b7e3f7a-3c1d-4a5e-8f00-5d2a9c1b7e44") UUID id,
        @Schema(description = "The MOOC id, shared with every other service", example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11")
        UUID moocId,
        @Schema(description = "1 for the first submission, 2 after a revision, ...", example = "1") int round,
        @Schema(description = "The proposal's version under review", example = "1") int proposalVersion,
        @Schema(description = "Where the case stands", example = "OPEN") ReviewCaseStatus status,
        @Schema(description = "The proposal's title", example = "Quantum Computing for Engineers") String title,
        @Schema(description = "Field or topic", example = "Quantum computing") String topic,
        @Schema(description = "What the MOOC is about",
                example = "A hands-on introduction to quantum algorithms for engineering students worldwide.") String summary,
        @Schema(description = "The applicant's department", example = "Compute") String department,
        @Schema(description = "The instructor who applies") Person instructor,
        @Schema(description = "true for new content; false when the MOOC builds on an existing course", example = "true")
        boolean newContent,
        @Schema(description = "The existing course it builds on", example = "02180") String courseCode,
        @Schema(description = "The planned launch semester", example = "2027-autumn") String plannedLaunchSemester,
        @Schema(description = "Learners expected in the first year", example = "5000") Integer expectedEnrolments,
        @Schema(description = "What the department allocates") Resources resources,
        @Schema(description = "The team as the proposal lists it") List<ReviewCase.TeamMember> team,
        @Schema(description = "When the case opened (the proposal was submitted)", example = "2026-12-01T10:15:00Z")
        OffsetDateTime openedAt,
        @Schema(description = "Days since the case opened (until it was decided or closed)", example = "12") long daysWaiting,
        @Schema(description = "When it was decided or closed; null while open") OffsetDateTime closedAt,
        @Schema(description = "Why it was closed without a decision; null otherwise", example = "WITHDRAWN")
        ReviewCase.CloseCause closeCause,
        @Schema(description = "The values the close cause's wording needs, all strings: version for SUPERSEDED, reason "
                + "(when the instructor gave one) for WITHDRAWN; null when not closed",
                example = "{\"reason\": \"The department cannot allocate the video budget this year.\"}")
        Map<String, String> closeParams,
        @Schema(description = "The previous round's decision; null in the first round") PreviousRound previousRound,
        @Schema(description = "The members assigned or volunteering") List<Member> members,
        @Schema(description = "Who decides the case: the acting chair when handed over; null means the chair") Chair chair,
        @Schema(description = "The decision; null until decided") Decision decision,
        @Schema(description = "The assessments summed up; null while they are hidden from you") CriteriaSummary assessmentSummary,
        @Schema(description = "True when you may not see the scores (conflict of interest, or your own assessment is not in)",
                example = "false")
        boolean scoresHidden,
        @Schema(description = "What you may do on this case now", example = "[\"VOLUNTEER\"]")
        Set<ReviewAccess.Permission> permissions,
        @Schema(description = "The committee's quorum: the assessments a decision needs; below it the deciding chair "
                + "gives a reason, recorded in the case's history", example = "2") int quorum) {

    @Schema(name = "ReviewPerson", description = "The instructor, as the submitted proposal names them")
    public record Person(@Schema(description = "Their account's id", example = "7d3f0e5a-1111-4c2b-9a7e-000000000001") String id,
                         @Schema(description = "Their name", example = "Ole Friis") String name,
                         @Schema(description = "Their e-mail address", example = "ole@example.org") String email) {
    }

    @Schema(name = "ReviewResources", description = "What the department allocates for production and running")
    public record Resources(@Schema(description = "Staff hours", example = "400") Integer staffHours,
                            @Schema(description = "Number of assistants", example = "2") Integer assistants,
                            @Schema(description = "Video budget in DKK", example = "35000") Integer videoBudgetDkk) {
    }

    @Schema(name = "PreviousRound", description = "The previous round's decision, shown with a resubmission")
    public record PreviousRound(@Schema(description = "The previous round", example = "1") int round,
                                @Schema(description = "Its outcome", example = "REVISION_REQUESTED",
                                        enumeration = {"APPROVED", "REVISION_REQUESTED", "REJECTED"}) String outcome,
                                @Schema(description = "The committee's comments then",
                                        example = "Please make the resource plan concrete.") String comments) {
    }

    @Schema(name = "CaseMember", description = "A member on the case and where they stand")
    public record Member(@Schema(description = "Their username", example = "cathy") String username,
                         @Schema(description = "Their name", example = "Cathy Committee") String name,
                         @Schema(description = "Their e-mail address", example = "cathy@example.org") String email,
                         @Schema(description = "Their department", example = "Physics") String department,
                         @Schema(description = "true: they volunteered; false: the chair assigned them", example = "false")
                         boolean volunteered,
                         @Schema(description = "Their declaration on conflicts of interest", example = "NO_CONFLICT")
                         CaseMember.Declaration declaration,
                         @Schema(description = "The reason given with a conflict") String declarationReason,
                         @Schema(description = "Why the platform flagged a conflict; null when it did not",
                                 example = "SAME_DEPARTMENT") ReviewCase.AutomaticConflict automaticConflict,
                         @Schema(description = "Declared or flagged with a conflict of interest", example = "false")
                         boolean conflicted,
                         @Schema(description = "Their assessment is in", example = "true") boolean assessed) {
    }

    @Schema(name = "CaseChair", description = "A committee member by username and name")
    public record Chair(@Schema(description = "Their username", example = "cathy") String username,
                        @Schema(description = "Their name", example = "Cathy Committee") String name) {
    }

    @Schema(name = "ReviewDecision", description = "The comments and the letter quote the committee's figures: null "
            + "while the scores are hidden from you")
    public record Decision(@Schema(description = "The outcome", example = "APPROVED",
                                   enumeration = {"APPROVED", "REVISION_REQUESTED", "REJECTED"}) String outcome,
                           @Schema(description = "The comments to the instructor; null while hidden") String comments,
                           @Schema(description = "The letter sent; null while hidden") String letter,
                           @Schema(description = "When it was decided", example = "2026-12-10T15:00:00Z") OffsetDateTime decidedAt,
                           @Schema(description = "Who decided") Chair decidedBy) {
    }

    static ReviewCaseView of(ReviewCase c, List<Member> members, CriteriaSummary summary, boolean scoresHidden,
                             Set<ReviewAccess.Permission> permissions, int quorum) {
        // the platform's clock, so that a moved clock (tests, mooc.clock.start) moves the waiting time too
        OffsetDateTime until = c.closedAt != null ? c.closedAt : Timestamps.now();
        return new ReviewCaseView(c.id, c.moocId, c.round, c.proposalVersion, c.status, c.proposalTitle, c.topic, c.summary,
                c.department, new Person(c.instructorId, c.instructorName, c.instructorEmail), c.newContent, c.courseCode,
                c.plannedLaunchSemester, c.expectedEnrolments, new Resources(c.staffHours, c.assistants, c.videoBudgetDkk),
                List.copyOf(c.team), c.openedAt, Math.max(0, Duration.between(c.openedAt, until).toDays()), c.closedAt,
                c.closeCause, c.closeParams,
                c.previousOutcome == null ? null : new PreviousRound(c.round - 1, c.previousOutcome, c.previousComments),
                members, c.chairUsername == null ? null : new Chair(c.chairUsername, c.chairName),
                c.decisionOutcome == null ? null : new Decision(c.decisionOutcome.name(),
                        scoresHidden ? null : c.decisionComments, scoresHidden ? null : c.decisionLetter, c.decidedAt,
                        new Chair(c.decidedByUsername, c.decidedByName)),
                scoresHidden ? null : summary, scoresHidden, permissions, quorum);
    }
}
