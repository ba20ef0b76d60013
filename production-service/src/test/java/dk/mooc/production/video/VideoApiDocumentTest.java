package dk.mooc.production.video;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published OpenAPI document describes every video and network endpoint of the contract, with examples. */
@QuarkusTest
class VideoApiDocumentTest {

    @Test
    void everyEndpointOfTheContractIsDocumented() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> endpoints = Map.ofEntries(
                Map.entry("/studios", List.of("get")),
                Map.entry("/studios/{key}/bookings", List.of("get")),
                Map.entry("/productions/{moocId}/bookings", List.of("get", "post")),
                Map.entry("/productions/{moocId}/bookings.ics", List.of("get")),
                Map.entry("/productions/{moocId}/video-costs", List.of("get")),
                Map.entry("/productions/{moocId}/video-plan", List.of("put")),
                Map.entry("/bookings/{id}/cancel", List.of("post")),
                Map.entry("/bookings/{id}/confirm", List.of("post")),
                Map.entry("/bookings/{id}/decline", List.of("post")),
                Map.entry("/medialab/queue", List.of("get")),
                Map.entry("/network-meetings", List.of("get", "post")),
                Map.entry("/network-meetings/{id}/registration", List.of("post", "delete")),
                Map.entry("/network-meetings/{id}/registrations", List.of("get")),
                Map.entry("/network-meetings/{id}/attendance", List.of("put")));
        endpoints.forEach((path, methods) -> methods.forEach(method -> {
            Map<String, Object> operation = doc.getMap("paths.'" + path + "'." + method);
            assertNotNull(operation, method + " " + path);
            assertNotNull(operation.get("summary"), method + " " + path + " has a summary");
            assertTrue(String.valueOf(operation.get("description")).contains("Role"), method + " " + path + " names its roles");
        }));
        assertNotNull(doc.get("components.schemas.BookingInput.properties.start.examples"),
                "inputs carry examples");
        assertNotNull(doc.get("components.schemas.NetworkMeetingInput.properties.capacity.examples"));
        assertNotNull(doc.get("components.schemas.VideoCosts.properties.warning"));
    }
}
