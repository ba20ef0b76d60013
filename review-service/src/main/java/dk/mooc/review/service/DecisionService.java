package dk.mooc.review.service;

import dk.mooc.platform.events.Outbox;
import dk.mooc.platform.mail.Mailbox;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.Assessment;
import dk.mooc.review.CaseHistoryEntry;
import dk.mooc.review.CriteriaSummary;
import dk.mooc.review.Outcome;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.config.CommitteeConfig;
import dk.mooc.review.event.ReviewDecided;
import dk.mooc.review.service.ReviewAccess.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The chair's decision: a letter drafted from the case, edited by the chair, e-mailed to the instructor, and
 * {@code review decided} published with the criteria summary — all in one transaction.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    @Inject
    ReviewCaseService cases;

    @Inject
    ReviewAccess access;

    @Inject
    Outbox outbox;

    @Inject
    Mailbox mailbox;

    @Inject
    CommitteeConfig committee;

    /** A letter drafted from the case for the given outcome; the chair edits it before sending. */
    public String draftLetter(UUID caseId, Outcome outcome) {
        ReviewCase c = cases.get(caseId);
        access.require(c, Permission.DECIDE, "Only the chair deciding this case drafts its letter");
        c.requireOpen("a decision letter can be drafted");
        CriteriaSummary summary = CriteriaSummary.of(Assessment.list("caseId", c.id));
        StringBuilder b = new StringBuilder();
        b.append("Dear ").append(c.instructorName).append(",\n\n")
                .append("The steering committee of the MOOC programme has reviewed your proposal \"")
                .append(c.proposalTitle).append("\" (version ").append(c.proposalVersion).append(").\n\n")
                .append(switch (outcome) {
                    case APPROVED -> "We are pleased to tell you that the committee approves it. The LearningLab will "
                            + "contact you to plan the production with you.";
                    case REVISION_REQUESTED -> "The committee asks you to revise it and submit it again. Please address "
                            + "the comments below; a revised version needs the endorsements the changes call for.";
                    case REJECTED -> "The committee has decided not to take it into the programme.";
                })
                .append("\n\nThe committee assessed the proposal on the programme's three criteria (average of ")
                .append(summary.assessments()).append(summary.assessments() == 1 ? " assessment" : " assessments")
                .append(", 1 = insufficient to 5 = excellent):\n");
        boolean figuresVisible = access.permissions(c).contains(Permission.READ_ASSESSMENTS);
        for (CriteriaSummary.CriterionFigures f : summary.criteria()) {
            b.append("- ").append(f.criterion().description()).append(": ")
                    .append(!figuresVisible ? "[shown once your own assessment is in]"
                            : f.average() == null ? "not scored" : String.format(Locale.ROOT, "%.1f", f.average()))
                    .append('\n');
        }
        b.append("\n[The committee's comments]\n\nKind regards,\n").append(access.name())
                .append("\nChair of the steering committee, MOOC programme");
        return b.toString();
    }

    @Transactional
    public ReviewCase decide(UUID caseId, Outcome outcome, String comments, String letter, String belowQuorumReason) {
        ReviewCase c = cases.get(caseId);
        access.require(c, Permission.DECIDE, access.isChair()
                ? "You have a conflict of interest in this case; its acting chair decides it"
                : "Only the committee's chair (or the case's acting chair) decides a case");
        c.requireOpen("a decision can be made");
        if (outcome != Outcome.APPROVED && (comments == null || comments.isBlank())) {
            throw ProblemException.invalid("comments", "are required to request a revision or to reject: tell the "
                    + "instructor why");
        }
        List<Assessment> assessments = Assessment.list("caseId", c.id);
        int quorum = committee.quorum();
        String reason = blankToNull(belowQuorumReason);
        if (assessments.size() < quorum && reason == null) {
            throw ProblemException.invalid("belowQuorumReason", "is required: the case has " + assessments.size() + " of "
                    + "the " + quorum + " assessments the committee's quorum asks for; say why it is decided without them");
        }
        c.decide(outcome, blankToNull(comments), letter.strip(), access.username(), access.name(), Timestamps.now());
        boolean belowQuorum = assessments.size() < quorum;
        CaseHistoryEntry.record(c.id, c.decidedAt, access.username(), access.name(),
                belowQuorum ? CaseHistoryEntry.Action.DECIDED_BELOW_QUORUM : CaseHistoryEntry.Action.DECIDED,
                CaseHistoryEntry.params("outcome", outcome, "assessments", assessments.size(), "quorum", quorum,
                        "reason", belowQuorum ? reason : null));
        outbox.publish(ReviewDecided.of(c, CriteriaSummary.of(assessments)));
        if (c.instructorEmail != null) {
            mailbox.queue(c.instructorEmail, "The steering committee's decision on \"" + c.proposalTitle + "\"",
                    c.decisionLetter + "\n\nThe proposal: " + mailbox.link("/proposals/" + c.moocId), c.moocId.toString());
        }
        LOG.infof("Review case %s decided: %s by %s", c.id, outcome, access.username());
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
