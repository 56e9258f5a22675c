package org.factorstudio.data.internal;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.factorstudio.data.CellProblem;
import org.factorstudio.data.Exclusion;
import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportReport;
import org.factorstudio.data.ImportSpec;

/**
 * Binds records to the specification: the general path, for any CSV the parser can read (quotes,
 * embedded line breaks, decimals, any encoding) and any future tabular format (see {@link RecordSink}).
 *
 * <p>A record is first collected into per-item scratch state and only committed at its end, because
 * whether a row is kept is known only then (the status column may come after the items, and "no answer"
 * needs the whole row). Problems found in rows that turn out to be non-respondents are dropped with the
 * row: they are not part of the data.
 *
 * <p>Numeric cells are parsed from fastcsv's character buffer directly; strings are made only for ids,
 * statuses, auxiliary columns and invalid cells.
 */
final class RecordBinder implements RecordSink {

    /** Binds the header; returns empty (and records why) to stop the import. */
    interface HeaderHandler {
        Optional<ColumnPlan> bind(List<String> header, long line);
    }

    /** Ragged rows reported one by one; the rest are summarised. */
    static final int MAX_RAGGED_LISTED = 10;

    private static final byte EMPTY = 0;
    private static final byte VALUE = 1;
    private static final byte USER_MISSING = 2;
    private static final byte INVALID = 3;

    private final ImportSpec spec;
    private final long headerLine;
    private final Path file;
    private final String fileName;
    private final Limits limits;
    private final NumberParser parser;
    private final HeaderHandler headerHandler;
    private final Set<String> nonRespondent = new HashSet<>();
    private final CellProblemFactory problemFactory;
    private final Locator locator;
    private final BoundData out = new BoundData();

    private ColumnPlan plan;
    private final List<String> headerFields = new ArrayList<>();
    private boolean stopped;

    // current record
    private long line;
    private long recordChars;
    private boolean oversized;
    private boolean blank;
    private int quotedLineBreaks;

    // per-record scratch, sized once the header is bound
    private byte[] state;
    private double[] value;
    private int[] code;
    private String[] raw;
    private CellProblem.Kind[] kind;
    private String id;
    private String status;
    private String[] aux;
    private boolean answered;

    // committed columns
    private ItemColumn[] items;
    private List<List<String>> auxValues;
    private int[] lines = new int[64];
    private List<String> ids;
    private int[] rowMissing = new int[64];

    private long raggedCount;
    private long firstCommaLine;
    private long firstDotLine;

    /**
     * @param headerLine line of the header record; records before it (Excel's "sep=;" line) are skipped
     */
    RecordBinder(ImportSpec spec, Limits limits, NumberParser parser, long headerLine, HeaderHandler headerHandler) {
        this(spec, limits, parser, headerLine, headerHandler, Locator.LINES);
    }

    /** @param locator how messages name rows and columns (lines of a text file, rows of a sheet) */
    RecordBinder(ImportSpec spec, Limits limits, NumberParser parser, long headerLine, HeaderHandler headerHandler,
            Locator locator) {
        this.locator = locator;
        this.spec = spec;
        this.headerLine = headerLine;
        this.file = spec.file();
        this.fileName = HeaderBinder.fileName(file);
        this.limits = limits;
        this.parser = parser;
        this.headerHandler = headerHandler;
        this.problemFactory = new CellProblemFactory(spec, locator);
        for (String s : spec.nonRespondentStatuses()) {
            nonRespondent.add(normalize(s));
        }
    }

    /** Statuses compare trimmed and NFC-normalised: "Gjennomført" typed on a Mac is decomposed. */
    static String normalize(String s) {
        return Normalizer.normalize(s.trim(), Normalizer.Form.NFC);
    }

    boolean stopped() {
        return stopped;
    }

    long currentLine() {
        return line;
    }

    Optional<ColumnPlan> plan() {
        return Optional.ofNullable(plan);
    }

    @Override
    public void beginRecord(long startLine) {
        line = startLine;
        recordChars = 0;
        oversized = false;
        blank = true;
        quotedLineBreaks = 0;
        if (plan != null) {
            Arrays.fill(state, EMPTY);
            id = null;
            status = null;
            if (aux.length > 0) {
                Arrays.fill(aux, null);
            }
            answered = false;
        } else {
            headerFields.clear();
        }
    }

    @Override
    public void field(int index, char[] buf, int offset, int length, boolean quoted) {
        recordChars += length + 1;
        if (oversized || recordChars > limits.maxRecordChars()) {
            oversized = true;
            return;
        }
        int from = offset;
        int to = offset + length;
        while (from < to && NumberParser.isBlank(buf[from])) {
            from++;
        }
        while (to > from && NumberParser.isBlank(buf[to - 1])) {
            to--;
        }
        if (from < to) {
            blank = false;
        }
        if (quoted) {
            // a quote left open at the end of the file swallows the final line break: not a line it spans
            int end = offset + length;
            if (end > offset && buf[end - 1] == '\n') {
                end--;
            }
            for (int i = offset; i < end; i++) {
                if (buf[i] == '\n') {
                    quotedLineBreaks++;
                }
            }
        }
        if (plan == null) {
            headerFields.add(new String(buf, offset, length));
            return;
        }
        if (index >= plan.width()) {
            return;
        }
        switch (plan.roles[index]) {
            case ColumnPlan.ITEM:
                item(plan.targets[index], buf, from, to);
                break;
            case ColumnPlan.ID:
                id = from < to ? new String(buf, from, to - from) : null;
                break;
            case ColumnPlan.STATUS:
                status = new String(buf, from, to - from);
                break;
            case ColumnPlan.AUX:
                if (from < to) {
                    aux[plan.targets[index]] = new String(buf, from, to - from);
                    answered = true;
                }
                break;
            default:
                break;
        }
    }

    /** Whether the cell is one of the item's text missing codes ("NA"), blanks around it ignored. */
    private boolean isMissingText(int k, char[] buf, int from, int to) {
        java.util.Set<String> texts = plan.items[k].spec.missingTexts();
        if (texts.isEmpty()) {
            return false;
        }
        return texts.contains(new String(buf, from, to - from).strip());
    }

    private void item(int k, char[] buf, int from, int to) {
        if (from == to) {
            state[k] = EMPTY;
            return;
        }
        double v = parser.parse(buf, from, to);
        if (Double.isNaN(v) && isMissingText(k, buf, from, to)) {
            state[k] = EMPTY;
            return;
        }
        if (Double.isNaN(v)) {
            state[k] = INVALID;
            raw[k] = new String(buf, from, to - from);
            kind[k] = CellProblem.Kind.NOT_NUMERIC;
            answered = true;
            return;
        }
        if (parser.lastSeparator == ',') {
            if (firstCommaLine == 0) {
                firstCommaLine = line;
            }
        } else if (parser.lastSeparator == '.' && firstDotLine == 0) {
            firstDotLine = line;
        }
        int c = plan.items[k].classify(v);
        if (c == ItemRule.USER_MISSING) {
            state[k] = USER_MISSING;
            value[k] = v;
        } else if (c == ItemRule.INVALID) {
            state[k] = INVALID;
            raw[k] = new String(buf, from, to - from);
            kind[k] = CellProblem.Kind.OUT_OF_RANGE;
            answered = true;
        } else {
            state[k] = VALUE;
            value[k] = v;
            code[k] = c;
            answered = true;
        }
    }

    @Override
    public boolean endRecord(int fieldCount) {
        if (plan == null) {
            return header();
        }
        if (fieldCount == 1 && blank && !oversized) {
            // a line of spaces is a blank line, as an empty line is for the parser
            return true;
        }
        out.rowsRead++;
        if (oversized) {
            out.problems.add(ImportProblem.error(ImportProblemCodes.OVERSIZED, locator.at(fileName, line)
                    + ": the row is longer than " + Texts.count(limits.maxRecordChars()) + " characters (it has "
                    + Texts.count(fieldCount) + " " + locator.fields(fieldCount) + " where the header has " + plan.width() + " columns). Expected one"
                    + " respondent per line with " + plan.width() + " fields; is a closing quote missing, or are"
                    + " the rows not separated by line breaks?", file, line));
            stopped = true;
            return false;
        }
        if (fieldCount != plan.width()) {
            ragged(fieldCount);
            return true;
        }
        if (line > Integer.MAX_VALUE) {
            out.problems.add(ImportProblem.error(ImportProblemCodes.TOO_LARGE, locator.at(fileName, line)
                    + ": the file has more lines than the import can number (" + Texts.count(Integer.MAX_VALUE)
                    + "). Expected a smaller file; split it.", file, line));
            stopped = true;
            return false;
        }
        if (plan.statusField >= 0) {
            out.statusCounts.merge(status, 1L, Long::sum);
        }
        Optional<String> respondent = Optional.ofNullable(id);
        if (status != null && nonRespondent.contains(normalize(status))) {
            out.exclusions.add(new Exclusion(Exclusion.Reason.NON_RESPONDENT_STATUS, line, respondent, status));
            return true;
        }
        if (spec.excludeRowsWithoutAnswers() && !answered) {
            out.exclusions.add(new Exclusion(Exclusion.Reason.NO_ANSWERS, line, respondent, ""));
            return true;
        }
        keep(respondent);
        return true;
    }

    private boolean header() {
        if (oversized) {
            out.problems.add(ImportProblem.error(ImportProblemCodes.OVERSIZED, Texts.at(fileName, line)
                    + ": the header row is longer than " + Texts.count(limits.maxRecordChars()) + " characters. Expected"
                    + " a header row of column names; is this a CSV file?", file, line));
            stopped = true;
            return false;
        }
        if (headerFields.size() == 1 && blank || line < headerLine) {
            headerFields.clear();
            return true;
        }
        Optional<ColumnPlan> bound = headerHandler.bind(List.copyOf(headerFields), line);
        if (bound.isEmpty()) {
            stopped = true;
            return false;
        }
        plan = bound.get();
        int n = plan.items.length;
        state = new byte[n];
        value = new double[n];
        code = new int[n];
        raw = new String[n];
        kind = new CellProblem.Kind[n];
        aux = new String[plan.auxColumns.size()];
        items = new ItemColumn[n];
        for (int k = 0; k < n; k++) {
            items[k] = new ItemColumn(plan.items[k]);
        }
        auxValues = new ArrayList<>();
        for (int a = 0; a < aux.length; a++) {
            auxValues.add(new ArrayList<>());
        }
        ids = plan.idField >= 0 ? new ArrayList<>() : null;
        out.systemMissing = new long[n];
        out.userMissing = new long[n];
        out.invalid = new long[n];
        out.missingCodeHits = new long[n][];
        for (int k = 0; k < n; k++) {
            out.missingCodeHits[k] = new long[plan.items[k].declaredMissingCodes.length];
        }
        return true;
    }

    private void ragged(int fieldCount) {
        raggedCount++;
        if (raggedCount > MAX_RAGGED_LISTED) {
            return;
        }
        String hint = locator.isSheet() ? " Expected no values right of the header's last column; give the column a"
                + " header name or clear it."
                : quotedLineBreaks > 0 ? " A quoted field of this row spans " + (quotedLineBreaks + 1)
                + " lines: is a closing quote missing?"
                : fieldCount > plan.width() ? " A delimiter inside an unquoted value causes this; quote such values."
                        : " A value with a line break that is not quoted, or a row cut short, causes this.";
        out.problems.add(new ImportProblem(ImportProblem.Severity.ERROR, ImportProblemCodes.RAGGED_ROW,
                locator.at(fileName, line) + ": the row has " + Texts.count(fieldCount) + " "
                        + locator.fields(fieldCount) + ", but the header (" + locator.line(plan.headerLine) + ") has "
                        + plan.width() + " columns. Expected " + plan.width() + " " + locator.fields(plan.width())
                        + " on every row." + hint,
                file, OptionalLong.of(line), Optional.empty()));
    }

    private void countMissingCode(int k, double v) {
        int code = plan.items[k].missingCodeIndex((long) v);
        if (code >= 0) {
            out.missingCodeHits[k][code]++;
        }
    }

    private void keep(Optional<String> respondent) {
        int row = out.rows;
        int missing = 0;
        for (int k = 0; k < state.length; k++) {
            switch (state[k]) {
                case VALUE:
                    items[k].add(value[k], code[k]);
                    break;
                case USER_MISSING:
                    items[k].addMissing();
                    out.userMissing[k]++;
                    countMissingCode(k, value[k]);
                    missing++;
                    break;
                case INVALID:
                    items[k].addMissing();
                    out.invalid[k]++;
                    missing++;
                    out.cellProblemCount++;
                    if (out.cellProblems.size() < ImportReport.MAX_LISTED_CELL_PROBLEMS) {
                        out.cellProblems.add(problemFactory.make(line, respondent, plan.items[k],
                                plan.itemField(k), raw[k], kind[k]));
                    }
                    break;
                default:
                    items[k].addMissing();
                    out.systemMissing[k]++;
                    missing++;
                    break;
            }
        }
        for (int a = 0; a < aux.length; a++) {
            auxValues.get(a).add(aux[a]);
        }
        if (ids != null) {
            ids.add(id);
        }
        if (row == lines.length) {
            lines = Arrays.copyOf(lines, row * 2);
            rowMissing = Arrays.copyOf(rowMissing, row * 2);
        }
        lines[row] = (int) line;
        rowMissing[row] = missing;
        out.rows = row + 1;
    }

    /** Completes the bound data after the last record. */
    BoundData finish() {
        if (raggedCount > MAX_RAGGED_LISTED) {
            out.problems.add(ImportProblem.error(ImportProblemCodes.RAGGED_ROW, locator.file(fileName) + ": "
                    + Texts.count(raggedCount - MAX_RAGGED_LISTED) + " more rows have a different number of "
                    + locator.fields(2) + " than the header (" + Texts.count(raggedCount) + " in all). Expected "
                    + plan.width() + " " + locator.fields(plan.width()) + " on every row.", file));
        }
        if (firstCommaLine > 0 && firstDotLine > 0) {
            out.problems.add(ImportProblem.warning(ImportProblemCodes.MIXED_DECIMAL_SEPARATORS, fileName
                    + ": both ',' (first on line " + firstCommaLine + ") and '.' (first on line " + firstDotLine
                    + ") are used as decimal separators. Expected one of them; both were read as decimal separators,"
                    + " declare the separator to be strict.", file));
        }
        out.decimalUsed = firstCommaLine > 0 && (firstDotLine == 0 || firstCommaLine < firstDotLine) ? ','
                : firstDotLine > 0 ? '.' : 0;
        if (plan == null) {
            return out;
        }
        out.itemColumns = new Object[items.length];
        for (int k = 0; k < items.length; k++) {
            out.itemColumns[k] = items[k].array();
        }
        out.auxColumns = new Object[aux.length];
        for (int a = 0; a < aux.length; a++) {
            out.auxColumns[a] = auxColumn(auxValues.get(a));
        }
        out.lines = lines;
        out.rowMissing = rowMissing;
        if (ids != null) {
            long[] numeric = IdColumns.asNumeric(ids);
            if (numeric != null) {
                out.numericIds = numeric;
            } else {
                out.textIds = ids.toArray(new String[0]);
            }
        }
        return out;
    }

    /** Numeric when every non-empty cell is a number under the import's decimal rules, else text. */
    private Object auxColumn(List<String> values) {
        double[] numbers = new double[values.size()];
        for (int r = 0; r < numbers.length; r++) {
            String s = values.get(r);
            if (s == null) {
                numbers[r] = Double.NaN;
                continue;
            }
            char[] c = s.toCharArray();
            double v = parser.parse(c, 0, c.length);
            if (Double.isNaN(v)) {
                return values.toArray(new String[0]);
            }
            numbers[r] = v;
        }
        return numbers;
    }
}
