package dk.mooc.review.service;

import dk.mooc.platform.events.Outbox;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.CaseHistoryEntry;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import dk.mooc.review.event.ProposalSubmitted;
import dk.mooc.review.event.ProposalWithdrawn;
import dk.mooc.review.event.ReviewOpened;
import dk.mooc.review.repository.ReviewCaseRepository;
import dk.mooc.platform.web.ListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Review-case use cases. */
@ApplicationScoped
public class ReviewCaseService {

    private static final Logger LOG = Logger.getLogger(ReviewCaseService.class);

    @Inject
    ReviewCaseRepository cases;

    @Inject
    Outbox outbox;

    /**
     * Opens the next review round for a submitted proposal version. Runs in the inbox's transaction, so
     * the case, the inbox entry and the {@code review opened} event commit together or not at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewCase open(@Valid ProposalSubmitted submitted) {
        if (cases.roundExists(submitted.moocId(), submitted.proposalVersion())) {
            // the same version submitted again under a new event id: still one case per version
            LOG.infof("Review case for MOOC %s version %d already exists", submitted.moocId(), submitted.proposalVersion());
            return null;
        }
        OffsetDateTime now = Timestamps.now();
        for (ReviewCase earlier : cases.<ReviewCase>list("moocId", submitted.moocId())) {
            // a resubmission supersedes a round still open (normally the committee's decision closed it)
            Map<String, String> why = CaseHistoryEntry.params("cause", ReviewCase.CloseCause.SUPERSEDED,
                    "version", submitted.proposalVersion());
            if (earlier.close(ReviewCase.CloseCause.SUPERSEDED, CaseHistoryEntry.params("version",
                    submitted.proposalVersion()), now)) {
                CaseHistoryEntry.record(earlier.id, now, null, null, CaseHistoryEntry.Action.CLOSED, why);
            }
        }
        ReviewCase c = new ReviewCase();
        c.id = UUID.randomUUID();
        c.moocId = submitted.moocId();
        c.round = cases.lastRound(submitted.moocId()) + 1;
        c.proposalVersion = submitted.proposalVersion();
        c.proposalTitle = submitted.title();
        c.summary = submitted.summary();
        c.department = submitted.department();
        c.instructorId = submitted.instructor().id();
        c.instructorName = submitted.instructor().name();
        c.instructorEmail = submitted.instructor().email();
        c.newContent = submitted.newContent();
        c.courseCode = submitted.courseCode();
        c.plannedLaunchSemester = submitted.plannedLaunchSemester();
        c.expectedEnrolments = submitted.expectedEnrolments();
        c.topic = submitted.topic();
        if (submitted.resources() != null) {
            c.staffHours = submitted.resources().staffHours();
            c.assistants = submitted.resources().assistants();
            c.videoBudgetDkk = submitted.resources().videoBudgetDkk();
        }
        c.team = submitted.team() == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(submitted.team());
        cases.<ReviewCase>find("moocId = ?1 and decisionOutcome is not null order by round desc", submitted.moocId())
                .firstResultOptional().ifPresent(previous -> {
                    c.previousOutcome = previous.decisionOutcome.name();
                    c.previousComments = previous.decisionComments;
                });
        c.status = ReviewCaseStatus.OPEN;
        c.openedAt = now;
        cases.persist(c);
        CaseHistoryEntry.record(c.id, now, null, null, CaseHistoryEntry.Action.OPENED,
                CaseHistoryEntry.params("round", c.round, "version", c.proposalVersion));
        outbox.publish(ReviewOpened.of(c));
        LOG.infof("Opened review case %s (round %d) for MOOC %s", c.id, c.round, c.moocId);
        return c;
    }

    /** The instructor withdrew the proposal: its open review case closes (runs in the inbox's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int closeForWithdrawal(@Valid ProposalWithdrawn withdrawn) {
        OffsetDateTime now = Timestamps.now();
        Map<String, String> reason = CaseHistoryEntry.params("cause", ReviewCase.CloseCause.WITHDRAWN,
                "reason", withdrawn.reason());
        int closed = 0;
        for (ReviewCase c : cases.<ReviewCase>list("moocId", withdrawn.moocId())) {
            if (c.close(ReviewCase.CloseCause.WITHDRAWN, CaseHistoryEntry.params("reason", withdrawn.reason()), now)) {
                CaseHistoryEntry.record(c.id, now, null, null, CaseHistoryEntry.Action.CLOSED, reason);
                closed++;
                LOG.infof("Closed review case %s: proposal %s was withdrawn", c.id, c.moocId);
            }
        }
        return closed;
    }

    /** One page of cases, oldest first; {@code status} and {@code moocId} narrow it when given. */
    public PageResponse<ReviewCase> list(ReviewCaseStatus status, UUID moocId, int page, int size) {
        ListQuery<ReviewCase> q = cases.list(status, moocId);
        return PageResponse.of(q, page, size);
    }

    /** The open cases, oldest first (the overview ranks them); {@code moocId} narrows them to one MOOC's when given. */
    public List<ReviewCase> openCases(UUID moocId) {
        return cases.list(ReviewCaseStatus.OPEN, moocId).list();
    }

    public ReviewCase get(UUID id) {
        return cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Review case", id));
    }

    /** The case with its members and assessments, for showing it (one statement: {@link ReviewCaseRepository#withParts}). */
    public ReviewCase.WithParts getWithParts(UUID id) {
        return cases.withParts(id).orElseThrow(() -> ProblemException.notFound("Review case", id));
    }
}
