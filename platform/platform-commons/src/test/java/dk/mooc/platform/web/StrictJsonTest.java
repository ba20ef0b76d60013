package dk.mooc.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonTest {

    public record Body(String title, String notes, List<String> tags, LocalDate due, OffsetDateTime at, Instant seen) {
    }

    // as in a service: Quarkus registers the Java time module first, then applies the customizers
    private final ObjectMapper json = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void cleanBodiesReadAsBefore() throws Exception {
        Body b = json.readValue("""
                {"title":"Quantum computing","notes":"line one\\nline two\\ttab\\r\\n","tags":["a","b"],
                 "due":"2027-03-01","at":"2027-03-01T10:15:30+01:00","seen":"2027-03-01T09:15:30Z"}""", Body.class);
        assertEquals("line one\nline two\ttab\r\n", b.notes());
        assertEquals(LocalDate.of(2027, 3, 1), b.due());
        assertEquals(Instant.parse("2027-03-01T09:15:30Z"), b.at().toInstant());
        assertEquals(Instant.parse("2027-03-01T09:15:30Z"), b.seen());
    }

    @Test
    void aDuplicateKeyIsRefused() {
        JsonParseException e = assertThrows(JsonParseException.class,
                () -> json.readValue("{\"title\":\"Harmless\",\"title\":\"Other\"}", Body.class));
        assertTrue(e.getOriginalMessage().contains("Duplicate field 'title'"), e.getOriginalMessage());
    }

    @Test
    void controlCharactersAreRefusedWithTheFieldsPath() {
        for (String bad : List.of("\\u0000", "\\u0007", "\\u001b[31m", "\\u007f", "\\u0085", "\\u000b")) {
            JsonMappingException e = assertThrows(JsonMappingException.class,
                    () -> json.readValue("{\"tags\":[\"ok\",\"x" + bad + "\"]}", Body.class), bad);
            StrictJson.RefusedValueException r = assertInstanceOf(StrictJson.RefusedValueException.class, e);
            assertTrue(r.reason().startsWith("must not contain control characters"), r.reason());
            assertEquals("tags", e.getPath().get(0).getFieldName());
            assertEquals(1, e.getPath().get(1).getIndex());
        }
    }

    @Test
    void datesOutsideTheYears1To9999AreRefused() {
        for (String body : List.of("{\"due\":\"+10000-01-01\"}", "{\"due\":\"0000-12-31\"}",
                "{\"at\":\"+20000-01-01T00:00:00Z\"}", "{\"seen\":\"-0001-01-01T00:00:00Z\"}")) {
            JsonMappingException e = assertThrows(JsonMappingException.class, () -> json.readValue(body, Body.class), body);
            assertInstanceOf(StrictJson.RefusedValueException.class, e, body);
        }
        assertEquals(9999, assertDoesNotThrowRead("{\"due\":\"9999-12-31\"}").due().getYear());
        assertEquals(1, assertDoesNotThrowRead("{\"due\":\"0001-01-01\"}").due().getYear());
    }

    @Test
    void textProblemNamesTheCharacter() {
        assertEquals("must not contain control characters (found U+0000)", StrictJson.textProblem("a\u0000b"));
        assertEquals("is not valid Unicode (an unpaired surrogate U+D800)", StrictJson.textProblem("x\uD800y"));
        assertEquals("is not valid Unicode (an unpaired surrogate U+DC00)", StrictJson.textProblem("\uDC00"));
        assertFalse(StrictJson.textProblem("Tab\tand\nbreaks\r are fine, and so is æøå ✓ and 😀") != null);
    }

    private Body assertDoesNotThrowRead(String body) {
        try {
            return json.readValue(body, Body.class);
        } catch (Exception e) {
            throw new AssertionError(body + " was refused: " + e.getMessage(), e);
        }
    }
}
