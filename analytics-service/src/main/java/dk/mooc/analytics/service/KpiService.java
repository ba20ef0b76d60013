package dk.mooc.analytics.service;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.SemesterKpis;
import dk.mooc.analytics.repository.KpiRepository;
import dk.mooc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A course's KPIs per semester with the trend against the previous semester (docs/analytics.md, "KPIs"). */
@ApplicationScoped
public class KpiService {

    public static final int DEFAULT_TOP_COUNTRIES = 10;

    @Inject
    CourseService courses;

    @Inject
    KpiRepository kpis;

    /** The KPIs of a course the caller may read; the latest semester with data when {@code semester} is null. */
    public SemesterKpis kpis(UUID moocId, String semester, int topCountries) {
        LaunchedCourse course = courses.get(moocId);
        Semester s;
        if (semester == null || semester.isBlank()) {
            List<Semester> all = semesters(course);
            s = all.isEmpty() ? course.launchSemester() : all.get(0);
        } else {
            s = parse(semester);
        }
        return of(course, s, topCountries);
    }

    /** The KPIs of a course already checked by the caller. */
    public SemesterKpis of(LaunchedCourse course, Semester semester, int topCountries) {
        return SemesterKpis.of(course, semester, kpis.figures(course.moocId, semester),
                kpis.figures(course.moocId, semester.previous()), topCountries);
    }

    /** The semesters of a course the caller may read, newest first. */
    public List<Semester> semesters(UUID moocId) {
        return semesters(courses.get(moocId));
    }

    /** From the launch (or the first data) to the last semester with data, newest first. */
    List<Semester> semesters(LaunchedCourse course) {
        Semester[] range = kpis.dataRange(course.moocId);
        Semester first = course.launchSemester();
        Semester last = first;
        if (range != null) {
            first = range[0].compareTo(first) < 0 ? range[0] : first;
            last = range[1].compareTo(last) > 0 ? range[1] : last;
        }
        List<Semester> list = new ArrayList<>();
        for (Semester s = last; s.compareTo(first) >= 0; s = s.previous()) {
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
