package dk.mooc.proposal;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proposal's state machine as plain Java: every action tried from every status. An action not in the
 * table below must be refused with an illegal-transition problem and change nothing.
 */
class ProposalStateMachineTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);

    enum Step { EDIT, REQUEST_CONSULTATION, ASSIGN, RECORD, REQUEST_ENDORSEMENTS, BOARD_APPROVES, HEAD_SIGNS, SUBMIT, WITHDRAW }

    /** Where each allowed action leads; everything else is illegal. */
    private static final Map<ProposalStatus, Map<Step, ProposalStatus>> ALLOWED = new EnumMap<>(ProposalStatus.class);

    static {
        for (ProposalStatus s : ProposalStatus.values()) {
            ALLOWED.put(s, new EnumMap<>(Step.class));
        }
        // docs/proposals.md, written out: the content can be edited in these six statuses
        for (ProposalStatus s : List.of(ProposalStatus.DRAFT, ProposalStatus.CONSULTATION_REQUESTED,
                ProposalStatus.CONSULTANT_ASSIGNED, ProposalStatus.CONSULTED, ProposalStatus.ENDORSEMENT,
                ProposalStatus.REVISION_REQUESTED)) {
            ALLOWED.get(s).put(Step.EDIT, s);
        }
        // "any status before the decision (not APPROVED, REJECTED, LAUNCHED) ──withdraw──▶ WITHDRAWN"
        for (ProposalStatus s : List.of(ProposalStatus.DRAFT, ProposalStatus.CONSULTATION_REQUESTED,
                ProposalStatus.CONSULTANT_ASSIGNED, ProposalStatus.CONSULTED, ProposalStatus.ENDORSEMENT,
                ProposalStatus.SUBMITTED, ProposalStatus.REVISION_REQUESTED)) {
            ALLOWED.get(s).put(Step.WITHDRAW, ProposalStatus.WITHDRAWN);
        }
        ALLOWED.get(ProposalStatus.DRAFT).put(Step.REQUEST_CONSULTATION, ProposalStatus.CONSULTATION_REQUESTED);
        ALLOWED.get(ProposalStatus.CONSULTATION_REQUESTED).put(Step.ASSIGN, ProposalStatus.CONSULTANT_ASSIGNED);
        ALLOWED.get(ProposalStatus.CONSULTANT_ASSIGNED).put(Step.RECORD, ProposalStatus.CONSULTED);
        ALLOWED.get(ProposalStatus.CONSULTED).put(Step.REQUEST_ENDORSEMENTS, ProposalStatus.ENDORSEMENT);
        ALLOWED.get(ProposalStatus.ENDORSEMENT).put(Step.REQUEST_ENDORSEMENTS, ProposalStatus.ENDORSEMENT);
        ALLOWED.get(ProposalStatus.ENDORSEMENT).put(Step.BOARD_APPROVES, ProposalStatus.ENDORSEMENT);
        ALLOWED.get(ProposalStatus.ENDORSEMENT).put(Step.HEAD_SIGNS, ProposalStatus.ENDORSEMENT);
        // a revision that has not been edited keeps both endorsements, so it may go back as it is
        ALLOWED.get(ProposalStatus.REVISION_REQUESTED).put(Step.SUBMIT, ProposalStatus.SUBMITTED);
    }

    private static Proposal draft() {
        Proposal p = Proposal.draft(UUID.randomUUID(), "ida", "Ida", "ida@example.org", "Compute", NOW);
        p.edit(TestData.completeContent("Title"), NOW);
        fingerprint(p);
        return p;
    }

    private static void fingerprint(Proposal p) {
        p.contentHash = ContentFingerprint.contentHash(p.content(), List.of());
    }

    private static void approve(Proposal p) {
        p.decideBoardApproval(Endorsement.Decision.APPROVED, null, p.contentHash, "bo", "Bo", "bo@x", NOW);
    }

    private static void sign(Proposal p) {
        p.decideHeadSignature(Endorsement.Decision.SIGNED, null, p.contentHash, "hans", "Hans", "hans@x", NOW);
    }

    /** A proposal brought into {@code status} through the legal transitions only. */
    static Proposal in(ProposalStatus status) {
        Proposal p = draft();
        if (status == ProposalStatus.DRAFT) {
            return p;
        }
        if (status == ProposalStatus.WITHDRAWN) {
            p.withdraw(NOW);
            return p;
        }
        p.requestConsultation(NOW);
        if (status == ProposalStatus.CONSULTATION_REQUESTED) {
            return p;
        }
        p.assignConsultant("carla", "Carla", "carla@x", NOW);
        if (status == ProposalStatus.CONSULTANT_ASSIGNED) {
            return p;
        }
        p.recordConsultation(LocalDate.of(2026, 11, 20), "Held", NOW);
        if (status == ProposalStatus.CONSULTED) {
            return p;
        }
        p.requestEndorsements(NOW);
        if (status == ProposalStatus.ENDORSEMENT) {
            return p;
        }
        approve(p);
        sign(p);
        p.submit(NOW);
        if (status == ProposalStatus.SUBMITTED) {
            return p;
        }
        String outcome = status == ProposalStatus.LAUNCHED ? "APPROVED" : status.name();
        assertTrue(p.applyDecision(outcome, "Comments", 1, NOW));
        if (status == ProposalStatus.LAUNCHED) {
            assertTrue(p.launched("https://www.coursera.org/learn/x", LocalDate.of(2027, 9, 1), NOW));
        }
        assertEquals(status, p.status);
        return p;
    }

    private static Consumer<Proposal> action(Step step) {
        return switch (step) {
            case EDIT -> p -> p.edit(TestData.completeContent("Edited"), NOW);
            case REQUEST_CONSULTATION -> p -> p.requestConsultation(NOW);
            case ASSIGN -> p -> p.assignConsultant("connor", "Connor", "connor@x", NOW);
            case RECORD -> p -> p.recordConsultation(LocalDate.of(2026, 11, 21), "Notes", NOW);
            case REQUEST_ENDORSEMENTS -> p -> p.requestEndorsements(NOW);
            case BOARD_APPROVES -> ProposalStateMachineTest::approve;
            case HEAD_SIGNS -> ProposalStateMachineTest::sign;
            case SUBMIT -> p -> p.submit(NOW);
            case WITHDRAW -> p -> p.withdraw(NOW);
        };
    }

    @ParameterizedTest
    @EnumSource(ProposalStatus.class)
    void everyActionFromEveryStatusIsAllowedOrRefusedAsDocumented(ProposalStatus from) {
        for (Step step : Step.values()) {
            Proposal p = in(from);
            ProposalStatus allowedTo = ALLOWED.get(from).get(step);
            if (allowedTo != null) {
                action(step).accept(p);
                assertEquals(allowedTo, p.status, step + " from " + from);
            } else {
                ProblemException e = assertThrows(ProblemException.class, () -> action(step).accept(p), step + " from " + from);
                assertEquals(ProblemType.ILLEGAL_TRANSITION, e.type(), step + " from " + from + ": " + e.getMessage());
                assertEquals(from, p.status, "a refused " + step + " changes nothing");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ProposalStatus.class)
    void decisionsAndLaunchApplyOnlyWhereTheyBelong(ProposalStatus from) {
        Proposal p = in(from);
        assertEquals(from == ProposalStatus.SUBMITTED, p.applyDecision("APPROVED", null, p.revision, NOW));
        Proposal q = in(from);
        assertEquals(from == ProposalStatus.APPROVED, q.launched("https://x", LocalDate.of(2027, 9, 1), NOW));
        if (from != ProposalStatus.APPROVED) {
            assertEquals(from, q.status, "a launch event for a proposal that is not approved changes nothing");
        }
    }

    @Test
    void theStatusSetsAreTheDocumentedOnes() {
        assertEquals(java.util.EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.CONSULTATION_REQUESTED,
                ProposalStatus.CONSULTANT_ASSIGNED, ProposalStatus.CONSULTED, ProposalStatus.ENDORSEMENT,
                ProposalStatus.REVISION_REQUESTED), ProposalStatus.EDITABLE);
        assertEquals(java.util.EnumSet.of(ProposalStatus.APPROVED, ProposalStatus.REJECTED, ProposalStatus.LAUNCHED,
                ProposalStatus.WITHDRAWN), ProposalStatus.DECIDED_OR_CLOSED);
    }

    /** A list sorted by status follows the workflow of docs/proposals.md, not the alphabet of the names. */
    @Test
    void theStatusRankFollowsTheWorkflow() {
        List<String> workflow = List.of("DRAFT", "CONSULTATION_REQUESTED", "CONSULTANT_ASSIGNED", "CONSULTED",
                "ENDORSEMENT", "SUBMITTED", "REVISION_REQUESTED", "APPROVED", "REJECTED", "LAUNCHED", "WITHDRAWN");
        assertEquals(workflow.size(), ProposalStatus.values().length, "every status has its place");
        for (int rank = 0; rank < workflow.size(); rank++) {
            assertTrue(ProposalStatus.WORKFLOW_RANK_SQL.contains("'" + workflow.get(rank) + "' then " + rank + " "),
                    workflow.get(rank) + " is number " + rank + " in " + ProposalStatus.WORKFLOW_RANK_SQL);
        }
    }

    @Test
    void submittingNeedsBothEndorsementsForTheCurrentContent() {
        Proposal p = in(ProposalStatus.ENDORSEMENT);
        ProblemException none = assertThrows(ProblemException.class, () -> p.submit(NOW));
        assertTrue(none.getMessage().contains("study board") && none.getMessage().contains("Head of Department"),
                none.getMessage());
        approve(p);
        ProblemException onlyBoard = assertThrows(ProblemException.class, () -> p.submit(NOW));
        assertFalse(onlyBoard.getMessage().contains("study board's approval is"), onlyBoard.getMessage());
        sign(p);
        assertTrue(p.readyToSubmit());
        p.submit(NOW);
        assertEquals(ProposalStatus.SUBMITTED, p.status);
    }

    @Test
    void anyEditVoidsTheSignatureButOnlyAScopeChangeVoidsTheBoardApproval() {
        Proposal p = in(ProposalStatus.ENDORSEMENT);
        approve(p);
        sign(p);
        String signed = p.contentHash;

        ProposalContent c = p.content();
        p.edit(new ProposalContent(c.title(), c.topic(), "A sharper summary", c.targetLearners(), c.impactPotential(),
                c.expectedEnrolments(), c.uniqueness(), c.researchEnvironment(), c.teacherBackground(), c.newContent(),
                c.courseCode(), c.phases(), c.plannedLaunchSemester(), c.team(), c.resources()), NOW);
        fingerprint(p);
        assertNotEquals(signed, p.contentHash);
        assertEquals(Endorsement.State.VOID, p.headSignature().state(), "the signature is bound to the exact content");
        assertEquals(Endorsement.State.APPROVED, p.boardApproval().state(), "a summary edit keeps the board's approval");
        assertFalse(p.readyToSubmit());

        p.edit(TestData.completeContent("A new title changes the academic scope"), NOW);
        fingerprint(p);
        assertEquals(Endorsement.State.VOID, p.boardApproval().state());

        assertEquals(new Endorsement.Requested(true, true), p.requestEndorsements(NOW), "both are asked again");
        assertEquals(Endorsement.State.REQUESTED, p.boardApproval().state());
    }

    @Test
    void anEndorserDecidesOnlyTheVersionTheySawAndOnlyOnce() {
        Proposal p = in(ProposalStatus.ENDORSEMENT);
        ProblemException stale = assertThrows(ProblemException.class, () -> p.decideHeadSignature(
                Endorsement.Decision.SIGNED, null, "0".repeat(64), "hans", "Hans", "h@x", NOW));
        assertEquals(ProblemType.CONFLICT, stale.type());
        assertEquals(Endorsement.State.REQUESTED, p.headSignature().state(), "nothing recorded");
        sign(p);
        ProblemException twice = assertThrows(ProblemException.class, () -> sign(p));
        assertEquals(ProblemType.ILLEGAL_TRANSITION, twice.type());
    }

    @Test
    void aRevisionOpensTheNextVersionAndAStaleDecisionIsIgnored() {
        Proposal p = in(ProposalStatus.SUBMITTED);
        assertFalse(p.applyDecision("APPROVED", null, 2, NOW), "a decision on a version that was never submitted");
        assertTrue(p.applyDecision("REVISION_REQUESTED", "Sharpen the resources", 1, NOW));
        assertEquals(2, p.revision);
        assertEquals("Sharpen the resources", p.decisionComments);
        assertFalse(p.applyDecision("REJECTED", null, 1, NOW), "a repeated decision on round 1 changes nothing");
        assertEquals(ProposalStatus.REVISION_REQUESTED, p.status);
    }
}
