package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.factorstudio.analysis.stats.CorrelationResult.Method;
import org.factorstudio.analysis.stats.CorrelationResult.PSource;

class CorrelationsTest {

    private static final double NA = Double.NaN;

    private static final double[] AS89_X = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    private static final double[] AS89_Y = {2, 1, 4, 3, 7, 5, 6, 10, 8, 9};

    @Test
    void goldenSpearmanIndexVsDv() {
        // statistics-conventions.md (R 4.2.2 / SciPy): rho 0.483127, t 1.83011, df 11, N 13, p2 0.0944391,
        // p1 positive 0.0472195, p1 negative 0.95278. Tolerance: half a unit in the last printed digit.
        CorrelationResult r = Correlations.spearman(GoldenData.index(), GoldenData.column(GoldenData.DV));
        assertEquals(13, r.n());
        assertEquals(0.483127, r.coefficient(), 5e-7);
        assertEquals(1.83011, r.statistic(), 5e-6);
        assertEquals(11, r.df(), 0);
        assertEquals(0.0944391, r.pTwoTailed(), 5e-8);
        assertEquals(0.0472195, r.pOneTailed(Direction.POSITIVE), 5e-8);
        assertEquals(0.95278, r.pOneTailed(Direction.NEGATIVE), 5e-6);
        assertEquals(0.0472195, r.pSpssOneTailed(), 5e-8);
        assertEquals(PSource.T_DISTRIBUTION, r.pSource());
        assertNull(r.note());
        // SciPy 1.17.1 spearmanr on the same 13 pairs: 0.4831269173732485, p 0.09443906891196564
        assertEquals(0.4831269173732485, r.coefficient(), 1e-12);
        Check.relative(0.09443906891196564, r.pTwoTailed(), 1e-9, "p");
    }

    @Test
    void as89GoldenExample() {
        // statistics-conventions.md: rho 0.90303, AS 89 p 0.000880 (R cor.test), t-approximation p 0.000344
        CorrelationResult exact = Correlations.spearman(AS89_X, AS89_Y, PValueMode.R_EXACT);
        assertEquals(1 - 6 * 16 / 990.0, exact.coefficient(), 1e-14, "sum d^2 = 16");
        assertEquals(0.90303, exact.coefficient(), 5e-6);
        assertEquals(0.000880, exact.pTwoTailed(), 5e-7);
        assertEquals(PSource.AS89_EDGEWORTH, exact.pSource());
        CorrelationResult t = Correlations.spearman(AS89_X, AS89_Y, PValueMode.T_APPROXIMATION);
        assertEquals(0.000344, t.pTwoTailed(), 5e-7);
        // SciPy 1.17.1 spearmanr: 0.0003436121977632824
        Check.relative(0.0003436121977632824, t.pTwoTailed(), 1e-9, "t-approximation p");
        assertEquals(exact.statistic(), t.statistic(), 0, "the t statistic is reported in both modes");
    }

    @Test
    void as89ExactEnumerationAgainstBruteForce() {
        // Brute force over all n! permutations in Python (itertools), two-sided p as cor.test takes it:
        // min(2 P(S <= s), 1) for rho > 0, min(2 P(S >= s), 1) for rho < 0.
        exact(new double[] {1, 3, 2, 5, 4}, 0.8, 0.13333333333333333);
        exact(new double[] {7, 5, 6, 3, 4, 1, 2}, -0.8928571428571428, 0.012301587301587301);
        exact(new double[] {2, 1, 4, 3, 6, 5, 8, 7}, 0.9047619047619048, 0.004563492063492064);
        exact(new double[] {3, 1, 2, 6, 4, 5, 9, 7, 8}, 0.85, 0.00607363315696649);
        exact(new double[] {9, 8, 7, 6, 5, 4, 3, 2, 1}, -1, 5.5114638447971785e-06);
    }

    @Test
    void as89HollanderWolfeExample() {
        // The data of R's ?cor.test example (Hollander & Wolfe 1973, p. 187f., tuna quality): S = 48, n = 9,
        // so the exact branch. Brute force over all 9! permutations (Python itertools):
        // P(S <= 48) = 17563 / 362880; R's example prints p-value = 0.0484 for alternative = "greater".
        double[] x = {44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1};
        double[] y = {2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8};
        CorrelationResult r = Correlations.spearman(x, y, PValueMode.R_EXACT);
        assertEquals(0.6, r.coefficient(), 1e-14);
        assertEquals(17563 / 362880.0, r.pOneTailed(Direction.POSITIVE), 1e-15);
        assertEquals(2 * 17563 / 362880.0, r.pTwoTailed(), 1e-15);
        assertEquals(0.0484, r.pOneTailed(Direction.POSITIVE), 5e-5);
        // SciPy 1.17.1 kendalltau(x, y, method = "asymptotic"): 0.4444444444444444, p 0.09529283802345664
        CorrelationResult tau = Correlations.kendallTauB(x, y);
        assertEquals(0.4444444444444444, tau.coefficient(), 1e-12);
        Check.relative(0.09529283802345664, tau.pTwoTailed(), 1e-9, "Kendall p");
    }

    private static void exact(double[] y, double rho, double p) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        CorrelationResult r = Correlations.spearman(x, y, PValueMode.R_EXACT);
        assertEquals(PSource.AS89_EXACT, r.pSource());
        assertEquals(rho, r.coefficient(), 1e-14);
        Check.relative(p, r.pTwoTailed(), 1e-12, "exact p, n = " + y.length);
    }

    @Test
    void as89Tails() {
        // Pr[S >= 0] = 1, Pr[S < 0] = 0, beyond the maximum the other way round (R prho)
        assertEquals(1, As89.tail(5, 0, false), 0);
        assertEquals(0, As89.tail(5, 0, true), 0);
        assertEquals(0, As89.tail(5, 41, false), 0);
        assertEquals(1, As89.tail(5, 41, true), 0);
        // Pr[S >= 40] for n = 5 is 1/120: only the reversed permutation reaches the maximum 40
        assertEquals(1 / 120.0, As89.tail(5, 40, false), 1e-15);
        // the two tails are complementary
        assertEquals(1, As89.tail(8, 30, false) + As89.tail(8, 30, true), 1e-15);
        assertEquals(1, As89.tail(20, 700, false) + As89.tail(20, 700, true), 1e-12);
        // rho = 0 exactly: p capped at 1
        assertEquals(1, As89.twoSidedP(20, 0), 0);
    }

    @Test
    void rExactFallsBackToTWithTiesOrLargeN() {
        double[] x = {1, 2, 2, 4, 5, 6, 7, 8, 9, 10};
        CorrelationResult r = Correlations.spearman(x, AS89_Y, PValueMode.R_EXACT);
        assertEquals(PSource.T_DISTRIBUTION, r.pSource());
        assertEquals(Correlations.spearman(x, AS89_Y).pTwoTailed(), r.pTwoTailed(), 0);
        int n = 1291;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
            b[i] = (i * 7919) % n; // a permutation: no ties
        }
        assertEquals(PSource.T_DISTRIBUTION, Correlations.spearman(a, b, PValueMode.R_EXACT).pSource());
        assertEquals(PSource.AS89_EDGEWORTH, Correlations.spearman(java.util.Arrays.copyOf(a, 1290),
                java.util.Arrays.copyOf(b, 1290), PValueMode.R_EXACT).pSource());
    }

    @Test
    void spearmanReRanksEachPair() {
        // Ranking x once over all rows and deleting afterwards gives another value: the pairwise rule
        // must re-rank on the rows where both are present.
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {1, NA, 3, 2, 6, 5};
        CorrelationResult r = Correlations.spearman(x, y);
        assertEquals(5, r.n());
        // re-ranked: x 1..5 against y ranks 1, 3, 2, 5, 4: sum d^2 = 4, rho = 1 - 6 * 4 / 120
        assertEquals(0.8, r.coefficient(), 1e-15);
        double rankedOnce = Correlations.pearson(new double[] {1, 3, 4, 5, 6}, new double[] {1, 3, 2, 5, 4})
                .coefficient();
        assertNotEquals(rankedOnce, r.coefficient(), 1e-3);
    }

    @Test
    void spearmanWithTiesIsPearsonOfMidRanks() {
        double[] x = {1, 1, 2, 3, 3, 3};
        double[] y = {2, 1, 2, 4, 3, 4};
        double expected = Correlations.pearson(Ranks.midRanks(x), Ranks.midRanks(y)).coefficient();
        assertEquals(expected, Correlations.spearman(x, y).coefficient(), 1e-15);
    }

    @Test
    void pearsonAgainstScipy() {
        // SciPy 1.17.1 pearsonr(index, dv) on the 13 golden pairs:
        // r 0.48748891321152543, p 0.09106924346364029, 95% CI (-0.08681476844721923, 0.818599124055293)
        CorrelationResult r = Correlations.pearson(GoldenData.index(), GoldenData.column(GoldenData.DV));
        assertEquals(Method.PEARSON, r.method());
        assertEquals(13, r.n());
        assertEquals(0.48748891321152543, r.coefficient(), 1e-12);
        Check.relative(0.09106924346364029, r.pTwoTailed(), 1e-9, "p");
        ConfidenceInterval ci = r.confidenceInterval(0.95);
        assertEquals(-0.08681476844721923, ci.lower(), 1e-9);
        assertEquals(0.818599124055293, ci.upper(), 1e-9);
    }

    @Test
    void kendallAgainstScipy() {
        // SciPy 1.17.1 kendalltau(x, y, method = "asymptotic")
        CorrelationResult noTies = Correlations.kendallTauB(AS89_X, AS89_Y);
        assertEquals(Method.KENDALL_TAU_B, noTies.method());
        assertEquals(0.7333333333333333, noTies.coefficient(), 1e-12);
        Check.relative(0.0031612220209069567, noTies.pTwoTailed(), 1e-9, "p without ties");
        assertTrue(Double.isNaN(noTies.df()));
        assertEquals(PSource.NORMAL_APPROXIMATION, noTies.pSource());

        CorrelationResult golden = Correlations.kendallTauB(GoldenData.index(), GoldenData.column(GoldenData.DV));
        assertEquals(13, golden.n());
        assertEquals(0.3723797345005051, golden.coefficient(), 1e-12);
        Check.relative(0.09953093865025144, golden.pTwoTailed(), 1e-9, "p with ties");

        double[] a = {5, 4, 4, 5, 3, 4, 5, 2, 1, 2, 2, 5, 5, 1, 3, 5, 1, 4, 1, 3, 5, 2, 2, 2, 4, 2, 5, 3, 3, 3, 3, 3,
            3, 5, 5, 4, 4, 4, 2, 5};
        double[] b = {5, 3, 5, 3, 5, 5, 3, 1, 1, 1, 1, 5, 5, 1, 5, 5, 3, 5, 1, 3, 4, 2, 1, 1, 5, 1, 3, 1, 5, 4, 5, 2,
            4, 4, 5, 2, 5, 5, 3, 3};
        CorrelationResult heavy = Correlations.kendallTauB(a, b);
        assertEquals(0.503474243912568, heavy.coefficient(), 1e-12);
        Check.relative(0.00012607427218478505, heavy.pTwoTailed(), 1e-9, "p with heavy ties");
    }

    @Test
    void kendallMatchesQuadraticDefinition() {
        java.util.Random rnd = new java.util.Random(3);
        for (int rep = 0; rep < 20; rep++) {
            int n = 5 + rnd.nextInt(60);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextInt(6);
                y[i] = rnd.nextInt(4) + 0.5 * x[i];
            }
            long c = 0;
            long d = 0;
            long tx = 0;
            long ty = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double s = Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]);
                    c += s > 0 ? 1 : 0;
                    d += s < 0 ? 1 : 0;
                    tx += x[i] != x[j] ? 1 : 0;
                    ty += y[i] != y[j] ? 1 : 0;
                }
            }
            double expected = (c - d) / Math.sqrt((double) tx * ty);
            assertEquals(expected, Correlations.kendallTauB(x, y).coefficient(), 1e-14, "rep " + rep);
        }
    }

    @Test
    void zeroVarianceIsNotComputable() {
        double[] x = {3, 3, 3, 3, 3};
        double[] y = {1, 2, 3, 4, 5};
        Check.notComputable(Correlations.pearson(x, y), "zero variance");
        Check.notComputable(Correlations.spearman(x, y), "zero variance");
        Check.notComputable(Correlations.spearman(y, x, PValueMode.R_EXACT), "zero variance");
        Check.notComputable(Correlations.kendallTauB(x, y), "zero variance");
        // constant only on the pairwise-complete rows
        Check.notComputable(Correlations.spearman(new double[] {1, 2, 2, 2}, new double[] {NA, 1, 2, 3}),
                "zero variance");
        // a constant non-representable value must not slip through as a tiny variance
        Check.notComputable(Correlations.pearson(new double[] {0.1, 0.1, 0.1, 0.1, 0.1}, y), "zero variance");
    }

    @Test
    void tooFewPairs() {
        Check.notComputable(Correlations.pearson(new double[] {1, 2}, new double[] {2, 1}), "n < 3");
        CorrelationResult r = Correlations.spearman(new double[] {1, 2, NA, 4}, new double[] {1, NA, 3, 4});
        Check.notComputable(r, "n < 3");
        assertEquals(2, r.n());
        Check.notComputable(Correlations.kendallTauB(new double[0], new double[0]), "n < 3");
    }

    @Test
    void allMissing() {
        double[] na = {NA, NA, NA, NA};
        CorrelationResult r = Correlations.spearman(na, new double[] {1, 2, 3, 4});
        Check.notComputable(r, "n < 3");
        assertEquals(0, r.n());
        assertTrue(Double.isNaN(r.pOneTailed(Direction.POSITIVE)));
        assertTrue(Double.isNaN(r.pSpssOneTailed()));
        assertTrue(Double.isNaN(r.confidenceInterval(0.95).lower()));
    }

    @Test
    void infiniteValueIsNotComputable() {
        double[] x = {1, 2, Double.POSITIVE_INFINITY, 4};
        Check.notComputable(Correlations.pearson(x, new double[] {1, 2, 3, 4}), "infinite");
    }

    @Test
    void perfectCorrelation() {
        CorrelationResult r = Correlations.pearson(new double[] {1, 2, 3, 4}, new double[] {8, 6, 4, 2});
        assertEquals(-1, r.coefficient(), 0);
        assertEquals(Double.NEGATIVE_INFINITY, r.statistic(), 0);
        assertEquals(0, r.pTwoTailed(), 0);
        assertEquals(1, r.pOneTailed(Direction.POSITIVE), 0);
        assertEquals(0, r.pOneTailed(Direction.NEGATIVE), 0);
    }

    @Test
    void rejectsColumnsOfDifferentLength() {
        assertThrows(IllegalArgumentException.class, () -> Correlations.pearson(new double[3], new double[4]));
    }

    @Test
    void tinyPValuesKeepRelativePrecision() {
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i + ((i * 37) % 11);
        }
        CorrelationResult r = Correlations.pearson(x, y);
        assertTrue(r.pTwoTailed() > 0 && r.pTwoTailed() < 1e-100, "p = " + r.pTwoTailed());
        assertNotEquals(0, r.pTwoTailed());
    }
}
