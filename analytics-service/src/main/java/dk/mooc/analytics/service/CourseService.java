package dk.mooc.analytics.service;

import dk.mooc.analytics.CourseStatus;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.event.CourseLaunched;
import dk.mooc.analytics.repository.LaunchedCourseRepository;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.platform.web.ListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Launched courses: registered from {@code course launched}, read in the caller's scope (see {@link AnalyticsAccess}). */
@ApplicationScoped
public class CourseService {

    private static final Logger LOG = Logger.getLogger(CourseService.class);

    @Inject
    LaunchedCourseRepository courses;

    @Inject
    AnalyticsAccess access;

    /**
     * Registers the launched course, or refreshes its details from a later launch event (e.g. a corrected
     * Coursera URL). Runs in the inbox's transaction; the same content again changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LaunchedCourse register(@Valid CourseLaunched e) {
        LaunchedCourse c = courses.findById(e.moocId());
        boolean created = c == null;
        if (created) {
            c = new LaunchedCourse();
            c.moocId = e.moocId();
            c.status = CourseStatus.RUNNING;
            c.registeredAt = Timestamps.now();
        }
        c.productionId = e.productionId();
        c.title = e.title();
        c.department = e.department();
        c.instructorId = e.instructor().id();
        c.instructorName = e.instructor().name();
        c.instructorEmail = e.instructor().email();
        c.courseCode = e.courseCode();
        c.newContent = e.newContent();
        c.plannedLaunchSemester = e.plannedLaunchSemester();
        c.expectedEnrolments = e.expectedEnrolments();
        c.courseraUrl = e.courseUrl();
        c.launchedOn = e.launchDate();
        if (c.launchedAt == null || !c.launchedAt.isEqual(e.launchedAt())) {
            c.launchedAt = e.launchedAt();
        }
        if (created) {
            c.persist();
            LOG.infof("Registered launched course %s (%s, %s)", c.moocId, c.title, c.department);
        }
        return c;
    }

    /** One page of the courses the caller may read; only the given MOOC's when {@code moocId} is set. */
    public PageResponse<LaunchedCourse> list(UUID moocId, int page, int size) {
        ListQuery<LaunchedCourse> q = courses.list(access.seesAll(), access.userId(), access.scopedDepartment(), moocId);
        return PageResponse.of(q, page, size);
    }

    /** The course if the caller may read it; 404 otherwise (whether it exists is not their business). */
    public LaunchedCourse get(UUID moocId) {
        LaunchedCourse c = courses.findByIdOptional(moocId)
                .orElseThrow(() -> ProblemException.notFound("Course", moocId));
        if (!access.canRead(c)) {
            throw ProblemException.notFound("Course", moocId);
        }
        return c;
    }

    /** The course if the caller may import its exports and evaluations: 404 if invisible, 403 if only readable. */
    public LaunchedCourse forImport(UUID moocId) {
        LaunchedCourse c = get(moocId);
        if (!access.canImport(c)) {
            throw ProblemException.forbidden("Only the course's instructor, a LearningLab consultant or an admin imports"
                    + " its data");
        }
        return c;
    }
}
