package dk.mooc.review.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.review.Assessment;
import dk.mooc.review.CaseMember;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.ReviewCaseStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what on a review case (docs/review.md): the one place for membership, conflicts of interest,
 * hidden scores and the deciding chair. Every endpoint and the permissions shown to the SPA come from here.
 */
@RequestScoped
public class ReviewAccess {

    /** What the caller may do on a case now. */
    @Schema(name = "ReviewCasePermission", description = "Something the caller may do on the case now")
    public enum Permission { ASSIGN, VOLUNTEER, DECLARE, ASSESS, READ_ASSESSMENTS, DISCUSS, HAND_OVER, DECIDE }

    @Inject
    CurrentUser user;

    public String username() {
        return user.username();
    }

    /** The caller's stable user id (the token's subject), as proposals name their instructor. */
    public String userId() {
        return user.id();
    }

    public String name() {
        return user.displayName();
    }

    public Optional<CaseMember> membership(ReviewCase c) {
        return Optional.ofNullable(CaseMember.findById(new CaseMember.Key(c.id, user.username())));
    }

    /** Conflicted: as a member (declared or flagged), or, not being a member, by the automatic rules. */
    public boolean conflicted(ReviewCase c) {
        return conflicted(c, membership(c));
    }

    private boolean conflicted(ReviewCase c, Optional<CaseMember> member) {
        return member.map(CaseMember::conflicted)
                .orElseGet(() -> c.automaticConflict(user.id(), user.email(), user.department()) != null);
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }

    public boolean isChair() {
        return user.hasRole(Roles.COMMITTEE_CHAIR);
    }

    /**
     * The one who decides this case: its acting chair if handed over, else the chair — never someone with a conflict
     * of interest, also when the conflict is declared after the hand-over.
     */
    public boolean isDecider(ReviewCase c) {
        return isDecider(c, conflicted(c));
    }

    private boolean isDecider(ReviewCase c, boolean conflicted) {
        if (conflicted) {
            return false;
        }
        if (c.chairUsername != null) {
            return c.chairUsername.equals(user.username());
        }
        return isChair();
    }

    public Set<Permission> permissions(ReviewCase c) {
        return permissions(c, c.status == ReviewCaseStatus.OPEN, standing(c));
    }

    /**
     * The same for a caller's standing loaded beforehand, for many cases at once (the task inbox loads the caller's
     * memberships and assessments in one query each instead of two per case).
     */
    public Set<Permission> permissions(ReviewCase c, Standing standing) {
        return permissions(c, c.status == ReviewCaseStatus.OPEN, standing);
    }

    /** The caller on one case: their membership, if any, and whether their own assessment is in. */
    public record Standing(Optional<CaseMember> member, boolean assessed) {
    }

    private Standing standing(ReviewCase c) {
        Optional<CaseMember> member = membership(c);
        return new Standing(member, member.isPresent() && hasAssessed(c));
    }

    /** What the caller may do on the case, taking it as open or not (see {@link #require}). */
    private Set<Permission> permissions(ReviewCase c, boolean open, Standing standing) {
        Set<Permission> can = EnumSet.noneOf(Permission.class);
        boolean committee = user.hasRole(Roles.COMMITTEE);
        Optional<CaseMember> member = standing.member();
        boolean conflicted = conflicted(c, member);
        boolean decider = committee && isDecider(c, conflicted);
        if (open && committee && (isChair() || decider)) {
            can.add(Permission.ASSIGN);
        }
        if (open && committee && member.isEmpty()) {
            can.add(Permission.VOLUNTEER);
        }
        if (open && member.isPresent()) {
            can.add(Permission.DECLARE);
        }
        if (open && member.isPresent() && member.get().declaration != CaseMember.Declaration.NOT_DECLARED && !conflicted) {
            can.add(Permission.ASSESS);
        }
        if (scoresVisible(member.isPresent(), conflicted, decider, member.isPresent() && standing.assessed())) {
            can.add(Permission.READ_ASSESSMENTS);
        }
        if (open && !conflicted && (member.isPresent() || decider)) {
            can.add(Permission.DISCUSS);
        }
        if (open && committee && isChair()) {
            can.add(Permission.HAND_OVER);
        }
        if (open && decider) {
            can.add(Permission.DECIDE);
        }
        return can;
    }

    /**
     * The one rule for the scores and recommendations, in every view (case, overview, agenda, letter): a member sees
     * them once their own assessment is in — also after the decision, a member who never assessed does not; the
     * deciding chair who is not an assessor of the case sees them, to decide; a conflicted person never; admins always.
     */
    boolean scoresVisible(boolean member, boolean conflicted, boolean decider, boolean assessed) {
        if (user.isAdmin()) {
            return true;
        }
        if (conflicted) {
            return false;
        }
        return member ? assessed : decider;
    }

    public boolean hasAssessed(ReviewCase c) {
        return Assessment.findById(new CaseMember.Key(c.id, user.username())) != null;
    }

    /** Reading the discussion: non-conflicted members and the deciding chair (also after the decision), admins. */
    public boolean canReadDiscussion(ReviewCase c) {
        if (user.isAdmin()) {
            return true;
        }
        // the membership looked up once for both questions: a caller who is no member would cost a query each
        Optional<CaseMember> member = membership(c);
        boolean conflicted = conflicted(c, member);
        return !conflicted && (member.isPresent() || isDecider(c, conflicted));
    }

    /**
     * Refuses (403) unless the caller could do this were the case open: who may act is checked before the case's
     * state (docs/security.md: invisible 404, not yours 403, wrong state 409), so the caller checks the state after.
     */
    public void require(ReviewCase c, Permission permission, String why) {
        if (!permissions(c, true, standing(c)).contains(permission)) {
            throw ProblemException.forbidden(why);
        }
    }
}
