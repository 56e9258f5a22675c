package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Small assertion helpers with explicit tolerances. */
final class Check {

    private Check() {
    }

    /** |actual - expected| &lt;= tol; both NaN also passes (an empty reference cell). */
    static void near(double expected, double actual, double tol, String what) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertEquals(Double.isNaN(expected), Double.isNaN(actual),
                    what + ": expected " + expected + " but was " + actual);
            return;
        }
        assertEquals(expected, actual, tol, what);
    }

    /**
     * Relative check for quantities such as p-values that span many orders of magnitude:
     * |actual - expected| &lt;= rel * |expected| (plus 1e-300 so that 0 matches 0).
     */
    static void relative(double expected, double actual, double rel, String what) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            near(expected, actual, 0, what);
            return;
        }
        double diff = Math.abs(actual - expected);
        if (!(diff <= rel * Math.abs(expected) + 1e-300)) {
            fail(what + ": expected " + expected + " but was " + actual + " (relative difference "
                    + diff / Math.abs(expected) + " > " + rel + ")");
        }
    }

    static void notComputable(CorrelationResult r, String reasonFragment) {
        assertTrue(Double.isNaN(r.coefficient()), "coefficient should be NaN: " + r);
        assertTrue(Double.isNaN(r.pTwoTailed()), "p should be NaN: " + r);
        assertTrue(r.note() != null && r.note().startsWith("not computable: ") && r.note().contains(reasonFragment),
                "note should say 'not computable: ..." + reasonFragment + "': " + r.note());
    }
}
