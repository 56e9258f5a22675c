package org.factorstudio.analysis.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.util.FastMath;

/**
 * One correlation coefficient with its test, as produced by {@link Correlations},
 * {@link PartialCorrelation} and {@link LikertSpearmanMatrix}.
 *
 * <p><b>Statistic.</b> For Pearson and Spearman (and their partial versions)
 * {@code statistic = r * sqrt(df / (1 - r^2))} with {@code df = n - 2 - controls}, referred to
 * Student's t. For Kendall's tau-b it is the normal deviate {@code z = S / sqrt(var(S))} and
 * {@code df} is NaN, except with an exact Kendall p ({@link PSource#KENDALL_EXACT}), where it is R's
 * {@code T}, the number of concordant pairs. When the p-value came from AS 89 ({@link PValueMode#R_EXACT}) the t statistic
 * is still reported (as SPSS and psych print it) but {@link #pSource()} says where p came from.
 *
 * <p><b>Not computable.</b> A coefficient that is undefined (n &lt; 3, zero variance, a singular
 * matrix, ...) is reported with coefficient, statistic and p all NaN and a {@link #note()} starting
 * with {@code "not computable: "}; it is never reported as 0.
 *
 * <p><b>Tails.</b> {@link #pOneTailed(Direction)} is the directional p of R {@code cor.test},
 * SciPy and JASP: p2/2 when the sign agrees with the declared direction, 1 - p2/2 otherwise.
 * {@link #pSpssOneTailed()} is SPSS ONETAIL: p2/2 whatever the sign. With AS 89 p-values, R's
 * directional p is the one-sided tail itself, which differs from 1 - p2/2 on the wrong side by the
 * probability of the observed S; the rule here is the one of the statistics conventions.
 *
 * @param method which coefficient this is
 * @param n number of rows used (after pairwise or listwise deletion)
 * @param controls number of variables partialled out (0 for a zero-order correlation)
 * @param coefficient the correlation, in [-1, 1], or NaN when not computable
 * @param statistic t (Pearson, Spearman, partials) or z (Kendall), NaN when not computable
 * @param df degrees of freedom of t ({@code n - 2 - controls}), NaN for Kendall's z
 * @param pTwoTailed two-tailed p-value, NaN when not computable
 * @param pSource how {@code pTwoTailed} was obtained
 * @param note null when the result is fine, otherwise a short explanation
 */
public record CorrelationResult(Method method, int n, int controls, double coefficient, double statistic,
        double df, double pTwoTailed, PSource pSource, String note) {

    /** The kind of coefficient. */
    public enum Method {
        /** Pearson's product-moment correlation. */
        PEARSON,
        /** Spearman's rho: Pearson correlation of mid-ranks. */
        SPEARMAN,
        /** Kendall's tau-b. */
        KENDALL_TAU_B
    }

    /** Where a p-value came from, so that reports can say it. */
    public enum PSource {
        /** Student's t with {@code df} degrees of freedom. */
        T_DISTRIBUTION,
        /** Standard normal approximation. */
        NORMAL_APPROXIMATION,
        /** AS 89 exact enumeration of all permutations (n &lt;= 9). */
        AS89_EXACT,
        /** AS 89 Edgeworth series (9 &lt; n &lt;= 1290). */
        AS89_EDGEWORTH,
        /** Kendall's exact null distribution (R {@code cor.test(method = "kendall")}, n &lt; 50, no ties). */
        KENDALL_EXACT,
        /** No p-value (not computable). */
        NONE
    }

    private static final String NOT_COMPUTABLE = "not computable: ";

    /**
     * A computable result.
     *
     * @param method kind of coefficient
     * @param n rows used
     * @param controls number of controls
     * @param coefficient the correlation
     * @param statistic t or z
     * @param df degrees of freedom (NaN for z)
     * @param pTwoTailed two-tailed p
     * @param pSource origin of p
     * @return the result
     */
    public static CorrelationResult of(Method method, int n, int controls, double coefficient, double statistic,
            double df, double pTwoTailed, PSource pSource) {
        return new CorrelationResult(method, n, controls, coefficient, statistic, df, pTwoTailed, pSource, null);
    }

    /**
     * A result that cannot be computed: coefficient, statistic and p are NaN.
     *
     * @param method kind of coefficient
     * @param n rows that were available
     * @param controls number of controls
     * @param reason why, for example {@code "zero variance"}; prefixed with "not computable: "
     * @return the result
     */
    public static CorrelationResult notComputable(Method method, int n, int controls, String reason) {
        double df = method == Method.KENDALL_TAU_B || n - 2 - controls < 1 ? Double.NaN : n - 2.0 - controls;
        return new CorrelationResult(method, n, controls, Double.NaN, Double.NaN, df, Double.NaN, PSource.NONE,
                NOT_COMPUTABLE + reason);
    }

    /** @return true when the coefficient is defined */
    public boolean isComputable() {
        return !Double.isNaN(coefficient);
    }

    /**
     * Directional one-tailed p for the declared direction (R {@code alternative = "greater"/"less"},
     * SciPy, JASP).
     *
     * @param direction the direction H1 predicts
     * @return p2/2 when the coefficient's sign agrees with {@code direction}, else 1 - p2/2; NaN when
     *         not computable
     */
    public double pOneTailed(Direction direction) {
        if (Double.isNaN(pTwoTailed)) {
            return Double.NaN;
        }
        return direction.agreesWith(coefficient) ? pTwoTailed / 2 : 1 - pTwoTailed / 2;
    }

    /**
     * SPSS ONETAIL: the two-tailed p halved, in the direction of the observed sign.
     *
     * @return p2/2, NaN when not computable
     */
    public double pSpssOneTailed() {
        return pTwoTailed / 2;
    }

    /**
     * Two-sided confidence interval by Fisher's z transformation: {@code z = atanh(r)},
     * bounds {@code tanh(z -/+ q * se)} with q the normal quantile of {@code (1 + level) / 2}.
     *
     * <p>The standard error is {@code 1 / sqrt(n - 3 - controls)}: for Pearson this is R
     * {@code cor.test}'s interval and for partial correlations pingouin's ({@code n - k} in place of
     * n). For Spearman the same plain Fisher interval is used (pingouin does so); Bonett &amp; Wright
     * (2000) propose a slightly wider se for rho, which is not used here. Kendall's tau uses the
     * Fieller, Hartley &amp; Pearson (1957) se {@code sqrt(0.437 / (n - 4))} on the same z scale.
     *
     * @param level confidence level, strictly between 0 and 1
     * @return the interval; NaN bounds with a note when n - controls &lt;= 3 (n &lt;= 4 for Kendall)
     *         or when the coefficient is not computable
     */
    public ConfidenceInterval confidenceInterval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        if (!isComputable()) {
            return ConfidenceInterval.notComputable(level, note);
        }
        double se;
        if (method == Method.KENDALL_TAU_B) {
            if (n <= 4) {
                return ConfidenceInterval.notComputable(level, NOT_COMPUTABLE + "n <= 4");
            }
            se = Math.sqrt(0.437 / (n - 4.0));
        } else {
            double m = n - 3.0 - controls;
            if (m <= 0) {
                return ConfidenceInterval.notComputable(level, NOT_COMPUTABLE + "n - 3 - controls <= 0");
            }
            se = 1 / Math.sqrt(m);
        }
        double q = new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + level) / 2);
        // atanh(+-1) is infinite and tanh brings it back to +-1, the degenerate but correct interval
        double z = FastMath.atanh(coefficient);
        return ConfidenceInterval.of(Math.tanh(z - q * se), Math.tanh(z + q * se), level);
    }
}
