package dk.mooc.production.service;

import dk.mooc.platform.events.PoisonEventException;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.DevelopmentPlan;
import dk.mooc.production.FeedbackRound;
import dk.mooc.production.PendingApproval;
import dk.mooc.production.Milestone;
import dk.mooc.production.TeamMember;
import dk.mooc.production.TeamRole;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.production.ProposalSnapshot;
import dk.mooc.production.Studio;
import dk.mooc.production.event.ProposalSubmitted;
import dk.mooc.production.event.ReviewDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Starts productions from the committee's approvals (runs in the inbox's transaction). */
@ApplicationScoped
public class ProductionStarter {

    private static final Logger LOG = Logger.getLogger(ProductionStarter.class);

    /** Keeps the latest submitted version of a proposal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(ProposalSubmitted s) {
        if (s.moocId() == null || s.proposalVersion() == null || s.title() == null || s.department() == null
                || s.instructor() == null) {
            throw new PoisonEventException("proposal submitted without MOOC id, version, title, department or instructor");
        }
        serialize(s.moocId());
        ProposalSnapshot snapshot = ProposalSnapshot.findById(s.moocId());
        if (snapshot == null) {
            snapshot = new ProposalSnapshot();
            snapshot.moocId = s.moocId();
        } else if (snapshot.proposalVersion > s.proposalVersion()) {
            return; // an older version arriving late changes nothing
        }
        snapshot.proposalVersion = s.proposalVersion();
        snapshot.data = s.facts();
        snapshot.receivedAt = Timestamps.now();
        snapshot.persist();
        PendingApproval pending = PendingApproval.findById(s.moocId());
        if (pending != null && Production.findById(s.moocId()) == null) {
            start(snapshot, pending.approvedOn);
            pending.delete();
        }
    }

    /** An approval starts the production with a plan from the template; other decisions concern proposal-service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(ReviewDecided d) {
        if (d.moocId() == null || d.decision() == null) {
            throw new PoisonEventException("review decided without MOOC id or decision");
        }
        if (!"APPROVED".equals(d.decision())) {
            return;
        }
        serialize(d.moocId());
        if (Production.findById(d.moocId()) != null) {
            return;
        }
        // the approval's day on campus: the plan is scheduled in Copenhagen working days
        LocalDate approvedOn = (d.decidedAt() == null ? Timestamps.now() : d.decidedAt())
                .atZoneSameInstant(Studio.ZONE).toLocalDate();
        ProposalSnapshot snapshot = ProposalSnapshot.findById(d.moocId());
        if (snapshot == null) {
            // the proposal's event is on another topic and may still be on its way: keep the approval; the
            // snapshot's arrival starts the production (retrying here could exhaust the retries and lose it)
            if (PendingApproval.findById(d.moocId()) == null) {
                PendingApproval pending = new PendingApproval();
                pending.moocId = d.moocId();
                pending.approvedOn = approvedOn;
                pending.receivedAt = Timestamps.now();
                pending.persist();
                LOG.infof("MOOC %s approved before its proposal snapshot arrived; production starts when it does", d.moocId());
            }
            return;
        }
        start(snapshot, approvedOn);
    }

    private void start(ProposalSnapshot snapshot, LocalDate approvedOn) {
        ProposalSnapshot.Facts f = snapshot.data;
        Production p = new Production();
        p.moocId = snapshot.moocId;
        p.title = f.title();
        p.department = f.department();
        p.instructorId = f.instructor().id();
        p.instructorName = f.instructor().name();
        p.instructorEmail = f.instructor().email();
        p.newContent = f.newContent();
        p.courseCode = f.courseCode();
        p.plannedLaunchSemester = f.plannedLaunchSemester();
        p.expectedEnrolments = f.expectedEnrolments();
        if (f.resources() != null) {
            p.staffHours = f.resources().staffHours();
            p.assistants = f.resources().assistants();
            p.videoBudgetDkk = f.resources().videoBudgetDkk();
        }
        if (f.consultant() != null) {
            p.consultantId = f.consultant().id();
            p.consultantName = f.consultant().name();
            p.consultantEmail = f.consultant().email();
        }
        p.status = ProductionStatus.PLANNING;
        p.replaceTeam(initialTeam(f));
        p.approvedOn = approvedOn;
        p.status = ProductionStatus.PLANNING;
        p.startedAt = Timestamps.now();
        p.persist();
        for (Milestone m : DevelopmentPlan.fromTemplate(p.moocId, approvedOn, p.newContent)) {
            m.persist();
        }
        for (FeedbackRound.Round round : FeedbackRound.Round.values()) {
            FeedbackRound.open(p.moocId, round).persist();
        }
        LOG.infof("Production of MOOC %s started with a plan from the template", p.moocId);
    }

    /**
     * The application's team (assistants of both kinds become ASSISTANT) plus the consultant, instructor first. The
     * instructor's and the consultant's memberships are bound to the subjects the proposal names; the assistants' are
     * pending until each first uses theirs.
     */
    static List<TeamMember> initialTeam(ProposalSnapshot.Facts f) {
        Map<String, TeamMember> byEmail = new LinkedHashMap<>();
        String instructorEmail = f.instructor().email() == null ? f.instructor().id() + "@unknown" : f.instructor().email();
        byEmail.put(instructorEmail.toLowerCase(), new TeamMember(f.instructor().name(), instructorEmail, TeamRole.INSTRUCTOR,
                f.instructor().id()));
        if (f.team() != null) {
            for (ProposalSnapshot.Member m : f.team()) {
                if (m.email() != null && !m.email().isBlank() && !"INSTRUCTOR".equals(m.role())) {
                    byEmail.putIfAbsent(m.email().toLowerCase(), new TeamMember(m.name(), m.email(), TeamRole.ASSISTANT));
                }
            }
        }
        if (f.consultant() != null && f.consultant().email() != null) {
            byEmail.putIfAbsent(f.consultant().email().toLowerCase(),
                    new TeamMember(f.consultant().name(), f.consultant().email(), TeamRole.CONSULTANT, f.consultant().id()));
        }
        return new ArrayList<>(byEmail.values());
    }

    /**
     * The snapshot and the approval arrive on two topics, on two consumer threads: a per-MOOC transaction lock makes
     * one wait for the other's commit, so an approval is never parked after the snapshot already looked for it.
     */
    private static void serialize(UUID moocId) {
        Production.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, moocId.getMostSignificantBits() ^ moocId.getLeastSignificantBits()).getSingleResult();
    }
}
