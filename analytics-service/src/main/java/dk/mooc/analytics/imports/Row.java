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
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** One record of an export with the header's column positions: typed, validated access by column name. */
public final class Row {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:~-]{1,100}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})?");
    /** How Coursera's exports write an unknown value (besides leaving it empty). */
    static final String UNKNOWN = "NA";
    /** Whole numbers as Coursera may write them: padded with zeros, a sign, a zero fraction ("05", "+5", "5.0"). */
    private static final Pattern WHOLE = Pattern.compile("([+-]?)0*([0-9]{1,9})(\\.0*)?");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private final String table;
    private final Map<String, Integer> columns;
    private final UnaryOperator<String> pseudonym;
    private List<String> fields;
    private long line;

    Row(String table, Map<String, Integer> columns) {
        this(table, columns, UnaryOperator.identity());
    }

    Row(String table, Map<String, Integer> columns, UnaryOperator<String> pseudonym) {
        this.table = table;
        this.columns = columns;
        this.pseudonym = pseudonym;
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

    /** The raw value, trimmed; empty when the column is absent, empty or {@code NA} (Coursera's "unknown"). */
    public String raw(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            return "";
        }
        String v = fields.get(i).trim();
        return UNKNOWN.equals(v) ? "" : v;
    }

    /** A value as one CSV field of the staging COPY: quoted, quotes doubled. */
    static String csv(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    public ImportRejected reject(String column, String message) {
        return new ImportRejected(table, line, column, message);
    }

    private String required(String column) {
        String v = raw(column);
        if (v.isEmpty()) {
            throw reject(column, "is empty or NA; a value is required");
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

    /**
     * An ISO 3166-1 alpha-2 country code, upper-cased; null when empty (unknown). Here {@code NA} is Namibia, not
     * "unknown": the column holds ISO codes, and Coursera leaves an unknown country empty.
     */
    public String country(String column) {
        Integer i = columns.get(column);
        String v = i == null ? "" : fields.get(i).trim();
        if (v.isEmpty()) {
            return null;
        }
        if (!COUNTRY.matcher(v).matches()) {
            throw reject(column, "is not a two-letter country code (ISO 3166-1 alpha-2): " + echo(v));
        }
        return v.toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The learner's pseudonym: the user id column checked like {@link #id(String)}, then replaced by its keyed hash.
     * A refusal does not echo the id, so the raw id reaches neither the import record nor the log.
     */
    public String learner() {
        String v = required(ExportTable.USER_ID);
        if (!ID.matcher(v).matches()) {
            throw reject(ExportTable.USER_ID, "is not an id (letters, digits and _ . : ~ -, at most 100 characters)");
        }
        return pseudonym.apply(v);
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
        java.util.regex.Matcher m = WHOLE.matcher(v);
        if (!m.matches()) {
            throw reject(column, "is not a whole number: " + echo(v));
        }
        int n = Integer.parseInt(m.group(1) + m.group(2));
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
