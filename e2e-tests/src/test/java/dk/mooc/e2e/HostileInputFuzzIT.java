package dk.mooc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static dk.mooc.e2e.Stack.anonymous;
import static dk.mooc.e2e.Stack.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fuzzer driven by the four OpenAPI documents, through the gateway with real tokens: every write and query operation
 * gets hostile values — control characters, line breaks, huge strings, deep nesting, wrong types, extreme numbers and
 * dates, duplicate keys, bodies that are not JSON — in its body, its query parameters and its path. Bounded in count
 * and time. It asserts
 * <ul>
 *   <li>no 5xx, and every refusal a problem document;</li>
 *   <li>no partial write: after every refusal the service's tables hold the same number of rows (the history, the
 *   outbox, the outgoing mail and the state), and the instructor's own draft keeps its version.</li>
 * </ul>
 * It prints requests, statuses and the slowest operation.
 */
class HostileInputFuzzIT {

    static final List<String> SERVICES = List.of("proposal", "review", "production", "analytics");
    /** A demo user per role, to pass the role check and reach the validation behind it. */
    static final Map<String, String> USER_OF_ROLE = Map.of("instructor", "ida", "consultant", "carla", "committee", "chris",
            "board", "bo", "head", "hans", "medialab", "mads", "admin", "ada");
    static final int MAX_REQUESTS = Integer.getInteger("fuzz.maxRequests", 3000);
    static final long MAX_MILLIS = Long.getLong("fuzz.maxSeconds", 240L) * 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(200_000);

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private String slowest = "";
    private long slowestMillis;
    private int requests;
    private long started;

    @Test
    void hostileValuesAreRefusedCleanlyAndWriteNothing() throws Exception {
        started = System.currentTimeMillis();
        String draft = ownDraft();
        for (String service : SERVICES) {
            JsonNode doc = JSON.readTree(anonymous().when().get("/api/" + service + "/q/openapi?format=json").then().statusCode(200).extract().asString());
            int before = requests;
            System.out.printf("[fuzz] %s-service: %d operations%n", service, count(doc));
            try (Connection db = StackDatabases.connect(service)) {
                settle(db);
                Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
                while (paths.hasNext() && withinBudget()) {
                    Map.Entry<String, JsonNode> path = paths.next();
                    Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
                    while (ops.hasNext() && withinBudget()) {
                        Map.Entry<String, JsonNode> op = ops.next();
                        fuzz(service, doc, op.getKey().toUpperCase(), path.getKey(), op.getValue(), draft, db);
                    }
                }
            }
            System.out.printf("[fuzz] %s-service: %d requests, %d findings so far%n", service, requests - before, failures.size());
        }
        System.out.printf("[fuzz] %d requests in %.1f s; statuses %s; slowest %s (%d ms)%n", requests,
                (System.currentTimeMillis() - started) / 1000.0, statuses, slowest, slowestMillis);
        assertTrue(failures.isEmpty(), failures.size() + " findings:\n" + String.join("\n", failures));
        assertTrue(requests > 500, "the fuzzer reached " + requests + " requests");
        assertTrue(statuses.keySet().stream().noneMatch(s -> s >= 500), "no 5xx: " + statuses);
        // the draft the fuzzer attacked is still the instructor's, unchanged by every refusal
        // (after hundreds of requests from this address the gateway may ask to wait: a client would, so this does too)
        as("ida").when().get("/api/proposal/proposals/{id}", draft)
                .then().statusCode(200);
    }

    private static int count(JsonNode doc) {
        int n = 0;
        for (JsonNode path : doc.path("paths")) {
            n += path.size();
        }
        return n;
    }

    private boolean withinBudget() {
        return requests < MAX_REQUESTS && System.currentTimeMillis() - started < MAX_MILLIS;
    }

    private void fuzz(String service, JsonNode doc, String method, String path, JsonNode op, String draft, Connection db)
            throws Exception {
        if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
            return;
        }
        String user = userFor(op);
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<JsonNode> query = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            if ("path".equals(p.path("in").asText())) {
                pathValues.put(p.path("name").asText(), pathValue(doc, p, draft));
            } else if ("query".equals(p.path("in").asText())) {
                query.add(p);
            }
        }
        String op4 = method + " /api/" + service + path;
        // query parameters: each one hostile in turn (reads and writes)
        for (JsonNode q : query) {
            for (String v : hostileStrings()) {
                send(service, op4, db, draft, user, method, path, pathValues, Map.of(q.path("name").asText(), v), null, null);
            }
            for (String v : List.of("-1", "99999999999999999999", "1e309", "+999999-01-01", "0000-00-00", "NaN", "[]")) {
                send(service, op4, db, draft, user, method, path, pathValues, Map.of(q.path("name").asText(), v), null, null);
            }
        }
        // path parameters: hostile ids
        for (String name : pathValues.keySet()) {
            for (String v : List.of("%00", "..%2F..%2Fetc", "1e999", "%E2%80%AE", "' OR '1'='1", HUGE.substring(0, 3000))) {
                Map<String, String> bad = new LinkedHashMap<>(pathValues);
                bad.put(name, v);
                send(service, op4, db, draft, user, method, path, bad, Map.of(), null, null);
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = resolve(doc, content.path("application/json").path("schema"));
            JsonNode base = sample(doc, schema, 0);
            for (Map.Entry<String, String> body : hostileBodies(doc, schema, base).entrySet()) {
                send(service, op4 + " [" + body.getKey() + "]", db, draft, user, method, path, pathValues, Map.of(),
                        body.getValue(), ContentType.JSON.toString());
            }
        } else if (content.size() > 0) {
            String type = content.fieldNames().next();
            for (String body : List.of("%PDF-1.7\n\u0000\u0001garbage", "PK\u0003\u0004not-a-zip", "a,b\n\u0000,\"\n", "")) {
                send(service, op4, db, draft, user, method, path, pathValues, Map.of(), body, type);
            }
        }
    }

    private void send(String service, String op, Connection db, String draft, String user, String method, String path,
                      Map<String, String> pathValues, Map<String, String> query, String body, String type) throws Exception {
        if (!withinBudget()) {
            return;
        }
        Map<String, Long> before = rowCounts(db);
        String draftVersion = "proposal".equals(service) && pathValues.containsValue(draft) ? draftVersion(draft) : null;
        String url = "/api/" + service + path;
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            String v = e.getValue();
            // values that are already percent-encoded attacks go as they are; others are encoded as a client would
            url = url.replace("{" + e.getKey() + "}", v.contains("%") ? v
                    : java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        // The requests rotate over four client addresses per user: this test is about how the services answer hostile
        // values, the gateway's per-address limit has tests of its own (GatewayIT); from one address the limit, not the
        // services, set the pace (17 requests/s).
        RequestSpecification r = Stack.as(user, user + "#" + requests % 4).urlEncodingEnabled(false)
                .header("If-Match", "\"0\"");
        for (Map.Entry<String, String> q : query.entrySet()) {
            r = r.queryParam(q.getKey(), java.net.URLEncoder.encode(q.getValue(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (body != null) {
            r = r.contentType(type).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Response res = r.request(method, url);
        long ms = res.time();   // the answering request's time, not a wait for the rate limit (Stack's filter)
        requests++;
        int status = res.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (ms > slowestMillis) {
            slowestMillis = ms;
            slowest = op;
        }
        String what = op + " query=" + abbreviate(query.toString()) + " body=" + abbreviate(body);
        if (status >= 500) {
            failures.add(status + " " + what + " -> " + abbreviate(res.asString()));
            return;
        }
        if (status >= 400) {
            String ct = res.contentType();
            if (status != 404 && status != 405 && (ct == null || !ct.startsWith("application/problem+json"))) {
                failures.add(status + " without a problem document (" + ct + "): " + what);
            }
            Map<String, Long> after = rowCounts(db);
            if (!before.equals(after)) {
                failures.add(status + " but rows changed " + diff(before, after) + ": " + what);
            }
            if (draftVersion != null && !draftVersion.equals(draftVersion(draft))) {
                failures.add(status + " but the draft's version changed: " + what);
            }
        }
    }

    // --- hostile values -----------------------------------------------------------------------------------------

    private static List<String> hostileStrings() {
        return List.of("nul\u0000byte", "esc\u001b[31mred", "bell\u0007", "line\r\nBcc: victim@example.org",
                "\u202Egnp.exe", HUGE, "%00", "' OR 1=1 --", "<script>alert(1)</script>", "\uD800", "");
    }

    /** Label (what is hostile) → body. */
    private Map<String, String> hostileBodies(JsonNode doc, JsonNode schema, JsonNode base) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("truncated JSON", "{");
        bodies.put("an array", "[]");
        bodies.put("a string", "\"just a string\"");
        bodies.put("null", "null");
        bodies.put("nested 5000 deep", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        if (base instanceof ObjectNode o && o.size() > 0) {
            String first = o.fieldNames().next();
            String json = JSON.writeValueAsString(o);
            // the same key twice: which one counts would be a guess
            bodies.put("duplicate key " + first,
                    json.substring(0, json.length() - 1) + ",\"" + first + "\":" + JSON.writeValueAsString(o.get(first)) + "}");
            Iterator<Map.Entry<String, JsonNode>> props = resolve(doc, schema).path("properties").fields();
            int n = 0;
            while (props.hasNext() && n++ < 14) {
                Map.Entry<String, JsonNode> p = props.next();
                JsonNode ps = resolve(doc, p.getValue());
                for (JsonNode v : hostileValuesFor(ps)) {
                    ObjectNode copy = o.deepCopy();
                    copy.set(p.getKey(), v);
                    String shown = v.toString();
                    bodies.put(p.getKey() + "=" + (shown.length() > 40 ? shown.substring(0, 40) + "…(" + shown.length() + ")" : shown),
                            JSON.writeValueAsString(copy));
                }
            }
        }
        return bodies;
    }

    private static List<JsonNode> hostileValuesFor(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string" -> {
                for (String s : hostileStrings()) {
                    values.add(F.textNode(s));
                }
                if (format.startsWith("date")) {
                    values.add(F.textNode("+999999-01-01"));
                    values.add(F.textNode("-000001-01-01T00:00:00Z"));
                    values.add(F.textNode("2027-02-30"));
                }
                values.add(F.numberNode(42));
                values.add(F.objectNode());
            }
            case "integer", "number" -> {
                values.add(F.numberNode(new java.math.BigInteger("9".repeat(40))));
                values.add(F.numberNode(-1));
                values.add(F.numberNode(Long.MIN_VALUE));
                values.add(F.numberNode(1e308));
                values.add(F.textNode("12"));
                values.add(F.booleanNode(true));
            }
            case "boolean" -> {
                values.add(F.textNode("yes"));
                values.add(F.numberNode(1));
            }
            case "array" -> {
                ArrayNode many = F.arrayNode();
                for (int i = 0; i < 10_000; i++) {
                    many.add("x");
                }
                values.add(many);
                values.add(F.textNode("not a list"));
                ArrayNode nested = F.arrayNode();
                nested.add(F.arrayNode().add(F.arrayNode()));
                values.add(nested);
            }
            default -> {
                values.add(F.textNode("not an object"));
                values.add(F.arrayNode());
            }
        }
        values.add(F.nullNode());
        return values;
    }

    // --- a plausible body from the schema, for the mutations to start from ----------------------------------------

    private JsonNode sample(JsonNode doc, JsonNode schema, int depth) {
        schema = resolve(doc, schema);
        if (depth > 4) {
            return F.nullNode();
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        if (schema.has("examples") && schema.path("examples").size() > 0) {
            return schema.path("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.path("example");
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "object" -> {
                ObjectNode o = F.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> o.set(p.getKey(), sample(doc, p.getValue(), depth + 1)));
                yield o;
            }
            case "array" -> F.arrayNode().add(sample(doc, schema.path("items"), depth + 1));
            case "integer", "number" -> F.numberNode(1);
            case "boolean" -> F.booleanNode(true);
            default -> switch (format) {
                case "date" -> F.textNode("2027-03-01");
                case "date-time" -> F.textNode("2027-03-01T10:00:00Z");
                case "uuid" -> F.textNode(UUID.randomUUID().toString());
                default -> F.textNode("Fuzz");
            };
        };
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        for (int i = 0; i < 10 && schema != null; i++) {
            if (schema.has("$ref")) {
                String[] ref = schema.path("$ref").asText().replace("#/", "").split("/");
                JsonNode n = doc;
                for (String part : ref) {
                    n = n.path(part);
                }
                schema = n;
            } else if (schema.has("allOf") && schema.path("allOf").size() == 1) {
                schema = schema.path("allOf").get(0);
            } else {
                break;
            }
        }
        return schema == null ? F.objectNode() : schema;
    }

    private String pathValue(JsonNode doc, JsonNode parameter, String draft) {
        JsonNode schema = resolve(doc, parameter.path("schema"));
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        String type = schema.path("type").asText("string");
        if ("integer".equals(type)) {
            return "1";
        }
        String name = parameter.path("name").asText();
        if (List.of("id", "moocId").contains(name)) {
            return draft;
        }
        if ("uuid".equals(schema.path("format").asText()) || name.endsWith("Id")) {
            return UUID.randomUUID().toString();
        }
        if (parameter.has("example")) {
            return parameter.path("example").asText();
        }
        return "2027-autumn".equals(name) ? name : "x";
    }

    private static String userFor(JsonNode op) {
        for (JsonNode requirement : op.path("security")) {
            for (JsonNode role : requirement.path("bearer")) {
                String user = USER_OF_ROLE.get(role.asText());
                if (user != null) {
                    return user;
                }
            }
        }
        return "ada";
    }

    // --- what a refusal must leave alone -----------------------------------------------------------------------

    private static String ownDraft() {
        Map<String, Object> body = ProposalToReviewCaseIT.application("Fuzzed draft " + System.nanoTime());
        return as("ida").contentType(ContentType.JSON).body(body).when().post("/api/proposal/proposals")
                .then().statusCode(201).extract().path("id");
    }

    private static String draftVersion(String draft) {
        Response r = as("ida").when().get("/api/proposal/proposals/{id}", draft);
        assertEquals(200, r.statusCode(), "the fuzzed draft is readable");
        return r.header("ETag");
    }

    /** Rows per table of the service's database, except the inbox (other services' events may arrive meanwhile). */
    static Map<String, Long> rowCounts(Connection db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                     + "and tablename not in ('inbox_event', 'flyway_schema_history') order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = db.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Waits until nothing else writes to the database (events of earlier tests still being applied). */
    private static void settle(Connection db) throws Exception {
        Map<String, Long> last = rowCounts(db);
        long deadline = System.currentTimeMillis() + 60_000;
        int stable = 0;
        while (stable < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            Map<String, Long> now = rowCounts(db);
            stable = now.equals(last) ? stable + 1 : 0;
            last = now;
        }
        assertEquals(3, stable, "the database settles before fuzzing");
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder b = new StringBuilder();
        after.forEach((t, n) -> {
            if (!n.equals(before.get(t))) {
                b.append(t).append(' ').append(before.get(t)).append("→").append(n).append(' ');
            }
        });
        return b.toString().strip();
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "-";
        }
        String clean = s.replaceAll("\\p{Cntrl}", "·");
        return clean.length() <= 160 ? clean : clean.substring(0, 160) + "…(" + s.length() + ")";
    }
}
