package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fast path must equal the general Spearman path (re-ranking per pair) to 1e-12. */
class LikertSpearmanMatrixTest {

    private static final double TOL = 1e-12;

    @Test
    void bothBitCountsOfTheKernelAgree() {
        java.util.Random random = new java.util.Random(20261204);
        long[] x = new long[300];
        long[] y = new long[300];
        for (int i = 0; i < x.length; i++) {
            // dense, sparse and full words, so that every adder of the carry-save tree carries
            x[i] = i % 3 == 0 ? -1L : i % 3 == 1 ? random.nextLong() : random.nextLong() & random.nextLong();
            y[i] = i % 5 == 0 ? -1L : random.nextLong() | random.nextLong();
        }
        for (int len = 0; len <= 70; len++) {
            for (int offset : new int[] { 0, 1, 7, 100 }) {
                int expected = 0;
                for (int w = 0; w < len; w++) {
                    expected += Long.bitCount(x[offset + w] & y[2 * offset + w]);
                }
                assertEquals(expected, LikertSpearmanMatrix.andPopCountDirect(x, offset, y, 2 * offset, len),
                        "direct, length " + len + ", offset " + offset);
                assertEquals(expected, LikertSpearmanMatrix.andPopCountCarrySave(x, offset, y, 2 * offset, len),
                        "carry-save, length " + len + ", offset " + offset);
            }
        }
        long[] full = new long[64];
        java.util.Arrays.fill(full, -1L);
        assertEquals(64 * 64, LikertSpearmanMatrix.andPopCountCarrySave(full, 0, full, 0, 64), "every bit set");
    }

    @Test
    void bitSlicedEqualsGeneralPath() {
        // 70011 rows: crosses the 32768-row blocks and ends inside a 32-row word
        byte[][] codes = LikertData.random(9, 70011, 5, 0.10, 42);
        for (int threads : new int[] {1, 2, 3}) {
            assertEqualsGeneral(codes, LikertSpearmanMatrix.compute(codes, 5, threads));
        }
    }

    @Test
    void directPathForManyCodesEqualsGeneralPath() {
        byte[][] codes = LikertData.random(7, 3001, 11, 0.10, 7);
        assertEqualsGeneral(codes, LikertSpearmanMatrix.compute(codes, 11, 2));
        assertEqualsGeneral(codes, LikertSpearmanMatrix.compute(codes, 11, 1));
    }

    @Test
    void oneWorkerPerBlockOfRowsAtMost() {
        assertEquals(1, LikertSpearmanMatrix.workers(2, 0));
        assertEquals(1, LikertSpearmanMatrix.workers(2, 105));
        assertEquals(1, LikertSpearmanMatrix.workers(2, 32_768));
        assertEquals(2, LikertSpearmanMatrix.workers(2, 32_769));
        assertEquals(3, LikertSpearmanMatrix.workers(8, 70_011));
        assertEquals(3, LikertSpearmanMatrix.workers(3, 1_000_000));
        assertEquals(1, LikertSpearmanMatrix.workers(1, 1_000_000));
    }

    @Test
    void smallAndUnevenData() {
        for (int rows : new int[] {0, 1, 2, 3, 5, 31, 32, 33, 64, 100}) {
            byte[][] codes = LikertData.random(4, rows, 3, 0.3, rows);
            assertEqualsGeneral(codes, LikertSpearmanMatrix.compute(codes, 3, 2));
            assertEqualsGeneral(codes, LikertSpearmanMatrix.compute(codes, 3, 1));
        }
        // only 2 codes used of K = 8, and K = 1
        byte[][] binary = LikertData.random(3, 500, 2, 0.1, 5);
        assertEqualsGeneral(binary, LikertSpearmanMatrix.compute(binary, 8, 2));
        byte[][] one = {{1, 1, 0, 1, 1}, {1, 0, 1, 1, 1}};
        LikertSpearmanMatrix m = LikertSpearmanMatrix.compute(one, 1);
        Check.notComputable(m.result(0, 1), "zero variance");
    }

    @Test
    void edgeCells() {
        byte[][] codes = {
            {1, 2, 3, 4, 5, 1, 2},
            {3, 3, 3, 3, 3, 3, 3}, // constant
            {0, 0, 0, 0, 0, 0, 0}, // all missing
            {2, 0, 0, 0, 0, 0, 1}, // only two rows present
            {5, 4, 3, 2, 1, 5, 4},
        };
        LikertSpearmanMatrix m = LikertSpearmanMatrix.compute(codes, 5);
        assertEquals(5, m.columns());
        Check.notComputable(m.result(0, 1), "zero variance");
        Check.notComputable(m.result(0, 2), "n < 3");
        assertEquals(0, m.n(0, 2));
        Check.notComputable(m.result(0, 3), "n < 3");
        assertEquals(2, m.n(0, 3));
        assertEquals(-1, m.rho(0, 4), 1e-15);
        assertEquals(0, m.pTwoTailed(0, 4), 0);
        // diagonal as in R's matrices: rho 1, n = non-missing count, no p; NaN for a constant column
        assertEquals(1, m.rho(0, 0), 0);
        assertEquals(7, m.n(0, 0));
        assertTrue(Double.isNaN(m.pTwoTailed(0, 0)));
        assertTrue(Double.isNaN(m.rho(1, 1)));
        assertEquals(0, m.n(2, 2));
        assertEqualsGeneral(codes, m);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> LikertSpearmanMatrix.compute(new byte[][] {{1, 6}}, 5));
        assertThrows(IllegalArgumentException.class, () -> LikertSpearmanMatrix.compute(new byte[][] {{1, -1}}, 5));
        assertThrows(IllegalArgumentException.class,
                () -> LikertSpearmanMatrix.compute(new byte[][] {{1, 2}, {1, 12}}, 11, 2));
        assertThrows(IllegalArgumentException.class, () -> LikertSpearmanMatrix.compute(new byte[][] {{1}, {1, 2}}, 5));
        assertThrows(IllegalArgumentException.class, () -> LikertSpearmanMatrix.compute(new byte[][] {{1}}, 0));
        assertThrows(IllegalArgumentException.class, () -> LikertSpearmanMatrix.compute(new byte[][] {{1}}, 5, 0));
        LikertSpearmanMatrix m = LikertSpearmanMatrix.compute(new byte[][] {{1, 2, 3}}, 5);
        assertThrows(IllegalArgumentException.class, () -> m.result(0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> m.rho(0, 1));
    }

    static void assertEqualsGeneral(byte[][] codes, LikertSpearmanMatrix m) {
        for (int i = 0; i < codes.length; i++) {
            for (int j = 0; j < codes.length; j++) {
                if (i == j) {
                    continue;
                }
                CorrelationResult g = Correlations.spearman(LikertData.toDoubles(codes[i]),
                        LikertData.toDoubles(codes[j]));
                String cell = "cell (" + i + ", " + j + ")";
                assertEquals(g.n(), m.n(i, j), cell + " n");
                Check.near(g.coefficient(), m.rho(i, j), TOL, cell + " rho");
                Check.near(g.pTwoTailed(), m.pTwoTailed(i, j), TOL, cell + " p");
                CorrelationResult r = m.result(i, j);
                assertEquals(g.note(), r.note(), cell + " note");
                assertEquals(g.df(), r.df(), 0, cell + " df");
                Check.near(g.statistic(), r.statistic(), 1e-9 * Math.max(1, Math.abs(g.statistic())), cell + " t");
            }
        }
    }
}
