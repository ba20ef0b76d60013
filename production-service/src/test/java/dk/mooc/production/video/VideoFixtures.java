package dk.mooc.production.video;

import dk.mooc.platform.mail.OutgoingMail;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.production.Production;
import dk.mooc.production.ProductionStatus;
import dk.mooc.production.Studio;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** People, productions and free studio days for the video tests. */
final class VideoFixtures {

    static final Person IDA = TestTokens.person("ida", "Compute", "instructor");
    /** An instructor who is also on the Compute study board: sees its productions, books only for their own. */
    static final Person OLE = TestTokens.person("ole", "Compute", "instructor", "board");
    /** An instructor who sees only their own productions. */
    static final Person OLGA = TestTokens.person("olga", "Physics", "instructor");
    static final Person CARLA = TestTokens.person("carla", null, "consultant");
    static final Person MADS = TestTokens.person("mads", null, "medialab");
    static final Person BO = TestTokens.person("bo", "Compute", "board");
    /** On the steering committee only: no part in production. */
    static final Person CARL = TestTokens.person("carl", null, "committee");

    private VideoFixtures() {
    }

    static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    /** A production whose instructor is {@code instructorId} (ida's is "ida-sub"), with a video budget or none. */
    static UUID production(String instructorId, Integer videoBudgetDkk) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Production p = new Production();
            p.moocId = UUID.randomUUID();
            p.title = "Video MOOC " + System.nanoTime();
            p.department = "Compute";
            p.instructorId = instructorId;
            p.instructorName = "Ida Tester";
            p.instructorEmail = instructorId.replace("-sub", "") + "@example.org";
            p.status = ProductionStatus.IN_PRODUCTION;
            p.startedAt = Timestamps.now();
            p.videoBudgetDkk = videoBudgetDkk;
            p.persist();
            return p.moocId;
        });
    }

    /**
     * The {@code n}-th weekday from two weeks ahead, in Copenhagen. Each test class takes its own block of numbers, so
     * that no two tests ever compete for a studio on one day.
     */
    static LocalDate weekday(int n) {
        LocalDate d = Timestamps.today(Studio.ZONE).plusDays(14);
        int seen = -1;
        while (true) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && ++seen == n) {
                return d;
            }
            d = d.plusDays(1);
        }
    }

    /** A local Copenhagen time on a day, with its offset, as the API takes it. */
    static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(Studio.ZONE).toOffsetDateTime();
    }

    /** The instant a JSON time stands for, whatever offset it was written with. */
    static java.time.Instant instant(Object json) {
        return OffsetDateTime.parse(json.toString()).toInstant();
    }

    static Map<String, Object> booking(Studio studio, LocalDate day, int fromHour, int toHour) {
        Map<String, Object> body = new HashMap<>();
        body.put("studio", studio.name());
        body.put("start", at(day, fromHour, 0).toString());
        body.put("end", at(day, toHour, 0).toString());
        return body;
    }

    static long mailsQueued(String recipient, UUID moocId, String subjectStart) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMail.count(
                "recipient = ?1 and subjectRef = ?2 and subject like ?3", recipient, moocId.toString(), subjectStart + "%"));
    }
}
