package dk.mooc.proposal;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The proposal's state machine as plain Java: no database, no framework. */
class ProposalStateMachineTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Proposal draft() {
        Proposal p = Proposal.draft(UUID.randomUUID(), "ida", "Ida", "ida@example.org", "Compute", NOW);
        p.edit(ProposalContent.essentials("Title", null, true, null, "2027-autumn", 10), NOW);
        return p;
    }

    @Test
    void aDraftCanBeSubmittedOnce() {
        Proposal p = draft();
        p.submit(NOW.plusHours(1));
        assertEquals(ProposalStatus.SUBMITTED, p.status);
        assertEquals(NOW.plusHours(1), p.submittedAt);
        ProblemException again = assertThrows(ProblemException.class, () -> p.submit(NOW.plusHours(2)));
        assertEquals(ProblemType.ILLEGAL_TRANSITION, again.type());
    }

    @Test
    void aSubmittedProposalCannotBeEdited() {
        Proposal p = draft();
        p.submit(NOW);
        assertEquals(ProblemType.ILLEGAL_TRANSITION, assertThrows(ProblemException.class,
                () -> p.edit(ProposalContent.essentials("New", null, true, null, "2027-autumn", 1), NOW)).type());
        assertEquals("Title", p.title);
    }

    @Test
    void newContentHasNoCourseCode() {
        Proposal p = draft();
        p.edit(ProposalContent.essentials("Title", null, true, "02180", "2027-autumn", 10), NOW);
        assertNull(p.courseCode, "a course code only belongs to a MOOC that builds on an existing course");
        p.edit(ProposalContent.essentials("Title", null, false, "02180", "2027-autumn", 10), NOW);
        assertEquals("02180", p.courseCode);
    }
}
