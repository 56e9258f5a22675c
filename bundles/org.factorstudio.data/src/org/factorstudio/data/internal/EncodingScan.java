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

    /** Where a bad byte is: offset from the start of the scanned bytes, 1-based line, the byte. */
    record Finding(long offset, long line, int value) {
    }

    /** First invalid UTF-8 sequence and first NUL byte, if any. */
    record Result(Optional<Finding> invalid, Optional<Finding> nul) {
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
        if (s.invalid == null && end < to && !truncated) {
            s.invalid = new Finding(end - from, s.line, b[end] & 0xFF);
        }
        return new Result(Optional.ofNullable(s.invalid), Optional.ofNullable(s.nul));
    }

    /** Scans a whole stream (stops at the first invalid sequence; NUL is only noted). */
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
                if (s.invalid == null && carry > 0) {
                    s.invalid = new Finding(base, s.line, buf[0] & 0xFF);
                }
                break;
            }
            int len = carry + n;
            int end = s.feed(buf, 0, len, base);
            if (s.invalid != null) {
                break;
            }
            carry = len - end;
            System.arraycopy(buf, end, buf, 0, carry);
            base += end;
        }
        return new Result(Optional.ofNullable(s.invalid), Optional.ofNullable(s.nul));
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
        Finding invalid;
        Finding nul;

        State(long line) {
            this.line = line;
        }

        /**
         * Validates b[from, to); returns the index where validation stopped: {@code to}, the start of an
         * incomplete trailing sequence, or the first invalid byte (then {@link #invalid} is set).
         */
        int feed(byte[] b, int from, int to, long base) {
            int i = from;
            while (i < to) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    if (c == '\n') {
                        line++;
                    } else if (c == 0 && nul == null) {
                        nul = new Finding(base + i - from, line, 0);
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
                    invalid = new Finding(base + i - from, line, c);
                    return i;
                }
                if (i + need >= to) {
                    // not all continuation bytes are here: check those that are, then wait for more
                    for (int k = 1; i + k < to; k++) {
                        int cc = b[i + k] & 0xFF;
                        boolean ok = k == 1 ? cc >= lo && cc <= hi : cc >= 0x80 && cc <= 0xBF;
                        if (!ok) {
                            invalid = new Finding(base + i - from, line, c);
                            return i;
                        }
                    }
                    return i;
                }
                for (int k = 1; k <= need; k++) {
                    int cc = b[i + k] & 0xFF;
                    boolean ok = k == 1 ? cc >= lo && cc <= hi : cc >= 0x80 && cc <= 0xBF;
                    if (!ok) {
                        invalid = new Finding(base + i - from, line, c);
                        return i;
                    }
                }
                i += need + 1;
            }
            return to;
        }
    }
}
