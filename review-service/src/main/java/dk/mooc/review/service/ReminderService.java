package dk.mooc.review.service;

import dk.mooc.platform.jobs.JobLock;
import dk.mooc.platform.mail.Mailbox;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.Assessment;
import dk.mooc.review.AssessmentReminder;
import dk.mooc.review.CaseMember;
import dk.mooc.review.Meeting;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Reminds members whose assessment is not in, before the meeting their case is on. Each member is reminded once
 * per case and meeting: the reminder row and the queued mail commit together, and the row's key refuses a second.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    @Inject
    JobLock jobs;

    @Inject
    Mailbox mailbox;

    @ConfigProperty(name = "mooc.review.reminders.before", defaultValue = "P3D")
    Duration before;

    @Scheduled(every = "${mooc.review.reminders.every}", identity = "assessment-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        jobs.runAlone("assessment-reminders", () -> {
            int sent = remind(Timestamps.now());
            if (sent > 0) {
                LOG.infof("Sent %d assessment reminder(s)", sent);
            }
        });
    }

    /** Sends the reminders due at {@code now}; returns how many went out. */
    public int remind(OffsetDateTime now) {
        List<Meeting> soon = QuarkusTransaction.requiringNew().call(() ->
                Meeting.<Meeting>list("startsAt > ?1 and startsAt <= ?2", now, now.plus(before)));
        int sent = 0;
        for (Meeting m : soon) {
            List<ReviewCase> cases = QuarkusTransaction.requiringNew().call(() ->
                    ReviewCase.<ReviewCase>list("meetingId = ?1 and status = ?2", m.id, ReviewCaseStatus.OPEN));
            for (ReviewCase c : cases) {
                List<CaseMember> members = QuarkusTransaction.requiringNew().call(() ->
                        CaseMember.<CaseMember>list("caseId", c.id));
                for (CaseMember member : members) {
                    if (QuarkusTransaction.requiringNew().call(() -> remindOne(m, c, member, now))) {
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private boolean remindOne(Meeting m, ReviewCase c, CaseMember member, OffsetDateTime now) {
        if (member.conflicted() || member.email == null
                || Assessment.findById(new CaseMember.Key(c.id, member.username)) != null) {
            return false;
        }
        AssessmentReminder.Key key = new AssessmentReminder.Key();
        key.caseId = c.id;
        key.username = member.username;
        key.meetingId = m.id;
        if (AssessmentReminder.findById(key) != null) {
            return false;
        }
        AssessmentReminder r = new AssessmentReminder();
        r.caseId = c.id;
        r.username = member.username;
        r.meetingId = m.id;
        r.sentAt = now;
        r.persist();
        mailbox.queue(member.email, "Your assessment is due: " + c.proposalTitle,
                "Dear " + member.name + ",\n\nthe steering committee discusses \"" + c.proposalTitle + "\" at \"" + m.title
                        + "\" on " + WHEN.format(m.startsAt) + (m.location == null ? "" : " (" + m.location + ")")
                        + ", and your assessment on the three criteria is not in yet.\n\nAssess it here: "
                        + mailbox.link("/review-cases/" + c.id) + "\n\nMOOC Programme Platform", c.moocId.toString());
        return true;
    }
}
