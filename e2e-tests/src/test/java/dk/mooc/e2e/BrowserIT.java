package dk.mooc.e2e;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the browser tests (e2e-tests/browser, node's test runner driving Debian's Chromium) against the
 * running stack, and fails when any of them fails. Screenshots and axe reports: target/screenshots/.
 */
class BrowserIT {

    @Test
    void browserTestsPass() throws Exception {
        Path root = Path.of(System.getProperty("mooc.root", ".."));
        Path dir = root.resolve("e2e-tests/browser");
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
        assertTrue(out.toString().contains("# pass"), "node's test runner reported its results");
    }
}
