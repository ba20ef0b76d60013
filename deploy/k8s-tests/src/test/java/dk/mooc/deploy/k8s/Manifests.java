package dk.mooc.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The overlays under deploy/k8s rendered with Kustomize, once per test run. The renderer is {@code kubectl kustomize}
 * (kubectl bundles Kustomize) or a standalone {@code kustomize build}, whichever is on the PATH (or named by the
 * environment variable KUSTOMIZE, e.g. "/opt/kustomize build"). Without either, the tests fail and say how to get one;
 * they never pass without having rendered.
 */
final class Manifests {
    static final Path ROOT = Path.of(System.getProperty("mooc.root", "../..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    static List<ObjectNode> of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render);
    }

    static Stream<ObjectNode> all() {
        return OVERLAYS.stream().flatMap(o -> of(o).stream());
    }

    static Stream<ObjectNode> kind(String overlay, String kind) {
        return of(overlay).stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    static ObjectNode one(String overlay, String kind, String name) {
        return kind(overlay, kind).filter(o -> name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + name(o);
    }

    static List<String> renderer() {
        String configured = System.getenv("KUSTOMIZE");
        if (configured != null && !configured.isBlank()) {
            return List.of(configured.trim().split("\\s+"));
        }
        if (onPath("kubectl")) {
            return List.of("kubectl", "kustomize");
        }
        if (onPath("kustomize")) {
            return List.of("kustomize", "build");
        }
        throw new AssertionError("No Kustomize renderer: neither kubectl nor kustomize is on the PATH (and KUSTOMIZE is "
                + "not set). Install kubectl (it bundles Kustomize 5) or a kustomize binary; docs/operations.md, "
                + "\"Checking the manifests\", lists the ways.");
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static List<ObjectNode> render(String overlay) {
        List<String> command = new ArrayList<>(renderer());
        command.add(K8S.resolve("overlays").resolve(overlay).toString());
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + Files.readString(err));
            }
            Files.deleteIfExists(err);
            List<ObjectNode> docs = new ArrayList<>();
            try (com.fasterxml.jackson.core.JsonParser parser = YAML.getFactory().createParser(new String(out, StandardCharsets.UTF_8))) {
                for (var it = YAML.readValues(parser, ObjectNode.class); it.hasNext(); ) {
                    ObjectNode doc = it.next();
                    if (doc != null && !doc.isEmpty()) {
                        docs.add(doc);
                    }
                }
            }
            if (docs.isEmpty()) {
                throw new AssertionError(overlay + " rendered nothing");
            }
            return docs;
        } catch (IOException e) {
            throw new AssertionError("running " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
