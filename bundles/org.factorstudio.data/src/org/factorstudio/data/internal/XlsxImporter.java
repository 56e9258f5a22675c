package org.factorstudio.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.factorstudio.data.Excerpt;
import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportReport;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.spi.DatasetImporter;

/**
 * Imports the first sheet of an Excel workbook (.xlsx), or the sheet the specification names, with
 * fastexcel's streaming reader: rows are read one at a time from the compressed sheet and bound by the same
 * {@link TableBinder} as every tabular format, so a workbook and the CSV saved from it give the same dataset.
 *
 * <p>Cells become the text a user sees in the sheet: numbers as stored (without Excel's display rounding),
 * strings as they are, booleans as {@code TRUE}/{@code FALSE}, formulas as their cached value (a formula the
 * workbook never calculated is given as {@code =FORMULA}, so an item column reports it instead of reading it
 * as missing), errors as {@code #DIV/0!} and so on. Numbers formatted as dates become ISO dates: fine in an
 * id or background column, a "not a number" problem in an item column, where a date is always a mistake
 * (typically an answer like 3/4 that Excel took for a date). Rows without any value are skipped, as blank
 * lines are in CSV. Messages name the sheet, its row number and the column letter.
 */
public final class XlsxImporter implements DatasetImporter {

    /** Format id. */
    public static final String ID = "xlsx";

    /** With cell formats (to recognise dates); a number that does not parse becomes an error cell. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    private static final int CANCEL_CHECK_ROWS = 1024;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Excel workbook";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("xlsx", "xlsm");
    }

    @Override
    public ImportResult read(ImportSpec spec, ImportMonitor monitor) {
        ImportMonitor m = monitor == null ? ImportMonitor.NONE : monitor;
        Path file = spec.file();
        String name = HeaderBinder.fileName(file);
        Attempt attempt = new Attempt();
        try {
            return read(spec, m, attempt);
        } catch (ImportFailure f) {
            return fail(spec, f.problems());
        } catch (Cancelled c) {
            return fail(spec, ImportProblem.error(ImportProblemCodes.CANCELLED, "The import of " + name
                    + " was cancelled" + attempt.where() + ".", file));
        } catch (NoSuchFileException e) {
            return fail(spec, ImportProblem.error(ImportProblemCodes.FILE_NOT_FOUND, name + " disappeared before it"
                    + " could be read (" + file.toAbsolutePath() + "). Expected the file to stay in place during the"
                    + " import; was it moved, renamed or deleted?", file));
        } catch (AccessDeniedException e) {
            return fail(spec, ImportProblem.error(ImportProblemCodes.READ_FAILED, name + " cannot be opened: access"
                    + " denied (" + file.toAbsolutePath() + "). Expected a file you may read.", file));
        } catch (IOException | UncheckedIOException e) {
            return fail(spec, damaged(name, file, attempt, e));
        } catch (OutOfMemoryError e) {
            return fail(spec, ImportProblem.error(ImportProblemCodes.TOO_LARGE, name + " does not fit in the memory"
                    + " available to FactorStudio (" + Texts.count(Runtime.getRuntime().maxMemory() >> 20) + " MB)"
                    + attempt.where() + ". Expected a smaller workbook, or start FactorStudio with more memory"
                    + " (-Xmx).", file));
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            if (fromReaderLibrary(e)) {
                // the reader's own exceptions (bad XML, a missing part, a malformed cell) mean a damaged file
                return fail(spec, damaged(name, file, attempt, e));
            }
            return fail(spec, ImportProblem.error(ImportProblemCodes.INTERNAL_ERROR, "Importing " + name
                    + " failed because of an internal error" + attempt.where() + " (" + Excerpt.of(String.valueOf(e))
                    + "). This is a bug in FactorStudio; please report it with the file if you can.", file));
        }
    }

    private ImportResult read(ImportSpec spec, ImportMonitor monitor, Attempt attempt)
            throws ImportFailure, Cancelled, IOException {
        List<ImportProblem> specProblems = HeaderBinder.checkSpec(spec);
        if (!specProblems.isEmpty()) {
            throw new ImportFailure(specProblems);
        }
        Path file = spec.file();
        String name = HeaderBinder.fileName(file);
        FileChecks.check(file, "XLSX workbook");
        long size = Files.size(file);
        Progress progress = new Progress(monitor, size);
        progress.update(0);
        checkSignature(file, name, size);

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            attempt.opened = true;
            Sheet sheet = chooseSheet(workbook, spec, name, file);
            attempt.sheet = sheet.getName();
            TableBinder binder = new TableBinder(spec, ID, sheet.getName(), true);
            CellText text = new CellText();
            int width = -1;
            long rowsSeen = 0;
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                while (it.hasNext()) {
                    Row row = it.next();
                    attempt.row = row.getRowNum();
                    if (++rowsSeen % CANCEL_CHECK_ROWS == 0) {
                        progress.checkCancel();
                    }
                    List<String> cells = text.cells(row);
                    int last = lastNonEmpty(cells);
                    if (last < 0) {
                        continue;
                    }
                    boolean go;
                    if (width < 0) {
                        width = last + 1;
                        go = binder.header(cells.subList(0, width), row.getRowNum());
                    } else {
                        go = binder.row(fit(cells, width, last), row.getRowNum());
                    }
                    if (!go) {
                        break;
                    }
                }
            }
            progress.done();
            return binder.finish();
        }
    }

    /** Sheets store no trailing empty cells; the binding wants the header's width, and sees any value beyond it. */
    private static List<String> fit(List<String> cells, int width, int last) {
        if (last >= width) {
            return cells.subList(0, last + 1);
        }
        if (cells.size() == width) {
            return cells;
        }
        List<String> out = new ArrayList<>(width);
        out.addAll(cells.subList(0, Math.min(cells.size(), width)));
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }

    private static int lastNonEmpty(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static Sheet chooseSheet(ReadableWorkbook workbook, ImportSpec spec, String name, Path file)
            throws ImportFailure {
        List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
        if (sheets.isEmpty()) {
            throw new ImportFailure(ImportProblem.error(ImportProblemCodes.EMPTY_FILE, name + " has no sheets."
                    + " Expected a workbook with a sheet whose first row holds the column names.", file));
        }
        if (spec.sheet().isEmpty()) {
            return sheets.get(0);
        }
        String wanted = spec.sheet().get();
        for (Sheet s : sheets) {
            if (s.getName().equals(wanted)) {
                return s;
            }
        }
        String near = sheets.stream().map(Sheet::getName).filter(n -> n.trim().equalsIgnoreCase(wanted.trim()))
                .findFirst().map(n -> " Sheet names are case-sensitive: did you mean '" + Texts.quote(n) + "'?").orElse("");
        throw new ImportFailure(ImportProblem.error(ImportProblemCodes.SHEET_NOT_FOUND, name + " has no sheet '"
                + Texts.quote(wanted) + "'. Expected one of its " + sheets.size() + (sheets.size() == 1 ? " sheet: " : " sheets: ")
                + Texts.names(sheets.stream().map(s -> "'" + Texts.quote(s.getName()) + "'").toList(), 20) + "." + near,
                file));
    }

    /** A workbook is a ZIP archive; anything else gets a message that says what the file is instead. */
    private static void checkSignature(Path file, String name, long size) throws ImportFailure, IOException {
        if (size == 0) {
            throw new ImportFailure(ImportProblem.error(ImportProblemCodes.EMPTY_FILE, name + " is empty (0 bytes)."
                    + " Expected an XLSX workbook.", file));
        }
        byte[] head = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
            return;
        }
        String what;
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            what = "it is an Office binary document: an old Excel 97-2003 workbook (.xls), or a password-protected"
                    + " workbook. Expected an unprotected XLSX workbook; open it in Excel, remove the password if"
                    + " there is one, and save it as Excel Workbook (.xlsx)";
        } else if (looksLikeText(head, n)) {
            String first = new String(head, 0, n, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
            what = "it holds text ('" + Texts.excerpt(first, 60) + "'), not a workbook. Expected an XLSX"
                    + " workbook; if the file is CSV, give it the extension .csv or declare format csv";
        } else {
            what = "it does not start with the ZIP signature every .xlsx file has. Expected an XLSX workbook as"
                    + " Excel, LibreOffice or the survey platform saved it";
        }
        throw new ImportFailure(ImportProblem.error(ImportProblemCodes.NOT_A_WORKBOOK, name
                + " is not an XLSX workbook: " + what + ".", file));
    }

    private static boolean looksLikeText(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return n > 0;
    }

    private static ImportProblem damaged(String name, Path file, Attempt attempt, Throwable e) {
        String cause = Sniffer.rootMessage(e);
        if (!attempt.opened) {
            return ImportProblem.error(ImportProblemCodes.NOT_A_WORKBOOK, name + " cannot be opened as an XLSX"
                    + " workbook: " + cause + ". Expected an intact .xlsx file; is it damaged or only partly"
                    + " copied? Open and save it again in Excel or LibreOffice, or export the data as CSV.", file);
        }
        return ImportProblem.error(ImportProblemCodes.NOT_A_WORKBOOK, "Reading " + name + " failed" + attempt.where()
                + ": " + cause + ". Expected an intact .xlsx file that stays in place during the import; is it"
                + " damaged, or was it changed while it was read? Open and save it again in Excel or LibreOffice,"
                + " or export the data as CSV.", file);
    }

    private static boolean fromReaderLibrary(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0) {
                String c = trace[0].getClassName();
                if (c.startsWith("org.dhatim.") || c.startsWith("com.fasterxml.aalto.")
                        || c.startsWith("org.apache.commons.compress.") || c.startsWith("javax.xml.")) {
                    return true;
                }
            }
            if (t.getClass().getName().startsWith("org.dhatim.") || t instanceof javax.xml.stream.XMLStreamException) {
                return true;
            }
        }
        return false;
    }

    private static ImportResult fail(ImportSpec spec, ImportProblem problem) {
        return fail(spec, List.of(problem));
    }

    private static ImportResult fail(ImportSpec spec, List<ImportProblem> problems) {
        return ImportResult.failure(ImportReport.notRead(spec.file(), ID), problems);
    }

    /** Where the import was, for messages about failures part way. */
    private static final class Attempt {
        boolean opened;
        String sheet;
        long row;

        String where() {
            if (sheet == null) {
                return "";
            }
            return " in sheet '" + sheet + "'" + (row > 0 ? " at row " + row : "");
        }
    }

    /** Cell values as the text the binding reads; remembers which cell formats are dates. */
    static final class CellText {

        private final Map<Integer, Boolean> dateFormatIds = new HashMap<>();
        private final Map<String, Boolean> dateFormats = new HashMap<>();

        List<String> cells(Row row) {
            int n = row.getCellCount();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(text(row.getCell(i)));
            }
            return out;
        }

        String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            switch (cell.getType()) {
                case EMPTY:
                    return "";
                case NUMBER:
                    return number(cell, (BigDecimal) cell.getValue());
                case STRING:
                    return (String) cell.getValue();
                case BOOLEAN:
                    return Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE";
                case FORMULA:
                    Object cached = cell.getValue();
                    if (cached == null) {
                        String raw = cell.getRawValue();
                        return raw != null && !raw.isEmpty() ? raw : "=" + cell.getFormula();
                    }
                    if (cached instanceof BigDecimal) {
                        return number(cell, (BigDecimal) cached);
                    }
                    if (cached instanceof Boolean) {
                        return (Boolean) cached ? "TRUE" : "FALSE";
                    }
                    return cached.toString();
                case ERROR:
                default:
                    String raw = cell.getRawValue();
                    return raw == null ? "" : raw;
            }
        }

        private String number(Cell cell, BigDecimal value) {
            if (value == null) {
                return "";
            }
            if (isDate(cell)) {
                try {
                    LocalDateTime t = cell.asDate();
                    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                            : DATE_TIME.format(t);
                } catch (RuntimeException e) {
                    // a serial number outside Excel's calendar: show the number rather than fail
                    return plain(value);
                }
            }
            return plain(value);
        }

        private static String plain(BigDecimal value) {
            if (value.signum() == 0) {
                return "0";
            }
            return value.stripTrailingZeros().toPlainString();
        }

        private boolean isDate(Cell cell) {
            Integer id = cell.getDataFormatId();
            String format = cell.getDataFormatString();
            if (id == null && format == null) {
                return false;
            }
            if (id != null) {
                // a style's format id maps to one format string within a workbook
                return dateFormatIds.computeIfAbsent(id, k -> isDateFormat(id, format));
            }
            return dateFormats.computeIfAbsent(format, k -> isDateFormat(null, format));
        }

        /**
         * Excel's built-in date and time formats (ids 14-22, 45-47, and the East Asian 27-36 and 50-58), or a
         * custom format with day, month, year, hour or second codes outside quoted text and brackets.
         */
        static boolean isDateFormat(Integer id, String format) {
            if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47
                    || id >= 50 && id <= 58)) {
                return true;
            }
            if (format == null || format.isEmpty() || format.equalsIgnoreCase("General")) {
                return false;
            }
            String f = format;
            int semicolon = f.indexOf(';');
            if (semicolon >= 0) {
                f = f.substring(0, semicolon);
            }
            StringBuilder codes = new StringBuilder();
            boolean quoted = false;
            boolean bracket = false;
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (quoted) {
                    quoted = c != '"';
                } else if (c == '"') {
                    quoted = true;
                } else if (c == '\\' || c == '_' || c == '*') {
                    i++;
                } else if (c == '[') {
                    bracket = true;
                    // elapsed time ([h], [mm], [ss]) is a date/time code; colours and locales are not
                    int close = f.indexOf(']', i);
                    if (close > i && f.substring(i + 1, close).matches("(?i)h+|m+|s+")) {
                        codes.append(f.charAt(i + 1));
                    }
                } else if (c == ']') {
                    bracket = false;
                } else if (!bracket) {
                    codes.append(c);
                }
            }
            return codes.toString().toLowerCase(Locale.ROOT).chars().anyMatch(c -> "ymdhs".indexOf(c) >= 0);
        }
    }
}
