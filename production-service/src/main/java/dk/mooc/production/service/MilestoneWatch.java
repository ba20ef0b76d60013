package dk.mooc.production.service;

import dk.mooc.platform.jobs.JobLock;
import dk.mooc.platform.events.Outbox;
import dk.mooc.platform.mail.Mailbox;
import dk.mooc.platform.web.InList;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.Milestone;
import dk.mooc.production.MilestoneNotice;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.production.config.RoutingConfig;
import dk.mooc.production.event.MilestoneOverdue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Watches the plans of MOOCs in production: e-mails a milestone's owner before it is due and publishes
 * {@code milestone-overdue} once it is late. Each notice goes out once per milestone and due date (a recorded row
 * and the mail or event in one transaction), so an hourly run and a moved date both behave.
 */
@ApplicationScoped
public class MilestoneWatch {

    private static final Logger LOG = Logger.getLogger(MilestoneWatch.class);
    private static final ZoneId CAMPUS = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    @Inject
    JobLock jobs;

    @Inject
    Mailbox mailbox;

    @Inject
    Outbox outbox;

    @Inject
    RoutingConfig routing;

    @ConfigProperty(name = "mooc.production.remind-days", defaultValue = "7")
    int remindDays;

    @Scheduled(every = "${mooc.production.reminders.every}", identity = "milestone-watch",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runAlone("milestone-watch", () -> {
            Result r = run();
            if (r.reminders() + r.overdue() > 0) {
                LOG.infof("Milestone watch: %d reminder(s), %d newly overdue milestone(s)", r.reminders(), r.overdue());
            }
        });
    }

    public record Result(int reminders, int overdue) {
    }

    /** Sends what is due now, by the platform's clock ({@link Timestamps}, which tests move). */
    public Result run() {
        return run(Timestamps.now());
    }

    /** Sends what is due at {@code now}; each milestone in its own transaction so one failure stops nothing else. */
    public Result run(OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(CAMPUS).toLocalDate();
        List<Milestone> open = QuarkusTransaction.requiringNew().call(() -> InList.of("from Milestone where status <> :done"
                + " and dueDate <= :due and moocId in (select p.moocId from Production p where p.status in :active)",
                Map.of("done", Milestone.Status.DONE, "due", today.plusDays(remindDays),
                        "active", List.of(ProductionStatus.PLANNING, ProductionStatus.IN_PRODUCTION))).list(Milestone.class));
        int reminders = 0;
        int overdue = 0;
        for (Milestone m : open) {
            boolean late = m.dueDate.isBefore(today);
            boolean sent = QuarkusTransaction.requiringNew().call(() -> late ? overdue(m, today, now) : remind(m, today, now));
            if (sent && late) {
                overdue++;
            } else if (sent) {
                reminders++;
            }
        }
        return new Result(reminders, overdue);
    }

    private boolean remind(Milestone m, LocalDate today, OffsetDateTime now) {
        if (!record(m, MilestoneNotice.Kind.REMINDER, now)) {
            return false;
        }
        Production p = Production.findById(m.moocId);
        Optional<String> to = ownerEmail(p, m);
        if (to.isEmpty()) {
            LOG.warnf("No address for the %s of MOOC %s; reminder for %s not sent", m.owner, p.moocId, m.key);
            return false;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, m.dueDate);
        mailbox.queue(to.get(), "Due " + (days == 0 ? "today" : "in " + days + " day(s)") + ": " + m.name + " – " + p.title,
                "The milestone \"" + m.name + "\" of the MOOC \"" + p.title + "\" is due on " + DAY.format(m.dueDate)
                        + " and is not done yet.\n\nSee the plan, mark it done or propose a new date: "
                        + mailbox.link("/productions/" + p.moocId) + "\n\nMOOC Programme Platform", p.moocId.toString());
        return true;
    }

    private boolean overdue(Milestone m, LocalDate today, OffsetDateTime now) {
        if (!record(m, MilestoneNotice.Kind.OVERDUE, now)) {
            return false;
        }
        Production p = Production.findById(m.moocId);
        outbox.publish(MilestoneOverdue.of(p, m, today));
        LOG.infof("MOOC %s: milestone %s overdue since %s", p.moocId, m.key, m.dueDate);
        return true;
    }

    /** Records the notice; false when it was already sent for this due date. */
    private boolean record(Milestone m, MilestoneNotice.Kind kind, OffsetDateTime now) {
        if (MilestoneNotice.findById(new MilestoneNotice.Key(m.moocId, m.key, m.dueDate, kind)) != null) {
            return false;
        }
        MilestoneNotice n = new MilestoneNotice();
        n.moocId = m.moocId;
        n.key = m.key;
        n.dueDate = m.dueDate;
        n.kind = kind;
        n.sentAt = now;
        n.persist();
        return true;
    }

    private Optional<String> ownerEmail(Production p, Milestone m) {
        return switch (m.owner) {
            case INSTRUCTOR -> Optional.ofNullable(p.instructorEmail);
            case CONSULTANT -> Optional.ofNullable(p.consultantEmail).or(() -> Optional.of(routing.learninglab()));
            case MEDIALAB -> Optional.of(routing.medialab());
            case STUDY_BOARD -> routing.studyBoardOf(p.department);
        };
    }
}
