package dk.mooc.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProblemAwareAcceptTest {

    @Test
    void problemJsonAloneAsksForJsonThenAnything() {
        assertEquals("application/json, */*;q=0.01", ProblemAwareAccept.rewrite("application/problem+json"));
        assertEquals("application/json, */*;q=0.01", ProblemAwareAccept.rewrite(" Application/Problem+JSON ; charset=utf-8 "));
    }

    @Test
    void problemJsonFirstKeepsTheOtherTypesInTheirOrder() {
        assertEquals("application/json, */*;q=0.01",
                ProblemAwareAccept.rewrite("application/problem+json, application/json"));
        assertEquals("text/csv, application/json;q=0.5, */*;q=0.01",
                ProblemAwareAccept.rewrite("application/problem+json,text/csv, application/json;q=0.5"));
        assertEquals("text/calendar, */*;q=0.01", ProblemAwareAccept.rewrite("text/calendar, application/problem+json"));
    }

    @Test
    void jsonFallsBackToTheOperationsOwnTypeLast() {
        assertEquals("application/json, */*;q=0.01", ProblemAwareAccept.rewrite("application/json"));
        assertEquals("text/csv, application/json;q=0.9, */*;q=0.01",
                ProblemAwareAccept.rewrite("text/csv, application/json;q=0.9"));
    }

    @Test
    void anAcceptWithoutProblemJsonOrJsonIsLeftAlone() {
        assertNull(ProblemAwareAccept.rewrite(null));
        assertNull(ProblemAwareAccept.rewrite("*/*"));
        assertNull(ProblemAwareAccept.rewrite("text/csv"));
        assertNull(ProblemAwareAccept.rewrite("text/calendar, text/plain;q=0.5"));
        // another +json type is neither
        assertNull(ProblemAwareAccept.rewrite("application/problem+jsonx"));
    }

    @Test
    void anAcceptThatIsNoListOfMediaTypesIsLeftToTheFramework() {
        assertNull(ProblemAwareAccept.rewrite("application/problem+json, garbage"));
        assertNull(ProblemAwareAccept.rewrite("application/problem+json, a/b/c"));
    }
}
