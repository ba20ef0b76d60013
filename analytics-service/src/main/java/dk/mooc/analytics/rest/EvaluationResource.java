package dk.mooc.analytics.rest;

import dk.mooc.analytics.service.EvaluationService;
import dk.mooc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/** HTTP only: course evaluations per semester, imported from CSV or entered. */
@Path("/courses/{moocId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Course evaluations", description = "A launched course's evaluations per semester")
public class EvaluationResource {

    @Inject
    EvaluationService service;

    @PUT
    @Path("/{semester}")
    @Consumes(ExportResource.CSV)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.ADMIN})
    @Operation(summary = "Import the semester's course evaluation from CSV",
            description = "One answer per line: respondent_id,question_id,question_type (LIKERT or TEXT),question,response "
                    + "(docs/analytics.md). Replaces the semester's evaluation. An invalid file is refused with the line and "
                    + "column, and nothing of it is kept. Roles: the course's instructor, consultant, admin.")
    @RequestBody(required = true, content = @Content(mediaType = ExportResource.CSV,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "evaluation", value =
            "respondent_id,question_id,question_type,question,response\nr1,Q1,LIKERT,The course met its learning objectives,5\n"
                    + "r1,Q2,TEXT,What should we improve?,\"More exercises, please\"\n")))
    @APIResponse(responseCode = "200", description = "The evaluation as stored",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such course, or not visible to you",
            content = @Content(mediaType = "application/problem+json"))
    public EvaluationView importCsv(@PathParam("moocId") UUID moocId,
                                    @Parameter(example = "2028-spring") @PathParam("semester") String semester,
                                    @Parameter(description = "Learners invited to answer (for the response rate)",
                                            example = "350") @QueryParam("invited") Integer invited,
                                    InputStream body) {
        return EvaluationView.of(service.importCsv(moocId, semester, invited, body));
    }

    @PUT
    @Path("/{semester}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.ADMIN})
    @Operation(summary = "Enter the semester's course evaluation by hand",
            description = "Invited and respondents, and per question its Likert distribution (answers with 1..5) or its "
                    + "comments. Replaces the semester's evaluation. Roles: the course's instructor, consultant, admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationRequest.class), examples = @ExampleObject(name = "entered", value =
            "{\"invited\":350,\"respondents\":84,\"questions\":[{\"questionId\":\"Q1\",\"question\":\"The course met its "
                    + "learning objectives\",\"type\":\"LIKERT\",\"distribution\":[2,3,10,30,35]},{\"questionId\":\"Q2\","
                    + "\"question\":\"What should we improve?\",\"type\":\"TEXT\",\"comments\":[\"More exercises in week 3\"]}]}")))
    @APIResponse(responseCode = "200", description = "The evaluation as stored",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such course, or not visible to you",
            content = @Content(mediaType = "application/problem+json"))
    public EvaluationView enter(@PathParam("moocId") UUID moocId,
                                @Parameter(example = "2028-spring") @PathParam("semester") String semester,
                                @Valid @NotNull EvaluationRequest request) {
        return EvaluationView.of(service.enter(moocId, semester, request.toInput()));
    }

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The course's evaluations, newest semester first", description = KpiResource.READERS)
    @APIResponse(responseCode = "200", description = "The evaluations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EvaluationView.class)))
    public List<EvaluationView> list(@PathParam("moocId") UUID moocId) {
        return service.list(moocId).stream().map(EvaluationView::of).toList();
    }

    @GET
    @Path("/{semester}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The semester's course evaluation", description = KpiResource.READERS)
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No evaluation for the semester, or the course is not visible to you",
            content = @Content(mediaType = "application/problem+json"))
    public EvaluationView get(@PathParam("moocId") UUID moocId,
                              @Parameter(example = "2028-spring") @PathParam("semester") String semester) {
        return EvaluationView.of(service.get(moocId, semester));
    }
}
