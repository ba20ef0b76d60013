package dk.mooc.production;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One QA gate a MOOC must pass before launch (docs/production.md). A non-blocking gate that is not met is a
 * warning: the user test of a MOOC that builds on an existing course.
 */
@Schema(name = "QaGate", description = "One QA gate before launch; a blocking gate that is not met refuses the launch, "
        + "a non-blocking one is a warning. Its state is a code with parameters: the reader's language words it")
public record QaGate(
        @Schema(description = "Which gate: MANDATORY_MILESTONES, FEEDBACK_TEACHING_PLAN, FEEDBACK_MATERIAL, USER_TEST or "
                + "BOARD_LAUNCH_APPROVAL", example = "USER_TEST") String key,
        @Schema(description = "Whether the gate is passed now", example = "false") boolean met,
        @Schema(description = "Whether an unmet gate refuses the launch; false for a warning only (the user test of a "
                + "MOOC that builds on an existing course)", example = "true") boolean blocking,
        @Schema(description = "The gate's state, e.g. what is not done yet", example = "USER_TEST_MISSING_MANDATORY")
        Reason code,
        @Schema(description = "The values the state's wording needs, all strings (see QaGateReason): milestones (names "
                + "joined by \", \") and count for MILESTONES_NOT_DONE; round (TEACHING_PLAN or MATERIAL) for the feedback "
                + "codes; testedOn (ISO date) for USER_TEST_RECORDED; comment for LAUNCH_DECLINED; empty otherwise",
                example = "{\"milestones\": \"Pilot module, Coursera set-up\", \"count\": \"2\"}")
        Map<String, String> params) {

    public static final String MANDATORY_MILESTONES = "MANDATORY_MILESTONES";
    public static final String FEEDBACK_TEACHING_PLAN = "FEEDBACK_TEACHING_PLAN";
    public static final String FEEDBACK_MATERIAL = "FEEDBACK_MATERIAL";
    public static final String USER_TEST = "USER_TEST";
    public static final String BOARD_LAUNCH_APPROVAL = "BOARD_LAUNCH_APPROVAL";

    /** A gate's state as a stable code; the SPA words it in the reader's language from the code and its params. */
    @Schema(name = "QaGateReason", description = "A QA gate's state: MILESTONES_DONE (every mandatory milestone is done), "
            + "MILESTONES_NOT_DONE {milestones, count}, FEEDBACK_ROUND_CLOSED {round}, FEEDBACK_ROUND_OPEN {round}, "
            + "USER_TEST_RECORDED {testedOn}, USER_TEST_MISSING_MANDATORY (new content), USER_TEST_MISSING_RECOMMENDED "
            + "(builds on an existing course), LAUNCH_APPROVED, LAUNCH_APPROVAL_REQUESTED (no answer yet), "
            + "LAUNCH_DECLINED {comment}, LAUNCH_APPROVAL_NOT_REQUESTED")
    public enum Reason {
        MILESTONES_DONE, MILESTONES_NOT_DONE, FEEDBACK_ROUND_CLOSED, FEEDBACK_ROUND_OPEN, USER_TEST_RECORDED,
        USER_TEST_MISSING_MANDATORY, USER_TEST_MISSING_RECOMMENDED, LAUNCH_APPROVED, LAUNCH_APPROVAL_REQUESTED,
        LAUNCH_DECLINED, LAUNCH_APPROVAL_NOT_REQUESTED
    }

    /** The gates in the order the checklist shows them. */
    public static List<QaGate> evaluate(Production p, List<Milestone> milestones, List<FeedbackRound> rounds) {
        List<QaGate> gates = new ArrayList<>();
        List<String> notDone = milestones.stream()
                .filter(m -> m.mandatory && !"LAUNCH".equals(m.key) && m.status != Milestone.Status.DONE)
                .map(m -> m.name).toList();
        gates.add(notDone.isEmpty() ? new QaGate(MANDATORY_MILESTONES, true, true, Reason.MILESTONES_DONE, Map.of())
                : new QaGate(MANDATORY_MILESTONES, false, true, Reason.MILESTONES_NOT_DONE,
                Map.of("milestones", String.join(", ", notDone), "count", String.valueOf(notDone.size()))));
        for (FeedbackRound.Round r : FeedbackRound.Round.values()) {
            FeedbackRound round = rounds.stream().filter(x -> x.round == r).findFirst().orElse(null);
            boolean closed = round != null && round.closed();
            gates.add(new QaGate(r == FeedbackRound.Round.TEACHING_PLAN ? FEEDBACK_TEACHING_PLAN : FEEDBACK_MATERIAL,
                    closed, true, closed ? Reason.FEEDBACK_ROUND_CLOSED : Reason.FEEDBACK_ROUND_OPEN,
                    Map.of("round", r.name())));
        }
        boolean tested = p.userTest != null && p.userTest.recorded();
        gates.add(tested ? new QaGate(USER_TEST, true, p.newContent, Reason.USER_TEST_RECORDED,
                Map.of("testedOn", p.userTest.testedOn.toString()))
                : new QaGate(USER_TEST, false, p.newContent, p.newContent ? Reason.USER_TEST_MISSING_MANDATORY
                : Reason.USER_TEST_MISSING_RECOMMENDED, Map.of()));
        LaunchApproval.Status a = p.launchApproval == null ? LaunchApproval.Status.NOT_REQUESTED : p.launchApproval.status;
        Reason approval = switch (a) {
            case APPROVED -> Reason.LAUNCH_APPROVED;
            case REQUESTED -> Reason.LAUNCH_APPROVAL_REQUESTED;
            case DECLINED -> Reason.LAUNCH_DECLINED;
            case NOT_REQUESTED -> Reason.LAUNCH_APPROVAL_NOT_REQUESTED;
        };
        gates.add(new QaGate(BOARD_LAUNCH_APPROVAL, a == LaunchApproval.Status.APPROVED, true, approval,
                a == LaunchApproval.Status.DECLINED && p.launchApproval.comment != null
                        ? Map.of("comment", p.launchApproval.comment) : Map.of()));
        return gates;
    }

    /** The unmet gate's state in English, for a problem's human detail only (the API's readers get the code). */
    public String englishDetail() {
        return switch (code) {
            case MILESTONES_DONE -> "Every mandatory milestone is done";
            case MILESTONES_NOT_DONE -> "Not done yet: " + params.get("milestones");
            case FEEDBACK_ROUND_CLOSED -> "The feedback round on the " + roundWords() + " is closed";
            case FEEDBACK_ROUND_OPEN -> "The feedback round on the " + roundWords() + " is still open";
            case USER_TEST_RECORDED -> "User test on " + params.get("testedOn") + " recorded";
            case USER_TEST_MISSING_MANDATORY -> "No user test recorded; it is mandatory for new content";
            case USER_TEST_MISSING_RECOMMENDED -> "No user test recorded; recommended even when the MOOC builds on an "
                    + "existing course";
            case LAUNCH_APPROVED -> "The study board approved the launch";
            case LAUNCH_APPROVAL_REQUESTED -> "Requested from the study board; no answer yet";
            case LAUNCH_DECLINED -> "The study board declined the launch: " + params.getOrDefault("comment", "");
            case LAUNCH_APPROVAL_NOT_REQUESTED -> "The study board's launch approval has not been requested";
        };
    }

    private String roundWords() {
        return "TEACHING_PLAN".equals(params.get("round")) ? "teaching plan" : "material";
    }
}
