package dk.mooc.analytics.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.SemesterKpis;
import dk.mooc.analytics.SemesterKpis.Figures;
import dk.mooc.analytics.SemesterKpis.NpsCounts;
import dk.mooc.analytics.imports.ExportTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts a course's semester figures in the database (docs/analytics.md, "KPIs"): a semester is [start, end) in UTC.
 * Memberships are a role log: an enrolled learner has a LEARNER membership in the semester and a last role in it
 * other than NOT_ENROLLED; an active learner has progress other than "not started" in it; a passed learner is an
 * enrolled one whose grade, in a passing state of the course, was reached after that enrolment and by the end.
 */
@ApplicationScoped
public class KpiRepository {

    /**
     * The learners enrolled in the semester with the time of their first LEARNER membership in it, as a subquery on
     * ?1..?3. The last role of the semester decides: a learner who ended it NOT_ENROLLED is not enrolled in it.
     */
    private static final String ENROLLED = "select user_id, min(member_since) filter (where role = 'LEARNER') enrolled_at"
            + " from coursera_membership where mooc_id = ?1 and member_since >= ?2 and member_since < ?3 group by user_id"
            + " having bool_or(role = 'LEARNER')"
            + " and (array_agg(role order by member_since desc, role = 'NOT_ENROLLED' desc))[1] <> 'NOT_ENROLLED'";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * The course's figures of the semester: those kept when its learner rows were deleted (retention), else counted
     * from the stored rows. A semester before the deleted period that has no kept figures had no data.
     */
    public Figures figures(LaunchedCourse course, Semester semester) {
        Optional<Figures> kept = kept(course.moocId, semester);
        if (kept.isPresent()) {
            return kept.get();
        }
        if (course.purgedBefore != null && !semester.end().isAfter(course.purgedBefore)) {
            return Figures.none();
        }
        return counted(course, semester);
    }

    /** The figures counted from the stored rows, never the kept ones (to keep them before the rows go). */
    public Figures counted(LaunchedCourse course, Semester semester) {
        UUID moocId = course.moocId;
        OffsetDateTime from = semester.start();
        OffsetDateTime to = semester.end();
        long enrolled = count("select count(*) from (" + ENROLLED + ") e", moocId, from, to);
        long active = count("select count(distinct user_id) from coursera_progress where mooc_id = ?1"
                + " and progress_at >= ?2 and progress_at < ?3"
                + " and state in (select state_id from (" + ExportTable.PROGRESS_STATES + ") k where activity)", moocId, from, to);
        // a grade reached before the learner's enrolment of this semester (passed earlier, then re-enrolled) is not this
        // semester's pass
        long passed = count("select count(*) from coursera_grade g join (" + ENROLLED + ") e on e.user_id = g.user_id"
                + " where g.mooc_id = ?1 and g.graded_at >= e.enrolled_at and g.graded_at < ?3"
                + " and g.passing_state in (select state_id from (" + ExportTable.PASSING_STATES + ") k where passed)",
                moocId, from, to);
        // a grade counts for the semester of its enrolment, so a semester with grades alone has nothing but zeros: grades
        // do not make it one with data
        boolean hasData = (Boolean) em.createNativeQuery("select"
                        + " exists (select 1 from coursera_membership where mooc_id = ?1 and member_since >= ?2 and member_since < ?3)"
                        + " or exists (select 1 from coursera_progress where mooc_id = ?1 and progress_at >= ?2 and progress_at < ?3)"
                        + " or exists (select 1 from coursera_rating where mooc_id = ?1 and rated_at >= ?2 and rated_at < ?3)")
                .setParameter(1, moocId).setParameter(2, from).setParameter(3, to).getSingleResult();
        Object[] r = (Object[]) em.createNativeQuery("select"
                        + " count(*) filter (where feedback_system = 'STAR'),"
                        + " coalesce(sum(rating) filter (where feedback_system = 'STAR'), 0),"
                        + " count(*) filter (where feedback_system = 'NPS_FIRST_WEEK'),"
                        + " count(*) filter (where feedback_system = 'NPS_FIRST_WEEK' and rating >= 9),"
                        + " count(*) filter (where feedback_system = 'NPS_FIRST_WEEK' and rating <= 6),"
                        + " count(*) filter (where feedback_system = 'NPS_END_OF_COURSE'),"
                        + " count(*) filter (where feedback_system = 'NPS_END_OF_COURSE' and rating >= 9),"
                        + " count(*) filter (where feedback_system = 'NPS_END_OF_COURSE' and rating <= 6)"
                        + " from coursera_rating where mooc_id = ?1 and rated_at >= ?2 and rated_at < ?3")
                .setParameter(1, moocId).setParameter(2, from).setParameter(3, to).getSingleResult();
        Map<String, Long> countries = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select l.country_code, count(*) from (" + ENROLLED + ") e"
                        + " left join coursera_learner l on l.mooc_id = ?1 and l.user_id = e.user_id group by l.country_code")
                .setParameter(1, moocId).setParameter(2, from).setParameter(3, to).getResultList();
        for (Object[] row : rows) {
            countries.put((String) row[0], ((Number) row[1]).longValue());
        }
        long toDate = enrolledToDate(course, to);
        return new Figures(hasData, enrolled, active, passed, n(r[0]), n(r[1]), new NpsCounts(n(r[2]), n(r[3]), n(r[4])),
                new NpsCounts(n(r[5]), n(r[6]), n(r[7])), countries, toDate);
    }

    /**
     * Distinct learners with a LEARNER membership before {@code before}. Once rows before {@code purgedBefore} are
     * deleted, those learners are the kept count {@code enrolledBeforePurge}, and the stored memberships add only the
     * learners who were not among them (those still in the data are listed in coursera_earlier_learner).
     */
    public long enrolledToDate(LaunchedCourse course, OffsetDateTime before) {
        if (course.purgedBefore == null) {
            return n(em.createNativeQuery("select count(distinct user_id) from coursera_membership"
                            + " where mooc_id = ?1 and role = 'LEARNER' and member_since < ?2")
                    .setParameter(1, course.moocId).setParameter(2, before).getSingleResult());
        }
        if (!before.isAfter(course.purgedBefore)) {
            // a semester inside the deleted period has kept figures; this is only asked for the period's end
            return course.enrolledBeforePurge;
        }
        return course.enrolledBeforePurge + n(em.createNativeQuery("select count(distinct m.user_id) from coursera_membership m"
                        + " where m.mooc_id = ?1 and m.role = 'LEARNER' and m.member_since >= ?2 and m.member_since < ?3"
                        + " and not exists (select 1 from coursera_earlier_learner e where e.mooc_id = ?1 and e.user_id = m.user_id)")
                .setParameter(1, course.moocId).setParameter(2, course.purgedBefore).setParameter(3, before)
                .getSingleResult());
    }

    /** The figures kept for a semester of the course whose learner rows were deleted. */
    public Optional<Figures> kept(UUID moocId, Semester semester) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select figures::text from semester_figures where mooc_id = ?1 and semester = ?2")
                .setParameter(1, moocId).setParameter(2, semester.toString()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(rows.get(0), Figures.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The kept figures of " + moocId + " " + semester + " cannot be read", e);
        }
    }

    /** The semesters of the course with kept figures, oldest first. */
    public List<Semester> keptSemesters(UUID moocId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select semester from semester_figures where mooc_id = ?1")
                .setParameter(1, moocId).getResultList();
        return rows.stream().map(Semester::parse).sorted().toList();
    }

    /** The semesters of the course with kept figures that had data, oldest first. */
    public List<Semester> keptWithData(UUID moocId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select semester from semester_figures where mooc_id = ?1"
                + " and (figures ->> 'hasData')::boolean").setParameter(1, moocId).getResultList();
        return rows.stream().map(Semester::parse).sorted().toList();
    }

    /** Keeps a semester's figures (the country without a code as UNKNOWN); a semester already kept stays as it was. */
    public boolean keep(UUID moocId, Semester semester, Figures figures, OffsetDateTime at) {
        Map<String, Long> countries = new HashMap<>();
        figures.learnersByCountry().forEach((k, v) -> countries.merge(k == null ? SemesterKpis.UNKNOWN : k, v, Long::sum));
        Figures stored = new Figures(figures.hasData(), figures.enrolled(), figures.active(), figures.passed(),
                figures.ratings(), figures.ratingSum(), figures.firstWeek(), figures.endOfCourse(), countries,
                figures.enrolledToDate());
        try {
            return em.createNativeQuery("insert into semester_figures (mooc_id, semester, figures, kept_at)"
                            + " values (?1, ?2, cast(?3 as jsonb), ?4) on conflict do nothing")
                    .setParameter(1, moocId).setParameter(2, semester.toString())
                    .setParameter(3, json.writeValueAsString(stored)).setParameter(4, at).executeUpdate() == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Discards the course's kept figures. */
    public int discardKept(UUID moocId) {
        return em.createNativeQuery("delete from semester_figures where mooc_id = ?1").setParameter(1, moocId).executeUpdate();
    }

    /**
     * The first and last semester with any membership, progress or rating of the course dated before {@code before}
     * (rows of semesters that have not begun are left out); null without such data. Grades are not data of their own
     * semester (see {@link #figures}).
     */
    public Semester[] dataRange(UUID moocId, OffsetDateTime before) {
        Object[] r = (Object[]) em.createNativeQuery("select min(f), max(l) from ("
                        + " select min(member_since) f, max(member_since) l from coursera_membership where mooc_id = ?1 and member_since < ?2"
                        + " union all select min(progress_at), max(progress_at) from coursera_progress where mooc_id = ?1 and progress_at < ?2"
                        + " union all select min(rated_at), max(rated_at) from coursera_rating where mooc_id = ?1 and rated_at < ?2) x")
                .setParameter(1, moocId).setParameter(2, before).getSingleResult();
        if (r[0] == null) {
            return null;
        }
        return new Semester[] {Semester.of(instant(r[0])), Semester.of(instant(r[1]))};
    }

    /** A timestamp as the JDBC driver returns it from a native query. */
    static java.time.Instant instant(Object v) {
        if (v instanceof java.time.Instant i) {
            return i;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + v.getClass());
    }

    private long count(String sql, UUID moocId, OffsetDateTime from, OffsetDateTime to) {
        return n(em.createNativeQuery(sql).setParameter(1, moocId).setParameter(2, from).setParameter(3, to)
                .getSingleResult());
    }

    private static long n(Object v) {
        return ((Number) v).longValue();
    }
}
