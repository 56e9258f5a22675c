package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MultipleTestingTest {

    private static final double NA = Double.NaN;

    private static final double[] P = {0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.5};

    @Test
    void bonferroni() {
        // R p.adjust(p, "bonferroni"): pmin(1, 7 p)
        assertArrayEquals(new double[] {0.07, 0.28, 0.21, 0.035, 1, 0.28, 1}, MultipleTesting.bonferroni(P), 1e-15);
    }

    @Test
    void holm() {
        // By hand as R p.adjust(p, "holm"): sorted 0.005, 0.01, 0.03, 0.04, 0.04, 0.2, 0.5 times 7..1 gives
        // 0.035, 0.06, 0.15, 0.16, 0.12, 0.4, 0.5; the running maximum lifts the fifth to 0.16.
        assertArrayEquals(new double[] {0.06, 0.16, 0.15, 0.035, 0.4, 0.16, 0.5}, MultipleTesting.holm(P), 1e-15);
    }

    @Test
    void benjaminiHochberg() {
        // SciPy 1.17.1 false_discovery_control(p, method = "bh")
        double[] expected = {0.035, 0.055999999999999994, 0.055999999999999994, 0.035, 0.23333333333333336,
            0.055999999999999994, 0.5};
        assertArrayEquals(expected, MultipleTesting.benjaminiHochberg(P), 1e-15);
    }

    @Test
    void cappedAtOne() {
        assertArrayEquals(new double[] {1, 1}, MultipleTesting.holm(new double[] {0.9, 0.8}), 0);
        assertArrayEquals(new double[] {1, 1}, MultipleTesting.benjaminiHochberg(new double[] {1, 1}), 0);
    }

    @Test
    void nanIsOutsideTheFamilyAndStaysNaN() {
        // by hand with R p.adjust's formulas (m = 2, NA not counted): holm 0.02 NA 0.04, BH 0.02 NA 0.04,
        // bonferroni 0.02 NA 0.08
        double[] p = {0.01, NA, 0.04};
        assertArrayEquals(new double[] {0.02, NA, 0.04}, MultipleTesting.holm(p), 1e-15);
        assertArrayEquals(new double[] {0.02, NA, 0.08}, MultipleTesting.bonferroni(p), 1e-15);
        assertArrayEquals(new double[] {0.02, NA, 0.04}, MultipleTesting.benjaminiHochberg(p), 1e-15);
        assertArrayEquals(new double[] {NA, NA}, MultipleTesting.holm(new double[] {NA, NA}), 0);
        assertArrayEquals(new double[0], MultipleTesting.benjaminiHochberg(new double[0]), 0);
    }

    @Test
    void tiesGetEqualAdjustedValues() {
        double[] p = {0.02, 0.01, 0.02};
        // Holm: 0.03, then 2 * 0.02 = 0.04 for both ties; BH: 3/3 * 0.02 = 0.02 for both, 3 * 0.01 = 0.03 -> min 0.02
        assertArrayEquals(new double[] {0.04, 0.03, 0.04}, MultipleTesting.holm(p), 1e-15);
        assertArrayEquals(new double[] {0.02, 0.02, 0.02}, MultipleTesting.benjaminiHochberg(p), 1e-15);
    }

    @Test
    void rejectsInvalidP() {
        assertThrows(IllegalArgumentException.class, () -> MultipleTesting.holm(new double[] {1.5}));
        assertThrows(IllegalArgumentException.class, () -> MultipleTesting.holm(new double[] {-0.1}));
        assertThrows(IllegalArgumentException.class,
                () -> MultipleTesting.bonferroni(new double[] {Double.POSITIVE_INFINITY}));
    }
}
