package dk.mooc.production;

import dk.mooc.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan's date arithmetic, checked by hand against the template's durations. */
class DevelopmentPlanTest {

    private static final LocalDate APPROVED = LocalDate.of(2026, 12, 10);

    private static DevelopmentPlan plan(boolean newContent) {
        return new DevelopmentPlan(DevelopmentPlan.fromTemplate(UUID.randomUUID(), APPROVED, newContent));
    }

    @Test
    void theTemplateIsScheduledForwardFromTheApprovalFinishToStart() {
        DevelopmentPlan plan = plan(true);
        // 14, 21, 42, 56, 28, 14, 14, 14 and 1 days after one another
        assertEquals(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 14), LocalDate.of(2027, 2, 25),
                        LocalDate.of(2027, 4, 22), LocalDate.of(2027, 5, 20), LocalDate.of(2027, 6, 3),
                        LocalDate.of(2027, 6, 17), LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 2)),
                plan.milestones().stream().map(m -> m.dueDate).toList());
        assertEquals(List.of("PILOT_MODULE"), plan.get("VIDEO_RECORDING").predecessors());
        assertTrue(plan.get("USER_TEST").mandatory, "new content needs a user test");
        assertFalse(plan(false).get("USER_TEST").mandatory, "a MOOC built on a course: a missing test is a warning");
    }

    @Test
    void aSlipProposesNewDatesForEverythingThatWouldStartTooEarly() {
        DevelopmentPlan plan = plan(true);
        plan.agreeBaseline();
        List<String> proposed = plan.reschedule("PILOT_MODULE", LocalDate.of(2027, 3, 11)); // two weeks late
        assertEquals(List.of("VIDEO_RECORDING", "MATERIAL_COMPLETE", "USER_TEST", "BOARD_LAUNCH_APPROVAL",
                "COURSERA_SETUP", "LAUNCH"), proposed);
        assertEquals(LocalDate.of(2027, 5, 6), plan.get("VIDEO_RECORDING").proposedDueDate);
        assertEquals(LocalDate.of(2027, 7, 16), plan.get("LAUNCH").proposedDueDate);
        assertEquals(LocalDate.of(2027, 4, 22), plan.get("VIDEO_RECORDING").dueDate, "nothing moves until accepted");
        assertEquals(14L, plan.get("PILOT_MODULE").slipDays());
        assertNull(plan.get("COURSE_OUTLINE").proposedDueDate, "predecessors are not touched");

        assertEquals(6, plan.acceptProposals());
        assertEquals(14L, plan.get("LAUNCH").slipDays());
        assertNull(plan.get("LAUNCH").proposedDueDate);
    }

    @Test
    void movingAMilestoneEarlierProposesNothingAndADoneMilestoneStaysPut() {
        DevelopmentPlan plan = plan(true);
        assertEquals(List.of(), plan.reschedule("PILOT_MODULE", LocalDate.of(2027, 2, 18)));
        plan.get("PLAN_AGREED").status = Milestone.Status.DONE;
        ProblemException e = assertThrows(ProblemException.class,
                () -> plan.reschedule("PLAN_AGREED", LocalDate.of(2027, 1, 1)));
        assertTrue(e.getMessage().contains("done"));
        assertNull(plan.get("PILOT_MODULE").slipDays(), "no baseline yet, so no slip");
    }
}
