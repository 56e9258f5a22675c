package org.factorstudio.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.factorstudio.data.internal.DatasetArrays;

/**
 * An imported survey data set: immutable and column-oriented.
 *
 * <h2>Rows</h2>
 * Only the kept rows (respondents) are stored, in file order. For each row the dataset knows the line
 * of the file on which its record starts ({@link #sourceLine(int)}, 1-based, the header is line 1) so
 * that every later finding (an outlier, a suspicious response pattern) can be traced back to the file
 * the user has, and the respondent id when the import named an id column.
 *
 * <h2>Storage, and why</h2>
 * A survey engine reads whole columns, so columns are stored one array each. There are three kinds:
 * <ul>
 * <li>{@link ColumnType#CODED}: one {@code byte} per cell; code 0 is missing and code {@code c} stands
 * for the value {@code c + offset}. Items whose declared range spans at most 127 integers and whose
 * values are all integers are stored this way; for the usual 1..5 or 1..7 Likert items the offset is 0
 * and the codes are the answers themselves. The budget that drove this choice: 1,000,000 respondents
 * times 200 items must fit in well under 1 GB. As bytes that is 200 MB; as {@code double} it would be
 * 1.6 GB and as {@code float} 800 MB, with nothing gained, because Likert answers are small integers.
 * Codes also let the engine tabulate (frequencies, ranks for Spearman) with array indexing.</li>
 * <li>{@link ColumnType#NUMERIC}: {@code double} per cell, {@code NaN} is missing. Used for items without
 * a usable range, items holding fractional values and numeric auxiliary columns.</li>
 * <li>{@link ColumnType#TEXT}: {@code String} per cell, {@code null} is missing.</li>
 * </ul>
 * Respondent ids are stored as {@code long} when every id is a plain integer (the common case; 8 MB for
 * a million rows instead of ~50 MB of strings), otherwise as strings.
 *
 * <h2>Immutability</h2>
 * Bulk accessors ({@link #column(String)}, {@link #codes(String)}, ...) return copies, so a caller can
 * never change a dataset that other views share; a copy of one column of a million rows costs about a
 * millisecond. The {@link Builder} adopts the arrays it is given without copying them (an importer
 * builds hundreds of megabytes and must not hold them twice); whoever hands arrays to the builder gives
 * up the right to modify them.
 */
public final class Dataset {

    /** How a column is stored; see the class comment. */
    public enum ColumnType {
        /** byte codes, 0 = missing, value = code + offset */
        CODED,
        /** double values, NaN = missing */
        NUMERIC,
        /** strings, null = missing */
        TEXT
    }

    /** Marks a missing id in the numeric id array; no survey platform issues this id. */
    private static final long NO_ID = Long.MIN_VALUE;

    private final List<String> names;
    private final Map<String, Integer> indexByName;
    private final ColumnType[] types;
    private final Object[] data;
    private final int[] offsets;
    private final int rowCount;
    private final int[] sourceLines;
    private final long[] numericIds;
    private final String[] textIds;

    static {
        // the friend bundles' kernels read a coded column in place (DatasetArrays): a copy of every answer column
        // was 200 MB on a million respondents and 200 statements, made only to be read
        DatasetArrays.register(Dataset::ownCodes);
    }

    private Dataset(Builder b) {
        this.names = List.copyOf(b.names);
        this.indexByName = Map.copyOf(b.indexByName);
        this.types = b.types.toArray(new ColumnType[0]);
        this.data = b.data.toArray();
        this.offsets = b.offsets.stream().mapToInt(Integer::intValue).toArray();
        this.rowCount = b.rowCount;
        this.sourceLines = b.sourceLines;
        this.numericIds = b.numericIds;
        this.textIds = b.textIds;
    }

    /**
     * Starts a dataset of {@code rowCount} rows.
     *
     * @param rowCount    number of rows
     * @param sourceLines for each row, the 1-based line of the file where its record starts; adopted
     *                    without copying
     */
    public static Builder builder(int rowCount, int[] sourceLines) {
        return new Builder(rowCount, sourceLines);
    }

    /** Number of rows (kept respondents). */
    public int rowCount() {
        return rowCount;
    }

    /** Number of columns. */
    public int columnCount() {
        return names.size();
    }

    /** Column names, in import order (items in specification order, then auxiliary columns). */
    public List<String> columnNames() {
        return names;
    }

    /** Whether a column of that name exists. */
    public boolean hasColumn(String name) {
        return indexByName.containsKey(name);
    }

    /**
     * Index of a column.
     *
     * @throws IllegalArgumentException if there is no such column (a programming error: names come from
     *                                  the specification that produced this dataset)
     */
    public int columnIndex(String name) {
        Integer i = indexByName.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no column '" + name + "' in dataset; columns are " + names);
        }
        return i;
    }

    /** Storage type of a column. */
    public ColumnType type(int column) {
        return types[column];
    }

    /** Storage type of a column. */
    public ColumnType type(String name) {
        return types[columnIndex(name)];
    }

    /**
     * The value of a numeric or coded cell, {@code NaN} if missing.
     *
     * @throws IllegalArgumentException for a text column
     */
    public double value(int column, int row) {
        Objects.checkIndex(row, rowCount);
        switch (types[column]) {
            case CODED: {
                int code = ((byte[]) data[column])[row];
                return code == 0 ? Double.NaN : code + offsets[column];
            }
            case NUMERIC:
                return ((double[]) data[column])[row];
            default:
                throw new IllegalArgumentException("column '" + names.get(column) + "' holds text");
        }
    }

    /** Whether a cell is missing (any column type). */
    public boolean isMissing(int column, int row) {
        Objects.checkIndex(row, rowCount);
        switch (types[column]) {
            case CODED:
                return ((byte[]) data[column])[row] == 0;
            case NUMERIC:
                return Double.isNaN(((double[]) data[column])[row]);
            default:
                return ((String[]) data[column])[row] == null;
        }
    }

    /**
     * The cell as text: the string of a text column, or the number of a numeric column written without a
     * trailing ".0" when it is an integer. {@code Optional.empty()} when missing.
     */
    public Optional<String> text(int column, int row) {
        if (isMissing(column, row)) {
            return Optional.empty();
        }
        if (types[column] == ColumnType.TEXT) {
            return Optional.of(((String[]) data[column])[row]);
        }
        double v = value(column, row);
        return Optional.of(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
    }

    /**
     * A copy of a numeric or coded column as doubles, {@code NaN} for missing.
     *
     * @throws IllegalArgumentException for a text column or an unknown name
     */
    public double[] column(String name) {
        int c = columnIndex(name);
        switch (types[c]) {
            case CODED: {
                byte[] codes = (byte[]) data[c];
                int offset = offsets[c];
                double[] out = new double[rowCount];
                for (int r = 0; r < rowCount; r++) {
                    int code = codes[r];
                    out[r] = code == 0 ? Double.NaN : code + offset;
                }
                return out;
            }
            case NUMERIC:
                return Arrays.copyOf((double[]) data[c], rowCount);
            default:
                throw new IllegalArgumentException("column '" + name + "' holds text");
        }
    }

    /**
     * A copy of the byte codes of a coded column; 0 is missing, code {@code c} is the value
     * {@code c + codeOffset(name)}.
     *
     * @throws IllegalArgumentException if the column is not {@link ColumnType#CODED}
     */
    public byte[] codes(String name) {
        int c = columnIndex(name);
        if (types[c] != ColumnType.CODED) {
            throw new IllegalArgumentException("column '" + name + "' is " + types[c] + ", not CODED");
        }
        return Arrays.copyOf((byte[]) data[c], rowCount);
    }

    /** The coded column's own array when it has exactly the rows (an importer may hand over longer ones), else a copy. */
    private byte[] ownCodes(String name) {
        int c = columnIndex(name);
        if (types[c] != ColumnType.CODED) {
            throw new IllegalArgumentException("column '" + name + "' is " + types[c] + ", not CODED");
        }
        byte[] codes = (byte[]) data[c];
        return codes.length == rowCount ? codes : Arrays.copyOf(codes, rowCount);
    }

    /** The offset of a coded column: value = code + offset (0 for items whose range starts at 1). */
    public int codeOffset(String name) {
        int c = columnIndex(name);
        if (types[c] != ColumnType.CODED) {
            throw new IllegalArgumentException("column '" + name + "' is " + types[c] + ", not CODED");
        }
        return offsets[c];
    }

    /** A copy of a text column ({@code null} = missing). */
    public String[] textColumn(String name) {
        int c = columnIndex(name);
        if (types[c] != ColumnType.TEXT) {
            throw new IllegalArgumentException("column '" + name + "' is " + types[c] + ", not TEXT");
        }
        return Arrays.copyOf((String[]) data[c], rowCount);
    }

    /** The 1-based line of the file on which the record of this row starts (the header is line 1). */
    public int sourceLine(int row) {
        Objects.checkIndex(row, rowCount);
        return sourceLines[row];
    }

    /** A copy of all source lines, one per row. */
    public int[] sourceLines() {
        return Arrays.copyOf(sourceLines, rowCount);
    }

    /** Whether the import named an id column. */
    public boolean hasRespondentIds() {
        return numericIds != null || textIds != null;
    }

    /** The respondent id of a row; empty when there is no id column or the cell was empty. */
    public Optional<String> respondentId(int row) {
        Objects.checkIndex(row, rowCount);
        if (numericIds != null) {
            long id = numericIds[row];
            return id == NO_ID ? Optional.empty() : Optional.of(Long.toString(id));
        }
        if (textIds != null) {
            return Optional.ofNullable(textIds[row]);
        }
        return Optional.empty();
    }

    /** Row of the first respondent with this id, or -1. Linear scan: meant for tests and UI look-ups. */
    public int rowOfRespondent(String id) {
        for (int r = 0; r < rowCount; r++) {
            if (respondentId(r).filter(id::equals).isPresent()) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Estimated heap footprint in bytes: arrays at their length plus object headers, strings at
     * 24 + 16 + length bytes (compact Latin-1 strings, the common case). Shared strings are counted
     * once per cell, so text columns are over-estimated when values repeat.
     */
    public long estimatedHeapBytes() {
        long bytes = 16L + 4L * 12;
        for (int c = 0; c < data.length; c++) {
            bytes += arrayBytes(data[c]);
        }
        bytes += arrayBytes(sourceLines);
        bytes += arrayBytes(numericIds);
        bytes += arrayBytes(textIds);
        bytes += names.size() * 80L;
        return bytes;
    }

    private static long arrayBytes(Object array) {
        if (array == null) {
            return 0;
        }
        if (array instanceof byte[]) {
            return 16L + ((byte[]) array).length;
        }
        if (array instanceof int[]) {
            return 16L + 4L * ((int[]) array).length;
        }
        if (array instanceof long[]) {
            return 16L + 8L * ((long[]) array).length;
        }
        if (array instanceof double[]) {
            return 16L + 8L * ((double[]) array).length;
        }
        String[] strings = (String[]) array;
        long bytes = 16L + 4L * strings.length;
        for (String s : strings) {
            if (s != null) {
                bytes += 40L + s.length();
            }
        }
        return bytes;
    }

    /**
     * Whether both datasets hold the same data: same column names, types and cell values (NaN equal
     * to NaN) and the same respondent ids, row by row. Source lines are deliberately not compared: the
     * same respondents read from a raw export and from a cleaned file sit on different lines.
     */
    public boolean sameData(Dataset other) {
        return firstDifference(other).isEmpty();
    }

    /** Describes the first difference found by {@link #sameData(Dataset)}, for test and log messages. */
    public Optional<String> firstDifference(Dataset other) {
        if (!names.equals(other.names)) {
            return Optional.of("column names differ: " + names + " vs " + other.names);
        }
        if (rowCount != other.rowCount) {
            return Optional.of("row counts differ: " + rowCount + " vs " + other.rowCount);
        }
        for (int c = 0; c < names.size(); c++) {
            if (types[c] != other.types[c]) {
                return Optional.of("column " + names.get(c) + ": type " + types[c] + " vs " + other.types[c]);
            }
            for (int r = 0; r < rowCount; r++) {
                boolean same = types[c] == ColumnType.TEXT
                        ? Objects.equals(((String[]) data[c])[r], ((String[]) other.data[c])[r])
                        : Double.compare(value(c, r), other.value(c, r)) == 0;
                if (!same) {
                    return Optional.of("column " + names.get(c) + ", row " + r + " (line " + sourceLines[r] + " vs "
                            + other.sourceLines[r] + "): " + text(c, r).orElse("<missing>") + " vs "
                            + other.text(c, r).orElse("<missing>"));
                }
            }
        }
        if (hasRespondentIds() != other.hasRespondentIds()) {
            return Optional.of("one dataset has respondent ids, the other has none");
        }
        for (int r = 0; r < rowCount; r++) {
            if (!respondentId(r).equals(other.respondentId(r))) {
                return Optional.of("row " + r + ": respondent id " + respondentId(r) + " vs " + other.respondentId(r));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Dataset[" + rowCount + " rows x " + names.size() + " columns]";
    }

    /**
     * Assembles a dataset. Arrays are adopted, not copied (see the class comment); they may be longer
     * than the row count, cells beyond it are ignored.
     */
    public static final class Builder {
        private final int rowCount;
        private final int[] sourceLines;
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> indexByName = new HashMap<>();
        private final List<ColumnType> types = new ArrayList<>();
        private final List<Object> data = new ArrayList<>();
        private final List<Integer> offsets = new ArrayList<>();
        private long[] numericIds;
        private String[] textIds;

        private Builder(int rowCount, int[] sourceLines) {
            if (rowCount < 0 || sourceLines.length < rowCount) {
                throw new IllegalArgumentException("rowCount " + rowCount + " with " + sourceLines.length + " source lines");
            }
            this.rowCount = rowCount;
            this.sourceLines = sourceLines;
        }

        /** Adds a coded column: code 0 = missing, value = code + offset. */
        public Builder coded(String name, byte[] codes, int offset) {
            return add(name, ColumnType.CODED, codes, codes.length, offset);
        }

        /** Adds a numeric column, NaN = missing. */
        public Builder numeric(String name, double[] values) {
            return add(name, ColumnType.NUMERIC, values, values.length, 0);
        }

        /** Adds a text column, null = missing. */
        public Builder text(String name, String[] values) {
            return add(name, ColumnType.TEXT, values, values.length, 0);
        }

        /** Sets integer respondent ids; {@link Long#MIN_VALUE} marks a missing id. */
        public Builder respondentIds(long[] ids) {
            checkLength("respondent ids", ids.length);
            this.numericIds = ids;
            this.textIds = null;
            return this;
        }

        /** Sets text respondent ids; null marks a missing id. */
        public Builder respondentIds(String[] ids) {
            checkLength("respondent ids", ids.length);
            this.textIds = ids;
            this.numericIds = null;
            return this;
        }

        private Builder add(String name, ColumnType type, Object array, int length, int offset) {
            Objects.requireNonNull(name, "name");
            checkLength(name, length);
            if (indexByName.putIfAbsent(name, names.size()) != null) {
                throw new IllegalArgumentException("duplicate column name '" + name + "'");
            }
            names.add(name);
            types.add(type);
            data.add(array);
            offsets.add(offset);
            return this;
        }

        private void checkLength(String what, int length) {
            if (length < rowCount) {
                throw new IllegalArgumentException(what + ": " + length + " cells for " + rowCount + " rows");
            }
        }

        public Dataset build() {
            return new Dataset(this);
        }
    }
}
