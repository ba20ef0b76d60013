package dk.mooc.proposal.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of error leaves the service as an RFC 9457 problem document with its stable type. */
@QuarkusTest
class ProblemDocumentTest {

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    void unknownProposalIsNotFound() {
        given().when().get("/proposals/{id}", UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("instance", containsString("/proposals/"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    void unknownPathIsNotFound() {
        given().when().get("/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:not-found"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    void wrongMethodIs405() {
        given().when().delete("/proposals").then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:method-not-allowed"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "instructor")
    @OidcSecurity(claims = {@Claim(key = "department", value = "Compute")})
    void wrongMediaTypeIs415() {
        given().contentType(ContentType.TEXT).body("title=Quantum").when().post("/proposals").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:unsupported-media-type"))
                .body("detail", equalTo("This operation accepts application/json; the request was text/plain"))
                .body("accepted", contains("application/json"))
                .header("Accept-Post", equalTo("application/json"));
    }

    @TestHTTPResource("/proposals")
    URL proposals;

    @Test
    void oversizedBodyIs413BeforeTheBodyIsRead() throws Exception {
        // A raw request announcing 11 MiB: the service must answer 413 without waiting for the body.
        try (Socket socket = new Socket(proposals.getHost(), proposals.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + proposals.getPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (11 * 1024 * 1024) + "\r\n\r\n{\"title\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            StringBuilder rest = new StringBuilder();
            char[] buf = new char[4096];
            int n;
            while (rest.indexOf("}") < 0 && (n = in.read(buf)) > 0) {
                rest.append(buf, 0, n);
            }
            assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
            assertTrue(rest.toString().toLowerCase().contains("content-type: application/problem+json"), rest.toString());
            assertTrue(rest.toString().contains("urn:mooc:problem:payload-too-large"), rest.toString());
        }
    }

    @Test
    void unexpectedErrorsHideInternalsAndCarryTheCorrelationId() {
        given().header("X-Request-Id", "test-correlation-0001").when().get("/test-only/failure").then()
                .statusCode(500)
                .contentType("application/problem+json")
                .header("X-Request-Id", equalTo("test-correlation-0001"))
                .body("type", equalTo("urn:mooc:problem:unexpected"))
                .body("correlationId", equalTo("test-correlation-0001"))
                .body("detail", not(containsString("jdbc")))
                .body("stackTrace", equalTo(null))
                .body("detail", notNullValue());
    }
}
