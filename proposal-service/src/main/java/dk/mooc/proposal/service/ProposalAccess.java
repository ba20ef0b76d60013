package dk.mooc.proposal.service;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.proposal.Endorsement;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalStatus;
import dk.mooc.proposal.TeamBinding;
import dk.mooc.proposal.repository.ProposalRepository.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Who may see and do what with a proposal (docs/proposals.md, "Who sees what"). The one place for these
 * rules: the list scope, the single-object check and the permissions shown to the SPA all come from here.
 * Order of checks everywhere: invisible → 404, visible but not yours → 403, wrong stage → 409.
 * <p>
 * Nothing is granted on an e-mail address: a team entry grants read access to the one account (subject) bound to it,
 * and {@link #bindTeamMemberships} is the only place an address is read, to bind pending entries the first time their
 * member uses the service.
 */
@RequestScoped
public class ProposalAccess {

    private static final Logger LOG = Logger.getLogger(ProposalAccess.class);

    @Inject
    CurrentUser user;

    private boolean teamMembershipsBound;

    public boolean canView(Proposal p) {
        bindTeamMemberships();
        return canView(p, () -> TeamBinding.bound(p.id, teamMemberSubject()));
    }

    /**
     * {@link #canView(Proposal)} with the proposal's team bindings already read (after {@link #bindTeamMemberships}),
     * so the team rule needs no query of its own.
     */
    boolean canView(Proposal p, List<TeamBinding> bindings) {
        String subject = teamMemberSubject();
        return canView(p, () -> bindings.stream().anyMatch(b -> b.subject.equals(subject)));
    }

    private boolean canView(Proposal p, BooleanSupplier boundToCaller) {
        if (user.isAdmin() || p.ownedBy(user.id())) {
            return true;
        }
        if (teamMemberSubject() != null && boundToCaller.getAsBoolean()) {
            return true;
        }
        if (user.hasRole(Roles.CONSULTANT)
                && (p.status == ProposalStatus.CONSULTATION_REQUESTED || p.consultation().takenBy(user.id()))) {
            return true;
        }
        boolean ownDepartment = Objects.equals(user.department(), p.department);
        if (user.hasRole(Roles.BOARD) && ownDepartment && p.boardRequested()) {
            return true;
        }
        if (user.hasRole(Roles.HEAD) && ownDepartment && p.headRequested()) {
            return true;
        }
        return user.hasRole(Roles.COMMITTEE) && p.submittedAt != null;
    }

    /** The same rules as {@link #canView}, as a query scope for lists. */
    public Scope listScope() {
        bindTeamMemberships();
        if (user.isAdmin()) {
            return Scope.everything();
        }
        return new Scope(false,
                user.id(),
                teamMemberSubject(),
                user.hasRole(Roles.CONSULTANT) ? user.id() : null,
                user.hasRole(Roles.BOARD) ? user.department() : null,
                user.hasRole(Roles.HEAD) ? user.department() : null,
                user.hasRole(Roles.COMMITTEE));
    }

    /** The subject whose bound team entries grant read access: an instructor's own; nobody else's. */
    private String teamMemberSubject() {
        return user.hasRole(Roles.INSTRUCTOR) ? user.id() : null;
    }

    /**
     * Binds the pending team entries that list the caller's verified address to the caller's subject, once per request
     * and before any team rule is read. Only an instructor (whom a team entry can grant something) is bound. An
     * unverified address is no address ({@code CurrentUser.email()}), so it never binds; an entry already bound to
     * another account stays theirs, so whoever shows the same address later gains nothing.
     */
    void bindTeamMemberships() {
        if (teamMembershipsBound) {
            return;
        }
        teamMembershipsBound = true;
        String email = user.email();
        if (teamMemberSubject() == null || email == null || !TeamBinding.anyPending(email)) {
            return;
        }
        // joins the request's transaction when there is one (a change), else commits on its own (a read)
        int bound = QuarkusTransaction.joiningExisting()
                .call(() -> TeamBinding.bindPending(email, user.id(), Timestamps.now()));
        if (bound > 0) {
            LOG.infof("%d pending team entr%s bound to the account %s", bound, bound == 1 ? "y" : "ies", user.id());
        }
    }

    /** Which of the proposal's team entries are bound to an account (the others are pending), for the views. */
    public List<TeamBinding> teamBindings(Proposal p) {
        return TeamBinding.of(p.id);
    }

    /** The same for a page of proposals, in one query. */
    public Map<UUID, List<TeamBinding>> teamBindings(Collection<Proposal> proposals) {
        return TeamBinding.of(proposals.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(b -> b.proposalId));
    }

    public Set<Permission> permissions(Proposal p) {
        Set<Permission> can = EnumSet.noneOf(Permission.class);
        boolean owner = user.hasRole(Roles.INSTRUCTOR) && p.ownedBy(user.id());
        if (owner) {
            if (ProposalStatus.EDITABLE.contains(p.status)) {
                can.add(Permission.EDIT);
            }
            if (p.status == ProposalStatus.DRAFT) {
                can.add(Permission.REQUEST_CONSULTATION);
            }
            boolean endorsable = p.status == ProposalStatus.CONSULTED || p.status == ProposalStatus.ENDORSEMENT
                    || p.status == ProposalStatus.REVISION_REQUESTED;
            if (endorsable && !(p.boardApproval().holds() && p.headSignature().holds())) {
                can.add(Permission.REQUEST_ENDORSEMENTS);
            }
            if (p.readyToSubmit()) {
                can.add(Permission.SUBMIT);
            }
            if (!ProposalStatus.DECIDED_OR_CLOSED.contains(p.status)) {
                can.add(Permission.WITHDRAW);
            }
        }
        if (user.hasRole(Roles.CONSULTANT)) {
            if (p.status == ProposalStatus.CONSULTATION_REQUESTED) {
                can.add(Permission.ASSIGN_CONSULTANT);
            }
            if (p.status == ProposalStatus.CONSULTANT_ASSIGNED && p.consultation().takenBy(user.id())) {
                can.add(Permission.RECORD_CONSULTATION);
            }
        }
        boolean ownDepartment = Objects.equals(user.department(), p.department);
        if (p.status == ProposalStatus.ENDORSEMENT && ownDepartment) {
            if (user.hasRole(Roles.BOARD) && p.boardApproval().state() == Endorsement.State.REQUESTED) {
                can.add(Permission.DECIDE_BOARD_APPROVAL);
            }
            if (user.hasRole(Roles.HEAD) && p.headSignature().state() == Endorsement.State.REQUESTED) {
                can.add(Permission.SIGN);
            }
        }
        return can;
    }

    public void requireOwner(Proposal p) {
        if (!user.hasRole(Roles.INSTRUCTOR) || !p.ownedBy(user.id())) {
            throw ProblemException.forbidden("Only the proposal's instructor can do this");
        }
    }

    public void requireConsultant() {
        if (!user.hasRole(Roles.CONSULTANT)) {
            throw ProblemException.forbidden("Only a LearningLab consultant can do this");
        }
    }

    public void requireAssignedConsultant(Proposal p) {
        requireConsultant();
        if (p.consultation().consultantId != null && !p.consultation().takenBy(user.id())) {
            throw ProblemException.forbidden("Only the consultant assigned to this proposal (" + p.consultation().consultantName
                    + ") can record its consultation");
        }
    }

    public void requireStudyBoardOf(Proposal p) {
        if (!user.hasRole(Roles.BOARD) || !Objects.equals(user.department(), p.department)) {
            throw ProblemException.forbidden("Only a member of the " + p.department + " study board can decide on this proposal");
        }
    }

    public void requireHeadOf(Proposal p) {
        if (!user.hasRole(Roles.HEAD) || !Objects.equals(user.department(), p.department)) {
            throw ProblemException.forbidden("Only the Head of the " + p.department + " department can sign this proposal");
        }
    }
}
