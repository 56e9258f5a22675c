package org.factorstudio.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.factorstudio.data.internal.DatasetArrays;

class DatasetTest {

    private static Dataset small() {
        return Dataset.builder(3, new int[] {2, 4, 5})
                .coded("q1", new byte[] {1, 0, 5}, 0)
                .coded("nps", new byte[] {1, 11, 0}, -1)
                .numeric("weight", new double[] {1.5, Double.NaN, 2})
                .text("kommune", new String[] {"Bærum", null, "Tromsø"})
                .respondentIds(new long[] {1001, 1002, Long.MIN_VALUE})
                .build();
    }

    @Test
    void theFriendKernelsReadCodedColumnsInPlaceAndOnlyTheRows() {
        byte[] exact = {1, 0, 5};
        byte[] longer = {2, 3, 4, 9, 9}; // an importer's array with room left over
        Dataset d = Dataset.builder(3, new int[] {2, 3, 4}).coded("exact", exact, 0).coded("longer", longer, 0).build();
        assertSame(DatasetArrays.codes(d, "exact"), DatasetArrays.codes(d, "exact"), "no copy");
        assertArrayEquals(d.codes("exact"), DatasetArrays.codes(d, "exact"));
        assertNotSame(d.codes("exact"), d.codes("exact"), "the public accessor still copies");
        assertArrayEquals(new byte[] {2, 3, 4}, DatasetArrays.codes(d, "longer"), "the rows only");
        assertThrows(IllegalArgumentException.class,
                () -> DatasetArrays.codes(Dataset.builder(1, new int[] {2}).numeric("x", new double[] {1}).build(), "x"));
    }

    @Test
    void readsCellsOfEveryType() {
        Dataset d = small();
        assertEquals(3, d.rowCount());
        assertEquals(List.of("q1", "nps", "weight", "kommune"), d.columnNames());
        assertEquals(1.0, d.value(0, 0));
        assertTrue(Double.isNaN(d.value(0, 1)));
        assertEquals(0.0, d.value(1, 0));
        assertEquals(10.0, d.value(1, 1));
        assertTrue(d.isMissing(1, 2));
        assertEquals(Optional.of("1.5"), d.text(2, 0));
        assertEquals(Optional.of("5"), d.text(0, 2));
        assertEquals(Optional.empty(), d.text(3, 1));
        assertTrue(d.isMissing(3, 1));
        assertThrows(IllegalArgumentException.class, () -> d.value(3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> d.value(0, 3));
        assertThrows(IllegalArgumentException.class, () -> d.columnIndex("nope"));
    }

    @Test
    void bulkAccessorsReturnCopies() {
        Dataset d = small();
        byte[] codes = d.codes("q1");
        codes[0] = 4;
        assertArrayEquals(new byte[] {1, 0, 5}, d.codes("q1"));
        double[] values = d.column("nps");
        assertArrayEquals(new double[] {0, 10, Double.NaN}, values);
        values[0] = 99;
        assertEquals(0.0, d.value(1, 0));
        int[] lines = d.sourceLines();
        lines[0] = 1;
        assertEquals(2, d.sourceLine(0));
        assertThrows(IllegalArgumentException.class, () -> d.codes("weight"));
        assertThrows(IllegalArgumentException.class, () -> d.column("kommune"));
        assertEquals(-1, d.codeOffset("nps"));
    }

    @Test
    void respondentIds() {
        Dataset d = small();
        assertTrue(d.hasRespondentIds());
        assertEquals(Optional.of("1002"), d.respondentId(1));
        assertEquals(Optional.empty(), d.respondentId(2));
        assertEquals(1, d.rowOfRespondent("1002"));
        assertEquals(-1, d.rowOfRespondent("9"));
        Dataset none = Dataset.builder(1, new int[] {2}).coded("q", new byte[] {1}, 0).build();
        assertFalse(none.hasRespondentIds());
        assertEquals(Optional.empty(), none.respondentId(0));
    }

    @Test
    void sameDataIgnoresSourceLinesButNotValues() {
        Dataset a = small();
        Dataset b = Dataset.builder(3, new int[] {10, 11, 12})
                .coded("q1", new byte[] {1, 0, 5}, 0)
                .coded("nps", new byte[] {1, 11, 0}, -1)
                .numeric("weight", new double[] {1.5, Double.NaN, 2})
                .text("kommune", new String[] {"Bærum", null, "Tromsø"})
                .respondentIds(new long[] {1001, 1002, Long.MIN_VALUE})
                .build();
        assertTrue(a.sameData(b));
        Dataset c = Dataset.builder(3, new int[] {2, 4, 5})
                .coded("q1", new byte[] {1, 2, 5}, 0)
                .coded("nps", new byte[] {1, 11, 0}, -1)
                .numeric("weight", new double[] {1.5, Double.NaN, 2})
                .text("kommune", new String[] {"Bærum", null, "Tromsø"})
                .respondentIds(new long[] {1001, 1002, Long.MIN_VALUE})
                .build();
        assertEquals(Optional.of("column q1, row 1 (line 4 vs 4): <missing> vs 2"), a.firstDifference(c));
    }

    @Test
    void heapEstimateOfTheBenchmarkShape() {
        // 1,000,000 x 200 coded items, long ids, int lines: 200 MB + 8 MB + 4 MB and headers
        int rows = 10_000;
        Dataset.Builder b = Dataset.builder(rows, new int[rows]);
        for (int k = 0; k < 200; k++) {
            b.coded("q" + k, new byte[rows], 0);
        }
        Dataset d = b.respondentIds(new long[rows]).build();
        long expected = 200L * (16 + rows) + (16 + 4L * rows) + (16 + 8L * rows);
        assertTrue(Math.abs(d.estimatedHeapBytes() - expected) < 20_000, () -> d.estimatedHeapBytes() + " vs " + expected);
        assertTrue(d.estimatedHeapBytes() * 100 < (1L << 30), "1M rows must stay far below 1 GB");
    }

    @Test
    void builderRejectsShortColumnsAndDuplicateNames() {
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.builder(3, new int[3]).coded("q", new byte[2], 0));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.builder(1, new int[1]).coded("q", new byte[1], 0).numeric("q", new double[1]));
    }
}
