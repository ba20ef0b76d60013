package dk.mooc.production.service;

import dk.mooc.platform.mail.Mailbox;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.FeedbackComment;
import dk.mooc.production.FeedbackRound;
import dk.mooc.production.Production;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The two feedback rounds (teaching plan, material): the consultant and an invited experienced colleague comment,
 * the instructor resolves each comment, the consultant closes the round (a QA gate).
 */
@ApplicationScoped
public class FeedbackService {

    private static final Logger LOG = Logger.getLogger(FeedbackService.class);

    /** A colleague who has launched a MOOC, offered as the experienced colleague for a feedback round. */
    @Schema(name = "ColleagueSuggestion", description = "An instructor of a launched MOOC, offered as the experienced "
            + "colleague of a feedback round")
    public record ColleagueSuggestion(
            @Schema(description = "The instructor's name", example = "Olga Experienced") String name,
            @Schema(description = "The instructor's e-mail address, to invite them with", example = "olga@example.org")
            String email,
            @Schema(description = "The department of their launched MOOC; this MOOC's own department comes first",
                    example = "Compute") String department,
            @Schema(description = "The title of their latest launched MOOC (in this MOOC's "
                    + "department when they have one there)", example = "Machine Learning in Practice")
            String moocTitle,
            @Schema(description = "The day that MOOC opened to learners", example = "2026-09-01") LocalDate launchDate) {
    }

    @Inject
    ProductionService productions;

    @Inject
    ProductionAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Mailbox mailbox;

    public List<FeedbackComment> comments(UUID moocId) {
        productions.get(moocId);
        return FeedbackComment.list("moocId = ?1 order by createdAt, id", moocId);
    }

    /** Instructors of launched MOOCs other than this one's, the MOOC's own department first. */
    public List<ColleagueSuggestion> suggestions(UUID moocId) {
        Production p = productions.get(moocId);
        access.requireRuns(p, "ask for colleague suggestions");
        List<Production> launched = Production.list("launchedAt is not null and instructorId <> ?1 order by launchedAt desc",
                p.instructorId);
        Map<String, ColleagueSuggestion> byInstructor = new LinkedHashMap<>();
        launched.stream()
                .sorted(Comparator.comparing((Production l) -> !l.department.equals(p.department)))
                .filter(l -> l.instructorEmail != null)
                .forEach(l -> byInstructor.putIfAbsent(l.instructorId, new ColleagueSuggestion(l.instructorName,
                        l.instructorEmail, l.department, l.title, l.launchDate)));
        return List.copyOf(byInstructor.values());
    }

    @Transactional
    public FeedbackRound invite(UUID moocId, FeedbackRound.Round round, String name, String email) {
        Production p = productions.get(moocId);
        access.requireRuns(p, "invite a colleague");
        FeedbackRound r = openRound(p, round);
        if (p.instructorEmail != null && p.instructorEmail.equalsIgnoreCase(email)) {
            throw ProblemException.invalid("email", "the colleague gives feedback on the instructor's work: invite someone else");
        }
        r.invite(name, email, Timestamps.now());
        mailbox.queue(r.colleagueEmail, "Would you give feedback on the " + r.label() + " of \"" + p.title + "\"?",
                "Dear " + r.colleagueName + ",\n\n" + p.instructorName + " is producing the MOOC \"" + p.title
                        + "\" and would value the feedback of a colleague who has launched a MOOC, on its " + r.label()
                        + ".\n\nRead it and comment here (sign in with your university account): "
                        + mailbox.link("/productions/" + p.moocId) + "\n\nMOOC Programme Platform", p.moocId.toString());
        LOG.infof("Production %s: %s invited to the %s feedback round", moocId, r.colleagueEmail, round);
        return r;
    }

    @Transactional
    public FeedbackComment comment(UUID moocId, FeedbackRound.Round round, String text) {
        Production p = productions.get(moocId);
        FeedbackRound r = openRound(p, round);
        FeedbackComment.AuthorRole role;
        if (user.hasRole(Roles.CONSULTANT)) {
            role = FeedbackComment.AuthorRole.CONSULTANT;
        } else if (r.hasColleague(user.id())) {
            role = FeedbackComment.AuthorRole.COLLEAGUE;
        } else {
            throw ProblemException.forbidden("Feedback on the " + r.label() + " comes from a consultant and the invited colleague");
        }
        FeedbackComment c = new FeedbackComment();
        c.id = UUID.randomUUID();
        c.moocId = moocId;
        c.round = round;
        c.authorId = user.id();
        c.author = user.displayName();
        c.authorRole = role;
        c.text = text.strip();
        c.createdAt = Timestamps.now();
        c.persist();
        if (p.instructorEmail != null) {
            mailbox.queue(p.instructorEmail, "New feedback on the " + r.label() + " of \"" + p.title + "\"",
                    c.author + " commented on the " + r.label() + ":\n\n" + c.text + "\n\nResolve it here: "
                            + mailbox.link("/productions/" + p.moocId) + "\n\nMOOC Programme Platform", p.moocId.toString());
        }
        return c;
    }

    @Transactional
    public FeedbackComment resolve(UUID moocId, FeedbackRound.Round round, UUID commentId,
                                   FeedbackComment.Resolution resolution, String note) {
        Production p = productions.get(moocId);
        if (!p.isInstructor(user.id())) {
            throw ProblemException.forbidden("The MOOC's instructor resolves the feedback on it");
        }
        openRound(p, round);
        FeedbackComment c = FeedbackComment.<FeedbackComment>find("id = ?1 and moocId = ?2 and round = ?3", commentId, moocId, round)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Comment", commentId));
        c.resolve(resolution, note, user.displayName(), Timestamps.now());
        return c;
    }

    @Transactional
    public FeedbackRound close(UUID moocId, FeedbackRound.Round round) {
        Production p = productions.get(moocId);
        if (!user.hasRole(Roles.CONSULTANT)) {
            throw ProblemException.forbidden("A LearningLab consultant closes a feedback round");
        }
        FeedbackRound r = openRound(p, round);
        r.close(FeedbackComment.list("moocId = ?1 and round = ?2", moocId, round), user.displayName(), Timestamps.now());
        LOG.infof("Production %s: %s feedback round closed", moocId, round);
        return r;
    }

    private FeedbackRound openRound(Production p, FeedbackRound.Round round) {
        if (!p.inProduction()) {
            throw ProblemException.illegalTransition("The MOOC is " + p.status + "; its feedback rounds are closed");
        }
        // locked, so a comment and the round's closing cannot cross (a comment never lands in a closed round)
        FeedbackRound r = FeedbackRound.findById(new FeedbackRound.Key(p.moocId, round), LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound("Feedback round", round);
        }
        if (r.closed()) {
            throw ProblemException.illegalTransition("The " + r.label() + " feedback round is closed");
        }
        return r;
    }
}
