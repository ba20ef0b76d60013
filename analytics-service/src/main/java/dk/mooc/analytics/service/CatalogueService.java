package dk.mooc.analytics.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.analytics.CatalogueCourse;
import dk.mooc.analytics.CatalogueSource;
import dk.mooc.analytics.CatalogueSync;
import dk.mooc.analytics.CatalogueSyncOutcome;
import dk.mooc.analytics.client.CatalogueRowError;
import dk.mooc.analytics.client.CatalogueUnavailable;
import dk.mooc.analytics.client.CourseraCatalogueClient;
import dk.mooc.analytics.config.CatalogueConfig;
import dk.mooc.analytics.imports.CatalogueFile;
import dk.mooc.analytics.repository.CatalogueRepository;
import dk.mooc.platform.jobs.JobLock;
import dk.mooc.platform.problem.Problem;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Keeps the Coursera catalogue: the scheduled sync from Coursera's API, the LearningLab's file import, and the
 * catalogue's status (docs/catalogue.md). Every sync and import is recorded with its outcome.
 */
@ApplicationScoped
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class);
    /** A file import runs in one transaction: all of the file or nothing of it. */
    private static final int IMPORT_TIMEOUT_SECONDS = 900;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    CatalogueConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    JobLock jobs;

    /** The LearningLab's "sync now" runs here, one at a time per replica, like the scheduled one. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "catalogue-sync");
        t.setDaemon(true);
        return t;
    });

    void onStop(@Observes ShutdownEvent ev) {
        worker.shutdownNow();
    }

    /** The catalogue's state for the LearningLab and the committee. */
    public record Status(long courses, boolean apiConfigured, boolean stale, CatalogueSync lastSucceeded,
                         CatalogueSync lastSync) {
    }

    @Scheduled(every = "${mooc.catalogue.sync.every}", identity = "catalogue-sync",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.apiUrl().isEmpty()) {
            return;   // no API configured: the catalogue comes from files
        }
        jobs.runAlone("catalogue-sync", () -> syncFromApi(config.apiUrl().get()));
    }

    /** Reads the whole catalogue from the API at {@code apiUrl} and stores it; returns the recorded sync. */
    public CatalogueSync syncFromApi(URI apiUrl) {
        CatalogueSync sync = begin(CatalogueSource.API, null);
        run(sync.id, sync.startedAt, apiUrl);
        return QuarkusTransaction.requiringNew().call(() -> CatalogueSync.<CatalogueSync>findById(sync.id));
    }

    /**
     * Starts a sync from the configured API now (the LearningLab's "sync now"), in the background; returns it while
     * it runs. Refused when no API is configured. A sync already running elsewhere wins: this one then fails with
     * {@code catalogue.sync.already-running}.
     */
    public CatalogueSync startSync(String username) {
        URI apiUrl = config.apiUrl().orElseThrow(() -> ProblemException.conflict("No Coursera API is configured "
                + "(mooc.catalogue.api-url): import a catalogue file instead"));
        CatalogueSync sync = begin(CatalogueSource.API, username);
        worker.execute(() -> {
            if (!jobs.runAlone("catalogue-sync", () -> run(sync.id, sync.startedAt, apiUrl))) {
                QuarkusTransaction.requiringNew().run(() -> finish(sync.id, CatalogueSyncOutcome.FAILED, 0,
                        "catalogue.sync.already-running", "Another sync was running"));
            }
        });
        return sync;
    }

    private CatalogueSync begin(CatalogueSource source, String username) {
        OffsetDateTime startedAt = Timestamps.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            CatalogueSync s = CatalogueSync.start(source, username, startedAt);
            s.persist();
            return s;
        });
    }

    private void run(UUID syncId, OffsetDateTime startedAt, URI apiUrl) {
        CatalogueConfig.Sync s = config.sync();
        CourseraCatalogueClient client = new CourseraCatalogueClient(new CourseraCatalogueClient.Settings(apiUrl,
                s.pageSize(), s.attempts(), s.backoff(), s.requestTimeout(), s.maxDuration()), mapper);
        long t0 = System.nanoTime();
        try {
            CourseraCatalogueClient.Result r = client.readAll(page -> QuarkusTransaction.requiringNew().run(
                    () -> catalogue.upsert(markOwn(page.courses()), Timestamps.now())));
            // a read as long as Coursera's total is complete: what it did not see has left the catalogue
            boolean complete = r.total() != null && r.courses() + r.skipped() >= r.total();
            int removed = QuarkusTransaction.requiringNew().call(() -> {
                int gone = complete ? catalogue.removeNotFetchedSince(startedAt) : 0;
                catalogue.recountTerms();
                finish(syncId, CatalogueSyncOutcome.SUCCEEDED, r.courses(), null, null);
                return gone;
            });
            double seconds = (System.nanoTime() - t0) / 1e9;
            LOG.infof("Catalogue sync: %d courses in %d pages from %s in %.1f s (%.0f courses/s), %d skipped, %d removed",
                    r.courses(), r.pages(), apiUrl, seconds, r.courses() / Math.max(seconds, 1e-3), r.skipped(), removed);
        } catch (CatalogueUnavailable e) {
            LOG.warnf("Catalogue sync from %s failed (%s): %s", apiUrl, e.code(), e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> {
                catalogue.recountTerms();   // pages read before the failure were stored
                finish(syncId, CatalogueSyncOutcome.FAILED, 0, e.code(), e.getMessage());
            });
        } catch (RuntimeException e) {
            // the sync is never left RUNNING: whatever broke is recorded and logged
            LOG.errorf(e, "Catalogue sync from %s failed", apiUrl);
            QuarkusTransaction.requiringNew().run(() -> finish(syncId, CatalogueSyncOutcome.FAILED, 0,
                    "catalogue.sync.failed", e.toString()));
        }
    }

    /**
     * Imports a catalogue file (Coursera's JSON or CSV) in one transaction: a file with any bad course is refused as a
     * whole with every problem found (codes and parameters), and nothing of it is kept.
     */
    public CatalogueSync importFile(InputStream body, CatalogueFile.Format format, String username) {
        CatalogueSync sync = begin(CatalogueSource.FILE, username);
        OffsetDateTime startedAt = sync.startedAt;
        CatalogueFile.Result result;
        try {
            result = QuarkusTransaction.requiringNew().timeout(IMPORT_TIMEOUT_SECONDS).call(() -> {
                CatalogueFile.Result r = read(body, format, batch -> catalogue.upsert(markOwn(batch), startedAt));
                if (!r.errors().isEmpty()) {
                    throw new Rejected(r);
                }
                catalogue.recountTerms();
                finish(sync.id, CatalogueSyncOutcome.SUCCEEDED, r.courses(), null, null);
                return r;
            });
        } catch (Rejected e) {
            List<CatalogueRowError> errors = e.result.errors();
            // A refused file is the caller's 400 with every problem in it, and a 400 writes nothing: its sync row goes
            // too (the log keeps the attempt). Failed syncs from Coursera's API stay in the status.
            QuarkusTransaction.requiringNew().run(() -> CatalogueSync.deleteById(sync.id));
            LOG.warnf("Catalogue file from %s refused: %d problem(s); first: %s", username, errors.size(),
                    errors.get(0).message());
            throw rejected(errors);
        }
        LOG.infof("Catalogue file imported by %s: %d courses (%s)", username, result.courses(), format);
        return QuarkusTransaction.requiringNew().call(() -> CatalogueSync.<CatalogueSync>findById(sync.id));
    }

    public Status status() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<CatalogueSync> ok = catalogue.lastSucceeded();
            OffsetDateTime limit = Timestamps.now().minus(config.staleAfter());
            boolean stale = ok.isEmpty() || ok.get().finishedAt.isBefore(limit);
            return new Status(catalogue.courseCount(), config.apiUrl().isPresent(), stale, ok.orElse(null),
                    catalogue.lastStarted().orElse(null));
        });
    }

    /** Marks the courses one of the university's own partner ids or names offers. */
    List<CatalogueCourse> markOwn(List<CatalogueCourse> courses) {
        Set<String> own = config.ownPartner().orElse(List.of()).stream().map(CatalogueService::key)
                .filter(k -> !k.isEmpty()).collect(Collectors.toSet());
        if (own.isEmpty()) {
            return courses;
        }
        return courses.stream().map(c -> c.withOwnUniversity(c.partners().stream()
                .anyMatch(p -> own.contains(key(p.id())) || own.contains(key(p.name()))))).toList();
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private CatalogueFile.Result read(InputStream body, CatalogueFile.Format format,
                                      java.util.function.Consumer<List<CatalogueCourse>> batches) {
        try {
            return CatalogueFile.read(body, format, mapper, batches);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the catalogue file failed", e);
        }
    }

    private static void finish(UUID id, CatalogueSyncOutcome outcome, int courses, String code, String detail) {
        CatalogueSync s = CatalogueSync.findById(id);
        s.outcome = outcome;
        s.courses = courses;
        s.finishedAt = Timestamps.now();
        s.errorCode = code;
        s.errorDetail = detail == null ? null : detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    }

    private static ProblemException rejected(List<CatalogueRowError> errors) {
        List<Map<String, Object>> rows = errors.stream().map(e -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("row", e.row());
            if (e.field() != null) {
                r.put("field", e.field());
            }
            r.put("code", e.code());
            r.put("params", e.params());
            return r;
        }).toList();
        return new ProblemException(ProblemType.VALIDATION, "The catalogue file was not imported: " + errors.size()
                + (errors.size() >= CatalogueFile.MAX_ERRORS ? " or more" : "") + " problem(s); the first: "
                + errors.get(0).message() + ". Nothing of the file was kept.",
                errors.stream().map(e -> new Problem.FieldError(e.field() == null ? "row " + e.row()
                        : "row " + e.row() + " " + e.field(), e.code())).toList())
                .with("rows", rows);
    }

    /** A file with problems: thrown inside the import's transaction so that it rolls back. */
    private static final class Rejected extends RuntimeException {
        final CatalogueFile.Result result;

        Rejected(CatalogueFile.Result result) {
            super("rejected", null, false, false);
            this.result = result;
        }
    }
}
