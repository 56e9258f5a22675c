package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DescriptivesTest {

    private static final double NA = Double.NaN;

    @Test
    void goldenIndex() {
        // statistics-conventions.md: index mean / SD / N = 3.35119 / 1.20193 / 14 (5 decimals, so +-5e-6)
        Descriptives d = Descriptives.of(GoldenData.index());
        assertEquals(14, d.n());
        assertEquals(0, d.missing());
        assertEquals(3.35119, d.mean(), 5e-6);
        assertEquals(1.20193, d.sd(), 5e-6);
        assertNull(d.note());
    }

    @Test
    void smallExampleByHand() {
        // mean 2.5, sum of squares 5, variance 5/3; median of 1, 2, 3, 4 is 2.5
        Descriptives d = Descriptives.of(new double[] {4, NA, 1, 3, 2});
        assertEquals(4, d.n());
        assertEquals(1, d.missing());
        assertEquals(2.5, d.mean(), 1e-15);
        assertEquals(5.0 / 3, d.variance(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3), d.sd(), 1e-15);
        assertEquals(1, d.min(), 0);
        assertEquals(4, d.max(), 0);
        assertEquals(2.5, d.median(), 0);
        assertEquals(10, d.sum(), 0);
        assertEquals(3, Descriptives.of(new double[] {5, 3, 1}).median(), 0);
    }

    @Test
    void zeroVarianceIsAValidResult() {
        Descriptives d = Descriptives.of(new double[] {0.1, 0.1, 0.1});
        assertEquals(0, d.sd(), 0);
        assertEquals(0.1, d.mean(), 0);
        assertTrue(d.isComputable());
    }

    @Test
    void singleValueHasNoSd() {
        Descriptives d = Descriptives.of(new double[] {NA, 3});
        assertEquals(1, d.n());
        assertEquals(3, d.mean(), 0);
        assertTrue(Double.isNaN(d.sd()), "R sd() of one value is NA");
        assertTrue(d.isComputable());
    }

    @Test
    void allMissing() {
        Descriptives d = Descriptives.of(new double[] {NA, NA});
        assertEquals(0, d.n());
        assertEquals(2, d.missing());
        assertTrue(Double.isNaN(d.mean()));
        assertFalse(d.isComputable());
        assertTrue(d.note().startsWith("not computable"));
        assertTrue(Double.isNaN(Descriptives.of(new double[0]).mean()));
    }

    @Test
    void frequencies() {
        Descriptives.FrequencyTable t = Descriptives.frequencies(new double[] {1, 2, 2, NA, 5, 7},
                new double[] {1, 2, 3, 4, 5});
        List<Descriptives.Frequency> rows = t.rows();
        assertEquals(5, rows.size());
        assertEquals(2, rows.get(1).count());
        assertEquals(0, rows.get(2).count(), "declared but unused codes are listed with 0");
        assertEquals(100.0 * 2 / 6, rows.get(1).percent(), 1e-12);
        assertEquals(100.0 * 2 / 5, rows.get(1).validPercent(), 1e-12);
        assertEquals(1, t.missing());
        assertEquals(1, t.outOfScale());
        assertEquals(6, t.total());
    }
}
