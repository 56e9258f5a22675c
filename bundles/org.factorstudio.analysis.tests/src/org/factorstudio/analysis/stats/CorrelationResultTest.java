package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.factorstudio.analysis.stats.CorrelationResult.Method;
import org.factorstudio.analysis.stats.CorrelationResult.PSource;

class CorrelationResultTest {

    /** 97.5% standard normal quantile. */
    private static final double Q975 = 1.959963984540054;

    private static CorrelationResult result(Method m, int n, int controls, double r, double p2) {
        return CorrelationResult.of(m, n, controls, r, Double.NaN, n - 2.0 - controls, p2, PSource.T_DISTRIBUTION);
    }

    @Test
    void directionalOneTailedP() {
        CorrelationResult pos = result(Method.SPEARMAN, 30, 0, 0.4, 0.1);
        assertEquals(0.05, pos.pOneTailed(Direction.POSITIVE), 1e-15);
        assertEquals(0.95, pos.pOneTailed(Direction.NEGATIVE), 1e-15);
        assertEquals(0.05, pos.pSpssOneTailed(), 1e-15);
        CorrelationResult neg = result(Method.SPEARMAN, 30, 0, -0.4, 0.1);
        assertEquals(0.95, neg.pOneTailed(Direction.POSITIVE), 1e-15);
        assertEquals(0.05, neg.pOneTailed(Direction.NEGATIVE), 1e-15);
        assertEquals(0.05, neg.pSpssOneTailed(), 1e-15, "SPSS halves whatever the sign");
        CorrelationResult zero = result(Method.SPEARMAN, 30, 0, 0, 1);
        assertEquals(0.5, zero.pOneTailed(Direction.POSITIVE), 0);
        assertEquals(0.5, zero.pOneTailed(Direction.NEGATIVE), 0);
    }

    @Test
    void fisherInterval() {
        // n = 4: se = 1, bounds tanh(atanh(0.5) -/+ 1.959964)
        ConfidenceInterval ci = result(Method.PEARSON, 4, 0, 0.5, 0.5).confidenceInterval(0.95);
        double z = 0.5 * Math.log(3);
        assertEquals(Math.tanh(z - Q975), ci.lower(), 1e-12);
        assertEquals(Math.tanh(z + Q975), ci.upper(), 1e-12);
        assertEquals(0.95, ci.level(), 0);
        assertTrue(ci.isComputable());
        // partial with 2 controls, n = 20: se = 1 / sqrt(20 - 3 - 2)
        ConfidenceInterval pc = result(Method.SPEARMAN, 20, 2, 0.3, 0.2).confidenceInterval(0.9);
        double q95 = 1.6448536269514722;
        double zz = 0.5 * Math.log(1.3 / 0.7);
        assertEquals(Math.tanh(zz - q95 / Math.sqrt(15)), pc.lower(), 1e-12);
        assertEquals(Math.tanh(zz + q95 / Math.sqrt(15)), pc.upper(), 1e-12);
    }

    @Test
    void kendallIntervalUsesFiellerSe() {
        ConfidenceInterval ci = CorrelationResult.of(Method.KENDALL_TAU_B, 10, 0, 0.2, 1.0, Double.NaN, 0.4,
                PSource.NORMAL_APPROXIMATION).confidenceInterval(0.95);
        double se = Math.sqrt(0.437 / 6);
        double z = 0.5 * Math.log(1.2 / 0.8);
        assertEquals(Math.tanh(z - Q975 * se), ci.lower(), 1e-12);
        assertEquals(Math.tanh(z + Q975 * se), ci.upper(), 1e-12);
        assertFalse(CorrelationResult.of(Method.KENDALL_TAU_B, 4, 0, 0.2, 1.0, Double.NaN, 0.4,
                PSource.NORMAL_APPROXIMATION).confidenceInterval(0.95).isComputable());
    }

    @Test
    void intervalNotComputableForSmallN() {
        ConfidenceInterval ci = result(Method.PEARSON, 3, 0, 0.5, 0.5).confidenceInterval(0.95);
        assertTrue(Double.isNaN(ci.lower()));
        assertTrue(Double.isNaN(ci.upper()));
        assertFalse(ci.isComputable());
        assertFalse(result(Method.PEARSON, 5, 2, 0.5, 0.5).confidenceInterval(0.95).isComputable());
    }

    @Test
    void perfectCorrelationIntervalIsDegenerate() {
        ConfidenceInterval ci = result(Method.PEARSON, 10, 0, 1, 0).confidenceInterval(0.95);
        assertEquals(1, ci.lower(), 0);
        assertEquals(1, ci.upper(), 0);
    }

    @Test
    void rejectsInvalidLevel() {
        CorrelationResult r = result(Method.PEARSON, 10, 0, 0.5, 0.1);
        assertThrows(IllegalArgumentException.class, () -> r.confidenceInterval(1));
        assertThrows(IllegalArgumentException.class, () -> r.confidenceInterval(0));
        assertThrows(IllegalArgumentException.class, () -> r.confidenceInterval(Double.NaN));
    }

    @Test
    void notComputableCarriesReason() {
        CorrelationResult r = CorrelationResult.notComputable(Method.SPEARMAN, 2, 0, "n < 3");
        assertFalse(r.isComputable());
        assertEquals("not computable: n < 3", r.note());
        assertEquals(PSource.NONE, r.pSource());
        assertEquals("not computable: n < 3", r.confidenceInterval(0.95).note());
    }
}
