package dk.mooc.analytics.imports;

import dk.mooc.analytics.ImportProblem;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/** One record of an export with the header's column positions: typed, validated access by column name. */
public final class Row {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:~-]{1,100}");
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
    private final ToLongFunction<String> pseudonym;
    private List<String> fields;
    private long line;
    /** Timestamp columns that cannot be true after the upload, and whether before the launch either (activity). */
    private Map<String, Boolean> checkedTimes = Map.of();
    private Instant uploadedAt;
    private Instant launch;
    private java.time.LocalDate launchedOn;
    /** The last date parsed and its first second, as a learner's rows mostly share a few dates. */
    private long lastDateKey = -1;
    private long lastDateSecond;

    Row(String table, Map<String, Integer> columns) {
        this(table, columns, null);
    }

    Row(String table, Map<String, Integer> columns, ToLongFunction<String> pseudonym) {
        this.table = table;
        this.columns = columns;
        this.pseudonym = pseudonym;
    }

    /**
     * What cannot be true: a time in one of {@code columns} after the upload, or, where the column maps to true (an
     * activity), before the course's launch day (00:00 UTC).
     */
    void refuseTimes(Map<String, Boolean> columns, Instant uploadedAt, java.time.LocalDate launchedOn) {
        this.checkedTimes = columns;
        this.uploadedAt = uploadedAt;
        this.launchedOn = launchedOn;
        this.launch = launchedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
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

    public ImportRejected reject(String column, ImportProblem code, Map<String, String> params, String message) {
        return new ImportRejected(table, line, column, code, params, message);
    }

    private String required(String column) {
        String v = raw(column);
        if (v.isEmpty()) {
            throw reject(column, ImportProblem.VALUE_REQUIRED, Map.of(), "is empty or NA; a value is required");
        }
        return v;
    }

    /** A Coursera id (user, item): letters, digits and {@code _ . : ~ -}, at most 100 characters. */
    public String id(String column) {
        String v = required(column);
        if (!isId(v)) {
            throw reject(column, ImportProblem.NOT_AN_ID, Map.of("value", clip(v)),
                    "is not an id (letters, digits and _ . : ~ -, at most 100 characters): " + echo(v));
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
        if (!isCountry(v)) {
            throw reject(column, ImportProblem.NOT_A_COUNTRY, Map.of("value", clip(v)),
                    "is not a two-letter country code (ISO 3166-1 alpha-2): " + echo(v));
        }
        return v.toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The learner's pseudonym: the user id column checked like {@link #id(String)}, then replaced by its keyed hash.
     * A refusal does not echo the id, so the raw id reaches neither the import record nor the log.
     */
    public long learner() {
        String v = required(ExportTable.USER_ID);
        if (!isId(v)) {
            throw reject(ExportTable.USER_ID, ImportProblem.NOT_AN_ID, Map.of(),
                    "is not an id (letters, digits and _ . : ~ -, at most 100 characters)");
        }
        return pseudonym.applyAsLong(v);
    }

    /** Two ASCII letters, without a regular expression (one per row of the users table). */
    static boolean isCountry(String v) {
        return v.length() == 2 && isLetter(v.charAt(0)) && isLetter(v.charAt(1));
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@link #ID} without a regular expression: it is checked twice per row of millions. */
    static boolean isId(String v) {
        int n = v.length();
        if (n < 1 || n > 100) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                    || c == ':' || c == '~' || c == '-')) {
                return false;
            }
        }
        return true;
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
        Instant t = coursera(v);
        if (t == null) {
            t = iso(column, v);
        }
        if (t.isBefore(EARLIEST) || !t.isBefore(LATEST)) {
            throw reject(column, ImportProblem.TIME_OUT_OF_RANGE, Map.of("value", clip(v)), "is outside 2000–2099: " + echo(v));
        }
        Boolean activity = checkedTimes.get(column);
        if (activity != null) {
            if (t.isAfter(uploadedAt)) {
                throw reject(column, ImportProblem.TIME_AFTER_UPLOAD, Map.of("uploadedAt", uploadedAt.toString()),
                        "is after the upload (" + uploadedAt + "): it cannot have happened yet");
            }
            if (activity && t.isBefore(launch)) {
                throw reject(column, ImportProblem.TIME_BEFORE_LAUNCH, Map.of("launchDate", launchedOn.toString()),
                        "is before the course's launch on " + launchedOn);
            }
        }
        return t;
    }

    /**
     * Coursera's own form, {@code 2027-09-14 08:31:07} with up to 9 digits of a second and no zone (UTC), read
     * without a regular expression or a formatter (millions of rows); null for any other form, which {@link #iso}
     * then reads or refuses.
     */
    private Instant coursera(String v) {
        int n = v.length();
        if (n < 19 || n == 20 || n > 29 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != ' '
                || v.charAt(13) != ':' || v.charAt(16) != ':' || (n > 19 && v.charAt(19) != '.')) {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        int nanos = 0;
        for (int i = 20; i < 29; i++) {
            int d = i < n ? v.charAt(i) - '0' : 0;
            if (d < 0 || d > 9) {
                return null;
            }
            nanos = nanos * 10 + d;
        }
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long dateKey = year * 10000L + month * 100 + day;
        if (dateKey != lastDateKey) {
            try {
                lastDateSecond = java.time.LocalDate.of(year, month, day).toEpochDay() * 86_400;
            } catch (DateTimeException e) {
                return null;
            }
            lastDateKey = dateKey;
        }
        return Instant.ofEpochSecond(lastDateSecond + hour * 3600L + minute * 60L + second, nanos);
    }

    /** The decimal number of {@code count} digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String v, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            int d = v.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }

    /** The other accepted forms: ISO 8601 with {@code T}, {@code Z} or an offset; refused when none of them. */
    private Instant iso(String column, String v) {
        if (!TIMESTAMP.matcher(v).matches()) {
            throw reject(column, ImportProblem.NOT_A_TIMESTAMP, Map.of("value", clip(v)),
                    "is not a timestamp like 2027-09-14 08:31:07 (UTC) or 2027-09-14T08:31:07Z: " + echo(v));
        }
        Instant t;
        try {
            String iso = v.replace(' ', 'T');
            boolean zoned = iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10;
            t = zoned ? OffsetDateTime.parse(iso).toInstant() : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw reject(column, ImportProblem.INVALID_TIMESTAMP, Map.of("value", clip(v)),
                    "is not a valid date and time: " + echo(v));
        }
        return t;
    }

    /** A required whole number in [min, max]. */
    public int integer(String column, int min, int max) {
        String v = required(column);
        int plain = plainNumber(v);
        if (plain >= 0) {
            if (plain < min || plain > max) {
                throw outOfRange(column, String.valueOf(min), String.valueOf(max), String.valueOf(plain));
            }
            return plain;
        }
        java.util.regex.Matcher m = WHOLE.matcher(v);
        if (!m.matches()) {
            throw reject(column, ImportProblem.NOT_A_WHOLE_NUMBER, Map.of("value", clip(v)), "is not a whole number: " + echo(v));
        }
        int n = Integer.parseInt(m.group(1) + m.group(2));
        if (n < min || n > max) {
            throw outOfRange(column, String.valueOf(min), String.valueOf(max), String.valueOf(n));
        }
        return n;
    }

    /** A number of one to four plain digits (the usual case), else -1 for {@link #WHOLE} to read. */
    private static int plainNumber(String v) {
        int n = v.length();
        if (n < 1 || n > 4) {
            return -1;
        }
        int r = 0;
        for (int i = 0; i < n; i++) {
            int d = v.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            r = r * 10 + d;
        }
        return r;
    }

    /**
     * A required state of the course ({@code states}: its ids and what they mean, from its lookup or the documented
     * defaults), {@code kind} naming them in a refusal ("progress", "passing").
     */
    public int state(String column, java.util.SortedMap<Integer, String> states, String kind) {
        int s = integer(column, -1, 99);
        if (!states.containsKey(s)) {
            StringBuilder known = new StringBuilder();
            states.forEach((id, description) -> known.append(known.isEmpty() ? "" : ", ").append(id).append(" = ")
                    .append(description));
            throw reject(column, ImportProblem.UNKNOWN_STATE, Map.of("value", String.valueOf(s), "kind", kind,
                    "states", known.toString()), "is " + s + ", not one of the course's " + kind + " states (" + known + ")");
        }
        return s;
    }

    /** A required decimal number in [min, max]. */
    public BigDecimal decimal(String column, BigDecimal min, BigDecimal max) {
        String v = required(column);
        BigDecimal d;
        try {
            d = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw reject(column, ImportProblem.NOT_A_NUMBER, Map.of("value", clip(v)), "is not a number: " + echo(v));
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw outOfRange(column, min.toPlainString(), max.toPlainString(), clip(v));
        }
        return d;
    }

    /** One of the given values (case as written in the documentation). */
    public String oneOf(String column, Set<String> values) {
        String v = required(column);
        if (!values.contains(v)) {
            String allowed = String.join(", ", values.stream().sorted().toList());
            throw reject(column, ImportProblem.NOT_ONE_OF, Map.of("allowed", allowed, "value", clip(v)),
                    "is not one of " + allowed + ": " + echo(v));
        }
        return v;
    }

    /** Free text, or null when empty; at most {@code max} characters. */
    public String text(String column, int max) {
        String v = raw(column);
        if (v.length() > max) {
            throw reject(column, ImportProblem.TOO_LONG, Map.of("max", String.valueOf(max)), "is longer than " + max + " characters");
        }
        return v.isEmpty() ? null : v;
    }

    public String requiredText(String column, int max) {
        required(column);
        return text(column, max);
    }

    private ImportRejected outOfRange(String column, String min, String max, String value) {
        return reject(column, ImportProblem.NUMBER_OUT_OF_RANGE, Map.of("min", min, "max", max, "value", value),
                "must be between " + min + " and " + max + ", not " + value);
    }

    /** The value as it may be echoed in a problem detail: short and quoted. */
    static String echo(String v) {
        return "\"" + clip(v) + "\"";
    }

    /** The value as it may be quoted in a problem's parameters: at most 40 characters. */
    static String clip(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
