package dk.mooc.deploy.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rendered object of a Kubernetes kind is read into fabric8's typed model. fabric8 keeps a field it does not know
 * in the object's additionalProperties instead of failing, so an empty additionalProperties everywhere in the object
 * graph is what proves there is no misspelt or misplaced field (which the API server would drop or refuse).
 */
class CoreKindsTest {
    static final Set<String> CUSTOM_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io", "k8s.keycloak.org",
            "monitoring.coreos.com");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    static boolean isCustom(ObjectNode o) {
        String apiVersion = o.path("apiVersion").asText();
        return apiVersion.contains("/") && CUSTOM_GROUPS.contains(apiVersion.substring(0, apiVersion.indexOf('/')));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyCoreObjectIsATypedObjectWithoutUnknownFields(String overlay) throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (ObjectNode o : Manifests.of(overlay)) {
            if (isCustom(o)) {
                continue;
            }
            HasMetadata typed = SERIALIZATION.unmarshal(Manifests.YAML.writeValueAsString(o));
            if (typed instanceof GenericKubernetesResource) {
                problems.add(Manifests.id(o) + ": " + o.path("apiVersion").asText() + " is no kind fabric8 knows");
                continue;
            }
            unknownFields(typed, Manifests.id(o), problems, new IdentityHashMap<>());
            checked++;
        }
        assertTrue(checked > 20, overlay + ": only " + checked + " core objects");
        assertEquals(List.of(), problems, overlay + ": fields the Kubernetes API does not have");
    }

    @Test
    void theCheckFindsAMisplacedField() throws Exception {
        String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n"
                + "      containers:\n        - name: x\n          image: x:1\n          readOnlyRootFilesystem: true\n";
        List<String> problems = new ArrayList<>();
        unknownFields(SERIALIZATION.unmarshal(yaml), "Deployment/x", problems, new IdentityHashMap<>());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("readOnlyRootFilesystem"), problems.get(0));
    }

    /** Walks the model's getters depth-first and reports every non-empty additionalProperties with its path. */
    static void unknownFields(Object node, String path, List<String> problems, Map<Object, Boolean> seen) throws Exception {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                unknownFields(e.getValue(), path + "." + e.getKey(), problems, seen);
            }
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : node.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = m.invoke(node);
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown " + extra.keySet());
                }
                continue;
            }
            String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
            unknownFields(value, path + "." + field, problems, seen);
        }
    }

    @Test
    void bothOverlaysRender() {
        for (String overlay : Manifests.OVERLAYS) {
            assertFalse(Manifests.of(overlay).isEmpty());
        }
    }
}
