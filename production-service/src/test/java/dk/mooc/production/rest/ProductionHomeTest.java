package dk.mooc.production.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.production.launch.ProductionFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /home: the home page reads the caller's production tasks and their first page of productions in one request,
 * each exactly as its own operation (GET /tasks, GET /productions?page=0&size=20) answers the same caller; whoever
 * /tasks refuses, /home refuses the same way. An instructor of her own (Hedda, with consultant Conny) keeps other
 * tests' MOOCs out of her lists.
 */
@QuarkusTest
class ProductionHomeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Person HEDDA = TestTokens.person("hedda", "Compute", "instructor");
    static final Person CONNY = TestTokens.person("conny", null, "consultant");
    static final Person MADS = TestTokens.person("mads", null, "medialab");
    /** An instructor with no production at all. */
    static final Person NIELS = TestTokens.person("niels", "Physics", "instructor");
    static final Person ADA = TestTokens.person("ada", null, "admin");
    static final Person CAMILLA = TestTokens.person("camilla", null, "committee");

    private static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    private static JsonNode read(Person who, String path) throws Exception {
        String body = as(who).get(path).then().statusCode(200).contentType("application/json").extract().asString();
        return JSON.readTree(body);
    }

    /**
     * The home as {@code who} reads it, each part compared with its own operation's answer. Consultants and MediaLab
     * see every production: a production another test's event starts between the reads would change both answers, so
     * the comparison is repeated until the home has held still across it (a real difference fails every time).
     */
    private static JsonNode home(Person who) {
        JsonNode[] home = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            home[0] = read(who, "/home");
            assertEquals(List.of("productions", "tasks"), fieldNames(home[0]), who.username() + ": the home's parts");
            assertEquals(read(who, "/tasks"), home[0].get("tasks"), who.username() + ": tasks");
            assertEquals(read(who, "/productions?page=0&size=20"), home[0].get("productions"),
                    who.username() + ": productions");
        });
        return home[0];
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    @Test
    void eachPartIsWhatItsOwnOperationAnswersTheInstructorTheConsultantAndMediaLab() throws Exception {
        UUID moocId = ProductionFixture.approved(HEDDA, CONNY, true);

        JsonNode ofHedda = home(HEDDA);
        assertTrue(ofHedda.get("tasks").get("total").asInt() >= 1, "Hedda has a task: " + ofHedda.get("tasks"));
        assertEquals("AGREE_PLAN", ofHedda.get("tasks").get("items").get(0).get("kind").asText());
        assertEquals(moocId.toString(), ofHedda.get("productions").get("items").get(0).get("moocId").asText(),
                "her newest production first");
        assertEquals(0, ofHedda.get("productions").get("page").asInt());
        assertEquals(ProductionHome.PRODUCTIONS, ofHedda.get("productions").get("size").asInt());

        JsonNode ofConny = home(CONNY);
        assertTrue(ofConny.get("tasks").get("items").findValuesAsText("moocId").contains(moocId.toString()),
                "the MOOC's consultant has its plan to agree");
        home(MADS);
    }

    @Test
    void someoneWithoutProductionsGetsEmptyParts() throws Exception {
        JsonNode home = home(NIELS);
        assertEquals(JSON.readTree("{\"items\": [], \"total\": 0}"), home.get("tasks"));
        assertEquals(JSON.readTree("{\"items\": [], \"page\": 0, \"size\": 20, \"total\": 0, \"totalExact\": true}"), home.get("productions"));
    }

    @Test
    void whoeverTheTaskInboxRefusesIsRefusedTheSameWay() {
        given().get("/home").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:unauthenticated"));
        for (Person who : List.of(ADA, CAMILLA)) {
            as(who).get("/home").then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:mooc:problem:forbidden"));
            as(who).get("/tasks").then().statusCode(403);
        }
    }
}
