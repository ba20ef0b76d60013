package dk.mooc.analytics.rest;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.service.AnalyticsAccess;
import dk.mooc.analytics.service.CourseService;
import dk.mooc.analytics.service.KpiService;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

import static dk.mooc.analytics.rest.ApiDocs.COURSE_NOT_FOUND;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_FILTER;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.PROBLEM;

/** HTTP only: launched courses. */
@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses", description = "MOOCs running on Coursera")
public class CourseResource {

    @Inject
    CourseService service;

    @Inject
    KpiService kpis;

    @Inject
    AnalyticsAccess access;

    // the resources of the dossier's parts: each part is what its own operation answers
    @Inject
    ExportResource exports;

    @Inject
    EvaluationResource evaluations;

    @Inject
    LearnerDataResource learnerData;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listCourses", summary = "List launched courses, newest first",
            description = "Roles: instructor (own MOOCs), board and head (their department's), consultant, committee, admin (all).")
    @APIResponse(responseCode = "200", description = "One page of courses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoursePage.class)))
    @APIResponse(responseCode = "400", description = "page, size or moocId is malformed or out of range",
            content = @Content(mediaType = PROBLEM))
    public PageResponse<CourseView> list(@Parameter(description = "The page, from 0", example = "0")
                                         @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @Parameter(description = "Courses per page (1-100)", example = "20")
                                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                                         @Parameter(description = MOOC_FILTER, example = MOOC_ID_EXAMPLE)
                                         @QueryParam("moocId") UUID moocId) {
        return service.list(moocId, page, size).map(CourseView::of);
    }

    @GET
    @Path("/{moocId}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getCourse", summary = "Read one launched course",
            description = "Roles: as for the list; an instructor only their own, the board and head only their department's.")
    @APIResponse(responseCode = "200", description = "The course")
    @APIResponse(responseCode = "404", description = COURSE_NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public CourseView get(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        return CourseView.of(service.get(moocId));
    }

    @GET
    @Path("/{moocId}/dossier")
    @Transactional
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getCourseDossier",
            summary = "Read one launched course with its imports, stored rows, learner data, semesters, KPIs and evaluations",
            description = "Roles: whoever may read the course (as getCourse; others get 404). Everything a page about "
                    + "the course shows from this service, in one request: the course as getCourse answers it; the first "
                    + "page of its imports (" + CourseDossier.IMPORTS + ", newest first) as listExportImports, the rows "
                    + "stored per table as listExportTableRows, the semesters as listKpiSemesters, the KPIs of each of "
                    + "the newest " + CourseDossier.KPI_SEMESTERS + " of those semesters as getSemesterKpis (with 10 "
                    + "countries) and the evaluations as listCourseEvaluations answer them; and the learner data as "
                    + "getLearnerData answers it, for those who may read it (the course's instructor, a consultant, an "
                    + "admin), else null.")
    @APIResponse(responseCode = "200", description = "The course and its parts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CourseDossier.class)))
    @APIResponse(responseCode = "404", description = COURSE_NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public CourseDossier dossier(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        LaunchedCourse course = service.get(moocId);
        // each part by its own operation's method; the semesters and KPIs by the service's methods their operations
        // use (for several semesters at once, which counts each semester's figures once)
        List<Semester> semesters = kpis.semesters(moocId);
        List<Semester> latest = semesters.subList(0, Math.min(CourseDossier.KPI_SEMESTERS, semesters.size()));
        return new CourseDossier(CourseView.of(course),
                ExportResource.ImportPage.of(exports.imports(moocId, 0, CourseDossier.IMPORTS)),
                exports.tables(moocId),
                access.canImport(course) ? learnerData.get(moocId) : null,
                semesters.stream().map(Semester::toString).toList(),
                kpis.of(course, latest, KpiService.DEFAULT_TOP_COUNTRIES).stream().map(k -> KpiView.of(course, k)).toList(),
                evaluations.list(moocId));
    }

    /** The wire form of {@code PageResponse<CourseView>} under a name of its own, for the document only. */
    @Schema(name = "LaunchedCoursePage", description = "One page of launched courses")
    record CoursePage(
            @Schema(description = "The courses on this page", required = true) List<CourseView> items,
            @Schema(description = "The page, from 0", example = "0", required = true) int page,
            @Schema(description = "The page size asked for", example = "20", required = true) int size,
            @Schema(description = PageResponse.TOTAL, example = "42", required = true) long total,
            @Schema(description = PageResponse.TOTAL_EXACT, example = "true", required = true) boolean totalExact) {
    }
}
