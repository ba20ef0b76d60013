package dk.mooc.production.launch;

import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.production.Production;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dk.mooc.production.launch.ProductionFixture.CARLA;
import static dk.mooc.production.launch.ProductionFixture.IDA;
import static dk.mooc.production.launch.ProductionFixture.agree;
import static dk.mooc.production.launch.ProductionFixture.as;
import static dk.mooc.production.launch.ProductionFixture.asWithEtag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Team memberships and feedback invitations are granted to an e-mail address and bound to the Keycloak subject of the
 * first person who uses them with that address verified; afterwards another account showing the same verified
 * address gains nothing, and an unverified address never binds. Each test uses addresses of its own, so no other test's
 * caller can have bound them.
 */
@QuarkusTest
class IdentityBindingTest {

    /** A person of their own: a subject and an address no other test uses. */
    private static Person person(String name, String email) {
        String id = UUID.randomUUID().toString();
        return new Person(name + "-" + id, name + "-" + id.substring(0, 8), name + " Tester", email, "Compute",
                List.of("instructor"));
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }

    private static RequestSpecification with(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** The same person's token with {@code email_verified: false}. */
    private static String unverified(Person p) {
        return p.tokenWith(Map.of("email_verified", false));
    }

    /** The same person's token without any {@code email_verified} claim. */
    private static String unstated(Person p) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email_verified", null);
        return p.tokenWith(claims);
    }

    /** Every MOOC id the token's holder is shown in the list, over all pages. */
    private static List<String> listed(String token) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = with(token).queryParam("page", page).queryParam("size", 100).get("/productions").then()
                    .statusCode(200).extract().jsonPath();
            ids.addAll(body.getList("items.moocId", String.class));
            if ((long) (page + 1) * 100 >= body.getLong("total")) {
                return ids;
            }
        }
    }

    private static Map<String, Object> member(UUID moocId, String email) {
        Map<String, Object> m = as(CARLA).get("/productions/{id}", moocId).then().statusCode(200).extract().jsonPath()
                .getMap("team.find { it.email == '" + email + "' }");
        assertFalse(m == null, email + " is on the team");
        return m;
    }

    private static Map<String, Object> colleague(UUID moocId, String round) {
        return as(IDA).get("/productions/{id}/feedback", moocId).then().statusCode(200).extract().jsonPath()
                .getMap("find { it.round == '" + round + "' }.colleague");
    }

    private static void replaceTeam(UUID moocId, List<Map<String, String>> members) {
        asWithEtag(IDA, moocId).body(Map.of("members", members)).put("/productions/{id}/team", moocId).then()
                .statusCode(200);
    }

    @Test
    void aTeamMembershipIsBoundToTheFirstAccountThatUsesItWithTheVerifiedAddress() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        String tessasAddress = address("tessa");
        Person tessa = person("tessa", tessasAddress);
        Person mallory = person("mallory", tessasAddress);
        replaceTeam(moocId, List.of(
                Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR"),
                Map.of("name", "Tessa Assistant", "email", tessasAddress, "role", "ASSISTANT"),
                Map.of("name", "Carla Consultant", "email", "carla@example.org", "role", "CONSULTANT")));

        // the instructor and the consultant are bound from the start (the proposal names their subjects); Tessa is pending
        assertEquals(false, member(moocId, "ida@example.org").get("pending"));
        assertEquals(false, member(moocId, "carla@example.org").get("pending"));
        assertEquals(true, member(moocId, tessasAddress).get("pending"));

        // an address the identity provider has not verified grants nothing and binds nothing, even to Tessa's own account
        for (String token : List.of(unverified(tessa), unstated(tessa), unverified(mallory))) {
            with(token).get("/productions/{id}", moocId).then().statusCode(404);
            assertFalse(listed(token).contains(moocId.toString()));
        }
        assertEquals(true, member(moocId, tessasAddress).get("pending"));

        // Tessa's first use with her verified address binds the membership to her subject
        with(tessa.token()).get("/productions/{id}", moocId).then().statusCode(200)
                .body("team.find { it.email == '" + tessasAddress + "' }.pending", equalTo(false));
        assertEquals(false, member(moocId, tessasAddress).get("pending"));
        assertTrue(listed(tessa.token()).contains(moocId.toString()));

        // another account that later shows the same verified address gains nothing: not readable, not listed
        with(mallory.token()).get("/productions/{id}", moocId).then().statusCode(404);
        with(mallory.token()).get("/productions/{id}/feedback", moocId).then().statusCode(404);
        assertFalse(listed(mallory.token()).contains(moocId.toString()));

        // the binding is to the subject: Tessa keeps her access when her address changes
        String changed = tessa.tokenWith(Map.of("email", address("tessa-new")));
        with(changed).get("/productions/{id}", moocId).then().statusCode(200);
        assertTrue(listed(changed).contains(moocId.toString()));

        // editing the team keeps the bindings of unchanged addresses (also written in another case); a new member is pending
        String tomsAddress = address("tom");
        replaceTeam(moocId, List.of(
                Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR"),
                Map.of("name", "Tessa T. Assistant", "email", tessasAddress.toUpperCase(), "role", "ASSISTANT"),
                Map.of("name", "Tom Assistant", "email", tomsAddress, "role", "ASSISTANT"),
                Map.of("name", "Carla Consultant", "email", "carla@example.org", "role", "CONSULTANT")));
        assertEquals(false, member(moocId, tessasAddress.toUpperCase()).get("pending"));
        assertEquals(false, member(moocId, "ida@example.org").get("pending"));
        assertEquals(true, member(moocId, tomsAddress).get("pending"));
        with(tessa.token()).get("/productions/{id}", moocId).then().statusCode(200);
        with(mallory.token()).get("/productions/{id}", moocId).then().statusCode(404);

        // taken off the team, Tessa loses her access; put back on, her membership is pending again
        replaceTeam(moocId, List.of(
                Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR"),
                Map.of("name", "Carla Consultant", "email", "carla@example.org", "role", "CONSULTANT")));
        with(tessa.token()).get("/productions/{id}", moocId).then().statusCode(404);
        assertFalse(listed(tessa.token()).contains(moocId.toString()));
        replaceTeam(moocId, List.of(
                Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR"),
                Map.of("name", "Tessa Assistant", "email", tessasAddress, "role", "ASSISTANT"),
                Map.of("name", "Carla Consultant", "email", "carla@example.org", "role", "CONSULTANT")));
        assertEquals(true, member(moocId, tessasAddress).get("pending"));
    }

    /** The values of one production's rows in a team table, read as stored. */
    private static Set<String> rows(String table, String column, UUID moocId) {
        return QuarkusTransaction.requiringNew().call(() -> Set.copyOf(Production.getEntityManager()
                .createNativeQuery("select " + column + " from " + table + " where mooc_id = :id", String.class)
                .setParameter("id", moocId).getResultList()));
    }

    private static Set<String> boundSubjects(UUID moocId) {
        return rows("production_team_member", "user_id", moocId);
    }

    private static Set<String> pendingAddresses(UUID moocId) {
        return rows("production_pending_member", "email", moocId);
    }

    /**
     * The tables the queries find team members by (the bound subjects, the pending members' normalised addresses) are
     * written with the team: by a team edit, and by a binding, which moves the member from pending to bound.
     */
    @Test
    void theTeamTablesHoldExactlyTheTeamsBoundSubjectsAndPendingAddresses() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        String tessasAddress = address("tessa");
        Person tessa = person("tessa", tessasAddress);
        String mixedCase = "Tessa" + tessasAddress.substring("tessa".length()).toUpperCase();
        replaceTeam(moocId, List.of(
                Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR"),
                Map.of("name", "Tessa Assistant", "email", mixedCase, "role", "ASSISTANT"),
                Map.of("name", "Carla Consultant", "email", "carla@example.org", "role", "CONSULTANT")));
        assertEquals(Set.of(IDA.sub(), CARLA.sub()), boundSubjects(moocId));
        assertEquals(Set.of(tessasAddress), pendingAddresses(moocId), "normalised");

        // the binding moves Tessa from pending to bound, in the same transaction as the team
        with(tessa.token()).get("/productions/{id}", moocId).then().statusCode(200);
        assertEquals(Set.of(IDA.sub(), CARLA.sub(), tessa.sub()), boundSubjects(moocId));
        assertEquals(Set.of(), pendingAddresses(moocId));
        assertTrue(listed(tessa.token()).contains(moocId.toString()));

        // an edit that keeps Tessa keeps her row; one that drops her and adds Tom deletes hers and adds his
        String tomsAddress = address("tom");
        replaceTeam(moocId, List.of(
                Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR"),
                Map.of("name", "Tessa T. Assistant", "email", tessasAddress, "role", "ASSISTANT"),
                Map.of("name", "Carla Consultant", "email", "carla@example.org", "role", "CONSULTANT")));
        assertEquals(Set.of(IDA.sub(), CARLA.sub(), tessa.sub()), boundSubjects(moocId));
        replaceTeam(moocId, List.of(
                Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR"),
                Map.of("name", "Tom Assistant", "email", tomsAddress, "role", "ASSISTANT"),
                Map.of("name", "Carla Consultant", "email", "carla@example.org", "role", "CONSULTANT")));
        assertEquals(Set.of(IDA.sub(), CARLA.sub()), boundSubjects(moocId));
        assertEquals(Set.of(tomsAddress), pendingAddresses(moocId));
        assertFalse(listed(tessa.token()).contains(moocId.toString()));

        // a team that no longer lists the consultant drops their subject
        replaceTeam(moocId, List.of(
                Map.of("name", "Ida Instructor", "email", "ida@example.org", "role", "INSTRUCTOR")));
        assertEquals(Set.of(IDA.sub()), boundSubjects(moocId));
        assertEquals(Set.of(), pendingAddresses(moocId));
    }

    @Test
    void aFeedbackInvitationIsBoundToTheFirstAccountThatUsesItWithTheVerifiedAddress() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        agree(moocId);
        String olgasAddress = address("olga");
        Person olga = person("olga", olgasAddress);
        Person mallory = person("mallory", olgasAddress);
        assertEquals(null, colleague(moocId, "TEACHING_PLAN"));

        as(IDA).body(Map.of("name", "Olga Experienced", "email", olgasAddress))
                .put("/productions/{id}/feedback/TEACHING_PLAN/colleague", moocId).then().statusCode(200)
                .body("colleague.email", equalTo(olgasAddress))
                .body("colleague.pending", equalTo(true));

        // an unverified address binds nothing and may not comment
        with(unverified(mallory)).get("/productions/{id}", moocId).then().statusCode(404);
        with(unverified(olga)).body(Map.of("text", "x")).post("/productions/{id}/feedback/TEACHING_PLAN/comments", moocId)
                .then().statusCode(404);
        assertEquals(true, colleague(moocId, "TEACHING_PLAN").get("pending"));

        // Olga's first use binds the invitation to her
        with(olga.token()).get("/productions/{id}", moocId).then().statusCode(200).body("permissions", hasItem("COMMENT"));
        assertEquals(false, colleague(moocId, "TEACHING_PLAN").get("pending"));
        assertTrue(listed(olga.token()).contains(moocId.toString()));
        with(olga.token()).body(Map.of("text", "Ten-minute videos keep learners better than twenty."))
                .post("/productions/{id}/feedback/TEACHING_PLAN/comments", moocId).then().statusCode(201)
                .body("authorRole", equalTo("COLLEAGUE"));

        // a second account with the same verified address: no read, no comment, not listed, and no comment written
        with(mallory.token()).get("/productions/{id}", moocId).then().statusCode(404);
        with(mallory.token()).body(Map.of("text", "I am Olga."))
                .post("/productions/{id}/feedback/TEACHING_PLAN/comments", moocId).then().statusCode(404);
        assertFalse(listed(mallory.token()).contains(moocId.toString()));
        assertEquals(List.of("Ten-minute videos keep learners better than twenty."),
                as(IDA).get("/productions/{id}/feedback", moocId).then().statusCode(200).extract().jsonPath()
                        .getList("find { it.round == 'TEACHING_PLAN' }.comments.text", String.class));

        // inviting the same address again keeps the binding; another address starts a pending invitation
        as(IDA).body(Map.of("name", "Olga E.", "email", olgasAddress.toUpperCase()))
                .put("/productions/{id}/feedback/TEACHING_PLAN/colleague", moocId).then().statusCode(200)
                .body("colleague.pending", equalTo(false));
        with(olga.token()).get("/productions/{id}", moocId).then().statusCode(200);
        String otherAddress = address("otto");
        as(IDA).body(Map.of("name", "Otto Other", "email", otherAddress))
                .put("/productions/{id}/feedback/TEACHING_PLAN/colleague", moocId).then().statusCode(200)
                .body("colleague.pending", equalTo(true));
        with(olga.token()).get("/productions/{id}", moocId).then().statusCode(404);
        with(mallory.token()).get("/productions/{id}", moocId).then().statusCode(404);
        assertFalse(listed(olga.token()).contains(moocId.toString()));
    }

    /**
     * The outcome of two first uses at once (each request sent from a thread of its own, released together): one account
     * is bound and admitted, the other refused, and it stays so. The service locks the pending rows for this; whether
     * the two requests really overlapped at the database is not controlled here.
     */
    @Test
    void ofTwoAccountsUsingOneInvitationAtOnceOnlyOneIsBound() throws Exception {
        UUID moocId = ProductionFixture.approved(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 5; i++) {
                // a new address each time: a new, pending invitation
                String address = address("twin");
                Person first = person("twin-a", address);
                Person second = person("twin-b", address);
                as(IDA).body(Map.of("name", "Twin", "email", address))
                        .put("/productions/{id}/feedback/MATERIAL/colleague", moocId).then().statusCode(200)
                        .body("colleague.pending", equalTo(true));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (Person p : List.of(first, second)) {
                    statuses.add(pool.submit(() -> {
                        start.await();
                        return with(p.token()).get("/productions/{id}", moocId).then().extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> got = new ArrayList<>();
                for (Future<Integer> f : statuses) {
                    got.add(f.get(60, TimeUnit.SECONDS));
                }
                got.sort(null);
                assertEquals(List.of(200, 404), got, "round " + i + ": exactly one account is bound");
                assertEquals(false, colleague(moocId, "MATERIAL").get("pending"));
                int a = with(first.token()).get("/productions/{id}", moocId).then().extract().statusCode();
                int b = with(second.token()).get("/productions/{id}", moocId).then().extract().statusCode();
                assertEquals(List.of(200, 404), a == 200 ? List.of(a, b) : List.of(b, a), "round " + i + ": and stays so");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
