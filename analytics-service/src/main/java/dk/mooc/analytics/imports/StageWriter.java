package dk.mooc.analytics.imports;

import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Writes staged rows to PostgreSQL's {@code COPY … (format binary)}: numbers and times go over as they are stored, so
 * the database does not parse text for millions of rows. Rows collect in a fixed buffer that is sent whenever it is
 * nearly full, so memory does not grow with the file.
 */
final class StageWriter {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0,
            0, 0};
    /** PostgreSQL counts time from 2000-01-01 00:00 UTC, in microseconds. */
    private static final long POSTGRES_EPOCH = 946_684_800L;
    private static final int FLUSH_AT = 1 << 18;

    private final CopyIn copy;
    private final byte[] buf = new byte[FLUSH_AT + (1 << 16)];
    private int pos;

    StageWriter(CopyIn copy) {
        this.copy = copy;
        System.arraycopy(HEADER, 0, buf, 0, HEADER.length);
        pos = HEADER.length;
    }

    /** Starts a row of {@code fields} values. */
    void row(int fields) throws SQLException {
        if (pos >= FLUSH_AT) {
            flush();
        }
        putShort(fields);
    }

    void int8(long v) throws SQLException {
        room(12);
        putInt(8);
        for (int s = 56; s >= 0; s -= 8) {
            buf[pos++] = (byte) (v >>> s);
        }
    }

    void int2(int v) throws SQLException {
        room(6);
        putInt(2);
        putShort(v);
    }

    /** A text value, or SQL null. At most {@link ExportLoader#MAX_FIELD} characters (the reader's limit). */
    void text(String v) throws SQLException {
        if (v == null) {
            nul();
            return;
        }
        int n = v.length();
        // a row may be cut between two sends; what may not be cut is one value being written
        room(4 + 3 * n);
        int at = pos;
        pos += 4;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= 0x80) {
                // not ASCII: encode the whole value
                byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
                pos = at;
                putInt(bytes.length);
                System.arraycopy(bytes, 0, buf, pos, bytes.length);
                pos += bytes.length;
                return;
            }
            buf[pos++] = (byte) c;
        }
        int end = pos;
        pos = at;
        putInt(n);
        pos = end;
    }

    /** A {@code timestamptz}, rounded to the microsecond as PostgreSQL rounds a written one; null as SQL null. */
    void time(Instant t) throws SQLException {
        if (t == null) {
            nul();
            return;
        }
        int8((t.getEpochSecond() - POSTGRES_EPOCH) * 1_000_000L + (t.getNano() + 500) / 1000);
    }

    void nul() throws SQLException {
        room(4);
        putInt(-1);
    }

    /** Ends the data and sends what is left. */
    void finish() throws SQLException {
        room(2);
        putShort(-1);
        flush();
    }

    private void room(int bytes) throws SQLException {
        if (pos + bytes > buf.length) {
            flush();
        }
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buf, 0, pos);
        pos = 0;
    }

    private void putInt(int v) {
        buf[pos++] = (byte) (v >>> 24);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    private void putShort(int v) {
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }
}
