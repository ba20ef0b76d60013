package dk.mooc.proposal;

import dk.mooc.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A MOOC proposal: the instructor's application to the steering committee. Its id is the MOOC id that
 * follows the MOOC through every service. State changes go through the methods below, which enforce the
 * workflow; an illegal one is a 409 problem.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 200)
    public String topic;

    @Column(columnDefinition = "text")
    public String summary;

    @Column(name = "target_learners", length = 2000)
    public String targetLearners;

    @Column(name = "impact_potential", length = 4000)
    public String impactPotential;

    @Column(length = 4000)
    public String uniqueness;

    @Column(name = "research_environment", length = 4000)
    public String researchEnvironment;

    @Column(name = "teacher_background", length = 4000)
    public String teacherBackground;

    @Column(length = 4000)
    public String phases;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<TeamMember> team = new ArrayList<>();

    /** Derived from {@link #team} to find the entries to bind to a member signing in: lower-case e-mails as ",a@x,b@y,". */
    @Column(name = "team_emails", nullable = false, length = 8000)
    public String teamEmails = "";

    @Column(name = "staff_hours")
    public Integer staffHours;

    @Column(name = "assistant_count")
    public Integer assistants;

    @Column(name = "video_budget_dkk")
    public Integer videoBudgetDkk;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(name = "instructor_id", nullable = false, length = 100)
    public String instructorId;

    @Column(name = "instructor_name", nullable = false, length = 200)
    public String instructorName;

    @Column(name = "instructor_email", length = 200)
    public String instructorEmail;

    @Column(name = "new_content", nullable = false)
    public boolean newContent;

    @Column(name = "course_code", length = 20)
    public String courseCode;

    @Column(name = "planned_launch_semester", length = 20)
    public String plannedLaunchSemester;

    @Column(name = "expected_enrolments")
    public Integer expectedEnrolments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ProposalStatus status;

    /**
     * The status's place in the workflow (the order of {@link ProposalStatus}), for sorting lists by status: the
     * column holds the name, and names sort alphabetically (APPROVED before DRAFT), which means nothing to a reader.
     */
    @Formula(ProposalStatus.WORKFLOW_RANK_SQL)
    public int statusRank;

    /** Optimistic lock; exposed as the ETag. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    /** The version of the application being written or last submitted (1, 2, ...; a revision adds one). */
    @Column(nullable = false)
    public int revision = 1;

    /** SHA-256 of the content and the attachments (see ContentFingerprint); endorsements are bound to it. */
    @Column(name = "content_hash", length = 64)
    public String contentHash;

    /** The LearningLab consultation (empty until the instructor asks for it). */
    @Embedded
    public ConsultationRecord consultation = new ConsultationRecord();

    /** The study board's approval; it holds while the academic scope is the one approved ({@link #boardScopeHash}). */
    @Embedded
    @AttributeOverride(name = "requestedAt", column = @Column(name = "board_requested_at"))
    @AttributeOverride(name = "decision", column = @Column(name = "board_decision"))
    @AttributeOverride(name = "decidedById", column = @Column(name = "board_decided_by_id"))
    @AttributeOverride(name = "decidedByName", column = @Column(name = "board_decided_by_name"))
    @AttributeOverride(name = "decidedByEmail", column = @Column(name = "board_decided_by_email"))
    @AttributeOverride(name = "decidedAt", column = @Column(name = "board_decided_at"))
    @AttributeOverride(name = "comment", column = @Column(name = "board_comment"))
    @AttributeOverride(name = "revision", column = @Column(name = "board_revision"))
    @AttributeOverride(name = "contentHash", column = @Column(name = "board_content_hash"))
    public EndorsementRecord board = new EndorsementRecord();

    @Column(name = "board_scope_hash", length = 64)
    public String boardScopeHash;

    /** The Head of Department's signature; it holds while {@link #contentHash} is the one signed. */
    @Embedded
    @AttributeOverride(name = "requestedAt", column = @Column(name = "head_requested_at"))
    @AttributeOverride(name = "decision", column = @Column(name = "head_decision"))
    @AttributeOverride(name = "decidedById", column = @Column(name = "head_decided_by_id"))
    @AttributeOverride(name = "decidedByName", column = @Column(name = "head_decided_by_name"))
    @AttributeOverride(name = "decidedByEmail", column = @Column(name = "head_decided_by_email"))
    @AttributeOverride(name = "decidedAt", column = @Column(name = "head_decided_at"))
    @AttributeOverride(name = "comment", column = @Column(name = "head_comment"))
    @AttributeOverride(name = "revision", column = @Column(name = "head_revision"))
    @AttributeOverride(name = "contentHash", column = @Column(name = "head_content_hash"))
    public EndorsementRecord head = new EndorsementRecord();

    // The steering committee's decision (from review-service) and the launch (from production-service)
    @Column(name = "decision_outcome", length = 30)
    public String decisionOutcome;
    @Column(name = "decision_comments", length = 8000)
    public String decisionComments;
    @Column(name = "decision_round")
    public Integer decisionRound;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "course_url", length = 500)
    public String courseUrl;
    @Column(name = "launch_date")
    public LocalDate launchDate;

    public static Proposal draft(UUID id, String instructorId, String instructorName, String instructorEmail,
                                 String department, OffsetDateTime now) {
        Proposal p = new Proposal();
        p.id = id;
        p.instructorId = instructorId;
        p.instructorName = instructorName;
        p.instructorEmail = instructorEmail;
        p.department = department;
        p.status = ProposalStatus.DRAFT;
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    /** Content and attachments change only before submission, or during a revision. */
    public void requireEditable(String what) {
        if (!ProposalStatus.EDITABLE.contains(status)) {
            throw ProblemException.illegalTransition("The proposal is " + status.label() + "; " + what
                    + " only before it is submitted or while a revision is being written");
        }
    }

    public void edit(ProposalContent c, OffsetDateTime now) {
        requireEditable("it can be edited");
        this.title = c.title();
        this.topic = c.topic();
        this.summary = c.summary();
        this.targetLearners = c.targetLearners();
        this.impactPotential = c.impactPotential();
        this.expectedEnrolments = c.expectedEnrolments();
        this.uniqueness = c.uniqueness();
        this.researchEnvironment = c.researchEnvironment();
        this.teacherBackground = c.teacherBackground();
        this.newContent = c.newContent();
        this.courseCode = c.newContent() ? null : c.courseCode();
        this.phases = c.phases();
        this.plannedLaunchSemester = c.plannedLaunchSemester();
        this.team = c.team() == null ? new ArrayList<>() : new ArrayList<>(c.team());
        this.teamEmails = TeamMember.emailIndex(this.team);
        ProposalContent.Resources r = c.resources() == null ? ProposalContent.Resources.NONE : c.resources();
        this.staffHours = r.staffHours();
        this.assistants = r.assistants();
        this.videoBudgetDkk = r.videoBudgetDkk();
        this.updatedAt = now;
    }

    public ProposalContent content() {
        return new ProposalContent(title, topic, summary, targetLearners, impactPotential, expectedEnrolments, uniqueness,
                researchEnvironment, teacherBackground, newContent, courseCode, phases, plannedLaunchSemester,
                List.copyOf(team), new ProposalContent.Resources(staffHours, assistants, videoBudgetDkk));
    }

    /** The instructor asks the LearningLab for the first consultation. */
    public void requestConsultation(OffsetDateTime now) {
        status.require("a consultation can be requested", ProposalStatus.DRAFT);
        status = ProposalStatus.CONSULTATION_REQUESTED;
        consultation().request(now);
        updatedAt = now;
    }

    /** A consultant takes the proposal from the LearningLab's queue. */
    public void assignConsultant(String id, String name, String email, OffsetDateTime now) {
        status.require("a consultant can take it", ProposalStatus.CONSULTATION_REQUESTED);
        status = ProposalStatus.CONSULTANT_ASSIGNED;
        consultation().assign(id, name, email, now);
        updatedAt = now;
    }

    /** The assigned consultant records the consultation held with the instructor. */
    public void recordConsultation(LocalDate date, String notes, OffsetDateTime now) {
        status.require("the consultation can be recorded", ProposalStatus.CONSULTANT_ASSIGNED);
        status = ProposalStatus.CONSULTED;
        consultation().record(date, notes, now);
        updatedAt = now;
    }

    /** The academic scope the study board approves (docs/proposals.md: which changes need new endorsements). */
    public String scopeHash() {
        return ContentFingerprint.scopeHash(content());
    }

    public Endorsement boardApproval() {
        return board().view(Endorsement.State.APPROVED, scopeHash().equals(boardScopeHash));
    }

    public Endorsement headSignature() {
        return head().view(Endorsement.State.SIGNED, contentHash != null && contentHash.equals(head().contentHash));
    }

    // Hibernate loads an embeddable whose columns are all null as null; these keep the rest of the class simple
    public ConsultationRecord consultation() {
        if (consultation == null) {
            consultation = new ConsultationRecord();
        }
        return consultation;
    }

    private EndorsementRecord board() {
        if (board == null) {
            board = new EndorsementRecord();
        }
        return board;
    }

    private EndorsementRecord head() {
        if (head == null) {
            head = new EndorsementRecord();
        }
        return head;
    }

    /** Whether endorsements were ever requested (the study board and the head see the proposal from then on). */
    public boolean boardRequested() {
        return board().requestedAt != null;
    }

    public boolean headRequested() {
        return head().requestedAt != null;
    }

    public boolean readyToSubmit() {
        return (status == ProposalStatus.ENDORSEMENT || status == ProposalStatus.REVISION_REQUESTED)
                && boardApproval().holds() && headSignature().holds();
    }

    /**
     * The instructor asks for the endorsements that do not hold for the current content. Returns which were
     * (re)requested: the study board, the head, or both.
     */
    public Endorsement.Requested requestEndorsements(OffsetDateTime now) {
        status.require("endorsements can be requested", ProposalStatus.CONSULTED, ProposalStatus.ENDORSEMENT,
                ProposalStatus.REVISION_REQUESTED);
        boolean board = !boardApproval().holds();
        boolean head = !headSignature().holds();
        if (!board && !head) {
            throw ProblemException.illegalTransition(
                    "Both endorsements already hold for this version; the proposal can be submitted");
        }
        if (board) {
            board().request(now);
            boardScopeHash = null;
        }
        if (head) {
            head().request(now);
        }
        status = ProposalStatus.ENDORSEMENT;
        updatedAt = now;
        return new Endorsement.Requested(board, head);
    }

    /** The study board approves or declines the version whose hash the board member saw. */
    public void decideBoardApproval(Endorsement.Decision decision, String comment, String seenHash,
                                    String byId, String byName, String byEmail, OffsetDateTime now) {
        decide(board(), boardApproval(), "the study board can decide", "The study board's approval", decision, comment,
                seenHash, byId, byName, byEmail, now);
        boardScopeHash = scopeHash();
    }

    /** The Head of Department signs (or declines) exactly the version whose hash they saw. */
    public void decideHeadSignature(Endorsement.Decision decision, String comment, String seenHash,
                                    String byId, String byName, String byEmail, OffsetDateTime now) {
        decide(head(), headSignature(), "the Head of Department can sign", "The Head of Department's signature", decision,
                comment, seenHash, byId, byName, byEmail, now);
    }

    /** One endorsement's decision: only while it is requested, and only on the version the decider saw. */
    private void decide(EndorsementRecord record, Endorsement current, String action, String what,
                        Endorsement.Decision decision, String comment, String seenHash, String byId, String byName,
                        String byEmail, OffsetDateTime now) {
        status.require(action, ProposalStatus.ENDORSEMENT);
        if (current.state() != Endorsement.State.REQUESTED) {
            throw ProblemException.illegalTransition(what + " is " + current.state().label()
                    + "; a decision is possible only while it is requested");
        }
        if (seenHash == null || !seenHash.equals(contentHash)) {
            throw ProblemException.conflict("The proposal changed after you opened it; read the current version "
                    + "and decide on that (its contentHash is " + contentHash + ")");
        }
        record.decide(decision, comment, byId, byName, byEmail, now, revision, contentHash);
        updatedAt = now;
    }

    /** Sends the current version to the steering committee; both endorsements must hold for it. */
    public void submit(OffsetDateTime now) {
        status.require("it can be submitted to the steering committee", ProposalStatus.ENDORSEMENT,
                ProposalStatus.REVISION_REQUESTED);
        List<String> missing = new ArrayList<>();
        if (!boardApproval().holds()) {
            missing.add("the study board's approval is " + boardApproval().state().label());
        }
        if (!headSignature().holds()) {
            missing.add("the Head of Department's signature is " + headSignature().state().label());
        }
        if (!missing.isEmpty()) {
            throw ProblemException.illegalTransition("Both endorsements must hold for this version before it goes to "
                    + "the steering committee, but " + String.join(" and ", missing));
        }
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /**
     * The committee's decision. Returns false (and changes nothing) for a decision on an earlier round, or when the
     * proposal is no longer with the committee (withdrawn meanwhile): a stale event is not an error.
     */
    public boolean applyDecision(String outcome, String comments, int round, OffsetDateTime now) {
        if (status != ProposalStatus.SUBMITTED || round != revision) {
            return false;
        }
        decisionOutcome = outcome;
        decisionComments = comments;
        decisionRound = round;
        decidedAt = now;
        switch (outcome) {
            case "APPROVED" -> status = ProposalStatus.APPROVED;
            case "REJECTED" -> status = ProposalStatus.REJECTED;
            case "REVISION_REQUESTED" -> {
                status = ProposalStatus.REVISION_REQUESTED;
                revision = revision + 1;
            }
            default -> throw new IllegalArgumentException("unknown decision outcome " + outcome);
        }
        updatedAt = now;
        return true;
    }

    /** The course went live; returns false when the proposal is not (or no longer) approved. */
    public boolean launched(String url, LocalDate date, OffsetDateTime now) {
        if (status != ProposalStatus.APPROVED) {
            return false;
        }
        status = ProposalStatus.LAUNCHED;
        courseUrl = url;
        launchDate = date;
        updatedAt = now;
        return true;
    }

    /** Withdraws the proposal; possible at any point before the committee's decision. */
    public void withdraw(OffsetDateTime now) {
        if (ProposalStatus.DECIDED_OR_CLOSED.contains(status)) {
            throw ProblemException.illegalTransition("The proposal is " + status.label()
                    + "; it can be withdrawn only before the steering committee's decision");
        }
        status = ProposalStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    public boolean ownedBy(String userId) {
        return instructorId.equals(userId);
    }
}
