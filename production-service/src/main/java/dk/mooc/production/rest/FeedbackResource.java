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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** HTTP only: the feedback rounds on the teaching plan and on the material. */
@Path("/productions/{moocId}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback rounds", description = "Feedback from the consultant and an experienced colleague, resolved by the instructor")
public class FeedbackResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    FeedbackService feedback;

    @Inject
    ProductionService productions;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(summary = "Both feedback rounds with their comments",
            description = "Whoever reads the production, and the invited colleague.")
    public List<RoundView> rounds(@PathParam("moocId") UUID moocId) {
        Map<FeedbackRound.Round, List<FeedbackComment>> comments = feedback.comments(moocId).stream()
                .collect(Collectors.groupingBy(c -> c.round));
        return productions.rounds(moocId).stream()
                .map(r -> RoundView.of(r, comments.getOrDefault(r.round, List.of()))).toList();
    }

    @GET
    @Path("/colleague-suggestions")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Experienced colleagues to ask",
            description = "Roles: the MOOC's instructor, a consultant. Instructors of launched MOOCs, the same department first.")
    public List<FeedbackService.ColleagueSuggestion> suggestions(@PathParam("moocId") UUID moocId) {
        return feedback.suggestions(moocId);
    }

    @PUT
    @Path("/{round}/colleague")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Invite the experienced colleague of a round",
            description = "Roles: the MOOC's instructor, a consultant, while the round is open. The colleague gets an "
                    + "e-mail with a link; the first account that signs in with that address, verified, is bound to the "
                    + "invitation and may read the production and comment (colleague.pending until then). Inviting "
                    + "another address starts a new pending invitation; the same address keeps the binding.")
    @APIResponse(responseCode = "200", description = "The round")
    public RoundView invite(@PathParam("moocId") UUID moocId, @PathParam("round") FeedbackRound.Round round,
                            @Valid @NotNull Colleague c) {
        FeedbackRound r = feedback.invite(moocId, round, c.name(), c.email());
        return RoundView.of(r, commentsOf(moocId, round));
    }

    @POST
    @Path("/{round}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT})
    @Operation(summary = "Comment in a round", description = "A consultant, or the round's invited colleague, while it is open.")
    @APIResponse(responseCode = "201", description = "The comment")
    @APIResponse(responseCode = "403", description = "Neither consultant nor the invited colleague",
            content = @Content(mediaType = PROBLEM))
    public Response comment(@PathParam("moocId") UUID moocId, @PathParam("round") FeedbackRound.Round round,
                            @Valid @NotNull NewComment c) {
        return Response.status(Response.Status.CREATED).entity(CommentView.of(feedback.comment(moocId, round, c.text()))).build();
    }

    @PUT
    @Path("/{round}/comments/{commentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(summary = "Resolve or decline a comment",
            description = "Role: the MOOC's instructor, while the round is open. A note is required to decline.")
    public CommentView resolve(@PathParam("moocId") UUID moocId, @PathParam("round") FeedbackRound.Round round,
                               @PathParam("commentId") UUID commentId, @Valid @NotNull Resolution r) {
        return CommentView.of(feedback.resolve(moocId, round, commentId, r.resolution(), r.note()));
    }

    @POST
    @Path("/{round}/close")
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(summary = "Close a round",
            description = "Role: a consultant. Refused (409) while the round has no comment or an unresolved one. A QA gate.")
    @APIResponse(responseCode = "409", description = "Unresolved comments or none", content = @Content(mediaType = PROBLEM))
    public RoundView close(@PathParam("moocId") UUID moocId, @PathParam("round") FeedbackRound.Round round) {
        FeedbackRound r = feedback.close(moocId, round);
        return RoundView.of(r, commentsOf(moocId, round));
    }

    private List<FeedbackComment> commentsOf(UUID moocId, FeedbackRound.Round round) {
        return FeedbackComment.list("moocId = ?1 and round = ?2 order by createdAt, id", moocId, round);
    }

    @Schema(name = "FeedbackRound")
    public record RoundView(@Schema(example = "TEACHING_PLAN") FeedbackRound.Round round,
                            @Schema(example = "OPEN") FeedbackRound.Status status, InvitedColleague colleague,
                            OffsetDateTime closedAt, String closedBy, List<CommentView> comments) {
        static RoundView of(FeedbackRound r, List<FeedbackComment> comments) {
            return new RoundView(r.round, r.status, r.colleagueEmail == null ? null
                    : new InvitedColleague(r.colleagueName, r.colleagueEmail, r.colleaguePending()), r.closedAt,
                    r.closedBy, comments.stream().map(CommentView::of).toList());
        }
    }

    @Schema(name = "InvitedColleague")
    public record InvitedColleague(@Schema(example = "Olga Experienced") String name,
                                   @Schema(example = "olga@example.org") String email,
                                   @Schema(description = "The invitation went to the e-mail address but is not used yet: "
                                           + "the first person who signs in with that address, verified, binds it to "
                                           + "their account, and from then on only that account is the colleague. While "
                                           + "pending it grants nothing.", example = "true") boolean pending) {
    }

    @Schema(name = "FeedbackComment")
    public record CommentView(UUID id, @Schema(example = "Carla Consultant") String author,
                              @Schema(example = "CONSULTANT") FeedbackComment.AuthorRole authorRole,
                              @Schema(example = "Week 3 has no learning objective for the lab.") String text,
                              OffsetDateTime createdAt, @Schema(example = "OPEN") FeedbackComment.Resolution resolution,
                              String resolutionNote, OffsetDateTime resolvedAt, String resolvedBy) {
        static CommentView of(FeedbackComment c) {
            return new CommentView(c.id, c.author, c.authorRole, c.text, c.createdAt, c.resolution, c.resolutionNote,
                    c.resolvedAt, c.resolvedBy);
        }
    }

    @Schema(name = "Colleague")
    public record Colleague(@NotBlank @Size(max = 200) @SingleLine @Schema(example = "Olga Experienced") String name,
                            @NotBlank @Email @Size(max = 200) @SingleLine @Schema(example = "olga@example.org") String email) {
    }

    @Schema(name = "NewFeedbackComment")
    public record NewComment(@NotBlank @Size(max = 4000) @Schema(example = "Week 3 has no learning objective for the lab.")
                             String text) {
    }

    @Schema(name = "CommentResolution")
    public record Resolution(@NotNull @Schema(example = "RESOLVED") FeedbackComment.Resolution resolution,
                             @Size(max = 2000) @Schema(example = "Added an objective to week 3.") String note) {
    }
}
