package dk.mooc.analytics.imports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values as Coursera writes them: quoted, padded numbers, timestamps without a zone (UTC), NA or empty for unknown. */
class RowTest {

    /** The second line of a two-line CSV text, read as Coursera's reader reads it. */
    static Row row(String csv) throws Exception {
        CsvReader reader = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1000);
        List<String> header = reader.next();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        Row row = new Row("t", columns);
        row.set(reader.next(), reader.recordLine());
        return row;
    }

    @Test
    void quotedValuesPaddedNumbersAndZonelessTimestamps() throws Exception {
        Row r = row("a,b,c,d,e,f,g\n\"u01\",\" 9 \",08,10.0,+3,\"2027-09-14 08:31:07.123\",-1\n");
        assertEquals("u01", r.id("a"));
        assertEquals(9, r.integer("b", 0, 10));
        assertEquals(8, r.integer("c", 0, 10));
        assertEquals(10, r.integer("d", 0, 10));
        assertEquals(3, r.integer("e", 0, 10));
        assertEquals(-1, r.integer("g", -1, 2));
        assertEquals(Instant.parse("2027-09-14T08:31:07.123Z"), r.timestamp("f"), "no zone: UTC");
    }

    @Test
    void naAndEmptyAreUnknownButNaAsACountryIsNamibia() throws Exception {
        Row r = row("a,b,c,country_cd,e\nNA,,\"NA\",NA,\n");
        assertEquals("", r.raw("a"));
        assertNull(r.optionalTimestamp("a"));
        assertNull(r.optionalTimestamp("c"), "quoted NA is unknown as well");
        assertNull(r.text("b", 10));
        assertEquals("NA", r.country("country_cd"));
        assertNull(r.country("e"));
        ImportRejected e = assertThrows(ImportRejected.class, () -> r.integer("a", 0, 10));
        assertEquals("a", e.column());
        assertTrue(e.getMessage().contains("is empty or NA"), e.getMessage());
    }

    @Test
    void numbersThatAreNotWholeAreStillRefused() throws Exception {
        Row r = row("a,b,c\n9.5,9 9,0x10\n");
        for (String c : List.of("a", "b", "c")) {
            ImportRejected e = assertThrows(ImportRejected.class, () -> r.integer(c, 0, 100), c);
            assertTrue(e.getMessage().contains("is not a whole number"), e.getMessage());
        }
    }
}
