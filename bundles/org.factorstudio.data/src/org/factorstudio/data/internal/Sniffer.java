package org.factorstudio.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportSpec;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * Looks at the start of a file to decide how to read it: binary or text, encoding, delimiter, header.
 * Reads at most {@link Limits#headerWindowBytes()} bytes, so a hostile file (gigabytes without a line
 * break) costs no more than a normal one.
 *
 * <p>Encoding: a byte-order mark decides; else the declared encoding; else UTF-8 if the bytes are valid
 * UTF-8, else Windows-1252, the encoding of Excel's "CSV" on Western European Windows. Bytes beyond the
 * window are checked later (by the fast path, which accepts only ASCII, or by a full UTF-8 scan).
 */
final class Sniffer {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final char[] DETECTION_CANDIDATES = {',', ';', '\t'};

    /** Records looked at to detect the delimiter. */
    private static final int DETECTION_RECORDS = 50;

    /**
     * What the start of the file says.
     *
     * @param charset          encoding to read with
     * @param bomLength        bytes of byte-order mark to skip
     * @param charsetSettled   false when UTF-8 is only presumed: valid in the window, the rest unchecked
     * @param delimiter        the field delimiter
     * @param header           header fields as read
     * @param headerLine       line of the header record
     * @param headerLineText   the header's physical line as text
     * @param headerEndByte    offset of the first data byte when the header is one physical line and all
     *                         lines up to it end with LF or CRLF (what the fast path needs), else -1
     * @param notes            infos and warnings (encoding fallback, BOM overriding the declaration)
     */
    record Sniff(Charset charset, int bomLength, boolean charsetSettled, char delimiter, List<String> header,
            long headerLine, String headerLineText, long headerEndByte, List<ImportProblem> notes) {
    }

    private Sniffer() {
    }

    static Sniff sniff(ByteSource source, long size, ImportSpec spec, Limits limits) throws IOException, ImportFailure {
        Path file = spec.file();
        String name = HeaderBinder.fileName(file);
        if (size == 0) {
            throw new ImportFailure(ImportProblem.error(ImportProblemCodes.EMPTY_FILE, name + " is empty (0 bytes). "
                    + "Expected a header row with column names followed by one row per respondent.", file));
        }
        byte[] w = readPrefix(source, (int) Math.min(size, limits.headerWindowBytes()));
        boolean truncated = w.length < size;
        List<ImportProblem> notes = new ArrayList<>();

        Optional<String> signature = binarySignature(w);
        if (signature.isPresent()) {
            throw new ImportFailure(ImportProblem.error(ImportProblemCodes.BINARY_FILE, name + " is "
                    + signature.get() + ", not a CSV text file. Expected a text file; save the sheet as CSV (UTF-8)"
                    + " first.", file));
        }

        Charset bomCharset = null;
        int bom = 0;
        if (w.length >= 3 && (w[0] & 0xFF) == 0xEF && (w[1] & 0xFF) == 0xBB && (w[2] & 0xFF) == 0xBF) {
            bomCharset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (w.length >= 2 && (w[0] & 0xFF) == 0xFF && (w[1] & 0xFF) == 0xFE) {
            bomCharset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (w.length >= 2 && (w[0] & 0xFF) == 0xFE && (w[1] & 0xFF) == 0xFF) {
            bomCharset = StandardCharsets.UTF_16BE;
            bom = 2;
        }

        Charset charset;
        boolean settled;
        boolean declaredOrMarked;
        if (bomCharset != null) {
            if (spec.encoding().isPresent() && !sameFamily(spec.encoding().get(), bomCharset)) {
                notes.add(ImportProblem.warning(ImportProblemCodes.ENCODING_OVERRIDDEN, name + " starts with a "
                        + bomCharset.name() + " byte-order mark, so it was read as " + bomCharset.name()
                        + " and not as the declared " + spec.encoding().get().name() + ".", file));
            }
            charset = bomCharset;
            settled = !isUtf8(charset);
            declaredOrMarked = true;
        } else if (spec.encoding().isPresent()) {
            charset = spec.encoding().get();
            settled = !isUtf8(charset);
            declaredOrMarked = true;
        } else {
            charset = StandardCharsets.UTF_8;
            settled = false;
            declaredOrMarked = false;
        }

        EncodingScan.Result badUtf8 = null;
        EncodingScan.Result fallback = null;
        boolean sixteen = charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")
                || charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-32");
        if (!sixteen) {
            EncodingScan.Result scan = EncodingScan.scan(w, bom, w.length, truncated, 1);
            if (scan.nul().isPresent()) {
                EncodingScan.Finding nul = scan.nul().get();
                throw new ImportFailure(ImportProblem.error(ImportProblemCodes.BINARY_FILE,
                        Texts.at(name, nul.line()) + ": the file contains NUL bytes (the first at byte "
                                + Texts.count(nul.offset() + bom) + "), so it is binary data, not CSV text. Expected a"
                                + " text file (CSV saved as UTF-8, or as UTF-16 with a byte-order mark).",
                        file, nul.line()));
            }
            if (isUtf8(charset) && scan.invalid().isPresent()) {
                // the verdict needs the whole file: a window of Windows-1252 text can be followed by UTF-8
                EncodingScan.Result whole = truncated ? scanWhole(source, bom) : scan;
                if (declaredOrMarked || whole.mostlyUtf8()) {
                    // decided once the header says which column the bad byte is in
                    badUtf8 = whole;
                } else {
                    charset = WINDOWS_1252;
                    settled = true;
                    fallback = whole;
                }
            } else if (isUtf8(charset) && !truncated) {
                settled = true;
            }
        }

        String text = new String(w, bom, w.length - bom, charset);
        if (truncated) {
            int cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            if (cut < 0) {
                throw new ImportFailure(ImportProblem.error(ImportProblemCodes.OVERSIZED,
                        Texts.at(name, 1) + ": the first line is longer than " + Texts.count(limits.headerWindowBytes())
                                + " bytes. Expected a header row of column names followed by a line break; is this"
                                + " a CSV file?", file, 1));
            }
            // a record cut by the window would distort the field counts of the delimiter detection
            text = text.substring(0, cut + 1);
        }
        if (text.isBlank()) {
            throw new ImportFailure(ImportProblem.error(ImportProblemCodes.EMPTY_FILE, name + " contains only "
                    + "blank lines. Expected a header row with column names followed by one row per respondent.", file));
        }

        // Excel writes "sep=;" as the first line so that it opens the file with the right delimiter
        String first = firstLine(text);
        Character sepLine = first.length() == 5 && first.startsWith("sep=") ? first.charAt(4) : null;
        String body = sepLine == null ? text : text.substring(lineBreakEnd(text, first.length()));
        long skippedLines = sepLine == null ? 0 : 1;

        char delimiter = spec.delimiter().isPresent() ? spec.delimiter().get()
                : sepLine != null ? sepLine : detectDelimiter(textForDetection(body));
        Row headerRow;
        try {
            headerRow = firstRecord(body, delimiter);
        } catch (RuntimeException e) {
            throw new ImportFailure(unreadableHeader(name, file, body, delimiter, e));
        }
        long headerLine = headerRow.line + skippedLines;
        String headerText = lineAt(text, headerLine);
        long headerEnd = -1;
        if (!sixteen && countQuotes(headerText) % 2 == 0
                && HeaderBinder.splitLine(headerText, delimiter).equals(
                        headerRow.fields.stream().map(String::trim).toList())) {
            headerEnd = endOfLine(w, bom, headerLine, truncated);
        }
        if (badUtf8 != null) {
            EncodingScan.Finding bad = badUtf8.invalid().get();
            Column column = columnOf(w, bom, bad, delimiter, headerRow.fields);
            throw new ImportFailure(declaredOrMarked
                    ? invalidUtf8(name, file, bad, bom, bomCharset != null, column)
                    : strayBytes(name, file, bad, bom, badUtf8, column));
        }
        if (fallback != null) {
            EncodingScan.Finding bad = fallback.invalid().get();
            notes.add(fallbackNote(name, file, bad, bom, fallback, columnOf(w, bom, bad, delimiter, headerRow.fields)));
        }
        return new Sniff(charset, bom, settled, delimiter, headerRow.fields, headerLine, headerText, headerEnd,
                notes);
    }

    private static EncodingScan.Result scanWhole(ByteSource source, int bom) throws IOException {
        try (InputStream in = source.openStream()) {
            in.skipNBytes(bom);
            return EncodingScan.scan(in, 1);
        }
    }

    /** The header name of the column the bad byte is in (a finding within the window). */
    private static Column columnOf(byte[] w, int bom, EncodingScan.Finding bad, char delimiter, List<String> header) {
        try {
            int field = EncodingScan.fieldAt(new java.io.ByteArrayInputStream(w, bom, w.length - bom), bad.offset(),
                    delimiter);
            return columnName(header, field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The column of a bad byte: as a message shows it ("'kommentar'", "the unnamed column 7", "field 12
     * (the header has 10 columns)") and its header name, when it has one, for {@link ImportProblem#column()}.
     */
    record Column(String shown, Optional<String> name) {
    }

    static Column columnName(List<String> header, int field) {
        if (field >= header.size()) {
            return new Column("field " + (field + 1) + " (the header has " + header.size() + " columns)",
                    Optional.empty());
        }
        String h = header.get(field).trim();
        return h.isEmpty() ? new Column("the unnamed column " + (field + 1), Optional.empty())
                : new Column("'" + Texts.quoteName(h) + "'", Optional.of(h));
    }

    /** Where a bad byte is: "line 57, column 'kommentar', character 12 (byte 4,711 of the file)". */
    static String where(EncodingScan.Finding bad, Column column, int bom) {
        return "line " + bad.line() + ", column " + column.shown() + (bad.column() > 0 ? ", character " + bad.column() : "")
                + " (byte " + Texts.count(bad.offset() + bom) + " of the file)";
    }

    /**
     * A file that is UTF-8 but for a few bytes: an error rather than a guess, because reading it as
     * Windows-1252 would garble every non-ASCII character of the file, and with them the status values and
     * labels the study matches (a non-respondent status that no longer matches keeps every invitation).
     */
    static ImportProblem strayBytes(String name, Path file, EncodingScan.Finding bad, int bom,
            EncodingScan.Result counts, Column column) {
        long invalid = counts.invalidCount();
        return new ImportProblem(ImportProblem.Severity.ERROR, ImportProblemCodes.INVALID_ENCODING, name + ", "
                + where(bad, column, bom) + ": byte 0x" + String.format(Locale.ROOT, "%02X", bad.value())
                + " is not valid UTF-8, but the file is otherwise UTF-8 (" + Texts.count(counts.multibyteCount())
                + " UTF-8 characters beyond ASCII; " + Texts.count(invalid) + (invalid == 1 ? " byte is" : " bytes are")
                + " not UTF-8). Expected UTF-8 throughout: the text was probably pasted from a program that wrote"
                + " another encoding. Correct " + (invalid == 1 ? "that cell" : "those cells")
                + " and save the file as UTF-8, or declare the file's encoding (encoding \"windows-1252\"): it is"
                + " then read as declared.", file, OptionalLong.of(bad.line()), column.name());
    }

    /**
     * Offset just past the LF ending physical line {@code line}, if every line up to it ends with LF or
     * CRLF (the fast path counts LFs); -1 otherwise.
     */
    private static long endOfLine(byte[] w, int from, long line, boolean truncated) {
        int pos = from;
        for (long l = 1; l <= line; l++) {
            int lf = indexOf(w, pos, (byte) '\n');
            int end = lf < 0 ? w.length : lf;
            for (int i = pos; i < end; i++) {
                if (w[i] == '\r' && !(i == end - 1 && lf >= 0)) {
                    return -1;
                }
            }
            if (lf < 0) {
                return !truncated && l == line ? w.length : -1;
            }
            pos = lf + 1;
        }
        return pos;
    }

    /** Index after the line break that starts at {@code i} (CRLF, LF or CR), or {@code i}. */
    private static int lineBreakEnd(String text, int i) {
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    /** Physical line {@code n} (1-based) of the text, without its line break. */
    private static String lineAt(String text, long n) {
        int pos = 0;
        for (long l = 1; l < n && pos < text.length(); l++) {
            int i = pos;
            while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            pos = lineBreakEnd(text, i);
        }
        return firstLine(text.substring(pos));
    }

    static ImportProblem invalidUtf8(String name, Path file, EncodingScan.Finding bad, int bom, boolean marked,
            Column column) {
        return new ImportProblem(ImportProblem.Severity.ERROR, ImportProblemCodes.INVALID_ENCODING, name + ", "
                + where(bad, column, bom)
                + ": byte 0x" + String.format(Locale.ROOT, "%02X", bad.value())
                + " is not valid UTF-8, but the file is " + (marked ? "marked (byte-order mark)" : "declared")
                + " as UTF-8. Expected UTF-8 text; a file saved by Excel on Windows is usually Windows-1252: declare"
                + " that encoding or leave the encoding undeclared so that it is detected.", file,
                OptionalLong.of(bad.line()), column.name());
    }

    /**
     * A warning, not a note: the encoding was guessed, and a wrong guess changes text the study matches
     * (statuses) and shows (labels).
     */
    static ImportProblem fallbackNote(String name, Path file, EncodingScan.Finding bad, int bom,
            EncodingScan.Result counts, Column column) {
        return new ImportProblem(ImportProblem.Severity.WARNING, ImportProblemCodes.ENCODING_FALLBACK, name
                + " is not valid UTF-8 (" + Texts.count(counts.invalidCount()) + " non-UTF-8 "
                + (counts.invalidCount() == 1 ? "byte" : "bytes") + ", the first, 0x"
                + String.format(Locale.ROOT, "%02X", bad.value()) + ", on " + where(bad, column, bom)
                + "), so it was read as Windows-1252, the encoding of Excel's CSV on Western European Windows."
                + " Check that names with accented letters read right; declare encoding \"windows-1252\" (or"
                + " the file's real encoding) to make this explicit.", file, OptionalLong.of(bad.line()),
                column.name());
    }

    static boolean isUtf8(Charset cs) {
        return cs.equals(StandardCharsets.UTF_8);
    }

    private static boolean sameFamily(Charset declared, Charset bom) {
        if (declared.equals(bom)) {
            return true;
        }
        // "UTF-16" (with BOM) declared for a UTF-16LE/BE BOM is a match, not a contradiction
        return declared.name().equalsIgnoreCase("UTF-16") && bom.name().startsWith("UTF-16");
    }

    /** A well-known binary signature at the start, described for the user. */
    private static Optional<String> binarySignature(byte[] w) {
        if (w.length >= 4 && w[0] == 'P' && w[1] == 'K' && w[2] == 3 && w[3] == 4) {
            return Optional.of("a ZIP archive (an Excel .xlsx workbook or an OpenDocument .ods spreadsheet?)");
        }
        if (w.length >= 4 && (w[0] & 0xFF) == 0xD0 && (w[1] & 0xFF) == 0xCF && (w[2] & 0xFF) == 0x11
                && (w[3] & 0xFF) == 0xE0) {
            return Optional.of("an Office binary document (an old Excel .xls workbook?)");
        }
        if (w.length >= 4 && w[0] == '$' && w[1] == 'F' && w[2] == 'L' && (w[3] == '2' || w[3] == '3')) {
            return Optional.of("an SPSS .sav data file");
        }
        return Optional.empty();
    }

    private static byte[] readPrefix(ByteSource source, int n) throws IOException {
        byte[] b = new byte[n];
        int got = 0;
        try (InputStream in = source.openStream()) {
            while (got < n) {
                int r = in.read(b, got, n - got);
                if (r < 0) {
                    break;
                }
                got += r;
            }
        }
        return got == n ? b : Arrays.copyOf(b, got);
    }

    /** Detection looks at the first records only; parsing a whole megabyte three times would be waste. */
    private static String textForDetection(String text) {
        return text.length() <= 64 * 1024 ? text : text.substring(0, 64 * 1024);
    }

    /**
     * The candidate that splits the first records into the most columns consistently; a candidate that
     * splits the header into one column does not count. Falls back to ',' (then the binding explains).
     */
    static char detectDelimiter(String text) {
        char best = ',';
        long bestScore = -1;
        for (char c : DETECTION_CANDIDATES) {
            List<Integer> counts = new ArrayList<>();
            try (CsvReader<Row> reader = reader(text, c)) {
                for (Row r : reader) {
                    counts.add(r.fields.size());
                    if (counts.size() >= DETECTION_RECORDS) {
                        break;
                    }
                }
            } catch (RuntimeException | IOException e) {
                // a candidate that breaks the quoting is not the delimiter; keep what was counted
            }
            if (counts.isEmpty() || counts.get(0) <= 1) {
                continue;
            }
            int header = counts.get(0);
            boolean consistent = counts.stream().allMatch(n -> n == header);
            long score = (consistent ? 1L << 32 : 0) + header;
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static ImportProblem unreadableHeader(String name, Path file, String text, char delimiter,
            RuntimeException e) {
        String firstLine = firstLine(text);
        for (char c : DETECTION_CANDIDATES) {
            if (c != delimiter) {
                try {
                    Row r = firstRecord(text, c);
                    if (r.fields.size() > 1) {
                        return new ImportProblem(ImportProblem.Severity.ERROR, ImportProblemCodes.WRONG_DELIMITER,
                                Texts.at(name, 1) + ": the header cannot be read with the delimiter "
                                        + Texts.delimiter(delimiter) + ": " + rootMessage(e) + ". Split at "
                                        + Texts.delimiter(c) + " it has " + r.fields.size()
                                        + " columns: the delimiter is probably " + Texts.delimiter(c)
                                        + ". Expected the file's delimiter; declare " + Texts.delimiter(c)
                                        + " or leave the delimiter undeclared so that it is detected.",
                                file, OptionalLong.of(1), Optional.empty());
                    }
                } catch (RuntimeException ignored) {
                    // not this one either
                }
            }
        }
        return ImportProblem.error(ImportProblemCodes.MALFORMED_CSV, Texts.at(name, 1) + ": the header row cannot be"
                + " read (" + rootMessage(e) + "): " + Texts.excerpt(firstLine, 80) + ". Expected column names"
                + " separated by " + Texts.delimiter(delimiter) + ", quoted with \" where needed.", file, 1);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        // exception texts of parsers and readers may quote the file
        return t.getMessage() == null ? t.getClass().getSimpleName() : Texts.quote(t.getMessage().trim());
    }

    private static String firstLine(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return text.substring(0, i);
    }

    private static int countQuotes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    private static int indexOf(byte[] b, int from, byte value) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** The first non-empty record of the text. */
    private static Row firstRecord(String text, char delimiter) {
        try (CsvReader<Row> reader = reader(text, delimiter)) {
            for (Row r : reader) {
                return r;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no record in non-blank text");
    }

    private static CsvReader<Row> reader(String text, char delimiter) {
        return CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).build(new RowHandler(), text);
    }

    /** A record with its starting line. */
    record Row(long line, List<String> fields) {
    }

    /** Collects fields as strings; only used on the header window, so allocation does not matter. */
    private static final class RowHandler extends AbstractBaseCsvCallbackHandler<Row> {
        private List<String> fields = new ArrayList<>();

        @Override
        protected void handleBegin(long startingLineNumber) {
            fields = new ArrayList<>();
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            fields.add(new String(buf, offset, len));
        }

        @Override
        protected Row buildRecord() {
            if (getRecordType() != RecordType.DATA) {
                return new Row(getStartingLineNumber(), List.of());
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                // whitespace-only lines are blank lines too, as for the data rows
                return null;
            }
            return new Row(getStartingLineNumber(), fields);
        }
    }
}
