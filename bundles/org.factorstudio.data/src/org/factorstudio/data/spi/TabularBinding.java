package org.factorstudio.data.spi;

import java.util.List;

import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.internal.TableBinder;

/**
 * The extension seam for importers of other tabular formats (XLSX, ODS, SPSS): they read the header and
 * the rows with their format's library and hand them here as text; binding to the specification,
 * validation, exclusions, the invalid-value policy and the report are then exactly those of the CSV
 * importer, so a study gets the same dataset whatever format its data came in.
 *
 * <pre>
 * TabularBinding binding = TabularBinding.begin(spec, "xlsx");
 * if (binding.header(headerCells, 1)) {
 *     for (each sheet row r, at line n) {
 *         if (!binding.row(cellsOf(r), n)) break;
 *     }
 * }
 * return binding.finish();
 * </pre>
 *
 * Cells are text as the user would see it, numbers with '.' as decimal separator unless the
 * specification declares ','; null or empty is missing. Lines are the sheet's 1-based row numbers. Not
 * thread-safe; one instance per import. Problems and warnings are those of the CSV importer, except that
 * a missing code no cell holds is not reported: an importer may add the codes its file declares (SPSS's
 * MISSING VALUES) to the study's, and those need not occur.
 */
public final class TabularBinding {

    private final TableBinder binder;

    private TabularBinding(TableBinder binder) {
        this.binder = binder;
    }

    /** Starts binding a table to the specification; messages name rows as lines of the file. */
    public static TabularBinding begin(ImportSpec spec, String formatId) {
        return new TabularBinding(new TableBinder(spec, formatId));
    }

    /**
     * Starts binding a sheet of a spreadsheet to the specification; messages name the sheet, its row
     * numbers and column letters ("book.xlsx, sheet 'Svar', row 12, column q4 (F)"). Cells are given from
     * column A on, empty ones included, so that a cell's position is its column.
     */
    public static TabularBinding beginSheet(ImportSpec spec, String formatId, String sheetName) {
        return new TabularBinding(new TableBinder(spec, formatId, sheetName));
    }

    /**
     * The header row.
     *
     * @return false if it does not bind (missing columns, an inconsistent specification); then call
     *         {@link #finish()} for the problems
     */
    public boolean header(List<String> names, long line) {
        return binder.header(names, line);
    }

    /**
     * A data row.
     *
     * @return false if reading should stop (a fatal problem); call {@link #finish()}
     */
    public boolean row(List<String> cells, long line) {
        return binder.row(cells, line);
    }

    /** The result: dataset, report and problems, as the CSV importer would give them. */
    public ImportResult finish() {
        return binder.finish();
    }
}
