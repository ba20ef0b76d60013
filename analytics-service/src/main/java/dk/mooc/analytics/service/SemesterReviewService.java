package dk.mooc.analytics.service;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.ReviewAction;
import dk.mooc.analytics.ReviewOutcome;
import dk.mooc.analytics.Semester;
import dk.mooc.analytics.SemesterReview;
import dk.mooc.analytics.event.SemesterReviewCompleted;
import dk.mooc.analytics.repository.LaunchedCourseRepository;
import dk.mooc.analytics.repository.SemesterReviewRepository;
import dk.mooc.platform.events.Outbox;
import dk.mooc.platform.mail.Mailbox;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.web.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The study board's semester reviews (docs/analytics.md, "Semester reviews"): a review pack per launched MOOC and
 * ended semester, and the board's decision, which publishes {@code semester review completed} in the same transaction.
 */
@ApplicationScoped
public class SemesterReviewService {

    private static final Logger LOG = Logger.getLogger(SemesterReviewService.class);

    @Inject
    SemesterReviewRepository reviews;

    @Inject
    LaunchedCourseRepository courses;

    @Inject
    AnalyticsAccess access;

    @Inject
    KpiService kpis;

    @Inject
    EvaluationService evaluations;

    @Inject
    Outbox outbox;

    @Inject
    Mailbox mailbox;

    /**
     * The semester's reviews in the caller's scope, opening the missing ones of the courses that ran in it: the
     * board and the head see their department's, an instructor their own courses', consultants, the committee and
     * admins all (or one {@code department}).
     */
    @Transactional
    /** The semester's reviews the caller may read, opened first; only the given MOOC's when {@code moocId} is set. */
    public List<SemesterReview> list(String semester, String department, UUID moocId) {
        Semester s = ended(KpiService.parse(semester));
        boolean all = access.seesAll();
        String scoped = all ? department : access.scopedDepartment();
        List<LaunchedCourse> toOpen = new ArrayList<>();
        if (all || scoped != null) {
            toOpen.addAll(courses.reviewable(s, scoped));
        }
        if (!all) {
            courses.reviewable(s, null).stream().filter(c -> c.isInstructor(access.userId()) && !toOpen.contains(c))
                    .forEach(toOpen::add);
        }
        open(s, moocId == null ? toOpen : toOpen.stream().filter(c -> c.moocId.equals(moocId)).toList());
        return reviews.list(s, all, scoped, all ? null : access.userId(), moocId);
    }

    /** Opens the reviews of the given courses for the semester (those that exist stay as they are). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Semester semester, List<LaunchedCourse> list) {
        OffsetDateTime now = Timestamps.now();
        for (LaunchedCourse c : list) {
            reviews.open(c, semester, now);
        }
    }

    @Transactional
    public ReviewPack pack(UUID id) {
        SemesterReview r = visible(id);
        return pack(r, course(r));
    }

    private ReviewPack pack(SemesterReview r, LaunchedCourse c) {
        Semester s = r.semester();
        SemesterReview previous = reviews.previous(r.moocId, s).orElse(null);
        Set<ReviewPack.Permission> can = EnumSet.noneOf(ReviewPack.Permission.class);
        if (access.mayDecide(r)) {
            can.add(ReviewPack.Permission.DECIDE);
        }
        if (access.canUpdateActions(c)) {
            can.add(ReviewPack.Permission.UPDATE_ACTIONS);
        }
        return new ReviewPack(r, c, kpis.of(c, s, KpiService.DEFAULT_TOP_COUNTRIES), evaluations.find(c, s).orElse(null),
                reviews.actions(r.id), previous, previous == null ? List.of() : reviews.actions(previous.id), can);
    }

    /**
     * The board's decision: once per review, by the study board of the course's department; comments are required
     * to revise or retire. Publishes {@code mooc.analytics.semester-review-completed.v1}; RETIRE retires the course;
     * the instructor gets the decision by mail.
     */
    @Transactional
    public ReviewPack decide(UUID id, ReviewOutcome outcome, String comments, List<String> actions) {
        SemesterReview r = visible(id);
        if (!access.isBoardOf(r.department)) {
            throw ProblemException.forbidden("Only the study board of " + r.department + " decides this review");
        }
        if (!r.isOpen()) {
            throw ProblemException.illegalTransition("The review of " + r.title + " for " + r.semester + " was completed on "
                    + r.completedAt.toLocalDate() + " (" + r.outcome + "); a decision is recorded once");
        }
        String text = comments == null || comments.isBlank() ? null : comments.strip();
        if (outcome.needsComments() && text == null) {
            throw ProblemException.invalid("comments", "are required to revise or retire a course: tell the instructor why");
        }
        LaunchedCourse c = course(r);
        OffsetDateTime now = Timestamps.now();
        r.complete(outcome, text, access.username(), access.name(), now);
        // the version check first: of two decisions made at once, the later waits for the earlier and then fails on
        // the version (409), before it writes any action (whose positions would otherwise collide: a 500)
        reviews.flush();
        List<ReviewAction> created = new ArrayList<>();
        int position = 0;
        for (String a : actions == null ? List.<String>of() : actions) {
            ReviewAction action = new ReviewAction();
            action.id = UUID.randomUUID();
            action.reviewId = r.id;
            action.position = position++;
            action.text = a.strip();
            action.status = ReviewAction.Status.OPEN;
            action.persist();
            created.add(action);
        }
        if (outcome == ReviewOutcome.RETIRE) {
            c.retire();
        }
        outbox.publish(SemesterReviewCompleted.of(r, created));
        if (c.instructorEmail != null) {
            StringBuilder mail = new StringBuilder("Dear ").append(c.instructorName).append(",\n\nthe study board of ")
                    .append(r.department).append(" has reviewed \"").append(c.title).append("\" for ").append(r.semester)
                    .append(" and decided: ").append(switch (outcome) {
                        case CONTINUE -> "the course continues as it is.";
                        case REVISE -> "the course continues, revised as described below.";
                        case RETIRE -> "the course is retired.";
                    }).append("\n");
            if (text != null) {
                mail.append("\n").append(text).append("\n");
            }
            for (ReviewAction a : created) {
                mail.append("\n- ").append(a.text);
            }
            mail.append("\n\nThe review: ").append(mailbox.link("/semester-reviews/" + r.id)).append("\n\nMOOC Programme Platform");
            mailbox.queue(c.instructorEmail, "Semester review of \"" + c.title + "\" (" + r.semester + "): " + outcome,
                    mail.toString(), c.moocId.toString());
        }
        LOG.infof("Semester review %s of MOOC %s (%s): %s by %s", r.id, r.moocId, r.semester, outcome, access.username());
        return pack(r, c);
    }

    /** Marks one action of a review done (or open again). */
    @Transactional
    public ReviewPack updateAction(UUID id, UUID actionId, ReviewAction.Status status) {
        SemesterReview r = visible(id);
        LaunchedCourse c = course(r);
        if (!access.canUpdateActions(c)) {
            throw ProblemException.forbidden("The course's instructor, the LearningLab or the study board mark its actions");
        }
        ReviewAction a = ReviewAction.findById(actionId);
        if (a == null || !a.reviewId.equals(r.id)) {
            throw ProblemException.notFound("Action", actionId);
        }
        a.mark(status, access.username(), Timestamps.now());
        return pack(r, c);
    }

    private SemesterReview visible(UUID id) {
        SemesterReview r = reviews.findById(id);
        if (r == null || !access.canRead(course(r))) {
            throw ProblemException.notFound("Semester review", id);
        }
        return r;
    }

    private LaunchedCourse course(SemesterReview r) {
        return courses.findById(r.moocId);
    }

    /** Reviews open once the semester has ended (today by the platform's clock, in UTC as the semesters are). */
    private Semester ended(Semester s) {
        if (!Timestamps.today().isAfter(s.lastDay())) {
            throw ProblemException.invalid("semester", s + " has not ended yet; its reviews open on " + s.next().firstDay());
        }
        return s;
    }
}
