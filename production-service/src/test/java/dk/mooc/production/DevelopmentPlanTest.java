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

/**
 * The plan's date arithmetic in working days (Monday–Friday without the closing days, {@link WorkingDaysTest}),
 * checked by hand against the template's durations.
 */
class DevelopmentPlanTest {

    /** Thursday 10 December 2026: work starts on Friday 11 December. */
    private static final LocalDate APPROVED = LocalDate.of(2026, 12, 10);

    private static DevelopmentPlan plan(boolean newContent) {
        return new DevelopmentPlan(DevelopmentPlan.fromTemplate(UUID.randomUUID(), APPROVED, newContent));
    }

    @Test
    void theTemplateIsScheduledForwardFromTheApprovalFinishToStart() {
        DevelopmentPlan plan = plan(true);
        // 14, 21, 42, 56, 28, 14, 14, 14 and 1 working days after one another, each starting the working day after
        // its predecessor is due:
        // plan agreed, 14 from Fri 11 Dec: 11, 14–18, 21–23 Dec (9); 24–27 Dec closed or weekend; 28–30 Dec (12);
        //   31 Dec and 1 Jan closed; 4, 5 Jan (14) -> Tue 5 Jan 2027
        // course outline, 21 from Wed 6 Jan: 6–8, 11–15, 18–22, 25–29 Jan (18); 1–3 Feb (21) -> Wed 3 Feb
        // pilot module, 42 from Thu 4 Feb: 4–5 Feb, four full weeks to 5 Mar (22), 8–12, 15–19 (32), 22–24 Mar (35);
        //   Maundy Thursday 25, Good Friday 26 and Easter Monday 29 Mar closed; 30 Mar – 2 Apr (39); 5–7 Apr (42)
        //   -> Wed 7 Apr
        // video recording, 56 from Thu 8 Apr: 8–9 Apr, 12–30 Apr (17); 3–5 May (20), Ascension Day 6 May closed, 7 May
        //   (21); 10–14 May (26); Whit Monday 17 May closed, 18–21 May (30); 24–28 May (35); 31 May – 4 Jun (40, and
        //   5 June is a Saturday); 7–25 Jun (55); 28 Jun (56) -> Mon 28 Jun
        // material complete, 28 from Tue 29 Jun: 29 Jun – 2 Jul (4), 5–30 Jul (24), 2–5 Aug (28) -> Thu 5 Aug
        // user test, 14 from Fri 6 Aug: 6, 9–13, 16–20 (11), 23–25 Aug (14) -> Wed 25 Aug
        // board approval, 14 from Thu 26 Aug: 26–27 Aug, 30 Aug – 10 Sep (12), 13–14 Sep -> Tue 14 Sep
        // Coursera set-up, 14 from Wed 15 Sep: 15–17, 20–24, 27 Sep – 1 Oct (13), 4 Oct -> Mon 4 Oct
        // launch, 1 on Tue 5 Oct
        assertEquals(List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 3), LocalDate.of(2027, 4, 7),
                        LocalDate.of(2027, 6, 28), LocalDate.of(2027, 8, 5), LocalDate.of(2027, 8, 25),
                        LocalDate.of(2027, 9, 14), LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 5)),
                plan.milestones().stream().map(m -> m.dueDate).toList());
        assertEquals(List.of("PILOT_MODULE"), plan.get("VIDEO_RECORDING").predecessors());
        assertTrue(plan.get("USER_TEST").mandatory, "new content needs a user test");
        assertFalse(plan(false).get("USER_TEST").mandatory, "a MOOC built on a course: a missing test is a warning");
    }

    @Test
    void aSlipProposesNewDatesForEverythingThatWouldStartTooEarly() {
        DevelopmentPlan plan = plan(true);
        plan.agreeBaseline();
        List<String> proposed = plan.reschedule("PILOT_MODULE", LocalDate.of(2027, 4, 21)); // two weeks late
        assertEquals(List.of("VIDEO_RECORDING", "MATERIAL_COMPLETE", "USER_TEST", "BOARD_LAUNCH_APPROVAL",
                "COURSERA_SETUP", "LAUNCH"), proposed);
        // video recording, 56 from Thu 22 Apr: 22–23 Apr, 26–30 Apr (7); 3–5, 7 May (11, Ascension Day closed);
        // 10–14 (16); 18–21 (20, Whit Monday closed); 24 May – 9 Jul, seven full weeks (55); Mon 12 Jul (56)
        assertEquals(LocalDate.of(2027, 7, 12), plan.get("VIDEO_RECORDING").proposedDueDate);
        // then 28 from 13 Jul -> Thu 19 Aug; 14 from 20 Aug -> Wed 8 Sep; 14 from 9 Sep -> Tue 28 Sep; 14 from 29 Sep
        // -> Mon 18 Oct; the launch on Tue 19 Oct
        assertEquals(LocalDate.of(2027, 8, 19), plan.get("MATERIAL_COMPLETE").proposedDueDate);
        assertEquals(LocalDate.of(2027, 10, 18), plan.get("COURSERA_SETUP").proposedDueDate);
        assertEquals(LocalDate.of(2027, 10, 19), plan.get("LAUNCH").proposedDueDate);
        assertEquals(LocalDate.of(2027, 6, 28), plan.get("VIDEO_RECORDING").dueDate, "nothing moves until accepted");
        assertEquals(14L, plan.get("PILOT_MODULE").slipDays());
        assertNull(plan.get("COURSE_OUTLINE").proposedDueDate, "predecessors are not touched");

        assertEquals(6, plan.acceptProposals());
        assertEquals(14L, plan.get("LAUNCH").slipDays());
        assertNull(plan.get("LAUNCH").proposedDueDate);
    }

    @Test
    void movingAMilestoneEarlierProposesNothingAndADoneMilestoneStaysPut() {
        DevelopmentPlan plan = plan(true);
        assertEquals(List.of(), plan.reschedule("PILOT_MODULE", LocalDate.of(2027, 3, 31)));
        plan.get("PLAN_AGREED").status = Milestone.Status.DONE;
        ProblemException e = assertThrows(ProblemException.class,
                () -> plan.reschedule("PLAN_AGREED", LocalDate.of(2027, 1, 1)));
        assertTrue(e.getMessage().contains("done"));
        assertNull(plan.get("PILOT_MODULE").slipDays(), "no baseline yet, so no slip");
    }
}
