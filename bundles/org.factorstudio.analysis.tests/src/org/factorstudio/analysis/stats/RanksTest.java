package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RanksTest {

    private static final double NA = Double.NaN;

    @Test
    void midRanksForTies() {
        // R: rank(c(10, 20, 20, 5, 20, 1)) = 3 5 5 2 5 1
        assertArrayEquals(new double[] {3, 5, 5, 2, 5, 1}, Ranks.midRanks(new double[] {10, 20, 20, 5, 20, 1}), 0);
        assertArrayEquals(new double[] {1.5, 1.5}, Ranks.midRanks(new double[] {7, 7}), 0);
    }

    @Test
    void missingValuesKeepNaN() {
        // R: rank(c(3, NA, 1, 3), na.last = "keep") = 2.5 NA 1 2.5
        assertArrayEquals(new double[] {2.5, NA, 1, 2.5}, Ranks.midRanks(new double[] {3, NA, 1, 3}), 0);
        assertArrayEquals(new double[] {NA, NA}, Ranks.midRanks(new double[] {NA, NA}), 0);
        assertArrayEquals(new double[0], Ranks.midRanks(new double[0]), 0);
    }

    @Test
    void negativeZeroTiesWithZeroAndInfinitiesRank() {
        assertArrayEquals(new double[] {2.5, 2.5, 1, 4},
                Ranks.midRanks(new double[] {-0.0, 0.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}), 0);
        assertArrayEquals(new double[] {1.5, 1.5},
                Ranks.midRanks(new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}), 0);
    }

    @Test
    void hasTies() {
        assertTrue(Ranks.hasTies(new double[] {1, 2, 1}));
        assertFalse(Ranks.hasTies(new double[] {1, 2, NA, 3}));
        assertFalse(Ranks.hasTies(new double[] {NA, NA}), "missing values are not ties");
        assertTrue(Ranks.hasTies(new double[] {0.0, -0.0}));
    }
}
