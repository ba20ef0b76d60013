package dk.mooc.analytics.imports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 4180 as the imports read it, and the line numbers the problems name. */
class CsvReaderTest {

    static List<List<String>> read(String csv, List<Long> lines) throws Exception {
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 20)) {
            List<List<String>> records = new ArrayList<>();
            List<String> rec;
            while ((rec = r.next()) != null) {
                records.add(rec);
                lines.add(r.recordLine());
            }
            return records;
        }
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndLinesAreCountedPhysically() throws Exception {
        List<Long> lines = new ArrayList<>();
        List<List<String>> r = read("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",3\r\n\r\n2,\"two\nlines\",\n3,,\"\"", lines);
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "x, \"y\"", "3"), List.of("2", "two\nlines", ""),
                List.of("3", "", "")), r);
        assertEquals(List.of(1L, 2L, 4L, 6L), lines, "the empty line 3 is skipped; the quoted line break counts");
    }

    @Test
    void malformedInputNamesTheLine() {
        CsvReader.FormatException open = assertThrows(CsvReader.FormatException.class,
                () -> read("a,b\n1,2\n3,\"open\n", new ArrayList<>()));
        assertEquals(3, open.line());
        assertTrue(open.getMessage().contains("not closed"), open.getMessage());

        CsvReader.FormatException stray = assertThrows(CsvReader.FormatException.class,
                () -> read("a,b\n1,x\"y\n", new ArrayList<>()));
        assertEquals(2, stray.line());

        CsvReader.FormatException after = assertThrows(CsvReader.FormatException.class,
                () -> read("a,b\n\"1\"x,2\n", new ArrayList<>()));
        assertEquals(2, after.line());

        CsvReader.FormatException tooLong = assertThrows(CsvReader.FormatException.class,
                () -> read("a,b\n1,\"" + "x".repeat(50) + "\"\n", new ArrayList<>()));
        assertTrue(tooLong.getMessage().contains("longer than 20"), tooLong.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "a,b\n1,Søren\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvReader.FormatException e = assertThrows(CsvReader.FormatException.class, () -> {
            try (CsvReader r = new CsvReader(new ByteArrayInputStream(latin1), 100)) {
                while (r.next() != null) {
                    // read to the end
                }
            }
        });
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertEquals(2, e.line(), "the line the bad bytes are on");
    }
}
