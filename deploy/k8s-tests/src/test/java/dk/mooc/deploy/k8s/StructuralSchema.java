package dk.mooc.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a custom resource against its CRD's structural openAPIV3Schema as the API server would, strictly: types,
 * int-or-string, enums, required fields, minimum/maximum, map values (additionalProperties), list items, and no field
 * that the schema does not declare unless the schema preserves unknown fields there
 * (x-kubernetes-preserve-unknown-fields). metadata is the API server's own and is not checked here.
 */
final class StructuralSchema {
    private static final java.util.Set<String> ROOT_FIELDS = java.util.Set.of("apiVersion", "kind", "metadata");

    private StructuralSchema() {
    }

    static void validate(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(path + ": null");
            }
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                problems.add(path + ": neither an integer nor a string: " + value);
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> object(value, schema, path, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + ": not a list: " + value);
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    validate(value.get(i), schema.path("items"), path + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(path + ": not a string: " + value);
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(path + ": not an integer: " + value);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(path + ": not a number: " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(path + ": not a boolean: " + value);
                }
            }
            case "" -> {
                if (!schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false) && !schema.has("anyOf")
                        && !schema.has("oneOf")) {
                    problems.add(path + ": the schema gives no type");
                }
            }
            default -> problems.add(path + ": unknown schema type " + type);
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value) || (allowed.isTextual() && allowed.asText().equals(value.asText()));
            }
            if (!found) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                problems.add(path + ": " + value + " < minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                problems.add(path + ": " + value + " > maximum " + schema.get("maximum"));
            }
        }
    }

    private static void object(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (!value.isObject()) {
            problems.add(path + ": not an object: " + value);
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(path + ": missing required field " + required.asText());
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = path + "." + field.getKey();
            if (path.isEmpty() && ROOT_FIELDS.contains(field.getKey())) {
                // the API server's own fields: some CRDs do not declare them; metadata is checked by the server
                if (!field.getKey().equals("metadata") && !field.getValue().isTextual()) {
                    problems.add(at + ": not a string");
                }
            } else if (properties.has(field.getKey())) {
                validate(field.getValue(), properties.get(field.getKey()), at, problems);
            } else if (field.getKey().equals("description") && path.startsWith(".spec.realm")) {
                // The schema copies lost every property named "description" along with the descriptions (SOURCES.md);
                // Keycloak's realm representations (clients, roles, scopes, ...) do have one.
                if (!field.getValue().isTextual()) {
                    problems.add(at + ": not a string");
                }
            } else if (additional.isObject()) {
                validate(field.getValue(), additional, at, problems);
            } else if (!preserve && !additional.asBoolean(false)) {
                problems.add(at + ": unknown field");
            }
        }
    }
}
