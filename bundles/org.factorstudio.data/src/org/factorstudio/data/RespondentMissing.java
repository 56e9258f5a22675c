package org.factorstudio.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per kept row, how many of the study's items are missing (empty, user-missing or invalid). Kept as an
 * array rather than a list of records because an import of a million respondents would otherwise carry a
 * million small objects in its report.
 */
public final class RespondentMissing {

    private final int itemCount;
    private final int[] missingCounts;
    private final int rowCount;

    private RespondentMissing(int itemCount, int[] missingCounts, int rowCount) {
        this.itemCount = itemCount;
        this.missingCounts = missingCounts;
        this.rowCount = rowCount;
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
        return new RespondentMissing(itemCount, missingCounts, rowCount);
    }

    public static RespondentMissing none() {
        return new RespondentMissing(0, new int[0], 0);
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
