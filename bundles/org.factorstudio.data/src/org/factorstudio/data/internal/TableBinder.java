package org.factorstudio.data.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportReport;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;

/**
 * Binding for importers of other tabular formats; the implementation behind
 * {@link org.factorstudio.data.spi.TabularBinding}. Drives the same {@link RecordBinder} and
 * {@link ResultAssembler} as the CSV importer, with cells as strings.
 */
public final class TableBinder {

    private final ImportSpec spec;
    private final String format;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final RecordBinder binder;
    private final Locator locator;
    private final boolean codesAsDeclared;
    private boolean headerSeen;
    private boolean failed;

    /** Rows named as lines, as in a text file; for plugin importers (see {@link #TableBinder(ImportSpec, String, String, boolean)}). */
    public TableBinder(ImportSpec spec, String format) {
        this(spec, format, Locator.LINES, false);
    }

    /** Rows and lettered columns of the named sheet; for plugin importers. */
    public TableBinder(ImportSpec spec, String format, String sheet) {
        this(spec, format, Locator.sheet(sheet), false);
    }

    /**
     * Rows and lettered columns of the named sheet.
     *
     * @param codesAsDeclared whether the items' missing codes are exactly the study's, so that a code no cell
     *                        holds is reported; plugins may add codes their file declares, and a warning
     *                        about those would be noise
     */
    public TableBinder(ImportSpec spec, String format, String sheet, boolean codesAsDeclared) {
        this(spec, format, Locator.sheet(sheet), codesAsDeclared);
    }

    private TableBinder(ImportSpec spec, String format, Locator locator, boolean codesAsDeclared) {
        this.codesAsDeclared = codesAsDeclared;
        this.spec = spec;
        this.format = format;
        this.locator = locator;
        problems.addAll(HeaderBinder.checkSpec(spec));
        failed = !problems.isEmpty();
        // spreadsheets store numbers, which their readers render with '.'; a declared separator still rules
        boolean allowDot = spec.decimalSeparator().map(c -> c == '.').orElse(true);
        boolean allowComma = spec.decimalSeparator().map(c -> c == ',').orElse(false);
        binder = new RecordBinder(spec, Limits.DEFAULT, new NumberParser(allowDot, allowComma), 0, (header, line) -> {
            HeaderBinder.Binding b = HeaderBinder.bind(header, line, String.join(" ", header), spec, ',', locator);
            problems.addAll(b.problems());
            return b.plan();
        }, locator);
    }

    public boolean header(List<String> names, long line) {
        if (failed || headerSeen) {
            return !failed;
        }
        headerSeen = true;
        feed(names, line);
        failed = binder.plan().isEmpty();
        return !failed;
    }

    public boolean row(List<String> cells, long line) {
        if (failed || !headerSeen) {
            return false;
        }
        feed(cells, line);
        return !binder.stopped();
    }

    private void feed(List<String> cells, long line) {
        binder.beginRecord(line);
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            char[] chars = c.toCharArray();
            binder.field(i, chars, 0, chars.length, false);
        }
        binder.endRecord(cells.size());
    }

    public ImportResult finish() {
        if (failed || binder.plan().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(ImportProblem.error(ImportProblemCodes.EMPTY_FILE,
                        locator.file(HeaderBinder.fileName(spec.file())) + (locator.isSheet() ? " is empty: it"
                                : "") + " has no header row. Expected a header row with column names followed by one"
                                + " row per respondent.", spec.file()));
            }
            return ImportResult.failure(ImportReport.notRead(spec.file(), format), problems);
        }
        BoundData data = binder.finish();
        List<ImportProblem> notes = new ArrayList<>(problems);
        return ResultAssembler.assemble(spec, format, Optional.empty(), Optional.empty(), binder.plan().get(), data,
                notes, locator, codesAsDeclared);
    }
}
