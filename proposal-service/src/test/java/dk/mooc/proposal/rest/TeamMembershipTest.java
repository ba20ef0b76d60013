package dk.mooc.proposal.rest;

import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.proposal.TestData;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.mooc.proposal.Workflow.IDA;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A team entry grants read access to one account: the one bound to it the first time somebody with a verified e-mail
 * address the entry lists used the service. Another account showing the same address later gains nothing; an unverified
 * address neither binds nor grants. Real signed tokens that differ in {@code sub}, {@code email} and
 * {@code email_verified}; every member has an address of their own so that no other test's sign-in binds their entries.
 */
@QuarkusTest
class TeamMembershipTest {

    @AfterEach
    void restoreClock() {
        Timestamps.reset();
    }

    /** An instructor account with an address no other test uses. */
    private static Person account(String name, String email) {
        String sub = name + "-" + UUID.randomUUID();
        return new Person(sub, sub, name + " Member", email, "Compute", List.of("instructor"));
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    private static RequestSpecification asUnverified(Person p, Boolean verified) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email_verified", verified); // null removes the claim
        return given().auth().oauth2(p.tokenWith(claims)).contentType(ContentType.JSON);
    }

    @SafeVarargs
    private static Map<String, Object> bodyWithTeam(String title, Map<String, Object>... members) {
        Map<String, Object> body = new HashMap<>(TestData.completeBody(title));
        List<Map<String, Object>> team = new java.util.ArrayList<>();
        team.add(Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR"));
        team.addAll(List.of(members));
        body.put("team", team);
        return body;
    }

    private static Map<String, Object> member(String name, String email) {
        return Map.of("name", name, "email", email, "role", "TEACHING_ASSISTANT");
    }

    /** A title no other proposal has, so that a search finds exactly this one however many the run created. */
    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @SafeVarargs
    private static String createWithTeam(String title, Map<String, Object>... members) {
        return as(IDA).body(bodyWithTeam(title, members)).post("/proposals").then().statusCode(201).extract().path("id");
    }

    /** The team entry listing this address, as Ida (the proposal's instructor) reads it. */
    private static Map<String, Object> entry(String id, String email) {
        JsonPath json = as(IDA).get("/proposals/{id}", id).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> team = json.getList("team");
        return team.stream().filter(m -> email.equals(m.get("email"))).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not on the team: " + team));
    }

    private static void pending(String id, String email) {
        Map<String, Object> e = entry(id, email);
        assertEquals(Boolean.TRUE, e.get("pending"), "pending: " + e);
        assertEquals(null, e.get("boundAt"), "boundAt: " + e);
    }

    private static OffsetDateTime bound(String id, String email) {
        Map<String, Object> e = entry(id, email);
        assertEquals(Boolean.FALSE, e.get("pending"), "pending: " + e);
        assertNotNull(e.get("boundAt"), "boundAt: " + e);
        return OffsetDateTime.parse((String) e.get("boundAt"));
    }

    private static void seesNothing(RequestSpecification caller, String id) {
        caller.get("/proposals/{id}", id).then().statusCode(404).body("type", equalTo("urn:mooc:problem:not-found"));
    }

    @Test
    void aMemberSigningInWithTheVerifiedAddressIsBoundAndReadsTheProposal() {
        String sofieAddress = address("sofie");
        Person sofie = account("sofie", sofieAddress);
        String id = createWithTeam("Bound on first use", member("Sofie Student", sofieAddress));

        as(sofie).get("/proposals/{id}", id).then()
                .statusCode(200)
                .body("title", equalTo("Bound on first use"))
                .body("permissions", empty()) // read only
                .body("team.find { it.email == '" + sofieAddress + "' }.pending", equalTo(false))
                .body("team.find { it.email == '" + sofieAddress + "' }.boundAt", not(nullValue()));
        as(sofie).get("/proposals").then().statusCode(200).body("items.id", hasItem(id));
        as(sofie).get("/proposals/{id}/history", id).then().statusCode(200);
        as(sofie).get("/proposals/{id}/attachments", id).then().statusCode(200);
        bound(id, sofieAddress);
    }

    @Test
    void aMemberIsShownAsPendingUntilTheyFirstSignInAndBoundFromThen() {
        String sofieAddress = address("sofie");
        Person sofie = account("sofie", sofieAddress);
        String title = unique("Pending until first use");
        String id = createWithTeam(title, member("Sofie Student", sofieAddress));

        pending(id, sofieAddress);
        as(IDA).queryParam("q", title).get("/proposals").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].team.find { it.email == '" + sofieAddress + "' }.pending", equalTo(true))
                .body("items[0].team.find { it.email == '" + sofieAddress + "' }.boundAt", nullValue());

        Instant signIn = Instant.parse("2027-03-01T10:15:30Z");
        Timestamps.use(Clock.fixed(signIn, ZoneOffset.UTC));
        // listing is a use of the service as much as reading one proposal
        as(sofie).get("/proposals").then().statusCode(200).body("items.id", hasItem(id));
        Timestamps.reset();

        assertEquals(signIn, bound(id, sofieAddress).toInstant());
        as(IDA).queryParam("q", title).get("/proposals").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].team.find { it.email == '" + sofieAddress + "' }.pending", equalTo(false))
                .body("items[0].team.find { it.email == '" + sofieAddress + "' }.boundAt", not(nullValue()));
    }

    @Test
    void anotherAccountWithTheSameVerifiedAddressGainsNothingOnceTheEntryIsBound() {
        String sofieAddress = address("sofie");
        Person sofie = account("sofie", sofieAddress);
        Person impostor = account("mallory", sofieAddress);
        String id = createWithTeam("Bound to one account", member("Sofie Student", sofieAddress));

        as(sofie).get("/proposals/{id}", id).then().statusCode(200);
        OffsetDateTime boundAt = bound(id, sofieAddress);

        seesNothing(as(impostor), id);
        as(impostor).get("/proposals/{id}/history", id).then().statusCode(404);
        as(impostor).get("/proposals/{id}/next", id).then().statusCode(404);
        as(impostor).get("/proposals/{id}/versions", id).then().statusCode(404);
        as(impostor).get("/proposals/{id}/attachments", id).then().statusCode(404);
        as(impostor).get("/proposals").then().statusCode(200).body("items.id", not(hasItem(id)));

        // the entry is still Sofie's, bound when she first came
        assertEquals(boundAt.toInstant(), bound(id, sofieAddress).toInstant());
        as(sofie).get("/proposals/{id}", id).then().statusCode(200);
        as(sofie).get("/proposals").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void anUnverifiedAddressNeverBindsNorGrants() {
        String sofieAddress = address("sofie");
        Person unverified = account("unverified", sofieAddress);
        Person sofie = account("sofie", sofieAddress);
        String id = createWithTeam("Verified addresses only", member("Sofie Student", sofieAddress));

        seesNothing(asUnverified(unverified, false), id);
        asUnverified(unverified, false).get("/proposals").then().statusCode(200).body("items.id", not(hasItem(id)));
        seesNothing(asUnverified(unverified, null), id);
        asUnverified(unverified, null).get("/proposals").then().statusCode(200).body("items.id", not(hasItem(id)));
        pending(id, sofieAddress);

        // the entry was left for the verified holder of the address: she binds it, the unverified account never can
        as(sofie).get("/proposals/{id}", id).then().statusCode(200);
        bound(id, sofieAddress);
        seesNothing(as(unverified), id);
    }

    @Test
    void editingTheTeamKeepsTheBindingsOfUnchangedAddressesAndDropsChangedOnes() {
        String sofieAddress = address("sofie");
        String tomAddress = address("tom");
        String tomNewAddress = address("tom.new");
        Person sofie = account("sofie", sofieAddress);
        Person tom = account("tom", tomAddress);
        Person tomNew = account("tomnew", tomNewAddress);
        String id = createWithTeam("Team edits", member("Sofie Student", sofieAddress), member("Tom Team", tomAddress));
        as(sofie).get("/proposals/{id}", id).then().statusCode(200);
        as(tom).get("/proposals/{id}", id).then().statusCode(200);
        OffsetDateTime sofieBoundAt = bound(id, sofieAddress);
        bound(id, tomAddress);

        // Sofie's entry changes its name, role and the case of its address; Tom's address changes
        String etag = as(IDA).get("/proposals/{id}", id).then().statusCode(200).extract().header("ETag");
        String sofieUpperCase = sofieAddress.toUpperCase(java.util.Locale.ROOT);
        as(IDA).header("If-Match", etag)
                .body(bodyWithTeam("Team edits",
                        Map.of("name", "Sofie S. Student", "email", sofieUpperCase, "role", "STUDENT_ASSISTANT"),
                        member("Tom Team", tomNewAddress)))
                .put("/proposals/{id}", id).then().statusCode(200)
                .body("team.find { it.email == '" + sofieUpperCase + "' }.pending", equalTo(false))
                .body("team.find { it.email == '" + tomNewAddress + "' }.pending", equalTo(true));

        assertEquals(sofieBoundAt.toInstant(), bound(id, sofieUpperCase).toInstant());
        pending(id, tomNewAddress);
        as(sofie).get("/proposals/{id}", id).then().statusCode(200);
        // Tom's old account held the old address: the entry no longer names it, so it grants him nothing
        seesNothing(as(tom), id);
        as(tom).get("/proposals").then().statusCode(200).body("items.id", not(hasItem(id)));
        // the new address binds to whoever verifiably holds it
        as(tomNew).get("/proposals/{id}", id).then().statusCode(200);
        bound(id, tomNewAddress);

        // the old address back on the team: a new entry, pending until its holder comes again
        etag = as(IDA).get("/proposals/{id}", id).then().extract().header("ETag");
        as(IDA).header("If-Match", etag)
                .body(bodyWithTeam("Team edits", member("Sofie S. Student", sofieAddress), member("Tom Team", tomAddress)))
                .put("/proposals/{id}", id).then().statusCode(200);
        pending(id, tomAddress);
        seesNothing(as(tomNew), id);
        as(tom).get("/proposals/{id}", id).then().statusCode(200);
        bound(id, tomAddress);
    }

    @Test
    void theOpenApiDocumentDescribesPendingTeamMembersWithAnExample() {
        given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .body("components.schemas.Proposal.properties.team.items.$ref",
                        equalTo("#/components/schemas/ProposalTeamMember"))
                .body("components.schemas.ProposalTeamMember.properties.pending.type", equalTo("boolean"))
                .body("components.schemas.ProposalTeamMember.properties.pending.examples[0]", equalTo(true))
                // OpenAPI 3.1: a schema's examples are a list
                .body("components.schemas.ProposalTeamMember.examples[0].pending", equalTo(true))
                .body("components.schemas.ProposalTeamMember.examples[0].email", equalTo("sofie@example.org"));
    }
}
