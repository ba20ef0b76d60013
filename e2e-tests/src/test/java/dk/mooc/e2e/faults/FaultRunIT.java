package dk.mooc.e2e.faults;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault-injection run (docs/reliability.md). In the normal test run, the reduced version: at least 200 MOOCs,
 * the broker and one service killed mid-flow. bench/faults runs the full one (at least 1,000 MOOCs, every component
 * killed) with -Dfaults.moocs=1000 -Dfaults.plan=all.
 */
class FaultRunIT {

    static final List<String> FULL = List.of("kafka", "proposal-service:consuming", "review-service:consuming",
            "production-service:consuming", "analytics-service:consuming", "proposal-service:unpublished",
            "review-service:unpublished", "production-service:unpublished", "analytics-service:unpublished", "postgres",
            "mail", "keycloak", "gateway");
    static final List<String> REDUCED = List.of("kafka", "review-service:consuming");

    @Test
    void nothingIsLostOrAppliedTwiceWhenComponentsCrash() throws Exception {
        int moocs = Integer.getInteger("faults.moocs", 200);
        String plan = System.getProperty("faults.plan", "reduced");
        List<String> faults = switch (plan) {
            case "all" -> FULL;
            case "reduced" -> REDUCED;
            case "none" -> List.of();
            default -> Arrays.asList(plan.split(","));
        };
        FaultRun run = new FaultRun(moocs, Integer.getInteger("faults.clients", 12), faults,
                Long.getLong("faults.mailOutageSeconds", 120) * 1000);
        run.run();
        assertTrue(run.journeys.size() >= moocs, "MOOCs driven: " + run.journeys.size());
        assertEquals(faults.size(), run.faults.size(), "faults injected");
        assertEquals(List.of(), run.problems, "what the checks found");
    }
}
