package dk.mooc.e2e;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

        // the stack keeps earlier runs' data, so the portfolio's counts prove nothing: each MOOC this run loaded
        // (demo.mjs prints "n/8 STAGE title [id]") must reach its own stage
        Map<String, String> loaded = new LinkedHashMap<>();
        Matcher m = LOADED.matcher(out);
        while (m.find()) {
            loaded.put(m.group(1).trim(), m.group(2));
        }
        assertEquals(EXPECTED_STAGE.keySet(), loaded.keySet(), "the MOOCs the demo loader reported:\n" + out);
        await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, String> stages = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : loaded.entrySet()) {
                stages.put(e.getKey(), Stack.as("chris").when().get("/api/analytics/portfolio/{id}/timeline", e.getValue())
                        .then().statusCode(200).extract().path("mooc.stage"));
            }
            assertEquals(EXPECTED_STAGE, stages);
        });
    }

    /** A MOOC line of the demo loader's output: "   3/8 ENDORSEMENT  Machine Learning in Practice [uuid]". */
    private static final Pattern LOADED = Pattern.compile("(?m)^\\s+\\d+/\\d+ \\S+\\s+(.+) \\[([0-9a-f-]{36})\\]$");

    /** Each demo MOOC's portfolio stage (docs/portfolio.md), written out from the programme in deploy/local/demo.mjs. */
    private static final Map<String, String> EXPECTED_STAGE = new LinkedHashMap<>();

    static {
        EXPECTED_STAGE.put("Sustainable Energy Systems", "PROPOSAL");         // a draft
        EXPECTED_STAGE.put("Soft Matter for Engineers", "PROPOSAL");          // in consultation
        EXPECTED_STAGE.put("Machine Learning in Practice", "PROPOSAL");       // with its endorsers
        EXPECTED_STAGE.put("Quantum Computing for Engineers", "REVIEW");      // submitted
        EXPECTED_STAGE.put("Computational Fluid Dynamics", "PRODUCTION");     // approved
        EXPECTED_STAGE.put("Digital Signal Processing", "PRODUCTION");
        EXPECTED_STAGE.put("Introduction to Robotics", "LAUNCHED");
        EXPECTED_STAGE.put("Structural Engineering Basics", "RETIRED");       // retired at its second review
    }
}
