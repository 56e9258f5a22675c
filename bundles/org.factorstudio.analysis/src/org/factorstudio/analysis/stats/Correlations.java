package org.factorstudio.analysis.stats;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import org.factorstudio.analysis.stats.CorrelationResult.Method;
import org.factorstudio.analysis.stats.CorrelationResult.PSource;

/**
 * Zero-order correlations of two columns: Pearson, Spearman and Kendall's tau-b.
 *
 * <p><b>Missing data.</b> Pairwise deletion: only the rows where both x and y are present (not NaN)
 * are used, and Spearman re-ranks on exactly those rows (R {@code cor(use = "pairwise")},
 * {@code cor.test}, SciPy {@code nan_policy = "omit"}).
 *
 * <p><b>Formulas.</b>
 * <ul>
 * <li>Pearson r = sum (x - mx)(y - my) / sqrt(sum (x - mx)^2 sum (y - my)^2), two-pass for accuracy.
 * t = r sqrt((n - 2) / (1 - r^2)), df = n - 2, two-tailed p from Student's t (R {@code cor.test},
 * SPSS CORRELATIONS, SciPy {@code pearsonr}).</li>
 * <li>Spearman rho = Pearson r of the mid-ranks ({@link Ranks}). p by {@link PValueMode}:
 * {@code T_APPROXIMATION} as for Pearson (SPSS NONPAR CORR, psych, SciPy {@code spearmanr});
 * {@code R_EXACT} as R {@code cor.test}: AS 89 ({@link As89}) when neither column has ties and
 * n &lt;= 1290, otherwise the t approximation.</li>
 * <li>Kendall tau-b = (C - D) / sqrt((n0 - n1)(n0 - n2)), counted in O(n log n) by Knight's (1966)
 * merge-sort method. p from the normal approximation z = (C - D) / sqrt(var), with the tie-corrected
 * variance var = (v0 - vt - vu) / 18 + v1 / (2 n (n - 1)) + v2 / (9 n (n - 1)(n - 2)) (Kendall 1970,
 * eq. 4.4), which is SciPy {@code kendalltau(method = "asymptotic")} and R {@code cor.test(method =
 * "kendall", exact = FALSE)} without continuity correction. With {@link PValueMode#R_EXACT}, fewer than
 * 50 pairs and no ties in either column, p is R {@code cor.test(method = "kendall")}'s exact p instead
 * ({@link KendallExact}).</li>
 * </ul>
 *
 * <p><b>Not computable</b> (reported as a {@link CorrelationResult} with NaN and a note, never 0 and
 * never an exception): fewer than 3 complete pairs; a column that is constant on the complete pairs
 * (zero variance); an infinite value. |r| = 1 is computable: t is infinite and p is 0.
 */
public final class Correlations {

    private Correlations() {
    }

    /**
     * Pearson correlation over the pairwise-complete rows.
     *
     * @param x first column (NaN = missing)
     * @param y second column, same length
     * @return the result
     */
    public static CorrelationResult pearson(double[] x, double[] y) {
        double[][] xy = complete(x, y);
        String problem = problem(xy);
        if (problem != null) {
            return CorrelationResult.notComputable(Method.PEARSON, xy[0].length, 0, problem);
        }
        return tTest(Method.PEARSON, xy[0].length, 0, pearsonOfComplete(xy[0], xy[1]));
    }

    /**
     * Spearman's rho with the t-approximation p (SPSS, psych, SciPy).
     *
     * @param x first column (NaN = missing)
     * @param y second column, same length
     * @return the result
     */
    public static CorrelationResult spearman(double[] x, double[] y) {
        return spearman(x, y, PValueMode.T_APPROXIMATION);
    }

    /**
     * Spearman's rho over the pairwise-complete rows, re-ranked on those rows.
     *
     * @param x first column (NaN = missing)
     * @param y second column, same length
     * @param mode how to compute the p-value
     * @return the result; with {@link PValueMode#R_EXACT} and an AS 89 p the statistic is still t
     */
    public static CorrelationResult spearman(double[] x, double[] y, PValueMode mode) {
        double[][] xy = complete(x, y);
        int n = xy[0].length;
        String problem = problem(xy);
        if (problem != null) {
            return CorrelationResult.notComputable(Method.SPEARMAN, n, 0, problem);
        }
        double rho = pearsonOfComplete(Ranks.midRanks(xy[0]), Ranks.midRanks(xy[1]));
        CorrelationResult t = tTest(Method.SPEARMAN, n, 0, rho);
        if (mode == PValueMode.R_EXACT && n <= As89.MAX_N && !Ranks.hasTies(xy[0]) && !Ranks.hasTies(xy[1])) {
            PSource source = n <= As89.EXACT_MAX_N ? PSource.AS89_EXACT : PSource.AS89_EDGEWORTH;
            return CorrelationResult.of(Method.SPEARMAN, n, 0, rho, t.statistic(), t.df(), As89.twoSidedP(n, rho),
                    source);
        }
        return t;
    }

    /**
     * Kendall's tau-b with the normal-approximation p (SciPy {@code method = "asymptotic"}).
     *
     * @param x first column (NaN = missing)
     * @param y second column, same length
     * @return the result; its statistic is z and its df is NaN
     */
    public static CorrelationResult kendallTauB(double[] x, double[] y) {
        return kendallTauB(x, y, PValueMode.T_APPROXIMATION);
    }

    /**
     * Kendall's tau-b; with {@link PValueMode#R_EXACT} the exact p of R {@code cor.test(method = "kendall")}
     * when there are fewer than 50 pairs and no ties, else the normal approximation.
     *
     * @param x first column (NaN = missing)
     * @param y second column, same length
     * @param mode p-value convention
     * @return the result; its statistic is z (or, with an exact p, R's T = the number of concordant pairs)
     */
    public static CorrelationResult kendallTauB(double[] x, double[] y, PValueMode mode) {
        double[][] xy = complete(x, y);
        int n = xy[0].length;
        String problem = problem(xy);
        if (problem != null) {
            return CorrelationResult.notComputable(Method.KENDALL_TAU_B, n, 0, problem);
        }
        int[] rx = denseRanks(xy[0]);
        int[] ry = denseRanks(xy[1]);
        // sort the pairs by (x, y); within tied x the y are then ascending, so merge-sort exchanges
        // count exactly the discordant pairs
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) rx[i] << 32) | ry[i];
        }
        Arrays.sort(keys);
        TieSums xt = new TieSums();
        TieSums joint = new TieSums();
        int[] ys = new int[n];
        for (int i = 0, xStart = 0, jStart = 0; i < n; i++) {
            ys[i] = (int) keys[i];
            if (i == n - 1 || (keys[i + 1] >>> 32) != (keys[i] >>> 32)) {
                xt.add(i + 1 - xStart);
                xStart = i + 1;
            }
            if (i == n - 1 || keys[i + 1] != keys[i]) {
                joint.add(i + 1 - jStart);
                jStart = i + 1;
            }
        }
        long discordant = mergeSortCountingExchanges(ys, new int[n], 0, n);
        TieSums yt = new TieSums();
        for (int i = 0, start = 0; i < n; i++) {
            if (i == n - 1 || ys[i + 1] != ys[i]) {
                yt.add(i + 1 - start);
                start = i + 1;
            }
        }
        return kendallFromCounts(n, xt, yt, joint, discordant, mode);
    }

    /**
     * Tau-b and its test from the tie sums of x, y and (x, y) and the number of discordant pairs; shared
     * with {@link JointTable}, so that both paths give the same bits from the same counts.
     */
    static CorrelationResult kendallFromCounts(int n, TieSums xt, TieSums yt, TieSums joint, long discordant,
            PValueMode mode) {
        long n0 = (long) n * (n - 1) / 2;
        double s = (double) (n0 - xt.pairs - yt.pairs + joint.pairs - 2 * discordant);
        double tau = s / Math.sqrt((double) (n0 - xt.pairs) * (double) (n0 - yt.pairs));
        tau = Math.max(-1, Math.min(1, tau));
        double m = (double) n * (n - 1);
        double var = (m * (2.0 * n + 5) - xt.v5 - yt.v5) / 18 + 2 * (double) xt.pairs * yt.pairs / m
                + xt.v3 * yt.v3 / (9 * m * (n - 2));
        double z = s / Math.sqrt(var);
        if (mode == PValueMode.R_EXACT && n < KendallExact.LIMIT && xt.pairs == 0 && yt.pairs == 0) {
            // without ties every pair is concordant or discordant: R's statistic T counts the concordant ones
            long concordant = n0 - discordant;
            return CorrelationResult.of(Method.KENDALL_TAU_B, n, 0, tau, concordant, Double.NaN,
                    KendallExact.twoSidedP(n, concordant), PSource.KENDALL_EXACT);
        }
        double p = 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z));
        return CorrelationResult.of(Method.KENDALL_TAU_B, n, 0, tau, z, Double.NaN, p,
                PSource.NORMAL_APPROXIMATION);
    }

    /**
     * The t test of a (partial) correlation: t = r sqrt(df / (1 - r^2)), df = n - 2 - controls,
     * two-tailed p from Student's t. Callers have checked that r is defined.
     */
    static CorrelationResult tTest(Method method, int n, int controls, double r) {
        int df = n - 2 - controls;
        if (df < 1) {
            return CorrelationResult.notComputable(method, n, controls, "no degrees of freedom (n - 2 - controls < 1)");
        }
        double t;
        double p;
        if (Math.abs(r) == 1) {
            t = Math.copySign(Double.POSITIVE_INFINITY, r);
            p = 0;
        } else {
            t = r * Math.sqrt(df / (1 - r * r));
            // the lower tail at -|t| is computed directly by the regularised beta, so tiny p keep
            // their relative precision (no 1 - cdf cancellation)
            p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
        }
        return CorrelationResult.of(method, n, controls, r, t, df, p, PSource.T_DISTRIBUTION);
    }

    /** Pearson r of complete, non-constant columns; two-pass, clamped to [-1, 1]. */
    static double pearsonOfComplete(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double r = sxy / Math.sqrt(sxx * syy);
        return Math.max(-1, Math.min(1, r));
    }

    /** Mean with R's second pass, which removes most of the rounding error of the plain sum. */
    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double m = sum / x.length;
        if (!Double.isFinite(m)) {
            return m; // as R: an infinite mean is not corrected (the correction would turn it into NaN)
        }
        double correction = 0;
        for (double v : x) {
            correction += v - m;
        }
        return m + correction / x.length;
    }

    /** The rows where both are present, as {xs, ys}. */
    static double[][] complete(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("columns differ in length: " + x.length + " vs " + y.length);
        }
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                n++;
            }
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                xs[k] = x[i];
                ys[k++] = y[i];
            }
        }
        return new double[][] {xs, ys};
    }

    /** Why a pair of complete columns has no correlation, or null. */
    private static String problem(double[][] xy) {
        if (xy[0].length < 3) {
            return "n < 3";
        }
        for (double[] c : xy) {
            for (double v : c) {
                if (Double.isInfinite(v)) {
                    return "infinite value";
                }
            }
        }
        if (isConstant(xy[0]) || isConstant(xy[1])) {
            return "zero variance";
        }
        return null;
    }

    /**
     * Exact test for a constant column. A variance threshold would be wrong both ways: a constant
     * column can have a tiny non-zero computed variance, and real data can have a tiny variance.
     */
    static boolean isConstant(double[] c) {
        for (double v : c) {
            if (v != c[0]) {
                return false;
            }
        }
        return true;
    }

    /** Ranks 0..(distinct - 1) of the values, equal values sharing a rank. */
    private static int[] denseRanks(double[] v) {
        double[] distinct = Arrays.stream(v).map(d -> d + 0.0).sorted().distinct().toArray();
        int[] r = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Arrays.binarySearch(distinct, v[i] + 0.0);
        }
        return r;
    }

    /** Sorts a[from, to) ascending and returns the number of pairs i &lt; j with a[i] &gt; a[j]. */
    private static long mergeSortCountingExchanges(int[] a, int[] buf, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long count = mergeSortCountingExchanges(a, buf, from, mid) + mergeSortCountingExchanges(a, buf, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (a[j] < a[i]) {
                count += mid - i; // a[j] jumps over every element left in the first half
                buf[k++] = a[j++];
            } else {
                buf[k++] = a[i++];
            }
        }
        while (i < mid) {
            buf[k++] = a[i++];
        }
        while (j < to) {
            buf[k++] = a[j++];
        }
        System.arraycopy(buf, from, a, from, to - from);
        return count;
    }

    /** Sums over tie groups of size t, as used by tau-b and its variance. */
    static final class TieSums {
        long pairs; // sum t(t-1)/2
        double v3; // sum t(t-1)(t-2)
        double v5; // sum t(t-1)(2t+5)

        void add(long t) {
            pairs += t * (t - 1) / 2;
            v3 += (double) t * (t - 1) * (t - 2);
            v5 += (double) t * (t - 1) * (2 * t + 5);
        }
    }
}
