package dk.mooc.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpEntity;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.RequestBuilder;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault run's client, as a user's browser would be: real Keycloak tokens (cached, reused while valid: when Keycloak
 * is down, tokens already issued must keep working), requests through the gateway, and patience: a request that meets a
 * fault (no answer, 502/503/504, 429) is asked again after a pause, up to a deadline. A write that got no answer may or
 * may not have been applied: the retry then meets 409/412 if it was, and the step counts as done (its effect is checked
 * at the end like every other). Each worker has its own loopback address, like a user on their own machine, so that the
 * gateway's per-address rate limit meets a realistic spread of clients rather than one address for all.
 */
final class Api implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String GATEWAY = System.getProperty("faults.gateway", "http://127.0.0.1:8080");
    static final String KEYCLOAK = System.getProperty("e2e.keycloak", "http://localhost:8180");
    private static final HttpClient TOKEN_HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    /** Every request the run sent: when, and whether it failed because of a fault (for the error rate per fault). */
    static final ConcurrentLinkedQueue<long[]> REQUESTS = new ConcurrentLinkedQueue<>();   // {at ms, failed 0/1}
    static final AtomicLong WRITES_ACKNOWLEDGED = new AtomicLong();
    /** 500 answers: never expected, not even during a fault (the bar: a fault gives 502/503/504, bad input 4xx). */
    static final AtomicLong SERVER_ERRORS = new AtomicLong();

    private final CloseableHttpClient http;

    Api(int worker) {
        try {
            RequestConfig config = RequestConfig.custom()
                    .setLocalAddress(InetAddress.getByName("127.0.0." + (20 + worker)))
                    .setConnectTimeout(3000).setSocketTimeout(60_000).setConnectionRequestTimeout(3000).build();
            http = HttpClients.custom().setDefaultRequestConfig(config).disableAutomaticRetries()
                    .disableRedirectHandling().setMaxConnPerRoute(4).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, JsonNode body, String text, Map<String, String> headers, boolean repeated) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String etag() {
            return header("ETag");
        }
    }

    /** A step the run cannot get past (a 4xx that is not explained by a retried write, or the deadline). */
    static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }

    /** Sends until the request is answered by the service (not by a fault), at most {@code deadlineMs}. */
    Answer send(String user, String method, String path, Object body, String contentType, Map<String, String> headers,
                long deadlineMs) {
        long deadline = System.currentTimeMillis() + deadlineMs;
        boolean uncertain = false;   // an earlier attempt of this write may have been applied
        long pause = 300;
        String lastTrouble = "";
        while (true) {
            long at = System.currentTimeMillis();
            try {
                Answer a = once(user, method, path, body, contentType, headers);
                boolean fault = a.status == 502 || a.status == 503 || a.status == 504 || a.status == 429
                        || a.status == 500;
                REQUESTS.add(new long[] {at, fault && a.status != 429 ? 1 : 0});
                if (!fault) {
                    if (a.status < 300 && !method.equals("GET")) {
                        WRITES_ACKNOWLEDGED.incrementAndGet();
                    }
                    if (uncertain && !method.equals("GET") && (a.status == 409 || a.status == 412)) {
                        return new Answer(a.status, a.body, a.text, a.headers, true);
                    }
                    return a;
                }
                lastTrouble = a.status + " " + a.text.substring(0, Math.min(200, a.text.length()));
                if (a.status == 429) {
                    String after = a.header("Retry-After");
                    sleep(after == null ? 1000 : 1000L * Long.parseLong(after.strip()));
                    continue;
                }
                // 502/504: the gateway could not reach the service or lost it mid-request; 503: the service's database
                // is down. A write may have been applied all the same (lost answer, or a commit whose answer was lost).
                uncertain = true;
                if (a.status == 500) {
                    SERVER_ERRORS.incrementAndGet();
                }
            } catch (IOException e) {
                REQUESTS.add(new long[] {at, 1});
                uncertain = true;
                lastTrouble = e.toString();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new StepFailed(user + " " + method + " " + path + ": no answer within " + deadlineMs / 1000
                        + " s; last: " + lastTrouble);
            }
            sleep(pause);
            pause = Math.min(3000, pause * 2);
        }
    }

    private Answer once(String user, String method, String path, Object body, String contentType,
                        Map<String, String> headers) throws IOException {
        RequestBuilder b = RequestBuilder.create(method).setUri(GATEWAY + "/api" + path)
                .addHeader("Authorization", "Bearer " + token(user)).addHeader("Accept", "application/json");
        headers.forEach(b::addHeader);
        if (body != null) {
            byte[] bytes = body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
            b.setEntity(new ByteArrayEntity(bytes, ContentType.create(contentType == null ? "application/json" : contentType)));
        }
        try (CloseableHttpResponse r = http.execute(b.build())) {
            HttpEntity entity = r.getEntity();
            String text = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
            Map<String, String> hs = new java.util.HashMap<>();
            for (org.apache.http.Header h : r.getAllHeaders()) {
                hs.put(h.getName().toLowerCase(), h.getValue());
            }
            JsonNode json = null;
            if (!text.isEmpty() && (text.startsWith("{") || text.startsWith("["))) {
                json = JSON.readTree(text);
            }
            return new Answer(r.getStatusLine().getStatusCode(), json, text, hs, false);
        }
    }

    /** GET, expecting 200 (404 returns null: "not there yet"). */
    JsonNode read(String user, String path) {
        Answer a = send(user, "GET", path, null, null, Map.of(), 600_000);
        if (a.status == 404) {
            return null;
        }
        expect(a, "GET " + path, 200);
        return a.body;
    }

    /** A write that must succeed (2xx), or had succeeded already when a retry meets 409/412. */
    Answer write(String user, String method, String path, Object body, Map<String, String> headers) {
        Answer a = send(user, method, path, body, null, headers, 600_000);
        if (a.repeated) {
            return a;
        }
        expect(a, user + " " + method + " " + path, 200, 201, 202, 204);
        return a;
    }

    static void expect(Answer a, String what, int... ok) {
        for (int s : ok) {
            if (a.status == s) {
                return;
            }
        }
        throw new StepFailed(what + " -> " + a.status + " " + a.text.substring(0, Math.min(400, a.text.length())));
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // --- tokens ----------------------------------------------------------------------------------------------------

    private record Token(String value, long refreshAfter, long expires) {
    }

    /** A valid token for the demo user: refreshed 60 s before it expires; while Keycloak is down, the cached one. */
    static String token(String user) {
        Token t = TOKENS.get(user);
        long now = System.currentTimeMillis();
        if (t != null && now < t.refreshAfter) {
            return t.value;
        }
        try {
            Token fresh = fetch(user);
            TOKENS.put(user, fresh);
            return fresh.value;
        } catch (IOException | RuntimeException e) {
            if (t != null && now < t.expires - 5000) {
                return t.value;   // Keycloak unreachable: a token already issued keeps working until it expires
            }
            // no valid token: wait for Keycloak like a client that has to sign in again
            long deadline = now + 300_000;
            while (System.currentTimeMillis() < deadline) {
                sleep(2000);
                try {
                    Token fresh = fetch(user);
                    TOKENS.put(user, fresh);
                    return fresh.value;
                } catch (IOException | RuntimeException again) {
                    // still down
                }
            }
            throw new StepFailed("no token for " + user + ": Keycloak unreachable for 5 minutes");
        }
    }

    /** Fresh tokens for every user now (done before Keycloak is killed: a signed-in user holds a token). */
    static void refreshAll() {
        for (String user : TOKENS.keySet()) {
            try {
                TOKENS.put(user, fetch(user));
            } catch (IOException | RuntimeException e) {
                // keep the old one
            }
        }
    }

    private static Token fetch(String user) throws IOException {
        String form = "grant_type=password&client_id=mooc-e2e&client_secret=mooc-e2e-secret&scope=openid&password=demo"
                + "&username=" + q(user);
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/mooc/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        long asked = System.currentTimeMillis();
        HttpResponse<String> r;
        try {
            r = TOKEN_HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (r.statusCode() != 200) {
            throw new IOException("token for " + user + ": " + r.statusCode());
        }
        JsonNode body = JSON.readTree(r.body());
        long lifetime = body.path("expires_in").asLong() * 1000;
        return new Token(body.path("access_token").asText(), asked + lifetime - 60_000, asked + lifetime);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailed("interrupted");
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
