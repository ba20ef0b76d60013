package dk.mooc.analytics.rest;

import dk.mooc.platform.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dk.mooc.platform.testing.OpenApiDocument.named;
import static dk.mooc.platform.testing.OpenApiDocument.parameters;
import static dk.mooc.platform.testing.OpenApiDocument.responses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The served OpenAPI document is a contract a third party can generate a client from: every operation named, tagged
 * and summarised, every success typed with a named schema, every parameter described with an example, If-Match
 * nowhere (this service versions nothing over HTTP), and the MOOC's id named moocId on every path.
 */
@QuarkusTest
class ApiContractTest {

    /** The operations of this service, by the name a generated client gives them. */
    static final Set<String> OPERATION_IDS = Set.of(
            "listCourses", "getCourse", "getCourseDossier", "recordCourseEvaluation", "listCourseEvaluations", "getCourseEvaluation",
            "importCourseraExportTable", "importCourseraExport", "listExportTableRows", "listExportImports",
            "getExportImport", "getSemesterKpis", "listKpiSemesters", "getLearnerData", "setLearnerDataRetention",
            "deleteLearnerData", "getPortfolio", "getMoocTimeline", "listSemesterReviews", "getSemesterReview",
            "decideSemesterReview", "updateSemesterReviewAction", "listMyAnalyticsTasks", "getCatalogue",
            "importCatalogue", "findSimilarCourses", "listSimilaritySnapshots", "startCatalogueSync");

    /** The served document (read on first use). */
    private final OpenApiDocument doc = new OpenApiDocument();

    @Test
    void everyOperationHasAUniqueOperationIdATagAndASummary() {
        List<String> ids = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        doc.eachOperation((where, op) -> {
            Object id = op.get("operationId");
            if (!(id instanceof String s) || !s.matches("[a-z][A-Za-z]+")) {
                faults.add(where + ": operationId " + id);
            } else {
                ids.add(s);
            }
            if (!(op.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                faults.add(where + ": no tag");
            }
            if (!(op.get("summary") instanceof String summary) || summary.isBlank()) {
                faults.add(where + ": no summary");
            }
        });
        assertEquals(List.of(), faults);
        assertEquals(new TreeSet<>(OPERATION_IDS), new TreeSet<>(ids), "the operationIds");
        assertEquals(ids.size(), Set.copyOf(ids).size(), "operationIds are unique: " + ids);
    }

    @Test
    void everySuccessHasANamedSchemaAndEverySchemaANameOfItsOwn() {
        List<String> faults = new ArrayList<>();
        doc.eachOperation((where, op) -> responses(op).forEach((code, response) -> {
            if (!code.startsWith("2") || code.equals("204")) {
                return;
            }
            if (!(response.get("content") instanceof Map<?, ?> content) || content.isEmpty()) {
                faults.add(where + " " + code + ": no content");
                return;
            }
            content.forEach((type, media) -> {
                Object schema = media instanceof Map<?, ?> m ? m.get("schema") : null;
                if (!named(schema, String.valueOf(type))) {
                    faults.add(where + " " + code + " " + type + ": schema " + schema);
                }
            });
        }));
        assertEquals(List.of(), faults);
        Set<String> generated = new TreeSet<>();
        doc.schemas().keySet().stream().filter(name -> name.matches(".*\\d$")).forEach(generated::add);
        assertEquals(Set.of(), generated, "schema names a generator numbered");
    }

    @Test
    void everyParameterIsDescribedWithAnExampleAndTheMoocIdIsNamedMoocId() {
        List<String> faults = new ArrayList<>();
        doc.eachOperation((where, op) -> parameters(op).forEach(p -> {
            String name = p.get("in") + " " + p.get("name");
            if (!(p.get("description") instanceof String d) || d.isBlank()) {
                faults.add(where + " " + name + ": no description");
            }
            if (p.get("example") == null && p.get("examples") == null) {
                faults.add(where + " " + name + ": no example");
            }
        }));
        assertEquals(List.of(), faults);
        doc.paths().keySet().stream().filter(path -> path.startsWith("/courses/") || path.startsWith("/portfolio/"))
                .forEach(path -> assertTrue(path.startsWith("/courses/{moocId}") || path.startsWith("/portfolio/{moocId}"),
                        path));
    }

    @Test
    void noOperationOfThisServiceTakesIfMatch() {
        List<String> faults = new ArrayList<>();
        doc.eachOperation((where, op) -> parameters(op).stream().filter(p -> "If-Match".equals(p.get("name")))
                .forEach(p -> faults.add(where)));
        assertEquals(List.of(), faults, "no aggregate of this service is versioned over HTTP");
    }

    @Test
    void acceptedImportsDocumentTheirLocation() {
        Map<String, Object> accepted = responses(doc.operation("/courses/{moocId}/exports", "post")).get("202");
        assertTrue(accepted.get("headers") instanceof Map<?, ?> headers && headers.containsKey("Location"));
    }
}
