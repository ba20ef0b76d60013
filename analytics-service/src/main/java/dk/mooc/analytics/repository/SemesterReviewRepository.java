package dk.mooc.analytics.repository;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.ReviewAction;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.SemesterReview;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SemesterReviewRepository implements PanacheRepositoryBase<SemesterReview, UUID> {

    /** Opens the course's review for the semester unless it exists (concurrent readers open it once). */
    public void open(LaunchedCourse c, Semester semester, OffsetDateTime now) {
        getEntityManager().createNativeQuery("insert into semester_review (id, mooc_id, semester, department, title, status,"
                        + " opened_at, version) values (?1, ?2, ?3, ?4, ?5, 'OPEN', ?6, 0) on conflict (mooc_id, semester) do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, c.moocId).setParameter(3, semester.toString())
                .setParameter(4, c.department).setParameter(5, c.title).setParameter(6, now).executeUpdate();
    }

    /**
     * The semester's reviews: all ({@code all}, optionally of one department), or those of the department
     * and of the instructor's own courses; only the given MOOC's when {@code moocId} is set.
     */
    public List<SemesterReview> list(Semester semester, boolean all, String department, String instructorId, UUID moocId) {
        Sort sort = Sort.by("department").and("title").and("id");
        StringBuilder where = new StringBuilder("semester = :semester");
        Parameters params = Parameters.with("semester", semester.toString());
        if (all) {
            if (department != null) {
                where.append(" and department = :department");
                params.and("department", department);
            }
        } else {
            where.append(" and (department = :department or moocId in"
                    + " (select c.moocId from LaunchedCourse c where c.instructorId = :me))");
            params.and("department", department == null ? "" : department).and("me", instructorId == null ? "" : instructorId);
        }
        if (moocId != null) {
            where.append(" and moocId = :moocId");
            params.and("moocId", moocId);
        }
        return list(where.toString(), sort, params);
    }

    public List<SemesterReview> open(Semester semester, String department) {
        return list("semester = ?1 and department = ?2 and status = ?3", Sort.by("title").and("id"), semester.toString(),
                department, SemesterReview.Status.OPEN);
    }

    /** The department's reviews still waiting for the board's decision, of every semester. */
    public List<SemesterReview> open(String department) {
        return list("department = ?1 and status = ?2", Sort.by("title").and("id"), department,
                SemesterReview.Status.OPEN);
    }

    /** The MOOCs of the department that have a review for the semester (open or completed). */
    public Set<UUID> reviewed(Semester semester, String department) {
        return new HashSet<>(getEntityManager().createQuery("select r.moocId from SemesterReview r "
                        + "where r.semester = ?1 and r.department = ?2", UUID.class)
                .setParameter(1, semester.toString()).setParameter(2, department).getResultList());
    }

    /** The course's latest completed review before the semester. */
    public Optional<SemesterReview> previous(UUID moocId, Semester semester) {
        return list("moocId = ?1 and status = ?2", moocId, SemesterReview.Status.COMPLETED).stream()
                .filter(r -> r.semester().compareTo(semester) < 0)
                .max(Comparator.comparing(SemesterReview::semester));
    }

    public List<ReviewAction> actions(UUID reviewId) {
        return ReviewAction.list("reviewId", Sort.by("position"), reviewId);
    }
}
