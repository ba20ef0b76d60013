package dk.mooc.e2e;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run command's demo option (deploy/local/up --demo runs deploy/local/demo.mjs) loads its programme through the
 * public APIs against the running stack; the portfolio, built only from the services' events, then shows MOOCs in
 * every stage from proposal to retired.
 */
class DemoProgrammeIT {

    @Test
    void theDemoProgrammeFillsEveryStageOfThePortfolio() throws Exception {
        Path root = Path.of(System.getProperty("mooc.root", ".."));
        ProcessBuilder pb = new ProcessBuilder("node", "deploy/local/demo.mjs", "--force").directory(root.toFile())
                .redirectErrorStream(true);
        pb.environment().put("DEMO_GATEWAY", Stack.GATEWAY);
        pb.environment().put("DEMO_KEYCLOAK", Stack.KEYCLOAK);
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("[demo] " + line);
                out.append(line).append('\n');
            }
        }
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the demo loader finished");
        assertEquals(0, p.exitValue(), "the demo loader failed:\n" + out);
        assertTrue(out.toString().contains("Demo programme loaded"), out.toString());

        await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Integer> byStage = Stack.as("chris").when().get("/api/analytics/portfolio").then().statusCode(200)
                    .extract().jsonPath().getMap("byStage", String.class, Integer.class);
            for (String stage : new String[] {"PROPOSAL", "REVIEW", "PRODUCTION", "LAUNCHED", "RETIRED"}) {
                assertTrue(byStage.get(stage) >= 1, stage + " in " + byStage);
            }
        });
    }
}
