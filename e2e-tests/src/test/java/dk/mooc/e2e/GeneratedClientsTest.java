package dk.mooc.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The clients generated from the committed documents (e2e-tests/pom.xml), without the stack: they point at the
 * gateway's prefixes, and the generated Problem type reads a problem document whole. A generator that turned
 * {@code additionalProperties: true} into a {@code HashMap} subclass would read every member into the map and leave
 * the typed ones null; GeneratedClientIT then reads real refusals through the gateway.
 */
class GeneratedClientsTest {

    @Test
    void eachClientAddressesItsServiceThroughTheGatewaysPrefix() {
        // the documents' servers are relative: the path is the contract, the host the integrator's
        assertEquals("/api/proposal", path(new dk.mooc.client.proposal.invoker.ApiClient().getBaseUri()));
        assertEquals("/api/review", path(new dk.mooc.client.review.invoker.ApiClient().getBaseUri()));
        assertEquals("/api/production", path(new dk.mooc.client.production.invoker.ApiClient().getBaseUri()));
        assertEquals("/api/analytics", path(new dk.mooc.client.analytics.invoker.ApiClient().getBaseUri()));
    }

    @Test
    void aValidationProblemReadsWithItsFieldErrors() throws Exception {
        String body = """
                {"type":"urn:mooc:problem:validation","title":"Your request has invalid fields","status":400,
                 "detail":"title: must not be blank","instance":"/proposals",
                 "correlationId":"5b0e1f2c-8c1a-4d0e-9f4b-0a7c3d2e1f00",
                 "errors":[{"field":"title","message":"must not be blank"},
                           {"field":"plannedLaunchSemester","message":"must look like 2027-spring or 2027-autumn",
                            "rejectedValue":"next year"}]}""";
        var p = new dk.mooc.client.proposal.invoker.ApiClient().getObjectMapper()
                .readValue(body, dk.mooc.client.proposal.model.Problem.class);
        assertEquals(URI.create("urn:mooc:problem:validation"), p.getType());
        assertEquals(400, p.getStatus());
        assertEquals("title: must not be blank", p.getDetail());
        assertEquals("5b0e1f2c-8c1a-4d0e-9f4b-0a7c3d2e1f00", p.getCorrelationId());
        assertEquals(List.of("title", "plannedLaunchSemester"), p.getErrors().stream().map(e -> e.getField()).toList());
        assertEquals("next year", p.getErrors().get(1).getRejectedValue());
        assertNull(p.getAdditionalProperties(), "every member has a property: " + p.getAdditionalProperties());
    }

    @Test
    void extensionMembersReadTypedAndUnknownOnesAreKept() throws Exception {
        String stale = """
                {"type":"urn:mooc:problem:precondition-failed","title":"The If-Match version is not the current one",
                 "status":412,"detail":"The proposal has changed since you read it","currentVersion":5}""";
        var p = new dk.mooc.client.proposal.invoker.ApiClient().getObjectMapper()
                .readValue(stale, dk.mooc.client.proposal.model.Problem.class);
        assertEquals(412, p.getStatus());
        assertEquals(5L, p.getCurrentVersion());

        // members a problem type may gain later (additionalProperties: true) are kept, beside the typed ones
        String launch = """
                {"type":"urn:mooc:problem:illegal-transition","title":"Not possible now","status":409,
                 "unmetGates":[{"key":"FEEDBACK_MATERIAL","code":"FEEDBACK_ROUND_OPEN","params":{"round":"MATERIAL"}}],
                 "someFutureMember":{"count":2}}""";
        var q = new dk.mooc.client.production.invoker.ApiClient().getObjectMapper()
                .readValue(launch, dk.mooc.client.production.model.Problem.class);
        assertEquals(409, q.getStatus());
        assertEquals("FEEDBACK_MATERIAL", q.getUnmetGates().get(0).getKey());
        assertEquals("FEEDBACK_ROUND_OPEN", q.getUnmetGates().get(0).getCode());
        assertEquals(Map.of("round", "MATERIAL"), q.getUnmetGates().get(0).getParams());
        assertEquals(Map.of("count", 2), q.getAdditionalProperty("someFutureMember"));
    }

    private static String path(String baseUri) {
        return URI.create(baseUri).getRawPath();
    }
}
