package dk.mooc.proposal.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.mooc.platform.events.Outbox;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.platform.web.Versions;
import dk.mooc.proposal.Attachment;
import dk.mooc.proposal.ContentFingerprint;
import dk.mooc.proposal.HistoryEntry;
import dk.mooc.proposal.NextStep;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalContent;
import dk.mooc.proposal.ProposalFilter;
import dk.mooc.proposal.ProposalStatus;
import dk.mooc.proposal.ProposalVersion;
import dk.mooc.proposal.TeamBinding;
import dk.mooc.proposal.TeamMember;
import dk.mooc.proposal.event.ProposalResubmitted;
import dk.mooc.proposal.event.ProposalDrafted;
import dk.mooc.proposal.event.ProposalSubmitted;
import dk.mooc.proposal.event.ProposalWithdrawn;
import dk.mooc.proposal.repository.ProposalRepository;
import dk.mooc.platform.web.ListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The proposal use cases of its instructor, and reading. Each change is one transaction; events go through the
 * outbox and mails through the mailbox in that transaction. Who may do what is decided by {@link ProposalAccess}.
 */
@ApplicationScoped
public class ProposalService {

    private static final Logger LOG = Logger.getLogger(ProposalService.class);

    @Inject
    ProposalRepository proposals;

    @Inject
    Outbox outbox;

    @Inject
    HandOffMails mails;

    @Inject
    CurrentUser user;

    @Inject
    ProposalAccess access;

    @Transactional
    public Proposal create(ProposalContent content) {
        String department = user.department();
        if (department == null || department.isBlank()) {
            throw ProblemException.invalid("department",
                    "your account has no department; ask an administrator to set it before you write a proposal");
        }
        checkCourseCode(content);
        OffsetDateTime now = Timestamps.now();
        Proposal p = Proposal.draft(UUID.randomUUID(), user.id(), user.displayName(), user.email(), department, now);
        p.edit(content, now);
        p.contentHash = ContentFingerprint.contentHash(p.content(), List.of());
        proposals.persistAndFlush(p);
        TeamBinding.teamWritten(p.id, TeamMember.addresses(p.team));
        history(p, "CREATED", HistoryEntry.params(), now);
        outbox.publish(ProposalDrafted.of(p));
        LOG.infof("Proposal %s created by %s (%s)", p.id, user.username(), department);
        return p;
    }

    /** Replaces the content; an edit after an endorsement may void it (the history says so). */
    @Transactional
    public Proposal update(UUID id, long expectedVersion, ProposalContent content) {
        Proposal p = ownProposal(id);
        Versions.check("The proposal", expectedVersion, p.version);
        checkCourseCode(content);
        OffsetDateTime now = Timestamps.now();
        String changed = ProposalDiff.changedFields(p.content(), content);
        Endorsements before = Endorsements.of(p);
        p.edit(content, now);
        refreshFingerprint(p);
        proposals.flush();
        // an entry whose address changed or went is pending again
        TeamBinding.teamWritten(p.id, TeamMember.addresses(p.team));
        history(p, "EDITED", HistoryEntry.params("changedFields", changed), now);
        recordVoided(p, before, now);
        return p;
    }

    /**
     * Sends the current version to the steering committee: {@code proposal submitted} for the first version,
     * {@code proposal resubmitted} for a revision. The version is frozen.
     */
    @Transactional
    public Proposal submit(UUID id, Long expectedVersion) {
        Proposal p = ownProposal(id);
        if (expectedVersion != null) {
            Versions.check("The proposal", expectedVersion, p.version);
        }
        OffsetDateTime now = Timestamps.now();
        p.submit(now);
        ProposalVersion.freeze(p, now).persist();
        boolean resubmission = p.revision > 1;
        if (resubmission) {
            ProposalVersion previous = ProposalVersion.findById(key(p.id, p.revision - 1));
            List<String> changed = previous == null ? List.of()
                    : ProposalDiff.changes(previous.content, p.content()).stream().map(ProposalDiff.Change::field).toList();
            outbox.publish(ProposalResubmitted.of(p, changed));
        } else {
            outbox.publish(ProposalSubmitted.of(p, p.revision));
        }
        mails.submitted(p, resubmission);
        proposals.flush();
        history(p, resubmission ? "RESUBMITTED" : "SUBMITTED", HistoryEntry.params("version", p.revision), now);
        LOG.infof("Proposal %s version %d %s to the steering committee", p.id, p.revision,
                resubmission ? "resubmitted" : "submitted");
        return p;
    }

    /** Withdraws the proposal before the decision; publishes {@code proposal withdrawn}. */
    @Transactional
    public Proposal withdraw(UUID id, String reason) {
        Proposal p = ownProposal(id);
        boolean wasSubmitted = p.status == ProposalStatus.SUBMITTED;
        OffsetDateTime now = Timestamps.now();
        p.withdraw(now);
        outbox.publish(ProposalWithdrawn.of(p, wasSubmitted, reason));
        proposals.flush();
        history(p, "WITHDRAWN", HistoryEntry.params("reason", reason), now);
        LOG.infof("Proposal %s withdrawn", p.id);
        return p;
    }

    public Proposal get(UUID id) {
        Proposal p = proposals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Proposal", id));
        if (!access.canView(p)) {
            // 404, not 403: whether someone else's proposal exists is not the caller's business
            throw ProblemException.notFound("Proposal", id);
        }
        return p;
    }

    /** A proposal as read by id, with its team bindings. */
    public record Read(Proposal proposal, List<TeamBinding> teamBindings) {
    }

    /**
     * {@link #get} for showing the proposal: the proposal and its team bindings in one query, which also decide the
     * team rule of {@link ProposalAccess#canView}. Only for reads: a change may alter the bindings after this.
     */
    public Read read(UUID id) {
        access.bindTeamMemberships(); // first: the bindings read below include any made for the caller now
        List<Object[]> rows = proposals.getEntityManager()
                .createQuery("select p, b from Proposal p left join TeamBinding b on b.proposalId = p.id where p.id = :id",
                        Object[].class)
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Proposal", id);
        }
        Proposal p = (Proposal) rows.get(0)[0];
        List<TeamBinding> bindings = rows.stream().map(r -> (TeamBinding) r[1]).filter(Objects::nonNull).toList();
        if (!access.canView(p, bindings)) {
            // 404, not 403: whether someone else's proposal exists is not the caller's business
            throw ProblemException.notFound("Proposal", id);
        }
        return new Read(p, bindings);
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

    /** The frozen versions, oldest first. */
    public List<ProposalVersion> versions(UUID id) {
        Proposal p = get(id);
        return ProposalVersion.list("proposalId = ?1 order by number", p.id);
    }

    /** One version's content: a frozen one, or the current (possibly still being written) one. */
    public ProposalContent contentOf(UUID id, int number) {
        Proposal p = get(id);
        if (number == p.revision && ProposalVersion.findById(key(p.id, number)) == null) {
            return p.content();
        }
        ProposalVersion v = ProposalVersion.findById(key(p.id, number));
        if (v == null) {
            throw ProblemException.notFound("Version " + number + " of proposal", id);
        }
        return v.content;
    }

    /** What changed between two versions ({@code to} null = the current content), and which endorsements that needs. */
    public VersionDiff diff(UUID id, int from, Integer to) {
        Proposal p = get(id);
        ProposalContent before = contentOf(id, from);
        ProposalContent after = to == null ? p.content() : contentOf(id, to);
        List<ProposalDiff.Change> changes = ProposalDiff.changes(before, after);
        boolean scopeChanged = !ContentFingerprint.scopeHash(before).equals(ContentFingerprint.scopeHash(after));
        return new VersionDiff(from, to, changes, scopeChanged, !changes.isEmpty());
    }

    /** The result of a version comparison. */
    @Schema(name = "ProposalVersionDiff", description = "What changed between two versions of the application")
    public record VersionDiff(
            @Schema(description = "The version compared from", example = "1") int from,
            @Schema(description = "The version compared to; null: the current content", example = "2") Integer to,
            @Schema(description = "The fields that differ") List<ProposalDiff.Change> changes,
            @Schema(description = "The academic scope changed: the study board must approve again", example = "false")
            boolean boardApprovalNeeded,
            @Schema(description = "Anything changed: the Head of Department must sign again", example = "true")
            boolean headSignatureNeeded) {
    }

    public PageResponse<Proposal> list(ProposalFilter filter, int page, int size) {
        ListQuery<Proposal> q = proposals.list(access.listScope(), filter, user.id());
        return PageResponse.of(q, page, size);
    }

    /** The caller's own proposal (404 when invisible, 403 when visible but someone else's). */
    Proposal ownProposal(UUID id) {
        Proposal p = get(id);
        access.requireOwner(p);
        return p;
    }

    /** Recomputes the content hash after the content or the attachments changed. */
    void refreshFingerprint(Proposal p) {
        List<String> attachmentHashes = Attachment.<Attachment>list("proposalId", p.id).stream().map(a -> a.sha256).toList();
        p.contentHash = ContentFingerprint.contentHash(p.content(), attachmentHashes);
    }

    /** Runs a change of content or attachments, then records which endorsements it voided. */
    void afterContentChange(Proposal p, Endorsements before, OffsetDateTime now) {
        refreshFingerprint(p);
        recordVoided(p, before, now);
    }

    /** Which endorsements held before a change. */
    record Endorsements(boolean board, boolean head) {
        static Endorsements of(Proposal p) {
            return new Endorsements(p.boardApproval().holds(), p.headSignature().holds());
        }
    }

    private void recordVoided(Proposal p, Endorsements before, OffsetDateTime now) {
        if (before.head() && !p.headSignature().holds()) {
            history(p, "SIGNATURE_VOIDED", HistoryEntry.params(), now);
        }
        if (before.board() && !p.boardApproval().holds()) {
            history(p, "BOARD_APPROVAL_VOIDED",
                    HistoryEntry.params("scopeFields", String.join(", ", ContentFingerprint.SCOPE_FIELDS)), now);
        }
    }

    void history(Proposal p, String action, Map<String, String> params, OffsetDateTime at) {
        HistoryEntry.of(p, user.id(), user.displayName(), action, params, at).persist();
    }

    private static ProposalVersion.Key key(UUID id, int number) {
        ProposalVersion.Key k = new ProposalVersion.Key();
        k.proposalId = id;
        k.number = number;
        return k;
    }

    private static void checkCourseCode(ProposalContent c) {
        if (!c.newContent() && (c.courseCode() == null || c.courseCode().isBlank())) {
            throw ProblemException.invalid("courseCode", "is required when the MOOC builds on an existing course");
        }
    }
}
