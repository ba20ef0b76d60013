package dk.mooc.analytics.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: fields separated by commas, records by CRLF or LF, fields in double quotes may hold
 * commas, quotes (doubled) and line breaks. Reads one record at a time from a stream of any length; a field longer
 * than the limit (e.g. an unterminated quote) is refused instead of filling the memory. Strict UTF-8; a leading
 * byte-order mark is skipped; completely empty lines are skipped.
 */
public final class CsvReader implements Closeable {

    /** A format error: the physical line it is on and what is wrong. */
    public static final class FormatException extends Exception {
        private final long line;
        private final dk.mooc.analytics.ImportProblem code;
        private final java.util.Map<String, String> params;

        FormatException(long line, dk.mooc.analytics.ImportProblem code, java.util.Map<String, String> params,
                        String message) {
            super(message);
            this.line = line;
            this.code = code;
            this.params = params;
        }

        public long line() {
            return line;
        }

        public dk.mooc.analytics.ImportProblem code() {
            return code;
        }

        public java.util.Map<String, String> params() {
            return params;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final int maxField;
    private final char[] buf = new char[1 << 16];
    private final CharBuffer chars = CharBuffer.wrap(buf);
    private boolean eof;
    private boolean flushed;
    private boolean invalid;
    private int pos;
    private int len;
    private long line = 1;
    private long recordLine;
    private boolean started;
    private final StringBuilder field = new StringBuilder();

    public CsvReader(InputStream in, int maxFieldLength) {
        this.in = in;
        this.maxField = maxFieldLength;
    }

    /** The physical line (1 = the first) on which the record last returned started. */
    public long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. */
    public List<String> next() throws IOException, FormatException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        // skip empty lines
        while (c == '\n' || c == '\r') {
            endOfLine(c);
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        field.setLength(0);
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new FormatException(recordLine, dk.mooc.analytics.ImportProblem.QUOTE_NOT_CLOSED, java.util.Map.of(),
                            "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    append((char) c);
                }
                c = read();
                continue;
            }
            if (c == ',' ) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                fields.add(field.toString());
                if (c != -1) {
                    endOfLine(c);
                }
                return fields;
            } else if (afterQuote) {
                throw new FormatException(line, dk.mooc.analytics.ImportProblem.CHARACTER_AFTER_QUOTE, java.util.Map.of(
                        "field", String.valueOf(fields.size() + 1), "character", String.valueOf((char) c)),
                        "after the closing quote of field " + (fields.size() + 1)
                        + " comes '" + (char) c + "' instead of a comma or the end of the line");
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new FormatException(line, dk.mooc.analytics.ImportProblem.QUOTE_IN_UNQUOTED_FIELD,
                            java.util.Map.of("field", String.valueOf(fields.size() + 1)), "field " + (fields.size() + 1)
                            + " has a quote inside an unquoted value; quote the field and double the quote");
                }
                quoted = true;
            } else {
                append((char) c);
            }
            c = read();
        }
    }

    private void append(char c) throws FormatException {
        if (field.length() >= maxField) {
            throw new FormatException(recordLine, dk.mooc.analytics.ImportProblem.FIELD_TOO_LONG,
                    java.util.Map.of("max", String.valueOf(maxField)), "a field is longer than " + maxField
                    + " characters (is a quote not closed?)");
        }
        field.append(c);
    }

    /** Consumes the rest of a line break that starts with {@code c} (already read). */
    private void endOfLine(int c) throws IOException, FormatException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException, FormatException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException, FormatException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    /**
     * Decodes the next characters. Bytes that are not UTF-8 are reported only once the characters before them are
     * consumed, so the error names the line they are on.
     */
    private boolean fill() throws IOException, FormatException {
        while (true) {
            if (invalid) {
                throw new FormatException(line, dk.mooc.analytics.ImportProblem.FILE_NOT_UTF8, java.util.Map.of(),
                        "the file is not UTF-8 text");
            }
            if (flushed) {
                return false;
            }
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                invalid = true;
            } else if (eof && !bytes.hasRemaining()) {
                decoder.flush(chars);
                flushed = true;
            }
            if (chars.position() > 0) {
                pos = 0;
                len = chars.position();
                return true;
            }
            if (invalid) {
                continue;
            }
            if (eof) {
                return false;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
