package dk.mooc.analytics.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a free local port that answers {@code GET /api/courses.v1} the way Coursera's catalogue API
 * does: {@code start} and {@code limit}, {@code paging.next} as a string and {@code paging.total}, partners in
 * {@code linked["partners.v1"]}, and fields the platform does not read (courseType, workload, photoUrl, and one
 * invented for the test). Scripted failures: the first requests of a page can answer a status of choice.
 */
final class CourseraServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Map<String, Object>> courses;
    private final Map<String, String> partners;
    /** Page start → statuses to answer before the real page, one per request. */
    private final Map<Integer, List<Integer>> failures = new ConcurrentHashMap<>();
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger served = new AtomicInteger();

    CourseraServer(List<Map<String, Object>> courses, Map<String, String> partners) throws IOException {
        this.courses = courses;
        this.partners = partners;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/courses.v1", this::answer);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next requests for the page at {@code start} answer these statuses first. */
    void failFirst(int start, Integer... statuses) {
        failures.put(start, new ArrayList<>(List.of(statuses)));
    }

    /** A Coursera-shaped course element; partner ids as Coursera sends them (strings). */
    static Map<String, Object> course(String id, String name, String description, List<String> partnerIds,
                                      String language, String domain, String subdomain) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("courseType", "v2.ondemand");
        c.put("id", id);
        c.put("slug", name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
        c.put("name", name);
        c.put("description", description);
        c.put("partnerIds", partnerIds);
        c.put("primaryLanguages", List.of(language));
        c.put("domainTypes", List.of(Map.of("domainId", domain, "subdomainId", subdomain)));
        c.put("workload", "4-6 hours/week");
        c.put("photoUrl", "https://example.org/photo.png");
        return c;
    }

    private void answer(HttpExchange x) throws IOException {
        try (x) {
            requests.add(x.getRequestURI().toString());
            Map<String, String> q = query(x.getRequestURI().getRawQuery());
            int start = Integer.parseInt(q.getOrDefault("start", "0"));
            int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
            List<Integer> fail = failures.get(start);
            if (fail != null && !fail.isEmpty()) {
                int status = fail.remove(0);
                byte[] body = "{\"errorCode\":\"ServerError\"}".getBytes(StandardCharsets.UTF_8);
                x.sendResponseHeaders(status, body.length);
                x.getResponseBody().write(body);
                return;
            }
            List<Map<String, Object>> page = courses.subList(Math.min(start, courses.size()),
                    Math.min(start + limit, courses.size()));
            Map<String, Object> linkedPartners = new LinkedHashMap<>();
            for (Map<String, Object> c : page) {
                for (Object pid : (List<?>) c.get("partnerIds")) {
                    String name = partners.get(pid.toString());
                    if (name != null) {
                        linkedPartners.put(pid.toString(), Map.of("id", pid.toString(), "name", name,
                                "shortName", name.toLowerCase().replace(' ', '-')));
                    }
                }
            }
            Map<String, Object> paging = new LinkedHashMap<>();
            if (start + limit < courses.size()) {
                paging.put("next", Integer.toString(start + limit));
            }
            paging.put("total", courses.size());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("elements", page);
            answer.put("paging", paging);
            answer.put("linked", Map.of("partners.v1", new ArrayList<>(linkedPartners.values())));
            answer.put("aFieldFromTheFuture", Map.of("anything", 42));
            byte[] body = JSON.writeValueAsBytes(answer);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            served.incrementAndGet();
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String part : raw.split("&")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    q.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        return q;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
