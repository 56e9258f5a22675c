package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CronbachAlphaTest {

    private static final double NA = Double.NaN;

    // statistics-conventions.md golden values (R 4.2.2, psych 2.2.9; SciPy agrees), printed with
    // 6 decimals, so tolerance 1e-6.
    private static final double TOL6 = 1e-6;

    @Test
    void goldenListwise() {
        CronbachAlpha a = CronbachAlpha.listwise(GoldenData.reversedItems());
        assertTrue(a.isComputable());
        assertFalse(a.pairwiseDeletion());
        assertEquals(4, a.k());
        assertEquals(11, a.n());
        assertEquals(0.953542, a.alpha(), TOL6);
        assertEquals(0.952922, a.standardizedAlpha(), TOL6);
        double[] itemTotal = {0.942858, 0.773309, 0.872086, 0.968848};
        double[] ifDeleted = {0.921811, 0.971014, 0.943359, 0.913333};
        for (int j = 0; j < 4; j++) {
            CronbachAlpha.ItemStatistics s = a.items().get(j);
            assertEquals(j, s.item());
            assertEquals(itemTotal[j], s.correctedItemTotalR(), TOL6, "item-total r of item " + j);
            assertEquals(ifDeleted[j], s.alphaIfDeleted(), TOL6, "alpha if item " + j + " deleted");
        }
        assertEquals(List.of(), a.negativelyCorrelatedItems());
    }

    @Test
    void goldenPairwise() {
        // psych::alpha default (pairwise covariances): 0.959959
        CronbachAlpha a = CronbachAlpha.pairwise(GoldenData.reversedItems());
        assertTrue(a.pairwiseDeletion());
        assertEquals(0.959959, a.alpha(), TOL6);
        assertEquals(12, a.n(), "smallest pairwise n: q2 with q3 (rows 5 and 8 missing one each)");
        assertTrue(a.items().isEmpty());
    }

    @Test
    void listwiseAndPairwiseAgreeWithoutMissingData() {
        double[][] items = {{1, 2, 3, 4, 5, 3}, {2, 2, 3, 5, 4, 3}, {1, 3, 2, 4, 5, 2}};
        CronbachAlpha l = CronbachAlpha.listwise(items);
        CronbachAlpha p = CronbachAlpha.pairwise(items);
        assertEquals(l.alpha(), p.alpha(), 1e-14);
        assertEquals(l.standardizedAlpha(), p.standardizedAlpha(), 1e-14);
        assertEquals(l.meanInterItemR(), p.meanInterItemR(), 1e-14);
    }

    @Test
    void unreversedItemIsFlagged() {
        // q4r left unreversed correlates negatively with the rest
        CronbachAlpha a = CronbachAlpha.listwise(GoldenData.rawItems());
        assertEquals(List.of(3), a.negativelyCorrelatedItems());
        assertTrue(a.alpha() < 0.5);
    }

    @Test
    void fewerThanTwoItems() {
        CronbachAlpha a = CronbachAlpha.listwise(new double[][] {{1, 2, 3}});
        assertFalse(a.isComputable());
        assertTrue(Double.isNaN(a.alpha()));
        assertTrue(a.note().contains("fewer than 2 items"));
        assertFalse(CronbachAlpha.pairwise(new double[][] {{1, 2, 3}}).isComputable());
        assertFalse(CronbachAlpha.listwise(new double[0][]).isComputable());
    }

    @Test
    void zeroVarianceOfTotal() {
        CronbachAlpha a = CronbachAlpha.listwise(new double[][] {{3, 3, 3}, {2, 2, 2}});
        assertFalse(a.isComputable());
        assertTrue(a.note().contains("zero variance"));
        assertFalse(CronbachAlpha.pairwise(new double[][] {{3, 3, 3}, {2, 2, 2}}).isComputable());
    }

    @Test
    void zeroVarianceItemLeavesRawAlphaDefined() {
        // variances 1, 0, 4/3; total 4, 7, 8 has variance 13/3: alpha = 3/2 (1 - (7/3) / (13/3)) = 9/13
        CronbachAlpha a = CronbachAlpha.listwise(new double[][] {{1, 2, 3}, {2, 2, 2}, {1, 3, 3}});
        assertTrue(a.isComputable());
        assertEquals(9.0 / 13, a.alpha(), 1e-14);
        assertTrue(Double.isNaN(a.standardizedAlpha()));
        assertTrue(Double.isNaN(a.items().get(1).correctedItemTotalR()));
    }

    @Test
    void tooFewCompleteRows() {
        CronbachAlpha a = CronbachAlpha.listwise(new double[][] {{1, NA, 3}, {2, 2, NA}});
        assertEquals(1, a.n());
        assertFalse(a.isComputable());
        CronbachAlpha all = CronbachAlpha.listwise(new double[][] {{NA, NA}, {NA, NA}});
        assertEquals(0, all.n());
        assertFalse(all.isComputable());
        assertFalse(CronbachAlpha.pairwise(new double[][] {{NA, NA}, {NA, NA}}).isComputable());
    }

    @Test
    void twoItemsHaveNoAlphaIfDeleted() {
        CronbachAlpha a = CronbachAlpha.listwise(new double[][] {{1, 2, 3, 4}, {2, 1, 4, 4}});
        assertTrue(a.isComputable());
        assertTrue(Double.isNaN(a.items().get(0).alphaIfDeleted()));
    }
}
