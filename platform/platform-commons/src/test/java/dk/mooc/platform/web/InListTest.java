package dk.mooc.platform.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InListTest {

    @Test
    void aCollectionBecomesOneParameterPerKeyPaddedToAPowerOfTwoWithTheLastKey() {
        InList one = InList.of("from Assessment where caseId in :ids", Map.of("ids", List.of("a")));
        assertEquals("from Assessment where caseId in (:ids_0, :ids_1)", one.hql(), "never one alone in parentheses");
        assertEquals(Map.of("ids_0", "a", "ids_1", "a"), one.params());

        InList q = InList.of("from CaseMember where caseId in :ids order by assignedAt", Map.of("ids", List.of("a", "b", "c")));

        assertEquals("from CaseMember where caseId in (:ids_0, :ids_1, :ids_2, :ids_3) order by assignedAt", q.hql());
        assertEquals(Map.of("ids_0", "a", "ids_1", "b", "ids_2", "c", "ids_3", "c"), q.params());
    }

    @Test
    void aQueryHasOneShapePerPowerOfTwoSoHibernateTranslatesItOncePerShape() {
        Set<String> shapes = new java.util.HashSet<>();
        for (int n = 1; n <= 100; n++) {
            List<Integer> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                keys.add(i);
            }
            InList q = InList.of("from X where id in :ids", Map.of("ids", keys));
            shapes.add(q.hql());
            // every key is bound, and nothing but the keys
            assertEquals(Set.copyOf(keys), Set.copyOf(q.params().values()), "keys for " + n);
        }
        assertEquals(7, shapes.size(), "2, 4, ..., 128 keys");
        assertEquals(2, InList.slots(0));
        assertEquals(2, InList.slots(1));
        assertEquals(2, InList.slots(2));
        assertEquals(4, InList.slots(3));
        assertEquals(4, InList.slots(4));
        assertEquals(8, InList.slots(5));
        assertEquals(128, InList.slots(100));
    }

    @Test
    void otherParametersStayAsTheyAreAndANameThatOnlyBeginsLikeTheCollectionIsNotTouched() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("me", "ada");
        params.put("ids", List.of(7));
        params.put("idsOwner", "ida");
        InList q = InList.of("select a from A a where a.username = :me and a.caseId in :ids or a.owner = :idsOwner", params);

        assertEquals("select a from A a where a.username = :me and a.caseId in (:ids_0, :ids_1) or a.owner = :idsOwner",
                q.hql());
        assertEquals(Map.of("me", "ada", "ids_0", 7, "ids_1", 7, "idsOwner", "ida"), q.params());
    }

    @Test
    void twoCollectionsAreEachWrittenOutAndAQueryWithoutOneIsUnchanged() {
        InList q = InList.of("from H where caseId in :ids and action in :actions",
                Map.of("ids", List.of(1, 2, 3, 4, 5), "actions", Set.of("HANDED_OVER")));
        assertEquals("from H where caseId in (:ids_0, :ids_1, :ids_2, :ids_3, :ids_4, :ids_5, :ids_6, :ids_7)"
                + " and action in (:actions_0, :actions_1)", q.hql());
        assertEquals(5, q.params().get("ids_7"));

        InList plain = InList.of("from P where id = :id", Map.of("id", 3));
        assertEquals("from P where id = :id", plain.hql());
        assertEquals(Map.of("id", 3), plain.params());
    }

    @Test
    void anEmptyCollectionMatchesNothingAndANullParameterIsKept() {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", List.of());
        params.put("userId", null);
        InList q = InList.of("from C where moocId in :ids and author = :userId", params);

        assertEquals("from C where moocId in (:ids_0, :ids_1) and author = :userId", q.hql());
        assertTrue(q.params().containsKey("ids_0"));
        assertNull(q.params().get("ids_0"), "in (null, null) matches no row");
        assertNull(q.params().get("ids_1"));
        assertTrue(q.params().containsKey("userId"));
    }
}
