package dk.mooc.proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a proposal stands, what is still missing and who must act next: what the instructor sees at the
 * top of the proposal. Computed from the proposal alone (no side effects).
 */
public record NextStep(ProposalStatus stage, List<String> missing, Actor nextActor, Action nextAction) {

    /** Who must act next. */
    public enum Actor { INSTRUCTOR, COMMITTEE, NOBODY }

    /** What they must do. */
    public enum Action { COMPLETE_APPLICATION, SUBMIT, AWAIT_REVIEW, NONE }

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
        return switch (p.status) {
            case DRAFT -> {
                List<String> missing = missingFields(p);
                yield new NextStep(p.status, missing, Actor.INSTRUCTOR,
                        missing.isEmpty() ? Action.SUBMIT : Action.COMPLETE_APPLICATION);
            }
            case SUBMITTED -> new NextStep(p.status, List.of(), Actor.COMMITTEE, Action.AWAIT_REVIEW);
            case WITHDRAWN -> new NextStep(p.status, List.of(), Actor.NOBODY, Action.NONE);
        };
    }

    private static void check(List<String> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }
}
