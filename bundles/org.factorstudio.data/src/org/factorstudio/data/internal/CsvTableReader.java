package org.factorstudio.data.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.Iterator;

import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * The general reading path: decodes the file and lets fastcsv parse it (RFC 4180 quoting, embedded line
 * breaks, CR/LF/CRLF), passing fields to a {@link RecordSink} through fastcsv's callback API so that no
 * string is made per field. fastcsv's own field-count check is off: the sink reports ragged rows with
 * both counts and goes on, so that one import lists all of them.
 */
final class CsvTableReader {

    private static final Object RECORD = new Object();

    private CsvTableReader() {
    }

    /**
     * Reads the whole file into the binder.
     *
     * @throws ImportFailure for undecodable bytes, oversized fields and broken quoting
     * @throws IOException   when reading fails (the caller words that)
     */
    static void read(ByteSource source, Path file, Charset charset, int bomLength, char delimiter, long size,
            Limits limits, RecordBinder binder, Progress progress) throws ImportFailure, Cancelled, IOException {
        String name = HeaderBinder.fileName(file);
        try (InputStream raw = source.openStream()) {
            long skipped = raw.skip(bomLength);
            while (skipped < bomLength && raw.read() >= 0) {
                skipped++;
            }
            CountingStream counting = new CountingStream(raw);
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader reader = new InputStreamReader(counting, decoder);
            CsvReader<Object> csv = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
                    .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                    .maxBufferSize(limits.maxFieldChars()).build(new Handler(binder), reader);
            Iterator<Object> records = csv.iterator();
            long n = 0;
            try {
                while (records.hasNext()) {
                    records.next();
                    if (binder.stopped()) {
                        break;
                    }
                    if ((++n & 1023) == 0) {
                        progress.update(counting.count + bomLength);
                    }
                }
            } catch (UncheckedIOException e) {
                IOException cause = e.getCause();
                if (cause instanceof CharacterCodingException) {
                    throw new ImportFailure(ImportProblem.error(ImportProblemCodes.INVALID_ENCODING,
                            Texts.at(name, binder.currentLine()) + ": the bytes at or shortly after this line are not"
                                    + " valid " + charset.name() + " (" + Sniffer.rootMessage(cause) + "). Expected "
                                    + charset.name() + " text; declare the file's real encoding or leave it undeclared"
                                    + " so that it is detected.", file, binder.currentLine()));
                }
                throw cause;
            } catch (CsvParseException e) {
                throw new ImportFailure(parseProblem(name, file, binder.currentLine(), limits, e));
            }
            long read = counting.count + bomLength;
            if (!binder.stopped() && read < size) {
                // a stream cannot tell a file cut short from a complete one; its size at the start can
                throw new LineIOException(binder.currentLine(), new IOException("the file ended at byte "
                        + Texts.count(read) + ", before the size it had when the import started ("
                        + Texts.count(size) + " bytes)"));
            }
        }
    }

    private static ImportProblem parseProblem(String name, Path file, long line, Limits limits, CsvParseException e) {
        String root = Sniffer.rootMessage(e);
        if (root.contains("maximum buffer size")) {
            return ImportProblem.error(ImportProblemCodes.OVERSIZED, Texts.at(name, line) + ": a field is longer than "
                    + Texts.count(limits.maxFieldChars()) + " characters. Expected fields of ordinary length; a quote"
                    + " that is opened but never closed turns the rest of the file into one field.", file, line);
        }
        if (root.contains("after closing quote")) {
            return ImportProblem.error(ImportProblemCodes.MALFORMED_CSV, Texts.at(name, line) + ": a quoted field is"
                    + " followed by more text (" + root + "). Expected a delimiter or a line break right after a"
                    + " closing quote; a quote inside a quoted value must be doubled (\"\").", file, line);
        }
        return ImportProblem.error(ImportProblemCodes.MALFORMED_CSV, Texts.at(name, line) + ": the CSV cannot be read ("
                + root + "). Expected RFC 4180 CSV.", file, line);
    }

    /** Passes fastcsv's callbacks to the sink; returns a marker so the reader yields after each record. */
    private static final class Handler extends AbstractBaseCsvCallbackHandler<Object> {
        private final RecordSink sink;

        Handler(RecordSink sink) {
            this.sink = sink;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            sink.beginRecord(startingLineNumber);
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            sink.field(fieldIdx, buf, offset, len, quoted);
        }

        @Override
        protected Object buildRecord() {
            if (getRecordType() == RecordType.DATA) {
                sink.endRecord(getFieldCount());
            }
            return RECORD;
        }
    }

    /** Counts bytes for progress. Single-threaded. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = in.skip(n);
            count += s;
            return s;
        }
    }
}
