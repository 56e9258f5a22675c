package org.factorstudio.analysis.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Null distribution of Spearman's statistic S = sum of squared rank differences, by algorithm AS 89
 * (Best &amp; Roberts 1975, Applied Statistics 24(3), 377-379), in the variant R's {@code prho.c} uses,
 * plus the two-sided p-value exactly as R {@code cor.test(method = "spearman")} derives it.
 *
 * <p><b>Formula.</b> For observed rho without ties, {@code S = (n^3 - n)(1 - rho) / 6}.
 * {@link #tail(int, double, boolean)} returns {@code Pr[S >= is]} (upper) or {@code Pr[S < is]}
 * (lower):
 * <ul>
 * <li>n &lt;= 9: exact, by counting all n! permutations (R raised AS 89's original limit of 6 to 9;
 * we follow R, because R is the tool users compare with);</li>
 * <li>n &gt; 9: the Edgeworth series of AS 89 with a continuity correction of 1 on S, and the normal
 * tail from Commons Math (R also replaced AS 66 by its own pnorm).</li>
 * </ul>
 * {@link #twoSidedP(int, double)} mirrors {@code cor.test}: with {@code q} the statistic, if
 * {@code q > (n^3 - n) / 6} (rho &lt; 0) it takes the upper tail at {@code round(q)}, otherwise the
 * lower tail at {@code round(q) + 2} (S only takes even values, so {@code Pr[S < q + 2] = Pr[S <= q]}),
 * and returns {@code min(2 p, 1)}.
 *
 * <p><b>Scope.</b> Only valid without ties; the caller ({@link Correlations}) falls back to the t
 * approximation with ties or n &gt; 1290, as R does. No missing data reaches this class.
 */
final class As89 {

    /** Largest n for which R enumerates all permutations. */
    static final int EXACT_MAX_N = 9;

    /** Largest n for which R's cor.test uses AS 89 at all ({@code n * (n^2 - 1)} must not overflow). */
    static final int MAX_N = 1290;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    // Edgeworth coefficients of AS 89
    private static final double C1 = .2274;
    private static final double C2 = .2531;
    private static final double C3 = .1745;
    private static final double C4 = .0758;
    private static final double C5 = .1033;
    private static final double C6 = .3932;
    private static final double C7 = .0879;
    private static final double C8 = .0151;
    private static final double C9 = .0072;
    private static final double C10 = .0831;
    private static final double C11 = .0131;
    private static final double C12 = 4.6e-4;

    private As89() {
    }

    /**
     * R {@code cor.test(x, y, method = "spearman", exact = TRUE)$p.value} for a rho without ties.
     *
     * @param n number of pairs, 2 &lt;= n &lt;= 1290
     * @param rho observed Spearman rho
     * @return two-sided p
     */
    static double twoSidedP(int n, double rho) {
        double n3n = (double) n * n * n - n;
        double q = n3n * (1 - rho) / 6;
        double p = q > n3n / 6 ? tail(n, Math.rint(q), false) : tail(n, Math.rint(q) + 2, true);
        return Math.min(2 * p, 1);
    }

    /**
     * {@code Pr[S >= is]} or, when {@code lowerTail}, {@code Pr[S < is]}, under independence.
     *
     * @param n number of pairs
     * @param is the value of S at which the tail starts
     * @param lowerTail which tail
     * @return the probability
     */
    static double tail(int n, double is, boolean lowerTail) {
        double empty = lowerTail ? 0 : 1;
        if (n <= 1 || is <= 0) {
            return empty;
        }
        double max = n * ((double) n * n - 1) / 3; // largest possible S
        if (is > max) {
            return 1 - empty;
        }
        if (n <= EXACT_MAX_N) {
            long[] counts = ExactCounts.COUNTS[n];
            long atLeast = 0;
            long total = 0;
            for (int s = 0; s < counts.length; s++) {
                total += counts[s];
                if (s >= is) {
                    atLeast += counts[s];
                }
            }
            return (lowerTail ? total - atLeast : atLeast) / (double) total;
        }
        double y = n;
        double b = 1 / y;
        // standardised rho with continuity correction: rho * sqrt(n - 1) is approximately N(0, 1)
        double x = (6 * (is - 1) * b / (y * y - 1) - 1) * Math.sqrt(y - 1);
        y = x * x;
        double u = x * b * (C1 + b * (C2 + C3 * b)
                + y * (-C4 + b * (C5 + C6 * b) - y * b * (C7 + C8 * b - y * (C9 - C10 * b + y * b * (C11 - C12 * y)))));
        y = u / Math.exp(y / 2);
        // the upper normal tail is taken by symmetry so that it keeps full relative precision
        double normalTail = lowerTail ? STANDARD_NORMAL.cumulativeProbability(x)
                : STANDARD_NORMAL.cumulativeProbability(-x);
        double p = (lowerTail ? -y : y) + normalTail;
        return Math.min(1, Math.max(0, p));
    }

    /** Number of permutations of 1..n with each value of S, for n &lt;= 9; built on first use. */
    private static final class ExactCounts {
        static final long[][] COUNTS = build();

        private static long[][] build() {
            long[][] counts = new long[EXACT_MAX_N + 1][];
            for (int n = 1; n <= EXACT_MAX_N; n++) {
                counts[n] = enumerate(n);
            }
            return counts;
        }

        /** Heap's algorithm over all permutations, tallying S = sum (i - perm[i])^2. */
        private static long[] enumerate(int n) {
            long[] tally = new long[n * (n * n - 1) / 3 + 1];
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            int[] c = new int[n];
            tally[s(perm)]++;
            int i = 0;
            while (i < n) {
                if (c[i] < i) {
                    int j = (i % 2 == 0) ? 0 : c[i];
                    int t = perm[j];
                    perm[j] = perm[i];
                    perm[i] = t;
                    tally[s(perm)]++;
                    c[i]++;
                    i = 0;
                } else {
                    c[i] = 0;
                    i++;
                }
            }
            return tally;
        }

        private static int s(int[] perm) {
            int s = 0;
            for (int i = 0; i < perm.length; i++) {
                int d = i - perm[i];
                s += d * d;
            }
            return s;
        }
    }
}
