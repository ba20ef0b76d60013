package dk.mooc.platform.web;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VersionsTest {

    @Test
    void ifMatchAcceptsStrongWeakAndBareTags() {
        assertEquals(3, Versions.requireIfMatch("\"3\""));
        assertEquals(3, Versions.requireIfMatch("W/\"3\""));
        assertEquals(12, Versions.requireIfMatch(" 12 "));
    }

    @Test
    void aMissingIfMatchIs428AndGarbageIs412() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> Versions.requireIfMatch(null)).type());
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> Versions.requireIfMatch("\"abc\"")).type());
    }

    @Test
    void aStaleVersionIs412WithTheCurrentVersion() {
        Versions.check("The proposal", 4, 4);
        ProblemException e = assertThrows(ProblemException.class, () -> Versions.check("The proposal", 3, 4));
        assertEquals(ProblemType.PRECONDITION_FAILED, e.type());
        assertEquals(4L, e.extensions().get("currentVersion"));
    }
}
