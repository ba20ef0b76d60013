package dk.mooc.production.service;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.production.Production;
import dk.mooc.production.repository.ProductionRepository;
import dk.mooc.platform.web.ListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.mooc.platform.web.Timestamps;
import dk.mooc.platform.web.Versions;
import dk.mooc.production.DevelopmentPlan;
import dk.mooc.production.FeedbackRound;
import dk.mooc.production.Milestone;
import dk.mooc.production.Studio;
import dk.mooc.production.TeamMember;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Production use cases; instructors see only their own MOOCs, the programme's staff see all. */
@ApplicationScoped
public class ProductionService {

    private static final Logger LOG = Logger.getLogger(ProductionService.class);

    @Inject
    ProductionRepository productions;

    @Inject
    CurrentUser user;

    @Inject
    ProductionAccess access;

    /** One page of the productions the caller may read; only the given MOOC's when {@code moocId} is set. */
    public PageResponse<Production> list(UUID moocId, int page, int size) {
        access.bindPending(moocId);
        ListQuery<Production> q = access.seesAll() ? productions.all(moocId)
                : productions.partOf(user.hasRole(Roles.BOARD) ? user.department() : null, user.id(), moocId);
        return PageResponse.of(q, page, size);
    }

    /** A production the caller may read, to change it; 404 otherwise, so that its existence is not revealed. */
    public Production get(UUID moocId) {
        access.bindPending(moocId); // before the read, so that the read sees the binding
        Production p = productions.findByIdOptional(moocId)
                .orElseThrow(() -> ProblemException.notFound("Production", moocId));
        if (!access.canRead(p, rounds(p.moocId))) {
            throw ProblemException.notFound("Production", moocId);
        }
        return p;
    }

    public List<FeedbackRound> rounds(UUID moocId) {
        return FeedbackRound.inPlanOrder(FeedbackRound.list("moocId", moocId));
    }

    /**
     * A production with its parts, for showing it (GET by id): in one statement, which also asks whether anything
     * waits to be bound to the caller; only when something does, it is bound and the production read again. 404 as
     * {@link #get}. Detached entities: a change reads the production through {@link #get}.
     */
    public Production.WithParts show(UUID moocId) {
        Production.WithParts read = productions.withParts(moocId, access.addressToBind())
                .orElseThrow(() -> ProblemException.notFound("Production", moocId));
        if (read.bindingWaits()) {
            access.bindWaiting(moocId);
            read = productions.withParts(moocId, null).orElseThrow(() -> ProblemException.notFound("Production", moocId));
        }
        if (!access.canRead(read.production(), read.rounds())) {
            throw ProblemException.notFound("Production", moocId);
        }
        return read;
    }

    /** Replaces the team (If-Match), e.g. when an assistant joins. */
    @Transactional
    public Production replaceTeam(UUID moocId, long expectedVersion, List<TeamMember> members) {
        Production p = get(moocId);
        access.requireRuns(p, "change the team");
        Versions.check("The production", expectedVersion, p.version);
        p.replaceTeam(members);
        return p;
    }

    public List<Milestone> milestones(Production p) {
        return Milestone.list("moocId = ?1 order by position", p.moocId);
    }

    /**
     * Changes a milestone's due date and/or status; successors that would now start too early get proposed dates. Who
     * may: {@link ProductionAccess#requireMayChange} (the status of a study board's or MediaLab's milestone is theirs).
     */
    @Transactional
    public Production changeMilestone(UUID moocId, long expectedVersion, String key, LocalDate dueDate,
                                      Milestone.Status status) {
        Production p = get(moocId);
        DevelopmentPlan plan = new DevelopmentPlan(milestones(p));
        Milestone m = plan.get(key);
        access.requireMayChange(p, m, dueDate != null && !dueDate.equals(m.dueDate), status != null && status != m.status);
        requireEditable(p, expectedVersion);
        if (dueDate != null && !dueDate.equals(m.dueDate)) {
            List<String> proposed = plan.reschedule(key, dueDate);
            LOG.infof("Production %s: %s moved to %s; new dates proposed for %s", moocId, key, dueDate, proposed);
        }
        if (status != null && status != m.status) {
            m.status = status;
            m.doneOn = status == Milestone.Status.DONE ? Timestamps.today(Studio.ZONE) : null;
        }
        return p;
    }

    /** Takes every proposed date at once. */
    @Transactional
    public Production acceptProposals(UUID moocId, long expectedVersion) {
        Production p = editable(moocId, expectedVersion);
        new DevelopmentPlan(milestones(p)).acceptProposals();
        return p;
    }

    /** The instructor or the consultant records the plan as agreed: its dates become the baseline. */
    @Transactional
    public Production agreePlan(UUID moocId, long expectedVersion) {
        Production p = editable(moocId, expectedVersion);
        p.agreePlan(new DevelopmentPlan(milestones(p)), user.displayName(), Timestamps.now());
        return p;
    }

    /** The plan may be changed by the MOOC's instructor and by LearningLab consultants, with the current version. */
    private Production editable(UUID moocId, long expectedVersion) {
        Production p = get(moocId);
        access.requireRuns(p, "change its plan");
        return requireEditable(p, expectedVersion);
    }

    private Production requireEditable(Production p, long expectedVersion) {
        if (!p.inProduction()) {
            throw ProblemException.illegalTransition("The MOOC is " + p.status + "; its plan is history now");
        }
        Versions.check("The production", expectedVersion, p.version);
        // milestones live in their own rows: bump the production's version so that the ETag covers the whole plan
        productions.getEntityManager().lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return p;
    }
}
