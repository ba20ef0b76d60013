package dk.mooc.analytics.rest;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.service.ExportImportService;
import dk.mooc.analytics.service.LearnerDataService;
import dk.mooc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import java.time.OffsetDateTime;
import java.util.UUID;

import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.PROBLEM;

/** HTTP only: a course's learner data as personal data: its retention and its deletion (docs/analytics.md). */
@Path("/courses/{moocId}/learner-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learner data", description = "Retention and deletion of a course's learner data (personal data)")
public class LearnerDataResource {

    @Inject
    LearnerDataService service;

    @Inject
    ExportImportService exports;

    @GET
    @Transactional
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.ADMIN})
    @Operation(operationId = "getLearnerData",
            summary = "What is kept of the course's learners, for how long, and what was deleted",
            description = "Roles: the course's instructor, consultant, admin (those who import its data).")
    @APIResponse(responseCode = "200", description = "The course's learner data",
            content = @Content(schema = @Schema(implementation = LearnerDataView.class)))
    @APIResponse(responseCode = "403", description = "Not one who imports the course's data",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such course (or not visible to you)",
            content = @Content(mediaType = PROBLEM))
    public LearnerDataView get(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        return view(service.forReading(moocId));
    }

    @PUT
    @Path("/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setLearnerDataRetention", summary = "Set the course's retention of learner data",
            description = "Months learner rows are kept after the end of the semester they are dated in (12-120), or null"
                    + " for the service's default. Applied at once (unless an import is running: then by the next daily"
                    + " run): the rows of semesters past it are deleted and those semesters' figures kept. Role: admin.")
    @APIResponse(responseCode = "200", description = "The course's learner data under the new retention",
            content = @Content(schema = @Schema(implementation = LearnerDataView.class)))
    @APIResponse(responseCode = "400", description = "Months out of range",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such course", content = @Content(mediaType = PROBLEM))
    public LearnerDataView setRetention(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                                        @NotNull LearnerDataView.Retention retention) {
        return view(service.setRetention(moocId, retention.months()));
    }

    @DELETE
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteLearnerData", summary = "Delete the course's learner data",
            description = "Deletes every learner row of the course (users, memberships, progress, grades, ratings) and"
                    + " records who did it. With keepAggregates (the default) the semesters that have ended keep their"
                    + " figures, so their KPIs and semester reviews stay; with keepAggregates=false those go too (e.g."
                    + " after importing a wrong course's export). Import the export again to count anew. Role: admin.")
    @APIResponse(responseCode = "200", description = "Deleted: the course's learner data as it is now",
            content = @Content(schema = @Schema(implementation = LearnerDataView.class)))
    @APIResponse(responseCode = "404", description = "No such course", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "An import of the course is running",
            content = @Content(mediaType = PROBLEM))
    public LearnerDataView delete(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                                  @Parameter(description = "Keep the ended semesters' figures (KPIs)", example = "true")
                                  @QueryParam("keepAggregates") @DefaultValue("true") boolean keepAggregates) {
        return view(service.deleteAll(moocId, keepAggregates));
    }

    private LearnerDataView view(LaunchedCourse c) {
        OffsetDateTime oldest = service.oldestRow(c.moocId);
        int months = service.months(c);
        return new LearnerDataView(c.moocId, months, c.retentionMonths == null, c.purgedBefore, oldest,
                oldest == null ? null : Semester.of(oldest.toInstant()).next().firstDay().plusMonths(months),
                exports.rowsOf(c.moocId).entrySet().stream()
                        .map(e -> new ExportResource.TableRows(e.getKey().tableName(), e.getValue())).toList(),
                service.semestersKept(c.moocId).stream().map(Semester::toString).toList(),
                service.deletions(c.moocId).stream().map(LearnerDataView.Deletion::of).toList());
    }
}
