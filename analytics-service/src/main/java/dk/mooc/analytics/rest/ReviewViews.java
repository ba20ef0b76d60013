package dk.mooc.analytics.rest;

import dk.mooc.analytics.ReviewAction;
import dk.mooc.analytics.ReviewOutcome;
import dk.mooc.analytics.SemesterReview;
import dk.mooc.analytics.service.ReviewPack;
import dk.mooc.platform.web.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the semester-review endpoints read and answer. */
public final class ReviewViews {

    private ReviewViews() {
    }

    @Schema(name = "SemesterReviewSummary", description = "One MOOC's review of one semester, as the list shows it")
    public record Summary(
            @Schema(description = "The review's id (the path's {id})", example = "3b9e1f7a-5c2d-4e8f-9a1b-2c3d4e5f6a7b") UUID id,
            @Schema(example = "6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11") UUID moocId,
            @Schema(description = "The course's title", example = "Quantum Computing for Engineers") String title,
            @Schema(description = "The department that owns the MOOC", example = "Compute") String department,
            @Schema(description = "The semester reviewed, " + ApiDocs.SEMESTER, example = "2028-spring") String semester,
            @Schema(example = "OPEN") SemesterReview.Status status,
            @Schema(description = "The board's decision; null while OPEN", nullable = true) ReviewOutcome outcome,
            @Schema(description = "When the review opened (after the semester ended)", example = "2028-07-29T06:00:00Z")
            OffsetDateTime openedAt,
            @Schema(description = "When the board decided; null while OPEN", nullable = true) OffsetDateTime completedAt) {

        static Summary of(SemesterReview r) {
            return new Summary(r.id, r.moocId, r.title, r.department, r.semester, r.status, r.outcome, r.openedAt,
                    r.completedAt);
        }
    }

    @Schema(name = "ReviewAction", description = "An action the board asked for when it decided to revise")
    public record Action(
            @Schema(description = "The action's id (the path's {actionId})", example = "9a0f3f6d-0b1d-4c11-8c1e-2a554a436f1c")
            UUID id,
            @Schema(description = "What is to be done, as the board wrote it",
                    example = "Split the week 3 module into two shorter modules") String text,
            @Schema(example = "OPEN") ReviewAction.Status status,
            @Schema(description = "When it was marked done; null while OPEN", nullable = true) OffsetDateTime doneAt,
            @Schema(description = "Who marked it done; null while OPEN", nullable = true) String doneBy) {

        static Action of(ReviewAction a) {
            return new Action(a.id, a.text, a.status, a.doneAt, a.doneBy);
        }
    }

    @Schema(name = "ReviewDecision", description = "The study board's decision on a review")
    public record Decision(
            @Schema(example = "REVISE") ReviewOutcome outcome,
            @Schema(description = "The board's reasons; always there for REVISE and RETIRE, may be null for CONTINUE",
                    example = "Completion fell from 14 % to 9 %; learners drop out in week 3.")
            String comments,
            @Schema(description = "The deciding board member's user name", example = "bo") String decidedByUsername,
            @Schema(description = "The deciding board member's name", example = "Bo Board") String decidedBy,
            @Schema(example = "2028-08-15T13:00:00Z") OffsetDateTime completedAt) {
    }

    @Schema(name = "PreviousReview", description = "The course's latest completed review before this semester")
    public record Previous(
            @Schema(example = "7c1f3e2a-9b10-4a8e-9d52-0b6f0f4e4c1e") UUID id,
            @Schema(description = "The semester that review was of", example = "2027-autumn") String semester,
            @Schema(example = "REVISE") ReviewOutcome outcome,
            @Schema(description = "The board's reasons then; may be null for CONTINUE", example = "Learners drop out in "
                    + "week 3") String comments,
            @Schema(example = "2028-02-10T10:00:00Z") OffsetDateTime completedAt,
            @Schema(description = "Every action that review asked for, done or not") List<Action> actions) {
    }

    @Schema(name = "SemesterReviewPack", description = "What the study board reviews for one MOOC and semester")
    public record Pack(
            @Schema(example = "3b9e1f7a-5c2d-4e8f-9a1b-2c3d4e5f6a7b") UUID id,
            @Schema(description = "The semester reviewed, " + ApiDocs.SEMESTER, example = "2028-spring") String semester,
            @Schema(example = "OPEN") SemesterReview.Status status,
            @Schema(example = "2028-07-29T06:00:00Z") OffsetDateTime openedAt,
            @Schema(description = "The course reviewed") CourseView course,
            @Schema(description = "The course's KPIs for the semester, with the trend against the previous one") KpiView kpis,
            @Schema(description = "The semester's course evaluation; null when none was recorded") EvaluationView evaluation,
            @Schema(description = "The board's decision; null while OPEN") Decision decision,
            @Schema(description = "What this review asked to be done") List<Action> actions,
            @Schema(description = "The course's latest completed review before this semester; null when none")
            Previous previousReview,
            @Schema(description = "The actions of the previous review that are not done yet") List<Action> openActions,
            @Schema(example = "[\"DECIDE\", \"UPDATE_ACTIONS\"]", description = "What the caller may do now")
            Set<ReviewPack.Permission> permissions) {

        static Pack of(ReviewPack p) {
            SemesterReview r = p.review();
            Decision decision = r.outcome == null ? null
                    : new Decision(r.outcome, r.comments, r.decidedByUsername, r.decidedByName, r.completedAt);
            Previous previous = p.previous() == null ? null : new Previous(p.previous().id, p.previous().semester,
                    p.previous().outcome, p.previous().comments, p.previous().completedAt,
                    p.previousActions().stream().map(Action::of).toList());
            return new Pack(r.id, r.semester, r.status, r.openedAt, CourseView.of(p.course()), KpiView.of(p.course(), p.kpis()),
                    p.evaluation() == null ? null : EvaluationView.of(p.evaluation()), decision,
                    p.actions().stream().map(Action::of).toList(), previous,
                    p.openActions().stream().map(Action::of).toList(), p.permissions());
        }
    }

    @Schema(name = "ReviewDecisionRequest", description = "The board's decision on a review")
    public record DecisionRequest(
            @Schema(example = "REVISE") @NotNull ReviewOutcome outcome,
            @Schema(example = "Completion fell from 14 % to 9 %; learners drop out in week 3.",
                    description = "Required for REVISE and RETIRE") @Size(max = 4000) String comments,
            @Schema(description = "What is to be done (for REVISE); the instructor marks each done",
                    example = "[\"Split the week 3 module into two shorter modules\"]")
            @Size(max = 20) List<@NotBlank @Size(max = 500) @SingleLine String> actions) {
    }

    @Schema(name = "ReviewActionUpdate", description = "An action's new status")
    public record ActionUpdate(@Schema(example = "DONE") @NotNull ReviewAction.Status status) {
    }
}
