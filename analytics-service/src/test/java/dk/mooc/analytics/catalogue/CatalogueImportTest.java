package dk.mooc.analytics.catalogue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.mooc.analytics.Fixtures.ADA;
import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.CARLA;
import static dk.mooc.analytics.Fixtures.CHRIS;
import static dk.mooc.analytics.Fixtures.HANS;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.MADS;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.catalogue.CatalogueFixtures.HEADER;
import static dk.mooc.analytics.catalogue.CatalogueFixtures.csvAs;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The LearningLab's catalogue file import: Coursera's JSON or CSV, stored all or nothing; a bad file is a 400 listing
 * each problem as a code with parameters; only the LearningLab and admins import; the status says what was imported.
 */
@QuarkusTest
class CatalogueImportTest {

    private static final String JSON_FILE = """
            {"elements": [
               {"courseType": "v2.ondemand", "id": "69Bku0KoEeWZtA4u62x6lQ", "slug": "gamification", "name": "Gamification",
                "description": "Gamification is the application of game elements and digital game design techniques.",
                "partnerIds": ["6"], "primaryLanguages": ["en"], "workload": "4-8 hours/week",
                "domainTypes": [{"domainId": "computer-science", "subdomainId": "design-and-product"},
                                {"domainId": "business", "subdomainId": "marketing"}]},
               {"id": 1234, "slug": "own-course", "name": "Our Own Course", "partnerIds": [99]}],
             "paging": {"total": 2},
             "linked": {"partners.v1": [{"id": "6", "name": "University of Pennsylvania", "shortName": "penn"},
                                         {"id": 99, "name": "Technical University of Testing"}]}}
            """;

    @Inject
    EntityManager em;

    @BeforeEach
    void empty() {
        CatalogueFixtures.clear(em);
    }

    private long courses() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from catalogue_course").getSingleResult()).longValue());
    }

    private static ValidatableResponse rejected(ValidatableResponse r) {
        return r.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"));
    }

    @Test
    void aCsvFileIsImportedAndTheStatusShowsIt() {
        csvAs(CARLA).body(HEADER + """
                        c1,machine-learning,Machine Learning,"Models, data, and more",11,Stanford University,en,data-science/machine-learning
                        c2,own-ml,Engineering ML,"From our labs",own-u;12,Technical University of Testing;Michigan,en;da,
                        c3,bare,Bare Course,,,,,
                        """)
                .when().post("/catalogue/imports").then().statusCode(200)
                .body("source", equalTo("FILE")).body("outcome", equalTo("SUCCEEDED")).body("courses", equalTo(3))
                .body("startedBy", equalTo("carla")).body("errorCode", nullValue());
        assertEquals(3, courses());
        Object[] own = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select own_university, cast(partner_names as text), cast(languages as text) from catalogue_course"
                        + " where coursera_id = 'c2'").getSingleResult());
        assertEquals(Boolean.TRUE, own[0], "a partner of the university's own (by id) marks the course as its own");
        assertEquals("{\"Technical University of Testing\",Michigan}", own[1]);
        assertEquals("{en,da}", own[2]);

        as(IDA).get("/catalogue").then().statusCode(200)
                .body("courses", equalTo(3)).body("stale", equalTo(false)).body("staleAfterDays", equalTo(14))
                .body("apiConfigured", equalTo(false))
                .body("lastSuccessfulSync.source", equalTo("FILE")).body("lastSuccessfulSync.courses", equalTo(3))
                .body("lastSync.outcome", equalTo("SUCCEEDED"));
    }

    @Test
    void courserasJsonIsImportedToleratingFieldsItDoesNotKnowAndIdsAsNumbers() {
        as(ADA).body(JSON_FILE).when().post("/catalogue/imports").then().statusCode(200)
                .body("courses", equalTo(2)).body("outcome", equalTo("SUCCEEDED"));
        Object[] g = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select name, cast(partner_names as text), cast(domain_types as text), own_university"
                        + " from catalogue_course where coursera_id = '69Bku0KoEeWZtA4u62x6lQ'").getSingleResult());
        assertEquals("Gamification", g[0]);
        assertEquals("{\"University of Pennsylvania\"}", g[1]);
        assertEquals("{computer-science/design-and-product,business/marketing}", g[2]);
        assertEquals(Boolean.FALSE, g[3]);
        assertEquals(Boolean.TRUE, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select own_university from catalogue_course where coursera_id = '1234'").getSingleResult()),
                "the own partner by name");

        // the same file again refreshes, adds nothing
        as(ADA).body(JSON_FILE).when().post("/catalogue/imports").then().statusCode(200).body("courses", equalTo(2));
        assertEquals(2, courses());
    }

    @Test
    void aCsvFileWithBadRowsIsRefusedWithEachProblemAsACodeAndNothingIsKept() {
        rejected(csvAs(CARLA).body(HEADER + """
                        c1,good-one,A Good Course,fine,,,,
                        c2,bad slug!,Broken Slug,,,,,
                        c3,no-name,,,,,,
                        c1,again,Duplicate,,,,,
                        c4,mismatch,Partners Mismatch,,1;2,Only One,,
                        c5,short,Too few columns
                        """).when().post("/catalogue/imports").then())
                .body("rows.row", contains(3, 4, 5, 6, 7))
                .body("rows.code", contains("catalogue.row.invalid-slug", "catalogue.row.missing-value",
                        "catalogue.row.duplicate-id", "catalogue.row.partners-mismatch", "catalogue.row.wrong-column-count"))
                .body("rows[0].field", equalTo("slug")).body("rows[0].params.value", equalTo("bad slug!"))
                .body("rows[1].field", equalTo("name"))
                .body("rows[2].params.id", equalTo("c1")).body("rows[2].params.firstRow", equalTo(2))
                .body("rows[3].params.ids", equalTo(2)).body("rows[3].params.names", equalTo(1))
                .body("rows[4].params.expected", equalTo(8)).body("rows[4].params.found", equalTo(3))
                .body("errors", hasSize(5)).body("errors[0].field", equalTo("row 3 slug"))
                .body("errors[0].message", equalTo("catalogue.row.invalid-slug"));
        assertEquals(0, courses(), "nothing of a bad file is kept, not even its good rows");
        as(CARLA).get("/catalogue").then().statusCode(200)
                .body("lastSuccessfulSync", nullValue()).body("stale", equalTo(true))
                .body("lastSync", nullValue()); // a refused file writes nothing, not even its attempt
    }

    @Test
    void filesThatAreNotCataloguesAreRefusedWithTheirCode() {
        rejected(csvAs(CARLA).body("id,name\nc1,No Slug Column\n").when().post("/catalogue/imports").then())
                .body("rows[0].code", equalTo("catalogue.file.missing-column"))
                .body("rows[0].params.column", equalTo("slug")).body("rows[0].row", equalTo(1));
        rejected(csvAs(CARLA).body("").when().post("/catalogue/imports").then())
                .body("rows[0].code", equalTo("catalogue.file.empty")).body("rows[0].row", equalTo(0));
        rejected(csvAs(CARLA).body(HEADER).when().post("/catalogue/imports").then())
                .body("rows[0].code", equalTo("catalogue.file.no-courses"));
        rejected(as(CARLA).body("{\"elements\": [").when().post("/catalogue/imports").then())
                .body("rows[0].code", equalTo("catalogue.file.not-json"));
        rejected(as(CARLA).body("{\"courses\": []}").when().post("/catalogue/imports").then())
                .body("rows[0].code", equalTo("catalogue.file.no-elements"));
        rejected(as(CARLA).body("{\"elements\": [{\"id\": \"x\", \"slug\": \"x\", \"name\": [\"not\", \"text\"]}, 7]}")
                .when().post("/catalogue/imports").then())
                .body("rows.code", contains("catalogue.row.wrong-type", "catalogue.row.not-an-object"))
                .body("rows[0].params.expected", equalTo("string")).body("rows.row", contains(1, 2));
        assertEquals(0, courses());
    }

    @Test
    void onlyTheLearningLabAndAdminsImportAndOnlyThoseWhoSeeProposalsRead() {
        String file = HEADER + "c1,a,A,,,,,\n";
        for (var p : List.of(IDA, CHRIS, BO, HANS, MADS)) {
            csvAs(p).body(file).when().post("/catalogue/imports").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertEquals(0, courses());
        for (var p : List.of(IDA, CARLA, CHRIS, BO, HANS, ADA)) {
            as(p).get("/catalogue").then().statusCode(200);
            as(p).body(Map.of("topic", "anything")).when().post("/catalogue/similar").then().statusCode(200);
            as(p).queryParam("moocId", java.util.UUID.randomUUID()).get("/catalogue/similarity-snapshots").then()
                    .statusCode(200).body("", hasSize(0));
        }
        as(MADS).get("/catalogue").then().statusCode(403);
        as(MADS).body(Map.of("topic", "anything")).when().post("/catalogue/similar").then().statusCode(403);
        as(MADS).queryParam("moocId", java.util.UUID.randomUUID()).get("/catalogue/similarity-snapshots").then()
                .statusCode(403);
        io.restassured.RestAssured.given().get("/catalogue").then().statusCode(401);
        as(CHRIS).get("/catalogue/similarity-snapshots").then().statusCode(400);
    }
}
