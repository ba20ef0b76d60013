package dk.mooc.review.rest;

import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.SingleLine;
import dk.mooc.review.Assessment;
import dk.mooc.review.CaseHistoryEntry;
import dk.mooc.review.Criterion;
import dk.mooc.review.DiscussionPost;
import dk.mooc.review.Outcome;
import dk.mooc.review.Recommendation;
import dk.mooc.review.service.CaseWorkService;
import dk.mooc.review.service.DecisionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** HTTP only: the committee's work on a case (docs/review.md), delegated to the service layer. */
@Path("/review-cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review work", description = "Members, conflicts of interest, assessments, discussion and the decision")
@APIResponse(responseCode = "403", description = "Not yours to do on this case (e.g. a conflict of interest)",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "404", description = "No such review case", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "409", description = "Not possible in the case's current state",
        content = @Content(mediaType = "application/problem+json"))
public class CaseWorkResource {

    @Inject
    CaseWorkService work;

    @Inject
    DecisionService decisions;

    @Inject
    CaseViews views;

    @Inject
    CurrentUser user;

    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Assign a member from the roster", description = "Role: the chair, or the case's acting chair. "
            + "A conflict of interest is flagged automatically for a member of the applicant's department or of its team.")
    public ReviewCaseView assign(@PathParam("id") UUID id, @Valid @NotNull AssignInput input) {
        return views.of(work.assign(id, input.username()));
    }

    @POST
    @Path("/members/me")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Volunteer for the case", description = "Role: committee.")
    public ReviewCaseView volunteer(@PathParam("id") UUID id) {
        return views.of(work.volunteer(id, user.email(), user.department()));
    }

    @PUT
    @Path("/members/me/declaration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Declare whether you have a conflict of interest",
            description = "Role: a member assigned to the case. A reason is required with a conflict; a conflicted member "
                    + "can no longer see the case's scores and discussion, and an assessment already given is withdrawn.")
    public ReviewCaseView declare(@PathParam("id") UUID id, @Valid @NotNull DeclarationInput input) {
        return views.of(work.declare(id, input.conflict(), input.reason()));
    }

    @PUT
    @Path("/acting-chair")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Hand the case to an acting chair",
            description = "Role: the chair (e.g. when they have a conflict of interest). The member must be assigned and "
                    + "not conflicted; they then decide the case.")
    public ReviewCaseView handOver(@PathParam("id") UUID id, @Valid @NotNull AssignInput input) {
        return views.of(work.handOver(id, input.username()));
    }

    @PUT
    @Path("/assessments/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Give (or change) your assessment",
            description = "Role: a member assigned to the case, declared and without a conflict of interest. One score "
                    + "(1 insufficient … 5 excellent) with a comment for each criterion: TOPIC, TEACHER, RESOURCES; and a "
                    + "recommendation. Possible until the decision.")
    public ReviewCaseView assess(@PathParam("id") UUID id, @Valid @NotNull AssessmentInput input) {
        return views.of(work.assess(id, input.scores().stream()
                .map(s -> new Assessment.Score(s.criterion(), s.score(), s.comment())).toList(), input.recommendation()));
    }

    @GET
    @Path("/assessments")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The members' assessments",
            description = "Roles: a member once their own assessment is in, the deciding chair, admin. Hidden (403) from "
                    + "members with a conflict of interest.")
    public List<AssessmentView> assessments(@PathParam("id") UUID id) {
        return work.assessments(id).stream().map(AssessmentView::of).toList();
    }

    @GET
    @Path("/discussion")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The case's discussion", description = "Roles: non-conflicted members and the deciding chair; admin.")
    public List<PostView> discussion(@PathParam("id") UUID id) {
        return work.discussion(id).stream().map(PostView::of).toList();
    }

    @POST
    @Path("/discussion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Post to the case's discussion", description = "Role: non-conflicted members and the deciding chair.")
    public PostView post(@PathParam("id") UUID id, @Valid @NotNull PostInput input) {
        return PostView.of(work.post(id, input.text()));
    }

    @GET
    @Path("/decision/draft")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Draft the decision letter", description = "Role: the chair deciding the case. Drafted from the "
            + "case and the criteria summary; edit it before sending.")
    public LetterDraft draft(@PathParam("id") UUID id, @QueryParam("outcome") @NotNull Outcome outcome) {
        return new LetterDraft(outcome, decisions.draftLetter(id, outcome));
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Decide the case and send the letter",
            description = "Role: the chair deciding the case. Comments are required to request a revision or to reject. "
                    + "The letter is e-mailed to the instructor and mooc.review.decided.v1 is published.")
    @APIResponse(responseCode = "200", description = "The decided case")
    public ReviewCaseView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionInput input) {
        return views.of(decisions.decide(id, input.outcome(), input.comments(), input.letter(), input.belowQuorumReason()));
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The case's history", description = "Roles: committee, admin. Oldest first: opened, members "
            + "assigned or volunteering, conflicts declared, hand-overs, assessments given or changed (never their scores), "
            + "the decision with the number of assessments and, below the quorum, the chair's reason; closed.")
    public List<HistoryView> history(@PathParam("id") UUID id) {
        return work.history(id).stream().map(HistoryView::of).toList();
    }

    @Schema(name = "AssignInput")
    public record AssignInput(@NotBlank @Size(max = 100) @SingleLine @Schema(example = "kirsten") String username) {
    }

    @Schema(name = "DeclarationInput")
    public record DeclarationInput(@NotNull @Schema(example = "false") Boolean conflict,
                                   @Size(max = 2000) @Schema(example = "I co-supervise a PhD student with the applicant.")
                                   String reason) {
    }

    @Schema(name = "ScoreInput")
    public record ScoreInput(@NotNull @Schema(example = "TOPIC") Criterion criterion,
                             @Min(1) @Max(5) @Schema(example = "4") int score,
                             @NotBlank @Size(max = 4000) @Schema(example = "Unique angle; strong research centre.") String comment) {
    }

    @Schema(name = "AssessmentInput")
    public record AssessmentInput(@NotEmpty @Size(max = 3) List<@Valid @NotNull ScoreInput> scores,
                                  @NotNull @Schema(example = "APPROVE") Recommendation recommendation) {
    }

    @Schema(name = "Assessment")
    public record AssessmentView(String username, String name, List<Assessment.Score> scores, Recommendation recommendation,
                                 OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.username, a.name, a.scores, a.recommendation, a.submittedAt, a.updatedAt);
        }
    }

    @Schema(name = "PostInput")
    public record PostInput(@NotBlank @Size(max = 4000) @Schema(example = "The resource plan looks thin for 40 videos.")
                            String text) {
    }

    @Schema(name = "DiscussionPost")
    public record PostView(UUID id, ReviewCaseView.Chair author, String text, OffsetDateTime postedAt) {
        static PostView of(DiscussionPost p) {
            return new PostView(p.id, new ReviewCaseView.Chair(p.authorUsername, p.authorName), p.text, p.postedAt);
        }
    }

    @Schema(name = "LetterDraft")
    public record LetterDraft(Outcome outcome, String letter) {
    }

    @Schema(name = "DecisionInput")
    public record DecisionInput(@NotNull @Schema(example = "APPROVED") Outcome outcome,
                                @Size(max = 8000) @Schema(example = "A strong proposal; mind the video budget.") String comments,
                                @NotBlank @Size(max = 20000) String letter,
                                @Size(max = 2000) @Schema(description = "Required when the case has fewer assessments "
                                        + "than the committee's quorum (the case's quorum); recorded in its history",
                                        example = "Two members fell ill; the launch semester cannot wait for the next meeting.")
                                String belowQuorumReason) {
    }

    @Schema(name = "ReviewCaseHistoryEntry")
    public record HistoryView(OffsetDateTime at,
                              @Schema(description = "Who acted; null when the platform did (opened, superseded, withdrawn)")
                              ReviewCaseView.Chair actor,
                              @Schema(example = "DECIDED_BELOW_QUORUM") CaseHistoryEntry.Action action,
                              @Schema(example = "APPROVED with 1 of 2 assessments. Reason: Two members fell ill.") String detail) {
        static HistoryView of(CaseHistoryEntry e) {
            return new HistoryView(e.at, e.actorUsername == null ? null : new ReviewCaseView.Chair(e.actorUsername, e.actorName),
                    e.action, e.detail);
        }
    }
}
