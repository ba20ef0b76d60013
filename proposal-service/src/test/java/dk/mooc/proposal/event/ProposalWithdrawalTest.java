package dk.mooc.proposal.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.mooc.platform.testing.KafkaTestClient;
import dk.mooc.proposal.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "ida", roles = "instructor")
@OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute")})
class ProposalWithdrawalTest {

    @Inject
    ObjectMapper mapper;

    private static String draft(String title) {
        return given().contentType(ContentType.JSON).body(TestData.draftBody(title)).when().post("/proposals")
                .then().statusCode(201).extract().path("id");
    }

    private JsonNode withdrawnEvent(String id) throws Exception {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.await(ProposalEvents.TOPIC,
                r -> id.equals(r.key()) && ProposalEvents.WITHDRAWN.equals(KafkaTestClient.header(r, "ce_type")), 1,
                Duration.ofSeconds(30));
        assertEquals(1, records.size(), "proposal withdrawn is published");
        JsonNode data = mapper.readTree(records.get(0).value());
        try (InputStream schema = getClass().getResourceAsStream("/META-INF/events/mooc.proposal.withdrawn.v1.schema.json")) {
            assertTrue(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(data).isEmpty(),
                    "matches the published schema");
        }
        return data;
    }

    @Test
    void aSubmittedProposalCanBeWithdrawnWithAReasonAndTheEventSaysSo() throws Exception {
        UUID id = TestData.endorsed(TestData.IDA, "Compute", "Withdraw after submitting");
        given().when().post("/proposals/{id}/submit", id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", "No video budget this year"))
                .when().post("/proposals/{id}/withdraw", id).then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        JsonNode event = withdrawnEvent(id.toString());
        assertTrue(event.get("wasSubmitted").asBoolean());
        assertEquals("No video budget this year", event.get("reason").asText());
        given().when().get("/proposals/{id}/history", id).then().body("[-1].action", equalTo("WITHDRAWN"));
    }

    @Test
    void aDraftCanBeWithdrawnOnceAndThenNothingElseHappensToIt() throws Exception {
        String id = draft("Withdraw a draft");
        given().contentType(ContentType.JSON).body("{}").when().post("/proposals/{id}/withdraw", id).then().statusCode(200);
        assertTrue(!withdrawnEvent(id).get("wasSubmitted").asBoolean());
        given().contentType(ContentType.JSON).body("{}").when().post("/proposals/{id}/withdraw", id).then()
                .statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));
        given().when().post("/proposals/{id}/submit", id).then().statusCode(409);
    }

    @Test
    void nobodyElseCanWithdrawAProposal() {
        UUID others = TestData.othersDraft(TestData.OLE);
        given().contentType(ContentType.JSON).body("{}").when().post("/proposals/{id}/withdraw", others).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(2001)))
                .when().post("/proposals/{id}/withdraw", draft("Too long a reason")).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
    }
}
