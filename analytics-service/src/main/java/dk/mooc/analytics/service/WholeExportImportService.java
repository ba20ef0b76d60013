package dk.mooc.analytics.service;

import dk.mooc.analytics.ImportProblem;
import dk.mooc.analytics.ExportImport;
import dk.mooc.analytics.ExportImportTable;
import dk.mooc.analytics.ImportSource;
import dk.mooc.analytics.ImportStatus;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.TableImportStatus;
import dk.mooc.analytics.imports.ExportLoader;
import dk.mooc.analytics.imports.ExportUpload;
import dk.mooc.analytics.imports.ImportRejected;
import dk.mooc.analytics.repository.ExportRepository;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Imports a course's whole Coursera export in one upload (docs/analytics.md, "Coursera exports"): the zip archive or
 * the folder of CSV files, as Coursera delivers it. The upload is first kept on disk (never in memory), its tables
 * found and checked, and one import record written with an entry per table; the answer is then 202 and the import
 * runs on this service's import worker, the record showing each table's progress. All tables are imported in one
 * transaction: the export is kept whole or, when one table is invalid, not at all.
 */
@ApplicationScoped
public class WholeExportImportService {

    private static final Logger LOG = Logger.getLogger(WholeExportImportService.class);

    @Inject
    CourseService courses;

    @Inject
    AnalyticsAccess access;

    @Inject
    ExportRepository exports;

    @Inject
    EntityManager em;

    @Inject
    LearnerDataService learnerData;

    /** Loads each table as the per-table import does. */
    @Inject
    ExportImportService tables;

    @ConfigProperty(name = "mooc.analytics.import.timeout", defaultValue = "PT2H")
    Duration timeout;

    /** The most a whole export may hold once expanded (a zip compresses CSV about tenfold). */
    @ConfigProperty(name = "mooc.analytics.import.max-expanded-bytes", defaultValue = "34359738368")
    long maxExpandedBytes;

    /** One import at a time per replica: an import is bound by the database, and a second would only slow both. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export-import");
        t.setDaemon(true);
        return t;
    });

    void onStop(@Observes ShutdownEvent ev) {
        worker.shutdownNow();
    }

    /** The export as Coursera's zip archive, streamed to disk first. */
    public ExportImport importZip(UUID moocId, InputStream body, boolean replace) {
        LaunchedCourse course = courses.forImport(moocId);
        Path dir = workDir();
        try {
            Path archive = dir.resolve("export.zip");
            Files.copy(body, archive);
            return start(course, ExportUpload.zip(archive, maxExpandedBytes), ImportSource.ZIP, dir, replace);
        } catch (IOException e) {
            delete(dir);
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The upload could not be read to its end: "
                    + e.getMessage() + "; nothing of it was imported");
        } catch (RuntimeException e) {
            delete(dir);
            throw refusal(e);
        }
    }

    /** The export as its folder: each file's path inside the folder and where the upload left it on disk. */
    public ExportImport importFolder(UUID moocId, List<Map.Entry<String, Path>> files, boolean replace) {
        LaunchedCourse course = courses.forImport(moocId);
        if (files.isEmpty()) {
            throw ProblemException.invalid("file", "choose the folder of the export's CSV files: the upload holds no file");
        }
        Path dir = workDir();
        try {
            // the uploads are deleted when the request ends; the import runs after that
            List<Map.Entry<String, Path>> kept = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, Path> f : files) {
                Path to = dir.resolve("file-" + i++);
                Files.move(f.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
                kept.add(Map.entry(f.getKey(), to));
            }
            return start(course, ExportUpload.folder(kept, maxExpandedBytes), ImportSource.FOLDER, dir, replace);
        } catch (IOException e) {
            delete(dir);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(dir);
            throw refusal(e);
        }
    }

    private static RuntimeException refusal(RuntimeException e) {
        return e instanceof ExportUpload.Refused r ? ProblemException.invalid("file", r.getMessage()) : e;
    }

    private ExportImport start(LaunchedCourse course, ExportUpload upload, ImportSource source, Path dir,
                               boolean replace) {
        String by = access.username();
        ExportImport record;
        try {
            record = QuarkusTransaction.requiringNew().call(() -> {
                exports.failStale(course.moocId, Timestamps.now().minus(timeout));
                if (exports.count("moocId = ?1 and status = ?2", course.moocId, ImportStatus.RUNNING) > 0) {
                    throw ProblemException.conflict("An import for this course is running; upload the export again when"
                            + " it has finished");
                }
                ExportImport r = new ExportImport();
                r.id = UUID.randomUUID();
                r.moocId = course.moocId;
                r.source = source;
                r.replacesData = replace;
                r.status = ImportStatus.RUNNING;
                r.startedAt = Timestamps.now();
                r.importedBy = by;
                r.ignoredFiles = upload.ignored().isEmpty() ? null : String.join("\n", upload.ignored());
                r.persist();
                int position = 0;
                for (ExportUpload.TableFile t : upload.tables()) {
                    ExportImportTable.pending(r.id, position++, t.table().tableName(), t.file(), t.bytes()).persist();
                }
                return r;
            });
        } catch (RuntimeException e) {
            close(upload, dir);
            throw e;
        }
        Instant uploadedAt = record.startedAt.toInstant();
        LOG.infof("Import %s: the whole export (%s, %d tables, %d files ignored%s) for MOOC %s by %s accepted", record.id,
                source, upload.tables().size(), upload.ignored().size(), replace ? ", replacing the course's data" : "",
                course.moocId, by);
        worker.submit(() -> run(record.id, course, upload, uploadedAt, dir, replace ? by : null));
        return record;
    }

    /** Imports the upload; {@code replacedBy} (the importer) when it replaces the course's learner data, else null. */
    private void run(UUID id, LaunchedCourse course, ExportUpload upload, Instant uploadedAt, Path dir,
                     String replacedBy) {
        long started = System.nanoTime();
        try {
            QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds()).run(() -> {
                if (replacedBy != null) {
                    // in the import's transaction: when a table is refused, the course's data stays as it was
                    try {
                        learnerData.replaceBy(course, replacedBy);
                    } catch (dk.mooc.platform.problem.ProblemException busy) {
                        throw new Busy("another table");
                    }
                }
                long rowsRead = 0;
                long rowsChanged = 0;
                for (ExportUpload.TableFile t : upload.tables()) {
                    if (!exports.tryLock(course.moocId, t.table())) {
                        throw new Busy(t.table().tableName());
                    }
                    String table = t.table().tableName();
                    table(id, table, e -> e.status = TableImportStatus.RUNNING);
                    ExportLoader.Result result;
                    try (ExportUpload.Counting in = new ExportUpload.Counting(t.open())) {
                        result = tables.load(course, t.table(), in, uploadedAt, rows -> table(id, table, e -> {
                            e.rowsRead = rows;
                            e.bytesRead = Math.min(in.count(), e.bytesTotal);
                        }));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    table(id, table, e -> {
                        e.status = TableImportStatus.VALIDATED;
                        e.rowsRead = result.rowsRead();
                        e.rowsChanged = result.rowsChanged();
                        e.bytesRead = e.bytesTotal;
                    });
                    rowsRead += result.rowsRead();
                    rowsChanged += result.rowsChanged();
                }
                // nothing imported outlives the course's retention (rows from before it are deleted again)
                learnerData.afterImport(course);
                // the result is written in the import's own transaction: the data and "COMPLETED" are kept together
                ExportImport r = exports.findById(id);
                r.complete(rowsRead, rowsChanged, Timestamps.now());
                em.createQuery("update ExportImportTable set status = ?1 where importId = ?2")
                        .setParameter(1, TableImportStatus.COMPLETED).setParameter(2, id).executeUpdate();
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            ExportImport r = QuarkusTransaction.requiringNew().call(() -> exports.findById(id));
            LOG.info(String.format(Locale.ROOT, "Import %s: the whole export for MOOC %s completed: %,d rows read, %,d changed"
                    + " in %.1f s (%,.0f rows/s)", id, course.moocId, r.rowsRead, r.rowsChanged, seconds,
                    r.rowsRead / Math.max(seconds, 0.001)));
        } catch (ImportRejected e) {
            String problem = e.table() + " line " + e.line() + (e.column() == null ? "" : ", column " + e.column()) + ": "
                    + e.getMessage() + ". Nothing of the export was imported.";
            finish(id, r -> r.reject(e.line(), e.column(), e.code(), e.params(), problem, Timestamps.now()), e.table(), t -> {
                t.status = TableImportStatus.REJECTED;
                t.problemCode = e.code();
                t.problemParams = e.params();
                t.problem = truncate(e.getMessage());
                t.problemLine = e.line();
                t.problemColumn = e.column();
            });
            LOG.infof("Import %s rejected: %s line %d, column %s: %s", id, e.table(), e.line(), e.column(), e.getMessage());
        } catch (Busy e) {
            finish(id, r -> r.fail(ImportProblem.TABLE_IMPORT_RUNNING, Map.of("table", e.getMessage()),
                    "An import of " + e.getMessage() + " for this course was running; nothing of the export"
                    + " was imported. Upload it again when that import has finished.", Timestamps.now()), null, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s of the whole export for MOOC %s failed", id, course.moocId);
            finish(id, r -> r.fail(ImportProblem.IMPORT_FAILED, Map.of("error", e.getClass().getSimpleName()),
                    "The import failed (" + e.getClass().getSimpleName() + "); nothing of the export was"
                    + " imported", Timestamps.now()), null, null);
        } finally {
            close(upload, dir);
        }
    }

    /** An import of one of the tables holds its lock. */
    private static final class Busy extends RuntimeException {
        Busy(String table) {
            super(table, null, false, false);
        }
    }

    /** Changes one table's entry in a transaction of its own, so the progress shows while the import runs. */
    private void table(UUID id, String table, java.util.function.Consumer<ExportImportTable> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(tableEntry(id, table)));
    }

    private ExportImportTable tableEntry(UUID id, String table) {
        ExportImportTable.Key key = new ExportImportTable.Key();
        key.importId = id;
        key.table = table;
        return em.find(ExportImportTable.class, key);
    }

    /** The end of an import that kept nothing: the record, the table that was at fault, and the others not kept. */
    private void finish(UUID id, java.util.function.Consumer<ExportImport> record, String faultyTable,
                        java.util.function.Consumer<ExportImportTable> fault) {
        QuarkusTransaction.requiringNew().run(() -> {
            record.accept(exports.findById(id));
            List<ExportImportTable> entries = ExportImportTable.list("importId", id);
            for (ExportImportTable t : entries) {
                if (t.table.equals(faultyTable)) {
                    fault.accept(t);
                } else {
                    t.status = TableImportStatus.NOT_KEPT;
                }
            }
        });
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

    private static Path workDir() {
        try {
            return Files.createTempDirectory("mooc-export-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(ExportUpload upload, Path dir) {
        try {
            upload.close();
        } catch (IOException e) {
            LOG.warnf("Could not close the upload in %s: %s", dir, e.getMessage());
        }
        delete(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not delete the upload's files in %s: %s", dir, e.getMessage());
        }
    }
}
