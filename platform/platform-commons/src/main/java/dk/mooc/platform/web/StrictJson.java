package dk.mooc.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.ToIntFunction;

/**
 * What the services accept in a JSON body, for every endpoint at once (hostile input is refused with a 400 naming the
 * field, before any code of the service runs, so nothing is half-written):
 * <ul>
 *   <li>a key that appears twice in one object is refused: which of the two would count is a guess, and a proxy or
 *   an audit log may have read the other one;</li>
 *   <li>text with NUL or another control character, or with half a Unicode character, is refused (tab, line feed and
 *   carriage return excepted; fields that must be one line say so with {@code @SingleLine}): they corrupt e-mails, CSV
 *   exports, logs and the database;</li>
 *   <li>dates and instants outside the years 1–9999 are refused: PostgreSQL, JavaScript and people cannot use them.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The first and last year a date may have. */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Applies the rules to any mapper (the services' REST mapper gets them through {@link #customize}). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule module = new SimpleModule("mooc-strict-json");
        module.addDeserializer(String.class, new CleanText());
        module.addDeserializer(LocalDate.class, new InRange<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                LocalDate::getYear));
        module.addDeserializer(OffsetDateTime.class, new InRange<>(OffsetDateTime.class,
                InstantDeserializer.OFFSET_DATE_TIME, t -> t.withOffsetSameInstant(ZoneOffset.UTC).getYear()));
        module.addDeserializer(Instant.class, new InRange<>(Instant.class, InstantDeserializer.INSTANT,
                t -> t.atOffset(ZoneOffset.UTC).getYear()));
        mapper.registerModule(module);
        return mapper;
    }

    /** Why a text contains something it must not, or null when it is clean. */
    public static String textProblem(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isRefusedControl(c)) {
                return "must not contain control characters (found U+" + String.format("%04X", (int) c) + ")";
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                // half of a character: the database would store a replacement character instead
                return "is not valid Unicode (an unpaired surrogate U+" + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }

    static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** Whether a date's year is one the platform stores (the database's timestamps end long before year 999999). */
    public static boolean yearInRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** A value the JSON layer refuses for a reason a person can read; {@code ProblemMappers} shows the reason. */
    public static class RefusedValueException extends InvalidFormatException {
        private final String reason;

        RefusedValueException(JsonParser p, String reason, Object value, Class<?> type) {
            super(p, reason, value, type);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    static final class CleanText extends StdScalarDeserializer<String> {
        private final JsonDeserializer<String> standard =
                com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance;

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = standard.deserialize(p, ctxt);
            if (s != null) {
                String problem = textProblem(s);
                if (problem != null) {
                    throw new RefusedValueException(p, problem, null, String.class);
                }
            }
            return s;
        }
    }

    /**
     * A date or instant whose year must lie in 1–9999. A wrapper around Jackson's own deserializer, not a subclass:
     * the Java time deserializers replace themselves when contextualised.
     */
    static final class InRange<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<? extends T> standard;
        private final ToIntFunction<T> utcYear;

        InRange(Class<T> type, JsonDeserializer<? extends T> standard, ToIntFunction<T> utcYear) {
            super(type);
            this.standard = standard;
            this.utcYear = utcYear;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            T value = standard.deserialize(p, ctxt);
            if (value != null && !yearInRange(utcYear.applyAsInt(value))) {
                throw new RefusedValueException(p, outOfRange(), null, handledType());
            }
            return value;
        }
    }

    /** The refusal's wording for a year out of range. */
    public static String outOfRange() {
        return "must be between the years " + FIRST_YEAR + " and " + LAST_YEAR;
    }
}
