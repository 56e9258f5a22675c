package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import org.factorstudio.analysis.stats.CorrelationResult.Method;

class PartialCorrelationTest {

    private static final double NA = Double.NaN;

    private static double[][] golden() {
        return new double[][] {GoldenData.index(), GoldenData.column(GoldenData.DV), GoldenData.column(GoldenData.Z)};
    }

    @Test
    void goldenPartialSpearmanListwise() {
        // statistics-conventions.md (R 4.2.2 ppcor / pingouin): rho 0.51251, df 10, p2 0.0884362, p1 0.0442181,
        // listwise N 13. Tolerance: half a unit in the last printed digit.
        CorrelationResult r = PartialCorrelation.of(golden(), 0, 1, Method.SPEARMAN);
        assertEquals(13, r.n());
        assertEquals(1, r.controls());
        assertEquals(10, r.df(), 0);
        assertEquals(0.51251, r.coefficient(), 5e-6);
        assertEquals(0.0884362, r.pTwoTailed(), 5e-8);
        assertEquals(0.0442181, r.pOneTailed(Direction.POSITIVE), 5e-8);
        assertEquals(0.0442181, r.pSpssOneTailed(), 5e-8);
    }

    @Test
    void goldenPartialFromPairwiseMatrix() {
        // statistics-conventions.md: SPSS /MISSING=ANALYSIS df rule: 0.537981, df 10, p2 0.0711955
        CorrelationResult r = PartialCorrelation.pairwise(golden(), 0, 1, Method.SPEARMAN);
        assertEquals(0.537981, r.coefficient(), 5e-7);
        assertEquals(10, r.df(), 0);
        assertEquals(13, r.n(), "smallest pairwise n");
        assertEquals(0.0711955, r.pTwoTailed(), 5e-8);
    }

    @Test
    void equalsCorrelationOfRegressionResiduals() {
        // independent route: residuals of x and y regressed (OLS with intercept) on the controls
        Random rnd = new Random(11);
        int n = 60;
        double[][] cols = new double[5][n];
        for (int i = 0; i < n; i++) {
            double f = rnd.nextGaussian();
            for (int j = 0; j < 5; j++) {
                cols[j][i] = Math.round(3 + f + rnd.nextGaussian()); // integer-valued: ties for Spearman
            }
        }
        for (Method m : new Method[] {Method.PEARSON, Method.SPEARMAN}) {
            double[][] v = new double[5][];
            for (int j = 0; j < 5; j++) {
                v[j] = m == Method.SPEARMAN ? Ranks.midRanks(cols[j]) : cols[j];
            }
            for (int j = 1; j < 5; j++) {
                double[][] controls = new double[n][3];
                for (int i = 0; i < n; i++) {
                    for (int c = 1, at = 0; c < 5; c++) {
                        if (c != j) {
                            controls[i][at++] = v[c][i];
                        }
                    }
                }
                double[] e0 = residuals(v[0], controls);
                double[] ej = residuals(v[j], controls);
                double expected = Correlations.pearson(e0, ej).coefficient();
                CorrelationResult r = PartialCorrelation.of(cols, 0, j, m);
                assertEquals(expected, r.coefficient(), 1e-12, m + " column " + j);
                assertEquals(n - 2 - 3, r.df(), 0);
            }
        }
    }

    private static double[] residuals(double[] y, double[][] x) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        return ols.estimateResiduals();
    }

    @Test
    void oneInversionGivesTheSameAsSeparateCalls() {
        double[][] cols = golden();
        List<PartialCorrelation.ColumnResult> all = PartialCorrelation.againstTarget(cols, 1, Method.SPEARMAN);
        assertEquals(2, all.size());
        assertEquals(0, all.get(0).column());
        assertEquals(2, all.get(1).column());
        for (PartialCorrelation.ColumnResult c : all) {
            assertEquals(PartialCorrelation.of(cols, 1, c.column(), Method.SPEARMAN), c.result());
        }
        // symmetric in x and y
        assertEquals(PartialCorrelation.of(cols, 0, 1, Method.SPEARMAN).coefficient(),
                PartialCorrelation.of(cols, 1, 0, Method.SPEARMAN).coefficient(), 1e-14);
    }

    @Test
    void withoutControlsItIsTheZeroOrderCorrelation() {
        double[] x = {1, 4, 2, 5, 3, 7, 6};
        double[] y = {2, 3, 1, 6, 5, 7, 4};
        CorrelationResult p = PartialCorrelation.of(new double[][] {x, y}, 0, 1, Method.SPEARMAN);
        CorrelationResult s = Correlations.spearman(x, y);
        assertEquals(s.coefficient(), p.coefficient(), 1e-14);
        assertEquals(s.pTwoTailed(), p.pTwoTailed(), 1e-14);
        assertEquals(0, p.controls());
    }

    @Test
    void singularMatrixIsNotComputable() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {2, 1, 4, 3, 6, 5, 8, 7};
        double[] z = {3, 1, 2, 5, 4, 7, 8, 6};
        double[] sum = new double[8];
        double[] cube = new double[8];
        for (int i = 0; i < 8; i++) {
            sum[i] = y[i] + z[i];
            cube[i] = z[i] * z[i] * z[i];
        }
        // exact linear dependence among the controls (Pearson)
        Check.notComputable(PartialCorrelation.of(new double[][] {x, y, z, sum}, 0, 1, Method.PEARSON), "singular");
        // a monotone transform has the same ranks: singular for Spearman, fine for Pearson
        Check.notComputable(PartialCorrelation.of(new double[][] {x, y, z, cube}, 0, 1, Method.SPEARMAN), "singular");
        assertTrue(PartialCorrelation.of(new double[][] {x, y, z, cube}, 0, 1, Method.PEARSON).isComputable());
        // the one-inversion method reports every column as not computable
        for (PartialCorrelation.ColumnResult c : PartialCorrelation.againstTarget(new double[][] {x, y, z, z},
                0, Method.PEARSON)) {
            Check.notComputable(c.result(), "singular");
        }
    }

    @Test
    void nearlySingularMatrixIsNotComputable() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {2, 1, 4, 3, 6, 5, 8, 7};
        double[] z = {3, 1, 2, 5, 4, 7, 8, 6};
        double[] w = new double[8];
        for (int i = 0; i < 8; i++) {
            w[i] = y[i] + z[i] + (i == 3 ? 1e-9 : 0);
        }
        Check.notComputable(PartialCorrelation.of(new double[][] {x, y, z, w}, 0, 1, Method.PEARSON), "singular");
    }

    @Test
    void zeroVarianceControl() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {2, 1, 4, 3, 6, 5};
        double[] c = {NA, 2, 2, 2, 2, 2};
        Check.notComputable(PartialCorrelation.of(new double[][] {x, y, c}, 0, 1, Method.SPEARMAN), "zero variance");
    }

    @Test
    void tooFewRowsOrDegreesOfFreedom() {
        double[] x = {1, 2, NA, 4};
        double[] y = {2, 1, 4, NA};
        double[] z = {1, 3, 2, 2};
        CorrelationResult r = PartialCorrelation.of(new double[][] {x, y, z}, 0, 1, Method.PEARSON);
        Check.notComputable(r, "n < 3");
        assertEquals(2, r.n());
        // n = 4 with 2 controls: df = 0
        double[][] cols = {{1, 2, 3, 4}, {2, 1, 4, 3}, {1, 3, 2, 4}, {4, 1, 3, 2}};
        Check.notComputable(PartialCorrelation.of(cols, 0, 1, Method.PEARSON), "degrees of freedom");
        double[][] allMissing = {{NA, NA, NA}, {1, 2, 3}, {3, 1, 2}};
        Check.notComputable(PartialCorrelation.of(allMissing, 0, 1, Method.SPEARMAN), "n < 3");
    }

    @Test
    void rejectsProgrammingErrors() {
        double[][] cols = golden();
        assertThrows(IllegalArgumentException.class, () -> PartialCorrelation.of(cols, 1, 1, Method.SPEARMAN));
        assertThrows(IndexOutOfBoundsException.class, () -> PartialCorrelation.of(cols, 0, 3, Method.SPEARMAN));
        assertThrows(IllegalArgumentException.class, () -> PartialCorrelation.of(cols, 0, 1, Method.KENDALL_TAU_B));
        assertThrows(IllegalArgumentException.class,
                () -> PartialCorrelation.of(new double[][] {{1, 2}, {1}}, 0, 1, Method.PEARSON));
    }
}
