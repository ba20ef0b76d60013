package dk.mooc.proposal.rest;

import dk.mooc.proposal.HistoryEntry;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One-line fields (titles, names, e-mail addresses; single-line query parameters) refuse line breaks: a title or a
 * name goes into e-mail subjects and headers, where "A\r\nBcc: x@evil" would add a header. 400 naming the field,
 * nothing stored. Multi-line texts (summary, notes, comments) keep their line breaks.
 */
@QuarkusTest
@TestSecurity(user = "lina", roles = "instructor")
@OidcSecurity(claims = {@Claim(key = "sub", value = SingleLineFieldsTest.LINA), @Claim(key = "department", value = "Compute"),
    @Claim(key = "name", value = "Lina Line")})
class SingleLineFieldsTest {

    static final String LINA = "lina-single-line-0007";
    private static final String HEADER_INJECTION = "A\r\nBcc: x@evil";

    private static long linasProposals() {
        return QuarkusTransaction.requiringNew().call(() -> Proposal.count("instructorId", LINA));
    }

    private static long historyOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> HistoryEntry.count("proposalId", UUID.fromString(id)));
    }

    private static Map<String, Object> body(String title) {
        return new HashMap<>(TestData.draftBody(title));
    }

    private static void refusedOn(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post("/proposals").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.message", hasItem("must be one line (no line breaks)"));
    }

    @Test
    void aTitleOrTopicWithALineBreakIsRefusedAndNothingIsStored() {
        long before = linasProposals();
        refusedOn(body(HEADER_INJECTION), "title");
        refusedOn(body("Quantum\u2028Computing"), "title");
        refusedOn(body("Quantum\u2029Computing"), "title");
        Map<String, Object> topic = body("Quantum Computing");
        topic.put("topic", HEADER_INJECTION);
        refusedOn(topic, "topic");
        assertEquals(before, linasProposals());

        // the same body without the line break is stored: the count above can move
        given().contentType(ContentType.JSON).body(body("Quantum Computing")).when().post("/proposals").then()
                .statusCode(201);
        assertEquals(before + 1, linasProposals());
    }

    @Test
    void aTeamMembersNameOrEmailWithALineBreakIsRefused() {
        long before = linasProposals();
        Map<String, Object> name = body("With a team");
        name.put("team", List.of(Map.of("name", HEADER_INJECTION, "email", "tim@example.org", "role", "TEACHING_ASSISTANT")));
        refusedOn(name, "team[0].name");
        Map<String, Object> email = body("With a team");
        email.put("team", List.of(Map.of("name", "Tim Team", "email", "tim@example.org\r\nBcc: x@evil",
                "role", "TEACHING_ASSISTANT")));
        refusedOn(email, "team[0].email");
        assertEquals(before, linasProposals());
    }

    @Test
    void anEditWithATitleOnTwoLinesChangesNothing() {
        String id = given().contentType(ContentType.JSON).body(body("Before the edit")).when().post("/proposals").then()
                .statusCode(201).extract().path("id");
        long history = historyOf(id);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body(HEADER_INJECTION))
                .when().put("/proposals/{id}", id).then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("title")));
        given().when().get("/proposals/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Before the edit"));
        assertEquals(history, historyOf(id));
    }

    @Test
    void multiLineTextsKeepTheirLineBreaks() {
        Map<String, Object> b = body("Line breaks where they belong");
        b.put("summary", "Week 1: qubits\r\nWeek 2: gates\u2028Week 3: algorithms");
        b.put("phases", "Spring: outline\nSummer: recording");
        given().contentType(ContentType.JSON).body(b).when().post("/proposals").then()
                .statusCode(201)
                .body("summary", equalTo("Week 1: qubits\r\nWeek 2: gates\u2028Week 3: algorithms"));
    }

    @Test
    void oneLineQueryParametersRefuseLineSeparators() {
        // CR and LF in any query parameter are refused by the platform; U+2028 and U+2029 by @SingleLine
        given().queryParam("department", "Compute\u2028Physics").when().get("/proposals").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("department")));
        given().queryParam("q", "quantum\u2029computing").when().get("/proposals").then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("q")));
        given().queryParam("q", "quantum computing").queryParam("department", "Compute").when().get("/proposals").then()
                .statusCode(200);
    }
}
