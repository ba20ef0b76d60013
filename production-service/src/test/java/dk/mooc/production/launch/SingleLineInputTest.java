package dk.mooc.production.launch;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.NetworkMeeting;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.production.launch.ProductionFixture.IDA;
import static dk.mooc.production.launch.ProductionFixture.as;
import static dk.mooc.production.launch.ProductionFixture.asWithEtag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One-line fields (titles, names, e-mail addresses, locations, the course address) refuse line breaks: they go into
 * e-mail subjects and headers and calendar lines, where "A\r\nBcc: x@evil" would add a header. 400 naming the field,
 * nothing stored; multi-line texts (a meeting's description) keep theirs.
 */
@QuarkusTest
class SingleLineInputTest {

    private static final String HEADER_INJECTION = "A\r\nBcc: x@evil";
    private static final String ONE_LINE = "must be one line (no line breaks)";
    /** A consultant of this test only: the meetings they planned can be counted exactly. */
    private static final Person LINE = TestTokens.person("lineplanner", null, "consultant");

    private static long meetingsPlannedByLine() {
        return QuarkusTransaction.requiringNew().call(() -> NetworkMeeting.count("createdBy", LINE.name()));
    }

    private static Map<String, Object> meeting(String title, String location) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        OffsetDateTime start = Timestamps.now().plusDays(30).truncatedTo(ChronoUnit.HOURS);
        m.put("startsAt", start.toString());
        m.put("endsAt", start.plusHours(2).toString());
        m.put("location", location);
        m.put("description", "Two MOOC teams show their videos.\r\nCoffee from 13:45.");
        m.put("capacity", 30);
        return m;
    }

    private static ValidatableResponse refused(ValidatableResponse r, String field) {
        return r.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.message", hasItem(ONE_LINE));
    }

    @Test
    void aMeetingTitleOrLocationOnTwoLinesIsRefusedAndNothingIsPlanned() {
        long before = meetingsPlannedByLine();
        refused(as(LINE).body(meeting(HEADER_INJECTION, "Building 101")).post("/network-meetings").then(), "title");
        refused(as(LINE).body(meeting("Video\u2028that works", "Building 101")).post("/network-meetings").then(), "title");
        refused(as(LINE).body(meeting("Video that works", "Building 101\r\nS10")).post("/network-meetings").then(),
                "location");
        assertEquals(before, meetingsPlannedByLine());

        // the same meeting on one line is planned, its multi-line description kept
        as(LINE).body(meeting("Video that works", "Building 101")).post("/network-meetings").then()
                .statusCode(201)
                .body("description", equalTo("Two MOOC teams show their videos.\r\nCoffee from 13:45."));
        assertEquals(before + 1, meetingsPlannedByLine());
    }

    @Test
    void anAttendeeWithALineBreakIsRefused() {
        String id = as(LINE).body(meeting("Attendance", "Building 101")).post("/network-meetings").then()
                .statusCode(201).extract().path("id");
        as(LINE).body(Map.of("attended", List.of("ida\r\nole"))).put("/network-meetings/{id}/attendance", id).then()
                .statusCode(400)
                .body("errors.field", contains(startsWith("attended[0]")))
                .body("errors[0].message", equalTo(ONE_LINE));
    }

    @Test
    void aTeamMembersOrColleaguesNameOrAddressOnTwoLinesIsRefusedAndNothingChanges() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        long version = as(IDA).get("/productions/{id}", moocId).then().statusCode(200).extract().jsonPath().getLong("version");
        List<Map<String, String>> team = as(IDA).get("/productions/{id}", moocId).then().extract().jsonPath()
                .getList("team");

        refused(asWithEtag(IDA, moocId).body(Map.of("members", List.of(
                Map.of("name", HEADER_INJECTION, "email", "sara@example.org", "role", "ASSISTANT"))))
                .put("/productions/{id}/team", moocId).then(), "members[0].name");
        refused(asWithEtag(IDA, moocId).body(Map.of("members", List.of(
                Map.of("name", "Sara Student", "email", "sara@example.org\r\nBcc: x@evil", "role", "ASSISTANT"))))
                .put("/productions/{id}/team", moocId).then(), "members[0].email");
        refused(as(IDA).body(Map.of("name", HEADER_INJECTION, "email", "olga@example.org"))
                .put("/productions/{id}/feedback/{round}/colleague", moocId, "TEACHING_PLAN").then(), "name");
        refused(as(IDA).body(Map.of("name", "Olga Experienced", "email", "olga@example.org\r\nBcc: x@evil"))
                .put("/productions/{id}/feedback/{round}/colleague", moocId, "TEACHING_PLAN").then(), "email");

        as(IDA).get("/productions/{id}", moocId).then().statusCode(200)
                .body("version", equalTo((int) version))
                .body("team", equalTo(team));
        as(IDA).get("/productions/{id}/feedback", moocId).then().statusCode(200)
                .body("find { it.round == 'TEACHING_PLAN' }.round", equalTo("TEACHING_PLAN"))
                .body("find { it.round == 'TEACHING_PLAN' }.colleague", nullValue());
    }

    @Test
    void theCourseAddressMustBeOneLine() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        // \S in the address pattern lets U+2028 through; @SingleLine does not
        refused(as(IDA).body(Map.of("courseUrl", "https://www.coursera.org/learn/q\u2028Bcc: x@evil", "launchDate", "2027-09-01"))
                .post("/productions/{id}/launch", moocId).then(), "courseUrl");
        as(IDA).get("/productions/{id}", moocId).then().statusCode(200).body("launch", nullValue());
    }
}
