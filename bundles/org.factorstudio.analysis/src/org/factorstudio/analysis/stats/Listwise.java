package org.factorstudio.analysis.stats;

import java.util.Arrays;

/**
 * Listwise deletion: the rows where every column has a value, and a column with the other rows set missing.
 * Missing is NaN throughout the engine; columns are index scores or item answers of one dataset.
 */
public final class Listwise {

    private Listwise() {
    }

    /**
     * @param columns columns of equal length (at least one)
     * @return per row, whether no column is NaN there
     * @throws IllegalArgumentException for columns of different lengths
     */
    public static boolean[] completeRows(double[][] columns) {
        int rows = columns[0].length;
        boolean[] complete = new boolean[rows];
        Arrays.fill(complete, true);
        for (double[] column : columns) {
            if (column.length != rows) {
                throw new IllegalArgumentException("columns differ in length: " + column.length + " vs " + rows);
            }
            for (int row = 0; row < rows; row++) {
                complete[row] &= !Double.isNaN(column[row]);
            }
        }
        return complete;
    }

    /**
     * @param keep the rows to keep, or null for all of them (pairwise deletion)
     * @return {@code values} itself when {@code keep} is null, else a copy with the other rows NaN
     */
    public static double[] masked(double[] values, boolean[] keep) {
        if (keep == null) {
            return values;
        }
        double[] masked = values.clone();
        for (int i = 0; i < masked.length; i++) {
            if (!keep[i]) {
                masked[i] = Double.NaN;
            }
        }
        return masked;
    }
}
