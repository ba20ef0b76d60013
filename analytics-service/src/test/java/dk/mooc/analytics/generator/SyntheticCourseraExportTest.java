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
            if (!table.equals(SyntheticCourseraExport.PASSING_STATES) && !table.equals(SyntheticCourseraExport.PROGRESS_STATES)) {
                // (the lookup tables are the same in every export)
                assertFalse(Arrays.equals(Files.readAllBytes(SyntheticCourseraExport.file(dir.resolve("a"), table)),
                        Files.readAllBytes(SyntheticCourseraExport.file(dir.resolve("c"), table))), table);
            }
            // the generator never writes a line break inside a quoted field, so lines are rows
            try (var lines = Files.lines(SyntheticCourseraExport.file(dir.resolve("a"), table))) {
                assertEquals(a.byTable().get(table) + 1, lines.count(), table + ": one line per row plus the header");
            }
        }
        assertTrue(c.total() > 0);
    }

    @Test
    void theZipArchiveHoldsTheSameTablesInAFolderNamedAfterTheCourse(@TempDir Path dir) throws IOException {
        Options options = Options.defaults().learners(300).seed(5);
        SyntheticCourseraExport.write(options, dir.resolve("folder"));
        Path archive = dir.resolve("export.zip");
        Counts counts = SyntheticCourseraExport.writeZip(options, archive);
        Map<String, byte[]> entries = new HashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        assertEquals(7, entries.size(), entries.keySet().toString());
        for (String table : counts.byTable().keySet()) {
            byte[] inZip = entries.get(options.courseId() + "/" + table + ".csv");
            assertArrayEquals(Files.readAllBytes(SyntheticCourseraExport.file(dir.resolve("folder"), table)), inZip, table);
        }
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith("coursera-export-")
                    && Files.isDirectory(f) && f.toFile().lastModified() > System.currentTimeMillis() - 5_000),
                    "the temporary folder is removed");
        }
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
        int left = roles.getOrDefault("NOT_ENROLLED", 0);
        assertTrue(left > 30 && left < 300, "about 4 % of the learners unenrol: " + left);

        List<String> grades = Files.readAllLines(SyntheticCourseraExport.file(dir, "course_grades"));
        Map<String, Integer> states = new HashMap<>();
        grades.stream().skip(1).forEach(l -> states.merge(l.split(",", -1)[3], 1, Integer::sum));
        assertEquals(Set.of("-1", "0", "1", "2"), states.keySet(), "every passing state, not passable (-1) too");
        long passed = states.get("1") + states.get("2");
        double passRate = passed / (double) roles.get("LEARNER");
        assertTrue(passRate > 0.03 && passRate < 0.2, "a MOOC's usual completion: " + passRate);
        assertEquals(List.of("course_passing_state_id,course_passing_state_desc", "-1,\"not passable\"",
                "0,\"not passed\"", "1,\"passed\"", "2,\"verified passed\""),
                Files.readAllLines(SyntheticCourseraExport.file(dir, "course_passing_states")));
        assertEquals(List.of("course_progress_state_type_id,course_progress_state_type_desc", "0,\"not started\"",
                "1,\"started\"", "2,\"completed\""),
                Files.readAllLines(SyntheticCourseraExport.file(dir, "course_progress_state_types")));
        Set<String> progressStates = new HashSet<>();
        try (var lines = Files.lines(SyntheticCourseraExport.file(dir, "course_progress"))) {
            lines.skip(1).forEach(l -> progressStates.add(l.split(",", -1)[3]));
        }
        assertEquals(Set.of("0", "1", "2"), progressStates, "not started, started, completed");

        List<String> ratings = Files.readAllLines(SyntheticCourseraExport.file(dir, "feedback_course_ratings"));
        int[] stars = new int[6];
        int[] nps = new int[11];
        Map<String, Integer> systems = new HashMap<>();
        for (String line : ratings.subList(1, ratings.size())) {
            String[] f = line.split(",");
            String system = f[2].replace("\"", "");
            systems.merge(system, 1, Integer::sum);
            int rating = Integer.parseInt(f[f.length - 3]);
            int max = Integer.parseInt(f[f.length - 2]);
            if (system.equals("STAR")) {
                assertEquals(5, max, line);
                stars[rating]++;
            } else {
                assertEquals(10, max, line);
                nps[rating]++;
            }
        }
        assertEquals(Set.of("STAR", "NPS_FIRST_WEEK", "NPS_END_OF_COURSE"), systems.keySet(), "mixed in one file");
        assertTrue(nps[0] > 0 && nps[10] > nps[5], "NPS answers span 0-10, skewed high: " + Arrays.toString(nps));
        int rated = Arrays.stream(stars).sum();
        assertTrue(rated > 100, "some learners rate: " + rated);
        assertTrue(stars[5] > stars[4] && stars[4] > stars[3] && stars[1] > 0,
                "ratings skew to five stars, with a few angry ones: " + Arrays.toString(stars));
    }
}
