package dk.mooc.e2e;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the browser tests (e2e-tests/browser, node's test runner driving Debian's Chromium) against the
 * running stack, and fails unless every one of them ran and passed. Screenshots and axe reports:
 * target/screenshots/.
 */
class BrowserIT {

    /** A top-level {@code test('…', …)} in a browser test file (the files declare no suites). */
    private static final Pattern TEST_DECLARATION = Pattern.compile("(?m)^test\\(\\s*['\"`]");
    /** Node's TAP summary lines, e.g. "# pass 5". */
    private static final Pattern SUMMARY = Pattern.compile("(?m)^# (tests|suites|pass|fail|cancelled|skipped|todo) (\\d+)\\s*$");

    @Test
    void browserTestsPass() throws Exception {
        Path root = Path.of(System.getProperty("mooc.root", ".."));
        Path dir = root.resolve("e2e-tests/browser");
        int expected = declaredTests(dir.resolve("tests"));
        assertTrue(expected > 0, "the browser test files declare tests");

        ProcessBuilder pb = new ProcessBuilder("npm", "test").directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("E2E_GATEWAY", Stack.GATEWAY);
        pb.environment().put("E2E_KEYCLOAK", Stack.KEYCLOAK);
        pb.environment().put("E2E_MAIL", System.getProperty("e2e.mail", "http://localhost:8025"));
        pb.environment().put("E2E_SCREENSHOTS", root.resolve("e2e-tests/target/screenshots").toString());
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("[browser] " + line);
                out.append(line).append('\n');
            }
        }
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "browser tests finished");
        assertEquals(0, p.exitValue(), "browser tests failed:\n" + out);

        Map<String, Integer> summary = summary(out.toString());
        assertEquals(Map.of("tests", expected, "pass", expected, "fail", 0, "cancelled", 0, "skipped", 0, "todo", 0),
                without(summary, "suites"),
                "every declared browser test ran and passed, none skipped (node's summary):\n" + out);
    }

    static int declaredTests(Path testsDir) throws IOException {
        int n = 0;
        try (Stream<Path> files = Files.list(testsDir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".test.mjs")).sorted().toList()) {
                Matcher m = TEST_DECLARATION.matcher(Files.readString(f));
                while (m.find()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The last occurrence of each of node's summary counters; a counter that is missing fails the check. */
    static Map<String, Integer> summary(String tap) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = SUMMARY.matcher(tap);
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return counts;
    }

    private static Map<String, Integer> without(Map<String, Integer> counts, String key) {
        Map<String, Integer> copy = new HashMap<>(counts);
        copy.remove(key);
        return copy;
    }

    /** The parser's own check, without the stack: a run that skipped a test must not read as a pass. */
    @Test
    void aSkippedOrMissingBrowserTestIsNotAPass() {
        String skipped = String.join("\n", List.of("ok 1 - a", "ok 2 - b # SKIP", "1..2", "# tests 2", "# suites 0",
                "# pass 1", "# fail 0", "# cancelled 0", "# skipped 1", "# todo 0", "# duration_ms 12.5"));
        assertEquals(Map.of("tests", 2, "pass", 1, "fail", 0, "cancelled", 0, "skipped", 1, "todo", 0),
                without(summary(skipped), "suites"));
        assertTrue(summary("no summary at all").isEmpty());
    }
}
