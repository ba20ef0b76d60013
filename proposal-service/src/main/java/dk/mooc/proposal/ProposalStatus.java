package dk.mooc.proposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.mooc.platform.problem.ProblemException;

import java.util.EnumSet;
import java.util.Set;

/** Where a proposal stands in the programme's workflow (docs/proposals.md has the diagram). */
@Schema(name = "ProposalStatus", description = "Where a proposal stands: DRAFT, CONSULTATION_REQUESTED, "
        + "CONSULTANT_ASSIGNED, CONSULTED, ENDORSEMENT (waiting for the study board and the Head of Department), SUBMITTED "
        + "(with the committee), REVISION_REQUESTED, APPROVED, REJECTED, LAUNCHED or WITHDRAWN (docs/proposals.md)")
public enum ProposalStatus {
    /** Being written by the instructor. */
    DRAFT,
    /** The instructor asked the LearningLab for the first consultation; waiting in the consultants' queue. */
    CONSULTATION_REQUESTED,
    /** A consultant took it; the consultation is still to be held and recorded. */
    CONSULTANT_ASSIGNED,
    /** The consultation is recorded; the instructor completes the application and asks for endorsements. */
    CONSULTED,
    /** Waiting for the study board's approval and the Head of Department's signature. */
    ENDORSEMENT,
    /** With the steering committee; a review case is open for it. */
    SUBMITTED,
    /** The committee asked for a revision: a new version is being written. */
    REVISION_REQUESTED,
    /** The committee approved it; production follows. */
    APPROVED,
    /** The committee rejected it; final. */
    REJECTED,
    /** The course is live on Coursera. */
    LAUNCHED,
    /** Withdrawn by the instructor before the committee's decision; final. */
    WITHDRAWN;

    /**
     * The constants' order above as SQL over the {@code status} column, for sorting lists in workflow order. It must be
     * a compile-time constant (an annotation value), so it is written out beside the order it repeats;
     * {@code ProposalStateMachineTest} holds the two together.
     */
    static final String WORKFLOW_RANK_SQL = "case status when 'DRAFT' then 0 when 'CONSULTATION_REQUESTED' then 1"
            + " when 'CONSULTANT_ASSIGNED' then 2 when 'CONSULTED' then 3 when 'ENDORSEMENT' then 4"
            + " when 'SUBMITTED' then 5 when 'REVISION_REQUESTED' then 6 when 'APPROVED' then 7 when 'REJECTED' then 8"
            + " when 'LAUNCHED' then 9 when 'WITHDRAWN' then 10 else 99 end";

    /** While the instructor may still change the application's content and attachments. */
    public static final Set<ProposalStatus> EDITABLE =
            EnumSet.of(DRAFT, CONSULTATION_REQUESTED, CONSULTANT_ASSIGNED, CONSULTED, ENDORSEMENT, REVISION_REQUESTED);

    /** Once the committee has decided (or the proposal is gone) it can no longer be withdrawn. */
    public static final Set<ProposalStatus> DECIDED_OR_CLOSED = EnumSet.of(APPROVED, REJECTED, LAUNCHED, WITHDRAWN);

    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }

    /** A workflow step allowed only from {@code allowed}: otherwise a 409 naming where the proposal stands. */
    void require(String action, ProposalStatus... allowed) {
        for (ProposalStatus a : allowed) {
            if (this == a) {
                return;
            }
        }
        StringBuilder from = new StringBuilder();
        for (ProposalStatus a : allowed) {
            from.append(from.isEmpty() ? "" : " or ").append(a.label());
        }
        throw ProblemException.illegalTransition("The proposal is " + label() + "; " + action + " only when it is " + from);
    }
}
