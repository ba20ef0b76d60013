package dk.mooc.proposal.rest;

import dk.mooc.proposal.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application's full content, the history, and searching the list. */
@QuarkusTest
@TestSecurity(user = "ida", roles = "instructor")
@OidcSecurity(claims = {@Claim(key = "sub", value = ProposalContentAndHistoryTest.OWNER), @Claim(key = "department", value = "Compute"),
    @Claim(key = "name", value = "Ida Instructor")})
class ProposalContentAndHistoryTest {

    static final String OWNER = "ida-content-0003";

    @Inject
    EntityManager em;

    static Map<String, Object> fullBody(String title) {
        Map<String, Object> body = new HashMap<>(TestData.draftBody(title));
        body.put("topic", "Quantum computing");
        body.put("targetLearners", "Engineering students");
        body.put("impactPotential", "Profile in quantum technology");
        body.put("uniqueness", "No Coursera course teaches quantum algorithms for engineers");
        body.put("researchEnvironment", "Centre for Quantum Technology");
        body.put("teacherBackground", "Teaching prize 2024");
        body.put("phases", "Outline autumn, recording spring");
        body.put("team", List.of(Map.of("name", "Sofie Student", "email", "sofie@example.org", "role", "STUDENT_ASSISTANT"),
                Map.of("name", "Tom TA", "role", "TEACHING_ASSISTANT")));
        body.put("resources", Map.of("staffHours", 400, "assistants", 2, "videoBudgetDkk", 35000));
        return body;
    }

    @Test
    void theWholeApplicationIsStoredAndShown() {
        String id = given().contentType(ContentType.JSON).body(fullBody("Full application")).when().post("/proposals")
                .then().statusCode(201).extract().path("id");
        given().when().get("/proposals/{id}", id).then()
                .statusCode(200)
                .body("topic", equalTo("Quantum computing"))
                .body("uniqueness", containsString("Coursera"))
                .body("team.name", contains("Sofie Student", "Tom TA"))
                .body("team.role", contains("STUDENT_ASSISTANT", "TEACHING_ASSISTANT"))
                .body("resources.staffHours", equalTo(400))
                .body("resources.videoBudgetDkk", equalTo(35000));
    }

    @Test
    void whatsNextNamesTheMissingFieldsAndWhoActs() {
        String sparse = given().contentType(ContentType.JSON).body(TestData.draftBody("Sparse")).when().post("/proposals")
                .then().statusCode(201).extract().path("id");
        given().when().get("/proposals/{id}/next", sparse).then()
                .statusCode(200)
                .body("stage", equalTo("DRAFT"))
                .body("nextActor", equalTo("INSTRUCTOR"))
                .body("nextAction", equalTo("REQUEST_CONSULTATION"))
                .body("missing", hasItem("uniqueness"))
                .body("missing", not(hasItem("summary")));
        String full = given().contentType(ContentType.JSON).body(fullBody("Complete")).when().post("/proposals")
                .then().statusCode(201).extract().path("id");
        given().when().get("/proposals/{id}/next", full).then()
                .body("missing", hasSize(0))
                .body("nextAction", equalTo("REQUEST_CONSULTATION"));
    }

    @Test
    void nestedFieldsAreValidatedOneByOne() {
        Map<String, Object> body = fullBody("Bad team");
        body.put("team", List.of(Map.of("name", "", "email", "not-an-address", "role", "STUDENT_ASSISTANT")));
        body.put("resources", Map.of("staffHours", -1, "videoBudgetDkk", 35000));
        given().contentType(ContentType.JSON).body(body).when().post("/proposals").then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors.field", containsInAnyOrder("team[0].name", "team[0].email", "resources.staffHours"));
    }

    @Test
    void everyChangeIsInTheHistoryWhichCannotBeRewritten() {
        String id = given().contentType(ContentType.JSON).body(TestData.draftBody("History")).when().post("/proposals")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fullBody("History, revised"))
                .when().put("/proposals/{id}", id).then().statusCode(200);
        given().when().post("/proposals/{id}/consultation/request", id).then().statusCode(200);

        given().when().get("/proposals/{id}/history", id).then()
                .statusCode(200)
                .body("action", contains("CREATED", "EDITED", "CONSULTATION_REQUESTED"))
                .body("actorName", everyItem(equalTo("Ida Instructor")))
                .body("[0].params", equalTo(java.util.Map.of()))
                .body("[1].params.changedFields", containsString("title"))
                .body("[1].params.changedFields", containsString("resources"))
                .body("findAll { it.detail != null }", org.hamcrest.Matchers.hasSize(0));

        UUID proposal = UUID.fromString(id);
        Exception e = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update proposal_history set actor_name = 'Mallory' where proposal_id = ?1")
                        .setParameter(1, proposal).executeUpdate()));
        assertTrue(String.valueOf(rootMessage(e)).contains("append-only"), rootMessage(e));
    }

    @Test
    void theListIsSearchableFilterableAndSortable() {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        for (String t : List.of("Alpha " + marker, "Charlie " + marker, "Bravo " + marker)) {
            Map<String, Object> body = new HashMap<>(TestData.draftBody(t));
            body.put("plannedLaunchSemester", t.startsWith("Charlie") ? "2028-spring" : "2027-autumn");
            given().contentType(ContentType.JSON).body(body).when().post("/proposals").then().statusCode(201);
        }
        given().queryParam("q", marker.toUpperCase()).queryParam("sort", "TITLE").queryParam("direction", "asc")
                .when().get("/proposals").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.title", contains("Alpha " + marker, "Bravo " + marker, "Charlie " + marker));
        given().queryParam("q", marker).queryParam("semester", "2028-spring").when().get("/proposals").then()
                .body("items.title", contains("Charlie " + marker));
        given().queryParam("q", marker).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "TITLE")
                .queryParam("direction", "asc").when().get("/proposals").then()
                .body("items", hasSize(1))
                .body("items.title", contains("Charlie " + marker));
        given().queryParam("q", marker).queryParam("department", "Physics").when().get("/proposals").then()
                .body("total", equalTo(0));
        given().queryParam("q", "%").when().get("/proposals").then()
                .statusCode(200)
                .body("items.title", not(hasItem("Alpha " + marker)));
        given().queryParam("semester", "soon").when().get("/proposals").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("semester"));
    }

    @Test
    void theListSortsByStatusInWorkflowOrderAndByLastUpdateBothWays() {
        String marker = "zs" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> ids = new HashMap<>();
        for (String t : List.of("Alpha", "Bravo", "Charlie")) {
            ids.put(t, given().contentType(ContentType.JSON).body(TestData.draftBody(t + " " + marker))
                    .when().post("/proposals").then().statusCode(201).extract().path("id"));
        }
        // Bravo goes to the LearningLab, Charlie is withdrawn, Alpha stays a draft but is edited last
        given().when().post("/proposals/{id}/consultation/request", ids.get("Bravo")).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").when().post("/proposals/{id}/withdraw", ids.get("Charlie"))
                .then().statusCode(200);
        Map<String, Object> edited = new HashMap<>(TestData.draftBody("Alpha " + marker));
        edited.put("summary", "Edited last");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edited)
                .when().put("/proposals/{id}", ids.get("Alpha")).then().statusCode(200);

        // workflow order (DRAFT, CONSULTATION_REQUESTED, ..., WITHDRAWN), not the alphabet of the status names
        sorted(marker, "STATUS", "asc").body("items.title", contains("Alpha " + marker, "Bravo " + marker, "Charlie " + marker))
                .body("items.status", contains("DRAFT", "CONSULTATION_REQUESTED", "WITHDRAWN"));
        sorted(marker, "STATUS", "desc").body("items.title", contains("Charlie " + marker, "Bravo " + marker, "Alpha " + marker));
        // last update: created Alpha, Bravo, Charlie; then changed Bravo, Charlie, Alpha
        sorted(marker, "UPDATED", "desc").body("items.title", contains("Alpha " + marker, "Charlie " + marker, "Bravo " + marker));
        sorted(marker, "UPDATED", "asc").body("items.title", contains("Bravo " + marker, "Charlie " + marker, "Alpha " + marker));
        // the default is the latest update first
        given().queryParam("q", marker).when().get("/proposals").then()
                .body("items.title", contains("Alpha " + marker, "Charlie " + marker, "Bravo " + marker));
        given().queryParam("q", marker).queryParam("status", "WITHDRAWN").when().get("/proposals").then()
                .body("items.title", contains("Charlie " + marker));
    }

    private static io.restassured.response.ValidatableResponse sorted(String marker, String sort, String direction) {
        return given().queryParam("q", marker).queryParam("sort", sort).queryParam("direction", direction)
                .when().get("/proposals").then().statusCode(200).body("total", equalTo(3));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
