package dk.mooc.analytics.rest;

import dk.mooc.analytics.Semester;
import dk.mooc.analytics.service.CourseService;
import dk.mooc.analytics.service.KpiService;
import dk.mooc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

import static dk.mooc.analytics.rest.ApiDocs.COURSE_NOT_FOUND;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.PROBLEM;
import static dk.mooc.analytics.rest.ApiDocs.SEMESTER;
import static dk.mooc.analytics.rest.ApiDocs.SEMESTER_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.SEMESTER_PATTERN;

/** HTTP only: a course's KPIs per semester. */
@Path("/courses/{moocId}/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "A launched course's KPIs per semester, with the trend and the expected enrolments")
public class KpiResource {

    static final String READERS = "Roles: instructor (own course), board and head (own department), consultant, committee, admin.";

    @Inject
    KpiService service;

    @Inject
    CourseService courses;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getSemesterKpis", summary = "The course's KPIs for one semester",
            description = "Enrolled and active learners, completion rate, star-rating average and NPS, learners by country, "
                    + "the trend against the previous semester and the expected enrolments beside the actual. Definitions: "
                    + "docs/analytics.md. Without a semester: the newest semester that has begun and has data; when there is "
                    + "none yet, the launch semester with hasData false (and started false while the launch is ahead). " + READERS)
    @APIResponse(responseCode = "200", description = "The KPIs",
            content = @Content(schema = @Schema(implementation = KpiView.class), examples = {@ExampleObject(name = "spring",
                    value = "{\"moocId\":\"6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11\",\"title\":\"Quantum Computing for Engineers\","
                            + "\"semester\":\"2028-spring\",\"from\":\"2028-01-01\",\"to\":\"2028-06-30\",\"started\":true,"
                            + "\"hasData\":true,\"enrolledLearners\":6,\"activeLearners\":5,\"passedLearners\":1,"
                            + "\"completionRate\":16.7,\"ratings\":3,\"averageRating\":3.33,"
                            + "\"promoters\":1,\"passives\":2,\"detractors\":1,\"nps\":0.0,\"npsFirstWeek\":{\"answers\":3,"
                            + "\"promoters\":2,\"passives\":0,\"detractors\":1,\"nps\":33.3},\"npsEndOfCourse\":{\"answers\":4,"
                            + "\"promoters\":1,\"passives\":2,\"detractors\":1,\"nps\":0.0},\"countries\":[{\"country\":\"DK\","
                            + "\"learners\":3,\"share\":50.0},{\"country\":\"DE\",\"learners\":1,\"share\":16.7},{\"country\":"
                            + "\"OTHER\",\"learners\":1,\"share\":16.7},{\"country\":\"UNKNOWN\",\"learners\":1,\"share\":16.7}],\"expected\":{\"expectedEnrolments\":5000,"
                            + "\"plannedLaunchSemester\":\"2027-autumn\",\"launchSemester\":\"2027-autumn\",\"enrolledToDate\":10,"
                            + "\"shareOfExpected\":0.2},\"previousSemester\":\"2027-autumn\",\"trend\":{\"enrolledLearners\":"
                            + "{\"previous\":5,\"change\":1,\"relativeChange\":20.0}}}"),
                    @ExampleObject(name = "no data yet", description = "The default of a course launching in 2028-autumn, "
                            + "before any export is imported",
                            value = "{\"moocId\":\"6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11\",\"title\":\"Quantum Computing for "
                                    + "Engineers\",\"semester\":\"2028-autumn\",\"from\":\"2028-07-01\",\"to\":\"2028-12-31\","
                                    + "\"started\":false,\"hasData\":false,\"enrolledLearners\":0,\"activeLearners\":0,"
                                    + "\"passedLearners\":0,\"completionRate\":null,\"ratings\":0,\"averageRating\":null,"
                                    + "\"promoters\":0,\"passives\":0,\"detractors\":0,\"nps\":null,\"countries\":[],"
                                    + "\"previousSemester\":\"2028-spring\"}")}))
    @APIResponse(responseCode = "400", description = "semester or top is malformed or out of range",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = COURSE_NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public KpiView kpis(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                        @Parameter(description = SEMESTER + "; left out: the newest semester that has begun and has "
                                + "data", example = SEMESTER_EXAMPLE,
                                schema = @Schema(type = SchemaType.STRING, pattern = SEMESTER_PATTERN))
                        @QueryParam("semester") String semester,
                        @Parameter(description = "How many countries to list before OTHER", example = "10")
                        @QueryParam("top") @DefaultValue("10") @Min(1) @Max(50) int top) {
        return KpiView.of(courses.get(moocId), service.kpis(moocId, semester, top));
    }

    @GET
    @Path("/semesters")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listKpiSemesters", summary = "The semesters with KPIs, newest first",
            description = "The semesters that have begun, from the launch semester (or the first semester with data) to the "
                    + "newest that has begun and has data, which is the one the KPIs open on; a semester still ahead is never "
                    + "listed. Empty while no semester that has begun has data (no data yet). Not paged: two semesters "
                    + "a year since the launch. " + READERS)
    @APIResponse(responseCode = "200", description = "Semesters, newest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SemesterName.class,
                    description = "Semesters, newest first"),
                    examples = {@ExampleObject(name = "semesters", value = "[\"2028-spring\",\"2027-autumn\"]"),
                            @ExampleObject(name = "no data yet", value = "[]")}))
    @APIResponse(responseCode = "404", description = COURSE_NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public List<String> semesters(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        return service.semesters(moocId).stream().map(Semester::toString).toList();
    }

    /** A semester as the API writes it; only names the string's schema in the document. */
    @Schema(name = "Semester", type = SchemaType.STRING, pattern = SEMESTER_PATTERN, description = SEMESTER,
            example = SEMESTER_EXAMPLE)
    static final class SemesterName {
        private SemesterName() {
        }
    }
}
