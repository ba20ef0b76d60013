package dk.mooc.e2e;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dk.mooc.e2e.Stack.anonymous;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway: SPA, security headers, compression, API documents, rate limit as a problem document. */
class GatewayIT {

    @Test
    void theSpaIsServedWithSecurityHeaders() {
        anonymous().when().get("/").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", not(equalTo(null)));
        // deep links fall back to the SPA
        anonymous().when().get("/proposals/some-deep-link").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void jsonIsCompressed() {
        anonymous().header("Accept-Encoding", "gzip").when().get("/api/proposal/q/openapi?format=json").then()
                .statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void everyServicePublishesItsOpenApiDocumentThroughTheGateway() {
        for (String svc : List.of("proposal", "review", "production", "analytics")) {
            anonymous().when().get("/api/" + svc + "/q/openapi?format=json").then()
                    .statusCode(200)
                    .body("info.title", containsString("MOOC Programme Platform"))
                    .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        }
        anonymous().when().get("/api-docs/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void internalEndpointsAreNotExposed() {
        anonymous().when().get("/api/proposal/q/health").then().statusCode(404);
        anonymous().when().get("/api/proposal/q/metrics").then().statusCode(404);
    }

    @Test
    void aBurstIsRateLimitedWithAProblemDocument() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> anonymous().when().get("/api/proposal/proposals"), pool));
            }
            List<Response> limited = new ArrayList<>();
            for (CompletableFuture<Response> c : calls) {
                Response r = c.get();
                if (r.statusCode() == 429) {
                    limited.add(r);
                }
            }
            assertTrue(!limited.isEmpty(), "200 requests at once exceed the limit");
            Response r = limited.get(0);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertTrue(r.body().asString().contains("urn:mooc:problem:rate-limited"), r.body().asString());
        } finally {
            pool.shutdown();
        }
        // the limit recovers, so other tests are not affected
        await().atMost(Duration.ofSeconds(10)).until(() ->
                anonymous().when().get("/api/proposal/proposals").statusCode() == 401);
    }
}
