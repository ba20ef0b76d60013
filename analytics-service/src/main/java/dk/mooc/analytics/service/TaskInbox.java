package dk.mooc.analytics.service;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.SemesterReview;
import dk.mooc.analytics.Task;
import dk.mooc.analytics.repository.LaunchedCourseRepository;
import dk.mooc.analytics.repository.SemesterReviewRepository;
import dk.mooc.platform.web.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What is waiting for the signed-in person in analytics now (docs/analytics.md, "My tasks"): the semester reviews their
 * study board is to decide, by the same rule that gives a review pack its DECIDE permission
 * ({@link AnalyticsAccess#mayDecide}). A decided review is not a task. The actions a decision asks for are not listed
 * here: production-service lists them as the MOOC's maintenance tasks.
 */
@ApplicationScoped
public class TaskInbox {

    /** One person's open tasks; more would not be an inbox (the answer says it is bounded). */
    public static final int MAX_TASKS = 200;

    private static final Comparator<Task> ORDER = Comparator
            .comparing(Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::since).thenComparing(Task::title).thenComparing(Task::subjectId);

    @Inject
    AnalyticsAccess access;

    @Inject
    SemesterReviewRepository reviews;

    @Inject
    LaunchedCourseRepository courses;

    @Inject
    SemesterReviewService reviewService;

    @Inject
    ReviewReminderService reminders;

    /** The caller's tasks, soonest due first (then the oldest), at most {@link #MAX_TASKS}. */
    @Transactional
    public List<Task> mine() {
        String department = access.boardDepartment();
        if (department == null) {
            return List.of();
        }
        openLastSemester(department);
        return reviews.open(department).stream().filter(access::mayDecide)
                .map(r -> new Task(Task.Kind.RECORD_SEMESTER_REVIEW, r.moocId, r.id, r.title,
                        reminders.dueDate(r.semester()), r.openedAt, Map.of("semester", r.semester)))
                .sorted(ORDER).limit(MAX_TASKS).toList();
    }

    /**
     * Opens the department's reviews of the semester that ended last, as reading the semester's reviews does: a review
     * can be decided from the day its semester ends, so it waits in the inbox from then on, with the day it is due.
     * Only the missing ones are written.
     */
    private void openLastSemester(String department) {
        Semester last = Semester.of(Timestamps.today()).previous();
        Set<UUID> reviewed = reviews.reviewed(last, department);
        List<LaunchedCourse> missing = courses.reviewable(last, department).stream()
                .filter(c -> !reviewed.contains(c.moocId)).toList();
        if (!missing.isEmpty()) {
            reviewService.open(last, missing);
        }
    }
}
