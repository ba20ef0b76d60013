package dk.mooc.analytics.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One record of an export with the header's column positions: typed, validated access by column name. */
public final class Row {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:~-]{1,100}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})?");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private final String table;
    private final Map<String, Integer> columns;
    private List<String> fields;
    private long line;

    Row(String table, Map<String, Integer> columns) {
        this.table = table;
        this.columns = columns;
    }

    void set(List<String> fields, long line) {
        this.fields = fields;
        this.line = line;
    }

    public long line() {
        return line;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The raw value, trimmed; empty when the column is absent or empty. */
    public String raw(String column) {
        Integer i = columns.get(column);
        return i == null ? "" : fields.get(i).trim();
    }

    public ImportRejected reject(String column, String message) {
        return new ImportRejected(table, line, column, message);
    }

    private String required(String column) {
        String v = raw(column);
        if (v.isEmpty()) {
            throw reject(column, "is empty; a value is required");
        }
        return v;
    }

    /** A Coursera id (user, item): letters, digits and {@code _ . : ~ -}, at most 100 characters. */
    public String id(String column) {
        String v = required(column);
        if (!ID.matcher(v).matches()) {
            throw reject(column, "is not an id (letters, digits and _ . : ~ -, at most 100 characters): " + echo(v));
        }
        return v;
    }

    /** An ISO 3166-1 alpha-2 country code, upper-cased; null when empty (unknown). */
    public String country(String column) {
        String v = raw(column);
        if (v.isEmpty()) {
            return null;
        }
        if (!COUNTRY.matcher(v).matches()) {
            throw reject(column, "is not a two-letter country code (ISO 3166-1 alpha-2): " + echo(v));
        }
        return v.toUpperCase(java.util.Locale.ROOT);
    }

    /** Required timestamp; see {@link #optionalTimestamp(String)}. */
    public Instant timestamp(String column) {
        required(column);
        return optionalTimestamp(column);
    }

    /**
     * {@code 2027-09-14 08:31:07.123} (UTC, as Coursera writes it) or ISO 8601 with {@code T} and {@code Z} or an
     * offset; between 2000 and 2100. Null when empty.
     */
    public Instant optionalTimestamp(String column) {
        String v = raw(column);
        if (v.isEmpty()) {
            return null;
        }
        if (!TIMESTAMP.matcher(v).matches()) {
            throw reject(column, "is not a timestamp like 2027-09-14 08:31:07 (UTC) or 2027-09-14T08:31:07Z: " + echo(v));
        }
        Instant t;
        try {
            String iso = v.replace(' ', 'T');
            boolean zoned = iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10;
            t = zoned ? OffsetDateTime.parse(iso).toInstant() : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw reject(column, "is not a valid date and time: " + echo(v));
        }
        if (t.isBefore(EARLIEST) || !t.isBefore(LATEST)) {
            throw reject(column, "is outside 2000–2099: " + echo(v));
        }
        return t;
    }

    /** A required whole number in [min, max]. */
    public int integer(String column, int min, int max) {
        String v = required(column);
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw reject(column, "is not a whole number: " + echo(v));
        }
        if (n < min || n > max) {
            throw reject(column, "must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    /** A required decimal number in [min, max]. */
    public BigDecimal decimal(String column, BigDecimal min, BigDecimal max) {
        String v = required(column);
        BigDecimal d;
        try {
            d = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw reject(column, "is not a number: " + echo(v));
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw reject(column, "must be between " + min.toPlainString() + " and " + max.toPlainString() + ", not " + echo(v));
        }
        return d;
    }

    /** One of the given values (case as written in the documentation). */
    public String oneOf(String column, Set<String> values) {
        String v = required(column);
        if (!values.contains(v)) {
            throw reject(column, "is not one of " + String.join(", ", values.stream().sorted().toList()) + ": " + echo(v));
        }
        return v;
    }

    /** Free text, or null when empty; at most {@code max} characters. */
    public String text(String column, int max) {
        String v = raw(column);
        if (v.length() > max) {
            throw reject(column, "is longer than " + max + " characters");
        }
        return v.isEmpty() ? null : v;
    }

    public String requiredText(String column, int max) {
        required(column);
        return text(column, max);
    }

    /** The value as it may be echoed in a problem detail: short and quoted. */
    static String echo(String v) {
        String s = v.length() > 40 ? v.substring(0, 40) + "…" : v;
        return "\"" + s + "\"";
    }
}
