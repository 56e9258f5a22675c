package org.factorstudio.data.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How messages name a place in the input: "export.csv, line 12, column q4" for text files, "book.xlsx,
 * sheet 'Svar', row 12, column q4 (F)" for spreadsheets, whose users navigate by sheet, row number and
 * column letter. The binding code is shared by all tabular formats; only this wording differs.
 */
final class Locator {

    /** Text files: lines and fields. */
    static final Locator LINES = new Locator(null);

    /** The sheet's name, or null for text files. */
    private final String sheet;

    private Locator(String sheet) {
        this.sheet = sheet;
    }

    /** A spreadsheet: the sheet's rows and lettered columns. */
    static Locator sheet(String name) {
        return new Locator(name);
    }

    boolean isSheet() {
        return sheet != null;
    }

    /** "book.xlsx, sheet 'Svar'" or "export.csv". */
    String file(String fileName) {
        return sheet == null ? fileName : fileName + ", sheet '" + Texts.quote(sheet) + "'";
    }

    /** "export.csv, line 12" or "book.xlsx, sheet 'Svar', row 12". */
    String at(String fileName, long line) {
        return file(fileName) + ", " + line(line);
    }

    /** "line 12" or "row 12". */
    String line(long line) {
        return (sheet == null ? "line " : "row ") + line;
    }

    /** "lines 3, 7" or "rows 3, 7". */
    String lines(List<? extends Number> lines) {
        return (sheet == null ? "line" : "row") + (lines.size() == 1 ? " " : "s ")
                + lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "q4" or "q4 (F)": the column letter is how spreadsheet users find a column. */
    String column(String name, int field) {
        String shown = Texts.quoteName(name);
        return sheet == null || field < 0 ? shown : shown + " (" + columnLetters(field) + ")";
    }

    /** "fields 3, 7" or "columns C, G" for 0-based positions. */
    String positions(List<Integer> fields) {
        if (sheet == null) {
            return "fields " + fields.stream().map(p -> String.valueOf(p + 1)).collect(Collectors.joining(", "));
        }
        return "columns " + fields.stream().map(Locator::columnLetters).collect(Collectors.joining(", "));
    }

    /** What a row consists of: "field"/"fields" or "cell"/"cells". */
    String fields(long count) {
        return (sheet == null ? "field" : "cell") + (count == 1 ? "" : "s");
    }

    /** A, B, ..., Z, AA, AB, ... for a 0-based column index. */
    static String columnLetters(int field) {
        StringBuilder b = new StringBuilder();
        for (int n = field + 1; n > 0; n = (n - 1) / 26) {
            b.append((char) ('A' + (n - 1) % 26));
        }
        return b.reverse().toString();
    }
}
