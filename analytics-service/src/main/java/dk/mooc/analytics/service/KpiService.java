package dk.mooc.analytics.service;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.SemesterKpis;
import dk.mooc.analytics.repository.KpiRepository;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.web.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** A course's KPIs per semester with the trend against the previous semester (docs/analytics.md, "KPIs"). */
@ApplicationScoped
public class KpiService {

    public static final int DEFAULT_TOP_COUNTRIES = 10;

    @Inject
    CourseService courses;

    @Inject
    KpiRepository kpis;

    /**
     * The KPIs of a course the caller may read. Without {@code semester}, those of the semester the course opens on
     * ({@link #defaultSemester}); when no semester has begun with data yet, those of the launch semester, whose
     * {@code hasData} (and, for a launch still ahead, {@code started}) says so.
     */
    public SemesterKpis kpis(UUID moocId, String semester, int topCountries) {
        LaunchedCourse course = courses.get(moocId);
        Semester s = semester == null || semester.isBlank()
                ? defaultSemester(course).orElse(course.launchSemester())
                : parse(semester);
        return of(course, s, topCountries);
    }

    /** The KPIs of a course already checked by the caller. */
    public SemesterKpis of(LaunchedCourse course, Semester semester, int topCountries) {
        return of(course, List.of(semester), topCountries).get(0);
    }

    /**
     * The KPIs of each of the given semesters of a course already checked by the caller, in the given order. Each
     * semester's figures are counted once, although a semester's are also the trend's
     * "previous" of the semester after it (the course's page reads its latest semesters together).
     */
    public List<SemesterKpis> of(LaunchedCourse course, List<Semester> semesters, int topCountries) {
        Map<Semester, SemesterKpis.Figures> counted = new HashMap<>();
        Function<Semester, SemesterKpis.Figures> figures = s -> counted.computeIfAbsent(s, x -> kpis.figures(course, x));
        LocalDate today = Timestamps.today();
        return semesters.stream()
                .map(s -> SemesterKpis.of(course, s, today, figures.apply(s), figures.apply(s.previous()), topCountries))
                .toList();
    }

    /** The semesters of a course the caller may read, newest first. */
    public List<Semester> semesters(UUID moocId) {
        return semesters(courses.get(moocId));
    }

    /**
     * The semester a course's KPIs open on: the newest that has begun (by the platform's clock) and has data; empty
     * when none has, e.g. before the first export is imported or while the launch is still ahead.
     */
    public Optional<Semester> defaultSemester(LaunchedCourse course) {
        return semesters(course).stream().findFirst();
    }

    /**
     * The semesters that have begun, from the launch (or the first data, e.g. pre-enrolments) to the newest with data,
     * newest first; none without data. A semester still ahead is never listed, even with rows dated in it, and one
     * that has begun after the last data is not either: its figures would all be zero. So the first is the default.
     */
    List<Semester> semesters(LaunchedCourse course) {
        Semester current = Semester.of(Timestamps.today());
        Semester[] range = kpis.dataRange(course.moocId, current.end());
        // semesters whose learner rows are deleted keep their figures, and with them whether they had data
        List<Semester> kept = kpis.keptWithData(course.moocId);
        if (!kept.isEmpty()) {
            Semester oldest = kept.get(0);
            Semester newest = kept.get(kept.size() - 1);
            range = range == null ? new Semester[] {oldest, newest} : new Semester[] {
                oldest.compareTo(range[0]) < 0 ? oldest : range[0], newest.compareTo(range[1]) > 0 ? newest : range[1]};
        }
        if (range == null) {
            return List.of();
        }
        Semester first = range[0].compareTo(course.launchSemester()) < 0 ? range[0] : course.launchSemester();
        List<Semester> list = new ArrayList<>();
        for (Semester s = range[1]; s.compareTo(first) >= 0; s = s.previous()) {
            list.add(s);
        }
        return list;
    }

    public static Semester parse(String semester) {
        try {
            return Semester.parse(semester);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("semester", e.getMessage());
        }
    }
}
