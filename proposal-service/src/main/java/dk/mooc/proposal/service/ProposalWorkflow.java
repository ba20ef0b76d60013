package dk.mooc.proposal.service;

import dk.mooc.platform.problem.Problem;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.proposal.Endorsement;
import dk.mooc.proposal.HistoryEntry;
import dk.mooc.proposal.NextStep;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.event.CourseLaunched;
import dk.mooc.proposal.event.ReviewDecided;
import dk.mooc.proposal.repository.ProposalRepository;
import dk.mooc.platform.events.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hand-offs between the instructor, the LearningLab, the study board, the Head of Department and the
 * steering committee (docs/proposals.md, "The workflow"). Each step is one transaction: the state change,
 * its history entry and the mail to whoever acts next commit together or not at all.
 */
@ApplicationScoped
public class ProposalWorkflow {

    private static final Logger LOG = Logger.getLogger(ProposalWorkflow.class);

    @Inject
    ProposalService proposals;

    @Inject
    ProposalRepository repository;

    @Inject
    ProposalAccess access;

    @Inject
    CurrentUser user;

    @Inject
    HandOffMails mails;

    @Transactional
    public Proposal requestConsultation(UUID id) {
        Proposal p = proposals.ownProposal(id);
        OffsetDateTime now = Timestamps.now();
        p.requestConsultation(now);
        mails.consultationRequested(p);
        return done(p, "CONSULTATION_REQUESTED", HistoryEntry.params(), now);
    }

    @Transactional
    public Proposal assignConsultant(UUID id) {
        Proposal p = proposals.get(id);
        access.requireConsultant();
        OffsetDateTime now = Timestamps.now();
        p.assignConsultant(user.id(), user.displayName(), user.email(), now);
        mails.consultantAssigned(p);
        return done(p, "CONSULTANT_ASSIGNED", HistoryEntry.params("consultant", p.consultation().consultantName), now);
    }

    @Transactional
    public Proposal recordConsultation(UUID id, LocalDate date, String notes) {
        Proposal p = proposals.get(id);
        access.requireAssignedConsultant(p);
        if (date.isAfter(Timestamps.today())) {
            throw ProblemException.invalid("date", "the consultation must have taken place; it cannot be in the future");
        }
        OffsetDateTime now = Timestamps.now();
        p.recordConsultation(date, notes, now);
        mails.consultationRecorded(p);
        return done(p, "CONSULTATION_RECORDED", HistoryEntry.params("date", date), now);
    }

    /** Asks for the endorsements that do not hold; the application must be complete first. */
    @Transactional
    public Proposal requestEndorsements(UUID id) {
        Proposal p = proposals.ownProposal(id);
        List<String> missing = NextStep.missingFields(p);
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The application is not complete; fill in "
                    + String.join(", ", missing) + " before asking for endorsements",
                    missing.stream().map(f -> new Problem.FieldError(f, "is required before endorsements are requested"))
                            .toList());
        }
        proposals.refreshFingerprint(p);
        OffsetDateTime now = Timestamps.now();
        Endorsement.Requested requested = p.requestEndorsements(now);
        mails.endorsementsRequested(p, requested);
        String who = requested.studyBoard() && requested.head() ? "BOTH" : requested.studyBoard() ? "STUDY_BOARD" : "HEAD";
        return done(p, "ENDORSEMENTS_REQUESTED", HistoryEntry.params("version", p.revision, "requested", who), now);
    }

    @Transactional
    public Proposal decideBoardApproval(UUID id, boolean approve, String comment, String seenHash) {
        Proposal p = proposals.get(id);
        access.requireStudyBoardOf(p);
        requireCommentToDecline(approve, comment);
        OffsetDateTime now = Timestamps.now();
        p.decideBoardApproval(approve ? Endorsement.Decision.APPROVED : Endorsement.Decision.DECLINED, blankToNull(comment),
                seenHash, user.id(), user.displayName(), user.email(), now);
        mails.boardDecided(p);
        return done(p, approve ? "BOARD_APPROVED" : "BOARD_DECLINED",
                HistoryEntry.params("version", p.revision, "comment", comment), now);
    }

    @Transactional
    public Proposal decideHeadSignature(UUID id, boolean sign, String comment, String seenHash) {
        Proposal p = proposals.get(id);
        access.requireHeadOf(p);
        requireCommentToDecline(sign, comment);
        OffsetDateTime now = Timestamps.now();
        p.decideHeadSignature(sign ? Endorsement.Decision.SIGNED : Endorsement.Decision.DECLINED, blankToNull(comment),
                seenHash, user.id(), user.displayName(), user.email(), now);
        mails.headDecided(p);
        return done(p, sign ? "HEAD_SIGNED" : "HEAD_DECLINED", HistoryEntry.params("version", p.revision,
                "contentHash", p.contentHash.substring(0, 12), "comment", comment), now);
    }

    /** From {@code mooc.review.decided.v1}: sets the outcome; a stale or repeated decision changes nothing. */
    @Transactional
    public void applyDecision(ReviewDecided d) {
        Proposal p = byMoocId(d.moocId());
        if (d.decision() == null || !List.of("APPROVED", "REJECTED", "REVISION_REQUESTED").contains(d.decision())
                || d.proposalVersion() == null) {
            throw new PoisonEventException("review decided without a known decision or proposal version: " + d.decision());
        }
        OffsetDateTime now = d.decidedAt() == null ? Timestamps.now() : d.decidedAt();
        int round = p.revision;
        if (!p.applyDecision(d.decision(), d.comments(), d.proposalVersion(), now)) {
            LOG.infof("Decision %s on proposal %s version %d ignored: it is %s at version %d", d.decision(), p.id,
                    d.proposalVersion(), p.status, p.revision);
            return;
        }
        mails.decided(p);
        repository.flush();
        HistoryEntry.of(p, "review-service", "Steering committee", d.decision(), HistoryEntry.params("round", round,
                "openVersion", "REVISION_REQUESTED".equals(d.decision()) ? p.revision : null, "comment", d.comments()),
                now).persist();
        LOG.infof("Proposal %s: steering committee decided %s", p.id, d.decision());
    }

    /** From {@code mooc.course.launched.v1}. */
    @Transactional
    public void launched(CourseLaunched e) {
        Proposal p = byMoocId(e.moocId());
        OffsetDateTime now = e.launchedAt() == null ? Timestamps.now() : e.launchedAt();
        if (!p.launched(e.courseUrl(), e.launchDate(), now)) {
            LOG.infof("Launch of %s ignored: the proposal is %s", p.id, p.status);
            return;
        }
        repository.flush();
        HistoryEntry.of(p, "production-service", "Production", "LAUNCHED",
                HistoryEntry.params("courseUrl", e.courseUrl(), "launchDate", e.launchDate()), now).persist();
    }

    private Proposal byMoocId(String moocId) {
        UUID id;
        try {
            id = UUID.fromString(moocId);
        } catch (RuntimeException ex) {
            throw new PoisonEventException("not a MOOC id: " + moocId, ex);
        }
        return repository.findByIdOptional(id)
                .orElseThrow(() -> new PoisonEventException("no proposal with MOOC id " + moocId));
    }

    private Proposal done(Proposal p, String action, Map<String, String> params, OffsetDateTime now) {
        repository.flush();
        proposals.history(p, action, params, now);
        LOG.infof("Proposal %s: %s", p.id, action);
        return p;
    }

    private static void requireCommentToDecline(boolean positive, String comment) {
        if (!positive && (comment == null || comment.isBlank())) {
            throw ProblemException.invalid("comment", "is required to decline: tell the instructor what to change");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
