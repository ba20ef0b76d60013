package dk.mooc.proposal.rest;

import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.TestData;
import dk.mooc.proposal.Workflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static dk.mooc.platform.testing.StatementLog.atMost;
import static dk.mooc.platform.testing.StatementLog.statementsOf;
import static dk.mooc.proposal.Workflow.CHRIS;
import static dk.mooc.proposal.Workflow.HANS;
import static dk.mooc.proposal.Workflow.IDA;
import static dk.mooc.proposal.Workflow.OLE;
import static dk.mooc.proposal.Workflow.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /proposals/{id}/versions/{number}/dossier: the committee's review case page reads the version's content with the
 * proposal's versions, attachments and the changes since the version submitted before it in one request, each exactly
 * as its own operation answers it; whoever may not read the proposal, or asks for a version that does not exist, gets
 * 404, as from getProposalVersion.
 */
@QuarkusTest
class ProposalVersionDossierTest {

    private static final Pattern READS_PROPOSAL = Pattern.compile("(from|join) proposal\\b");
    private static final Pattern READS_VERSIONS = Pattern.compile("(from|join) proposal_version\\b");

    private static Object own(Person who, String id, String part) {
        return as(who).get("/proposals/{id}" + part, id).then().statusCode(200).extract().jsonPath().get("$");
    }

    private static JsonPath dossier(Person who, String id, int number) {
        return as(who).get("/proposals/{id}/versions/{number}/dossier", id, number).then().statusCode(200)
                .extract().jsonPath();
    }

    /**
     * A proposal of Ida's with an attachment, submitted as version 1, sent back by the committee and submitted again as
     * version 2 with another summary (which voids the head's signature, not the board's approval).
     */
    private static String resubmitted(String title) {
        String id = Workflow.create(IDA, title);
        as(IDA).contentType("application/pdf").body(TestFiles.pdf()).queryParam("name", "Outline.pdf")
                .post("/proposals/{id}/attachments", id).then().statusCode(201);
        Workflow.consulted(IDA, id);
        Workflow.endorsed(IDA, id);
        as(IDA).post("/proposals/{id}/submit", id).then().statusCode(200);
        // the committee's decision as its event applies it (DecisionEventsTest covers the event itself)
        QuarkusTransaction.requiringNew().run(() -> Proposal.<Proposal>findById(UUID.fromString(id))
                .applyDecision("REVISION_REQUESTED", "Sharpen the summary", 1, Timestamps.now()));
        Map<String, Object> revised = new HashMap<>(TestData.completeBody(title));
        revised.put("summary", "A hands-on introduction for engineers, with weekly labs.");
        String etag = as(IDA).get("/proposals/{id}", id).then().statusCode(200).extract().header("ETag");
        as(IDA).header("If-Match", etag).body(revised).put("/proposals/{id}", id).then().statusCode(200);
        as(IDA).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        Workflow.sign(HANS, id);
        as(IDA).post("/proposals/{id}/submit", id).then().statusCode(200);
        return id;
    }

    @Test
    void aFirstVersionIsItsContentVersionsAndAttachmentsWithNoChanges() {
        String id = Workflow.create(IDA, "Version dossier " + System.nanoTime());
        as(IDA).contentType("application/pdf").body(TestFiles.pdf()).queryParam("name", "Outline.pdf")
                .post("/proposals/{id}/attachments", id).then().statusCode(201);
        Workflow.consulted(IDA, id);
        Workflow.endorsed(IDA, id);
        as(IDA).post("/proposals/{id}/submit", id).then().statusCode(200);

        JsonPath dossier = dossier(CHRIS, id, 1);
        assertEquals(own(CHRIS, id, "/versions/1"), dossier.get("content"));
        assertEquals(own(CHRIS, id, "/versions"), dossier.get("versions"));
        assertEquals(own(CHRIS, id, "/attachments"), dossier.get("attachments"));
        assertEquals(List.of(1), dossier.getList("versions.number"));
        assertEquals(1, dossier.getList("attachments").size());
        // present and null: there is no earlier submitted version to compare with
        assertTrue(dossier.getMap("$").containsKey("changes"), dossier.prettify());
        assertNull(dossier.get("changes"));
    }

    @Test
    void aResubmittedVersionHasTheChangesSinceTheVersionSubmittedBeforeIt() {
        String id = resubmitted("Revised version dossier " + System.nanoTime());

        JsonPath second = dossier(CHRIS, id, 2);
        assertEquals(own(CHRIS, id, "/versions/2"), second.get("content"));
        assertEquals(own(CHRIS, id, "/versions"), second.get("versions"));
        assertEquals(own(CHRIS, id, "/attachments"), second.get("attachments"));
        assertEquals(own(CHRIS, id, "/diff?from=1&to=2"), second.get("changes"));
        assertEquals(List.of(1, 2), second.getList("versions.number"));
        assertEquals(List.of("summary"), second.getList("changes.changes.field"));
        assertEquals(1, second.getInt("changes.from"));
        assertEquals(2, second.getInt("changes.to"));
        assertEquals("A hands-on introduction for engineers, with weekly labs.", second.getString("content.summary"));

        // the first version of the same proposal: its own frozen content, nothing before it
        JsonPath first = dossier(CHRIS, id, 1);
        assertEquals(own(CHRIS, id, "/versions/1"), first.get("content"));
        assertEquals("A hands-on introduction for engineers.", first.getString("content.summary"));
        assertNull(first.get("changes"));
    }

    @Test
    void aVersionBeingWrittenHasTheChangesSinceTheLastSubmittedOne() {
        // version 2 opened by the committee's revision request and edited, not yet submitted: the comparison is with
        // version 1 and the current content, as compareProposalVersions?from=1&to=2 answers it
        String title = "Revision being written " + System.nanoTime();
        String id = Workflow.submitted(title);
        QuarkusTransaction.requiringNew().run(() -> Proposal.<Proposal>findById(UUID.fromString(id))
                .applyDecision("REVISION_REQUESTED", "Sharpen the summary", 1, Timestamps.now()));
        Map<String, Object> revised = new HashMap<>(TestData.completeBody(title));
        revised.put("summary", "Being rewritten");
        String etag = as(IDA).get("/proposals/{id}", id).then().statusCode(200).extract().header("ETag");
        as(IDA).header("If-Match", etag).body(revised).put("/proposals/{id}", id).then().statusCode(200);

        JsonPath dossier = dossier(IDA, id, 2);
        assertEquals(own(IDA, id, "/versions/2"), dossier.get("content"));
        assertEquals(own(IDA, id, "/versions"), dossier.get("versions"));
        assertEquals(own(IDA, id, "/diff?from=1&to=2"), dossier.get("changes"));
        assertNull(dossier.get("versions[1].submittedAt"));
        assertEquals(List.of("summary"), dossier.getList("changes.changes.field"));
    }

    @Test
    void someoneWhoMayNotReadTheProposalOrAVersionThatDoesNotExistIs404() {
        String id = Workflow.submitted("Not Ole's " + System.nanoTime());
        // ida's proposal, asked for by ole: 404, as getProposalVersion answers him
        as(OLE).get("/proposals/{id}/versions/1/dossier", id).then().statusCode(404)
                .contentType("application/problem+json");
        as(OLE).get("/proposals/{id}/versions/1", id).then().statusCode(404);
        // a version the proposal does not have, and a proposal that does not exist
        as(IDA).get("/proposals/{id}/versions/3/dossier", id).then().statusCode(404)
                .contentType("application/problem+json");
        as(IDA).get("/proposals/{id}/versions/3", id).then().statusCode(404);
        as(IDA).get("/proposals/{id}/versions/1/dossier", UUID.randomUUID()).then().statusCode(404);
        // the one who may read it does
        as(IDA).get("/proposals/{id}/versions/1/dossier", id).then().statusCode(200);
    }

    @Test
    void theProposalAndItsVersionsAreReadOnceEach() {
        // the content and the comparison find the proposal and its frozen versions the versions' read already has
        String id = resubmitted("Read once " + System.nanoTime());
        List<String> statements = statementsOf("GET /proposals/{id}/versions/2/dossier as committee",
                () -> as(CHRIS).get("/proposals/{id}/versions/2/dossier", id).then().extract().statusCode());
        assertEquals(1, statements.stream().filter(s -> READS_PROPOSAL.matcher(s).find()).count(), statements.toString());
        assertEquals(1, statements.stream().filter(s -> READS_VERSIONS.matcher(s).find()).count(), statements.toString());
        // with the attachments' read, nothing else
        atMost(3, statements);
    }
}
