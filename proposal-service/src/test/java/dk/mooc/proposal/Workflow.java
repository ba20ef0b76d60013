package dk.mooc.proposal;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.platform.testing.TestTokens.Person;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Drives a proposal through the real API with a real signed token per person, the way the SPA does:
 * instructor → LearningLab consultant → study board → Head of Department.
 */
public final class Workflow {
    public static final Person IDA = TestTokens.person("ida", "Compute", "instructor");
    public static final Person OLE = TestTokens.person("ole", "Physics", "instructor");
    public static final Person CARLA = TestTokens.person("carla", null, "consultant");
    public static final Person CONNOR = TestTokens.person("connor", null, "consultant");
    public static final Person BO = TestTokens.person("bo", "Compute", "board");
    public static final Person BEA = TestTokens.person("bea", "Physics", "board");
    public static final Person HANS = TestTokens.person("hans", "Compute", "head");
    public static final Person HELLE = TestTokens.person("helle", "Physics", "head");
    public static final Person CHRIS = TestTokens.person("chris", "Compute", "committee");
    public static final Person ADA = TestTokens.person("ada", null, "admin");
    public static final Person MADS = TestTokens.person("mads", null, "medialab");
    /** On the team of the proposals built here (TestData.completeBody lists tim@example.org). */
    public static final Person TIM = TestTokens.person("tim", "Compute", "instructor");

    private Workflow() {
    }

    public static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    public static String create(Person instructor, String title) {
        return as(instructor).body(TestData.completeBody(title)).post("/proposals").then().statusCode(201)
                .extract().path("id");
    }

    public static String hash(Person who, String id) {
        return as(who).get("/proposals/{id}", id).then().statusCode(200).extract().path("contentHash");
    }

    public static void consulted(Person instructor, String id) {
        as(instructor).post("/proposals/{id}/consultation/request", id).then().statusCode(200);
        as(CARLA).post("/proposals/{id}/consultation/assign", id).then().statusCode(200);
        as(CARLA).body(Map.of("date", Timestamps.today().toString(), "notes", "Held"))
                .post("/proposals/{id}/consultation", id).then().statusCode(200);
    }

    public static void endorsed(Person instructor, String id) {
        as(instructor).post("/proposals/{id}/endorsements/request", id).then().statusCode(200);
        approve(BO, id);
        sign(HANS, id);
    }

    public static void approve(Person board, String id) {
        as(board).body(Map.of("decision", "APPROVE", "contentHash", hash(board, id)))
                .post("/proposals/{id}/board-approval", id).then().statusCode(200);
    }

    public static void sign(Person head, String id) {
        as(head).body(Map.of("decision", "SIGN", "contentHash", hash(head, id)))
                .post("/proposals/{id}/head-signature", id).then().statusCode(200);
    }

    /** A new proposal of Ida's, taken all the way to the steering committee. */
    public static String submitted(String title) {
        String id = create(IDA, title);
        consulted(IDA, id);
        endorsed(IDA, id);
        as(IDA).post("/proposals/{id}/submit", id).then().statusCode(200);
        return id;
    }
}
