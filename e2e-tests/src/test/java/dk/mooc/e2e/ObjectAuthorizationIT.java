package dk.mooc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The object-level authorization matrix: every operation of the four OpenAPI documents (read through the gateway) ×
 * every demo user (so every realm role) × objects of the caller's own, of someone else in the caller's department and
 * of another department, through the gateway with real Keycloak tokens, against the status the rules of
 * docs/security.md, docs/proposals.md ("Who sees what"), docs/review.md, docs/production.md and docs/analytics.md
 * give: allowed → neither 401, 403 nor 404 (a 2xx, or 400/409/412/428 when the body or the object's state does not
 * fit); not allowed → 404 when the object is invisible to the caller, 403 when it is visible but not theirs to act on
 * (or their role is not allowed at all).
 * <p>
 * The expectations are one table ({@link #RULES}), keyed by method and path template, with one rule per kind of
 * object rule. An operation without an entry, and an entry without an operation, fail {@link #everyOperationHasAnExpectation}:
 * a new endpoint cannot slip past the matrix. The objects are created through the gateway by the demo users (proposals,
 * their review cases, productions, bookings, meetings); launched courses and their semester reviews come from the demo
 * programme (deploy/local/demo.mjs, loaded once per stack), since a launch takes a whole production. Mutations are sent
 * so that the object's state or version refuses them after the access check (a stale If-Match, a decided case), or so
 * that they change nothing; an object that an allowed call did change is created anew before its next use.
 */
class ObjectAuthorizationIT {

    /** Every demo user (deploy/README.md, "Demo logins"): every realm role, and two or three departments of each. */
    static final List<String> USERS = List.of("ida", "ole", "carla", "chris", "cathy", "kirsten", "bo", "bea", "hans",
            "helle", "mads", "ada", "ivan");
    /**
     * The demo realm has one instructor per department; this second Compute instructor (TEST ONLY, created through
     * Keycloak's admin API on the stack's Keycloak the first time) meets another instructor's MOOC of their own
     * department.
     */
    static final String SECOND_INSTRUCTOR = "ivan";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EndpointAuthorizationIT.Pacer PACER = new EndpointAuthorizationIT.Pacer();
    private static final String STALE = "\"0\"";   // an If-Match no object has after its first change
    /** Makes this run's titles unique on a stack that keeps its data, so that a search finds this run's objects. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    enum Expect { ALLOW, HIDDEN, FORBIDDEN }

    /** How the caller stands to the object, for the summary. */
    enum Relation { OWN, SAME_DEPARTMENT, OTHER_DEPARTMENT, NO_DEPARTMENT, NO_OBJECT }

    /** A demo user as their token says: roles, department, subject. */
    record Caller(String user, Set<String> roles, String department, String sub) {
        boolean has(String role) {
            return roles.contains(role);
        }

        boolean admin() {
            return has("admin");
        }

        boolean sameDepartment(Fixture f) {
            return department != null && department.equalsIgnoreCase(f.department);
        }

        boolean owns(Fixture f) {
            return user.equals(f.owner);
        }
    }

    /** The kinds of objects the operations act on; NONE for collections and the caller's own things. */
    enum Kind { NONE, PROPOSAL, REVIEW_CASE, MEETING, PRODUCTION, BOOKING, NETWORK_MEETING, COURSE, SEMESTER_REVIEW }

    /** One object: its department, owner (username), the values of the path parameters, and what the rules read. */
    static final class Fixture {
        final Kind kind;
        final String label;
        final String department;
        final String owner;
        final Map<String, String> params = new HashMap<>();
        final Map<String, Object> facts = new HashMap<>();
        boolean stale;

        Fixture(Kind kind, String label, String department, String owner) {
            this.kind = kind;
            this.label = label;
            this.department = department;
            this.owner = owner;
        }

        boolean is(String fact) {
            return Boolean.TRUE.equals(facts.get(fact));
        }

        Object fact(String name) {
            return facts.get(name);
        }

        @SuppressWarnings("unchecked")
        Set<String> set(String name) {
            return (Set<String>) facts.computeIfAbsent(name, k -> new LinkedHashSet<String>());
        }

        /** The same object with some path values replaced (shares the facts). */
        Fixture with(Map<String, String> overrides) {
            if (overrides.isEmpty()) {
                return this;
            }
            Fixture copy = new Fixture(kind, label, department, owner);
            copy.params.putAll(params);
            copy.params.putAll(overrides);
            copy.facts.putAll(facts);
            return copy;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The object rule of an operation for a caller whose role the operation allows. */
    @FunctionalInterface
    interface Rule {
        Expect expect(Caller c, Fixture f);
    }

    /** Visible → allowed, else invisible (404). */
    static Rule reads(BiPredicate<Caller, Fixture> sees) {
        return (c, f) -> sees.test(c, f) ? Expect.ALLOW : Expect.HIDDEN;
    }

    /** Invisible → 404, visible but not theirs to act on → 403, else allowed. */
    static Rule acts(BiPredicate<Caller, Fixture> sees, BiPredicate<Caller, Fixture> may) {
        return (c, f) -> !sees.test(c, f) ? Expect.HIDDEN : may.test(c, f) ? Expect.ALLOW : Expect.FORBIDDEN;
    }

    /** The object is visible to everyone the role check lets in: allowed or 403. */
    static Rule only(BiPredicate<Caller, Fixture> may) {
        return (c, f) -> may.test(c, f) ? Expect.ALLOW : Expect.FORBIDDEN;
    }

    /** Nothing beyond the role check (collections, the caller's own things, objects shared by a whole role). */
    static final Rule ROLE = (c, f) -> Expect.ALLOW;

    /**
     * One row of the table: the object kind, the rule, and how to send the request. {@code consumes}: an allowed call
     * that succeeded changed the object so that the rules would read differently; it is made anew before its next use.
     * {@code subObject}: the path names a thing inside the object that the fixture has none of (a maintenance task):
     * allowed then means the 404 names that thing, not the object.
     */
    record Entry(Kind kind, Rule rule, Function<Fixture, Req> request, boolean consumes, String subObject,
                 java.util.function.Predicate<Fixture> on, List<Map<String, String>> variants,
                 BiPredicate<Caller, Fixture> listed) {
        Entry consuming() {
            return new Entry(kind, rule, request, true, subObject, on, variants, listed);
        }

        Entry with(Function<Fixture, Req> r) {
            return new Entry(kind, rule, r, consumes, subObject, on, variants, listed);
        }

        Entry missing(String thing) {
            return new Entry(kind, rule, request, consumes, thing, on, variants, listed);
        }

        Entry onlyOn(java.util.function.Predicate<Fixture> which) {
            return new Entry(kind, rule, request, consumes, subObject, which, variants, listed);
        }

        /** The same operation once per set of path values (e.g. milestones of each owner), each under the rule. */
        Entry each(String param, String... values) {
            return new Entry(kind, rule, request, consumes, subObject, on,
                    Stream.of(values).map(v -> Map.of(param, v)).toList(), listed);
        }

        /** A list searched for the object: it must name the object exactly when the caller may see it. */
        Entry lists(BiPredicate<Caller, Fixture> sees) {
            return new Entry(kind, rule, request, consumes, subObject, on, variants, sees);
        }
    }

    /** The parts of a request an entry may set; the body defaults to one built from the OpenAPI schema's examples. */
    record Req(Object body, String contentType, Map<String, String> headers, Map<String, Object> query) {
        static Req of() {
            return new Req(null, null, Map.of(), Map.of());
        }

        Req body(Object b) {
            return new Req(b, contentType, headers, query);
        }

        Req type(String t, Object b) {
            return new Req(b, t, headers, query);
        }

        Req header(String name, String value) {
            Map<String, String> h = new HashMap<>(headers);
            h.put(name, value);
            return new Req(body, contentType, h, query);
        }

        Req query(String name, Object value) {
            Map<String, Object> q = new HashMap<>(query);
            q.put(name, value);
            return new Req(body, contentType, headers, q);
        }
    }

    static Entry on(Kind kind, Rule rule) {
        return new Entry(kind, rule, f -> Req.of(), false, null, f -> true, List.of(Map.of()), null);
    }

    static Entry none(Rule rule) {
        return on(Kind.NONE, rule);
    }

    // --- the rules, one predicate per kind of rule --------------------------------------------------------------

    // proposal-service: ProposalAccess, docs/proposals.md "Who sees what"
    static boolean seesProposal(Caller c, Fixture f) {
        return c.admin() || c.owns(f)
                || (c.has("consultant") && ("CONSULTATION_REQUESTED".equals(f.fact("status"))
                        || c.user().equals(f.fact("consultant"))))
                || (c.has("board") && c.sameDepartment(f) && f.is("boardRequested"))
                || (c.has("head") && c.sameDepartment(f) && f.is("headRequested"))
                || (c.has("committee") && f.is("submitted"));
    }

    static boolean ownsProposal(Caller c, Fixture f) {
        return c.has("instructor") && c.owns(f);
    }

    static final Rule PROPOSAL_READ = reads(ObjectAuthorizationIT::seesProposal);
    static final Rule PROPOSAL_OWNER = acts(ObjectAuthorizationIT::seesProposal, ObjectAuthorizationIT::ownsProposal);
    static final Rule PROPOSAL_CONSULTANT = acts(ObjectAuthorizationIT::seesProposal,
            (c, f) -> f.fact("consultant") == null || c.user().equals(f.fact("consultant")));
    static final Rule PROPOSAL_OWN_DEPARTMENT = acts(ObjectAuthorizationIT::seesProposal, Caller::sameDepartment);

    // review-service: ReviewAccess, docs/review.md — every committee member and admin reads every case; conflicts
    // (the applicant's department, the instructor) and membership decide the rest
    static boolean member(Caller c, Fixture f) {
        return f.set("members").contains(c.user());
    }

    static boolean conflicted(Caller c, Fixture f) {
        if (member(c, f)) {
            return f.set("conflicted").contains(c.user());
        }
        return c.owns(f) || c.sameDepartment(f);
    }

    static boolean chair(Caller c) {
        return c.has("committee-chair");
    }

    static boolean decider(Caller c, Fixture f) {
        if (conflicted(c, f)) {
            return false;
        }
        Object acting = f.fact("actingChair");
        return acting != null ? acting.equals(c.user()) : chair(c);
    }

    static final Rule CASE_SCORES = only((c, f) -> c.admin() || (!conflicted(c, f)
            && (member(c, f) ? f.set("assessed").contains(c.user()) : decider(c, f))));
    static final Rule CASE_DISCUSSION_READ = only((c, f) -> c.admin() || (!conflicted(c, f) && (member(c, f) || decider(c, f))));
    static final Rule CASE_DISCUSS = only((c, f) -> !conflicted(c, f) && (member(c, f) || decider(c, f)));
    static final Rule CASE_ASSIGN = only((c, f) -> chair(c) || decider(c, f));
    static final Rule CASE_MEMBER = only(ObjectAuthorizationIT::member);
    static final Rule CASE_ASSESS = only((c, f) -> member(c, f) && !conflicted(c, f));
    static final Rule CASE_DECIDE = only(ObjectAuthorizationIT::decider);
    static final Rule CHAIR = only((c, f) -> chair(c));

    // production-service: ProductionAccess, docs/production.md
    static boolean seesProduction(Caller c, Fixture f) {
        return c.admin() || c.has("consultant") || c.has("medialab") || (c.has("board") && c.sameDepartment(f))
                || c.owns(f);
    }

    static boolean runs(Caller c, Fixture f) {
        return c.has("consultant") || (c.has("instructor") && c.owns(f));
    }

    static final Rule PRODUCTION_READ = reads(ObjectAuthorizationIT::seesProduction);
    static final Rule PRODUCTION_RUN = acts(ObjectAuthorizationIT::seesProduction, ObjectAuthorizationIT::runs);
    /** The status of a milestone is its owner's: the study board of the department, the MediaLab, or who runs the MOOC. */
    static final Rule MILESTONE_STATUS = acts(ObjectAuthorizationIT::seesProduction, (c, f) -> switch (f.params.get("key")) {
        case "BOARD_LAUNCH_APPROVAL" -> c.has("board") && c.sameDepartment(f);
        case "VIDEO_RECORDING" -> c.has("medialab");
        default -> runs(c, f);
    });
    static final Rule PRODUCTION_BOARD = acts(ObjectAuthorizationIT::seesProduction, (c, f) -> c.has("board") && c.sameDepartment(f));
    static final Rule PRODUCTION_INSTRUCTOR = acts(ObjectAuthorizationIT::seesProduction, Caller::owns);
    static final Rule PRODUCTION_CONSULTANT = acts(ObjectAuthorizationIT::seesProduction, (c, f) -> c.has("consultant"));
    static final Rule PRODUCTION_FEEDBACK = acts(ObjectAuthorizationIT::seesProduction, (c, f) -> c.has("consultant"));
    static final Rule BOOKING_CANCEL = acts(ObjectAuthorizationIT::seesProduction, (c, f) -> runs(c, f) || c.has("medialab"));
    static final Rule ORGANISER = only((c, f) -> c.has("consultant") || c.admin());

    // analytics-service: AnalyticsAccess, docs/analytics.md "Access"
    static boolean seesCourse(Caller c, Fixture f) {
        return c.admin() || c.has("consultant") || c.has("committee") || c.owns(f)
                || ((c.has("board") || c.has("head")) && c.sameDepartment(f));
    }

    static final Rule COURSE_READ = reads(ObjectAuthorizationIT::seesCourse);
    static final Rule COURSE_IMPORT = acts(ObjectAuthorizationIT::seesCourse,
            (c, f) -> c.admin() || c.has("consultant") || (c.has("instructor") && c.owns(f)));
    static final Rule REVIEW_BOARD = acts(ObjectAuthorizationIT::seesCourse, (c, f) -> c.has("board") && c.sameDepartment(f));
    static final Rule REVIEW_ACTIONS = acts(ObjectAuthorizationIT::seesCourse,
            (c, f) -> c.admin() || c.has("consultant") || c.owns(f) || (c.has("board") && c.sameDepartment(f)));

    /** The expectations: method and path template (as in the OpenAPI documents, with the gateway's service prefix). */
    static final Map<String, Entry> RULES = new LinkedHashMap<>();

    private static void rule(String operation, Entry e) {
        if (RULES.put(operation, e) != null) {
            throw new IllegalStateException("two entries for " + operation);
        }
    }

    static {
        // proposal-service
        // the list scope: searched by the object's title (unique to the run), it lists the object iff the caller sees it
        rule("GET /proposal/proposals", on(Kind.PROPOSAL, ROLE).lists(ObjectAuthorizationIT::seesProposal)
                .with(f -> Req.of().query("q", f.fact("title")).query("size", 100)));
        // each person's own tasks: the documented roles here; whose tasks are listed is each service's TasksResourceTest
        rule("GET /proposal/tasks", none(ROLE));
        rule("GET /review/tasks", none(ROLE));
        rule("GET /production/tasks", none(ROLE));
        rule("GET /production/home", none(ROLE));   // the caller's own tasks and productions, as the two reads above
        rule("GET /analytics/tasks", none(ROLE));
        // the Coursera catalogue holds no object of anyone's: its documented roles (docs/catalogue.md, "Access")
        rule("GET /analytics/catalogue", none(ROLE));
        rule("POST /analytics/catalogue/similar", none(ROLE).with(f -> Req.of().body(Map.of("title", "Quantum computing",
                "topic", "Quantum computing", "summary", "Qubits and quantum gates for engineers"))));
        rule("GET /analytics/catalogue/similarity-snapshots", none(ROLE)
                .with(f -> Req.of().query("moocId", UUID.randomUUID().toString())));
        // a file with a course without a name: refused after the access check, so an allowed call imports nothing
        rule("POST /analytics/catalogue/imports", none(ROLE).with(f -> Req.of().body(Map.of("elements",
                List.of(Map.of("id", "matrix-refused", "slug", "matrix-refused"))))));
        // without a configured API address an allowed call is a 409 and starts nothing
        rule("POST /analytics/catalogue/syncs", none(ROLE));
        rule("POST /proposal/proposals", none(ROLE).with(f -> Req.of().body(application("Matrix draft", "ida"))));
        rule("GET /proposal/proposals/{moocId}", on(Kind.PROPOSAL, PROPOSAL_READ));
        rule("GET /proposal/proposals/{moocId}/dossier", on(Kind.PROPOSAL, PROPOSAL_READ));
        rule("GET /proposal/proposals/{moocId}/next", on(Kind.PROPOSAL, PROPOSAL_READ));
        rule("GET /proposal/proposals/{moocId}/history", on(Kind.PROPOSAL, PROPOSAL_READ));
        rule("GET /proposal/proposals/{moocId}/versions", on(Kind.PROPOSAL, PROPOSAL_READ));
        rule("GET /proposal/proposals/{moocId}/versions/{number}", on(Kind.PROPOSAL, PROPOSAL_READ));
        rule("GET /proposal/proposals/{moocId}/versions/{number}/dossier", on(Kind.PROPOSAL, PROPOSAL_READ));
        rule("GET /proposal/proposals/{moocId}/diff", on(Kind.PROPOSAL, PROPOSAL_READ));
        rule("GET /proposal/proposals/{moocId}/attachments", on(Kind.PROPOSAL, PROPOSAL_READ));
        rule("GET /proposal/proposals/{moocId}/attachments/{attachmentId}", on(Kind.PROPOSAL, PROPOSAL_READ));
        // a stale If-Match: the owner's edit is refused with 412 after the access check
        rule("PUT /proposal/proposals/{moocId}", on(Kind.PROPOSAL, PROPOSAL_OWNER)
                .with(f -> Req.of().body(application("Matrix edit", f.owner)).header("If-Match", STALE)));
        rule("POST /proposal/proposals/{moocId}/submit", on(Kind.PROPOSAL, PROPOSAL_OWNER));
        rule("POST /proposal/proposals/{moocId}/endorsements/request", on(Kind.PROPOSAL, PROPOSAL_OWNER));
        rule("POST /proposal/proposals/{moocId}/attachments", on(Kind.PROPOSAL, PROPOSAL_OWNER)
                .with(f -> Req.of().type("text/plain", "Matrix notes\n".getBytes(StandardCharsets.UTF_8))
                        .query("name", "notes.txt")));
        rule("POST /proposal/proposals/{moocId}/consultation/request", on(Kind.PROPOSAL, PROPOSAL_OWNER).consuming());
        rule("POST /proposal/proposals/{moocId}/consultation/assign", on(Kind.PROPOSAL, PROPOSAL_CONSULTANT));
        rule("POST /proposal/proposals/{moocId}/consultation", on(Kind.PROPOSAL, PROPOSAL_CONSULTANT)
                .with(f -> Req.of().body(Map.of("date", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                        "notes", "Matrix consultation"))));
        rule("POST /proposal/proposals/{moocId}/board-approval", on(Kind.PROPOSAL, PROPOSAL_OWN_DEPARTMENT)
                .with(f -> Req.of().body(Map.of("decision", "APPROVE", "contentHash", String.valueOf(f.fact("contentHash"))))));
        rule("POST /proposal/proposals/{moocId}/head-signature", on(Kind.PROPOSAL, PROPOSAL_OWN_DEPARTMENT)
                .with(f -> Req.of().body(Map.of("decision", "SIGN", "contentHash", String.valueOf(f.fact("contentHash"))))));
        // removing the attachment and withdrawing change the object: drafts only, made anew when an allowed call did
        rule("DELETE /proposal/proposals/{moocId}/attachments/{attachmentId}", on(Kind.PROPOSAL, PROPOSAL_OWNER).consuming());
        rule("POST /proposal/proposals/{moocId}/withdraw", on(Kind.PROPOSAL, PROPOSAL_OWNER).consuming()
                .with(f -> Req.of().body(Map.of("reason", "Matrix")))
                .onlyOn(f -> "DRAFT".equals(f.fact("status"))));

        // review-service
        rule("GET /review/review-cases", none(ROLE));
        rule("GET /review/review-cases/overview", none(ROLE));
        rule("GET /review/committee/members", none(ROLE));
        rule("GET /review/review-cases/{id}", on(Kind.REVIEW_CASE, ROLE));
        rule("GET /review/review-cases/{id}/dossier", on(Kind.REVIEW_CASE, ROLE));
        rule("GET /review/review-cases/{id}/history", on(Kind.REVIEW_CASE, ROLE));
        rule("GET /review/review-cases/{id}/assessments", on(Kind.REVIEW_CASE, CASE_SCORES));
        rule("GET /review/review-cases/{id}/discussion", on(Kind.REVIEW_CASE, CASE_DISCUSSION_READ));
        rule("POST /review/review-cases/{id}/discussion", on(Kind.REVIEW_CASE, CASE_DISCUSS)
                .with(f -> Req.of().body(Map.of("text", "Matrix: the resource plan looks right."))));
        // kirsten is on the case already: the assignment is refused (409) after the access check
        rule("POST /review/review-cases/{id}/members", on(Kind.REVIEW_CASE, CASE_ASSIGN)
                .with(f -> Req.of().body(Map.of("username", "kirsten"))));
        rule("PUT /review/review-cases/{id}/members/me/declaration", on(Kind.REVIEW_CASE, CASE_MEMBER)
                .with(f -> Req.of().body(Map.of("conflict", false))));
        // to someone not on the case: refused (400) after the access check
        rule("PUT /review/review-cases/{id}/acting-chair", on(Kind.REVIEW_CASE, CHAIR)
                .with(f -> Req.of().body(Map.of("username", "ada"))));
        rule("PUT /review/review-cases/{id}/assessments/me", on(Kind.REVIEW_CASE, CASE_ASSESS)
                .with(f -> Req.of().body(assessment(4))));
        rule("GET /review/review-cases/{id}/decision/draft", on(Kind.REVIEW_CASE, CASE_DECIDE)
                .with(f -> Req.of().query("outcome", "APPROVED")));
        // a rejection without the comments it needs: refused (400) after the access check, the case stays open
        rule("POST /review/review-cases/{id}/decision", on(Kind.REVIEW_CASE, CASE_DECIDE)
                .with(f -> Req.of().body(Map.of("outcome", "REJECTED",
                        "letter", "Dear applicant, the matrix decides nothing."))));
        rule("GET /review/meetings", none(ROLE));
        rule("POST /review/meetings", none(CHAIR).with(f -> Req.of().body(Map.of("title", "Matrix meeting",
                "startsAt", LocalDate.now(ZoneOffset.UTC).plusDays(60) + "T10:00:00Z", "location", "Room 1"))));
        rule("GET /review/meetings/{id}", on(Kind.MEETING, ROLE));
        rule("GET /review/meetings/{id}/agenda", on(Kind.MEETING, ROLE));
        // the case is on this meeting's agenda already: adding it again changes nothing
        rule("POST /review/meetings/{id}/cases", on(Kind.MEETING, CHAIR)
                .with(f -> Req.of().body(Map.of("caseId", f.params.get("caseId")))));
        rule("DELETE /review/meetings/{id}/cases/{caseId}", on(Kind.MEETING, CHAIR).consuming());
        // last on the cases: volunteering makes the caller a member (recorded in the fixture)
        rule("POST /review/review-cases/{id}/members/me", on(Kind.REVIEW_CASE, only((c, f) -> !member(c, f))));

        // production-service
        rule("GET /production/productions", none(ROLE));
        rule("GET /production/medialab/queue", none(ROLE));
        rule("GET /production/studios", none(ROLE));
        rule("GET /production/studios/{key}/bookings", none(ROLE).with(f -> Req.of()
                .query("from", LocalDate.now(ZoneOffset.UTC).toString())
                .query("to", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString())));
        rule("GET /production/productions/{moocId}", on(Kind.PRODUCTION, PRODUCTION_READ));
        rule("GET /production/productions/{moocId}/bookings", on(Kind.PRODUCTION, PRODUCTION_READ));
        rule("GET /production/productions/{moocId}/bookings.ics", on(Kind.PRODUCTION, PRODUCTION_READ));
        rule("GET /production/productions/{moocId}/video-costs", on(Kind.PRODUCTION, PRODUCTION_READ));
        rule("GET /production/productions/{moocId}/feedback", on(Kind.PRODUCTION, PRODUCTION_READ));
        rule("GET /production/productions/{moocId}/feedback/colleague-suggestions", on(Kind.PRODUCTION, PRODUCTION_RUN));
        // stale If-Match: refused with 412 after the access check; the milestone's status is its owner's (ProductionAccess)
        rule("PUT /production/productions/{moocId}/milestones/{key}", on(Kind.PRODUCTION, MILESTONE_STATUS)
                .with(f -> Req.of().body(Map.of("status", "DONE")).header("If-Match", STALE))
                .each("key", "COURSE_OUTLINE", "PLAN_AGREED", "VIDEO_RECORDING", "BOARD_LAUNCH_APPROVAL"));
        rule("POST /production/productions/{moocId}/plan/accept-proposals", on(Kind.PRODUCTION, PRODUCTION_RUN)
                .with(f -> Req.of().header("If-Match", STALE)));
        rule("POST /production/productions/{moocId}/plan/agree", on(Kind.PRODUCTION, PRODUCTION_RUN)
                .with(f -> Req.of().header("If-Match", STALE)));
        rule("PUT /production/productions/{moocId}/team", on(Kind.PRODUCTION, PRODUCTION_RUN)
                .with(f -> Req.of().header("If-Match", STALE).body(Map.of("members", List.of(
                        Map.of("name", "Sara Student", "email", "sara@example.org", "role", "ASSISTANT"))))));
        // a user test dated tomorrow: refused (400) after the access check
        rule("PUT /production/productions/{moocId}/user-test", on(Kind.PRODUCTION, PRODUCTION_RUN)
                .with(f -> Req.of().body(Map.of("testedOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString(),
                        "students", 8, "colleagues", 2, "findings", "Matrix"))));
        // the plan is not agreed (PLANNING): refused (409) after the access check
        rule("POST /production/productions/{moocId}/launch-approval/request", on(Kind.PRODUCTION, PRODUCTION_RUN));
        rule("POST /production/productions/{moocId}/launch-approval", on(Kind.PRODUCTION, PRODUCTION_BOARD)
                .with(f -> Req.of().body(Map.of("decision", "DECLINED", "comment", "Matrix"))));
        rule("POST /production/productions/{moocId}/launch", on(Kind.PRODUCTION, PRODUCTION_RUN)
                .with(f -> Req.of().body(Map.of("courseUrl", "https://www.coursera.org/learn/matrix",
                        "launchDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))));
        rule("PUT /production/productions/{moocId}/maintenance-tasks/{taskId}", on(Kind.PRODUCTION, PRODUCTION_RUN)
                .with(f -> Req.of().body(Map.of("status", "DONE"))).missing("Maintenance task"));
        rule("PUT /production/productions/{moocId}/video-plan", on(Kind.PRODUCTION, PRODUCTION_RUN)
                .with(f -> Req.of().body(Map.of("plannedHours", 12.5))));
        // a booking in the past: refused (400/409) after the access check
        rule("POST /production/productions/{moocId}/bookings", on(Kind.PRODUCTION, PRODUCTION_RUN)
                .with(f -> Req.of().body(Map.of("studio", "LYNGBY_LIBRARY",
                        "start", LocalDate.now(ZoneOffset.UTC).minusDays(3) + "T09:00:00+01:00",
                        "end", LocalDate.now(ZoneOffset.UTC).minusDays(3) + "T10:00:00+01:00", "note", "Matrix"))));
        rule("PUT /production/productions/{moocId}/feedback/{round}/colleague", on(Kind.PRODUCTION, PRODUCTION_RUN)
                .with(f -> Req.of().body(Map.of("name", "Sara Colleague", "email", "sara.colleague@example.org"))));
        rule("POST /production/productions/{moocId}/feedback/{round}/comments", on(Kind.PRODUCTION, PRODUCTION_FEEDBACK)
                .with(f -> Req.of().body(Map.of("text", "Matrix comment"))));
        rule("PUT /production/productions/{moocId}/feedback/{round}/comments/{commentId}", on(Kind.PRODUCTION, PRODUCTION_INSTRUCTOR)
                .with(f -> Req.of().body(Map.of("resolution", "RESOLVED", "note", "Matrix"))));
        rule("POST /production/productions/{moocId}/feedback/{round}/close", on(Kind.PRODUCTION, PRODUCTION_CONSULTANT).consuming());
        // a cancelled booking: every change is refused (409) after the access check
        rule("POST /production/bookings/{id}/cancel", on(Kind.BOOKING, BOOKING_CANCEL));
        rule("POST /production/bookings/{id}/confirm", on(Kind.BOOKING, PRODUCTION_READ));
        rule("POST /production/bookings/{id}/decline", on(Kind.BOOKING, PRODUCTION_READ)
                .with(f -> Req.of().body(Map.of("reason", "Matrix"))));
        rule("GET /production/network-meetings", none(ROLE));
        rule("POST /production/network-meetings", none(ORGANISER).with(f -> Req.of().body(networkMeeting())));
        rule("GET /production/network-meetings/{id}", on(Kind.NETWORK_MEETING, ROLE));
        rule("GET /production/network-meetings/{id}/registrations", on(Kind.NETWORK_MEETING, ORGANISER));
        rule("PUT /production/network-meetings/{id}/attendance", on(Kind.NETWORK_MEETING, ORGANISER)
                .with(f -> Req.of().body(Map.of("attended", List.of()))));
        rule("POST /production/network-meetings/{id}/registration", on(Kind.NETWORK_MEETING, ROLE));
        // after signing up above: each caller withdraws their own registration
        rule("DELETE /production/network-meetings/{id}/registration", on(Kind.NETWORK_MEETING, ROLE));

        // analytics-service
        rule("GET /analytics/courses", none(ROLE));
        rule("GET /analytics/semester-reviews", none(ROLE).with(f -> Req.of().query("semester", "2025-autumn")));
        rule("GET /analytics/portfolio", none(ROLE));
        rule("GET /analytics/portfolio/{moocId}/timeline", on(Kind.COURSE, ROLE));
        rule("GET /analytics/courses/{moocId}", on(Kind.COURSE, COURSE_READ));
        rule("GET /analytics/courses/{moocId}/dossier", on(Kind.COURSE, COURSE_READ));
        rule("GET /analytics/courses/{moocId}/kpis", on(Kind.COURSE, COURSE_READ));
        rule("GET /analytics/courses/{moocId}/kpis/semesters", on(Kind.COURSE, COURSE_READ));
        rule("GET /analytics/courses/{moocId}/exports", on(Kind.COURSE, COURSE_READ));
        rule("GET /analytics/courses/{moocId}/imports", on(Kind.COURSE, COURSE_READ));
        rule("GET /analytics/courses/{moocId}/imports/{importId}", on(Kind.COURSE, COURSE_READ));
        rule("GET /analytics/courses/{moocId}/evaluations", on(Kind.COURSE, COURSE_READ));
        rule("GET /analytics/courses/{moocId}/evaluations/{semester}", on(Kind.COURSE, COURSE_READ));
        // files that fail validation: refused (400, nothing kept) after the access check
        rule("PUT /analytics/courses/{moocId}/exports/{table}", on(Kind.COURSE, COURSE_IMPORT)
                .with(f -> Req.of().type("text/csv", "not,the,header\n")));
        // an upload that is not a zip archive: refused (400, no import started) after the access check
        rule("POST /analytics/courses/{moocId}/exports", on(Kind.COURSE, COURSE_IMPORT)
                .with(f -> Req.of().type("application/zip", "not a zip archive".getBytes(StandardCharsets.UTF_8))));
        // learner data (personal data): its importers see it; only an admin (who sees every course) changes or deletes it
        rule("GET /analytics/courses/{moocId}/learner-data", on(Kind.COURSE, COURSE_IMPORT));
        rule("PUT /analytics/courses/{moocId}/learner-data/retention", on(Kind.COURSE, ROLE)
                .with(f -> Req.of().body(Map.of("months", 120))));
        rule("DELETE /analytics/courses/{moocId}/learner-data", on(Kind.COURSE, ROLE));
        rule("PUT /analytics/courses/{moocId}/evaluations/{semester}", on(Kind.COURSE, COURSE_IMPORT)
                .with(f -> Req.of().type("text/csv", "not,the,header\n")));
        rule("GET /analytics/semester-reviews/{id}", on(Kind.SEMESTER_REVIEW, COURSE_READ));
        // a decided review: refused (409) after the access check
        rule("POST /analytics/semester-reviews/{id}/decision", on(Kind.SEMESTER_REVIEW, REVIEW_BOARD)
                .with(f -> Req.of().body(Map.of("outcome", "CONTINUE", "comments", "Matrix", "actions", List.of()))));
        rule("PUT /analytics/semester-reviews/{id}/actions/{actionId}", on(Kind.SEMESTER_REVIEW, REVIEW_ACTIONS)
                .with(f -> Req.of().body(Map.of("status", "DONE"))));
    }

    // --- bodies --------------------------------------------------------------------------------------------------

    /** A complete application, its team the instructor alone (no one else is bound to it). */
    static Map<String, Object> application(String title, String instructor) {
        Map<String, Object> body = ProposalToReviewCaseIT.application(title);
        body.put("team", List.of(Map.of("name", instructor.equals("ida") ? "Ida Holm" : "Ole Friis",
                "email", instructor + "@example.org", "role", "INSTRUCTOR")));
        return body;
    }

    static Map<String, Object> assessment(int base) {
        return Map.of("recommendation", "APPROVE", "scores", Stream.of("TOPIC", "TEACHER", "RESOURCES")
                .map(c -> Map.of("criterion", c, "score", base, "comment", c.toLowerCase() + ": convincing")).toList());
    }

    static Map<String, Object> networkMeeting() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(45);
        return Map.of("title", "Matrix network meeting", "startsAt", day + "T13:00:00Z", "endsAt", day + "T15:00:00Z",
                "location", "Building 101", "description", "Matrix", "capacity", 40);
    }

    // --- the OpenAPI documents -----------------------------------------------------------------------------------

    record Operation(String service, String method, String template, Set<String> allowedRoles) {
        String key() {
            return method + " /" + service + template;
        }
    }

    static List<Operation> operations() throws Exception {
        List<Operation> all = new ArrayList<>();
        for (String service : List.of("proposal", "review", "production", "analytics")) {
            String document = PACER.send(Stack.anonymous().queryParam("format", "json"), "GET",
                    "/api/" + service + "/q/openapi").then().statusCode(200).extract().asString();
            for (EndpointAuthorizationIT.Operation op : EndpointAuthorizationIT.operations(service, JSON.readTree(document))) {
                all.add(new Operation(service, op.method(), op.template(), op.allowedRoles()));
            }
        }
        return all;
    }

    @Test
    void everyOperationHasAnExpectation() throws Exception {
        Set<String> documented = operations().stream().map(Operation::key).collect(Collectors.toCollection(LinkedHashSet::new));
        assertTrue(documented.size() > 50, "the four documents list their operations: " + documented);
        List<String> missing = documented.stream().filter(k -> !RULES.containsKey(k)).toList();
        List<String> extra = RULES.keySet().stream().filter(k -> !documented.contains(k)).toList();
        assertTrue(missing.isEmpty(), "operations without an expectation in ObjectAuthorizationIT.RULES: " + missing);
        assertTrue(extra.isEmpty(), "expectations in ObjectAuthorizationIT.RULES for operations no document lists: " + extra);
    }

    // --- the callers ---------------------------------------------------------------------------------------------

    static final Map<String, Caller> CALLERS = new LinkedHashMap<>();

    static Caller caller(String user) throws Exception {
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(Stack.token(user).split("\\.")[1]));
        Set<String> roles = EndpointAuthorizationIT.realmRoles(Stack.token(user));
        String department = claims.path("department").isMissingNode() || claims.path("department").isNull()
                ? null : claims.path("department").asText();
        return new Caller(user, roles, department, claims.path("sub").asText());
    }

    /** {@link #SECOND_INSTRUCTOR}: instructor of Compute, verified address, password demo, like the demo users. */
    static void ensureSecondInstructor() {
        Stack.ensureUser(SECOND_INSTRUCTOR, "Ivan", SECOND_INSTRUCTOR + "@example.org", "Compute", "instructor");
    }

    // --- the run ---------------------------------------------------------------------------------------------------

    private static final Fixtures FIXTURES = new Fixtures();
    private static final Map<String, Integer> STATUSES = new TreeMap<>();
    private static final Map<String, Integer> CELLS = new TreeMap<>();
    private static final Map<String, Integer> EXPECTED = new TreeMap<>();
    private static final Set<String> ROLES_SEEN = new LinkedHashSet<>();
    private static final Set<String> OPERATIONS_CHECKED = new LinkedHashSet<>();
    private static int requests;
    private static long started;

    @BeforeAll
    static void callers() throws Exception {
        started = System.currentTimeMillis();
        ensureSecondInstructor();
        for (String user : USERS) {
            CALLERS.put(user, caller(user));
        }
        assertEquals("Compute", CALLERS.get(SECOND_INSTRUCTOR).department(), "the second instructor's department");
        assertTrue(CALLERS.get(SECOND_INSTRUCTOR).has("instructor"), "the second instructor's roles");
    }

    @AfterAll
    static void summary() {
        System.out.printf("[object-authorization] %d operations x %d users (roles %s) x relations %s: %d requests, "
                        + "statuses %s, expected %s, %d s%n", OPERATIONS_CHECKED.size(), CALLERS.size(), ROLES_SEEN,
                CELLS, requests, STATUSES, EXPECTED, (System.currentTimeMillis() - started) / 1000);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationEveryRoleEveryRelation() throws Exception {
        Map<String, Operation> byKey = new LinkedHashMap<>();
        for (Operation op : operations()) {
            byKey.put(op.key(), op);
        }
        // the table's order: reads first, the entries whose allowed calls change things last
        return RULES.entrySet().stream().filter(e -> byKey.containsKey(e.getKey()))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(byKey.get(e.getKey()), e.getValue())));
    }

    private static void check(Operation op, Entry entry) {
        List<String> failures = new ArrayList<>();
        List<Fixture> fixtures = entry.kind() == Kind.NONE ? List.of(FIXTURES.none())
                : FIXTURES.of(entry.kind()).stream().filter(entry.on()).toList();
        assertFalse(fixtures.isEmpty(), op.key() + " has objects to act on");
        OPERATIONS_CHECKED.add(op.key());
        for (Fixture original : fixtures) {
            for (Map<String, String> variant : entry.variants()) {
                Fixture current = original;
                for (Caller c : CALLERS.values()) {
                    boolean roleAllowed = op.allowedRoles() == null || op.allowedRoles().isEmpty()
                            || c.roles().stream().anyMatch(op.allowedRoles()::contains);
                    // the role check answers before any object is looked up: a changed object needs no new copy for it
                    if (roleAllowed) {
                        current = FIXTURES.fresh(current);
                    }
                    Fixture f = current.with(variant);
                    Expect expected = roleAllowed ? entry.rule().expect(c, f) : Expect.FORBIDDEN;
                    Response r = send(c.user(), op, f, entry.request().apply(f));
                    CELLS.merge(relation(c, f).name(), 1, Integer::sum);
                    ROLES_SEEN.addAll(c.roles());
                    STATUSES.merge(String.valueOf(r.statusCode()), 1, Integer::sum);
                    EXPECTED.merge(expected.name(), 1, Integer::sum);
                    String problem = matches(expected, r, entry.subObject());
                    if (problem == null && entry.listed() != null && expected == Expect.ALLOW) {
                        boolean listed = r.asString().contains(f.params.get("id"));
                        if (listed != entry.listed().test(c, f)) {
                            problem = listed ? "the list names it" : "the list does not name it";
                        }
                    }
                    if (problem != null) {
                        failures.add(c.user() + " " + c.roles() + " (" + relation(c, f) + ") on " + f + variant.values()
                                + ": expected " + expected + ", " + problem + ": " + abbreviate(r.asString()));
                    }
                    if (r.statusCode() / 100 == 2 && expected == Expect.ALLOW) {
                        FIXTURES.after(op, current, c);
                        if (entry.consumes()) {
                            current.stale = true;
                        }
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(op.key() + ": " + failures.size() + " unexpected answer(s):\n  " + String.join("\n  ", failures));
        }
    }

    static String matches(Expect expected, Response r, String subObject) {
        int s = r.statusCode();
        if (s >= 500) {
            return "got " + s;
        }
        return switch (expected) {
            case HIDDEN -> s == 404 ? null : "got " + s;
            case FORBIDDEN -> s == 403 ? null : "got " + s;
            case ALLOW -> {
                if (s == 404 && subObject != null && r.asString().contains(subObject)) {
                    yield null;
                }
                yield s == 401 || s == 403 || s == 404 ? "got " + s : null;
            }
        };
    }

    static Relation relation(Caller c, Fixture f) {
        if (f.kind == Kind.NONE) {
            return Relation.NO_OBJECT;
        }
        if (c.owns(f)) {
            return Relation.OWN;
        }
        if (c.department() == null) {
            return Relation.NO_DEPARTMENT;
        }
        return c.sameDepartment(f) ? Relation.SAME_DEPARTMENT : Relation.OTHER_DEPARTMENT;
    }

    static Response send(String user, Operation op, Fixture f, Req req) {
        String path = "/api/" + op.service() + op.template();
        for (Map.Entry<String, String> p : f.params.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        assertFalse(path.contains("{"), op.key() + ": the fixture " + f + " has no value for a parameter of " + path);
        RequestSpecification spec = Stack.as(user);
        for (Map.Entry<String, String> h : req.headers().entrySet()) {
            spec = spec.header(h.getKey(), h.getValue());
        }
        for (Map.Entry<String, Object> q : req.query().entrySet()) {
            spec = spec.queryParam(q.getKey(), q.getValue());
        }
        if (req.body() != null) {
            spec = spec.contentType(req.contentType() == null ? "application/json" : req.contentType());
            spec = req.body() instanceof byte[] bytes ? spec.body(bytes)
                    : req.body() instanceof String text ? spec.body(text) : spec.body(req.body());
        }
        requests++;
        return PACER.send(spec, op.method(), path);
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // --- the objects ----------------------------------------------------------------------------------------------

    /** Creates the objects through the gateway on first use, and anew when an allowed call changed one. */
    static final class Fixtures {
        final Map<Kind, List<Fixture>> made = new HashMap<>();
        private Fixture none;

        Fixture none() {
            if (none == null) {
                none = new Fixture(Kind.NONE, "(no object)", null, null);
                none.params.put("key", "MEDIALAB");
            }
            return none;
        }

        List<Fixture> of(Kind kind) {
            return made.computeIfAbsent(kind, this::make);
        }

        Fixture fresh(Fixture f) {
            if (!f.stale) {
                return f;
            }
            Fixture again = remake(f);
            List<Fixture> list = new ArrayList<>(made.get(f.kind));
            list.set(list.indexOf(f), again);
            made.put(f.kind, list);
            return again;
        }

        /** What an allowed, successful call changed that the rules read. */
        void after(Operation op, Fixture f, Caller c) {
            if (op.key().equals("POST /review/review-cases/{id}/members/me")) {
                f.set("members").add(c.user());
            }
        }

        private List<Fixture> make(Kind kind) {
            return switch (kind) {
                case PROPOSAL -> List.of(draft("ida"), draft("ole"), submitted("ida"), submitted("ole"));
                case REVIEW_CASE -> List.of(reviewCase(submittedFixture("ida")), reviewCase(submittedFixture("ole")));
                case MEETING -> List.of(meeting());
                case PRODUCTION -> List.of(production("ida"), production("ole"));
                case BOOKING -> of(Kind.PRODUCTION).stream().map(this::booking).toList();
                case NETWORK_MEETING -> List.of(networkMeetingFixture());
                case COURSE -> courses();
                case SEMESTER_REVIEW -> of(Kind.COURSE).stream().map(this::semesterReview).toList();
                case NONE -> List.of(none());
            };
        }

        private Fixture remake(Fixture f) {
            return switch (f.kind) {
                case PROPOSAL -> "DRAFT".equals(f.fact("status")) ? draft(f.owner) : submitted(f.owner);
                case MEETING -> {
                    call("chris", "POST", "/review/meetings/" + f.params.get("id") + "/cases",
                            Map.of("caseId", f.params.get("caseId")), 200);
                    f.stale = false;
                    yield f;
                }
                case PRODUCTION -> production(f.owner);
                default -> throw new IllegalStateException("no way to make " + f + " anew");
            };
        }

        private Fixture submittedFixture(String owner) {
            return of(Kind.PROPOSAL).stream().filter(f -> owner.equals(f.owner) && f.is("submitted")).findFirst()
                    .orElseThrow();
        }

        // proposals

        private Fixture draft(String owner) {
            JsonPath p = call(owner, "POST", "/proposal/proposals",
                    application("Matrix draft of " + owner + " " + RUN, owner), 201);
            Fixture f = proposal(owner, p, "DRAFT");
            attach(f);
            return f;
        }

        private void attach(Fixture f) {
            Response r = PACER.send(Stack.as(f.owner).contentType("text/plain").queryParam("name", "plan.txt")
                    .body("The plan\n".getBytes(StandardCharsets.UTF_8)), "POST",
                    "/api/proposal/proposals/" + f.params.get("id") + "/attachments");
            assertEquals(201, r.statusCode(), "attachment of " + f + ": " + r.asString());
            f.params.put("attachmentId", r.jsonPath().getString("id"));
        }

        private Fixture proposal(String owner, JsonPath p, String status) {
            String department = owner.equals("ida") ? "Compute" : "Physics";
            Fixture f = new Fixture(Kind.PROPOSAL, status.toLowerCase() + " proposal of " + owner + " (" + department + ")",
                    department, owner);
            f.params.put("id", p.getString("id"));
            // the documents name a proposal's id moocId in its paths
            f.params.put("moocId", p.getString("id"));
            f.params.put("number", "1");
            f.facts.put("status", status);
            f.facts.put("contentHash", p.getString("contentHash"));
            f.facts.put("title", p.getString("title"));
            return f;
        }

        /** Through the LearningLab (carla), the study board and the head of the owner's department, submitted. */
        private Fixture submitted(String owner) {
            String board = owner.equals("ida") ? "bo" : "bea";
            String head = owner.equals("ida") ? "hans" : "helle";
            JsonPath p = call(owner, "POST", "/proposal/proposals",
                    application("Matrix submission of " + owner + " " + RUN, owner), 201);
            Fixture f = proposal(owner, p, "SUBMITTED");
            attach(f);
            String base = "/proposal/proposals/" + f.params.get("id");
            call(owner, "POST", base + "/consultation/request", null, 200);
            call("carla", "POST", base + "/consultation/assign", null, 200);
            call("carla", "POST", base + "/consultation", Map.of("date",
                    LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "notes", "Scope agreed"), 200);
            String hash = call(owner, "POST", base + "/endorsements/request", null, 200).getString("contentHash");
            call(board, "POST", base + "/board-approval", Map.of("decision", "APPROVE", "contentHash", hash), 200);
            call(head, "POST", base + "/head-signature", Map.of("decision", "SIGN", "contentHash", hash), 200);
            call(owner, "POST", base + "/submit", null, 200);
            f.facts.put("consultant", "carla");
            f.facts.put("boardRequested", true);
            f.facts.put("headRequested", true);
            f.facts.put("submitted", true);
            f.facts.put("contentHash", hash);
            return f;
        }

        // review cases

        private Fixture reviewCase(Fixture proposal) {
            String moocId = proposal.params.get("id");
            Map<String, Object> c = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(700))
                    .until(() -> ProposalToReviewCaseIT.openReviewCase("chris", moocId), Objects::nonNull);
            Fixture f = new Fixture(Kind.REVIEW_CASE, "review case of " + proposal.owner + "'s proposal ("
                    + proposal.department + ")", proposal.department, proposal.owner);
            String id = (String) c.get("id");
            f.params.put("id", id);
            // kirsten (Chemistry, no conflict with either department) is on it, has declared and assessed
            call("chris", "POST", "/review/review-cases/" + id + "/members", Map.of("username", "kirsten"), 200);
            call("kirsten", "PUT", "/review/review-cases/" + id + "/members/me/declaration", Map.of("conflict", false), 200);
            call("kirsten", "PUT", "/review/review-cases/" + id + "/assessments/me", assessment(4), 200);
            f.set("members").add("kirsten");
            f.set("assessed").add("kirsten");
            return f;
        }

        private Fixture meeting() {
            JsonPath m = call("chris", "POST", "/review/meetings", Map.of("title", "Matrix meeting",
                    "startsAt", LocalDate.now(ZoneOffset.UTC).plusDays(60) + "T10:00:00Z", "location", "Room 1"), 201);
            Fixture f = new Fixture(Kind.MEETING, "meeting with the Compute case on its agenda", null, "chris");
            f.params.put("id", m.getString("id"));
            f.params.put("caseId", of(Kind.REVIEW_CASE).get(0).params.get("id"));
            call("chris", "POST", "/review/meetings/" + f.params.get("id") + "/cases",
                    Map.of("caseId", f.params.get("caseId")), 200);
            return f;
        }

        // productions: a proposal approved by the committee (quorum of two non-conflicted assessments)

        private Fixture production(String owner) {
            Fixture proposal = submitted(owner);
            String moocId = proposal.params.get("id");
            Map<String, Object> c = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(700))
                    .until(() -> ProposalToReviewCaseIT.openReviewCase("chris", moocId), Objects::nonNull);
            String caseId = (String) c.get("id");
            String second = owner.equals("ida") ? "cathy" : "chris";
            for (String member : List.of("kirsten", second)) {
                call("chris", "POST", "/review/review-cases/" + caseId + "/members", Map.of("username", member), 200);
                call(member, "PUT", "/review/review-cases/" + caseId + "/members/me/declaration", Map.of("conflict", false), 200);
                call(member, "PUT", "/review/review-cases/" + caseId + "/assessments/me", assessment(4), 200);
            }
            String decider = "chris";
            if (owner.equals("ida")) {   // chris is of Compute: kirsten chairs this one
                call("chris", "PUT", "/review/review-cases/" + caseId + "/acting-chair", Map.of("username", "kirsten"), 200);
                decider = "kirsten";
            }
            call(decider, "POST", "/review/review-cases/" + caseId + "/decision", Map.of("outcome", "APPROVED",
                    "comments", "Strong", "letter", "Dear applicant, approved."), 200);
            JsonPath p = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(700)).until(() -> {
                Response r = PACER.send(Stack.as("carla"), "GET", "/api/production/productions/" + moocId);
                return r.statusCode() == 200 ? r.jsonPath() : null;
            }, Objects::nonNull);
            Fixture f = new Fixture(Kind.PRODUCTION, "production of " + owner + " (" + proposal.department + ")",
                    proposal.department, owner);
            f.params.put("moocId", moocId);
            f.params.put("key", "COURSE_OUTLINE");
            f.params.put("round", "TEACHING_PLAN");
            f.params.put("taskId", UUID.randomUUID().toString());
            f.facts.put("status", p.getString("status"));
            JsonPath comment = call("carla", "POST", "/production/productions/" + moocId + "/feedback/TEACHING_PLAN/comments",
                    Map.of("text", "Week 3 needs a learning objective."), 201);
            f.params.put("commentId", comment.getString("id"));
            return f;
        }

        /** A booking of the production, cancelled: every change of it is refused by its state. */
        private Fixture booking(Fixture production) {
            String moocId = production.params.get("moocId");
            JsonPath b = null;
            for (int attempt = 0; b == null && attempt < 20; attempt++) {
                LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(120 + ThreadLocalRandom.current().nextInt(230));
                while (day.getDayOfWeek().getValue() > 5) {
                    day = day.plusDays(1);
                }
                int hour = 8 + ThreadLocalRandom.current().nextInt(7);
                Response r = PACER.send(Stack.as(production.owner).contentType("application/json").body(Map.of(
                        "studio", "LYNGBY_LIBRARY", "start", String.format("%sT%02d:00:00Z", day, hour - 1),
                        "end", String.format("%sT%02d:00:00Z", day, hour), "note", "Matrix")), "POST",
                        "/api/production/productions/" + moocId + "/bookings");
                if (r.statusCode() == 201) {
                    b = r.jsonPath();
                } else {
                    assertEquals(409, r.statusCode(), "booking for " + production + ": " + r.asString());
                }
            }
            assertNotNull(b, "a free slot for " + production);
            String id = b.getString("id");
            call(production.owner, "POST", "/production/bookings/" + id + "/cancel", null, 200);
            Fixture f = new Fixture(Kind.BOOKING, "cancelled booking of " + production, production.department,
                    production.owner);
            f.params.put("id", id);
            return f;
        }

        private Fixture networkMeetingFixture() {
            JsonPath m = call("carla", "POST", "/production/network-meetings", networkMeeting(), 201);
            Fixture f = new Fixture(Kind.NETWORK_MEETING, "network meeting", null, "carla");
            f.params.put("id", m.getString("id"));
            return f;
        }

        // launched courses and their semester reviews: the demo programme's (loaded once per stack)

        private List<Fixture> courses() {
            loadDemoProgramme();
            List<Fixture> list = new ArrayList<>();
            for (String[] wanted : List.of(new String[]{"Introduction to Robotics", "ida", "Compute"},
                    new String[]{"Structural Engineering Basics", "ole", "Physics"})) {
                Map<String, Object> course = findCourse(wanted[0]);
                Fixture f = new Fixture(Kind.COURSE, "launched course of " + wanted[1] + " (" + wanted[2] + ")",
                        wanted[2], wanted[1]);
                String moocId = (String) course.get("moocId");
                assertEquals(wanted[2], course.get("department"), wanted[0]);
                f.params.put("moocId", moocId);
                f.params.put("table", "course_progress");
                f.params.put("semester", "2025-autumn");
                JsonPath imports = call("ada", "GET", "/analytics/courses/" + moocId + "/imports", null, 200);
                f.params.put("importId", imports.getString("items[0].id"));
                list.add(f);
            }
            return list;
        }

        private Map<String, Object> findCourse(String title) {
            for (int page = 0; page < 50; page++) {
                JsonPath list = call("ada", "GET", "/analytics/courses?size=100&page=" + page, null, 200);
                List<Map<String, Object>> items = list.getList("items");
                for (Map<String, Object> c : items) {
                    if (title.equals(c.get("title"))) {
                        return c;
                    }
                }
                if (items.isEmpty()) {
                    break;
                }
            }
            throw new AssertionError("the demo programme's course \"" + title + "\" is not in analytics");
        }

        private Fixture semesterReview(Fixture course) {
            List<Map<String, Object>> reviews = call("ada", "GET", "/analytics/semester-reviews?semester=2025-autumn",
                    null, 200).getList("");
            Map<String, Object> review = reviews.stream().filter(r -> course.params.get("moocId").equals(r.get("moocId")))
                    .findFirst().orElseThrow(() -> new AssertionError("the 2025-autumn review of " + course));
            Fixture f = new Fixture(Kind.SEMESTER_REVIEW, "decided semester review of " + course, course.department,
                    course.owner);
            String id = (String) review.get("id");
            f.params.put("id", id);
            JsonPath pack = call("ada", "GET", "/analytics/semester-reviews/" + id, null, 200);
            String action = pack.getString("actions[0].id");
            assertNotNull(action, "the review of " + course + " has an action: " + pack.prettify());
            f.params.put("actionId", action);
            return f;
        }

        private static void loadDemoProgramme() {
            try {
                Path root = Path.of(System.getProperty("mooc.root", ".."));
                ProcessBuilder pb = new ProcessBuilder("node", "deploy/local/demo.mjs").directory(root.toFile())
                        .redirectErrorStream(true);
                pb.environment().put("DEMO_GATEWAY", Stack.GATEWAY);
                pb.environment().put("DEMO_KEYCLOAK", Stack.KEYCLOAK);
                Process p = pb.start();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    r.lines().forEach(line -> System.out.println("[demo] " + line));
                }
                assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the demo loader finished");
                assertEquals(0, p.exitValue(), "the demo loader failed");
            } catch (Exception e) {
                throw new AssertionError("the demo programme: " + e, e);
            }
        }
    }

    /** A call that sets a fixture up: through the pacer, expecting the given status. */
    static JsonPath call(String user, String method, String path, Object body, int expected) {
        RequestSpecification spec = Stack.as(user);
        if (body != null) {
            spec = spec.contentType("application/json").body(body);
        }
        Response r = PACER.send(spec, method, "/api" + path);
        assertEquals(expected, r.statusCode(), user + " " + method + " " + path + ": " + abbreviate(r.asString()));
        return r.asString().isEmpty() ? new JsonPath("{}") : r.jsonPath();
    }
}
