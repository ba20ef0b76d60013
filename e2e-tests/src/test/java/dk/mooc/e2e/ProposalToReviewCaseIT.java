package dk.mooc.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dk.mooc.e2e.Stack.anonymous;
import static dk.mooc.e2e.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first thread through the backbone, on the running stack: real Keycloak tokens, the real gateway,
 * proposal-service's outbox, the real Kafka broker and review-service's inbox.
 */
class ProposalToReviewCaseIT {

    /** A complete application: every field the endorsements need. */
    static Map<String, Object> application(String title) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("title", title);
        body.put("topic", "Sustainable energy systems");
        body.put("summary", "Travels from proposal-service to review-service over Kafka.");
        body.put("targetLearners", "Engineers in the energy sector");
        body.put("impactPotential", "Reaches practitioners who cannot take a semester off");
        body.put("expectedEnrolments", 3000);
        body.put("uniqueness", "No Coursera course covers grid-scale storage from an engineering angle");
        body.put("researchEnvironment", "The university's energy research centre");
        body.put("teacherBackground", "Award-winning lecturer with 40 papers on storage");
        body.put("newContent", true);
        body.put("phases", "Outline in spring, recording in summer, pilot in autumn");
        body.put("plannedLaunchSemester", "2027-autumn");
        body.put("team", java.util.List.of(Map.of("name", "Ida Holm", "email", "ida@example.org", "role", "INSTRUCTOR")));
        body.put("resources", Map.of("staffHours", 400, "assistants", 2, "videoBudgetDkk", 35000));
        return body;
    }

    @Test
    void aProposalEndorsedByTheBoardAndTheHeadBecomesAReviewCaseForTheCommittee() {
        Map<String, Object> draft = application("End-to-end MOOC " + System.nanoTime());
        String moocId = as("ida").contentType(ContentType.JSON).body(draft)
                .when().post("/api/proposal/proposals")
                .then().statusCode(201)
                .body("department", equalTo("Compute"))
                .body("instructor.name", equalTo("Ida Holm"))
                .extract().path("id");
        // a draft cannot skip the LearningLab and its endorsers
        as("ida").when().post("/api/proposal/proposals/{id}/submit", moocId).then().statusCode(409);

        as("ida").when().post("/api/proposal/proposals/{id}/consultation/request", moocId).then().statusCode(200);
        as("carla").when().post("/api/proposal/proposals/{id}/consultation/assign", moocId).then().statusCode(200);
        as("carla").contentType(ContentType.JSON).body(Map.of("date", java.time.LocalDate.now().minusDays(1).toString(),
                        "notes", "Scope and pilot module agreed"))
                .when().post("/api/proposal/proposals/{id}/consultation", moocId).then().statusCode(200);
        String hash = as("ida").when().post("/api/proposal/proposals/{id}/endorsements/request", moocId)
                .then().statusCode(200).body("status", equalTo("ENDORSEMENT")).extract().path("contentHash");
        // the other department's board does not see it; the own department's board and head endorse it
        as("bea").when().get("/api/proposal/proposals/{id}", moocId).then().statusCode(404);
        as("bo").contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "contentHash", hash))
                .when().post("/api/proposal/proposals/{id}/board-approval", moocId).then().statusCode(200);
        as("hans").contentType(ContentType.JSON).body(Map.of("decision", "SIGN", "contentHash", hash))
                .when().post("/api/proposal/proposals/{id}/head-signature", moocId).then().statusCode(200)
                .body("readyToSubmit", equalTo(true));
        as("ida").when().post("/api/proposal/proposals/{id}/submit", moocId)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertTrue(openReviewCase("chris", moocId) != null, "the review case of " + moocId));

        assertEquals(draft.get("title"), openReviewCase("cathy", moocId).get("title"));
        // the committee may read the submitted proposal itself, another instructor may not
        as("chris").when().get("/api/proposal/proposals/{id}", moocId).then().statusCode(200);
        as("ole").when().get("/api/proposal/proposals/{id}", moocId).then().statusCode(404);
    }

    /** The open review case of a MOOC as {@code user} sees it, or null: found by its MOOC id, without paging. */
    static Map<String, Object> openReviewCase(String user, String moocId) {
        List<Map<String, Object>> items = as(user).queryParam("status", "OPEN").queryParam("moocId", moocId)
                .when().get("/api/review/review-cases").then().statusCode(200).extract().jsonPath().getList("items");
        // a MOOC has at most one open case (a resubmission closes the previous round)
        return items.isEmpty() ? null : items.get(0);
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblemDocument() {
        anonymous().when().get("/api/proposal/proposals").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:unauthenticated"));
        anonymous().when().get("/api/review/review-cases").then().statusCode(401);
    }

    @Test
    void aWrongRoleIs403() {
        as("mads").when().get("/api/proposal/proposals").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:forbidden"));
        as("ida").when().get("/api/review/review-cases").then().statusCode(403);
        as("chris").contentType(ContentType.JSON).body(Map.of("title", "x", "newContent", true,
                "plannedLaunchSemester", "2027-autumn")).when().post("/api/proposal/proposals").then().statusCode(403);
    }

    @Test
    void aTamperedTokenIsRejected() {
        String[] parts = Stack.token("ida").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        assertTrue(payload.contains("\"instructor\""));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"instructor\"", "\"admin\"").getBytes());
        anonymous().auth().oauth2(parts[0] + "." + forged + "." + parts[2])
                .when().get("/api/proposal/proposals").then().statusCode(401);
    }

    @Test
    void aValidTokenFromAnotherIssuerIsRejected() {
        // Keycloak's own master realm signs perfectly valid tokens, but not for this platform.
        String foreign = Stack.masterAdminToken();
        anonymous().auth().oauth2(foreign).when().get("/api/proposal/proposals").then()
                .statusCode(401)
                .body("type", equalTo("urn:mooc:problem:unauthenticated"));
    }

    @Test
    void tokensCarryTheAudienceDepartmentAndRolesTheServicesCheck() throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(Stack.token("ole").split("\\.")[1]));
        Map<?, ?> claims = new com.fasterxml.jackson.databind.ObjectMapper().readValue(payload, Map.class);
        Object aud = claims.get("aud");
        assertTrue(aud.equals("mooc-api") || (aud instanceof java.util.List<?> l && l.contains("mooc-api")), "aud: " + aud);
        assertEquals("Physics", claims.get("department"));
        assertEquals("http://localhost:8180/realms/mooc", claims.get("iss"));
    }
}
