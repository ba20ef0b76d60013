package dk.mooc.review.service;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.web.InList;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.review.Assessment;
import dk.mooc.review.CaseHistoryEntry;
import dk.mooc.review.CaseHistoryEntry.Action;
import dk.mooc.review.CaseMember;
import dk.mooc.review.Criterion;
import dk.mooc.review.DiscussionPost;
import dk.mooc.review.Recommendation;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.config.CommitteeConfig;
import dk.mooc.review.service.ReviewAccess.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The committee's work on one case: members, conflict declarations, the acting chair, assessments and the
 * discussion. Each change is one transaction; access is decided by {@link ReviewAccess}.
 */
@ApplicationScoped
public class CaseWorkService {

    private static final Logger LOG = Logger.getLogger(CaseWorkService.class);

    @Inject
    ReviewCaseService cases;

    @Inject
    ReviewAccess access;

    @Inject
    CommitteeConfig committee;

    public List<CaseMember> members(UUID caseId) {
        return CaseMember.list("caseId = ?1 order by assignedAt, username", caseId);
    }

    /** The chair (or acting chair) assigns a member from the roster. */
    @Transactional
    public ReviewCase assign(UUID caseId, String username) {
        ReviewCase c = cases.get(caseId);
        access.require(c, Permission.ASSIGN, "Only the committee's chair (or the case's acting chair) assigns members");
        c.requireOpen("members can be assigned");
        CommitteeConfig.Member m = committee.members().get(username);
        if (m == null) {
            throw ProblemException.invalid("username", "is not on the committee's roster: " + String.join(", ",
                    committee.members().keySet().stream().sorted().toList()));
        }
        // the roster knows no user id: the instructor is recognised by e-mail here
        addMember(c, null, username, m.name(), m.email(), m.department().orElse(null), false);
        return c;
    }

    /** A committee member volunteers for the case. */
    @Transactional
    public ReviewCase volunteer(UUID caseId, String email, String department) {
        ReviewCase c = cases.get(caseId);
        access.require(c, Permission.VOLUNTEER, "You are already on this case");
        c.requireOpen("members can volunteer");
        addMember(c, access.userId(), access.username(), access.name(), email, department, true);
        return c;
    }

    private void addMember(ReviewCase c, String userId, String username, String name, String email, String department,
                           boolean volunteered) {
        if (CaseMember.findById(new CaseMember.Key(c.id, username)) != null) {
            throw ProblemException.conflict(name + " is already on this case");
        }
        CaseMember m = new CaseMember();
        m.caseId = c.id;
        m.username = username;
        m.name = name;
        m.email = email;
        m.department = department;
        m.volunteered = volunteered;
        m.assignedBy = access.username();
        m.assignedAt = Timestamps.now();
        m.automaticConflict = c.automaticConflict(userId, email, department);
        m.persist();
        record(c, volunteered ? Action.MEMBER_VOLUNTEERED : Action.MEMBER_ASSIGNED,
                CaseHistoryEntry.params("member", name, "automaticConflict", m.automaticConflict));
        LOG.infof("Review case %s: %s %s%s", c.id, username, volunteered ? "volunteered" : "assigned",
                m.automaticConflict == null ? "" : " (conflict flagged: " + m.automaticConflict + ")");
    }

    /** An assigned member declares whether they have a conflict of interest. */
    @Transactional
    public ReviewCase declare(UUID caseId, boolean conflict, String reason) {
        ReviewCase c = cases.get(caseId);
        CaseMember m = access.membership(c).orElseThrow(() ->
                ProblemException.forbidden("Only members assigned to the case declare conflicts of interest on it"));
        c.requireOpen("conflicts can be declared");
        if (conflict && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required when you declare a conflict of interest");
        }
        m.declaration = conflict ? CaseMember.Declaration.CONFLICT : CaseMember.Declaration.NO_CONFLICT;
        m.declarationReason = conflict ? reason.strip() : null;
        m.declaredAt = Timestamps.now();
        record(c, conflict ? Action.CONFLICT_DECLARED : Action.NO_CONFLICT_DECLARED,
                CaseHistoryEntry.params("member", m.name, "reason", m.declarationReason));
        if (conflict) {
            // a conflicted member's assessment no longer counts
            if (Assessment.delete("caseId = ?1 and username = ?2", c.id, m.username) > 0) {
                record(c, Action.ASSESSMENT_WITHDRAWN, CaseHistoryEntry.params("member", m.name, "cause", "CONFLICT_DECLARED"));
            }
            if (m.username.equals(c.chairUsername)) {
                // an acting chair with a conflict no longer chairs: the chair decides or hands the case over again
                c.revokeHandOver();
                record(c, Action.HAND_OVER_REVOKED, CaseHistoryEntry.params("member", m.name, "cause", "CONFLICT_DECLARED"));
                LOG.infof("Review case %s: acting chair %s declared a conflict; hand-over revoked", c.id, m.username);
            }
        }
        return c;
    }

    /** The chair hands a case to a non-conflicted member, who then chairs (and decides) it. */
    @Transactional
    public ReviewCase handOver(UUID caseId, String username) {
        ReviewCase c = cases.get(caseId);
        access.require(c, Permission.HAND_OVER, "Only the committee's chair hands a case over");
        c.requireOpen("the chair can be handed over");
        CaseMember m = CaseMember.findById(new CaseMember.Key(c.id, username));
        if (m == null) {
            throw ProblemException.invalid("username", "must be a member assigned to this case");
        }
        if (m.conflicted()) {
            throw ProblemException.invalid("username", m.name + " has a conflict of interest in this case");
        }
        c.handOver(m.username, m.name);
        record(c, Action.HANDED_OVER, CaseHistoryEntry.params("member", m.name));
        LOG.infof("Review case %s handed over to %s", c.id, m.username);
        return c;
    }

    /** Submits or replaces the caller's assessment: every criterion scored 1–5 with a comment. */
    @Transactional
    public ReviewCase assess(UUID caseId, List<Assessment.Score> scores, Recommendation recommendation) {
        ReviewCase c = cases.get(caseId);
        CaseMember m = access.membership(c).orElseThrow(() ->
                ProblemException.forbidden("Only members assigned to the case assess it"));
        if (m.conflicted()) {
            throw ProblemException.forbidden("You have a conflict of interest in this case and cannot assess it");
        }
        c.requireOpen("assessments can be given");
        if (m.declaration == CaseMember.Declaration.NOT_DECLARED) {
            throw ProblemException.illegalTransition("Declare whether you have a conflict of interest before you assess");
        }
        Set<Criterion> given = scores.stream().map(Assessment.Score::criterion).collect(Collectors.toSet());
        Set<Criterion> all = EnumSet.allOf(Criterion.class);
        if (!given.equals(all) || scores.size() != all.size()) {
            throw ProblemException.invalid("scores", "give exactly one score for each criterion: TOPIC, TEACHER, RESOURCES");
        }
        OffsetDateTime now = Timestamps.now();
        Assessment a = Assessment.findById(new CaseMember.Key(c.id, m.username));
        // the history says that an assessment was given or changed, never what it says
        record(c, a == null ? Action.ASSESSMENT_GIVEN : Action.ASSESSMENT_CHANGED, CaseHistoryEntry.params());
        if (a == null) {
            a = new Assessment();
            a.caseId = c.id;
            a.username = m.username;
            a.submittedAt = now;
        }
        a.name = m.name;
        a.scores = scores.stream().sorted(java.util.Comparator.comparing(Assessment.Score::criterion))
                .map(s -> new Assessment.Score(s.criterion(), s.score(), s.comment().strip())).toList();
        a.recommendation = recommendation;
        a.updatedAt = now;
        a.persist();
        return c;
    }

    /** The assessments the caller may see: all, once their own is in (or they decide the case). */
    public List<Assessment> assessments(UUID caseId) {
        ReviewCase c = cases.get(caseId);
        return visibleAssessments(access.permissions(c),
                () -> Assessment.list("caseId = ?1 order by submittedAt, username", c.id)).orElseThrow(() -> ProblemException.forbidden(
                access.conflicted(c)
                        ? "You have a conflict of interest in this case; its assessments are hidden from you"
                        : "You see the others' assessments after submitting your own"));
    }

    /**
     * A case's assessments, oldest first, if the caller's permissions on it (as {@link ReviewAccess#permissions} gives
     * them, e.g. with the case's view) include READ_ASSESSMENTS: empty exactly where {@link #assessments} refuses, so
     * that a read of the case with its parts leaves out what that would refuse. {@code assessments} reads them only
     * then (or hands over those the case's read already holds).
     */
    public Optional<List<Assessment>> visibleAssessments(Set<Permission> permissions,
                                                         Supplier<List<Assessment>> assessments) {
        if (!permissions.contains(Permission.READ_ASSESSMENTS)) {
            return Optional.empty();
        }
        return Optional.of(assessments.get());
    }

    public List<DiscussionPost> discussion(UUID caseId) {
        ReviewCase c = cases.get(caseId);
        return readableDiscussion(c).orElseThrow(() -> ProblemException.forbidden(
                access.conflicted(c)
                        ? "You have a conflict of interest in this case; its discussion is hidden from you"
                        : "Only the case's members and its chair take part in the discussion"));
    }

    /**
     * The discussion of a case already read, oldest first, if the caller may read it; empty exactly where
     * {@link #discussion} refuses.
     */
    public Optional<List<DiscussionPost>> readableDiscussion(ReviewCase c) {
        if (!access.canReadDiscussion(c)) {
            return Optional.empty();
        }
        return Optional.of(DiscussionPost.list("caseId = ?1 order by postedAt, id", c.id));
    }

    @Transactional
    public DiscussionPost post(UUID caseId, String text) {
        ReviewCase c = cases.get(caseId);
        access.require(c, Permission.DISCUSS, access.conflicted(c)
                ? "You have a conflict of interest in this case and cannot take part in its discussion"
                : "Only the case's members and its chair take part in the discussion");
        c.requireOpen("the discussion is open");
        DiscussionPost p = new DiscussionPost();
        p.id = UUID.randomUUID();
        p.caseId = c.id;
        p.authorUsername = access.username();
        p.authorName = access.name();
        p.text = text.strip();
        p.postedAt = Timestamps.now();
        p.persist();
        return p;
    }

    /** The case's history, oldest first: readable by whoever may read the case (it holds no scores). */
    public List<CaseHistoryEntry> history(UUID caseId) {
        return CaseHistoryEntry.of(cases.get(caseId).id);
    }

    private void record(ReviewCase c, Action action, Map<String, String> params) {
        CaseHistoryEntry.record(c.id, Timestamps.now(), access.username(), access.name(), action, params);
    }

    /** Assessments of several cases at once (for the overview), by case id. */
    public Map<UUID, List<Assessment>> assessmentsOf(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return InList.of("from Assessment where caseId in :ids", Map.of("ids", caseIds)).list(Assessment.class).stream()
                .collect(Collectors.groupingBy(a -> a.caseId));
    }

    /** The members of many cases in one query, each case's in the order {@link #members} gives. */
    public Map<UUID, List<CaseMember>> membersOf(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return InList.of("from CaseMember where caseId in :ids order by assignedAt, username", Map.of("ids", caseIds))
                .list(CaseMember.class).stream()
                .collect(Collectors.groupingBy(m -> m.caseId));
    }

    public Map<UUID, Long> memberCounts(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return InList.of("from CaseMember where caseId in :ids", Map.of("ids", caseIds)).list(CaseMember.class).stream()
                .collect(Collectors.groupingBy(m -> m.caseId, Collectors.counting()));
    }
}
