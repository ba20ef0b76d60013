package dk.mooc.production.service;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.production.FeedbackRound;
import dk.mooc.production.LaunchApproval;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that says who sees a production and what they may do with it; the SPA shows only the actions in
 * {@link #permissions}. Invisible productions answer 404, visible but not yours 403, wrong stage 409.
 */
@ApplicationScoped
public class ProductionAccess {

    /** What the caller may do with a production now. */
    public enum Permission {
        EDIT_PLAN, MANAGE_TEAM, COMMENT, RESOLVE_COMMENTS, CLOSE_FEEDBACK, INVITE_COLLEAGUE, RECORD_USER_TEST,
        REQUEST_LAUNCH_APPROVAL, DECIDE_LAUNCH_APPROVAL, LAUNCH, BOOK, MANAGE_MAINTENANCE
    }

    @Inject
    CurrentUser user;

    /** LearningLab, MediaLab and admins work on every MOOC; others only on the ones they are part of. */
    public boolean seesAll() {
        return user.isAdmin() || user.hasRole(Roles.CONSULTANT) || user.hasRole(Roles.MEDIALAB);
    }

    public boolean canRead(Production p, List<FeedbackRound> rounds) {
        return seesAll()
                || (user.hasRole(Roles.BOARD) && p.department.equals(user.department()))
                || p.isInstructor(user.id())
                || p.isOnTeam(user.email())
                || isInvitedColleague(rounds);
    }

    public boolean isInvitedColleague(List<FeedbackRound> rounds) {
        return rounds.stream().anyMatch(r -> r.hasColleague(user.email()));
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
            if (user.hasRole(Roles.CONSULTANT) || rounds.stream().anyMatch(r -> !r.closed() && r.hasColleague(user.email()))) {
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

    public void requireRuns(Production p, String action) {
        if (!runs(p)) {
            throw ProblemException.forbidden("Only the MOOC's instructor and the LearningLab's consultants " + action);
        }
    }
}
