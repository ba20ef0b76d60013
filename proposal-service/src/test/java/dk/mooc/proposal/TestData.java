package dk.mooc.proposal;

import dk.mooc.platform.web.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
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

    /** Every field of the application filled in: what endorsements need. */
    public static Map<String, Object> completeBody(String title) {
        Map<String, Object> b = new HashMap<>(draftBody(title));
        b.put("topic", "Quantum computing");
        b.put("targetLearners", "Engineering students and practising engineers worldwide");
        b.put("impactPotential", "Opens quantum algorithms to engineers without a physics degree");
        b.put("uniqueness", "No Coursera course teaches quantum algorithms from an engineering angle");
        b.put("researchEnvironment", "The Centre for Quantum Engineering");
        b.put("teacherBackground", "Ten years of teaching and a teaching prize");
        b.put("phases", "Outline in spring, recording in summer, pilot in autumn");
        b.put("team", List.of(Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR"),
                Map.of("name", "Tim Team", "email", "tim@example.org", "role", "TEACHING_ASSISTANT")));
        b.put("resources", Map.of("staffHours", 400, "assistants", 2, "videoBudgetDkk", 35000));
        return b;
    }

    public static ProposalContent completeContent(String title) {
        return new ProposalContent(title, "Quantum computing", "A hands-on introduction for engineers.",
                "Engineering students", "Opens quantum algorithms to engineers", 5000, "Unique on Coursera",
                "The Centre for Quantum Engineering", "Ten years of teaching", true, null, "Outline, recording, pilot",
                "2027-autumn", List.of(new TeamMember("Ida Instructor", "ida@example.org", TeamMember.TeamRole.INSTRUCTOR)),
                new ProposalContent.Resources(400, 2, 35000));
    }

    /** A draft owned by another instructor, written straight to the database. */
    public static UUID othersDraft(String instructorId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Proposal p = Proposal.draft(UUID.randomUUID(), instructorId, "Other Instructor", "other@example.org",
                    "Physics", Timestamps.now());
            p.edit(ProposalContent.essentials("Someone else's MOOC", null, true, null, "2027-spring", 100), Timestamps.now());
            p.contentHash = ContentFingerprint.contentHash(p.content(), List.of());
            p.persist();
            return p.id;
        });
    }

    /**
     * Like {@link #endorsed}, then submitted through the domain's own transition (no event, no frozen version row):
     * a proposal the committee may see.
     */
    public static UUID submitted(String instructorId, String department, String title) {
        UUID id = endorsed(instructorId, department, title);
        QuarkusTransaction.requiringNew().run(() -> Proposal.<Proposal>findById(id).submit(Timestamps.now()));
        return id;
    }

    /**
     * A complete proposal of {@code instructorId} whose consultation is recorded and whose endorsements both hold,
     * driven through the domain's own transitions and written straight to the database: ready to submit.
     */
    public static UUID endorsed(String instructorId, String department, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = Timestamps.now();
            Proposal p = Proposal.draft(UUID.randomUUID(), instructorId, "Ida Instructor", "ida@example.org",
                    department, now);
            p.edit(completeContent(title), now);
            p.contentHash = ContentFingerprint.contentHash(p.content(), List.of());
            p.requestConsultation(now);
            p.assignConsultant("carla-sub", "Carla Consultant", "carla@example.org", now);
            p.recordConsultation(Timestamps.today(), "First consultation held", now);
            p.requestEndorsements(now);
            p.decideBoardApproval(Endorsement.Decision.APPROVED, null, p.contentHash, "bo-sub", "Bo Board",
                    "bo@example.org", now);
            p.decideHeadSignature(Endorsement.Decision.SIGNED, null, p.contentHash, "hans-sub", "Hans Head",
                    "hans@example.org", now);
            p.persist();
            return p.id;
        });
    }
}
