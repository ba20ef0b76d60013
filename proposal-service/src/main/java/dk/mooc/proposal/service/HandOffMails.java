package dk.mooc.proposal.service;

import dk.mooc.platform.mail.Mailbox;
import dk.mooc.proposal.Endorsement;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.config.RoutingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The e-mail at each hand-off (docs/proposals.md, "E-mail at each hand-off"): to whoever must act next, with
 * a link into the SPA. Mail is queued in the caller's transaction and sent after commit.
 */
@ApplicationScoped
public class HandOffMails {

    private static final Logger LOG = Logger.getLogger(HandOffMails.class);
    private static final String SIGNATURE = "\n\nMOOC Programme Platform";

    @Inject
    Mailbox mailbox;

    @Inject
    RoutingConfig routing;

    void consultationRequested(Proposal p) {
        send(p, routing.learninglab(), "Consultation requested: " + p.title,
                p.instructorName + " (" + p.department + ") asks the LearningLab for a first consultation on the MOOC "
                        + "proposal \"" + p.title + "\".\n\nTake it from the queue: " + link(p));
    }

    void consultantAssigned(Proposal p) {
        toInstructor(p, "Your LearningLab consultant: " + p.consultation().consultantName,
                p.consultation().consultantName + " from the LearningLab is your consultant for \"" + p.title
                        + "\" and will contact you to arrange the first consultation.");
    }

    void consultationRecorded(Proposal p) {
        toInstructor(p, "Consultation recorded: " + p.title,
                "The consultation on " + p.consultation().date + " is recorded. Complete the application and ask your study "
                        + "board and your Head of Department for their endorsements.");
    }

    void endorsementsRequested(Proposal p, Endorsement.Requested requested) {
        if (requested.studyBoard()) {
            String to = routing.studyBoardOf(p.department).orElse(null);
            send(p, to, "Study board approval requested: " + p.title,
                    p.instructorName + " asks the " + p.department + " study board to approve the MOOC proposal \""
                            + p.title + "\" (version " + p.revision + ") before it goes to the steering committee.\n\n"
                            + "Read exactly this version and approve or decline it here:\n"
                            + mailbox.link("/proposals/" + p.id + "/board-approval?hash=" + p.contentHash));
        }
        if (requested.head()) {
            String to = routing.headOf(p.department).orElse(null);
            send(p, to, "Signature requested: " + p.title,
                    p.instructorName + " asks you, as Head of the " + p.department + " department, to sign the MOOC "
                            + "proposal \"" + p.title + "\" (version " + p.revision + "), including the resources the "
                            + "department allocates.\n\nYour signature is bound to exactly this version; any later "
                            + "change voids it. Read and sign it here:\n"
                            + mailbox.link("/proposals/" + p.id + "/signature?hash=" + p.contentHash));
        }
    }

    void boardDecided(Proposal p) {
        Endorsement e = p.boardApproval();
        toInstructor(p, "Study board " + (e.state() == Endorsement.State.DECLINED ? "declined" : "approved") + ": "
                        + p.title,
                "The " + p.department + " study board (" + e.decidedByName() + ") " + e.state().label()
                        + " version " + p.revision + " of your proposal." + comment(e.comment()));
    }

    void headDecided(Proposal p) {
        Endorsement e = p.headSignature();
        toInstructor(p, "Head of Department " + (e.state() == Endorsement.State.DECLINED ? "declined" : "signed") + ": "
                        + p.title,
                e.decidedByName() + ", Head of the " + p.department + " department, " + e.state().label()
                        + " version " + p.revision + " of your proposal." + comment(e.comment()));
    }

    void submitted(Proposal p, boolean resubmitted) {
        toInstructor(p, (resubmitted ? "Resubmitted" : "Submitted") + " to the steering committee: " + p.title,
                "Version " + p.revision + " of your MOOC proposal \"" + p.title + "\" has been "
                        + (resubmitted ? "resubmitted" : "submitted") + " to the steering committee of the MOOC programme."
                        + " The committee assesses it on three criteria: the topic, the teacher's pedagogical and "
                        + "research background, and the resources your department allocated.");
    }

    void decided(Proposal p) {
        String what = switch (p.decisionOutcome) {
            case "APPROVED" -> "approved your MOOC proposal; production planning with the LearningLab comes next.";
            case "REJECTED" -> "decided not to take your MOOC proposal into the programme.";
            default -> "asks you to revise your MOOC proposal. Version " + p.revision + " is open for your changes; "
                    + "then ask for the endorsements it needs and resubmit.";
        };
        toInstructor(p, "The steering committee's decision: " + p.title,
                "The steering committee " + what + comment(p.decisionComments));
    }

    private void toInstructor(Proposal p, String subject, String text) {
        send(p, p.instructorEmail, subject, "Dear " + p.instructorName + ",\n\n" + text + "\n\nThe proposal: " + link(p));
    }

    private void send(Proposal p, String to, String subject, String text) {
        if (to == null || to.isBlank()) {
            // a department without a configured mailbox must not block the workflow; the log says who was missed
            LOG.warnf("No e-mail address configured for \"%s\"; the hand-off mail was not sent", subject);
            return;
        }
        mailbox.queue(to, subject, text + SIGNATURE, p.id.toString());
    }

    private String link(Proposal p) {
        return mailbox.link("/proposals/" + p.id);
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "" : "\n\nComment:\n" + comment;
    }
}
