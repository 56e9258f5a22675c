package org.factorstudio.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for a declared family of tests, exactly as R {@code p.adjust}.
 *
 * <p><b>Formulas</b>, with m the number of non-missing p-values and p(1) &lt;= ... &lt;= p(m):
 * <ul>
 * <li>Bonferroni: min(1, m p).</li>
 * <li>Holm (1979): p~(i) = min(1, max over j &lt;= i of (m - j + 1) p(j)), the running maximum keeping
 * the adjusted values monotone.</li>
 * <li>Benjamini-Hochberg (1995): p~(i) = min(1, min over j &gt;= i of m / j p(j)), the running minimum
 * from the largest p down.</li>
 * </ul>
 * Ties get equal adjusted values, whatever their order.
 *
 * <p><b>Missing data.</b> NaN entries are not part of the family (they do not count in m) and stay
 * NaN, as {@code p.adjust(p, n = length(p[!is.na(p)]))}, R's default. The caller decides what the
 * family is (for example the hypotheses, or the unique off-diagonal cells of a matrix).
 *
 * <p>A p-value outside [0, 1] or infinite is a programming error and throws
 * {@link IllegalArgumentException}.
 */
public final class MultipleTesting {

    /** The correction methods. */
    public enum Method {
        /** Bonferroni: family-wise error rate, no ordering. */
        BONFERRONI,
        /** Holm step-down: family-wise error rate, uniformly more powerful than Bonferroni. */
        HOLM,
        /** Benjamini-Hochberg step-up: false discovery rate (R "BH", alias "fdr"). */
        BENJAMINI_HOCHBERG
    }

    private MultipleTesting() {
    }

    /**
     * @param p raw p-values (NaN = not in the family)
     * @return Bonferroni-adjusted p-values
     */
    public static double[] bonferroni(double[] p) {
        return adjust(p, Method.BONFERRONI);
    }

    /**
     * @param p raw p-values (NaN = not in the family)
     * @return Holm-adjusted p-values
     */
    public static double[] holm(double[] p) {
        return adjust(p, Method.HOLM);
    }

    /**
     * @param p raw p-values (NaN = not in the family)
     * @return Benjamini-Hochberg-adjusted p-values
     */
    public static double[] benjaminiHochberg(double[] p) {
        return adjust(p, Method.BENJAMINI_HOCHBERG);
    }

    /**
     * Adjusts the p-values by the given method.
     *
     * @param p raw p-values (NaN = not in the family), not modified
     * @param method the correction
     * @return a new array, NaN where the input was NaN
     */
    public static double[] adjust(double[] p, Method method) {
        for (double v : p) {
            if (!Double.isNaN(v) && !(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("p-value outside [0, 1]: " + v);
            }
        }
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        // indices of the family, ascending by p (stable, so ties keep input order as R's order() does)
        int[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
        int m = order.length;
        switch (method) {
            case BONFERRONI -> {
                for (int i : order) {
                    out[i] = Math.min(1, m * p[i]);
                }
            }
            case HOLM -> {
                double running = 0;
                for (int rank = 1; rank <= m; rank++) {
                    int i = order[rank - 1];
                    running = Math.max(running, (m - rank + 1) * p[i]);
                    out[i] = Math.min(1, running);
                }
            }
            case BENJAMINI_HOCHBERG -> {
                double running = Double.POSITIVE_INFINITY;
                for (int rank = m; rank >= 1; rank--) {
                    int i = order[rank - 1];
                    running = Math.min(running, (double) m / rank * p[i]);
                    out[i] = Math.min(1, running);
                }
            }
            default -> throw new AssertionError(method);
        }
        return out;
    }
}
