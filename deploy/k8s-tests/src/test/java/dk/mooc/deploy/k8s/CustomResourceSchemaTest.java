package dk.mooc.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rendered custom resource against the CRD schema of its operator (src/test/resources/crds, SOURCES.md). */
class CustomResourceSchemaTest {
    static final List<String> CRDS = List.of("strimzi-040-Crd-kafka.yaml", "strimzi-043-Crd-kafkatopic.yaml",
            "strimzi-044-Crd-kafkauser.yaml", "strimzi-045-Crd-kafkanodepool.yaml", "cnpg-clusters.yaml",
            "cnpg-databases.yaml", "cnpg-scheduledbackups.yaml", "cnpg-poolers.yaml", "keycloak-keycloaks.yaml",
            "keycloak-keycloakrealmimports.yaml", "prometheus-servicemonitors.yaml", "prometheus-podmonitors.yaml",
            "prometheus-prometheusrules.yaml");
    /** "group/version Kind" -> openAPIV3Schema */
    static final Map<String, JsonNode> SCHEMAS = new HashMap<>();

    @BeforeAll
    static void loadSchemas() throws IOException {
        for (String file : CRDS) {
            try (InputStream in = CustomResourceSchemaTest.class.getResourceAsStream("/crds/" + file)) {
                JsonNode crd = Manifests.YAML.readTree(in);
                String group = crd.path("spec").path("group").asText();
                String kind = crd.path("spec").path("names").path("kind").asText();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    if (version.path("served").asBoolean()) {
                        SCHEMAS.put(group + "/" + version.path("name").asText() + " " + kind,
                                version.path("schema").path("openAPIV3Schema"));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyCustomResourceMatchesItsOperatorsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (ObjectNode o : Manifests.of(overlay)) {
            if (!CoreKindsTest.isCustom(o)) {
                continue;
            }
            String key = o.path("apiVersion").asText() + " " + o.path("kind").asText();
            JsonNode schema = SCHEMAS.get(key);
            if (schema == null) {
                problems.add(Manifests.id(o) + ": no schema for " + key + " (a version the operator does not serve?)");
                continue;
            }
            StructuralSchema.validate(o, schema, "", problems);
            checked++;
        }
        assertTrue(checked > 25, overlay + ": only " + checked + " custom resources");
        assertEquals(List.of(), problems, overlay);
    }

    @Test
    void theCheckFindsUnknownFieldsWrongTypesAndValues() throws IOException {
        JsonNode topic = Manifests.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: "3", replica: 3, config: {anything: goes}}
                """);
        JsonNode user = Manifests.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authentication: {type: scram-sha-256}
                  authorization: {type: simple, acls: [{resource: {type: topic, name: t}}]}
                """);
        List<String> problems = new ArrayList<>();
        StructuralSchema.validate(topic, SCHEMAS.get("kafka.strimzi.io/v1 KafkaTopic"), "", problems);
        StructuralSchema.validate(user, SCHEMAS.get("kafka.strimzi.io/v1 KafkaUser"), "", problems);
        assertEquals(List.of(".spec.partitions: not an integer: \"3\"", ".spec.replica: unknown field",
                ".spec.authentication.type: \"scram-sha-256\" is not one of [\"tls\",\"tls-external\",\"scram-sha-512\"]",
                ".spec.authorization.acls[0]: missing required field operations"), problems);
    }
}
