package dk.mooc.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import dk.mooc.platform.problem.Problem;
import dk.mooc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link JsonWriting} makes Jackson write through generated accessors and changes nothing that is written or read: the
 * same answers byte for byte as without it, and {@link StrictJson}'s rules still refuse what they refuse.
 */
class JsonWritingTest {

    enum Stage { DRAFT, IN_PRODUCTION }

    record Nested(String name, Integer count, List<String> tags) {
    }

    record View(UUID id, String title, Stage stage, boolean flag, int number, Integer missing, long version,
                OffsetDateTime at, OffsetDateTime atWholeMinute, LocalDate day, List<Nested> nested, Set<Stage> stages,
                Map<String, Object> extra, Nested none, double share) {
    }

    public static class Bean {
        public String title;
        private int count;

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }
    }

    record Body(String title, LocalDate day) {
    }

    /** A mapper as Quarkus builds the services' (its modules, dates as text), with the platform's customizers. */
    private static ObjectMapper mapper(boolean jsonWriting) {
        ObjectMapper m = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
                .registerModule(new ParameterNamesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        StrictJson.apply(m);
        if (jsonWriting) {
            new JsonWriting().customize(m);
        }
        return m;
    }

    private static List<Object> samples() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("b", 2);
        extra.put("a", List.of("x", "y"));
        extra.put("n", null);
        View full = new View(UUID.fromString("6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11"), "Quantum \"Computing\" — ø",
                Stage.IN_PRODUCTION, true, 42, null, 7L,
                OffsetDateTime.of(2026, 12, 5, 13, 1, 19, 769_120_000, ZoneOffset.UTC),
                OffsetDateTime.of(2027, 1, 12, 10, 0, 0, 0, ZoneOffset.ofHours(1)),
                LocalDate.of(2027, 4, 15), List.of(new Nested("Pilot", 3, List.of("a", "b")), new Nested(null, null, List.of())),
                Set.of(Stage.DRAFT), extra, null, 0.25);
        View empty = new View(null, null, null, false, 0, null, 0, null, null, null, null, null, null, null, 0);
        Bean bean = new Bean();
        bean.title = "plain";
        bean.setCount(3);
        Problem problem = new Problem(ProblemType.VALIDATION, "title: must not be blank")
                .with("unmetGates", List.of("USER_TEST"));
        problem.errors = List.of(new Problem.FieldError("title", "must not be blank"));
        problem.correlationId = "5b0e1f2c-8c1a";
        return new ArrayList<>(Arrays.asList(full, empty, bean, problem, List.of(full, empty), Map.of("page", full)));
    }

    @Test
    void writesExactlyWhatJacksonWroteBefore() throws Exception {
        ObjectMapper before = mapper(false);
        ObjectMapper after = mapper(true);
        for (Object sample : samples()) {
            assertEquals(before.writeValueAsString(sample), after.writeValueAsString(sample), "for " + sample);
        }
    }

    @Test
    void readsExactlyWhatJacksonReadBefore() throws Exception {
        String json = "{\"title\":\"A title\",\"day\":\"2027-04-15\"}";
        assertEquals(mapper(false).readValue(json, Body.class), mapper(true).readValue(json, Body.class));
        Bean bean = mapper(true).readValue("{\"title\":\"t\",\"count\":5}", Bean.class);
        assertEquals("t", bean.title);
        assertEquals(5, bean.getCount());
    }

    @Test
    void strictReadingStillRefusesWhatItRefuses() {
        ObjectMapper m = mapper(true);
        assertThrows(JsonMappingException.class, () -> m.readValue("{\"title\":\"nul\\u0000\",\"day\":null}", Body.class));
        assertThrows(Exception.class, () -> m.readValue("{\"title\":\"a\",\"title\":\"b\"}", Body.class));
        assertThrows(JsonMappingException.class, () -> m.readValue("{\"title\":\"a\",\"day\":\"10000-01-01\"}", Body.class));
        assertThrows(JsonMappingException.class, () -> {
            Bean b = m.readValue("{\"title\":\"nul\\u0000\",\"count\":1}", Bean.class);
            throw new AssertionError("accepted " + b.title);
        });
    }

    @Test
    void writesThroughGeneratedAccessorsNotReflection() throws Exception {
        // without the module, every property of a record is a plain BeanPropertyWriter that calls Method.invoke
        ObjectMapper m = mapper(true);
        BeanSerializer serializer = (BeanSerializer) m.getSerializerProviderInstance().findValueSerializer(View.class);
        Map<String, String> writers = new LinkedHashMap<>();
        serializer.properties().forEachRemaining(p -> writers.put(p.getName(), p.getClass().getName()));
        // Blackbird generates accessors for objects, text and the integral and boolean primitives; a double it leaves
        writers.remove("share");
        assertEquals(14, writers.size(), "property writers: " + writers);
        assertTrue(writers.values().stream().allMatch(w -> w.startsWith("com.fasterxml.jackson.module.blackbird.")
                && !w.equals(BeanPropertyWriter.class.getName())), "property writers: " + writers);
    }
}
