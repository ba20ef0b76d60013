package dk.mooc.analytics;

import dk.mooc.platform.testing.TestTokens.Person;
import io.restassured.response.ValidatableResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Uploads of Coursera export tables, and the small hand-checked export under src/test/resources/exports/small. */
public final class Exports {

    /**
     * In the order an export is best imported: the lookup tables first, since grades and progress are checked against
     * the course's states (without them, against the documented defaults).
     */
    public static final List<String> TABLES = List.of("course_passing_states", "course_progress_state_types", "users",
            "course_memberships", "course_progress", "course_grades", "feedback_course_ratings");

    private Exports() {
    }

    /**
     * Moves the platform's clock to 2030-01-15, after everything the test exports hold (the generated ones run into
     * 2029): an import refuses activity after the upload. A clock already later (-Dmooc.clock.start) is kept. The test
     * resets the clock afterwards ({@code Timestamps.reset()}).
     */
    public static void uploadAfterTheData() {
        java.time.LocalDate day = java.time.LocalDate.of(2030, 1, 15);
        if (dk.mooc.platform.web.Timestamps.today().isBefore(day)) {
            dk.mooc.platform.web.Timestamps.startOn(day);
        }
    }

    public static ValidatableResponse put(Person p, UUID moocId, String table, byte[] csv) {
        return given().auth().oauth2(p.token()).contentType("text/csv").body(csv)
                .put("/courses/{id}/exports/{table}", moocId, table).then();
    }

    public static ValidatableResponse put(Person p, UUID moocId, String table, String csv) {
        return put(p, moocId, table, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Streams a file as the body. */
    public static ValidatableResponse put(Person p, UUID moocId, String table, Path file) {
        return given().auth().oauth2(p.token()).contentType("text/csv").body(file.toFile())
                .put("/courses/{id}/exports/{table}", moocId, table).then();
    }

    public static byte[] small(String table) {
        try (InputStream in = Exports.class.getResourceAsStream("/exports/small/" + table + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("no small export of " + table);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the whole small export for the course. */
    public static void importSmall(Person p, UUID moocId) {
        for (String table : TABLES) {
            put(p, moocId, table, small(table)).statusCode(200);
        }
    }
}
