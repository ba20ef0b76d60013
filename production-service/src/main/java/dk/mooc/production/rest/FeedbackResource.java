package dk.mooc.production.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.SingleLine;
import dk.mooc.production.FeedbackComment;
import dk.mooc.production.FeedbackRound;
import dk.mooc.production.service.FeedbackService;
import dk.mooc.production.service.ProductionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static dk.mooc.production.rest.ApiDocs.MOOC_ID;
import static dk.mooc.production.rest.ApiDocs.MOOC_ID_EXAMPLE;
import static dk.mooc.production.rest.ApiDocs.NOT_FOUND;
import static dk.mooc.production.rest.ApiDocs.PROBLEM;

/** HTTP only: the feedback rounds on the teaching plan and on the material. */
@Path("/productions/{moocId}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback rounds", description = "Feedback from the consultant and an experienced colleague, resolved by the instructor")
public class FeedbackResource {

    private static final String ROUND = "The round: TEACHING_PLAN or MATERIAL";

    @Inject
    FeedbackService feedback;

    @Inject
    ProductionService productions;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "listFeedbackRounds", summary = "Both feedback rounds with their comments",
            description = "Roles: whoever reads the production, and the invited colleague. Not paged: the two rounds "
                    + "(teaching plan, material), each with its comments.")
    @APIResponse(responseCode = "200", description = "The rounds, the teaching plan's first")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public List<RoundView> rounds(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        Map<FeedbackRound.Round, List<FeedbackComment>> comments = feedback.comments(moocId).stream()
                .collect(Collectors.groupingBy(c -> c.round));
        return productions.rounds(moocId).stream()
                .map(r -> RoundView.of(r, comments.getOrDefault(r.round, List.of()))).toList();
    }

    @GET
    @Path("/colleague-suggestions")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "listColleagueSuggestions", summary = "Experienced colleagues to ask",
            description = "Roles: the MOOC's instructor, a consultant. Instructors of launched MOOCs, the same department "
                    + "first. Not paged: one entry per instructor with a launched MOOC.")
    @APIResponse(responseCode = "200", description = "The suggestions, the MOOC's department first")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The MOOC has left production", content = @Content(mediaType = PROBLEM))
    public List<FeedbackService.ColleagueSuggestion> suggestions(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        return feedback.suggestions(moocId);
    }

    @PUT
    @Path("/{round}/colleague")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "inviteFeedbackColleague", summary = "Invite the experienced colleague of a round",
            description = "Roles: the MOOC's instructor, a consultant, while the round is open. The colleague gets an "
                    + "e-mail with a link; the first account that signs in with that address, verified, is bound to the "
                    + "invitation and may read the production and comment (colleague.pending until then). Inviting "
                    + "another address starts a new pending invitation; the same address keeps the binding.")
    @APIResponse(responseCode = "200", description = "The round with its invited colleague")
    @APIResponse(responseCode = "400", description = "The instructor's own address", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The round is closed, or the MOOC has left production",
            content = @Content(mediaType = PROBLEM))
    public RoundView invite(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId, @Parameter(description = ROUND, example = "TEACHING_PLAN") @PathParam("round") FeedbackRound.Round round,
                            @Valid @NotNull Colleague c) {
        FeedbackRound r = feedback.invite(moocId, round, c.name(), c.email());
        return RoundView.of(r, commentsOf(moocId, round));
    }

    @POST
    @Path("/{round}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(operationId = "createFeedbackComment", summary = "Comment in a round",
            description = "Roles: a consultant, or the round's invited colleague, while it is open.")
    @APIResponse(responseCode = "201", description = "The comment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "403", description = "Neither consultant nor the invited colleague",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The round is closed, or the MOOC has left production",
            content = @Content(mediaType = PROBLEM))
    public Response comment(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId, @Parameter(description = ROUND, example = "TEACHING_PLAN") @PathParam("round") FeedbackRound.Round round,
                            @Valid @NotNull NewComment c) {
        return Response.status(Response.Status.CREATED).entity(CommentView.of(feedback.comment(moocId, round, c.text()))).build();
    }

    @PUT
    @Path("/{round}/comments/{commentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(operationId = "resolveFeedbackComment", summary = "Resolve or decline a comment",
            description = "Role: the MOOC's instructor, while the round is open. A note is required to decline.")
    @APIResponse(responseCode = "200", description = "The comment with its resolution")
    @APIResponse(responseCode = "400", description = "Declined without a note", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not the MOOC's instructor", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such production or comment, or not visible to you",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The round is closed, or the MOOC has left production",
            content = @Content(mediaType = PROBLEM))
    public CommentView resolve(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId, @Parameter(description = ROUND, example = "TEACHING_PLAN") @PathParam("round") FeedbackRound.Round round,
                               @Parameter(description = "The comment's id", example = "9a0f3f6d-0b1d-4c11-8c1e-2a554a436f1c")
                               @PathParam("commentId") UUID commentId, @Valid @NotNull Resolution r) {
        return CommentView.of(feedback.resolve(moocId, round, commentId, r.resolution(), r.note()));
    }

    @POST
    @Path("/{round}/close")
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(operationId = "closeFeedbackRound", summary = "Close a round",
            description = "Role: a consultant. Refused (409) while the round has no comment or an unresolved one. A QA gate.")
    @APIResponse(responseCode = "200", description = "The closed round")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Unresolved comments or none, or closed already",
            content = @Content(mediaType = PROBLEM))
    public RoundView close(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId, @Parameter(description = ROUND, example = "TEACHING_PLAN") @PathParam("round") FeedbackRound.Round round) {
        FeedbackRound r = feedback.close(moocId, round);
        return RoundView.of(r, commentsOf(moocId, round));
    }

    private List<FeedbackComment> commentsOf(UUID moocId, FeedbackRound.Round round) {
        return FeedbackComment.list("moocId = ?1 and round = ?2 order by createdAt, id", moocId, round);
    }

    @Schema(name = "FeedbackRound", description = "One feedback round with its comments")
    public record RoundView(@Schema(example = "TEACHING_PLAN") FeedbackRound.Round round,
                            @Schema(example = "OPEN") FeedbackRound.Status status,
                            @Schema(description = "The invited experienced colleague; null before one is invited")
                            InvitedColleague colleague,
                            @Schema(description = "null while open", example = "2027-03-20T15:00:00Z") OffsetDateTime closedAt,
                            @Schema(description = "The consultant who closed it", example = "Carla Consultant") String closedBy,
                            @Schema(description = "The comments, oldest first") List<CommentView> comments) {
        static RoundView of(FeedbackRound r, List<FeedbackComment> comments) {
            return new RoundView(r.round, r.status, r.colleagueEmail == null ? null
                    : new InvitedColleague(r.colleagueName, r.colleagueEmail, r.colleaguePending()), r.closedAt,
                    r.closedBy, comments.stream().map(CommentView::of).toList());
        }
    }

    @Schema(name = "InvitedColleague", description = "The experienced colleague invited to a round")
    public record InvitedColleague(@Schema(description = "The colleague's name as the invitation gives it",
                                           example = "Olga Experienced") String name,
                                   @Schema(description = "The e-mail address the invitation went to",
                                           example = "olga@example.org") String email,
                                   @Schema(description = "The invitation went to the e-mail address but is not used yet: "
                                           + "the first person who signs in with that address, verified, binds it to "
                                           + "their account, and from then on only that account is the colleague. While "
                                           + "pending it grants nothing.", example = "true") boolean pending) {
    }

    @Schema(name = "FeedbackComment", description = "A comment in a feedback round and its resolution")
    public record CommentView(@Schema(description = "The comment's id (the path's {commentId})",
                                      example = "9a0f3f6d-0b1d-4c11-8c1e-2a554a436f1c") UUID id,
                              @Schema(description = "The name of whoever wrote the comment", example = "Carla Consultant")
                              String author,
                              @Schema(example = "CONSULTANT") FeedbackComment.AuthorRole authorRole,
                              @Schema(description = "The comment as written",
                                      example = "Week 3 has no learning objective for the lab.") String text,
                              @Schema(example = "2027-03-02T10:00:00Z") OffsetDateTime createdAt,
                              @Schema(example = "OPEN") FeedbackComment.Resolution resolution,
                              @Schema(description = "The instructor's note (always given when declined)",
                                      example = "Added an objective to week 3.") String resolutionNote,
                              @Schema(description = "null while OPEN", example = "2027-03-05T09:00:00Z") OffsetDateTime resolvedAt,
                              @Schema(description = "Who resolved it", example = "Ida Instructor") String resolvedBy) {
        static CommentView of(FeedbackComment c) {
            return new CommentView(c.id, c.author, c.authorRole, c.text, c.createdAt, c.resolution, c.resolutionNote,
                    c.resolvedAt, c.resolvedBy);
        }
    }

    @Schema(name = "Colleague", description = "The experienced colleague to invite")
    public record Colleague(@NotBlank @Size(max = 200) @SingleLine
                            @Schema(description = "The colleague's name, one line", example = "Olga Experienced") String name,
                            @NotBlank @Email @Size(max = 200) @SingleLine
                            @Schema(description = "The address the invitation goes to; the first account that signs "
                                    + "in with it, verified, becomes the round's colleague", example = "olga@example.org")
                            String email) {
    }

    @Schema(name = "NewFeedbackComment", description = "A new comment in a round")
    public record NewComment(@NotBlank @Size(max = 4000)
                             @Schema(description = "The comment, up to 4000 characters",
                                     example = "Week 3 has no learning objective for the lab.") String text) {
    }

    @Schema(name = "CommentResolution", description = "How the instructor resolves a comment")
    public record Resolution(@NotNull @Schema(example = "RESOLVED") FeedbackComment.Resolution resolution,
                             @Size(max = 2000) @Schema(description = "Required to decline",
                                     example = "Added an objective to week 3.") String note) {
    }
}
