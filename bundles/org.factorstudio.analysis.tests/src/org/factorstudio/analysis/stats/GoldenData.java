package org.factorstudio.analysis.stats;

/**
 * The 14-respondent golden example of shared/notes/statistics-conventions.md (values computed there
 * with R 4.2.2, psych 2.2.9 and SciPy). Items q1..q3 on 1..5, q4r reverse-keyed, dependent dv,
 * control z; NaN = NA.
 */
final class GoldenData {

    private static final double NA = Double.NaN;

    /** Rows id 1..14; columns q1, q2, q3, q4r, dv, z. */
    static final double[][] ROWS = {
        {4, 5, 4, 2, 3, 3},
        {3, 3, 4, 3, 4, 2},
        {5, 4, 5, 1, 4, 4},
        {2, 2, 3, 4, 2, 1},
        {4, NA, 4, 2, 5, 3},
        {1, 2, 1, 5, 2, 2},
        {3, 4, 3, 3, 1, 5},
        {5, 5, NA, 1, 4, 4},
        {2, 3, 2, 4, 3, 2},
        {4, 4, 5, 2, 2, 3},
        {3, 2, 3, 3, 3, 4},
        {4, 3, 4, NA, 5, 3},
        {2, 1, 2, 5, NA, 1},
        {5, 4, 4, 1, 4, 5},
    };

    static final int Q1 = 0;
    static final int Q2 = 1;
    static final int Q3 = 2;
    static final int Q4R = 3;
    static final int DV = 4;
    static final int Z = 5;

    private GoldenData() {
    }

    /** One column of the table. */
    static double[] column(int c) {
        double[] out = new double[ROWS.length];
        for (int i = 0; i < ROWS.length; i++) {
            out[i] = ROWS[i][c];
        }
        return out;
    }

    /** q1, q2, q3, q4r as read (q4r not yet reversed). */
    static double[][] rawItems() {
        return new double[][] {column(Q1), column(Q2), column(Q3), column(Q4R)};
    }

    /** q1, q2, q3 and 6 - q4r. */
    static double[][] reversedItems() {
        double[][] items = rawItems();
        for (int i = 0; i < items[3].length; i++) {
            items[3][i] = 6 - items[3][i];
        }
        return items;
    }

    /** index = MEAN.3(q1, q2, q3, 6 - q4r). */
    static double[] index() {
        return IndexScores.compute(rawItems(), new boolean[] {false, false, false, true}, 1, 5, 3).scores();
    }
}
