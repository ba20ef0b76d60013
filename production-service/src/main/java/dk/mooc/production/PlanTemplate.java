package dk.mooc.production;

import java.util.List;

/**
 * The programme's template of milestones for a new production (docs/production.md): name, owner, working
 * duration in days and finish-to-start predecessors. The user test is mandatory for new content only.
 */
public final class PlanTemplate {

    public record Step(String key, String name, Milestone.Owner owner, int durationDays, List<String> dependsOn,
                       boolean mandatory) {
    }

    public static final List<Step> STEPS = List.of(
            new Step("PLAN_AGREED", "Plan agreed with the consultant", Milestone.Owner.CONSULTANT, 14, List.of(), true),
            new Step("COURSE_OUTLINE", "Course outline", Milestone.Owner.INSTRUCTOR, 21, List.of("PLAN_AGREED"), true),
            new Step("PILOT_MODULE", "Pilot module", Milestone.Owner.INSTRUCTOR, 42, List.of("COURSE_OUTLINE"), true),
            new Step("VIDEO_RECORDING", "Video recording", Milestone.Owner.MEDIALAB, 56, List.of("PILOT_MODULE"), true),
            new Step("MATERIAL_COMPLETE", "Material complete", Milestone.Owner.INSTRUCTOR, 28,
                    List.of("VIDEO_RECORDING"), true),
            new Step("USER_TEST", "User test with students and/or colleagues", Milestone.Owner.INSTRUCTOR, 14,
                    List.of("MATERIAL_COMPLETE"), true),
            new Step("BOARD_LAUNCH_APPROVAL", "Study board's launch approval", Milestone.Owner.STUDY_BOARD, 14,
                    List.of("USER_TEST"), true),
            new Step("COURSERA_SETUP", "Coursera set-up", Milestone.Owner.CONSULTANT, 14,
                    List.of("BOARD_LAUNCH_APPROVAL"), true),
            new Step("LAUNCH", "Launch", Milestone.Owner.INSTRUCTOR, 1, List.of("COURSERA_SETUP"), true));

    private PlanTemplate() {
    }
}
