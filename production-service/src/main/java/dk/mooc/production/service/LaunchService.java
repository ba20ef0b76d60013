package dk.mooc.production.service;

import dk.mooc.platform.events.Outbox;
import dk.mooc.platform.events.PoisonEventException;
import dk.mooc.platform.mail.Mailbox;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.MaintenanceTask;
import dk.mooc.production.Milestone;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.production.QaGate;
import dk.mooc.production.Studio;
import dk.mooc.production.config.RoutingConfig;
import dk.mooc.production.event.CourseLaunched;
import dk.mooc.production.event.CourseRetired;
import dk.mooc.production.event.SemesterReviewCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The QA gates and what follows them: the user test, the study board's launch approval (asked by e-mail), the launch
 * itself ({@code course.launched}) and, after launch, the semester reviews' maintenance tasks and retirement.
 */
@ApplicationScoped
public class LaunchService {

    private static final Logger LOG = Logger.getLogger(LaunchService.class);

    @Inject
    ProductionService productions;

    @Inject
    ProductionAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Mailbox mailbox;

    @Inject
    Outbox outbox;

    @Inject
    RoutingConfig routing;

    public List<QaGate> gates(Production p) {
        return QaGate.evaluate(p, productions.milestones(p), productions.rounds(p.moocId));
    }

    public List<MaintenanceTask> maintenanceTasks(UUID moocId) {
        return MaintenanceTask.list("moocId = ?1 order by createdAt, position", moocId);
    }

    /** Records the user test; the plan's user-test milestone is done with it. */
    @Transactional
    public Production recordUserTest(UUID moocId, LocalDate testedOn, int students, int colleagues, String findings) {
        Production p = productions.get(moocId);
        access.requireRuns(p, "record the user test");
        if (testedOn.isAfter(Timestamps.today(Studio.ZONE))) {
            throw ProblemException.invalid("testedOn", "a user test is recorded after it took place");
        }
        p.recordUserTest(testedOn, students, colleagues, findings, user.displayName());
        done(p, "USER_TEST", testedOn);
        return p;
    }

    /** Asks the department's study board by e-mail, with a link to the decision page. */
    @Transactional
    public Production requestLaunchApproval(UUID moocId) {
        Production p = productions.get(moocId);
        access.requireRuns(p, "ask the study board for the launch approval");
        if (p.status != ProductionStatus.IN_PRODUCTION) {
            throw ProblemException.illegalTransition("The plan has to be agreed before the study board is asked");
        }
        p.requestLaunchApproval(user.displayName(), Timestamps.now());
        String link = mailbox.link("/productions/" + p.moocId + "/launch-approval");
        routing.studyBoardOf(p.department).ifPresentOrElse(
                board -> mailbox.queue(board, "Launch approval requested: " + p.title,
                        "Dear study board of " + p.department + ",\n\n" + user.displayName() + " asks for the study board's "
                                + "approval to launch the MOOC \"" + p.title + "\" (instructor: " + p.instructorName
                                + ").\n\nSee its QA checklist and approve or decline here: " + link
                                + "\n\nMOOC Programme Platform", p.moocId.toString()),
                () -> LOG.warnf("No study-board mailbox configured for %s (mooc.routing.study-board); the request for %s "
                        + "shows only on the board's overview", p.department, p.moocId));
        return p;
    }

    /** A study board member of the MOOC's department approves or declines the launch. */
    @Transactional
    public Production decideLaunchApproval(UUID moocId, boolean approve, String comment) {
        Production p = productions.get(moocId);
        if (!access.isBoardOf(p)) {
            throw ProblemException.forbidden("A study board member of " + p.department + " decides the launch approval");
        }
        p.decideLaunchApproval(approve, comment, user.displayName(), Timestamps.now());
        if (approve) {
            done(p, "BOARD_LAUNCH_APPROVAL", Timestamps.today(Studio.ZONE));
        }
        if (p.instructorEmail != null) {
            mailbox.queue(p.instructorEmail, (approve ? "Launch approved: " : "Launch declined: ") + p.title,
                    "Dear " + p.instructorName + ",\n\nthe study board of " + p.department + " has "
                            + (approve ? "approved" : "declined") + " the launch of \"" + p.title + "\""
                            + (p.launchApproval.comment == null ? "." : ":\n\n" + p.launchApproval.comment)
                            + "\n\n" + mailbox.link("/productions/" + p.moocId) + "\n\nMOOC Programme Platform",
                    p.moocId.toString());
        }
        return p;
    }

    /** Launches when every blocking gate is met and publishes course.launched in the same transaction. */
    @Transactional
    public Production launch(UUID moocId, String courseUrl, LocalDate launchDate) {
        Production p = productions.get(moocId);
        access.requireRuns(p, "launch the MOOC");
        p.launch(gates(p), courseUrl, launchDate, Timestamps.now());
        done(p, "LAUNCH", launchDate);
        outbox.publish(CourseLaunched.of(p));
        LOG.infof("MOOC %s launched at %s", moocId, courseUrl);
        return p;
    }

    @Transactional
    public Production completeTask(UUID moocId, UUID taskId, MaintenanceTask.Status status) {
        if (status != MaintenanceTask.Status.DONE) {
            throw ProblemException.invalid("status", "a task can only be marked DONE");
        }
        Production p = productions.get(moocId);
        access.requireRuns(p, "complete maintenance tasks");
        MaintenanceTask t = MaintenanceTask.<MaintenanceTask>find("id = ?1 and moocId = ?2", taskId, moocId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Maintenance task", taskId));
        if (t.status == MaintenanceTask.Status.DONE) {
            throw ProblemException.illegalTransition("The task was done on " + t.doneAt.toLocalDate());
        }
        t.status = MaintenanceTask.Status.DONE;
        t.doneAt = Timestamps.now();
        t.doneBy = user.displayName();
        return p;
    }

    /**
     * The study board's semester review (runs in the inbox's transaction): REVISE adds one maintenance task per
     * action, RETIRE retires the course and publishes course.retired, CONTINUE changes nothing here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void semesterReviewed(SemesterReviewCompleted r) {
        if (r.moocId() == null || r.reviewId() == null || r.semester() == null || r.outcome() == null) {
            throw new PoisonEventException("semester review without MOOC, review id, semester or outcome");
        }
        Production p = Production.findById(r.moocId());
        if (p == null || p.launchedAt == null) {
            throw new PoisonEventException("semester review of MOOC " + r.moocId() + ", which was not launched here");
        }
        OffsetDateTime now = Timestamps.now();
        switch (r.outcome()) {
            case "CONTINUE" -> LOG.infof("MOOC %s continues after the %s review", p.moocId, r.semester());
            case "REVISE" -> {
                if (MaintenanceTask.count("reviewId", r.reviewId()) > 0) {
                    return; // the same review delivered again under another event id
                }
                // without actions or comments the task has no description: the reader's language words
                // "revise as the semester's review asks" from its semester
                List<String> actions = r.actions() == null || r.actions().isEmpty()
                        ? java.util.Collections.singletonList(r.comments() == null || r.comments().isBlank() ? null
                        : r.comments())
                        : r.actions();
                for (int i = 0; i < actions.size(); i++) {
                    MaintenanceTask t = new MaintenanceTask();
                    t.id = UUID.randomUUID();
                    t.moocId = p.moocId;
                    t.reviewId = r.reviewId();
                    t.position = i;
                    t.semester = r.semester();
                    String action = actions.get(i);
                    t.description = action == null || action.length() <= 500 ? action : action.substring(0, 500);
                    t.createdAt = now;
                    t.persist();
                }
                LOG.infof("MOOC %s: %d maintenance task(s) from the %s review", p.moocId, actions.size(), r.semester());
            }
            case "RETIRE" -> {
                if (p.retire(r.semester(), now)) {
                    // the business date is the board's decision; an older event without it falls back to today
                    LocalDate retiredOn = (r.completedAt() == null ? now : r.completedAt()).atZoneSameInstant(Studio.ZONE)
                            .toLocalDate();
                    outbox.publish(CourseRetired.of(p, r.reviewId().toString(), r.comments(), retiredOn));
                    LOG.infof("MOOC %s retired after the %s review", p.moocId, r.semester());
                }
            }
            default -> throw new PoisonEventException("unknown semester review outcome " + r.outcome());
        }
    }

    private void done(Production p, String key, LocalDate on) {
        Milestone m = Milestone.findById(new Milestone.Key(p.moocId, key));
        if (m != null && m.status != Milestone.Status.DONE) {
            m.status = Milestone.Status.DONE;
            m.doneOn = on;
        }
    }
}
