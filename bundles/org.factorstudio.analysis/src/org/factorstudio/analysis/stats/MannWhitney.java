package org.factorstudio.analysis.stats;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Mann-Whitney U (Wilcoxon rank-sum) test of two independent groups, two-sided, as R
 * {@code wilcox.test(x, y)} with its defaults.
 *
 * <p><b>Statistic.</b> {@code W = R1 - n1 (n1 + 1) / 2}, R1 the sum of the first group's mid-ranks in the
 * pooled sample: the number of pairs in which the first group's value is larger (ties count one half). R
 * prints W; SPSS prints {@code U = min(W, n1 n2 - W)}; both are reported.
 *
 * <p><b>p.</b> Exact (the distribution of W under H0, enumerated) when both groups have fewer than 50 values
 * and there are no ties, as R; otherwise the normal approximation with continuity correction and tie
 * correction: {@code z = (W - n1 n2 / 2 - sign * 0.5) / sigma},
 * {@code sigma^2 = n1 n2 / 12 * ((n + 1) - sum(t^3 - t) / (n (n - 1)))}. Two-sided: twice the smaller
 * tail, at most 1.
 *
 * <p><b>Effect size.</b> The rank-biserial correlation {@code r = 2 W / (n1 n2) - 1} (Kerby 2014, the
 * simple difference formula): the share of pairs favouring the first group minus the share favouring the
 * second; positive when the first group's values tend to be larger. pingouin's RBC has the same magnitude.
 *
 * <p><b>Missing data and degenerate cases.</b> NaN values are dropped from each group. A group without
 * values gives a result that is not computable (all NaN, with a note). All values equal: W = n1 n2 / 2,
 * sigma = 0, p not computable (R gives NaN).
 *
 * @param n1 values of the first group
 * @param n2 values of the second group
 * @param w R's W
 * @param u SPSS's U, the smaller of W and n1 n2 - W
 * @param z the normal deviate (continuity- and tie-corrected), NaN when p is exact
 * @param p two-sided p
 * @param exact whether p is exact
 * @param rankBiserial 2 W / (n1 n2) - 1
 * @param note null, or why the result is not (fully) computable
 */
public record MannWhitney(int n1, int n2, double w, double u, double z, double p, boolean exact,
        double rankBiserial, String note) {

    /** R's limit: exact p below 50 values per group. */
    public static final int EXACT_LIMIT = 50;

    /**
     * @param first the first group's values (NaN = missing)
     * @param second the second group's values (NaN = missing)
     * @return the test
     */
    public static MannWhitney test(double[] first, double[] second) {
        double[] x = Arrays.stream(first).filter(v -> !Double.isNaN(v)).toArray();
        double[] y = Arrays.stream(second).filter(v -> !Double.isNaN(v)).toArray();
        int n1 = x.length;
        int n2 = y.length;
        if (n1 == 0 || n2 == 0) {
            return new MannWhitney(n1, n2, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, Double.NaN,
                    "not computable: a group has no values");
        }
        double[] pooled = new double[n1 + n2];
        System.arraycopy(x, 0, pooled, 0, n1);
        System.arraycopy(y, 0, pooled, n1, n2);
        double[] ranks = Ranks.midRanks(pooled);
        double r1 = 0;
        for (int i = 0; i < n1; i++) {
            r1 += ranks[i];
        }
        double w = r1 - n1 * (n1 + 1.0) / 2;
        double mn = (double) n1 * n2;
        double u = Math.min(w, mn - w);
        double rrb = 2 * w / mn - 1;
        boolean ties = Ranks.hasTies(pooled);
        if (n1 < EXACT_LIMIT && n2 < EXACT_LIMIT && !ties) {
            return new MannWhitney(n1, n2, w, u, Double.NaN, exactTwoSided((int) Math.round(w), n1, n2), true, rrb,
                    null);
        }
        int n = n1 + n2;
        double tieSum = tieSum(pooled);
        double sigma = Math.sqrt(mn / 12 * ((n + 1) - tieSum / ((double) n * (n - 1))));
        double centred = w - mn / 2;
        if (!(sigma > 0)) {
            return new MannWhitney(n1, n2, w, u, Double.NaN, Double.NaN, false, rrb,
                    "not computable: every value is the same");
        }
        double z = (centred - Math.signum(centred) * 0.5) / sigma;
        double p = Math.min(1, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z)));
        return new MannWhitney(n1, n2, w, u, z, p, false, rrb, null);
    }

    /** Whether the test could be computed. */
    public boolean isComputable() {
        return !Double.isNaN(p);
    }

    /** sum(t^3 - t) over the tie groups of the pooled sample. */
    static double tieSum(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = 0; i < sorted.length;) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            sum += t * t * t - t;
            i = j;
        }
        return sum;
    }

    /**
     * R's exact two-sided p: {@code P(W >= w)} when w lies above n1 n2 / 2, else {@code P(W <= w)}, doubled,
     * at most 1.
     */
    static double exactTwoSided(int w, int n1, int n2) {
        double[] density = density(n1, n2);
        double tail = 0;
        if (w > n1 * n2 / 2.0) {
            for (int k = w; k < density.length; k++) {
                tail += density[k];
            }
        } else {
            for (int k = 0; k <= w; k++) {
                tail += density[k];
            }
        }
        return Math.min(1, 2 * tail);
    }

    /**
     * The null distribution of W for group sizes m and n: P(W = k), k = 0..mn. By the recursion on the largest
     * pooled value, which belongs to the first group with probability m / (m + n) and then exceeds all n values
     * of the second: {@code p(k; m, n) = m / (m + n) p(k - n; m - 1, n) + n / (m + n) p(k; m, n - 1)}. Only
     * sums of positive terms, so small tail probabilities keep their relative precision.
     */
    static double[] density(int m, int n) {
        // previous[j] = distribution for (i - 1, j), current[j] = for (i, j)
        double[][] previous = new double[n + 1][];
        for (int j = 0; j <= n; j++) {
            previous[j] = new double[] { 1 };
        }
        for (int i = 1; i <= m; i++) {
            double[][] current = new double[n + 1][];
            current[0] = new double[] { 1 };
            for (int j = 1; j <= n; j++) {
                double[] d = new double[i * j + 1];
                double a = (double) i / (i + j);
                double b = (double) j / (i + j);
                double[] withLargestFirst = previous[j];
                double[] withLargestSecond = current[j - 1];
                for (int k = 0; k < withLargestFirst.length; k++) {
                    d[k + j] += a * withLargestFirst[k];
                }
                for (int k = 0; k < withLargestSecond.length; k++) {
                    d[k] += b * withLargestSecond[k];
                }
                current[j] = d;
            }
            previous = current;
        }
        return previous[n];
    }
}
