package dk.mooc.analytics.rest;

import dk.mooc.analytics.service.CourseService;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
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

    /** The wire form of {@code PageResponse<CourseView>} under a name of its own, for the document only. */
    @Schema(name = "LaunchedCoursePage", description = "One page of launched courses")
    record CoursePage(
            @Schema(description = "The courses on this page", required = true) List<CourseView> items,
            @Schema(description = "The page, from 0", example = "0", required = true) int page,
            @Schema(description = "The page size asked for", example = "20", required = true) int size,
            @Schema(description = "How many courses match in all", example = "42", required = true) long total) {
    }
}
