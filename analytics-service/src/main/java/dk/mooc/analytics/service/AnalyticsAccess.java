package dk.mooc.analytics.service;

import dk.mooc.analytics.LaunchedCourse;
import dk.mooc.analytics.SemesterReview;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * Who may see and do what on a launched course's analytics (docs/analytics.md, "Access"): the one place for
 * these rules. Admins, consultants (LearningLab) and the steering committee see every course; an instructor sees
 * their own courses; the study board and the head of department see their own department's courses. Imports
 * are for admins, consultants and the course's instructor; semester decisions for the course department's
 * study board.
 */
@RequestScoped
public class AnalyticsAccess {

    @Inject
    CurrentUser user;

    public boolean seesAll() {
        return user.isAdmin() || user.hasRole(Roles.CONSULTANT) || user.hasRole(Roles.COMMITTEE);
    }

    /** The caller's department when their role scopes them to it (board, head), else null. */
    public String scopedDepartment() {
        return user.hasRole(Roles.BOARD) || user.hasRole(Roles.HEAD) ? user.department() : null;
    }

    public String userId() {
        return user.id();
    }

    public String username() {
        return user.username();
    }

    public String name() {
        return user.displayName();
    }

    public boolean canRead(LaunchedCourse c) {
        return seesAll() || c.isInstructor(user.id())
                || (scopedDepartment() != null && scopedDepartment().equals(c.department));
    }

    /** Imports of exports and evaluations: admins, consultants and the course's own instructor. */
    public boolean canImport(LaunchedCourse c) {
        return user.isAdmin() || user.hasRole(Roles.CONSULTANT)
                || (user.hasRole(Roles.INSTRUCTOR) && c.isInstructor(user.id()));
    }

    /** The study board of the given department. */
    public boolean isBoardOf(String department) {
        return user.hasRole(Roles.BOARD) && department != null && Objects.equals(department, user.department());
    }

    /** The department whose study board the caller sits on; null when they are not on a study board. */
    public String boardDepartment() {
        return user.hasRole(Roles.BOARD) ? user.department() : null;
    }

    /** Deciding a semester review: while it is open, by the study board of the course's department. */
    public boolean mayDecide(SemesterReview r) {
        return r.isOpen() && isBoardOf(r.department);
    }

    /** The actions of a course's reviews: marked done by its instructor, the LearningLab, its study board, an admin. */
    public boolean canUpdateActions(LaunchedCourse c) {
        return user.isAdmin() || user.hasRole(Roles.CONSULTANT) || c.isInstructor(user.id()) || isBoardOf(c.department);
    }

    /**
     * A proposal's catalogue evidence, as the proposal itself is visible: to admins, the LearningLab and the committee,
     * to its instructor, and to the study board and head of its department.
     */
    public boolean canReadProposal(String instructorId, String department) {
        return seesAll() || (instructorId != null && instructorId.equals(user.id()))
                || (scopedDepartment() != null && scopedDepartment().equals(department));
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }
}
