package dk.mooc.analytics.service;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.repository.LaunchedCourseRepository;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Launched courses; instructors see their own, the board, committee and admins see all. */
@ApplicationScoped
public class CourseService {

    @Inject
    LaunchedCourseRepository courses;

    @Inject
    CurrentUser user;

    public PageResponse<LaunchedCourse> list(int page, int size) {
        PanacheQuery<LaunchedCourse> q = courses.list(seesAll() ? null : user.id());
        return new PageResponse<>(q.page(Page.of(page, size)).list(), page, size, q.count());
    }

    public LaunchedCourse get(UUID moocId) {
        LaunchedCourse c = courses.findByIdOptional(moocId)
                .orElseThrow(() -> ProblemException.notFound("Course", moocId));
        if (!seesAll() && !c.instructorId.equals(user.id())) {
            throw ProblemException.notFound("Course", moocId);
        }
        return c;
    }

    private boolean seesAll() {
        return user.isAdmin() || user.hasRole(Roles.BOARD) || user.hasRole(Roles.COMMITTEE);
    }
}
