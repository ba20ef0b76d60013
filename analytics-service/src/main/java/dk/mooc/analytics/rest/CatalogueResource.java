package dk.mooc.analytics.rest;

import dk.mooc.analytics.config.CatalogueConfig;
import dk.mooc.analytics.imports.CatalogueFile;
import dk.mooc.analytics.service.AnalyticsAccess;
import dk.mooc.analytics.service.CatalogueService;
import dk.mooc.analytics.service.SimilarityService;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dk.mooc.analytics.rest.ApiDocs.MOOC_ID_EXAMPLE;
import static dk.mooc.analytics.rest.ApiDocs.PROBLEM;

/** HTTP only: the Coursera catalogue, its import, and the similarity evidence for the committee's criterion (a). */
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coursera catalogue", description = "Coursera's course catalogue, kept in sync, and the catalogue courses "
        + "most like a proposal (docs/catalogue.md)")
public class CatalogueResource {

    static final String READERS = "Roles: instructor, consultant, committee, board, head, admin (who see proposals).";
    static final String IMPORTERS = "Roles: consultant (the LearningLab), admin.";
    static final String FILE_ROWS = "A file with any bad course is refused as a whole (400): `errors` and `rows` list each"
            + " problem as {row, field, code, params} (row = the element's number in `elements`, the line of a CSV file,"
            + " 0 for the file as a whole), at most 100. Codes: catalogue.file.empty, catalogue.file.not-json, "
            + "catalogue.file.no-elements, catalogue.file.no-courses, catalogue.file.malformed-csv, "
            + "catalogue.file.missing-column, catalogue.file.duplicate-column, catalogue.row.missing-value, "
            + "catalogue.row.too-long, catalogue.row.wrong-type, catalogue.row.not-an-object, catalogue.row.invalid-slug, "
            + "catalogue.row.wrong-column-count, catalogue.row.partners-mismatch, catalogue.row.duplicate-id.";

    static final String IMPORT = "For when Coursera's API cannot be reached. JSON: one courses.v1 answer as the API "
            + "gives it, {elements: [{id, slug, name, description, partnerIds, primaryLanguages, domainTypes}], linked: "
            + "{\"partners.v1\": [{id, name}]}}, unknown fields ignored, up to 10 MiB. CSV (text/csv, any size): the "
            + "header names the columns id, slug, name (required), description, partner_ids, partner_names, languages, "
            + "domain_types (optional; several values separated by ;). Courses are inserted or refreshed by their "
            + "Coursera id; nothing is removed. " + FILE_ROWS + " " + IMPORTERS;

    @Inject
    CatalogueService catalogue;

    @Inject
    SimilarityService similarity;

    @Inject
    AnalyticsAccess access;

    @Inject
    CatalogueConfig config;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.COMMITTEE, Roles.BOARD, Roles.HEAD, Roles.ADMIN})
    @Operation(operationId = "getCatalogue", summary = "The catalogue's size, last successful sync and staleness",
            description = "The catalogue is stale when it has never been synced or its last successful sync or import "
                    + "finished more than mooc.catalogue.stale-after (14 days) ago. " + READERS)
    @APIResponse(responseCode = "200", description = "The catalogue's status",
            content = @Content(schema = @Schema(implementation = CatalogueViews.StatusView.class)))
    public CatalogueViews.StatusView status() {
        return CatalogueViews.StatusView.of(catalogue.status(), config.staleAfter().toDays());
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
    @Operation(operationId = "importCatalogue", summary = "Import a catalogue file (Coursera's JSON or CSV)",
            description = IMPORT)
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                examples = @ExampleObject(name = "courses.v1", value = "{\"elements\":[{\"id\":\"Gtv4Xb1-EeS-ViIACwYKVQ\","
                        + "\"slug\":\"machine-learning\",\"name\":\"Machine Learning\",\"description\":\"Build machine "
                        + "learning models in Python.\",\"partnerIds\":[\"1\"],\"primaryLanguages\":[\"en\"],"
                        + "\"domainTypes\":[{\"domainId\":\"data-science\",\"subdomainId\":\"machine-learning\"}]}],"
                        + "\"paging\":{\"total\":1},\"linked\":{\"partners.v1\":[{\"id\":\"1\",\"name\":\"Stanford "
                        + "University\"}]}}")),
        @Content(mediaType = ExportResource.CSV, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "csv", value = "id,slug,name,description,partner_ids,partner_names,"
                        + "languages,domain_types\nGtv4Xb1-EeS-ViIACwYKVQ,machine-learning,Machine Learning,\"Build "
                        + "machine learning models in Python.\",1,Stanford University,en,data-science/machine-learning\n"))})
    @APIResponse(responseCode = "200", description = "The import, as a sync with source FILE",
            content = @Content(schema = @Schema(implementation = CatalogueViews.SyncView.class)))
    @APIResponse(responseCode = "400", description = "The file has problems; nothing of it was kept",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Only the LearningLab and admins import catalogues",
            content = @Content(mediaType = PROBLEM))
    public CatalogueViews.SyncView importJson(InputStream body) {
        return CatalogueViews.SyncView.of(catalogue.importFile(body, CatalogueFile.Format.JSON, access.username()));
    }

    @POST
    @Path("/imports")
    @Consumes(ExportResource.CSV)
    @RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
    // one operation with importJson (same path and method): the document merges them, so only one names it
    @Operation(summary = "Import a catalogue file (Coursera's JSON or CSV)", description = IMPORT)
    @APIResponse(responseCode = "200", description = "The import, as a sync with source FILE",
            content = @Content(schema = @Schema(implementation = CatalogueViews.SyncView.class)))
    @APIResponse(responseCode = "400", description = "The file has problems; nothing of it was kept",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Only the LearningLab and admins import catalogues",
            content = @Content(mediaType = PROBLEM))
    public CatalogueViews.SyncView importCsv(InputStream body) {
        return CatalogueViews.SyncView.of(catalogue.importFile(body, CatalogueFile.Format.CSV, access.username()));
    }

    @POST
    @Path("/syncs")
    @RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
    @Operation(operationId = "startCatalogueSync", summary = "Sync the catalogue from Coursera's API now",
            description = "Runs the scheduled sync at once, in the background: the answer is the sync while it runs; "
                    + "GET /catalogue shows how it ended (lastSync). 409 when no API is configured "
                    + "(mooc.catalogue.api-url). " + IMPORTERS)
    @APIResponse(responseCode = "202", description = "The sync, RUNNING",
            content = @Content(schema = @Schema(implementation = CatalogueViews.SyncView.class)))
    @APIResponse(responseCode = "403", description = "Only the LearningLab and admins start a sync",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "No Coursera API is configured", content = @Content(mediaType = PROBLEM))
    public Response startSync() {
        return Response.accepted(CatalogueViews.SyncView.of(catalogue.startSync(access.username())))
                .build();
    }

    @POST
    @Path("/similar")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.COMMITTEE, Roles.BOARD, Roles.HEAD, Roles.ADMIN})
    @Operation(operationId = "findSimilarCourses", summary = "The catalogue courses most like a proposal",
            description = "Ranks the catalogue by the proposal's words (English full text: title and topic weigh most) "
                    + "and by how closely course names resemble its title or topic (trigrams), and lists the best, each "
                    + "with its partners, languages, the matched words, a link and whether the university offers it. "
                    + "Nothing is stored: the frozen evidence of a submitted version is under similarity-snapshots. "
                    + READERS)
    @APIResponse(responseCode = "200", description = "The similar courses, best first",
            content = @Content(schema = @Schema(implementation = CatalogueViews.SimilarCoursesView.class)))
    @APIResponse(responseCode = "400", description = "No title, topic or summary, or a field too long",
            content = @Content(mediaType = PROBLEM))
    public CatalogueViews.SimilarCoursesView similar(@Valid @NotNull CatalogueViews.SimilarityRequest request) {
        var text = request.text();
        if (text.title().isEmpty() && text.topic().isEmpty() && text.summary().isEmpty()) {
            throw ProblemException.invalid("title", "give at least a title, a topic or a summary");
        }
        var status = catalogue.status();
        return new CatalogueViews.SimilarCoursesView(status.courses(), status.stale(),
                similarity.similar(text, request.limit()).stream().map(CatalogueViews.SimilarCourseView::of).toList());
    }

    @GET
    @Path("/similarity-snapshots")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.COMMITTEE, Roles.BOARD, Roles.HEAD, Roles.ADMIN})
    @Operation(operationId = "listSimilaritySnapshots", summary = "A MOOC's frozen similarity snapshots, newest first",
            description = "One per submitted version (and text) of the proposal, taken when it was submitted and never "
                    + "recomputed: what the committee saw. Visible as the proposal is: to its instructor, its "
                    + "department's study board and head, the LearningLab, the committee and admins; others get an "
                    + "empty list. " + READERS)
    @APIResponse(responseCode = "200", description = "The snapshots, newest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY,
                    implementation = CatalogueViews.SnapshotView.class)))
    @APIResponse(responseCode = "400", description = "No moocId", content = @Content(mediaType = PROBLEM))
    public List<CatalogueViews.SnapshotView> snapshots(
            @Parameter(description = "The MOOC whose snapshots to list", example = MOOC_ID_EXAMPLE, required = true)
            @QueryParam("moocId") @NotNull UUID moocId) {
        Duration staleAfter = config.staleAfter();
        return similarity.snapshots(moocId, access).stream().map(s -> CatalogueViews.SnapshotView.of(s, staleAfter))
                .toList();
    }
}
