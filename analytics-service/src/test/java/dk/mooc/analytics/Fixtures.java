package dk.mooc.analytics;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The people of the tests (real signed tokens; a person's sub is {@code username + "-sub"}) and launched courses. */
public final class Fixtures {

    public static final Person IDA = TestTokens.person("ida", "Compute", "instructor");
    public static final Person OLE = TestTokens.person("ole", "Physics", "instructor");
    public static final Person CARLA = TestTokens.person("carla", null, "consultant");
    public static final Person BO = TestTokens.person("bo", "Compute", "board");
    public static final Person BEA = TestTokens.person("bea", "Physics", "board");
    public static final Person HANS = TestTokens.person("hans", "Compute", "head");
    public static final Person CHRIS = TestTokens.person("chris", "Compute", "committee", "committee-chair");
    public static final Person MADS = TestTokens.person("mads", null, "medialab");
    public static final Person ADA = TestTokens.person("ada", null, "admin");

    private Fixtures() {
    }

    public static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    /** A running course of the given instructor (a person's sub) and department, launched on the given day. */
    public static UUID course(String department, String instructorSub, LocalDate launchedOn, Integer expectedEnrolments) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LaunchedCourse c = new LaunchedCourse();
            c.moocId = UUID.randomUUID();
            c.title = "Course of " + instructorSub + " " + c.moocId.toString().substring(0, 8);
            c.department = department;
            c.instructorId = instructorSub;
            c.instructorName = instructorSub.replace("-sub", "") + " Tester";
            c.instructorEmail = instructorSub.replace("-sub", "") + "@example.org";
            c.launchedOn = launchedOn;
            c.launchedAt = launchedOn.atTime(8, 0).atOffset(ZoneOffset.UTC);
            c.registeredAt = Timestamps.now();
            c.expectedEnrolments = expectedEnrolments;
            c.plannedLaunchSemester = Semester.of(launchedOn).toString();
            c.status = CourseStatus.RUNNING;
            c.persist();
            return c.moocId;
        });
    }

    public static UUID course(String department, String instructorSub) {
        return course(department, instructorSub, LocalDate.of(2027, 9, 1), 5000);
    }
}
