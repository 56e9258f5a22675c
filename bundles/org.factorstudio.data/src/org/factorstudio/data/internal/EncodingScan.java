package org.factorstudio.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * Checks bytes for UTF-8 validity and NUL bytes in one pass, counting lines so that a finding can be
 * reported as "line N". A hand-written validator rather than a {@code CharsetDecoder}, because it must
 * give the exact offset and line of the first bad byte, which a decoder reading ahead in blocks blurs.
 * Rejects what the Unicode standard rejects: overlong forms, surrogates, code points above U+10FFFF.
 */
final class EncodingScan {

    /**
     * Where a bad byte is: offset from the start of the scanned bytes, 1-based line, 1-based character of
     * that line (UTF-8 sequences before it count as one character each), the byte.
     */
    record Finding(long offset, long line, long column, int value) {

        /** Without the column, for findings whose column is not known (other charsets). */
        Finding(long offset, long line, int value) {
            this(offset, line, 0, value);
        }
    }

    /**
     * First invalid UTF-8 sequence and first NUL byte, if any; how many invalid bytes and how many valid
     * multi-byte (non-ASCII) UTF-8 sequences were seen. The two counts tell a UTF-8 file with a few stray
     * bytes (many valid sequences) from a file in a single-byte encoding (none).
     */
    record Result(Optional<Finding> invalid, Optional<Finding> nul, long invalidCount, long multibyteCount) {

        /**
         * Whether the bytes are mostly UTF-8 although some are not: at least as many valid non-ASCII
         * sequences as invalid bytes. A Windows-1252 text almost never forms a valid UTF-8 sequence (an
         * upper-case accented letter followed by a symbol such as '©'), so one with more than a stray one
         * stays Windows-1252.
         */
        boolean mostlyUtf8() {
            return invalidCount > 0 && multibyteCount >= invalidCount;
        }
    }

    private EncodingScan() {
    }

    /**
     * Scans a byte range.
     *
     * @param truncated whether the range is a prefix of a longer input: an incomplete sequence at its
     *                  end is then not an error
     * @param firstLine line number of the first byte
     */
    static Result scan(byte[] b, int from, int to, boolean truncated, long firstLine) {
        State s = new State(firstLine);
        int end = s.feed(b, from, to, 0);
        if (end < to && !truncated) {
            // an incomplete sequence at the very end
            s.bad(end - from, b[end] & 0xFF);
        }
        return s.result();
    }

    /** Scans a whole stream, counting every invalid byte (NUL is only noted). */
    static Result scan(InputStream in, long firstLine) throws IOException {
        byte[] buf = new byte[1 << 16];
        State s = new State(firstLine);
        int carry = 0;
        long base = 0; // offset of buf[0]
        while (true) {
            int n;
            try {
                n = in.read(buf, carry, buf.length - carry);
            } catch (IOException e) {
                throw new LineIOException(s.line, e);
            }
            if (n < 0) {
                if (carry > 0) {
                    s.bad(base, buf[0] & 0xFF);
                }
                break;
            }
            int len = carry + n;
            int end = s.feed(buf, 0, len, base);
            carry = len - end;
            System.arraycopy(buf, end, buf, 0, carry);
            base += end;
        }
        return s.result();
    }

    /**
     * The 0-based field, within its record, of the byte at {@code offset} of the stream: delimiters
     * outside quotes are counted since the last line break outside quotes. For naming the column of a
     * bad byte; works for any ASCII-compatible encoding.
     */
    static int fieldAt(InputStream in, long offset, char delimiter) throws IOException {
        byte[] buf = new byte[1 << 16];
        long pos = 0;
        int field = 0;
        boolean quoted = false;
        while (pos < offset) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, offset - pos));
            if (n < 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                byte c = buf[i];
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == delimiter) {
                    field++;
                } else if (!quoted && c == '\n') {
                    field = 0;
                }
            }
            pos += n;
        }
        return field;
    }

    /**
     * The first byte sequence the charset cannot decode, for charsets other than UTF-8. Lines are
     * counted in the decoded text, so this works for UTF-16 as well.
     */
    static Optional<Finding> firstUndecodable(InputStream in, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        long consumed = 0;
        boolean eof = false;
        while (true) {
            if (!eof) {
                int n;
                try {
                    n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                } catch (IOException e) {
                    throw new LineIOException(line, e);
                }
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, eof);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
            } while (result.isOverflow());
            if (result.isError()) {
                return Optional.of(new Finding(consumed + bytes.position(), line, bytes.get(bytes.position()) & 0xFF));
            }
            consumed += bytes.position();
            bytes.compact();
            if (eof) {
                return Optional.empty();
            }
        }
    }

    private static final class State {
        long line;
        /** Offset of the current line's first byte, and the continuation bytes on it so far: the column. */
        long lineStart;
        long continuationBytes;
        Finding invalid;
        Finding nul;
        long invalidCount;
        long multibyteCount;

        State(long line) {
            this.line = line;
        }

        Result result() {
            return new Result(Optional.ofNullable(invalid), Optional.ofNullable(nul), invalidCount, multibyteCount);
        }

        void bad(long offset, int value) {
            if (invalid == null) {
                invalid = new Finding(offset, line, column(offset), value);
            }
            invalidCount++;
        }

        /** 1-based character of the byte at {@code offset}: each UTF-8 sequence and each bad byte is one. */
        long column(long offset) {
            return offset - lineStart - continuationBytes + 1;
        }

        /**
         * Validates b[from, to), counting invalid bytes and going on after each; returns {@code to}, or the
         * start of an incomplete trailing sequence (to be fed again with the bytes that follow).
         */
        int feed(byte[] b, int from, int to, long base) {
            int i = from;
            while (i < to) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    // the hot path: per ASCII byte no more work than counting lines
                    if (c == '\n') {
                        line++;
                        lineStart = base + i - from + 1;
                        continuationBytes = 0;
                    } else if (c == 0 && nul == null) {
                        nul = new Finding(base + i - from, line, column(base + i - from), 0);
                    }
                    i++;
                    continue;
                }
                int need;
                int lo = 0x80;
                int hi = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c == 0xE0) {
                    need = 2;
                    lo = 0xA0;
                } else if (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) {
                    need = 2;
                } else if (c == 0xED) {
                    need = 2;
                    hi = 0x9F;
                } else if (c == 0xF0) {
                    need = 3;
                    lo = 0x90;
                } else if (c >= 0xF1 && c <= 0xF3) {
                    need = 3;
                } else if (c == 0xF4) {
                    need = 3;
                    hi = 0x8F;
                } else {
                    bad(base + i - from, c);
                    i++;
                    continue;
                }
                boolean complete = i + need < to;
                boolean ok = true;
                for (int k = 1; k <= need && i + k < to; k++) {
                    int cc = b[i + k] & 0xFF;
                    if (!(k == 1 ? cc >= lo && cc <= hi : cc >= 0x80 && cc <= 0xBF)) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    // the lead byte is the bad one; its would-be continuation bytes are judged on their own
                    bad(base + i - from, c);
                    i++;
                    continue;
                }
                if (!complete) {
                    // not all continuation bytes are here yet: wait for more
                    return i;
                }
                multibyteCount++;
                continuationBytes += need;
                i += need + 1;
            }
            return to;
        }
    }
}
