package dk.mooc.proposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a proposal stands, what is still missing and who must act next: what the instructor sees at the
 * top of the proposal. Computed from the proposal alone (no side effects).
 */
@Schema(name = "NextStep", description = "Where a proposal stands, what is still missing and who must act next")
public record NextStep(
        @Schema(description = "The proposal's stage", example = "CONSULTED") ProposalStatus stage,
        @Schema(description = "The application's fields that are still empty (while it can be edited)",
                example = "[\"targetLearners\", \"resources\"]") List<String> missing,
        @Schema(description = "Who must act first", example = "INSTRUCTOR") Actor nextActor,
        @Schema(description = "What they must do", example = "COMPLETE_APPLICATION") Action nextAction,
        @Schema(description = "Every party the proposal waits for, the first being nextActor and nextAction")
        List<Waiting> waitingFor) {

    /** Who must act. */
    @Schema(name = "NextStepActor", description = "Who must act")
    public enum Actor { INSTRUCTOR, LEARNINGLAB, CONSULTANT, STUDY_BOARD, HEAD_OF_DEPARTMENT, COMMITTEE, NOBODY }

    /** What they must do. */
    @Schema(name = "NextStepAction", description = "What they must do")
    public enum Action {
        COMPLETE_APPLICATION, REQUEST_CONSULTATION, ASSIGN_CONSULTANT, RECORD_CONSULTATION, REQUEST_ENDORSEMENTS,
        APPROVE, SIGN, REVISE, SUBMIT, AWAIT_REVIEW, PRODUCE, NONE
    }

    /** One party the proposal is waiting for. */
    @Schema(name = "NextStepWaiting", description = "One party the proposal is waiting for, and for what")
    public record Waiting(@Schema(example = "STUDY_BOARD") Actor actor, @Schema(example = "APPROVE") Action action) {
    }

    /** The fields the application needs before it goes to its endorsers and the committee (docs/proposals.md). */
    public static List<String> missingFields(Proposal p) {
        List<String> missing = new ArrayList<>();
        check(missing, "topic", p.topic);
        check(missing, "summary", p.summary);
        check(missing, "targetLearners", p.targetLearners);
        check(missing, "impactPotential", p.impactPotential);
        if (p.expectedEnrolments == null) {
            missing.add("expectedEnrolments");
        }
        check(missing, "uniqueness", p.uniqueness);
        check(missing, "researchEnvironment", p.researchEnvironment);
        check(missing, "teacherBackground", p.teacherBackground);
        check(missing, "phases", p.phases);
        if (p.team == null || p.team.isEmpty()) {
            missing.add("team");
        }
        if (p.staffHours == null || p.assistants == null || p.videoBudgetDkk == null) {
            missing.add("resources");
        }
        return missing;
    }

    public static NextStep of(Proposal p) {
        List<String> missing = ProposalStatus.EDITABLE.contains(p.status) ? missingFields(p) : List.of();
        List<Waiting> waiting = new ArrayList<>();
        switch (p.status) {
            case DRAFT -> waiting.add(new Waiting(Actor.INSTRUCTOR, Action.REQUEST_CONSULTATION));
            case CONSULTATION_REQUESTED -> waiting.add(new Waiting(Actor.LEARNINGLAB, Action.ASSIGN_CONSULTANT));
            case CONSULTANT_ASSIGNED -> waiting.add(new Waiting(Actor.CONSULTANT, Action.RECORD_CONSULTATION));
            case CONSULTED -> waiting.add(new Waiting(Actor.INSTRUCTOR,
                    missing.isEmpty() ? Action.REQUEST_ENDORSEMENTS : Action.COMPLETE_APPLICATION));
            case ENDORSEMENT, REVISION_REQUESTED -> endorsementSteps(p, missing, waiting);
            case SUBMITTED -> waiting.add(new Waiting(Actor.COMMITTEE, Action.AWAIT_REVIEW));
            case APPROVED -> waiting.add(new Waiting(Actor.INSTRUCTOR, Action.PRODUCE));
            case REJECTED, LAUNCHED, WITHDRAWN -> waiting.add(new Waiting(Actor.NOBODY, Action.NONE));
        }
        Waiting first = waiting.get(0);
        return new NextStep(p.status, missing, first.actor(), first.action(), List.copyOf(waiting));
    }

    private static void endorsementSteps(Proposal p, List<String> missing, List<Waiting> waiting) {
        if (p.readyToSubmit()) {
            waiting.add(new Waiting(Actor.INSTRUCTOR, Action.SUBMIT));
            return;
        }
        Endorsement.State board = p.boardApproval().state();
        Endorsement.State head = p.headSignature().state();
        boolean declined = board == Endorsement.State.DECLINED || head == Endorsement.State.DECLINED;
        boolean needsRequest = p.status == ProposalStatus.REVISION_REQUESTED
                || board == Endorsement.State.VOID || head == Endorsement.State.VOID
                || board == Endorsement.State.NOT_REQUESTED || head == Endorsement.State.NOT_REQUESTED;
        if (declined || p.status == ProposalStatus.REVISION_REQUESTED) {
            waiting.add(new Waiting(Actor.INSTRUCTOR, missing.isEmpty() ? Action.REVISE : Action.COMPLETE_APPLICATION));
        }
        if (needsRequest || declined) {
            waiting.add(new Waiting(Actor.INSTRUCTOR, Action.REQUEST_ENDORSEMENTS));
        }
        if (board == Endorsement.State.REQUESTED) {
            waiting.add(new Waiting(Actor.STUDY_BOARD, Action.APPROVE));
        }
        if (head == Endorsement.State.REQUESTED) {
            waiting.add(new Waiting(Actor.HEAD_OF_DEPARTMENT, Action.SIGN));
        }
    }

    private static void check(List<String> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }
}
