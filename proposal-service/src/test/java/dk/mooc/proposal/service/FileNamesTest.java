package dk.mooc.proposal.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {

    @Test
    void aRightToLeftOverrideCannotDisguiseTheExtension() {
        assertEquals("invoicefdp.exe", FileNames.clean("invoice\u202Efdp.exe"));
    }

    @Test
    void everyEmbeddingOverrideIsolateAndMarkIsDropped() {
        String controls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
        assertEquals("course outline.pdf", FileNames.clean(controls + "course " + controls + "outline.pdf" + controls));
    }

    @Test
    void theExistingNormalisationStays() {
        // path separators and control characters become '_', blanks around the name go
        assertEquals("a_b_c_d.txt", FileNames.clean("  a/b\\c\td.txt \u202E "));
        assertEquals("", FileNames.clean(null));
        // right-to-left letters themselves are a name, not a control
        assertEquals("\u05E9\u05DC\u05D5\u05DD.pdf", FileNames.clean("\u05E9\u05DC\u05D5\u05DD.pdf"));
    }
}
