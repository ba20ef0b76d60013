package dk.mooc.analytics.catalogue;

import dk.mooc.analytics.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import io.restassured.http.ContentType;

import static dk.mooc.analytics.Fixtures.CARLA;
import static io.restassured.RestAssured.given;

/** A catalogue of the test's own: emptied first (the tests of this JVM share one database), then imported. */
final class CatalogueFixtures {

    static final String HEADER = "id,slug,name,description,partner_ids,partner_names,languages,domain_types\n";

    private CatalogueFixtures() {
    }

    static void clear(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "truncate catalogue_course, catalogue_term, catalogue_sync").executeUpdate());
    }

    /** Imports the CSV rows (after the header) as the LearningLab; the file must be good. */
    static void importCsv(String rows) {
        given().auth().oauth2(CARLA.token()).contentType("text/csv").body(HEADER + rows)
                .when().post("/catalogue/imports").then().statusCode(200);
    }

    static io.restassured.specification.RequestSpecification csvAs(dk.mooc.platform.testing.TestTokens.Person p) {
        return given().auth().oauth2(p.token()).contentType("text/csv");
    }

    static io.restassured.specification.RequestSpecification jsonAs(dk.mooc.platform.testing.TestTokens.Person p) {
        return Fixtures.as(p).contentType(ContentType.JSON);
    }
}
