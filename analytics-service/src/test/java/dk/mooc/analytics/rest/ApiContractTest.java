package dk.mooc.analytics.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static io.restassured.RestAssured.given;
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
            "listCourses", "getCourse", "recordCourseEvaluation", "listCourseEvaluations", "getCourseEvaluation",
            "importCourseraExportTable", "importCourseraExport", "listExportTableRows", "listExportImports",
            "getExportImport", "getSemesterKpis", "listKpiSemesters", "getLearnerData", "setLearnerDataRetention",
            "deleteLearnerData", "getPortfolio", "getMoocTimeline", "listSemesterReviews", "getSemesterReview",
            "decideSemesterReview", "updateSemesterReviewAction");

    private Map<String, Object> document;

    /** The served document, read once per test. */
    private Map<String, Object> document() {
        if (document == null) {
            document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                    .jsonPath().getMap("$");
        }
        return document;
    }

    @Test
    void everyOperationHasAUniqueOperationIdATagAndASummary() {
        List<String> ids = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        eachOperation((where, op) -> {
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
        eachOperation((where, op) -> responses(op).forEach((code, response) -> {
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
        schemas().keySet().stream().filter(name -> name.matches(".*\\d$")).forEach(generated::add);
        assertEquals(Set.of(), generated, "schema names a generator numbered");
    }

    @Test
    void everyParameterIsDescribedWithAnExampleAndTheMoocIdIsNamedMoocId() {
        List<String> faults = new ArrayList<>();
        eachOperation((where, op) -> parameters(op).forEach(p -> {
            String name = p.get("in") + " " + p.get("name");
            if (!(p.get("description") instanceof String d) || d.isBlank()) {
                faults.add(where + " " + name + ": no description");
            }
            if (p.get("example") == null && p.get("examples") == null) {
                faults.add(where + " " + name + ": no example");
            }
        }));
        assertEquals(List.of(), faults);
        paths().keySet().stream().filter(path -> path.startsWith("/courses/") || path.startsWith("/portfolio/"))
                .forEach(path -> assertTrue(path.startsWith("/courses/{moocId}") || path.startsWith("/portfolio/{moocId}"),
                        path));
    }

    @Test
    void noOperationOfThisServiceTakesIfMatch() {
        List<String> faults = new ArrayList<>();
        eachOperation((where, op) -> parameters(op).stream().filter(p -> "If-Match".equals(p.get("name")))
                .forEach(p -> faults.add(where)));
        assertEquals(List.of(), faults, "no aggregate of this service is versioned over HTTP");
    }

    @Test
    void acceptedImportsDocumentTheirLocation() {
        Map<String, Object> accepted = responses(operation("/courses/{moocId}/exports", "post")).get("202");
        assertTrue(accepted.get("headers") instanceof Map<?, ?> headers && headers.containsKey("Location"));
    }

    // --- reading the document -----------------------------------------------------------------------------------

    /** A $ref to a component, an array of them, a map of them, or (for files and calendars) a string. */
    private static boolean named(Object schema, String mediaType) {
        if (!(schema instanceof Map<?, ?> s)) {
            return false;
        }
        if (s.get("$ref") instanceof String ref) {
            return ref.startsWith("#/components/schemas/");
        }
        if ("array".equals(s.get("type"))) {
            return named(s.get("items"), mediaType);
        }
        return !mediaType.contains("json") && "string".equals(s.get("type"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> paths() {
        return (Map<String, Map<String, Object>>) document().get("paths");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schemas() {
        return (Map<String, Object>) ((Map<String, Object>) document().get("components")).get("schemas");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> operation(String path, String method) {
        return (Map<String, Object>) paths().get(path).get(method);
    }

    /** Each operation, with the parameters its path item declares for all of its operations added to its own. */
    @SuppressWarnings("unchecked")
    private void eachOperation(BiConsumer<String, Map<String, Object>> check) {
        paths().forEach((path, item) -> item.forEach((method, op) -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                Map<String, Object> withParameters = new java.util.HashMap<>((Map<String, Object>) op);
                List<Map<String, Object>> all = new ArrayList<>(parameters(item));
                all.addAll(parameters((Map<String, Object>) op));
                withParameters.put("parameters", all);
                check.accept(path + " " + method, withParameters);
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> responses(Map<String, Object> op) {
        return (Map<String, Map<String, Object>>) op.getOrDefault("responses", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Map<String, Object> op) {
        return (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
    }
}
