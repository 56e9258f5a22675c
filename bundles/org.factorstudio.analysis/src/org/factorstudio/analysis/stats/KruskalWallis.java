package org.factorstudio.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.special.Gamma;

/**
 * The Kruskal-Wallis H test of k independent groups, as R {@code kruskal.test}.
 *
 * <p><b>Statistic.</b> {@code H = (12 / (n (n + 1)) sum(R_i^2 / n_i) - 3 (n + 1)) / (1 - sum(t^3 - t) / (n^3 - n))}
 * with R_i the sum of group i's mid-ranks in the pooled sample and t the sizes of the tie groups; referred to
 * chi-square with {@code k - 1} df (upper tail).
 *
 * <p><b>Effect size.</b> {@code epsilon^2 = H / ((n^2 - 1) / (n + 1)) = H / (n - 1)} (Tomczak &amp; Tomczak
 * 2014; rcompanion {@code epsilonSquared}).
 *
 * <p><b>Missing data and degenerate cases.</b> NaN values are dropped; groups left without values do not
 * count. Fewer than two groups with values, or every value the same (R gives NaN): not computable, with a
 * note.
 *
 * @param n values in all groups together
 * @param groups groups with at least one value
 * @param h the tie-corrected H
 * @param df groups - 1
 * @param p upper-tail chi-square p
 * @param epsilonSquared H / ((n^2 - 1) / (n + 1))
 * @param note null, or why the test is not computable
 */
public record KruskalWallis(int n, int groups, double h, int df, double p, double epsilonSquared, String note) {

    /**
     * @param samples the groups' values (NaN = missing)
     * @return the test
     */
    public static KruskalWallis test(List<double[]> samples) {
        List<double[]> groups = new ArrayList<>();
        for (double[] sample : samples) {
            double[] values = Arrays.stream(sample).filter(v -> !Double.isNaN(v)).toArray();
            if (values.length > 0) {
                groups.add(values);
            }
        }
        int n = groups.stream().mapToInt(g -> g.length).sum();
        int k = groups.size();
        if (k < 2) {
            return new KruskalWallis(n, k, Double.NaN, Math.max(k - 1, 0), Double.NaN, Double.NaN,
                    "not computable: fewer than two groups with values");
        }
        double[] pooled = new double[n];
        int at = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, pooled, at, g.length);
            at += g.length;
        }
        double[] ranks = Ranks.midRanks(pooled);
        double sum = 0;
        at = 0;
        for (double[] g : groups) {
            double r = 0;
            for (int i = 0; i < g.length; i++) {
                r += ranks[at + i];
            }
            sum += r * r / g.length;
            at += g.length;
        }
        double correction = 1 - MannWhitney.tieSum(pooled) / ((double) n * n * n - n);
        if (!(correction > 0)) {
            return new KruskalWallis(n, k, Double.NaN, k - 1, Double.NaN, Double.NaN,
                    "not computable: every value is the same");
        }
        double h = (12 / ((double) n * (n + 1)) * sum - 3.0 * (n + 1)) / correction;
        // the upper tail directly (regularised gamma Q), so that small p keep their relative precision
        double p = h <= 0 ? 1 : Gamma.regularizedGammaQ((k - 1) / 2.0, h / 2);
        return new KruskalWallis(n, k, h, k - 1, p, h / ((double) n * n - 1) * (n + 1), null);
    }

    /** Whether the test could be computed. */
    public boolean isComputable() {
        return !Double.isNaN(h);
    }
}
