package dk.mooc.analytics.rest;

import dk.mooc.analytics.Exports;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.as;
import static dk.mooc.analytics.Fixtures.course;
import static io.restassured.RestAssured.given;
import static io.restassured.path.json.JsonPath.from;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A body of a type an operation does not read, a Content-Type that is not a media type, and a body without
 * Content-Type: each is a 415 problem that names the types of that operation, and nothing is imported.
 */
@QuarkusTest
class MediaTypeProblemTest {

    private static final String USERS = "dtu_user_id,country_cd\nu01,DK\n";

    /** The Content-Type exactly as given (REST Assured would otherwise append "; charset=ISO-8859-1"). */
    private static final RestAssuredConfig AS_SENT = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void uploadAfterTheData() {
        Exports.uploadAfterTheData();
    }

    @AfterEach
    void resetClock() {
        Timestamps.reset();
    }

    private void nothingImported(UUID moocId) {
        as(IDA).get("/courses/{id}/imports", moocId).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void jsonSentToACsvUploadIsRefusedNamingTextCsv() {
        UUID moocId = course("Compute", "ida-sub");
        as(IDA).body("{\"rows\":[]}").put("/courses/{id}/exports/{table}", moocId, "users").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:unsupported-media-type"))
                .body("detail", equalTo("This operation accepts text/csv; the request was application/json"))
                .body("accepted", contains("text/csv"))
                .body("instance", equalTo("/courses/" + moocId + "/exports/users"))
                .header("Accept-Post", nullValue());   // a PUT: the problem's member is the hint
        nothingImported(moocId);
    }

    @Test
    void anOperationReadingCsvOrJsonNamesBoth() {
        UUID moocId = course("Compute", "ida-sub");
        given().auth().oauth2(IDA.token()).contentType("text/plain").body("5 of 5")
                .put("/courses/{id}/evaluations/{semester}", moocId, "2027-autumn").then()
                .statusCode(415)
                .body("detail", equalTo("This operation accepts application/json or text/csv; the request was text/plain"))
                .body("accepted", containsInAnyOrder("application/json", "text/csv"));
    }

    @Test
    void aJsonActionNamesJsonAlsoInAcceptPost() {
        given().auth().oauth2(IDA.token()).contentType("text/csv").body("decision\nAPPROVED\n")
                .post("/semester-reviews/{id}/decision", UUID.randomUUID()).then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("accepted", contains("application/json"))
                .header("Accept-Post", equalTo("application/json"));
    }

    @Test
    void aContentTypeThatIsNotAMediaTypeIs415Not500() {
        UUID moocId = course("Compute", "ida-sub");
        given().config(AS_SENT).auth().oauth2(IDA.token()).header("Content-Type", "csv")
                .body(USERS.getBytes(StandardCharsets.UTF_8))
                .put("/courses/{id}/exports/{table}", moocId, "users").then()
                .statusCode(415)
                .body("detail", equalTo("This operation accepts text/csv; the request's Content-Type \"csv\" is not a media type"))
                .body("accepted", contains("text/csv"));
        // routing between the CSV and the JSON method must not trip over it either
        given().config(AS_SENT).auth().oauth2(IDA.token()).header("Content-Type", "csv")
                .body(USERS.getBytes(StandardCharsets.UTF_8))
                .put("/courses/{id}/evaluations/{semester}", moocId, "2027-autumn").then()
                .statusCode(415)
                .body("accepted", containsInAnyOrder("application/json", "text/csv"));
        nothingImported(moocId);
    }

    @Test
    void aBodyWithoutContentTypeIs415NamingTheTypes() throws Exception {
        UUID moocId = course("Compute", "ida-sub");
        HttpResponse<String> csv = withoutContentType("PUT", "/courses/" + moocId + "/exports/users", USERS);
        assertEquals(415, csv.statusCode(), csv.body());
        assertEquals("application/problem+json", csv.headers().firstValue("Content-Type").orElse(null));
        assertEquals("This operation accepts text/csv; the request had a body without Content-Type",
                from(csv.body()).getString("detail"));
        assertEquals(java.util.List.of("text/csv"), from(csv.body()).getList("accepted"));

        HttpResponse<String> evaluation = withoutContentType("PUT", "/courses/" + moocId + "/evaluations/2027-autumn",
                "{\"invited\":350}");
        assertEquals(415, evaluation.statusCode(), evaluation.body());
        assertEquals(java.util.List.of("application/json", "text/csv"), from(evaluation.body()).getList("accepted"));
        nothingImported(moocId);
    }

    @Test
    void withoutABodyTheOperationSaysWhatIsMissing() throws Exception {
        UUID moocId = course("Compute", "ida-sub");
        HttpResponse<String> empty = withoutContentType("PUT", "/courses/" + moocId + "/exports/users", "");
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals("urn:mooc:problem:validation", from(empty.body()).getString("type"));
    }

    /** REST Assured always sends a Content-Type with a body; the JDK client sends none unless told. */
    private HttpResponse<String> withoutContentType(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + IDA.token())
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
