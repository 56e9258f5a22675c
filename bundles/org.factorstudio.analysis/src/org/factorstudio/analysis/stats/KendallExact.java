package org.factorstudio.analysis.stats;

/**
 * The exact null distribution of Kendall's statistic for n untied pairs, as R {@code cor.test(method =
 * "kendall")} uses it by default below 50 pairs ({@code ckendall}/{@code pkendall} in R's stats package).
 *
 * <p>Under independence every ordering of y against x is equally likely, and the number of concordant pairs T
 * has the distribution of the number of inversions of a random permutation (Mahonian numbers): the
 * distribution for n is the one for n - 1 convolved with the uniform distribution on 0..n-1. It is built as
 * probabilities with additions of positive terms only, so tail probabilities as small as 1e-12 (perfect
 * agreement at n = 15) keep their relative precision.
 *
 * <p>Two-sided p as R: {@code P(T >= t)} when t lies above n(n - 1)/4, else {@code P(T <= t)}, doubled, at
 * most 1.
 */
public final class KendallExact {

    /** R's limit: the exact p is used below 50 pairs. */
    public static final int LIMIT = 50;

    private KendallExact() {
    }

    /**
     * @param n number of pairs, 1 &lt;= n &lt; {@link #LIMIT}
     * @param concordant the number of concordant pairs (R's T)
     * @return the two-sided p
     */
    public static double twoSidedP(int n, long concordant) {
        if (n < 1 || n >= LIMIT) {
            throw new IllegalArgumentException("exact Kendall p needs 1 <= n < " + LIMIT + ", not " + n);
        }
        double[] density = density(n);
        double tail = 0;
        if (concordant > n * (n - 1) / 4.0) {
            for (int k = (int) concordant; k < density.length; k++) {
                tail += density[k];
            }
        } else {
            for (int k = 0; k <= concordant; k++) {
                tail += density[k];
            }
        }
        return Math.min(1, 2 * tail);
    }

    /** P(T = k), k = 0..n(n - 1)/2. */
    static double[] density(int n) {
        double[] d = { 1 };
        for (int i = 2; i <= n; i++) {
            double[] next = new double[d.length + i - 1];
            for (int k = 0; k < d.length; k++) {
                double share = d[k] / i;
                for (int j = 0; j < i; j++) {
                    next[k + j] += share;
                }
            }
            d = next;
        }
        return d;
    }
}
