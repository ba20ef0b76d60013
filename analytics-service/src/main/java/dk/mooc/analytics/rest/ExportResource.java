package dk.mooc.analytics.rest;

import dk.mooc.analytics.ExportImport;
import dk.mooc.analytics.ExportImportTable;
import dk.mooc.analytics.service.ExportImportService;
import dk.mooc.analytics.service.WholeExportImportService;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.analytics.rest.ApiDocs.COURSE_NOT_FOUND;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID;
import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.PROBLEM;

/** HTTP only: imports of Coursera's research data exports: the whole export (zip or folder), or one table streamed. */
@Path("/courses/{moocId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coursera exports", description = "Coursera research data exports of a launched course")
public class ExportResource {

    static final String CSV = "text/csv";
    static final String ZIP = "application/zip";
    static final String ZIP_WINDOWS = "application/x-zip-compressed";
    private static final String WHOLE_EXPORT_SUMMARY = "Import the course's whole Coursera export: the zip archive, or the"
            + " folder of CSV files";
    private static final String WHOLE_EXPORT = "The body is the zip archive as downloaded (application/zip; Windows "
            + "browsers send application/x-zip-compressed), or the folder as multipart/form-data with one part named file "
            + "per file, its filename the file's path inside the folder (e.g. export/course_progress.csv). "
            + "The tables the platform uses are found by their file names (<table>.csv"
            + " in any folder: users, course_memberships, course_progress, course_grades, feedback_course_ratings and the "
            + "lookups course_passing_states and course_progress_state_types); other files are listed as ignored. The "
            + "upload is kept on disk and answered with 202 and the import record; the tables are then imported in one "
            + "transaction, lookup tables first, each validated like the per-table import: when one is invalid, its "
            + "entry names the line and column and nothing of the export is kept. Poll the record (Location) for each "
            + "table's progress and result. Roles: the course's instructor, consultant, admin.";
    private static final String REPLACE = "Replace the course's learner data by this export instead of merging into it:"
            + " every stored learner row is deleted in the import's transaction, so when a table is refused the data stays"
            + " as it was. The figures kept from semesters past the retention stay.";
    private static final String ACCEPTED_EXAMPLE = "{\"id\":\"0b6f0f4e-4a8e-4c1e-9d52-7c1f3e2a9b10\",\"moocId\":"
            + "\"6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11\",\"table\":null,\"source\":\"ZIP\",\"replacesData\":false,\"status\":\"RUNNING\","
            + "\"rowsRead\":0,\"rowsChanged\":null,\"progress\":0.0,\"startedAt\":\"2028-07-03T09:00:00Z\","
            + "\"finishedAt\":null,\"importedBy\":\"ida\",\"problemCode\":null,\"problemParams\":null,"
            + "\"problemLine\":null,\"problemColumn\":null,\"tables\":[{\"table\":\"course_passing_states\",\"file\":\"export/course_passing_states.csv\","
            + "\"status\":\"PENDING\",\"rowsRead\":0,\"rowsChanged\":null,\"bytesRead\":0,\"bytesTotal\":96,"
            + "\"problemCode\":null,\"problemParams\":null,\"problemLine\":null,\"problemColumn\":null}],\"ignored\":[\"export/README.txt\"]}";

    @Inject
    ExportImportService service;

    @Inject
    WholeExportImportService wholeExports;

    @Context
    UriInfo uri;

    @PUT
    @Path("/exports/{table}")
    @Consumes(CSV)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.ADMIN})
    @Operation(operationId = "importCourseraExportTable", summary = "Import one table of the course's Coursera export",
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
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid row",
                    value = "{\"type\":\"urn:mooc:problem:validation\",\"title\":\"Your request has invalid fields\",\"status\":400,\"detail\":\"course_memberships line 7, "
                            + "column course_membership_ts: is not a timestamp like 2027-09-14 08:31:07 (UTC) or "
                            + "2027-09-14T08:31:07Z: \\\"yesterday\\\". Nothing of the file was imported.\",\"table\":"
                            + "\"course_memberships\",\"line\":7,\"column\":\"course_membership_ts\",\"errors\":[{\"field\":"
                            + "\"course_membership_ts\",\"message\":\"is not a timestamp …\"}]}")))
    @APIResponse(responseCode = "404", description = "No such course (or not visible to you), or no such table",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "An import of this table for this course is running",
            content = @Content(mediaType = PROBLEM))
    public ImportView importTable(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                                  @Parameter(description = "Coursera's table name", example = "course_progress",
                                          schema = @Schema(type = SchemaType.STRING, enumeration = {"users",
                                                  "course_memberships", "course_progress", "course_grades",
                                                  "feedback_course_ratings", "course_passing_states",
                                                  "course_progress_state_types"}))
                                  @PathParam("table") String table,
                                  InputStream body) {
        return ImportView.of(service.importTable(moocId, table, body), List.of());
    }

    @POST
    @Path("/exports")
    @Consumes({ZIP, ZIP_WINDOWS})
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.ADMIN})
    @Operation(operationId = "importCourseraExport", summary = WHOLE_EXPORT_SUMMARY, description = WHOLE_EXPORT)
    @RequestBody(required = true, content = {
        @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = ZIP_WINDOWS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = MediaType.MULTIPART_FORM_DATA)})
    @APIResponse(responseCode = "202", description = "Accepted: the import runs; follow Location (the import record)",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The import record: "
                    + "/courses/{moocId}/imports/{importId}", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ImportView.class), examples = @ExampleObject(
                    name = "accepted", value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not a zip archive, none of the tables in it, or a table twice",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no tables",
                    value = "{\"type\":\"urn:mooc:problem:validation\",\"title\":\"Your request has invalid fields\",\"status\":400,\"detail\":\"The upload holds "
                            + "none of the tables the platform imports (users, course_memberships, …)\"}")))
    @APIResponse(responseCode = "404", description = "No such course (or not visible to you)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "An import for this course is running",
            content = @Content(mediaType = PROBLEM))
    public Response importZip(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                              @Parameter(description = REPLACE, example = "false")
                              @QueryParam("replace") @DefaultValue("false") boolean replace,
                              InputStream body) {
        return accepted(wholeExports.importZip(moocId, body, replace));
    }

    @POST
    @Path("/exports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.ADMIN})
    // one operation with importZip (same path and method): the document merges them, so only one names it
    @Operation(summary = WHOLE_EXPORT_SUMMARY, description = WHOLE_EXPORT)
    @APIResponse(responseCode = "202", description = "Accepted: the import runs; follow Location (the import record)",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The import record: "
                    + "/courses/{moocId}/imports/{importId}", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ImportView.class), examples = @ExampleObject(
                    name = "accepted", value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No file, none of the tables, or a table twice",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such course (or not visible to you)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "An import for this course is running",
            content = @Content(mediaType = PROBLEM))
    public Response importFolder(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                                 @Parameter(description = REPLACE, example = "false")
                                 @QueryParam("replace") @DefaultValue("false") boolean replace,
                                 @RestForm("file") @PartType(MediaType.APPLICATION_OCTET_STREAM) List<FileUpload> files) {
        List<Map.Entry<String, java.nio.file.Path>> uploaded = (files == null ? List.<FileUpload>of() : files).stream()
                .map(f -> Map.entry(f.fileName() == null || f.fileName().isBlank() ? f.name() : f.fileName(),
                        f.uploadedFile()))
                .toList();
        return accepted(wholeExports.importFolder(moocId, uploaded, replace));
    }

    private Response accepted(ExportImport r) {
        URI location = uri.getBaseUriBuilder().path("courses/{moocId}/imports/{id}").build(r.moocId, r.id);
        return Response.accepted(ImportView.of(r, service.tables(List.of(r)).getOrDefault(r.id, List.of())))
                .location(location).build();
    }

    @GET
    @Path("/exports")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listExportTableRows", summary = "Rows stored per export table",
            description = "Roles: whoever reads the course (instructor own, board and head own department, consultant, "
                    + "committee, admin). Not paged: one entry per table the platform imports.")
    @APIResponse(responseCode = "200", description = "One entry per table",
            content = @Content(schema = @Schema(implementation = TableRows.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = COURSE_NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public List<TableRows> tables(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId) {
        return service.rows(moocId).entrySet().stream().map(e -> new TableRows(e.getKey().tableName(), e.getValue())).toList();
    }

    @GET
    @Path("/imports")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listExportImports", summary = "The course's imports, newest first, with their progress",
            description = "A running import shows the rows read so far. Roles: whoever reads the course.")
    @APIResponse(responseCode = "200", description = "One page of imports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportPage.class)))
    @APIResponse(responseCode = "400", description = "page or size is malformed or out of range",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = COURSE_NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public PageResponse<ImportView> imports(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                                            @Parameter(description = "The page, from 0", example = "0")
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @Parameter(description = "Imports per page (1-100)", example = "20")
                                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        PageResponse<ExportImport> imports = service.imports(moocId, page, size);
        Map<UUID, List<ExportImportTable>> tables = service.tables(imports.items());
        return imports.map(r -> ImportView.of(r, tables.getOrDefault(r.id, List.of())));
    }

    @GET
    @Path("/imports/{importId}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getExportImport", summary = "One import with its progress or result",
            description = "Roles: whoever reads the course. Poll it while its status is RUNNING.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "No such import for this course",
            content = @Content(mediaType = PROBLEM))
    public ImportView importRecord(@Parameter(description = MOOC_ID, example = MOOC_ID_EXAMPLE) @PathParam("moocId") UUID moocId,
                                   @Parameter(description = "The import's id", example = "0b6f0f4e-4a8e-4c1e-9d52-7c1f3e2a9b10")
                                   @PathParam("importId") UUID importId) {
        ExportImport r = service.importRecord(moocId, importId);
        return ImportView.of(r, service.tables(List.of(r)).getOrDefault(r.id, List.of()));
    }

    @Schema(name = "ExportTableRows", description = "The learner rows stored of one export table")
    public record TableRows(@Schema(description = "Coursera's table name", example = "course_progress") String table,
                            @Schema(description = "Rows stored", example = "993412") long rows) {
    }

    /**
     * The wire form of {@code PageResponse<ImportView>} under a name of its own: for the document, and for the page a
     * course's dossier holds.
     */
    @Schema(name = "ExportImportPage", description = "One page of a course's imports, newest first")
    record ImportPage(
            @Schema(description = "The imports on this page", required = true) List<ImportView> items,
            @Schema(description = "The page, from 0", example = "0", required = true) int page,
            @Schema(description = "The page size asked for", example = "20", required = true) int size,
            @Schema(description = PageResponse.TOTAL, example = "42", required = true) long total,
            @Schema(description = PageResponse.TOTAL_EXACT, example = "true", required = true) boolean totalExact) {

        static ImportPage of(PageResponse<ImportView> p) {
            return new ImportPage(p.items(), p.page(), p.size(), p.total(), p.totalExact());
        }
    }
}
