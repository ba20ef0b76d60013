package dk.mooc.production.service;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.production.FeedbackRound;
import dk.mooc.production.Invitation;
import dk.mooc.production.Milestone;
import dk.mooc.production.LaunchApproval;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.production.repository.ProductionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that says who sees a production and what they may do with it; the SPA shows only the actions in
 * {@link #permissions}. Invisible productions answer 404, visible but not yours 403, wrong stage 409. Team members and
 * invited colleagues are admitted by the Keycloak subject their grant is bound to, never by an e-mail claim
 * ({@link Invitation}, {@link #bindPending}).
 */
@ApplicationScoped
public class ProductionAccess {

    private static final Logger LOG = Logger.getLogger(ProductionAccess.class);

    /** What the caller may do with a production now. */
    @Schema(name = "ProductionPermission", description = "What the caller may do with the production now")
    public enum Permission {
        EDIT_PLAN, MANAGE_TEAM, COMMENT, RESOLVE_COMMENTS, CLOSE_FEEDBACK, INVITE_COLLEAGUE, RECORD_USER_TEST,
        REQUEST_LAUNCH_APPROVAL, DECIDE_LAUNCH_APPROVAL, LAUNCH, BOOK, MANAGE_MAINTENANCE
    }

    /** What the caller may do with one milestone of the plan now; the SPA offers only these controls. */
    @Schema(name = "MilestonePermission", description = "What the caller may do with one milestone now")
    public enum MilestonePermission {
        /** Change its status (e.g. mark it done): {@link #mayChangeStatus}. */
        CHANGE_STATUS,
        /** Move its due date: those who run the MOOC. */
        MOVE_DUE
    }

    @Inject
    CurrentUser user;

    @Inject
    ProductionRepository productions;

    @Inject
    BoundThisRequest boundThisRequest;

    /**
     * Whether this request has already bound everything pending for its caller (a bind with no MOOC given). Read and
     * set through methods: a field read on the injected client proxy would be the proxy's own, shared by all requests.
     */
    @RequestScoped
    static class BoundThisRequest {
        private boolean everything;

        boolean everything() {
            return everything;
        }

        void everythingBound() {
            everything = true;
        }
    }

    /**
     * Binds the caller's pending team memberships and feedback invitations (of one MOOC, or of all when {@code moocId}
     * is null) that are addressed to their verified e-mail to their Keycloak subject ({@link Invitation}). Runs before
     * every read of a production and of the list, so the first use binds; afterwards only the subject is admitted.
     * Joins the caller's transaction if there is one.
     *
     * <p>Almost always nothing waits: one read (no transaction, no lock) says so, and only when something waits are
     * the entries locked and bound in a transaction. A read of a production then costs one statement for this, not
     * two locking reads and a commit.
     */
    public void bindPending(UUID moocId) {
        String email = addressToBind();
        if (email == null) {
            return;
        }
        if (moocId == null) {
            // a request that reads several parts (GET /home: the inbox, then the list) asks once, not once per part
            boundThisRequest.everythingBound();
        }
        if (productions.anyPendingFor(email, moocId)) {
            bind(email, moocId);
        }
    }

    /**
     * Binds what a read of one MOOC found waiting for {@link #addressToBind} ({@link ProductionService#show} asks in its
     * own statement), without asking again.
     */
    public void bindWaiting(UUID moocId) {
        String email = addressToBind();
        if (email != null) {
            bind(email, moocId);
        }
    }

    private void bind(String email, UUID moocId) {
        String subject = user.id();
        QuarkusTransaction.joiningExisting().run(() -> {
            for (Production p : productions.withPendingMember(email, moocId)) {
                if (p.bindTeamMember(subject, email)) {
                    LOG.infof("Production %s: team membership of %s bound to subject %s", p.moocId, email, subject);
                }
            }
            for (FeedbackRound r : productions.roundsInviting(email, moocId)) {
                if (r.bindColleague(subject, email)) {
                    LOG.infof("Production %s: %s feedback invitation of %s bound to subject %s", r.moocId, r.round, email, subject);
                }
            }
        });
    }

    /**
     * The caller's verified address, whose pending entries a read binds first ({@link #bindPending}); null when there
     * is nothing to look for: no verified address (an unverified one binds nothing), or all bound in this request.
     */
    public String addressToBind() {
        String email = user.email();
        return email == null || email.isBlank() || boundThisRequest.everything() ? null : email;
    }

    /** LearningLab, MediaLab and admins work on every MOOC; others only on the ones they are part of. */
    public boolean seesAll() {
        return user.isAdmin() || user.hasRole(Roles.CONSULTANT) || user.hasRole(Roles.MEDIALAB);
    }

    public boolean canRead(Production p, List<FeedbackRound> rounds) {
        return seesAll()
                || (user.hasRole(Roles.BOARD) && p.department.equals(user.department()))
                || p.isInstructor(user.id())
                || p.isOnTeam(user.id())
                || isInvitedColleague(rounds);
    }

    public boolean isInvitedColleague(List<FeedbackRound> rounds) {
        return rounds.stream().anyMatch(r -> r.hasColleague(user.id()));
    }

    /** The MOOC's instructor or a LearningLab consultant: the people who run its production. */
    public boolean runs(Production p) {
        return user.hasRole(Roles.CONSULTANT) || (user.hasRole(Roles.INSTRUCTOR) && p.isInstructor(user.id()));
    }

    public Set<Permission> permissions(Production p, List<FeedbackRound> rounds) {
        Set<Permission> can = EnumSet.noneOf(Permission.class);
        boolean runs = runs(p);
        if (p.inProduction()) {
            if (runs) {
                can.addAll(List.of(Permission.EDIT_PLAN, Permission.MANAGE_TEAM, Permission.INVITE_COLLEAGUE,
                        Permission.RECORD_USER_TEST));
            }
            if (user.hasRole(Roles.CONSULTANT) || rounds.stream().anyMatch(r -> !r.closed() && r.hasColleague(user.id()))) {
                can.add(Permission.COMMENT);
            }
            if (user.hasRole(Roles.CONSULTANT)) {
                can.add(Permission.CLOSE_FEEDBACK);
            }
            if (p.isInstructor(user.id())) {
                can.add(Permission.RESOLVE_COMMENTS);
            }
            LaunchApproval.Status approval = p.launchApproval.status;
            if (runs && p.status == ProductionStatus.IN_PRODUCTION
                    && (approval == LaunchApproval.Status.NOT_REQUESTED || approval == LaunchApproval.Status.DECLINED)) {
                can.add(Permission.REQUEST_LAUNCH_APPROVAL);
            }
            if (approval == LaunchApproval.Status.REQUESTED && isBoardOf(p)) {
                can.add(Permission.DECIDE_LAUNCH_APPROVAL);
            }
            if (runs && p.status == ProductionStatus.IN_PRODUCTION) {
                can.add(Permission.LAUNCH);
            }
        }
        if (runs && p.status == ProductionStatus.LAUNCHED) {
            can.add(Permission.MANAGE_MAINTENANCE);
        }
        if (runs && p.status != ProductionStatus.RETIRED) {
            can.add(Permission.BOOK); // a launched MOOC may need re-recording for its maintenance
        }
        return can;
    }

    public boolean isBoardOf(Production p) {
        return user.hasRole(Roles.BOARD) && p.department.equals(user.department());
    }

    /**
     * The status of a milestone owned by the study board or MediaLab (done above all) is its owner's: a board member
     * of the MOOC's department, MediaLab. The other milestones' status is for those who run the MOOC.
     */
    public boolean mayChangeStatus(Production p, Milestone m) {
        return switch (m.owner) {
            case STUDY_BOARD -> isBoardOf(p);
            case MEDIALAB -> user.hasRole(Roles.MEDIALAB);
            case INSTRUCTOR, CONSULTANT -> runs(p);
        };
    }

    /**
     * The same rules as {@link #requireMayChange}, for the view: nothing once the MOOC has left production (its plan is
     * history then, a change answers 409).
     */
    public Set<MilestonePermission> milestonePermissions(Production p, Milestone m) {
        Set<MilestonePermission> can = EnumSet.noneOf(MilestonePermission.class);
        if (!p.inProduction()) {
            return can;
        }
        if (mayChangeStatus(p, m)) {
            can.add(MilestonePermission.CHANGE_STATUS);
        }
        if (runs(p)) {
            can.add(MilestonePermission.MOVE_DUE);
        }
        return can;
    }

    /** Moving a milestone is for those who run the MOOC; changing its status, see {@link #mayChangeStatus}. */
    public void requireMayChange(Production p, Milestone m, boolean moves, boolean changesStatus) {
        if (changesStatus && !mayChangeStatus(p, m)) {
            throw ProblemException.forbidden(switch (m.owner) {
                case STUDY_BOARD -> "Only the study board of the MOOC's department";
                case MEDIALAB -> "Only the MediaLab";
                case INSTRUCTOR, CONSULTANT -> "Only the MOOC's instructor and the LearningLab's consultants";
            } + " change the status of the milestone \"" + m.name + "\"");
        }
        // a request that neither moves it nor changes its status changes nothing: its owner may send it again (a retry
        // after a lost answer must not turn into a 403); others need to run the MOOC
        if (moves || !changesStatus && !mayChangeStatus(p, m)) {
            requireRuns(p, "change its plan");
        }
    }

    public void requireRuns(Production p, String action) {
        if (!runs(p)) {
            throw ProblemException.forbidden("Only the MOOC's instructor and the LearningLab's consultants " + action);
        }
    }
}
