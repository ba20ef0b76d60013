package dk.mooc.platform.web;

import dk.mooc.platform.problem.InvalidParameterException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query parameters of the platform's value types (enums, whole numbers, booleans, ids, dates) that cannot be read are the client's mistake:
 * {@code 400 validation} naming the parameter and what it accepts, as docs/problems.md promises. JAX-RS would answer
 * 404, as if the resource did not exist. Path parameters keep 404: an unknown path is an unknown resource.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, "must be one of " + allowed, v -> Enum.valueOf(type, v));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "must be a whole number", Integer::valueOf, rawType.isPrimitive());
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, "must be a whole number", Long::valueOf, rawType.isPrimitive());
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "must be true or false", v -> {
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException(v);
                }
                return Boolean.valueOf(v);
            }, rawType.isPrimitive());
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "must be a UUID", UUID::fromString);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "must be a date (yyyy-mm-dd) " + StrictJson.outOfRange(),
                    v -> inRange(LocalDate.parse(v), LocalDate.parse(v).getYear()));
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, "must be a date and time with offset (ISO 8601) "
                    + StrictJson.outOfRange(), v -> {
                        OffsetDateTime t = OffsetDateTime.parse(v);
                        return inRange(t, t.withOffsetSameInstant(java.time.ZoneOffset.UTC).getYear());
                    });
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String expectation, Function<String, T> parse) {
        return converter(name, expectation, parse, false);
    }

    /** {@code primitive}: an empty value cannot mean "absent" (there is no null), so it is refused too. */
    private static <T> ParamConverter<T> converter(String name, String expectation, Function<String, T> parse,
                                                   boolean primitive) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || (value.isEmpty() && !primitive)) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (RuntimeException e) {
                    throw new InvalidParameterException(name, expectation + " (was \"" + abbreviate(value) + "\")");
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static <T> T inRange(T value, int year) {
        if (!StrictJson.yearInRange(year)) {
            throw new IllegalArgumentException("year out of range");
        }
        return value;
    }

    private static String queryName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof RestQuery q) {
                return q.value().isEmpty() ? "query parameter" : q.value();
            }
        }
        return null;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
