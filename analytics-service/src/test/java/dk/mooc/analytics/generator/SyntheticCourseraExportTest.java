package dk.mooc.analytics.generator;

import dk.mooc.analytics.generator.SyntheticCourseraExport.Counts;
import dk.mooc.analytics.generator.SyntheticCourseraExport.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator on its own (no application): deterministic, Coursera's columns, realistic shapes. */
class SyntheticCourseraExportTest {

    static final Options SMALL = Options.defaults().learners(3000).seed(7).firstSemester("2027-autumn").semesters(3);

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
        Counts a = SyntheticCourseraExport.write(SMALL, dir.resolve("a"));
        Counts b = SyntheticCourseraExport.write(SMALL, dir.resolve("b"));
        Counts c = SyntheticCourseraExport.write(SMALL.seed(8), dir.resolve("c"));
        assertEquals(a, b);
        for (String table : a.byTable().keySet()) {
            assertArrayEquals(Files.readAllBytes(SyntheticCourseraExport.file(dir.resolve("a"), table)),
                    Files.readAllBytes(SyntheticCourseraExport.file(dir.resolve("b"), table)), table);
            assertFalse(Arrays.equals(Files.readAllBytes(SyntheticCourseraExport.file(dir.resolve("a"), table)),
                    Files.readAllBytes(SyntheticCourseraExport.file(dir.resolve("c"), table))), table);
            // the generator never writes a line break inside a quoted field, so lines are rows
            try (var lines = Files.lines(SyntheticCourseraExport.file(dir.resolve("a"), table))) {
                assertEquals(a.byTable().get(table) + 1, lines.count(), table + ": one line per row plus the header");
            }
        }
        assertTrue(c.total() > 0);
    }

    @Test
    void learnersCountriesMembershipsGradesAndRatingsLookLikeCoursera(@TempDir Path dir) throws IOException {
        Counts counts = SyntheticCourseraExport.write(SMALL, dir);
        assertEquals(3000, counts.users());
        assertTrue(counts.total() > 3000 * 15, "about 21 rows per learner: " + counts.total());

        List<String> users = Files.readAllLines(SyntheticCourseraExport.file(dir, "users"));
        assertEquals("partner_user_id,user_join_ts,country_cd,region_cd,profile_language_cd,reported_or_inferred_gender,"
                + "employment_status,educational_attainment,student_status", users.get(0));
        Set<String> ids = new HashSet<>();
        Map<String, Integer> countries = new HashMap<>();
        for (String line : users.subList(1, users.size())) {
            String[] f = line.split(",", -1);
            assertTrue(f[0].matches("[0-9a-f]{40}"), f[0]);
            ids.add(f[0]);
            countries.merge(f[2], 1, Integer::sum);
        }
        assertEquals(3000, ids.size(), "user ids are unique");
        String top = countries.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals("US", top, "most learners come from the United States");
        assertTrue(countries.size() > 25, "learners come from many countries: " + countries.keySet());
        assertTrue(countries.getOrDefault("", 0) > 0, "some learners have no country");

        List<String> memberships = Files.readAllLines(SyntheticCourseraExport.file(dir, "course_memberships"));
        assertEquals("partner_user_id,course_id,course_membership_role,course_membership_ts", memberships.get(0));
        Map<String, Integer> roles = new HashMap<>();
        for (String line : memberships.subList(1, memberships.size())) {
            String[] f = line.split(",", -1);
            roles.merge(f[2], 1, Integer::sum);
            assertTrue(f[3].compareTo("2027-08-01") >= 0 && f[3].compareTo("2029-01-01") < 0,
                    "within the three semesters from a month before the launch: " + f[3]);
        }
        assertTrue(roles.get("LEARNER") > 2600 && roles.containsKey("BROWSER") && roles.containsKey("PRE_ENROLLED_LEARNER"),
                roles.toString());

        List<String> grades = Files.readAllLines(SyntheticCourseraExport.file(dir, "course_grades"));
        long passed = grades.stream().skip(1).filter(l -> !l.split(",", -1)[3].equals("0")).count();
        double passRate = passed / (double) roles.get("LEARNER");
        assertTrue(passRate > 0.03 && passRate < 0.2, "a MOOC's usual completion: " + passRate);

        List<String> ratings = Files.readAllLines(SyntheticCourseraExport.file(dir, "feedback_course_ratings"));
        int[] stars = new int[6];
        for (String line : ratings.subList(1, ratings.size())) {
            String[] f = line.split(",");
            stars[Integer.parseInt(f[f.length - 3])]++;
        }
        int rated = Arrays.stream(stars).sum();
        assertTrue(rated > 100, "some learners rate: " + rated);
        assertTrue(stars[5] > stars[4] && stars[4] > stars[3] && stars[1] > 0,
                "ratings skew to five stars, with a few angry ones: " + Arrays.toString(stars));
    }
}
