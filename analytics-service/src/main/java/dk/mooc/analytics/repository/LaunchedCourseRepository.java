package dk.mooc.analytics.repository;

import dk.mooc.analytics.CourseStatus;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.Semester;
import dk.mooc.platform.web.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LaunchedCourseRepository implements PanacheRepositoryBase<LaunchedCourse, UUID> {

    /**
     * All courses when {@code all}; otherwise the given instructor's, plus the given department's when
     * {@code department} is set (study board, head). Only the given MOOC's when {@code moocId} is set.
     */
    public ListQuery<LaunchedCourse> list(boolean all, String instructorId, String department, UUID moocId) {
        Sort sort = Sort.by("launchedOn", Sort.Direction.Descending).and("moocId");
        StringBuilder where = new StringBuilder();
        Parameters params = new Parameters();
        if (!all) {
            where.append(department == null ? "(instructorId = :me)" : "(instructorId = :me or department = :department)");
            params.and("me", instructorId);
            if (department != null) {
                params.and("department", department);
            }
        }
        if (moocId != null) {
            where.append(where.isEmpty() ? "" : " and ").append("moocId = :moocId");
            params.and("moocId", moocId);
        }
        return ListQuery.where(LaunchedCourse.class, where.toString(), params, sort);
    }

    /** Courses of a department (all departments when null) that run in the semester and are not retired. */
    public List<LaunchedCourse> reviewable(Semester semester, String department) {
        Sort sort = Sort.by("title").and("moocId");
        if (department == null) {
            return list("launchedOn <= ?1 and status = ?2", sort, semester.lastDay(), CourseStatus.RUNNING);
        }
        return list("launchedOn <= ?1 and status = ?2 and department = ?3", sort, semester.lastDay(),
                CourseStatus.RUNNING, department);
    }
}
