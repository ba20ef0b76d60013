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

import static dk.mooc.analytics.rest.ApiDocs.COURSE_NOT_FOUND;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.PROBLEM;
import static dk.mooc.analytics.rest.ApiDocs.SEMESTER;
import static dk.mooc.analytics.rest.ApiDocs.SEMESTER_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.SEMESTER_PATTERN;

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
    @Operation(operationId = "recordCourseEvaluation", summary = "Record the semester's course evaluation",
            description = "As a CSV file (text/csv) or entered by hand (application/json); either replaces the semester's "
                    + "evaluation. CSV: one answer per line: respondent_id,question_id,question_type (LIKERT or TEXT),question,response "
                    + "(docs/analytics.md). Replaces the semester's evaluation. An invalid file is refused with the line and "
                    + "column, and nothing of it is kept. JSON: invited and respondents, and per question its Likert "
                    + "distribution (answers with 1..5) or its comments. Roles: the course's instructor, consultant, admin.")
    @RequestBody(required = true, content = @Content(mediaType = ExportResource.CSV,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "evaluation", value =
            "respondent_id,question_id,question_type,question,response\nr1,Q1,LIKERT,The course met its learning objectives,5\n"
                    + "r1,Q2,TEXT,What should we improve?,\"More exercises, please\"\n")))
    @APIResponse(responseCode = "200", description = "The evaluation as stored",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "The file or the entry is invalid (the CSV's line and column); "
            + "nothing of it was kept", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = COURSE_NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public EvaluationView importCsv(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                                    @Parameter(description = SEMESTER, example = SEMESTER_EXAMPLE,
                                            schema = @Schema(type = SchemaType.STRING, pattern = SEMESTER_PATTERN))
                                    @PathParam("semester") String semester,
                                    @Parameter(description = "Learners invited to answer (for the response rate); with a CSV "
                                            + "file only, an entry carries it in its body",
                                            example = "350") @QueryParam("invited") Integer invited,
                                    InputStream body) {
        return EvaluationView.of(service.importCsv(moocId, semester, invited, body));
    }

    @PUT
    @Path("/{semester}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.ADMIN})
    // one operation with importCsv (same path and method): the document merges them, so only one names it
    @Operation(summary = "Record the semester's course evaluation",
            description = "As a CSV file (text/csv) or entered by hand (application/json); either replaces the semester's "
                    + "evaluation. JSON: invited and respondents, and per question its Likert distribution (answers with "
                    + "1..5) or its comments. Roles: the course's instructor, consultant, admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationRequest.class), examples = @ExampleObject(name = "entered", value =
            "{\"invited\":350,\"respondents\":84,\"questions\":[{\"questionId\":\"Q1\",\"question\":\"The course met its "
                    + "learning objectives\",\"type\":\"LIKERT\",\"distribution\":[2,3,10,30,35]},{\"questionId\":\"Q2\","
                    + "\"question\":\"What should we improve?\",\"type\":\"TEXT\",\"comments\":[\"More exercises in week 3\"]}]}")))
    @APIResponse(responseCode = "200", description = "The evaluation as stored",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "The file or the entry is invalid (the CSV's line and column); "
            + "nothing of it was kept", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = COURSE_NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public EvaluationView enter(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                                @Parameter(description = SEMESTER, example = SEMESTER_EXAMPLE,
                                            schema = @Schema(type = SchemaType.STRING, pattern = SEMESTER_PATTERN))
                                    @PathParam("semester") String semester,
                                @Valid @NotNull EvaluationRequest request) {
        return EvaluationView.of(service.enter(moocId, semester, request.toInput()));
    }

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listCourseEvaluations", summary = "The course's evaluations, newest semester first",
            description = KpiResource.READERS + " Not paged: one evaluation per semester since the launch.")
    @APIResponse(responseCode = "200", description = "The evaluations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = COURSE_NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public List<EvaluationView> list(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE)
                                     @PathParam("moocId") UUID moocId) {
        return service.list(moocId).stream().map(EvaluationView::of).toList();
    }

    @GET
    @Path("/{semester}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getCourseEvaluation", summary = "The semester's course evaluation",
            description = KpiResource.READERS)
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No evaluation for the semester, or the course is not visible to you",
            content = @Content(mediaType = PROBLEM))
    public EvaluationView get(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                              @Parameter(description = SEMESTER, example = SEMESTER_EXAMPLE,
                                            schema = @Schema(type = SchemaType.STRING, pattern = SEMESTER_PATTERN))
                                    @PathParam("semester") String semester) {
        return EvaluationView.of(service.get(moocId, semester));
    }
}
