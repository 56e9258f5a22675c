package org.factorstudio.analysis.stats;

import java.util.Arrays;

/**
 * Mid-ranks (average ranks for ties), the ranking used by Spearman's rho and by the rank-based
 * partial correlation.
 *
 * <p><b>Formula.</b> The value at sorted positions {@code i..j} (1-based) that are all equal gets
 * rank {@code (i + j) / 2}. This is R {@code rank(x, ties.method = "average")}, SciPy
 * {@code rankdata(method = "average")} and SPSS RANK /TIES=MEAN.
 *
 * <p><b>Missing data.</b> {@code Double.NaN} entries are not ranked: they keep rank NaN and the other
 * values are ranked among themselves (R {@code rank(x, na.last = "keep")}). Callers that need
 * pairwise deletion select the complete rows first and rank those, so that each pair is re-ranked on
 * its own rows (ranking once and deleting afterwards gives other values).
 *
 * <p><b>Special values.</b> {@code -0.0} and {@code 0.0} are ties (as in R). Infinite values are
 * ranked like any other value. Zero variance simply gives every element the same rank.
 */
public final class Ranks {

    private Ranks() {
    }

    /**
     * Mid-ranks of {@code values}; NaN stays NaN.
     *
     * @param values the data, not modified
     * @return a new array of the same length with the mid-rank of each value
     */
    public static double[] midRanks(double[] values) {
        int n = values.length;
        double[] sorted = new double[n];
        int m = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                // adding 0.0 turns -0.0 into 0.0, so that both are one tie group
                sorted[m++] = v + 0.0;
            }
        }
        Arrays.sort(sorted, 0, m);
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                ranks[i] = Double.NaN;
                continue;
            }
            double key = v + 0.0;
            int first = bound(sorted, m, key, false);
            int last = bound(sorted, m, key, true) - 1;
            // 1-based positions first+1 .. last+1, averaged
            ranks[i] = (first + last) / 2.0 + 1.0;
        }
        return ranks;
    }

    /**
     * Whether the non-missing values contain at least one tie.
     *
     * @param values the data, not modified
     * @return true when two non-NaN values are equal
     */
    public static boolean hasTies(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).map(v -> v + 0.0).sorted()
                .toArray();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * First index in the sorted {@code a[0..m)} whose value is greater than {@code key} (when
     * {@code upper}) or not less than {@code key} (otherwise).
     */
    private static int bound(double[] a, int m, double key, boolean upper) {
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key || (upper && a[mid] == key)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
