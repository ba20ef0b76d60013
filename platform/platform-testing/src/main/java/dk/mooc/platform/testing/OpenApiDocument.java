package dk.mooc.platform.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static io.restassured.RestAssured.given;

/**
 * The service's served OpenAPI document, read once (on first use, after Quarkus started) and walked the way the
 * services' API contract tests check it: by operation, with path-level parameters added to each operation's own.
 */
public final class OpenApiDocument {

    private Map<String, Object> document;

    private Map<String, Object> document() {
        if (document == null) {
            document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                    .jsonPath().getMap("$");
        }
        return document;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> paths() {
        return (Map<String, Map<String, Object>>) document().get("paths");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> schemas() {
        return (Map<String, Object>) ((Map<String, Object>) document().get("components")).get("schemas");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> operation(String path, String method) {
        return (Map<String, Object>) paths().get(path).get(method);
    }

    /** Each operation, with the parameters its path item declares for all of its operations added to its own. */
    @SuppressWarnings("unchecked")
    public void eachOperation(BiConsumer<String, Map<String, Object>> check) {
        paths().forEach((path, item) -> item.forEach((method, op) -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                Map<String, Object> withParameters = new HashMap<>((Map<String, Object>) op);
                List<Map<String, Object>> all = new ArrayList<>(parameters(item));
                all.addAll(parameters((Map<String, Object>) op));
                withParameters.put("parameters", all);
                check.accept(path + " " + method, withParameters);
            }
        }));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> responses(Map<String, Object> op) {
        return (Map<String, Map<String, Object>>) op.getOrDefault("responses", Map.of());
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> parameters(Map<String, Object> op) {
        return (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
    }

    /** A $ref to a component, an array of them, or (for files and calendars, not JSON) a string. */
    public static boolean named(Object schema, String mediaType) {
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
}
