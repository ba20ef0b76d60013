package dk.mooc.analytics.service;

import dk.mooc.platform.jobs.JobLock;
import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.ReviewReminder;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.SemesterReview;
import dk.mooc.analytics.config.RoutingConfig;
import dk.mooc.analytics.repository.LaunchedCourseRepository;
import dk.mooc.analytics.repository.SemesterReviewRepository;
import dk.mooc.platform.mail.Mailbox;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/**
 * Reminds each department's study board when a semester's reviews are due: from {@code due-after-days} (28) days after
 * the semester ends, once per department and semester, while reviews of the department are undecided. The reminder
 * row and the queued mail commit together, and the row's key refuses a second.
 */
@ApplicationScoped
public class ReviewReminderService {

    private static final Logger LOG = Logger.getLogger(ReviewReminderService.class);

    @Inject
    JobLock jobs;

    @Inject
    LaunchedCourseRepository courses;

    @Inject
    SemesterReviewRepository reviews;

    @Inject
    SemesterReviewService reviewService;

    @Inject
    RoutingConfig routing;

    @Inject
    Mailbox mailbox;

    @ConfigProperty(name = "mooc.analytics.reviews.due-after-days", defaultValue = "28")
    int dueAfterDays;

    @Scheduled(every = "${mooc.analytics.reviews.reminders.every}", identity = "semester-review-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runAlone("semester-review-reminders", () -> {
            int sent = remind(Timestamps.today());
            if (sent > 0) {
                LOG.infof("Sent %d semester-review reminder(s)", sent);
            }
        });
    }

    /** The day a semester's reviews are due. */
    public LocalDate dueDate(Semester s) {
        return s.next().firstDay().plusDays(dueAfterDays);
    }

    /** The latest semester whose reviews are due on {@code today}. */
    public Semester dueSemester(LocalDate today) {
        Semester s = Semester.of(today).previous();
        while (dueDate(s).isAfter(today)) {
            s = s.previous();
        }
        return s;
    }

    /** Sends the reminders due on {@code today}; returns how many went out. */
    public int remind(LocalDate today) {
        Semester s = dueSemester(today);
        List<String> departments = QuarkusTransaction.requiringNew().call(() ->
                courses.reviewable(s, null).stream().map(c -> c.department).distinct().sorted().toList());
        int sent = 0;
        for (String department : departments) {
            if (QuarkusTransaction.requiringNew().call(() -> remindOne(department, s))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remindOne(String department, Semester s) {
        if (ReviewReminder.findById(new ReviewReminder.Key(department, s.toString())) != null) {
            return false;
        }
        String to = routing.studyBoardOf(department).orElse(null);
        if (to == null) {
            LOG.warnf("No study-board address for %s (mooc.routing.study-board.\"%s\"): no reminder of the %s reviews",
                    department, department, s);
            return false;
        }
        List<LaunchedCourse> running = courses.reviewable(s, department);
        reviewService.open(s, running);
        List<SemesterReview> open = reviews.open(s, department);
        if (open.isEmpty()) {
            return false;
        }
        ReviewReminder r = new ReviewReminder();
        r.key = new ReviewReminder.Key(department, s.toString());
        r.recipient = to;
        r.sentAt = Timestamps.now();
        r.persist();
        StringBuilder text = new StringBuilder("Dear study board of ").append(department).append(",\n\nthe semester reviews of ")
                .append(s).append(" are due: ").append(open.size()).append(open.size() == 1 ? " MOOC awaits" : " MOOCs await")
                .append(" your decision (continue, revise or retire), with its KPIs, trends and course evaluation:\n");
        for (SemesterReview review : open) {
            text.append("\n- ").append(review.title).append(": ").append(mailbox.link("/semester-reviews/" + review.id));
        }
        text.append("\n\nAll of the semester's reviews: ").append(mailbox.link("/semester-reviews?semester=" + s))
                .append("\n\nMOOC Programme Platform");
        mailbox.queue(to, "Semester reviews due: " + department + ", " + s, text.toString(), null);
        return true;
    }
}
