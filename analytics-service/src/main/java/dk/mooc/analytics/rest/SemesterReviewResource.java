package dk.mooc.analytics.rest;

import dk.mooc.analytics.service.SemesterReviewService;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.SingleLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

import static dk.mooc.analytics.rest.ApiDocs.MOOC_FILTER;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.PROBLEM;
import static dk.mooc.analytics.rest.ApiDocs.REVIEW_ID;
import static dk.mooc.analytics.rest.ApiDocs.REVIEW_ID_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.SEMESTER;
import static dk.mooc.analytics.rest.ApiDocs.SEMESTER_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.SEMESTER_PATTERN;

/** HTTP only: the study board's semester reviews of launched MOOCs. */
@Path("/semester-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Semester reviews", description = "The study board's review of each launched MOOC after every semester")
public class SemesterReviewResource {

    static final String READERS = "Roles: board and head (their department's MOOCs), instructor (own MOOCs), consultant, "
            + "committee, admin (all).";

    @Inject
    SemesterReviewService service;

    @GET
    @RolesAllowed({Roles.BOARD, Roles.HEAD, Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listSemesterReviews", summary = "The semester's reviews, one per launched MOOC",
            description = "Opens the reviews of the MOOCs that ran in the semester (launched by its end, not retired) once the "
                    + "semester has ended. Not paged: at most one review per launched MOOC of the semester; moocId finds "
                    + "one MOOC's. " + READERS)
    @APIResponse(responseCode = "200", description = "The reviews, by department and title",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewViews.Summary.class)))
    @APIResponse(responseCode = "400", description = "semester is missing, malformed or not ended yet, or moocId is "
            + "malformed", content = @Content(mediaType = PROBLEM))
    public List<ReviewViews.Summary> list(
            @Parameter(description = "An ended semester: " + SEMESTER, example = SEMESTER_EXAMPLE, required = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = SEMESTER_PATTERN))
            @QueryParam("semester") @NotNull String semester,
            @Parameter(description = "For those who see all departments: only this one", example = "Compute")
            @QueryParam("department") @Size(max = 100) @SingleLine String department,
            @Parameter(description = MOOC_FILTER, example = MOOC_ID_EXAMPLE) @QueryParam("moocId") UUID moocId) {
        return service.list(semester, department, moocId).stream().map(ReviewViews.Summary::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BOARD, Roles.HEAD, Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getSemesterReview", summary = "The review pack of one MOOC and semester",
            description = "KPIs with the trend against the previous semester and the expected enrolments, the course evaluation, "
                    + "the decision, and the previous review with its open actions. " + READERS)
    @APIResponse(responseCode = "200", description = "The review pack",
            content = @Content(schema = @Schema(implementation = ReviewViews.Pack.class)))
    @APIResponse(responseCode = "404", description = "No such review, or not visible to you",
            content = @Content(mediaType = PROBLEM))
    public ReviewViews.Pack get(@Parameter(description = REVIEW_ID, example = REVIEW_ID_EXAMPLE) @PathParam("id") UUID id) {
        return ReviewViews.Pack.of(service.pack(id));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "decideSemesterReview", summary = "Record the board's decision: continue, revise or retire",
            description = "Once per review; comments are required to revise or retire. Publishes "
                    + "mooc.analytics.semester-review-completed.v1; RETIRE retires the course; the instructor is told by mail. "
                    + "Roles: board of the MOOC's department.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewViews.DecisionRequest.class),
            examples = @ExampleObject(name = "revise", value = "{\"outcome\":\"REVISE\",\"comments\":\"Completion fell from 14 % "
                    + "to 9 %; learners drop out in week 3.\",\"actions\":[\"Split the week 3 module into two shorter modules\"]}")))
    @APIResponse(responseCode = "200", description = "The completed review pack",
            content = @Content(schema = @Schema(implementation = ReviewViews.Pack.class)))
    @APIResponse(responseCode = "404", description = "No such review, or not visible to you",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The review was already decided",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "400", description = "No comments to revise or retire", content = @Content(mediaType = PROBLEM))
    public ReviewViews.Pack decide(@Parameter(description = REVIEW_ID, example = REVIEW_ID_EXAMPLE) @PathParam("id") UUID id,
                                   @Valid @NotNull ReviewViews.DecisionRequest request) {
        return ReviewViews.Pack.of(service.decide(id, request.outcome(), request.comments(), request.actions()));
    }

    @PUT
    @Path("/{id}/actions/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BOARD, Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.ADMIN})
    @Operation(operationId = "updateSemesterReviewAction", summary = "Mark an action of the review done (or open again)",
            description = "Roles: the MOOC's instructor, consultant, the board of its department, admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewViews.ActionUpdate.class),
            examples = @ExampleObject(name = "done", value = "{\"status\":\"DONE\"}")))
    @APIResponse(responseCode = "200", description = "The review pack",
            content = @Content(schema = @Schema(implementation = ReviewViews.Pack.class)))
    @APIResponse(responseCode = "404", description = "No such review or action, or not visible to you",
            content = @Content(mediaType = PROBLEM))
    public ReviewViews.Pack updateAction(@Parameter(description = REVIEW_ID, example = REVIEW_ID_EXAMPLE) @PathParam("id") UUID id,
                                         @Parameter(description = "The action's id", example = "9a0f3f6d-0b1d-4c11-8c1e-2a554a436f1c")
                                         @PathParam("actionId") UUID actionId,
                                         @Valid @NotNull ReviewViews.ActionUpdate request) {
        return ReviewViews.Pack.of(service.updateAction(id, actionId, request.status()));
    }
}
