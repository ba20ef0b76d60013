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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP only: the committee's work on a case (docs/review.md), delegated to the service layer. */
@Path("/review-cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review work", description = "Members, conflicts of interest, assessments, discussion and the decision")
@APIResponse(responseCode = "403", description = "Not yours to do on this case (e.g. a conflict of interest)",
        content = @Content(mediaType = ApiDocs.PROBLEM))
@APIResponse(responseCode = "404", description = ApiDocs.CASE_NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
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
    @Operation(operationId = "assignReviewCaseMember", summary = "Assign a member from the roster",
            description = "Role: the chair, or the case's acting chair. "
            + "A conflict of interest is flagged automatically for a member of the applicant's department or of its team.")
    @APIResponse(responseCode = "200", description = "The case with the member assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewCaseView.class)))
    @RequestBody(description = "The member to assign, by username from the roster", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignInput.class)))
    @APIResponse(responseCode = "409", description = "The case is not open, or the member is already on it",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public ReviewCaseView assign(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @NotNull AssignInput input) {
        return views.of(work.assign(id, input.username()));
    }

    @POST
    @Path("/members/me")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "volunteerForReviewCase", summary = "Volunteer for the case",
            description = "Role: committee.")
    @APIResponse(responseCode = "200", description = "The case with you as a member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is not open, or you are already on it",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public ReviewCaseView volunteer(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id) {
        return views.of(work.volunteer(id, user.email(), user.department()));
    }

    @PUT
    @Path("/members/me/declaration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "declareConflictOfInterest", summary = "Declare whether you have a conflict of interest",
            description = "Role: a member assigned to the case. A reason is required with a conflict; a conflicted member "
                    + "can no longer see the case's scores and discussion, and an assessment already given is withdrawn.")
    @APIResponse(responseCode = "200", description = "The case with your declaration recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewCaseView.class)))
    @RequestBody(description = "Whether you have a conflict of interest, and why", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationInput.class)))
    @APIResponse(responseCode = "409", description = "The case is not open",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public ReviewCaseView declare(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @NotNull DeclarationInput input) {
        return views.of(work.declare(id, input.conflict(), input.reason()));
    }

    @PUT
    @Path("/acting-chair")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "handOverReviewCase", summary = "Hand the case to an acting chair",
            description = "Role: the chair (e.g. when they have a conflict of interest). The member must be assigned and "
                    + "not conflicted; they then decide the case.")
    @APIResponse(responseCode = "200", description = "The case with its acting chair",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewCaseView.class)))
    @RequestBody(description = "The member who decides the case instead of the chair", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignInput.class)))
    @APIResponse(responseCode = "409", description = "The case is not open",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public ReviewCaseView handOver(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @NotNull AssignInput input) {
        return views.of(work.handOver(id, input.username()));
    }

    @PUT
    @Path("/assessments/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "assessReviewCase", summary = "Give (or change) your assessment",
            description = "Role: a member assigned to the case, declared and without a conflict of interest. One score "
                    + "(1 insufficient … 5 excellent) with a comment for each criterion: TOPIC, TEACHER, RESOURCES; and a "
                    + "recommendation. Possible until the decision.")
    @APIResponse(responseCode = "200", description = "The case with your assessment counted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewCaseView.class)))
    @RequestBody(description = "Your scores for the three criteria and your recommendation", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentInput.class)))
    @APIResponse(responseCode = "409", description = "The case is not open, or you have not declared on conflicts of interest yet",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public ReviewCaseView assess(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @NotNull AssessmentInput input) {
        return views.of(work.assess(id, input.scores().stream()
                .map(s -> new Assessment.Score(s.criterion(), s.score(), s.comment())).toList(), input.recommendation()));
    }

    @GET
    @Path("/assessments")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listAssessments", summary = "The members' assessments",
            description = "Roles: a member once their own assessment is in, the deciding chair, admin. Hidden (403) from "
                    + "members with a conflict of interest. Not paginated: at most one per member of the case.")
    @APIResponse(responseCode = "200", description = "The assessments given so far",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentView.class)))
    public List<AssessmentView> assessments(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id) {
        return work.assessments(id).stream().map(AssessmentView::of).toList();
    }

    @GET
    @Path("/discussion")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listDiscussionPosts", summary = "The case's discussion",
            description = "Roles: non-conflicted members and the deciding chair; admin. "
            + "Oldest first. Not paginated: one case's discussion is read as a whole before the decision.")
    @APIResponse(responseCode = "200", description = "The posts, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PostView.class)))
    public List<PostView> discussion(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id) {
        return work.discussion(id).stream().map(PostView::of).toList();
    }

    @POST
    @Path("/discussion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "createDiscussionPost", summary = "Post to the case's discussion",
            description = "Role: non-conflicted members and the deciding chair.")
    @APIResponse(responseCode = "200", description = "The post as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    @RequestBody(description = "The post's text", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostInput.class)))
    @APIResponse(responseCode = "409", description = "The case is not open",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public PostView post(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @NotNull PostInput input) {
        return PostView.of(work.post(id, input.text()));
    }

    @GET
    @Path("/decision/draft")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "draftDecisionLetter", summary = "Draft the decision letter",
            description = "Role: the chair deciding the case. Drafted from the "
            + "case and the criteria summary; edit it before sending.")
    @APIResponse(responseCode = "200", description = "The drafted letter for that outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterDraft.class)))
    @APIResponse(responseCode = "409", description = "The case is not open",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public LetterDraft draft(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "The outcome the letter announces", required = true, example = "APPROVED")
            @QueryParam("outcome") @NotNull Outcome outcome) {
        return new LetterDraft(outcome, decisions.draftLetter(id, outcome));
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "decideReviewCase", summary = "Decide the case and send the letter",
            description = "Role: the chair deciding the case. Comments are required to request a revision or to reject. "
                    + "The letter is e-mailed to the instructor and mooc.review.decided.v1 is published.")
    @APIResponse(responseCode = "200", description = "The decided case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewCaseView.class)))
    @RequestBody(description = "The outcome, the comments and the letter as it will be sent", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionInput.class)))
    @APIResponse(responseCode = "409", description = "The case is not open (already decided or closed)",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public ReviewCaseView decide(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @NotNull DecisionInput input) {
        return views.of(decisions.decide(id, input.outcome(), input.comments(), input.letter(), input.belowQuorumReason()));
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listReviewCaseHistory", summary = "The case's history",
            description = "Roles: committee, admin. Oldest first: opened, members "
            + "assigned or volunteering, conflicts declared, hand-overs, assessments given or changed (never their scores), "
            + "the decision with the number of assessments and, below the quorum, the chair's reason; closed. Not paginated: "
            + "one case's steps, tens of entries.")
    @APIResponse(responseCode = "200", description = "The case's history, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryView.class)))
    public List<HistoryView> history(
            @Parameter(description = ApiDocs.CASE_ID, example = ApiDocs.CASE_ID_EXAMPLE) @PathParam("id") UUID id) {
        return work.history(id).stream().map(HistoryView::of).toList();
    }

    @Schema(name = "AssignInput", description = "A committee member, by username from the roster")
    public record AssignInput(@NotBlank @Size(max = 100) @SingleLine
                              @Schema(description = "The member's username (GET /committee/members)", example = "kirsten",
                                      required = true) String username) {
    }

    @Schema(name = "DeclarationInput", description = "A member's declaration on conflicts of interest in the case")
    public record DeclarationInput(@NotNull @Schema(description = "true: you have a conflict of interest", example = "false",
                                           required = true) Boolean conflict,
                                   @Size(max = 2000) @Schema(description = "Why; required with a conflict",
                                           example = "I co-supervise a PhD student with the applicant.")
                                   String reason) {
    }

    @Schema(name = "ScoreInput", description = "Your score for one criterion, with its reason")
    public record ScoreInput(@NotNull @Schema(description = "The criterion", example = "TOPIC", required = true)
                             Criterion criterion,
                             @Min(1) @Max(5) @Schema(description = "1 insufficient … 5 excellent", example = "4", required = true)
                             int score,
                             @NotBlank @Size(max = 4000) @Schema(description = "Why this score",
                                     example = "Unique angle; strong research centre.", required = true) String comment) {
    }

    @Schema(name = "AssessmentInput", description = "Your assessment: one score for each of TOPIC, TEACHER and RESOURCES, "
            + "and a recommendation")
    public record AssessmentInput(@NotEmpty @Size(max = 3) @Schema(description = "Exactly one score per criterion",
                                          required = true) List<@Valid @NotNull ScoreInput> scores,
                                  @NotNull @Schema(description = "Your overall recommendation", example = "APPROVE",
                                          required = true) Recommendation recommendation) {
    }

    @Schema(name = "Assessment", description = "One member's assessment of the case")
    public record AssessmentView(@Schema(description = "The member's username", example = "kirsten") String username,
                                 @Schema(description = "The member's name", example = "Kirsten Holt") String name,
                                 @Schema(description = "A score with its comment per criterion") List<Assessment.Score> scores,
                                 @Schema(description = "The member's overall recommendation", example = "APPROVE")
                                 Recommendation recommendation,
                                 @Schema(description = "When it was first given", example = "2026-12-03T10:00:00Z")
                                 OffsetDateTime submittedAt,
                                 @Schema(description = "When it was last changed", example = "2026-12-04T08:30:00Z")
                                 OffsetDateTime updatedAt) {
        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.username, a.name, a.scores, a.recommendation, a.submittedAt, a.updatedAt);
        }
    }

    @Schema(name = "PostInput", description = "A post to the case's discussion")
    public record PostInput(@NotBlank @Size(max = 4000) @Schema(description = "The text",
            example = "The resource plan looks thin for 40 videos.", required = true)
                            String text) {
    }

    @Schema(name = "DiscussionPost", description = "One post in a case's discussion")
    public record PostView(@Schema(description = "The post's id", example = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c") UUID id,
                           @Schema(description = "Who wrote it") ReviewCaseView.Chair author,
                           @Schema(description = "The text", example = "The resource plan looks thin for 40 videos.")
                           String text,
                           @Schema(description = "When it was posted", example = "2026-12-04T09:12:00Z") OffsetDateTime postedAt) {
        static PostView of(DiscussionPost p) {
            return new PostView(p.id, new ReviewCaseView.Chair(p.authorUsername, p.authorName), p.text, p.postedAt);
        }
    }

    @Schema(name = "LetterDraft", description = "A decision letter drafted for the chair to edit before sending")
    public record LetterDraft(@Schema(description = "The outcome it announces", example = "APPROVED") Outcome outcome,
                              @Schema(description = "The letter's text",
                                      example = "Dear Ole Friis, the steering committee approves your proposal ...")
                              String letter) {
    }

    @Schema(name = "DecisionInput", description = "The chair's decision on the case")
    public record DecisionInput(@NotNull @Schema(description = "The outcome", example = "APPROVED", required = true)
                                Outcome outcome,
                                @Size(max = 8000) @Schema(description = "Required to request a revision or to reject",
                                        example = "A strong proposal; mind the video budget.") String comments,
                                @NotBlank @Size(max = 20000) @Schema(description = "The letter e-mailed to the instructor, "
                                        + "e.g. the draft from draftDecisionLetter as edited",
                                        example = "Dear Ole Friis, the steering committee approves your proposal ...",
                                        required = true) String letter,
                                @Size(max = 2000) @Schema(description = "Required when the case has fewer assessments "
                                        + "than the committee's quorum (the case's quorum); recorded in its history",
                                        example = "Two members fell ill; the launch semester cannot wait for the next meeting.")
                                String belowQuorumReason) {
    }

    @Schema(name = "ReviewCaseHistoryEntry", description = "One step in a review case's history")
    public record HistoryView(@Schema(description = "When it happened", example = "2026-12-10T15:00:00Z") OffsetDateTime at,
                              @Schema(description = "Who acted; null when the platform did (opened, superseded, withdrawn)")
                              ReviewCaseView.Chair actor,
                              @Schema(description = "What happened", example = "DECIDED_BELOW_QUORUM") CaseHistoryEntry.Action action,
                              @Schema(description = "The values the action's wording needs, all strings (absent when "
                                      + "it has none): round and version for OPENED; member for MEMBER_ASSIGNED, "
                                      + "MEMBER_VOLUNTEERED, CONFLICT_DECLARED, NO_CONFLICT_DECLARED, HANDED_OVER, "
                                      + "HAND_OVER_REVOKED and ASSESSMENT_WITHDRAWN; automaticConflict (an "
                                      + "AutomaticConflict) when the platform flagged one on a new member; reason (the "
                                      + "member's own words) for CONFLICT_DECLARED; cause CONFLICT_DECLARED for "
                                      + "HAND_OVER_REVOKED and ASSESSMENT_WITHDRAWN; outcome, assessments, quorum and, below "
                                      + "the quorum, reason for DECIDED and DECIDED_BELOW_QUORUM; cause (a "
                                      + "ReviewCaseCloseCause) with version or reason for CLOSED. Steps recorded before "
                                      + "parameters existed may lack some",
                                      example = "{\"outcome\": \"APPROVED\", \"assessments\": \"1\", \"quorum\": \"2\", "
                                              + "\"reason\": \"Two members fell ill.\"}") Map<String, String> params) {
        static HistoryView of(CaseHistoryEntry e) {
            return new HistoryView(e.at, e.actorUsername == null ? null : new ReviewCaseView.Chair(e.actorUsername, e.actorName),
                    e.action, e.params == null ? Map.of() : e.params);
        }
    }
}
