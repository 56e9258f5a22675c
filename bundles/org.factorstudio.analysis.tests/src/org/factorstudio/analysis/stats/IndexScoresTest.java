package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndexScoresTest {

    private static final double NA = Double.NaN;

    @Test
    void goldenMean3() {
        // statistics-conventions.md golden table, R 4.2.2 / SciPy: index = MEAN.3(q1, q2, q3, 6 - q4r).
        // The table prints 3.6667 (4 decimals) for row 12 and exact quarters elsewhere.
        double[] expected = {4.25, 3.25, 4.75, 2.25, 4.00, 1.25, 3.25, 5.00, 2.25, 4.25, 2.75, 3.6667, 1.50, 4.50};
        double[] actual = GoldenData.index();
        for (int i = 0; i < expected.length; i++) {
            double tol = i == 11 ? 5e-5 : 1e-12;
            Check.near(expected[i], actual[i], tol, "row " + (i + 1));
        }
        assertEquals(11.0 / 3, actual[11], 1e-15, "row 12 is (4 + 3 + 4) / 3");
    }

    @Test
    void validCountsExplainMissingScores() {
        IndexScores s = IndexScores.compute(GoldenData.rawItems(), new boolean[] {false, false, false, true}, 1, 5, 4);
        // rows 5, 8 and 12 miss one item each: the "all statements" rule loses exactly them
        assertEquals(11, s.validScores());
        assertEquals(3, s.missingScores());
        assertEquals(3, s.rowsLostToRule());
        assertEquals(0, s.rowsWithoutAnswers());
        assertEquals(3, s.validCount(4));
        assertTrue(Double.isNaN(s.score(4)));
        assertEquals(4.25, s.score(0), 1e-15);
    }

    @Test
    void reversalUsesDeclaredScaleNotObservedRange() {
        // observed range of the reversed item is 2..4, declared 1..5: x' = 1 + 5 - x
        double[][] members = {{2, 3, 4}, {2, 3, 4}};
        IndexScores s = IndexScores.compute(members, new boolean[] {false, true}, 1, 5, 2);
        assertArrayEquals(new double[] {3, 3, 3}, s.scores(), 1e-15);
        // a per-member scale: item 2 on 0..10
        IndexScores t = IndexScores.compute(new double[][] {{1}, {10}}, new boolean[] {false, true},
                new double[] {1, 0}, new double[] {5, 10}, 2);
        assertEquals((1 + 0) / 2.0, t.score(0), 1e-15);
    }

    @Test
    void minValidRules() {
        double[][] members = {{1, NA, NA, 5}, {2, 4, NA, NA}, {3, NA, NA, 5}};
        IndexScores any = IndexScores.compute(members, new boolean[3], 1, 5, 1);
        assertArrayEquals(new double[] {2, 4, NA, 5}, any.scores(), 1e-15);
        assertArrayEquals(new int[] {3, 1, 0, 2}, any.validCounts());
        assertEquals(1, any.rowsWithoutAnswers());
        assertEquals(0, any.rowsLostToRule());
        IndexScores two = IndexScores.compute(members, new boolean[3], 1, 5, 2);
        assertArrayEquals(new double[] {2, NA, NA, 5}, two.scores(), 1e-15);
        assertEquals(1, two.rowsLostToRule());
        IndexScores all = IndexScores.compute(members, new boolean[3], 1, 5, 3);
        assertArrayEquals(new double[] {2, NA, NA, NA}, all.scores(), 1e-15);
        assertEquals(3, all.missingScores());
    }

    @Test
    void outOfScaleValuesAreInvalidAndCounted() {
        // the raw export's q45 = 55: never averaged in
        IndexScores s = IndexScores.compute(new double[][] {{4, 55}, {4, 4}}, new boolean[2], 1, 5, 2);
        assertEquals(4, s.score(0), 1e-15);
        assertTrue(Double.isNaN(s.score(1)));
        assertEquals(1, s.validCount(1));
        assertEquals(1, s.outOfScaleCells());
        IndexScores inf = IndexScores.compute(new double[][] {{Double.POSITIVE_INFINITY}}, new boolean[1], 1, 5, 1);
        assertTrue(Double.isNaN(inf.score(0)));
        assertEquals(1, inf.outOfScaleCells());
    }

    @Test
    void allMissing() {
        IndexScores s = IndexScores.compute(new double[][] {{NA, NA}, {NA, NA}}, new boolean[2], 1, 5, 1);
        assertEquals(0, s.validScores());
        assertEquals(2, s.rowsWithoutAnswers());
    }

    @Test
    void isImmutable() {
        double[][] members = {{1, 2}};
        IndexScores s = IndexScores.compute(members, new boolean[1], 1, 5, 1);
        double[] scores = s.scores();
        scores[0] = 99;
        members[0][0] = 5;
        assertEquals(1, s.score(0), 0);
        assertNotSame(s.scores(), s.scores());
        assertEquals(s, IndexScores.compute(new double[][] {{1, 2}}, new boolean[1], 1, 5, 1));
    }

    @Test
    void rejectsInvalidArguments() {
        double[][] m = {{1}, {2}};
        assertThrows(IllegalArgumentException.class, () -> IndexScores.compute(m, new boolean[2], 1, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> IndexScores.compute(m, new boolean[2], 1, 5, 3));
        assertThrows(IllegalArgumentException.class, () -> IndexScores.compute(m, new boolean[1], 1, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> IndexScores.compute(m, new boolean[2], 5, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> IndexScores.compute(new double[0][], new boolean[0], 1, 5, 1));
        assertThrows(IllegalArgumentException.class,
                () -> IndexScores.compute(new double[][] {{1, 2}, {1}}, new boolean[2], 1, 5, 1));
    }
}
