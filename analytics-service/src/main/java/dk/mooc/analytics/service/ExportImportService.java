package dk.mooc.analytics.service;

import dk.mooc.analytics.ImportProblem;
import dk.mooc.analytics.ExportImport;
import dk.mooc.analytics.ExportImportTable;
import dk.mooc.analytics.ImportStatus;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.imports.ExportLoader;
import dk.mooc.analytics.imports.ExportTable;
import dk.mooc.analytics.imports.ImportRejected;
import dk.mooc.analytics.imports.Pseudonyms;
import dk.mooc.analytics.config.LearnerKey;
import dk.mooc.analytics.repository.ExportRepository;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.platform.web.ListQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Imports one table of a course's Coursera export from a stream (docs/analytics.md, "Coursera exports"). The rows
 * are validated and merged in one transaction: an invalid file is rejected with the table, line and column, and
 * nothing of it is kept. The import record is written in transactions of its own, so its progress shows while the
 * import runs and a rejection leaves its reason behind.
 */
@ApplicationScoped
public class ExportImportService {

    private static final Logger LOG = Logger.getLogger(ExportImportService.class);

    @Inject
    CourseService courses;

    @Inject
    AnalyticsAccess access;

    @Inject
    ExportRepository exports;

    @Inject
    EntityManager em;

    @Inject
    LearnerKey learnerKey;

    @Inject
    LearnerDataService learnerData;

    @ConfigProperty(name = "mooc.analytics.import.timeout", defaultValue = "PT2H")
    Duration timeout;

    @ConfigProperty(name = "mooc.analytics.import.progress-every", defaultValue = "100000")
    long progressEvery;

    public ExportImport importTable(UUID moocId, String tableName, InputStream body) {
        LaunchedCourse course = courses.forImport(moocId);
        ExportTable table = table(tableName);
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            // an import still RUNNING after the timeout was cut off (e.g. the service stopped): say so
            exports.failStale(course.moocId, Timestamps.now().minus(timeout));
            if (exports.wholeExportRunning(course.moocId)) {
                throw ProblemException.conflict("An import of the course's whole export is running; import "
                        + table.tableName() + " again when it has finished");
            }
            ExportImport r = new ExportImport();
            r.id = UUID.randomUUID();
            r.moocId = course.moocId;
            r.table = table.tableName();
            r.status = ImportStatus.RUNNING;
            r.startedAt = Timestamps.now();
            r.importedBy = access.username();
            r.persist();
            return r.id;
        });
        long started = System.nanoTime();
        java.time.Instant uploadedAt = Timestamps.now().toInstant();
        LOG.infof("Import %s: %s for MOOC %s by %s started", id, table.tableName(), moocId, access.username());
        ExportLoader.Result result;
        try {
            result = QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds()).call(() -> {
                if (!exports.tryLock(moocId, table)) {
                    throw ProblemException.conflict("An import of " + table.tableName() + " for this course is running;"
                            + " import again when it has finished");
                }
                ExportLoader.Result loaded = load(course, table, body, uploadedAt, rows -> progress(id, table, rows, started));
                // nothing imported outlives the course's retention (rows from before it are deleted again)
                learnerData.afterImport(course);
                return loaded;
            });
        } catch (ImportRejected e) {
            finish(id, r -> r.reject(e.line(), e.column(), e.code(), e.params(), e.getMessage(), Timestamps.now()));
            LOG.infof("Import %s rejected: %s line %d, column %s: %s", id, e.table(), e.line(), e.column(), e.getMessage());
            throw ImportProblems.of(e).with("importId", id);
        } catch (UncheckedIOException e) {
            finish(id, r -> r.fail(ImportProblem.UPLOAD_UNREADABLE, Map.of(),
                    "The upload could not be read to its end: " + e.getCause().getMessage(), Timestamps.now()));
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The upload could not be read to its end;"
                    + " nothing of it was imported").with("importId", id);
        } catch (RuntimeException e) {
            // the only refusal on the way is the table's lock: another import of it is running
            boolean busy = e instanceof ProblemException p && p.type() == ProblemType.CONFLICT;
            finish(id, r -> r.fail(busy ? ImportProblem.TABLE_IMPORT_RUNNING : ImportProblem.IMPORT_FAILED,
                    busy ? Map.of("table", table.tableName()) : Map.of("error", e.getClass().getSimpleName()),
                    e instanceof ProblemException ? e.getMessage() : "Unexpected error: " + e, Timestamps.now()));
            throw e;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(String.format(Locale.ROOT, "Import %s: %s for MOOC %s completed: %,d rows read, %,d changed in %.1f s"
                + " (%,.0f rows/s)", id, table.tableName(), moocId, result.rowsRead(), result.rowsChanged(), seconds,
                result.rowsRead() / Math.max(seconds, 0.001)));
        return finish(id, r -> r.complete(result.rowsRead(), result.rowsChanged(), Timestamps.now()));
    }

    /**
     * Loads one table of the course on the current transaction's connection, learner ids pseudonymised, telling
     * {@code progress} the rows read every {@code mooc.analytics.import.progress-every} rows. The caller holds the
     * table's lock; a rejected row throws {@link ImportRejected} and the caller's rollback keeps nothing.
     */
    ExportLoader.Result load(LaunchedCourse course, ExportTable table, InputStream body, java.time.Instant uploadedAt,
                             java.util.function.LongConsumer progress) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try {
                return ExportLoader.load(connection, table, course.moocId, body, Pseudonyms.hmac(learnerKey.bytes()),
                        uploadedAt, course.launchedOn, progressEvery, progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void progress(UUID id, ExportTable table, long rows, long started) {
        QuarkusTransaction.requiringNew().run(() -> exports.update("rowsRead = ?1 where id = ?2", rows, id));
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(String.format(Locale.ROOT, "Import %s: %s, %,d rows read (%,.0f rows/s)", id, table.tableName(), rows,
                rows / Math.max(seconds, 0.001)));
    }

    private ExportImport finish(UUID id, java.util.function.Consumer<ExportImport> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ExportImport r = exports.findById(id);
            change.accept(r);
            return r;
        });
    }

    private static ExportTable table(String name) {
        return ExportTable.byName(name).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "There is no export table " + name + "; the tables are " + String.join(", ", ExportTable.names())));
    }

    public PageResponse<ExportImport> imports(UUID moocId, int page, int size) {
        courses.get(moocId);
        ListQuery<ExportImport> q = exports.imports(moocId);
        return PageResponse.of(q, page, size);
    }

    public ExportImport importRecord(UUID moocId, UUID importId) {
        courses.get(moocId);
        ExportImport r = exports.findById(importId);
        if (r == null || !r.moocId.equals(moocId)) {
            throw ProblemException.notFound("Import", importId);
        }
        return r;
    }

    /** The table entries of whole-export imports, by import (one query for a page of imports). */
    public Map<UUID, java.util.List<ExportImportTable>> tables(java.util.List<ExportImport> imports) {
        return exports.tablesOf(imports.stream().map(r -> r.id).toList());
    }

    /** Rows stored per table for the course. */
    public Map<ExportTable, Long> rows(UUID moocId) {
        courses.get(moocId);
        return rowsOf(moocId);
    }

    /** Rows stored per table for a course the caller has checked. */
    public Map<ExportTable, Long> rowsOf(UUID moocId) {
        Map<ExportTable, Long> rows = new LinkedHashMap<>();
        for (ExportTable t : ExportTable.values()) {
            rows.put(t, exports.rows(moocId, t));
        }
        return rows;
    }
}
