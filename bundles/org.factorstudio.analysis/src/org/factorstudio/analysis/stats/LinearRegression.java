package org.factorstudio.analysis.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.apache.commons.math3.special.Beta;

/**
 * Ordinary least squares regression of one dependent on k predictors with an intercept, as R
 * {@code summary(lm(y ~ x1 + ... + xk))} and {@code confint}, SPSS REGRESSION and JASP print it.
 *
 * <p><b>Estimates</b> by Commons Math's {@link OLSMultipleLinearRegression} (QR decomposition). Per term: B,
 * its standard error from {@code sigma^2 (X'X)^-1}, {@code t = B / SE} with {@code n - k - 1} df, two-sided p,
 * the confidence interval {@code B -/+ t_(1+level)/2 SE}; per predictor the standardised coefficient
 * {@code beta = B sd(x) / sd(y)} and {@code VIF = 1 / (1 - R_j^2)}, the diagonal of the inverse of the
 * predictors' correlation matrix (what {@code car::vif} returns for numeric predictors). Model: R^2,
 * adjusted R^2 {@code 1 - (1 - R^2)(n - 1) / (n - k - 1)}, {@code F = (R^2 / k) / ((1 - R^2) / (n - k - 1))}
 * with its upper-tail p, and the residual standard error sigma.
 *
 * <p><b>Missing data.</b> Listwise: a row is used when the dependent and every predictor have a value (R's
 * default {@code na.action = na.omit}).
 *
 * <p><b>Degenerate cases.</b> Fewer than k + 2 complete rows (no residual df), a constant predictor or
 * dependent, or predictors that are linearly dependent (a singular matrix): not computable, with a note
 * naming the reason; never estimates from a near-singular system.
 *
 * @param n complete rows used
 * @param terms the intercept first, then one term per predictor in the given order
 * @param rSquared R^2
 * @param adjustedRSquared adjusted R^2
 * @param f the F statistic of the whole model
 * @param df1 k
 * @param df2 n - k - 1
 * @param pF upper-tail p of F
 * @param sigma residual standard error
 * @param level the confidence level of the terms' intervals
 * @param note null, or why the regression is not computable (then terms is empty and statistics are NaN)
 */
public record LinearRegression(int n, List<Term> terms, double rSquared, double adjustedRSquared, double f,
        int df1, int df2, double pF, double sigma, double level, String note) {

    /**
     * One row of the coefficient table.
     *
     * @param b the unstandardised coefficient
     * @param se its standard error
     * @param beta the standardised coefficient, NaN for the intercept
     * @param t B / SE
     * @param p two-sided p of t
     * @param lower lower bound of the confidence interval of B
     * @param upper upper bound
     * @param vif variance inflation factor, NaN for the intercept
     */
    public record Term(double b, double se, double beta, double t, double p, double lower, double upper,
            double vif) {
    }

    /** Reciprocal condition number below which the predictors are treated as linearly dependent. */
    public static final double MIN_RECIPROCAL_CONDITION = 1e-10;

    public LinearRegression {
        terms = List.copyOf(terms);
    }

    /** Whether the model could be estimated. */
    public boolean isComputable() {
        return note == null;
    }

    /**
     * @param y the dependent (NaN = missing)
     * @param predictors the predictors as columns, each as long as y (NaN = missing)
     * @param level confidence level of the coefficients' intervals, strictly between 0 and 1
     * @return the regression
     */
    public static LinearRegression fit(double[] y, double[][] predictors, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        int k = predictors.length;
        double[][] all = new double[k + 1][];
        all[0] = y;
        System.arraycopy(predictors, 0, all, 1, k);
        boolean[] keep = Listwise.completeRows(all);
        double[] yy = complete(y, keep);
        int n = yy.length;
        if (k == 0) {
            return notComputable(n, k, level, "no predictors");
        }
        if (n < k + 2) {
            return notComputable(n, k, level, n + " complete rows for " + k
                    + " predictors: at least k + 2 are needed for a residual degree of freedom");
        }
        double[][] x = new double[n][k];
        double[][] columns = new double[k][];
        for (int j = 0; j < k; j++) {
            columns[j] = complete(predictors[j], keep);
            for (int i = 0; i < n; i++) {
                x[i][j] = columns[j][i];
            }
        }
        Descriptives dy = Descriptives.of(yy);
        if (!(dy.sd() > 0)) {
            return notComputable(n, k, level, "the dependent has the same value in every complete row");
        }
        double[] sd = new double[k];
        for (int j = 0; j < k; j++) {
            sd[j] = Descriptives.of(columns[j]).sd();
            if (!(sd[j] > 0)) {
                return notComputable(n, k, level, "predictor " + (j + 1) + " has the same value in every complete row");
            }
        }
        double[] vif = new double[k];
        if (k == 1) {
            vif[0] = 1;
        } else {
            RealMatrix r = new PearsonsCorrelation(new Array2DRowRealMatrix(x, false)).getCorrelationMatrix();
            LUDecomposition lu = new LUDecomposition(r, MIN_RECIPROCAL_CONDITION);
            RealMatrix inverse;
            try {
                inverse = lu.getSolver().getInverse();
            } catch (SingularMatrixException e) {
                return notComputable(n, k, level, "the predictors are linearly dependent (singular correlation matrix)");
            }
            for (int j = 0; j < k; j++) {
                vif[j] = inverse.getEntry(j, j);
            }
            if (1 / max(vif) < MIN_RECIPROCAL_CONDITION) {
                return notComputable(n, k, level, "the predictors are linearly dependent (singular correlation matrix)");
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(MIN_RECIPROCAL_CONDITION);
        double[] b;
        double[] se;
        double r2;
        double adjusted;
        double sigma;
        try {
            ols.newSampleData(yy, x);
            b = ols.estimateRegressionParameters();
            se = ols.estimateRegressionParametersStandardErrors();
            r2 = ols.calculateRSquared();
            adjusted = ols.calculateAdjustedRSquared();
            sigma = ols.estimateRegressionStandardError();
        } catch (SingularMatrixException e) {
            return notComputable(n, k, level, "the predictors are linearly dependent (singular matrix)");
        }
        int df2 = n - k - 1;
        // the quantile's solver to 1e-14 (Commons Math's default 1e-9 would move a bound of 100 by 4e-9)
        TDistribution t = new TDistribution(null, df2, 1e-14);
        double q = t.inverseCumulativeProbability((1 + level) / 2);
        List<Term> terms = new ArrayList<>();
        for (int j = 0; j <= k; j++) {
            double tj = b[j] / se[j];
            double p = 2 * t.cumulativeProbability(-Math.abs(tj));
            double beta = j == 0 ? Double.NaN : b[j] * sd[j - 1] / dy.sd();
            terms.add(new Term(b[j], se[j], beta, tj, p, b[j] - q * se[j], b[j] + q * se[j],
                    j == 0 ? Double.NaN : vif[j - 1]));
        }
        double f = (r2 / k) / ((1 - r2) / df2);
        // the upper tail directly, P(F > f) = I_(df2 / (df2 + k f))(df2 / 2, k / 2), so that small p keep their
        // relative precision (R pf(lower.tail = FALSE))
        double pF = Beta.regularizedBeta(df2 / (df2 + k * f), df2 / 2.0, k / 2.0);
        return new LinearRegression(n, terms, r2, adjusted, f, k, df2, pF, sigma, level, null);
    }

    /** The kept rows only. */
    private static double[] complete(double[] values, boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        double[] out = new double[n];
        for (int i = 0, j = 0; i < values.length; i++) {
            if (keep[i]) {
                out[j++] = values[i];
            }
        }
        return out;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static LinearRegression notComputable(int n, int k, double level, String why) {
        return new LinearRegression(n, List.of(), Double.NaN, Double.NaN, Double.NaN, k, n - k - 1, Double.NaN,
                Double.NaN, level, "not computable: " + why);
    }
}
