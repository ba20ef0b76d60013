package dk.mooc.analytics.repository;

import dk.mooc.analytics.LaunchedCourse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class LaunchedCourseRepository implements PanacheRepositoryBase<LaunchedCourse, UUID> {

    /** All courses, or only the given instructor's when {@code instructorId} is set. */
    public PanacheQuery<LaunchedCourse> list(String instructorId) {
        Sort sort = Sort.by("launchedOn", Sort.Direction.Descending).and("moocId");
        return instructorId == null ? findAll(sort) : find("instructorId", sort, instructorId);
    }
}
