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

    @Test
    void aFreshDraftListsEverythingStillMissingAndStartsWithTheLearningLab() {
        Proposal p = Proposal.draft(UUID.randomUUID(), "ida", "Ida", "ida@example.org", "Compute", NOW);
        p.edit(ProposalContent.essentials("T", null, true, null, "2027-autumn", null), NOW);
        NextStep next = NextStep.of(p);
        assertEquals(NextStep.Actor.INSTRUCTOR, next.nextActor());
        assertEquals(NextStep.Action.REQUEST_CONSULTATION, next.nextAction());
        assertEquals(List.of("topic", "summary", "targetLearners", "impactPotential", "expectedEnrolments", "uniqueness",
                "researchEnvironment", "teacherBackground", "phases", "team", "resources"), next.missing());
    }

    @Test
    void eachStageNamesWhoActsNext() {
        assertEquals(NextStep.Actor.LEARNINGLAB, next(ProposalStatus.CONSULTATION_REQUESTED).nextActor());
        assertEquals(NextStep.Action.RECORD_CONSULTATION, next(ProposalStatus.CONSULTANT_ASSIGNED).nextAction());
        assertEquals(NextStep.Action.REQUEST_ENDORSEMENTS, next(ProposalStatus.CONSULTED).nextAction());
        assertEquals(List.of(new NextStep.Waiting(NextStep.Actor.STUDY_BOARD, NextStep.Action.APPROVE),
                new NextStep.Waiting(NextStep.Actor.HEAD_OF_DEPARTMENT, NextStep.Action.SIGN)),
                next(ProposalStatus.ENDORSEMENT).waitingFor(), "during endorsement both endorsers are waited for");
        assertEquals(NextStep.Actor.COMMITTEE, next(ProposalStatus.SUBMITTED).nextActor());
        assertEquals(NextStep.Action.PRODUCE, next(ProposalStatus.APPROVED).nextAction());
        assertEquals(NextStep.Actor.NOBODY, next(ProposalStatus.REJECTED).nextActor());
        assertEquals(NextStep.Actor.NOBODY, next(ProposalStatus.WITHDRAWN).nextActor());
        assertTrue(next(ProposalStatus.SUBMITTED).missing().isEmpty());
    }

    @Test
    void afterBothEndorsementsTheInstructorSubmitsAndADeclineSendsItBack() {
        Proposal p = ProposalStateMachineTest.in(ProposalStatus.ENDORSEMENT);
        p.decideBoardApproval(Endorsement.Decision.DECLINED, "Not in our profile", p.contentHash, "bo", "Bo", "b@x", NOW);
        NextStep declined = NextStep.of(p);
        assertEquals(NextStep.Actor.INSTRUCTOR, declined.nextActor());
        assertEquals(NextStep.Action.REVISE, declined.nextAction());
        assertTrue(declined.waitingFor().contains(new NextStep.Waiting(NextStep.Actor.HEAD_OF_DEPARTMENT, NextStep.Action.SIGN)));

        Proposal q = ProposalStateMachineTest.in(ProposalStatus.ENDORSEMENT);
        q.decideBoardApproval(Endorsement.Decision.APPROVED, null, q.contentHash, "bo", "Bo", "b@x", NOW);
        q.decideHeadSignature(Endorsement.Decision.SIGNED, null, q.contentHash, "h", "H", "h@x", NOW);
        assertEquals(NextStep.Action.SUBMIT, NextStep.of(q).nextAction());
    }

    @Test
    void missingResourcesAreNamedAsOneField() {
        Proposal p = Proposal.draft(UUID.randomUUID(), "ida", "Ida", "ida@example.org", "Compute", NOW);
        ProposalContent c = TestData.completeContent("T");
        p.edit(new ProposalContent(c.title(), c.topic(), c.summary(), c.targetLearners(), c.impactPotential(),
                c.expectedEnrolments(), c.uniqueness(), c.researchEnvironment(), c.teacherBackground(), c.newContent(),
                c.courseCode(), c.phases(), c.plannedLaunchSemester(), c.team(),
                new ProposalContent.Resources(400, null, 35000)), NOW);
        assertEquals(List.of("resources"), NextStep.of(p).missing());
    }

    private static NextStep next(ProposalStatus s) {
        return NextStep.of(ProposalStateMachineTest.in(s));
    }
}
