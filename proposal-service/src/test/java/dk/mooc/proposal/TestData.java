package dk.mooc.proposal;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** Builders for request bodies and for rows that belong to somebody else. */
public final class TestData {
    public static final String IDA = "ida-0001";
    public static final String OLE = "ole-0002";

    private TestData() {
    }

    public static Map<String, Object> draftBody(String title) {
        return Map.of(
                "title", title,
                "summary", "A hands-on introduction for engineers.",
                "newContent", true,
                "plannedLaunchSemester", "2027-autumn",
                "expectedEnrolments", 5000);
    }

    /** A draft owned by another instructor, written straight to the database. */
    public static UUID othersDraft(String instructorId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Proposal p = Proposal.draft(UUID.randomUUID(), instructorId, "Other Instructor", "other@example.org",
                    "Physics", OffsetDateTime.now(ZoneOffset.UTC));
            p.edit(ProposalContent.essentials("Someone else's MOOC", null, true, null, "2027-spring", 100), OffsetDateTime.now(ZoneOffset.UTC));
            p.persist();
            return p.id;
        });
    }
}
