package dk.mooc.proposal.service;

import dk.mooc.platform.events.Outbox;
import dk.mooc.platform.mail.Mailbox;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.panache.common.Page;
import dk.mooc.platform.web.Versions;
import dk.mooc.proposal.HistoryEntry;
import dk.mooc.proposal.NextStep;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalContent;
import dk.mooc.proposal.ProposalFilter;
import dk.mooc.proposal.ProposalStatus;
import dk.mooc.proposal.event.ProposalSubmitted;
import dk.mooc.proposal.event.ProposalWithdrawn;
import dk.mooc.proposal.repository.ProposalRepository;
import dk.mooc.proposal.repository.ProposalRepository.Scope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The proposal use cases. Each is one transaction; events go through the outbox in that transaction.
 * Object-level access is decided here, so every endpoint gets the same rules.
 */
@ApplicationScoped
public class ProposalService {

    private static final Logger LOG = Logger.getLogger(ProposalService.class);

    @Inject
    ProposalRepository proposals;

    @Inject
    Outbox outbox;

    @Inject
    Mailbox mailbox;

    @Inject
    CurrentUser user;

    @Transactional
    public Proposal create(ProposalContent content) {
        String department = user.department();
        if (department == null || department.isBlank()) {
            throw ProblemException.invalid("department",
                    "your account has no department; ask an administrator to set it before you write a proposal");
        }
        checkCourseCode(content);
        OffsetDateTime now = now();
        Proposal p = Proposal.draft(UUID.randomUUID(), user.id(), user.displayName(), user.email(), department, now);
        p.edit(content, now);
        proposals.persistAndFlush(p);
        history(p, "CREATED", "Draft started", now);
        LOG.infof("Proposal %s created by %s (%s)", p.id, user.username(), department);
        return p;
    }

    @Transactional
    public Proposal update(UUID id, long expectedVersion, ProposalContent content) {
        Proposal p = ownProposal(id);
        Versions.check("The proposal", expectedVersion, p.version);
        checkCourseCode(content);
        OffsetDateTime now = now();
        String changed = ProposalDiff.changedFields(p.content(), content);
        p.edit(content, now);
        proposals.flush();
        history(p, "EDITED", changed.isEmpty() ? "No changes" : "Changed: " + changed, now);
        return p;
    }

    /** Sends the proposal to the steering committee and publishes {@code proposal submitted}. */
    @Transactional
    public Proposal submit(UUID id, Long expectedVersion) {
        Proposal p = ownProposal(id);
        if (expectedVersion != null) {
            Versions.check("The proposal", expectedVersion, p.version);
        }
        OffsetDateTime now = now();
        p.submit(now);
        outbox.publish(ProposalSubmitted.of(p, 1));
        if (p.instructorEmail != null) {
            mailbox.queue(p.instructorEmail, "Submitted to the steering committee: " + p.title,
                    "Dear " + p.instructorName + ",\n\n"
                            + "your MOOC proposal \"" + p.title + "\" has been submitted to the steering committee of the"
                            + " MOOC programme. The committee assesses it on three criteria: the topic, the teacher's"
                            + " pedagogical and research background, and the resources your department allocated.\n\n"
                            + "Follow it here: " + mailbox.link("/proposals/" + p.id) + "\n\n"
                            + "MOOC Programme Platform", p.id.toString());
        }
        proposals.flush();
        history(p, "SUBMITTED", "Submitted to the steering committee", now);
        LOG.infof("Proposal %s submitted to the steering committee", p.id);
        return p;
    }

    public Proposal get(UUID id) {
        Proposal p = proposals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Proposal", id));
        if (!canView(p)) {
            // 404, not 403: whether someone else's proposal exists is not the caller's business
            throw ProblemException.notFound("Proposal", id);
        }
        return p;
    }

    /** Withdraws the proposal before the decision; publishes {@code proposal withdrawn}. */
    @Transactional
    public Proposal withdraw(UUID id, String reason) {
        Proposal p = ownProposal(id);
        boolean wasSubmitted = p.status == ProposalStatus.SUBMITTED;
        OffsetDateTime now = now();
        p.withdraw(now);
        outbox.publish(ProposalWithdrawn.of(p, wasSubmitted, reason));
        proposals.flush();
        history(p, "WITHDRAWN", reason == null || reason.isBlank() ? "Withdrawn" : "Withdrawn: " + reason, now);
        LOG.infof("Proposal %s withdrawn", p.id);
        return p;
    }

    /** Where the proposal stands, what is missing and who acts next. */
    public NextStep nextStep(UUID id) {
        return NextStep.of(get(id));
    }

    /** The proposal's history, oldest first; visible to whoever may see the proposal. */
    public List<HistoryEntry> history(UUID id) {
        Proposal p = get(id);
        return HistoryEntry.list("proposalId = ?1 order by id", p.id);
    }

    public PageResponse<Proposal> list(ProposalFilter filter, int page, int size) {
        PanacheQuery<Proposal> q = proposals.list(scope(), filter);
        long total = q.count();
        List<Proposal> items = q.page(Page.of(page, size)).list();
        return new PageResponse<>(items, page, size, total);
    }

    private Scope scope() {
        if (user.isAdmin()) {
            return Scope.everything();
        }
        if (user.hasRole(Roles.COMMITTEE)) {
            return new Scope(null, List.of(ProposalStatus.SUBMITTED));
        }
        return new Scope(user.id(), null);
    }

    private boolean canView(Proposal p) {
        return user.isAdmin()
                || p.ownedBy(user.id())
                || (user.hasRole(Roles.COMMITTEE) && p.status == ProposalStatus.SUBMITTED);
    }

    /** The caller's own proposal (404 when invisible, 403 when visible but someone else's). */
    Proposal ownProposal(UUID id) {
        Proposal p = get(id);
        if (!p.ownedBy(user.id())) {
            throw ProblemException.forbidden("Only the proposal's instructor can change it");
        }
        return p;
    }

    void history(Proposal p, String action, String detail, OffsetDateTime at) {
        HistoryEntry.of(p, user.id(), user.displayName(), action, detail, at).persist();
    }

    private static void checkCourseCode(ProposalContent c) {
        if (!c.newContent() && (c.courseCode() == null || c.courseCode().isBlank())) {
            throw ProblemException.invalid("courseCode", "is required when the MOOC builds on an existing course");
        }
    }

    private static OffsetDateTime now() {
        return Timestamps.now();
    }
}
