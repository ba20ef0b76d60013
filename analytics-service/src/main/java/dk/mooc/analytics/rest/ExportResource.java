package dk.mooc.analytics.rest;

import dk.mooc.analytics.service.ExportImportService;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/** HTTP only: imports of Coursera's research data exports, one table at a time, streamed. */
@Path("/courses/{moocId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coursera exports", description = "Coursera research data exports of a launched course")
public class ExportResource {

    static final String CSV = "text/csv";

    @Inject
    ExportImportService service;

    @PUT
    @Path("/exports/{table}")
    @Consumes(CSV)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.ADMIN})
    @Operation(summary = "Import one table of the course's Coursera export",
            description = "The body is the table's CSV file as Coursera exports it (header line first), streamed: any size, "
                    + "in bounded memory. Tables and columns: docs/analytics.md. Every row is validated; an invalid file is "
                    + "refused with a problem naming the table, line and column, and nothing of it is kept. Rows are merged "
                    + "by their natural key, so importing the same file again changes nothing (rowsChanged 0). "
                    + "Roles: the course's instructor, consultant, admin.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "course_memberships", value = "partner_user_id,course_id,course_membership_role,"
                    + "course_membership_ts\n97ea87f7e45c00a5d269d57389e78b07d4727622,quantum-computing,LEARNER,"
                    + "2027-09-15 13:15:45.481\n")))
    @APIResponse(responseCode = "200", description = "Imported: rows read and rows changed",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "The file is invalid; nothing of it was kept",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid row",
                    value = "{\"type\":\"urn:mooc:problem:validation\",\"status\":400,\"detail\":\"course_memberships line 7, "
                            + "column course_membership_ts: is not a timestamp like 2027-09-14 08:31:07 (UTC) or "
                            + "2027-09-14T08:31:07Z: \\\"yesterday\\\". Nothing of the file was imported.\",\"table\":"
                            + "\"course_memberships\",\"line\":7,\"column\":\"course_membership_ts\",\"errors\":[{\"field\":"
                            + "\"course_membership_ts\",\"message\":\"is not a timestamp …\"}]}")))
    @APIResponse(responseCode = "404", description = "No such course (or not visible to you), or no such table",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "An import of this table for this course is running",
            content = @Content(mediaType = "application/problem+json"))
    public ImportView importTable(@PathParam("moocId") UUID moocId,
                                  @Parameter(description = "Coursera's table name", example = "course_progress")
                                  @PathParam("table") String table,
                                  InputStream body) {
        return ImportView.of(service.importTable(moocId, table, body));
    }

    @GET
    @Path("/exports")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "Rows stored per export table",
            description = "Roles: whoever reads the course (instructor own, board and head own department, consultant, "
                    + "committee, admin).")
    @APIResponse(responseCode = "200", description = "One entry per table",
            content = @Content(schema = @Schema(implementation = TableRows.class, type = SchemaType.ARRAY)))
    public List<TableRows> tables(@PathParam("moocId") UUID moocId) {
        return service.rows(moocId).entrySet().stream().map(e -> new TableRows(e.getKey().tableName(), e.getValue())).toList();
    }

    @GET
    @Path("/imports")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "The course's imports, newest first, with their progress",
            description = "A running import shows the rows read so far. Roles: whoever reads the course.")
    @APIResponse(responseCode = "200", description = "One page of imports")
    public PageResponse<ImportView> imports(@PathParam("moocId") UUID moocId,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.imports(moocId, page, size).map(ImportView::of);
    }

    @GET
    @Path("/imports/{importId}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "One import with its progress or result", description = "Roles: whoever reads the course.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "No such import for this course",
            content = @Content(mediaType = "application/problem+json"))
    public ImportView importRecord(@PathParam("moocId") UUID moocId, @PathParam("importId") UUID importId) {
        return ImportView.of(service.importRecord(moocId, importId));
    }

    @Schema(name = "ExportTableRows")
    public record TableRows(@Schema(example = "course_progress") String table, @Schema(example = "993412") long rows) {
    }
}
