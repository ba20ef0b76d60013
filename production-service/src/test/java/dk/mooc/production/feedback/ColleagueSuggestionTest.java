package dk.mooc.production.feedback;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Colleague suggestions for the feedback rounds (docs/production.md, "Feedback rounds"): instructors who have launched
 * a MOOC, the MOOC's own department first, each once; not the MOOC's own instructor, not someone who has only a
 * production under way, not someone without an e-mail address to invite.
 */
@QuarkusTest
class ColleagueSuggestionTest {

    static final Person IDA = TestTokens.person("ida", "Compute", "instructor");
    static final Person OLGA = TestTokens.person("olga", "Physics", "instructor");
    static final Person CARLA = TestTokens.person("carla", null, "consultant");
    static final Person BO = TestTokens.person("bo", "Compute", "board");
    static final Person MADS = TestTokens.person("mads", null, "medialab");

    static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    /** A production of {@code department} by an instructor, launched on {@code launchDate} (null: still planning). */
    private static UUID production(String title, String department, String instructorId, String instructorName,
                                   String email, LocalDate launchDate, ProductionStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Production p = new Production();
            p.moocId = UUID.randomUUID();
            p.title = title;
            p.department = department;
            p.instructorId = instructorId;
            p.instructorName = instructorName;
            p.instructorEmail = email;
            p.status = status;
            p.startedAt = OffsetDateTime.parse("2026-01-05T09:00:00Z");
            if (launchDate != null) {
                p.courseUrl = "https://www.coursera.org/learn/" + p.moocId;
                p.launchDate = launchDate;
                p.launchedAt = launchDate.atTime(9, 0).atOffset(java.time.ZoneOffset.UTC);
            }
            p.persist();
            return p.moocId;
        });
    }

    @Test
    void experiencedColleaguesOfTheSameDepartmentComeFirstEachOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String anna = "anna-" + run + "@example.org";
        String bent = "bent-" + run + "@example.org";
        String cille = "cille-" + run + "@example.org";
        String dan = "dan-" + run + "@example.org";
        String eva = "eva-" + run + "@example.org";
        // Ida's MOOC in Compute asks for colleagues
        UUID ours = production("Ours " + run, "Compute", IDA.sub(), "Ida Tester", "ida@example.org", null,
                ProductionStatus.IN_PRODUCTION);
        // Anna (Compute) launched two MOOCs: suggested once, with the later one
        production("Anna's first " + run, "Compute", "anna-" + run, "Anna", anna, LocalDate.of(2026, 2, 1),
                ProductionStatus.LAUNCHED);
        production("Anna's second " + run, "Compute", "anna-" + run, "Anna", anna, LocalDate.of(2026, 9, 1),
                ProductionStatus.LAUNCHED);
        // Bent (Physics) launched the latest of all, yet comes after the Compute colleagues
        production("Bent's " + run, "Physics", "bent-" + run, "Bent", bent, LocalDate.of(2026, 11, 1),
                ProductionStatus.LAUNCHED);
        // Eva (Physics) launched a course that has since been retired: she has launched a MOOC
        production("Eva's " + run, "Physics", "eva-" + run, "Eva", eva, LocalDate.of(2026, 3, 1),
                ProductionStatus.RETIRED);
        // Cille's MOOC is still in production: not experienced yet
        production("Cille's " + run, "Compute", "cille-" + run, "Cille", cille, null, ProductionStatus.IN_PRODUCTION);
        // Dan launched one but has no address to invite
        production("Dan's " + run, "Compute", "dan-" + run, "Dan", null, LocalDate.of(2026, 4, 1),
                ProductionStatus.LAUNCHED);
        // Ida herself launched one: she does not give feedback on her own MOOC
        production("Ida's earlier " + run, "Compute", IDA.sub(), "Ida Tester", "ida@example.org",
                LocalDate.of(2026, 5, 1), ProductionStatus.LAUNCHED);

        JsonPath all = as(IDA).get("/productions/{id}/feedback/colleague-suggestions", ours).then().statusCode(200)
                .extract().jsonPath();
        List<String> emails = all.getList("email");
        List<String> departments = all.getList("department");
        List<String> ofThisRun = emails.stream().filter(e -> e.endsWith(run + "@example.org")).toList();
        assertEquals(List.of(anna, bent, eva), ofThisRun, "Compute first; then the others, latest launch first");
        assertEquals(List.of(Map.of("name", "Anna", "email", anna, "department", "Compute",
                        "moocTitle", "Anna's second " + run, "launchDate", "2026-09-01")),
                all.getList("findAll { it.email == '" + anna + "' }"));
        assertFalse(emails.contains("ida@example.org"), "not the MOOC's own instructor");
        assertEquals(emails.size(), emails.stream().distinct().count(), "each colleague once");
        // the whole list: every colleague of the MOOC's department before any other
        int lastCompute = departments.lastIndexOf("Compute");
        int firstOther = departments.indexOf("Physics");
        assertTrue(lastCompute >= 0 && firstOther >= 0 && lastCompute < firstOther, departments.toString());

        // a consultant asks too; the study board, the MediaLab and other instructors do not
        as(CARLA).get("/productions/{id}/feedback/colleague-suggestions", ours).then().statusCode(200);
        as(BO).get("/productions/{id}/feedback/colleague-suggestions", ours).then().statusCode(403);
        as(MADS).get("/productions/{id}/feedback/colleague-suggestions", ours).then().statusCode(403);
        as(OLGA).get("/productions/{id}/feedback/colleague-suggestions", ours).then().statusCode(404);
    }
}
