package dk.mooc.analytics.service;

import dk.mooc.platform.jobs.JobLock;
import dk.mooc.analytics.DeletionReason;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.LearnerDataDeletion;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.imports.ExportTable;
import dk.mooc.analytics.repository.ExportRepository;
import dk.mooc.analytics.repository.KpiRepository;
import dk.mooc.analytics.repository.LaunchedCourseRepository;
import dk.mooc.analytics.repository.LearnerDataRepository;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A course's learner data as personal data (docs/analytics.md, "Personal data"): learner rows are kept for the
 * course's retention period after the semester they are dated in; then the semester's figures are kept and its rows
 * deleted. An administrator can delete a course's learner data, and a whole export can replace it. Every deletion is
 * recorded. Each change runs under the locks of all the course's export tables, so no import runs meanwhile.
 */
@ApplicationScoped
public class LearnerDataService {

    private static final Logger LOG = Logger.getLogger(LearnerDataService.class);

    public static final int MIN_RETENTION_MONTHS = 12;
    public static final int MAX_RETENTION_MONTHS = 120;

    @Inject
    JobLock jobs;

    @Inject
    CourseService courses;

    @Inject
    AnalyticsAccess access;

    @Inject
    LaunchedCourseRepository courseRepository;

    @Inject
    LearnerDataRepository learnerData;

    @Inject
    KpiRepository kpis;

    @Inject
    ExportRepository exports;

    /** How long learner rows are kept after the end of the semester they are dated in, unless the course says. */
    @ConfigProperty(name = "mooc.analytics.retention.default-months", defaultValue = "36")
    int defaultMonths;

    /** What one application of the retention did. */
    public record Purge(long rowsDeleted, int semestersKept) {
        static final Purge NONE = new Purge(0, 0);
    }

    @Scheduled(every = "${mooc.analytics.retention.every}", delayed = "${mooc.analytics.retention.delayed}",
            identity = "learner-data-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runAlone("learner-data-retention", () -> {
            applyRetention(Timestamps.today());
        });
    }

    /** Applies every course's retention on {@code today}, each course in a transaction of its own; returns the rows deleted. */
    public long applyRetention(LocalDate today) {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() ->
                courseRepository.findAll().stream().map(c -> c.moocId).toList());
        long rows = 0;
        for (UUID id : ids) {
            Purge p = QuarkusTransaction.requiringNew().call(() -> {
                LaunchedCourse course = courseRepository.findById(id);
                if (!lockAll(id)) {
                    LOG.infof("Retention of MOOC %s skipped: an import is running; the next run applies it", id);
                    return Purge.NONE;
                }
                return applyRetention(course, today);
            });
            rows += p.rowsDeleted();
        }
        return rows;
    }

    /**
     * Applies the course's retention on {@code today}, in the caller's transaction, under the locks of all its tables
     * ({@link #lockAll}): the semesters that ended at least the retention period ago keep their figures and lose their
     * learner rows; rows imported again from before an earlier deletion are deleted again.
     */
    public Purge applyRetention(LaunchedCourse course, LocalDate today) {
        Purge p = purgeBefore(course, cutoff(course, today));
        if (p.rowsDeleted() > 0 || p.semestersKept() > 0) {
            LearnerDataDeletion.of(course.moocId, DeletionReason.RETENTION, course.purgedBefore, p.rowsDeleted(),
                    p.semestersKept(), true, LearnerDataDeletion.RETENTION_JOB, Timestamps.now()).persist();
            LOG.infof("Retention of MOOC %s: %,d learner rows dated before %s deleted, the figures of %d semester(s) kept",
                    course.moocId, p.rowsDeleted(), course.purgedBefore, p.semestersKept());
        }
        return p;
    }

    /** After an import, in its transaction: the retention applies to what it brought, when no other import runs. */
    public void afterImport(LaunchedCourse course) {
        if (lockAll(course.moocId)) {
            applyRetention(courseRepository.findById(course.moocId), Timestamps.today());
        }
    }

    /** Rows dated before this are past the course's retention on {@code today}: the start of a semester. */
    public OffsetDateTime cutoff(LaunchedCourse course, LocalDate today) {
        return Semester.of(today.minusMonths(months(course))).start();
    }

    public int months(LaunchedCourse course) {
        return course.retentionMonths != null ? course.retentionMonths : defaultMonths;
    }

    public int defaultMonths() {
        return defaultMonths;
    }

    /** Deletes the rows dated before {@code cutoff}, keeping their semesters' figures first; the caller records it. */
    private Purge purgeBefore(LaunchedCourse course, OffsetDateTime cutoff) {
        UUID moocId = course.moocId;
        long rows = 0;
        if (course.purgedBefore != null) {
            // rows imported again from the period already deleted: their semesters' figures are kept already
            rows += learnerData.deleteBefore(moocId, course.purgedBefore);
        }
        int kept = 0;
        OffsetDateTime oldest = learnerData.oldestRow(moocId);
        if (oldest != null && oldest.isBefore(cutoff)
                && (course.purgedBefore == null || cutoff.isAfter(course.purgedBefore))) {
            // keep the figures of every semester up to the cutoff first, empty ones between included (their
            // "enrolled to date" is not zero), counted from the rows about to go
            Semester first = Semester.of(oldest.toInstant());
            OffsetDateTime now = Timestamps.now();
            for (Semester s = first; !s.end().isAfter(cutoff); s = s.next()) {
                if (kpis.kept(moocId, s).isEmpty() && kpis.keep(moocId, s, kpis.counted(course, s), now)) {
                    kept++;
                }
            }
            long enrolledBefore = kpis.enrolledToDate(course, cutoff);
            rows += learnerData.deleteBefore(moocId, cutoff);
            course.purgedBefore = cutoff;
            course.enrolledBeforePurge = enrolledBefore;
        }
        return new Purge(rows, kept);
    }

    /**
     * Replaces the course's learner data by the whole export being imported, in the import's transaction: all learner
     * rows go first (the lookups are the export's own and are merged), and the deletion is recorded; when the import
     * fails, the rollback keeps the data as it was. The figures kept from deleted semesters stay.
     */
    public void replaceBy(LaunchedCourse course, String by) {
        if (!lockAll(course.moocId)) {
            throw ProblemException.conflict("An import of the course is running; its data cannot be replaced meanwhile");
        }
        long rows = learnerData.deleteAll(course.moocId);
        LearnerDataDeletion.of(course.moocId, DeletionReason.REPLACED, null, rows, 0, true, by, Timestamps.now()).persist();
        LOG.infof("Learner data of MOOC %s: %,d rows deleted to be replaced by a whole export imported by %s",
                course.moocId, rows, by);
    }

    // --- the API: admins change the retention and delete; the course's importers see the state ---

    /** The course's learner data as its importers (instructor, consultant, admin) may see it. */
    public LaunchedCourse forReading(UUID moocId) {
        return courses.forImport(moocId);
    }

    public List<LearnerDataDeletion> deletions(UUID moocId) {
        return learnerData.deletions(moocId);
    }

    public List<Semester> semestersKept(UUID moocId) {
        return kpis.keptSemesters(moocId);
    }

    public OffsetDateTime oldestRow(UUID moocId) {
        return learnerData.oldestRow(moocId);
    }

    /** Sets the course's retention (null: the default) and applies it now when no import runs (else the next run). */
    public LaunchedCourse setRetention(UUID moocId, Integer months) {
        LaunchedCourse course = forAdmin(moocId);
        if (months != null && (months < MIN_RETENTION_MONTHS || months > MAX_RETENTION_MONTHS)) {
            throw ProblemException.invalid("months", "must be between " + MIN_RETENTION_MONTHS + " and "
                    + MAX_RETENTION_MONTHS + " (months after the end of the semester the data is dated in), or null for"
                    + " the default of " + defaultMonths);
        }
        course.retentionMonths = months;
        LOG.infof("Retention of MOOC %s set to %s by %s", moocId, months == null ? "the default (" + defaultMonths + " months)"
                : months + " months", access.username());
        if (lockAll(moocId)) {
            applyRetention(course, Timestamps.today());
        }
        return course;
    }

    /**
     * Deletes all of the course's learner rows. With {@code keepAggregates}, the semesters that have ended keep their
     * figures first (the KPIs stay, counted until now); without, they are discarded too and the course has no figures
     * until its export is imported again.
     */
    public LaunchedCourse deleteAll(UUID moocId, boolean keepAggregates) {
        LaunchedCourse course = forAdmin(moocId);
        if (!lockAll(moocId) || exports.wholeExportRunning(moocId)) {
            throw ProblemException.conflict("An import of the course is running; delete its learner data when it has finished");
        }
        int kept = 0;
        OffsetDateTime before = null;
        if (keepAggregates) {
            Purge p = purgeBefore(course, Semester.of(Timestamps.today()).start());
            kept = p.semestersKept();
            before = course.purgedBefore;
            long rows = p.rowsDeleted() + learnerData.deleteAll(moocId);
            record(course, before, rows, kept, true);
        } else {
            long rows = learnerData.deleteAll(moocId);
            kpis.discardKept(moocId);
            course.purgedBefore = null;
            course.enrolledBeforePurge = 0;
            record(course, null, rows, 0, false);
        }
        return course;
    }

    private void record(LaunchedCourse course, OffsetDateTime before, long rows, int kept, boolean aggregatesKept) {
        LearnerDataDeletion.of(course.moocId, DeletionReason.ADMINISTRATOR, before, rows, kept, aggregatesKept,
                access.username(), Timestamps.now()).persist();
        LOG.infof("Learner data of MOOC %s deleted by %s: %,d rows, figures of %s", course.moocId, access.username(), rows,
                aggregatesKept ? "the ended semesters kept" : "all semesters discarded");
    }

    private LaunchedCourse forAdmin(UUID moocId) {
        LaunchedCourse course = courses.get(moocId);
        if (!access.isAdmin()) {
            throw ProblemException.forbidden("Only an administrator changes the retention of or deletes a course's learner data");
        }
        return course;
    }

    /** Takes the locks of all the course's export tables for this transaction; false when an import holds one. */
    boolean lockAll(UUID moocId) {
        for (ExportTable t : ExportTable.values()) {
            if (!exports.tryLock(moocId, t)) {
                return false;
            }
        }
        return true;
    }
}
