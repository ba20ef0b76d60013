package dk.mooc.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.mooc.e2e.Stack.anonymous;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway: SPA, security headers, compression, API documents, rate limit as a problem document. */
class GatewayIT {

    /**
     * Leaves the gateway's rate-limit bucket full for the next test class: this one sends requests as fast as the limit
     * allows, and a bucket of 40 refills at 20 per second.
     */
    @org.junit.jupiter.api.AfterAll
    static void letTheRateLimitBucketRefill() throws InterruptedException {
        Thread.sleep(3_000);
    }

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

    /** The gateway's limit on /api/, read from the route table that every deployment renders. */
    record RateLimit(int ratePerSecond, int burst) {
        static RateLimit configured() throws IOException {
            Path template = Path.of(System.getProperty("mooc.root", "..")).resolve("deploy/gateway/routes.conf.template");
            String conf = Files.readString(template);
            Matcher zone = Pattern.compile("limit_req_zone \\$binary_remote_addr zone=mooc_api:\\S+ rate=(\\d+)r/s;").matcher(conf);
            Matcher api = Pattern.compile("location /api/ \\{\\s*limit_req zone=mooc_api burst=(\\d+) nodelay;").matcher(conf);
            assertTrue(zone.find(), "a per-address rate in requests per second in " + template);
            // nodelay: requests beyond the burst are refused at once (not queued), which the bounds below rely on
            assertTrue(api.find(), "/api/ limited with a burst and nodelay in " + template);
            return new RateLimit(Integer.parseInt(zone.group(1)), Integer.parseInt(api.group(1)));
        }
    }

    /**
     * A known burst, sent faster than the limit: N requests on N connections opened beforehand, all written at once.
     * nginx's limiter (leaky bucket, nodelay) then lets through, from an empty bucket, at least {@code burst} and at
     * most {@code burst + 1 + rate * T} of them, T being the time from the first write to the last answer read (an
     * upper bound of the time nginx spent on them); all others are 429.
     */
    @Test
    void aBurstFasterThanTheLimitIsCutToTheConfiguredBurstWithProblemDocuments() throws Exception {
        RateLimit limit = RateLimit.configured();
        int n = 4 * limit.burst();
        // an empty bucket: it drains at `rate` per second, so burst/rate seconds without requests from this address
        // empty it (a precondition of the lower bound, not a proof of anything)
        List<String> answers = new ArrayList<>();
        long elapsedNanos = sendAtOnce(n, Duration.ofMillis(1000L * limit.burst() / limit.ratePerSecond() + 1000), answers);
        double seconds = elapsedNanos / 1e9;
        long maxAccepted = limit.burst() + 1 + (long) Math.ceil(limit.ratePerSecond() * seconds);
        long minLimited = n - maxAccepted;
        long maxLimited = n - limit.burst();
        assertTrue(minLimited > 0, "the burst of " + n + " requests took " + seconds + " s: not faster than "
                + limit.ratePerSecond() + " r/s beyond a burst of " + limit.burst() + ", so it proves nothing");

        List<String> limited = answers.stream().filter(a -> a.startsWith("HTTP/1.1 429 ")).toList();
        List<String> others = answers.stream().filter(a -> !a.startsWith("HTTP/1.1 429 ")).toList();
        System.out.printf("[rate limit] %d of %d requests in %.3f s were 429 (bounds %d..%d for %s)%n",
                limited.size(), n, seconds, minLimited, maxLimited, limit);
        assertTrue(limited.size() >= minLimited && limited.size() <= maxLimited,
                limited.size() + " of " + n + " requests in " + seconds + " s were 429; expected " + minLimited + ".."
                        + maxLimited + " for " + limit);
        // the others reached proposal-service, which wants a token
        assertEquals(List.of(), others.stream().filter(a -> !a.startsWith("HTTP/1.1 401 ")).toList());
        for (String a : limited) {
            String head = a.substring(0, a.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
            assertTrue(head.contains("\r\ncontent-type: application/problem+json"), head);
            assertTrue(head.contains("\r\nretry-after: 1\r\n"), head);
            assertTrue(a.contains("\"type\":\"urn:mooc:problem:rate-limited\""), a);
        }

        // the limit recovers, so other tests are not affected
        await().atMost(Duration.ofSeconds(10)).until(() ->
                anonymous().when().get("/api/proposal/proposals").statusCode() == 401);
    }

    /**
     * Sends n unauthenticated reads at once, each on its own connection opened beforehand, after a pause; collects the
     * raw answers and returns the time from the first write to the last answer read.
     */
    private static long sendAtOnce(int n, Duration pauseFirst, List<String> answers) throws Exception {
        URI gateway = URI.create(Stack.GATEWAY);
        String request = "GET /api/proposal/proposals HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                + "\r\nConnection: close\r\n\r\n";
        byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Socket socket = new Socket(gateway.getHost(), gateway.getPort());
                socket.setSoTimeout(30_000);
                socket.setTcpNoDelay(true);
                sockets.add(socket);
            }
            Thread.sleep(pauseFirst.toMillis());
            long t0 = System.nanoTime();
            for (Socket socket : sockets) {
                socket.getOutputStream().write(bytes);
                socket.getOutputStream().flush();
            }
            for (Socket socket : sockets) {
                answers.add(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return System.nanoTime() - t0;
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    /**
     * The tests' own client (Stack.as) waits out a 429 and sends the same request again, body and query included: a
     * test after one that used up the address's bucket gets its write done, not a 429 (the class of failure a fast
     * scale-out read loop caused before the next test's first POST).
     */
    @Test
    void theTestsClientWaitsOutTheLimitAndSendsTheSameWriteAgain() throws Exception {
        String title = "Rate-limited write " + System.nanoTime();
        io.restassured.specification.RequestSpecification write = Stack.as("ida")
                .contentType(io.restassured.http.ContentType.JSON).body(ProposalToReviewCaseIT.application(title));
        // Reads at ten times the rate for two seconds, from ida's own address (the limit is per client address,
        // Stack.clientAddress), on a thread of their own. The write goes out once they have sent more than the burst:
        // the bucket is then full and the reads keep it full, but it still frees a place every 1/rate s, and a write
        // that arrives just then (about one in ten) passes at once. So the scene is played until the write met the
        // limit, at most five times; what is asserted is what a write that met it did.
        RateLimit limit = RateLimit.configured();
        boolean metTheLimit = false;
        for (int attempt = 1; attempt <= 5 && !metTheLimit; attempt++) {
            java.util.concurrent.CountDownLatch bucketFull = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.concurrent.Future<List<String>> reads = reader.submit(() -> readsAtTenTimesTheRate(
                        limit, Duration.ofSeconds(2), Stack.clientAddress("ida"), limit.burst() + 10, bucketFull));
                assertTrue(bucketFull.await(30, java.util.concurrent.TimeUnit.SECONDS), "the reads began");
                long waitedOut = Stack.RATE_LIMITED.get();
                String id = write.when().post("/api/proposal/proposals").then().statusCode(201).extract().path("id");
                assertTrue(reads.get().stream().anyMatch(a -> a.startsWith("HTTP/1.1 429 ")), "the bucket was used up");
                metTheLimit = Stack.RATE_LIMITED.get() > waitedOut;
                if (metTheLimit) {
                    assertEquals(title, Stack.as("ida").when().get("/api/proposal/proposals/{id}", id)
                            .then().statusCode(200).extract().path("title"), "the write sent again carried its body");
                } else {
                    Thread.sleep(1000L * limit.burst() / limit.ratePerSecond());   // the bucket drains
                }
            } finally {
                reader.shutdownNow();
            }
        }
        assertTrue(metTheLimit, "in five scenes the write met the limit at least once and was sent again");
    }

    /**
     * Unauthenticated reads at ten times the limit's rate for the given time, from one address; counts down
     * {@code sent} once {@code signalAfter} of them are out. Their raw answers.
     */
    private static List<String> readsAtTenTimesTheRate(RateLimit limit, Duration during, java.net.InetAddress from, int signalAfter,
            java.util.concurrent.CountDownLatch sent) {
        URI gateway = URI.create(Stack.GATEWAY);
        byte[] request = ("GET /api/proposal/proposals HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        List<Socket> sockets = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        try {
            long gapNanos = 1_000_000_000L / (10L * limit.ratePerSecond());
            long end = System.nanoTime() + during.toNanos();
            while (System.nanoTime() < end) {
                Socket socket = new Socket(gateway.getHost(), gateway.getPort(), from, 0);
                socket.setSoTimeout(30_000);
                sockets.add(socket);
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                if (sockets.size() == signalAfter) {
                    sent.countDown();
                }
                java.util.concurrent.locks.LockSupport.parkNanos(gapNanos);
            }
            for (Socket socket : sockets) {
                answers.add(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return answers;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            for (Socket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a socket whose answer was read
                }
            }
        }
    }

}
