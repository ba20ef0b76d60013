package dk.mooc.analytics.generator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** How the synthetic export writes its values: Coursera's timestamps, quoted text, and hashed ids. */
final class ExportValues {

    private ExportValues() {
    }

    /** {@code 2027-09-14 08:31:07.123}, UTC, as Coursera writes its timestamps (hand-formatted: this is the hot path). */
    static String ts(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
        char[] c = new char[23];
        digits(c, 0, d.getYear(), 4);
        c[4] = '-';
        digits(c, 5, d.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, d.getDayOfMonth(), 2);
        c[10] = ' ';
        digits(c, 11, d.getHour(), 2);
        c[13] = ':';
        digits(c, 14, d.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, d.getSecond(), 2);
        c[19] = '.';
        digits(c, 20, d.getNano() / 1_000_000, 3);
        return new String(c);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            c[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** SplitMix64's finaliser: a bijection on 64-bit values. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static String hex(long v) {
        String h = Long.toHexString(v);
        return "0".repeat(16 - h.length()) + h;
    }

    static String base62(long v, int length) {
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder b = new StringBuilder();
        long x = v & Long.MAX_VALUE;
        for (int i = 0; i < length; i++) {
            b.append(digits.charAt((int) (x % 62)));
            x /= 62;
        }
        return b.toString();
    }
}
