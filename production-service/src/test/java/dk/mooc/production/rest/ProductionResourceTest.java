package dk.mooc.production.rest;

import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ProductionResourceTest {

    static UUID production(String instructorId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Production p = new Production();
            p.moocId = UUID.randomUUID();
            p.title = "MOOC of " + instructorId;
            p.department = "Compute";
            p.instructorId = instructorId;
            p.instructorName = instructorId;
            p.status = ProductionStatus.PLANNING;
            p.startedAt = Timestamps.now();
            p.persist();
            return p.moocId;
        });
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = @Claim(key = "sub", value = "ida-1"))
    void instructorsSeeOnlyTheirOwnProductions() {
        UUID own = production("ida-1");
        UUID others = production("ole-2");
        given().when().get("/productions?size=100").then()
                .statusCode(200)
                .body("items.moocId", hasItem(own.toString()))
                .body("items.moocId", not(hasItem(others.toString())));
        given().when().get("/productions/{id}", own).then().statusCode(200).body("status", equalTo("PLANNING"));
        given().when().get("/productions/{id}", others).then().statusCode(404)
                .body("type", equalTo("urn:mooc:problem:not-found"));
    }

    @Test
    @TestSecurity(user = "mads", roles = "medialab")
    void medialabSeesAllProductions() {
        UUID a = production("ida-1");
        UUID b = production("ole-2");
        given().when().get("/productions?size=100").then()
                .statusCode(200)
                .body("items.moocId", hasItem(a.toString()))
                .body("items.moocId", hasItem(b.toString()))
                .body("items.find { it.moocId == '" + a + "' }.status", equalTo("PLANNING"))
                .body("items.find { it.moocId == '" + a + "' }.instructorName", equalTo("ida-1"))
                .body("items.find { it.moocId == '" + b + "' }.instructorName", equalTo("ole-2"));
    }

    @Test
    @TestSecurity(user = "mads", roles = "medialab")
    void theListFilteredByMoocHoldsOnlyThatProduction() {
        UUID a = production("ida-1");
        production("ole-2");
        given().when().get("/productions?moocId={id}", a).then()
                .statusCode(200)
                .body("items.moocId", equalTo(List.of(a.toString())))
                .body("total", equalTo(1));
        given().when().get("/productions?moocId={id}", UUID.randomUUID()).then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
        given().when().get("/productions?moocId=not-a-uuid").then()
                .statusCode(400)
                .body("type", equalTo("urn:mooc:problem:validation"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = @Claim(key = "sub", value = "ida-1"))
    void theFilterDoesNotWidenWhatAnInstructorSees() {
        UUID own = production("ida-1");
        UUID others = production("ole-2");
        given().when().get("/productions?moocId={id}", own).then()
                .statusCode(200)
                .body("items.moocId", equalTo(List.of(own.toString())));
        given().when().get("/productions?moocId={id}", others).then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void committeeHasNoAccessToProductionDetails() {
        given().when().get("/productions").then().statusCode(403).body("type", equalTo("urn:mooc:problem:forbidden"));
    }

    @Test
    void anonymousCallersGet401() {
        given().when().get("/productions").then().statusCode(401).body("type", equalTo("urn:mooc:problem:unauthenticated"));
    }
}
