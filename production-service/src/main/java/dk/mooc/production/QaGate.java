package dk.mooc.production;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * One QA gate a MOOC must pass before launch (docs/production.md). A non-blocking gate that is not met is a
 * warning: the user test of a MOOC that builds on an existing course.
 */
@Schema(name = "QaGate", description = "One QA gate before launch; a blocking gate that is not met refuses the launch, "
        + "a non-blocking one is a warning")
public record QaGate(
        @Schema(description = "Which gate: MANDATORY_MILESTONES, FEEDBACK_TEACHING_PLAN, FEEDBACK_MATERIAL, USER_TEST or "
                + "BOARD_LAUNCH_APPROVAL", example = "USER_TEST") String key,
        @Schema(description = "Whether the gate is passed now", example = "false") boolean met,
        @Schema(description = "Whether an unmet gate refuses the launch; false for a warning only (the user test of a "
                + "MOOC that builds on an existing course)", example = "true") boolean blocking,
        @Schema(description = "The gate's state in one English sentence, e.g. what is not done yet",
                example = "No user test recorded; it is mandatory for new content") String detail) {

    public static final String MANDATORY_MILESTONES = "MANDATORY_MILESTONES";
    public static final String FEEDBACK_TEACHING_PLAN = "FEEDBACK_TEACHING_PLAN";
    public static final String FEEDBACK_MATERIAL = "FEEDBACK_MATERIAL";
    public static final String USER_TEST = "USER_TEST";
    public static final String BOARD_LAUNCH_APPROVAL = "BOARD_LAUNCH_APPROVAL";

    /** The gates in the order the checklist shows them. */
    public static List<QaGate> evaluate(Production p, List<Milestone> milestones, List<FeedbackRound> rounds) {
        List<QaGate> gates = new ArrayList<>();
        List<String> notDone = milestones.stream()
                .filter(m -> m.mandatory && !"LAUNCH".equals(m.key) && m.status != Milestone.Status.DONE)
                .map(m -> m.name).toList();
        gates.add(new QaGate(MANDATORY_MILESTONES, notDone.isEmpty(), true,
                notDone.isEmpty() ? "Every mandatory milestone is done" : "Not done yet: " + String.join(", ", notDone)));
        for (FeedbackRound.Round r : FeedbackRound.Round.values()) {
            FeedbackRound round = rounds.stream().filter(x -> x.round == r).findFirst().orElse(null);
            boolean closed = round != null && round.closed();
            String what = r == FeedbackRound.Round.TEACHING_PLAN ? "teaching plan" : "material";
            gates.add(new QaGate(r == FeedbackRound.Round.TEACHING_PLAN ? FEEDBACK_TEACHING_PLAN : FEEDBACK_MATERIAL,
                    closed, true, closed ? "The feedback round on the " + what + " is closed"
                    : "The feedback round on the " + what + " is still open"));
        }
        boolean tested = p.userTest != null && p.userTest.recorded();
        gates.add(new QaGate(USER_TEST, tested, p.newContent, tested
                ? "User test on " + p.userTest.testedOn + " recorded"
                : p.newContent ? "No user test recorded; it is mandatory for new content"
                : "No user test recorded; recommended even when the MOOC builds on an existing course"));
        LaunchApproval.Status a = p.launchApproval == null ? LaunchApproval.Status.NOT_REQUESTED : p.launchApproval.status;
        gates.add(new QaGate(BOARD_LAUNCH_APPROVAL, a == LaunchApproval.Status.APPROVED, true, switch (a) {
            case APPROVED -> "The study board approved the launch";
            case REQUESTED -> "Requested from the study board; no answer yet";
            case DECLINED -> "The study board declined the launch: " + p.launchApproval.comment;
            case NOT_REQUESTED -> "The study board's launch approval has not been requested";
        }));
        return gates;
    }
}
