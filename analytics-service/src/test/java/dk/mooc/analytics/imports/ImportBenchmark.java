package dk.mooc.analytics.imports;

import dk.mooc.analytics.Exports;
import dk.mooc.analytics.generator.SyntheticCourseraExport;
import dk.mooc.analytics.generator.SyntheticCourseraExport.Counts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static dk.mooc.analytics.Fixtures.ADA;
import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The large import, measured (docs/analytics.md, "Benchmark"): generates an export of a million rows or more,
 * imports every table over HTTP as a stream, and prints rows per second, the elapsed time and the peak heap used.
 * Not part of the normal test run (its name is no test name, and it runs only with {@code -Dbenchmark}):
 * <pre>
 * mvn -B test -pl analytics-service -o -Dtest=ImportBenchmark -Dbenchmark -DargLine=-Xmx256m \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dbenchmark.rows=2000000} sizes the export. The figures go to the console and to
 * {@code analytics-service/target/benchmark/import-benchmark.txt}.
 * <p>
 * It fails when the memory is not bounded as documented: the heap may be at most {@code benchmark.heap-bound-mb}
 * (256 MB; the run needs {@code -Xmx} at most that, or the bound proves nothing), the peak heap used must stay within
 * it, and the most live data after a collection (what an import holding the file would grow) under
 * {@code benchmark.live-bound-mb} (160 MB).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = ".*")
class ImportBenchmark {

    @org.junit.jupiter.api.BeforeEach
    void uploadAfterTheData() {
        Exports.uploadAfterTheData();
    }

    @org.junit.jupiter.api.AfterEach
    void resetTheClock() {
        dk.mooc.platform.web.Timestamps.reset();
    }

    private final List<String> report = new ArrayList<>();

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        report.add(line);
        System.out.println("[benchmark] " + line);
    }

    @Test
    void importAMillionRowsAndMore() throws Exception {
        long rows = Long.getLong("benchmark.rows", 1_000_000);
        UUID moocId = course("Compute", "ida-sub", LocalDate.of(2027, 9, 1), 5000);
        Path folder = Path.of("target", "benchmark", "export");
        long t0 = System.nanoTime();
        Counts counts = SyntheticCourseraExport.write(SyntheticCourseraExport.Options.defaults().seed(42)
                .learners((int) Math.ceil(rows / SyntheticCourseraExport.ROWS_PER_LEARNER * 1.02)), folder);
        double generated = seconds(t0);
        long bytes = 0;
        for (String table : Exports.TABLES) {
            bytes += Files.size(SyntheticCourseraExport.file(folder, table));
        }
        say("Export: %,d rows (%,d learners), %,.1f MB of CSV, generated in %.1f s", counts.total(), counts.learners(),
                bytes / 1e6, generated);
        assertTrue(counts.total() >= rows, "at least " + rows + " rows");
        long maxHeap = Runtime.getRuntime().maxMemory();
        say("JVM: max heap %,d MB (-Xmx), %d processors", maxHeap >> 20, Runtime.getRuntime().availableProcessors());
        long heapBound = Long.getLong("benchmark.heap-bound-mb", 256) << 20;
        long liveBound = Long.getLong("benchmark.live-bound-mb", 160) << 20;
        // with a larger heap the collector lets garbage pile up and nothing shows whether the import is bounded
        assertTrue(maxHeap <= heapBound, "run the benchmark with -DargLine=-Xmx" + (heapBound >> 20) + "m: the max heap is "
                + (maxHeap >> 20) + " MB");

        HttpClient http = HttpClient.newHttpClient();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        String token = CARLA.token();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong();
        AtomicLong liveAfterGc = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            long lastProgress = 0;
            while (running.get()) {
                sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                // what the last collection left: the live data, which is what an unbounded import would grow
                liveAfterGc.accumulateAndGet(heapPools.stream().map(MemoryPoolMXBean::getCollectionUsage)
                        .filter(java.util.Objects::nonNull).mapToLong(java.lang.management.MemoryUsage::getUsed).sum(), Math::max);
                if (System.nanoTime() - lastProgress > 5_000_000_000L) {
                    lastProgress = System.nanoTime();
                    JsonPath running0 = as(ADA).get("/courses/{id}/imports?size=1", moocId).then().extract().jsonPath();
                    if ("RUNNING".equals(running0.getString("items[0].status"))) {
                        System.out.printf(Locale.ROOT, "[benchmark]   progress: %s, %,d rows read%n",
                                running0.getString("items[0].table"), running0.getLong("items[0].rowsRead"));
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long total = 0;
        long start = System.nanoTime();
        for (String table : Exports.TABLES) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/courses/" + moocId + "/exports/" + table))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .PUT(HttpRequest.BodyPublishers.ofFile(SyntheticCourseraExport.file(folder, table))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            JsonPath result = JsonPath.from(r.body());
            long read = result.getLong("rowsRead");
            assertEquals((long) counts.byTable().get(table), read, table);
            double s = seconds(t);
            total += read;
            say("  %-24s %,10d rows in %6.1f s  %,8.0f rows/s", table, read, s, read / s);
        }
        double elapsed = seconds(start);
        running.set(false);
        sampler.join();
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        say("Import: %,d rows in %.1f s = %,.0f rows/s", total, elapsed, total / elapsed);
        say("Peak heap used while importing: %,d MB sampled every 20 ms (%,d MB summed over the heap pools' peaks);"
                + " at most %,d MB live after a collection; max heap %,d MB", sampledPeak.get() >> 20, poolPeaks >> 20,
                liveAfterGc.get() >> 20, maxHeap >> 20);
        say("Collections during the import: %s", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(g -> g.getName() + " " + g.getCollectionCount() + "x").toList());

        long t = System.nanoTime();
        JsonPath again = JsonPath.from(http.send(HttpRequest.newBuilder(URI.create(base + "/courses/" + moocId
                        + "/exports/course_progress")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofFile(SyntheticCourseraExport.file(folder, "course_progress"))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        say("Re-import of course_progress: %,d rows read, %,d changed, in %.1f s", again.getLong("rowsRead"),
                again.getLong("rowsChanged"), seconds(t));
        say("Bounds: peak heap used %,d MB of at most %,d MB; live after a collection %,d MB of at most %,d MB",
                sampledPeak.get() >> 20, heapBound >> 20, liveAfterGc.get() >> 20, liveBound >> 20);

        Files.createDirectories(Path.of("target", "benchmark"));
        Files.write(Path.of("target", "benchmark", "import-benchmark.txt"), report);
        assertEquals(0, again.getLong("rowsChanged"));
        assertTrue(sampledPeak.get() <= heapBound, "peak heap used " + (sampledPeak.get() >> 20) + " MB exceeds the bound of "
                + (heapBound >> 20) + " MB");
        assertTrue(liveAfterGc.get() > 0, "no collection was observed, so nothing shows what stayed live");
        assertTrue(liveAfterGc.get() <= liveBound, "live data after a collection " + (liveAfterGc.get() >> 20)
                + " MB exceeds the bound of " + (liveBound >> 20) + " MB: the import keeps memory per row");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
