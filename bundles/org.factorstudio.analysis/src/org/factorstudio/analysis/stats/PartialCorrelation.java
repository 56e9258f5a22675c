package org.factorstudio.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

import org.factorstudio.analysis.stats.CorrelationResult.Method;

/**
 * Partial correlation of two columns controlling for all the other given columns, Pearson or
 * Spearman.
 *
 * <p><b>Formula.</b> R = correlation matrix of all p given columns, P = R^-1 (LU decomposition),
 * r(x, y | rest) = -P[x][y] / sqrt(P[x][x] P[y][y]). Spearman is the same on mid-ranks: each column is
 * ranked within the rows used. Test: t = r sqrt(df / (1 - r^2)), df = n - 2 - k, k = p - 2 controls,
 * Student's t. This is pingouin {@code partial_corr}, R ppcor {@code pcor} / {@code pcor.test} and,
 * for Pearson, SPSS PARTIAL CORR with listwise deletion; it equals the correlation of the residuals of x
 * and y regressed on the controls.
 *
 * <p><b>Missing data.</b> {@link #of} and {@link #againstTarget}: listwise over all given columns,
 * then rank (pingouin, ppcor). {@link #pairwise} instead builds R from pairwise-complete pairs (each
 * Spearman pair re-ranked on its own rows) and takes df from the smallest pairwise n, like SPSS PARTIAL
 * CORR /MISSING=ANALYSIS; such a matrix need not be positive definite.
 *
 * <p><b>Not computable</b> (NaN with a note, never 0): n &lt; 3 or df &lt; 1; an infinite value; a
 * column that is constant on the rows used; a correlation matrix that is singular or numerically
 * singular (reciprocal condition number, smallest over largest singular value, below
 * {@value #MIN_RECIPROCAL_CONDITION}; a partial from such a matrix is dominated by rounding error); a
 * pairwise matrix that is not positive definite.
 */
public final class PartialCorrelation {

    /**
     * Smallest accepted ratio of smallest to largest singular value of the correlation matrix. Errors
     * in the inverse grow like machine epsilon divided by this ratio, so below 1e-10 the partials
     * could be wrong in the sixth decimal.
     */
    public static final double MIN_RECIPROCAL_CONDITION = 1e-10;

    /**
     * The partial correlation of one column with the target, as returned by {@link #againstTarget}.
     *
     * @param column index of the other column in the input
     * @param result its partial correlation with the target given all remaining columns
     */
    public record ColumnResult(int column, CorrelationResult result) {
    }

    private PartialCorrelation() {
    }

    /**
     * Partial correlation of columns {@code x} and {@code y} controlling for all other given columns,
     * listwise.
     *
     * @param columns the data, one array per column, all the same length (NaN = missing)
     * @param x index of the first column
     * @param y index of the second column
     * @param method {@link Method#PEARSON} or {@link Method#SPEARMAN}
     * @return the result, with {@code controls = columns.length - 2}
     */
    public static CorrelationResult of(double[][] columns, int x, int y, Method method) {
        checkIndex(columns, y);
        if (x == y) {
            throw new IllegalArgumentException("x and y are the same column: " + x);
        }
        for (ColumnResult c : againstTarget(columns, x, method)) {
            if (c.column() == y) {
                return c.result();
            }
        }
        throw new AssertionError("column " + y + " missing from the results");
    }

    /**
     * In one matrix inversion, the partial correlation of the target with each other column given all
     * the remaining columns (each factor vs the dependent controlling for all other factors), listwise.
     *
     * @param columns the data, one array per column, all the same length (NaN = missing)
     * @param target index of the target (dependent) column
     * @param method {@link Method#PEARSON} or {@link Method#SPEARMAN}
     * @return one entry per other column, in column order
     */
    public static List<ColumnResult> againstTarget(double[][] columns, int target, Method method) {
        checkIndex(columns, target);
        checkMethod(method);
        int p = columns.length;
        int k = p - 2;
        boolean[] complete = Listwise.completeRows(columns);
        int n = 0;
        for (boolean c : complete) {
            n += c ? 1 : 0;
        }
        double[][] data = new double[p][n];
        for (int j = 0; j < p; j++) {
            for (int i = 0, r = 0; i < complete.length; i++) {
                if (complete[i]) {
                    data[j][r++] = columns[j][i];
                }
            }
        }
        String problem = dataProblem(data, n, k);
        if (problem == null) {
            if (method == Method.SPEARMAN) {
                for (int j = 0; j < p; j++) {
                    data[j] = Ranks.midRanks(data[j]);
                }
            }
            double[][] r = new double[p][p];
            double[][] centred = new double[p][];
            double[] norm = new double[p];
            for (int j = 0; j < p; j++) {
                double m = Correlations.mean(data[j]);
                centred[j] = new double[n];
                double ss = 0;
                for (int i = 0; i < n; i++) {
                    centred[j][i] = data[j][i] - m;
                    ss += centred[j][i] * centred[j][i];
                }
                norm[j] = Math.sqrt(ss);
            }
            for (int a = 0; a < p; a++) {
                r[a][a] = 1;
                for (int b = a + 1; b < p; b++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += centred[a][i] * centred[b][i];
                    }
                    r[a][b] = s / (norm[a] * norm[b]);
                    r[b][a] = r[a][b];
                }
            }
            return fromMatrix(r, target, method, n, k);
        }
        return allNotComputable(p, target, method, n, k, problem);
    }

    /**
     * Partial correlation from the pairwise-complete correlation matrix with SPSS's
     * /MISSING=ANALYSIS df rule: df = (smallest pairwise n) - 2 - k, and that n is reported.
     *
     * @param columns the data, one array per column, all the same length (NaN = missing)
     * @param x index of the first column
     * @param y index of the second column
     * @param method {@link Method#PEARSON} or {@link Method#SPEARMAN}
     * @return the result
     */
    public static CorrelationResult pairwise(double[][] columns, int x, int y, Method method) {
        checkIndex(columns, x);
        checkIndex(columns, y);
        checkMethod(method);
        if (x == y) {
            throw new IllegalArgumentException("x and y are the same column: " + x);
        }
        int p = columns.length;
        int k = p - 2;
        double[][] r = new double[p][p];
        int minN = Integer.MAX_VALUE;
        for (int a = 0; a < p; a++) {
            r[a][a] = 1;
            for (int b = a + 1; b < p; b++) {
                CorrelationResult c = method == Method.SPEARMAN ? Correlations.spearman(columns[a], columns[b])
                        : Correlations.pearson(columns[a], columns[b]);
                minN = Math.min(minN, c.n());
                if (!c.isComputable()) {
                    return CorrelationResult.notComputable(method, c.n(), k,
                            "correlation of columns " + a + " and " + b + " " + c.note());
                }
                r[a][b] = c.coefficient();
                r[b][a] = c.coefficient();
            }
        }
        for (ColumnResult c : fromMatrix(r, x, method, minN, k)) {
            if (c.column() == y) {
                return c.result();
            }
        }
        throw new AssertionError("column " + y + " missing from the results");
    }

    /**
     * {@link #againstTarget} from a correlation matrix already computed on the listwise rows (for example
     * from joint tables of discrete columns), with the same checks of the matrix and the same test.
     *
     * @param r the p x p correlation (for Spearman: rank-correlation) matrix, unit diagonal
     * @param target index of the target column
     * @param method {@link Method#PEARSON} or {@link Method#SPEARMAN}
     * @param n rows used
     * @return one entry per other column, in column order
     */
    public static List<ColumnResult> fromCorrelationMatrix(double[][] r, int target, Method method, int n) {
        checkIndex(r, target);
        checkMethod(method);
        return fromMatrix(r, target, method, n, r.length - 2);
    }

    /**
     * All entries not computable for the same reason (a data problem found before the matrix).
     *
     * @param p number of columns
     * @param target index of the target column
     * @param method {@link Method#PEARSON} or {@link Method#SPEARMAN}
     * @param n rows used
     * @param why the reason, without "not computable: "
     * @return one entry per other column, in column order
     */
    public static List<ColumnResult> notComputable(int p, int target, Method method, int n, String why) {
        return allNotComputable(p, target, method, n, p - 2, why);
    }

    private static List<ColumnResult> fromMatrix(double[][] r, int target, Method method, int n, int k) {
        int p = r.length;
        RealMatrix m = new Array2DRowRealMatrix(r, false);
        double[] sv = new SingularValueDecomposition(m).getSingularValues();
        double rcond = sv[sv.length - 1] / sv[0];
        if (!(rcond >= MIN_RECIPROCAL_CONDITION)) {
            return allNotComputable(p, target, method, n, k,
                    String.format("singular correlation matrix (reciprocal condition number %.3g)", rcond));
        }
        RealMatrix inv = new LUDecomposition(m).getSolver().getInverse();
        List<ColumnResult> out = new ArrayList<>(p - 1);
        for (int j = 0; j < p; j++) {
            if (j == target) {
                continue;
            }
            double ptt = inv.getEntry(target, target);
            double pjj = inv.getEntry(j, j);
            CorrelationResult res;
            if (!(ptt > 0 && pjj > 0)) {
                // only possible for a pairwise matrix, which need not be positive definite
                res = CorrelationResult.notComputable(method, n, k, "correlation matrix is not positive definite");
            } else {
                double pr = -inv.getEntry(target, j) / Math.sqrt(ptt * pjj);
                if (Math.abs(pr) > 1 + 1e-12) {
                    res = CorrelationResult.notComputable(method, n, k,
                            "correlation matrix is not positive definite");
                } else {
                    res = Correlations.tTest(method, n, k, Math.max(-1, Math.min(1, pr)));
                }
            }
            out.add(new ColumnResult(j, res));
        }
        return List.copyOf(out);
    }

    private static List<ColumnResult> allNotComputable(int p, int target, Method method, int n, int k, String why) {
        List<ColumnResult> out = new ArrayList<>(p - 1);
        for (int j = 0; j < p; j++) {
            if (j != target) {
                out.add(new ColumnResult(j, CorrelationResult.notComputable(method, n, k, why)));
            }
        }
        return List.copyOf(out);
    }

    private static String dataProblem(double[][] data, int n, int k) {
        if (n < 3) {
            return "n < 3";
        }
        if (n - 2 - k < 1) {
            return "no degrees of freedom (n - 2 - controls < 1)";
        }
        for (int j = 0; j < data.length; j++) {
            for (double v : data[j]) {
                if (Double.isInfinite(v)) {
                    return "infinite value in column " + j;
                }
            }
            if (Correlations.isConstant(data[j])) {
                return "zero variance in column " + j;
            }
        }
        return null;
    }

    private static void checkIndex(double[][] columns, int j) {
        if (columns.length < 2) {
            throw new IllegalArgumentException("need at least 2 columns, got " + columns.length);
        }
        if (j < 0 || j >= columns.length) {
            throw new IndexOutOfBoundsException("column " + j + " of " + columns.length);
        }
    }

    private static void checkMethod(Method method) {
        if (method != Method.PEARSON && method != Method.SPEARMAN) {
            throw new IllegalArgumentException("partial correlation is defined here for Pearson and Spearman only");
        }
    }
}
