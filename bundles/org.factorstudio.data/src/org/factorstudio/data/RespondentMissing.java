package org.factorstudio.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Per kept row, how many of the study's items are missing (empty, user-missing or invalid). Kept as an
 * array rather than a list of records because an import of a million respondents would otherwise carry a
 * million small objects in its report.
 */
public final class RespondentMissing {

    private final int itemCount;
    private final int[] missingCounts;
    private final int rowCount;
    /** File line per row, or null when not known. */
    private final int[] lines;
    /** Integer ids per row ({@link Long#MIN_VALUE} = none), or null. */
    private final long[] numericIds;
    /** Text ids per row (null = none), or null. */
    private final String[] textIds;

    private RespondentMissing(int itemCount, int[] missingCounts, int rowCount, int[] lines, long[] numericIds,
            String[] textIds) {
        this.itemCount = itemCount;
        this.missingCounts = missingCounts;
        this.rowCount = rowCount;
        this.lines = lines;
        this.numericIds = numericIds;
        this.textIds = textIds;
    }

    /**
     * @param itemCount     items per row
     * @param missingCounts missing items per row; adopted without copying, may be longer than rowCount
     * @param rowCount      rows
     */
    public static RespondentMissing of(int itemCount, int[] missingCounts, int rowCount) {
        Objects.requireNonNull(missingCounts, "missingCounts");
        if (missingCounts.length < rowCount) {
            throw new IllegalArgumentException(missingCounts.length + " counts for " + rowCount + " rows");
        }
        return new RespondentMissing(itemCount, missingCounts, rowCount, null, null, null);
    }

    /**
     * With each row's place in the file and respondent id, so that the counts can be shown per respondent.
     *
     * @param itemCount     items per row
     * @param missingCounts missing items per row; adopted without copying, may be longer than rowCount
     * @param lines         the 1-based file line (or sheet row) of each row; adopted without copying
     * @param numericIds    integer ids ({@link Long#MIN_VALUE} for none), or null
     * @param textIds       text ids (null for none), or null; used when {@code numericIds} is null
     * @param rowCount      rows
     */
    public static RespondentMissing of(int itemCount, int[] missingCounts, int[] lines, long[] numericIds,
            String[] textIds, int rowCount) {
        Objects.requireNonNull(missingCounts, "missingCounts");
        Objects.requireNonNull(lines, "lines");
        if (missingCounts.length < rowCount || lines.length < rowCount
                || numericIds != null && numericIds.length < rowCount || textIds != null && textIds.length < rowCount) {
            throw new IllegalArgumentException("fewer entries than the " + rowCount + " rows");
        }
        return new RespondentMissing(itemCount, missingCounts, rowCount, lines, numericIds, textIds);
    }

    public static RespondentMissing none() {
        return new RespondentMissing(0, new int[0], 0, new int[0], null, null);
    }

    /** The file line (sheet row) of a row; 0 when the import did not record it. */
    public int line(int row) {
        Objects.checkIndex(row, rowCount);
        return lines == null ? 0 : lines[row];
    }

    /** The respondent id of a row, when the import has an id column and the row's cell is filled. */
    public Optional<String> respondentId(int row) {
        Objects.checkIndex(row, rowCount);
        if (numericIds != null) {
            return numericIds[row] == Long.MIN_VALUE ? Optional.empty() : Optional.of(Long.toString(numericIds[row]));
        }
        return textIds == null ? Optional.empty() : Optional.ofNullable(textIds[row]);
    }

    public int itemCount() {
        return itemCount;
    }

    /** Rows, in dataset order. */
    public int rowCount() {
        return rowCount;
    }

    /** Missing items of a row (dataset row index). */
    public int missingCount(int row) {
        Objects.checkIndex(row, rowCount);
        return missingCounts[row];
    }

    /** Share of the items missing in a row; 0 when there are no items. */
    public double missingShare(int row) {
        return itemCount == 0 ? 0 : (double) missingCount(row) / itemCount;
    }

    /** Rows with every item missing (kept because of auxiliary answers or because exclusion is off). */
    public int rowsWithAllItemsMissing() {
        int n = 0;
        for (int r = 0; r < rowCount; r++) {
            if (missingCounts[r] == itemCount) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RespondentMissing other && other.itemCount == itemCount && other.rowCount == rowCount
                && Arrays.equals(missingCounts, 0, rowCount, other.missingCounts, 0, rowCount);
    }

    @Override
    public int hashCode() {
        return 31 * itemCount + Arrays.hashCode(Arrays.copyOf(missingCounts, rowCount));
    }

    @Override
    public String toString() {
        return "RespondentMissing[" + rowCount + " rows, " + itemCount + " items]";
    }
}
