package dk.mooc.proposal;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NextStepTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Proposal draft(ProposalContent c) {
        Proposal p = Proposal.draft(UUID.randomUUID(), "ida", "Ida", "ida@example.org", "Compute", NOW);
        p.edit(c, NOW);
        return p;
    }

    @Test
    void aFreshDraftListsEverythingStillMissing() {
        NextStep next = NextStep.of(draft(ProposalContent.essentials("T", null, true, null, "2027-autumn", null)));
        assertEquals(NextStep.Actor.INSTRUCTOR, next.nextActor());
        assertEquals(NextStep.Action.COMPLETE_APPLICATION, next.nextAction());
        assertEquals(List.of("topic", "summary", "targetLearners", "impactPotential", "expectedEnrolments", "uniqueness",
                "researchEnvironment", "teacherBackground", "phases", "team", "resources"), next.missing());
    }

    @Test
    void aCompleteDraftIsReadyToSubmitAndThenTheCommitteeActs() {
        Proposal p = draft(new ProposalContent("T", "Topic", "Summary", "Engineers", "High", 100, "Unique", "Centre",
                "Prize", true, null, "Phases", "2027-autumn",
                List.of(new TeamMember("Sofie", "sofie@example.org", TeamMember.TeamRole.STUDENT_ASSISTANT)),
                new ProposalContent.Resources(400, 2, 35000)));
        NextStep next = NextStep.of(p);
        assertTrue(next.missing().isEmpty());
        assertEquals(NextStep.Action.SUBMIT, next.nextAction());

        p.submit(NOW);
        assertEquals(NextStep.Actor.COMMITTEE, NextStep.of(p).nextActor());
        p.withdraw(NOW);
        assertEquals(NextStep.Actor.NOBODY, NextStep.of(p).nextActor());
    }

    @Test
    void partlyAllocatedResourcesStillCountAsMissing() {
        Proposal p = draft(new ProposalContent("T", "Topic", "Summary", "Engineers", "High", 100, "Unique", "Centre",
                "Prize", true, null, "Phases", "2027-autumn",
                List.of(new TeamMember("Sofie", null, TeamMember.TeamRole.STUDENT_ASSISTANT)),
                new ProposalContent.Resources(400, null, 35000)));
        assertEquals(List.of("resources"), NextStep.of(p).missing());
    }
}
