package dk.mooc.platform.testing;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Whether two objects of one class hold the same values in every field, for a read that builds entities some other way
 * than Hibernate does ({@code EntityJson}): compared with the entity Hibernate loads, field by field, so that a column
 * the other read misses or reads differently fails here, not in a view. The persistence layer's own fields and the
 * collections mapped to tables of their own (which such a read leaves out by design) are not compared; embedded values
 * of the project's own classes are compared field by field in turn.
 */
public final class SameFields {

    private SameFields() {
    }

    public static void assertSameFields(String what, Object expected, Object actual) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
            return;
        }
        assertEquals(expected.getClass(), actual.getClass(), what + ": class");
        int compared = 0;
        for (Class<?> type = expected.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isSynthetic() || field.getName().startsWith("$$_")
                        || field.isAnnotationPresent(ElementCollection.class) || field.isAnnotationPresent(OneToMany.class)
                        || field.isAnnotationPresent(ManyToMany.class)) {
                    continue;
                }
                field.setAccessible(true);
                Object e = read(field, expected);
                Object a = read(field, actual);
                String name = what + "." + field.getName();
                if (e != null && ownEmbeddable(e.getClass())) {
                    assertNotNull(a, name);
                    assertSameFields(name, e, a);
                } else if (e == null) {
                    assertNull(a, name);
                } else {
                    assertEquals(e, a, name);
                }
                compared++;
            }
        }
        if (compared == 0) {
            throw new AssertionError(what + ": no field compared");
        }
    }

    public static void assertSameFields(String what, List<?> expected, List<?> actual) {
        assertEquals(expected.size(), actual.size(), what + ": how many");
        for (int i = 0; i < expected.size(); i++) {
            assertSameFields(what + "[" + i + "]", expected.get(i), actual.get(i));
        }
    }

    /** A class of the project's own that does not say itself when it equals another (an embedded value). */
    private static boolean ownEmbeddable(Class<?> type) {
        if (!type.getName().startsWith("dk.mooc.") || type.isRecord() || type.isEnum()) {
            return false;
        }
        try {
            return type.getMethod("equals", Object.class).getDeclaringClass() == Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
