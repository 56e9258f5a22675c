package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.factorstudio.analysis.stats.CorrelationResult.Method;

/**
 * The discrete kernel (codes, joint tables, alpha from code sums) must give the numbers of the general
 * path ({@link Correlations}, {@link Descriptives}, {@link CronbachAlpha}, {@link PartialCorrelation}) on
 * the same data: to 1e-12 where the sums run in another order, bit for bit where they are the same
 * integers (Kendall's tau-b, counts, frequencies, index scores from codes).
 */
class DiscreteKernelTest {

    private static final double TOL = 1e-12;

    /** Index-like columns: means of 2..6 Likert codes, some missing, under MEAN.n rules. */
    private static double[][] indexColumns(int columns, int rows, long seed) {
        byte[][] items = LikertData.random(columns * 4, rows, 5, 0.10, seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] out = new double[columns][];
        for (int c = 0; c < columns; c++) {
            int k = 2 + rnd.nextInt(5);
            double[][] members = new double[k][];
            boolean[] reversed = new boolean[k];
            for (int j = 0; j < k; j++) {
                members[j] = LikertData.toDoubles(items[(c * 4 + j) % items.length]);
                reversed[j] = j == 1;
            }
            out[c] = IndexScores.compute(members, reversed, 1, 5, 1 + rnd.nextInt(k)).scores();
        }
        return out;
    }

    @Test
    void countingSeveralColumnsAtOnceEqualsCountingEachPair() {
        SplittableRandom random = new SplittableRandom(17);
        int rows = 5_003;
        DiscreteColumn[] columns = new DiscreteColumn[10];
        for (int j = 0; j < columns.length; j++) {
            // means of 1 to 10 items on 1..5 (up to 41 values), a tenth missing
            int items = 1 + j;
            double[] x = new double[rows];
            for (int r = 0; r < rows; r++) {
                int sum = 0;
                for (int k = 0; k < items; k++) {
                    sum += 1 + random.nextInt(5);
                }
                x[r] = random.nextInt(10) == 0 ? Double.NaN : (double) sum / items;
            }
            columns[j] = DiscreteColumn.of(x).orElseThrow();
        }
        byte[] strata = new byte[rows];
        for (int r = 0; r < rows; r++) {
            strata[r] = (byte) random.nextInt(3);
        }
        short[] stratified = JointTable.stratified(columns[0], strata);
        // 0 to 9 partners: fewer than four (counted one by one), one block of four with and without a rest, two
        // blocks (the engine gives up to eight), two blocks and a rest
        for (int partners = 0; partners < columns.length; partners++) {
            DiscreteColumn[] ys = Arrays.copyOfRange(columns, 1, 1 + partners);
            int[][] together = JointTable.count(stratified, columns[0], ys, 3);
            assertEquals(partners, together.length);
            for (int j = 0; j < partners; j++) {
                assertArrayEquals(JointTable.count(columns[0], ys[j], strata, 3), together[j],
                        partners + " partners, column " + j);
            }
        }
    }

    @Test
    void correlationsFromJointTablesEqualTheGeneralPath() {
        for (int rows : new int[] {0, 2, 3, 4, 9, 40, 1000, 20011}) {
            double[][] cols = indexColumns(5, rows, rows + 3);
            for (int a = 0; a < cols.length; a++) {
                DiscreteColumn x = DiscreteColumn.of(cols[a]).orElseThrow();
                for (int b = 0; b < cols.length; b++) {
                    DiscreteColumn y = DiscreteColumn.of(cols[b]).orElseThrow();
                    JointTable t = JointTable.of(x, y);
                    String what = rows + " rows, columns " + a + "," + b;
                    same(Correlations.spearman(cols[a], cols[b], PValueMode.T_APPROXIMATION),
                            t.spearman(PValueMode.T_APPROXIMATION), what + " spearman");
                    same(Correlations.spearman(cols[a], cols[b], PValueMode.R_EXACT), t.spearman(PValueMode.R_EXACT),
                            what + " spearman R");
                    same(Correlations.pearson(cols[a], cols[b]), t.pearson(), what + " pearson");
                    CorrelationResult kg = Correlations.kendallTauB(cols[a], cols[b]);
                    CorrelationResult kd = t.kendallTauB();
                    same(kg, kd, what + " kendall");
                    if (kg.isComputable() && a < b) {
                        // same integer counts, same finishing code: the same bits
                        assertEquals(kg.coefficient(), kd.coefficient(), 0, what + " tau-b bits");
                        assertEquals(kg.pTwoTailed(), kd.pTwoTailed(), 0, what + " tau-b p bits");
                    }
                }
            }
        }
    }

    @Test
    void noTiesUseAs89AsTheGeneralPath() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y = {2, 1, 4, 3, 7, 5, 6, 10, 8, 9};
        CorrelationResult general = Correlations.spearman(x, y, PValueMode.R_EXACT);
        CorrelationResult fast = JointTable.of(DiscreteColumn.of(x).orElseThrow(), DiscreteColumn.of(y).orElseThrow())
                .spearman(PValueMode.R_EXACT);
        assertEquals(CorrelationResult.PSource.AS89_EDGEWORTH, fast.pSource());
        same(general, fast, "AS 89");
    }

    @Test
    void notComputableAsTheGeneralPath() {
        double[] constant = {3, 3, 3, 3, Double.NaN};
        double[] other = {1, 2, 3, 4, 5};
        JointTable t = JointTable.of(DiscreteColumn.of(constant).orElseThrow(), DiscreteColumn.of(other).orElseThrow());
        Check.notComputable(t.spearman(PValueMode.T_APPROXIMATION), "zero variance");
        Check.notComputable(t.kendallTauB(), "zero variance");
        double[] two = {1, Double.NaN, 2, Double.NaN, Double.NaN};
        Check.notComputable(JointTable.of(DiscreteColumn.of(two).orElseThrow(), DiscreteColumn.of(other).orElseThrow())
                .pearson(), "n < 3");
    }

    @Test
    void meansAreCodedByTheirCountsAsByTheirValues() {
        byte[][] items = LikertData.random(10, 30001, 5, 0.3, 4);
        double[][] values = LikertData.toDoubles(items);
        boolean[] reversed = new boolean[10];
        reversed[3] = true;
        for (int minValid : new int[] {1, 4, 10}) {
            IndexScores scores = IndexScores.compute(values, reversed, 1, 5, minValid);
            DiscreteColumn byHash = DiscreteColumn.of(scores.scores()).orElseThrow();
            DiscreteColumn byCounts = scores.discrete().orElseThrow();
            assertEquals(byHash.codeCount(), byCounts.codeCount(), "values of MEAN." + minValid);
            for (int c = 1; c <= byHash.codeCount(); c++) {
                assertEquals(byHash.value(c), byCounts.value(c), 0);
                assertEquals(byHash.count(c), byCounts.count(c));
            }
            for (int r = 0; r < scores.rows(); r++) {
                assertEquals(byHash.code(r), byCounts.code(r));
            }
        }
    }

    @Test
    void notDiscreteWhenTooManyValuesOrInfinite() {
        double[] many = new double[300];
        for (int i = 0; i < many.length; i++) {
            many[i] = i * 0.5;
        }
        assertTrue(DiscreteColumn.of(many).isEmpty());
        assertTrue(DiscreteColumn.of(new double[] {1, Double.POSITIVE_INFINITY}).isEmpty());
        double[] signed = {-0.0, 0.0, 1, Double.NaN};
        DiscreteColumn zeros = DiscreteColumn.of(signed).orElseThrow();
        assertEquals(2, zeros.codeCount(), "-0.0 and 0.0 are one value");
        assertEquals(0, zeros.code(3));
    }

    @Test
    void descriptivesAndFrequenciesFromCounts() {
        for (double[] column : indexColumns(4, 5001, 11)) {
            Descriptives general = Descriptives.of(column);
            Descriptives fast = DiscreteColumn.of(column).orElseThrow().descriptives();
            assertEquals(general.n(), fast.n());
            assertEquals(general.missing(), fast.missing());
            assertEquals(general.mean(), fast.mean(), TOL);
            assertEquals(general.sd(), fast.sd(), TOL);
            assertEquals(general.variance(), fast.variance(), TOL);
            assertEquals(general.sum(), fast.sum(), 1e-9);
            assertEquals(general.min(), fast.min(), 0);
            assertEquals(general.max(), fast.max(), 0);
            assertEquals(general.median(), fast.median(), 0);
        }
        byte[] codes = LikertData.random(1, 3001, 7, 0.2, 5)[0];
        double[] values = LikertData.toDoubles(codes);
        for (int i = 0; i < values.length; i += 97) {
            values[i] = Double.isNaN(values[i]) ? Double.NaN : values[i] + 2; // 8, 9: outside 1..7
            codes[i] = (byte) (codes[i] == 0 ? 0 : codes[i] + 2);
        }
        double[] scale = {1, 2, 3, 4, 5, 6, 7};
        assertEquals(Descriptives.frequencies(values, scale), DiscreteColumn.ofCodes(codes, 0).frequencies(scale));
        assertEquals(Descriptives.of(values).median(), DiscreteColumn.ofCodes(codes, 0).descriptives().median(), 0);
        assertEquals(Descriptives.of(new double[] {Double.NaN}), DiscreteColumn.ofCodes(new byte[] {0}, 0).descriptives());
    }

    @Test
    void indexScoresFromCodesAreTheSameBits() {
        byte[][] items = LikertData.random(6, 4001, 5, 0.15, 9);
        double[][] values = LikertData.toDoubles(items);
        items[2][7] = 6; // out of the declared 1..5 scale: counted, not averaged in
        values[2][7] = 6;
        boolean[] reversed = {false, true, false, false, true, false};
        double[] min = {1, 1, 1, 1, 1, 1};
        double[] max = {5, 5, 5, 5, 5, 5};
        for (int minValid = 1; minValid <= items.length; minValid++) {
            assertEquals(IndexScores.compute(values, reversed, min, max, minValid),
                    IndexScores.computeCoded(items, new int[6], reversed, min, max, minValid));
        }
        // an offset: codes 1..5 for the values 0..4 on a 0..4 scale
        assertEquals(IndexScores.compute(shift(values, -1), reversed, 0, 4, 3),
                IndexScores.computeCoded(items, new int[] {-1, -1, -1, -1, -1, -1}, reversed, new double[6],
                        new double[] {4, 4, 4, 4, 4, 4}, 3));
    }

    @Test
    void indexScoresFromCodesAreKeptAsTheCodesOfTheirValues() {
        byte[][] items = LikertData.random(8, 20001, 5, 0.2, 21);
        double[][] values = LikertData.toDoubles(items);
        items[4][11] = 7; // out of the declared scale
        values[4][11] = 7;
        boolean[] reversed = {true, false, false, true, false, false, true, false};
        double[] min = new double[8];
        double[] max = new double[8];
        Arrays.fill(min, 1);
        Arrays.fill(max, 5);
        for (int minValid = 1; minValid <= items.length; minValid++) {
            IndexScores fast = CodedMeans.compute(items, new int[8], reversed, min, max, minValid, null);
            assertNotNull(fast, "whole-number values take the coded path");
            IndexScores general = IndexScores.compute(values, reversed, min, max, minValid);
            assertEquals(general, fast, "MEAN." + minValid);
            assertEquals(general.validScores(), fast.validScores());
            assertEquals(general.rowsWithoutAnswers(), fast.rowsWithoutAnswers());
            assertEquals(general.outOfScaleCells(), fast.outOfScaleCells());
            sameCodes(DiscreteColumn.of(general.scores()).orElseThrow(), fast.discrete().orElseThrow(),
                    "MEAN." + minValid);
        }
    }

    @Test
    void indexScoresFromFewRowsCodeOnlyTheValuesThatOccur() {
        byte[][] items = {{1, 2, 0, 5, 5}, {1, 4, 0, 0, 5}, {3, 0, 0, 5, 5}};
        double[][] values = LikertData.toDoubles(items);
        boolean[] reversed = {false, true, false};
        double[] min = {1, 1, 1};
        double[] max = {5, 5, 5};
        IndexScores fast = CodedMeans.compute(items, new int[3], reversed, min, max, 1, null);
        IndexScores general = IndexScores.compute(values, reversed, min, max, 1);
        assertEquals(general, fast);
        DiscreteColumn codes = fast.discrete().orElseThrow();
        // rows: (1 + 5 + 3) / 3 = 3, (2 + 2) / 2 = 2, missing, (5 + 5) / 2 = 5, (5 + 1 + 5) / 3 = 11 / 3
        assertEquals(4, codes.codeCount());
        assertArrayEquals(new double[] {2, 3, 11 / 3.0, 5},
                new double[] {codes.value(1), codes.value(2), codes.value(3), codes.value(4)}, 0);
        sameCodes(DiscreteColumn.of(general.scores()).orElseThrow(), codes, "MEAN.1");
    }

    @Test
    void wideIndicesAreCodedByTheValuesThatOccur() {
        // 14 five-point statements under MEAN.1 can take 257 values, more than a code holds; far fewer occur
        byte[][] items = LikertData.random(14, 5001, 5, 0.3, 14);
        IndexScores fast = CodedMeans.compute(items, new int[14], new boolean[14], filled(14, 1), filled(14, 5), 1,
                null);
        assertNotNull(fast, "the values that occur fit in the codes");
        IndexScores general = IndexScores.compute(LikertData.toDoubles(items), new boolean[14], 1, 5, 1);
        assertEquals(general, fast);
        sameCodes(DiscreteColumn.of(general.scores()).orElseThrow(), fast.discrete().orElseThrow(), "MEAN.1 of 14");
        // 40 statements, half of them missing: thousands of values occur; the general path keeps the doubles
        byte[][] many = LikertData.random(40, 20001, 5, 0.5, 40);
        assertNull(CodedMeans.compute(many, new int[40], new boolean[40], filled(40, 1), filled(40, 5), 1, null));
        assertEquals(IndexScores.compute(LikertData.toDoubles(many), new boolean[40], 1, 5, 1),
                IndexScores.computeCoded(many, new int[40], new boolean[40], filled(40, 1), filled(40, 5), 1));
        // a valid count per row is kept in an unsigned byte: 255 statements are coded (two points, all answered:
        // 256 possible sums, the values that occur decide), 256 take the general path
        byte[][] many255 = LikertData.random(255, 50, 2, 0.0, 255);
        IndexScores widest = CodedMeans.compute(many255, new int[255], new boolean[255], filled(255, 1), filled(255, 2),
                255, null);
        assertNotNull(widest);
        assertEquals(255, widest.validCount(7));
        assertEquals(IndexScores.compute(LikertData.toDoubles(many255), new boolean[255], 1, 2, 255), widest);
        byte[][] wide = LikertData.random(256, 10, 2, 0.0, 256);
        assertNull(CodedMeans.compute(wide, new int[256], new boolean[256], filled(256, 1), filled(256, 2), 256, null));
        // a declared scale of 1..100 with answers 1..5, 60 statements all required: from the scale alone the pairs
        // (m, s) outnumber the table; the largest codes bound them (241 values, coded as the rows are summed)
        byte[][] five = LikertData.random(60, 2001, 5, 0.0, 15);
        int[] largest = new int[60];
        Arrays.fill(largest, 5);
        assertNull(CodedMeans.compute(five, new int[60], new boolean[60], filled(60, 1), filled(60, 100), 60, null));
        IndexScores bounded = CodedMeans.compute(five, new int[60], new boolean[60], filled(60, 1), filled(60, 100), 60,
                largest);
        assertNotNull(bounded);
        assertEquals(IndexScores.compute(LikertData.toDoubles(five), new boolean[60], 1, 100, 60), bounded);
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }


    @Test
    void indexScoresWithValuesThatAreNotWholeTakeTheGeneralPath() {
        byte[][] items = LikertData.random(3, 501, 5, 0.1, 5);
        boolean[] reversed = {false, true, false};
        double[] min = {0.5, 0.5, 0.5}; // reversed: 5.5 - x, not a whole number
        double[] max = {5, 5, 5};
        assertNull(CodedMeans.compute(items, new int[3], reversed, min, max, 2, null));
        double[][] values = LikertData.toDoubles(items);
        assertEquals(IndexScores.compute(values, reversed, min, max, 2),
                IndexScores.computeCoded(items, new int[3], reversed, min, max, 2));
    }

    @Test
    void pairMomentsFromBitPlanesAreTheSumsOverTheRowsBothHave() {
        // rows not a multiple of 64, and three blocks of rows; five and seven points; one and two workers
        for (int rows : new int[] {1, 63, 130, 70001}) {
            for (int points : new int[] {5, 7}) {
                byte[][] codes = LikertData.random(4, rows, points, 0.15, rows + points);
                for (int threads : new int[] {1, 2}) {
                    PairMoments moments = PairMoments.of(codes, threads);
                    for (int a = 0; a < codes.length; a++) {
                        for (int b = 0; b < codes.length; b++) {
                            long n = 0;
                            long sumA = 0;
                            long products = 0;
                            for (int r = 0; r < rows; r++) {
                                if (codes[a][r] != 0 && codes[b][r] != 0) {
                                    n++;
                                    sumA += codes[a][r];
                                    products += codes[a][r] * codes[b][r];
                                }
                            }
                            String what = rows + " rows, " + points + " points, " + threads + " workers, pair " + a + "/" + b;
                            assertEquals(n, moments.n(a, b), what);
                            assertEquals(sumA, moments.sum(a, b), what);
                            assertEquals(products, moments.sumOfProducts(a, b), what);
                        }
                    }
                }
            }
        }
        byte[][] eight = {{1, 8, 2}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairMoments.of(eight, 1));
        assertTrue(e.getMessage().contains("code 8"), e.getMessage());
        // the same check on whole words of 64 rows, which are gathered eight codes at a time
        byte[][] inWord = LikertData.random(1, 200, 5, 0.1, 8);
        inWord[0][100] = 9;
        e = assertThrows(IllegalArgumentException.class, () -> PairMoments.of(inWord, 1));
        assertTrue(e.getMessage().contains("code 9 outside 0..7 in row 100"), e.getMessage());
    }

    @Test
    void theFirstRowsLeftOutAreReadFromTheCodes() {
        DiscreteColumn x = DiscreteColumn.ofCodes(new byte[] {1, 0, 2, 3, 0, 1, 2, 3}, 0);
        DiscreteColumn y = DiscreteColumn.ofCodes(new byte[] {1, 1, 0, 3, 0, 1, 2, 3}, 0);
        boolean[] kept = {true, true, true, true, true, false, true, true};
        assertArrayEquals(new int[] {1, 4}, x.firstRowsWithout(null, null, 10));
        assertArrayEquals(new int[] {1, 2, 4}, x.firstRowsWithout(y, null, 10));
        assertArrayEquals(new int[] {1, 2, 4, 5}, x.firstRowsWithout(y, kept, 10));
        assertArrayEquals(new int[] {1, 2}, x.firstRowsWithout(y, kept, 2), "only as many as asked for");
        assertArrayEquals(new int[0], x.firstRowsWithout(y, kept, 0));
    }

    private static void sameCodes(DiscreteColumn expected, DiscreteColumn actual, String what) {
        assertEquals(expected.codeCount(), actual.codeCount(), what);
        for (int c = 1; c <= expected.codeCount(); c++) {
            assertEquals(expected.value(c), actual.value(c), 0, what);
            assertEquals(expected.count(c), actual.count(c), what);
        }
        for (int r = 0; r < expected.rows(); r++) {
            assertEquals(expected.code(r), actual.code(r), what);
        }
    }

    private static double[][] shift(double[][] values, double by) {
        double[][] out = new double[values.length][];
        for (int j = 0; j < values.length; j++) {
            out[j] = values[j].clone();
            for (int i = 0; i < out[j].length; i++) {
                out[j][i] += by;
            }
        }
        return out;
    }

    @Test
    void alphaFromCodesEqualsTheGeneralPath() {
        for (int rows : new int[] {1, 2, 5, 300, 20001}) {
            byte[][] items = LikertData.random(6, rows, 5, 0.12, rows);
            boolean[] reversed = {false, true, false, false, true, false};
            double[] turn = {6, 6, 6, 6, 6, 6};
            for (int k = 1; k <= items.length; k++) {
                DiscreteColumn[] coded = new DiscreteColumn[k];
                double[][] turned = new double[k][];
                boolean[] rev = java.util.Arrays.copyOf(reversed, k);
                for (int j = 0; j < k; j++) {
                    // reversal as the analysis applies it: the reversed LikertData codes become 6 - x
                    coded[j] = DiscreteColumn.ofCodes(items[j], 0);
                    turned[j] = LikertData.toDoubles(items[j]);
                    if (rev[j]) {
                        for (int i = 0; i < rows; i++) {
                            turned[j][i] = 6 - turned[j][i];
                        }
                    }
                }
                double[] t = java.util.Arrays.copyOf(turn, k);
                sameAlpha(CronbachAlpha.listwise(turned), CronbachAlpha.listwise(coded, rev, t), rows + "/" + k);
                sameAlpha(CronbachAlpha.pairwise(turned), CronbachAlpha.pairwise(coded, rev, t), rows + "/" + k + " pw");
            }
        }
        // eleven points (0..10 as codes 1..11): more codes than the bit planes hold, the joint tables count them
        byte[][] eleven = LikertData.random(4, 3001, 11, 0.1, 11);
        DiscreteColumn[] wideCoded = new DiscreteColumn[eleven.length];
        double[][] wideValues = new double[eleven.length][];
        boolean[] wideReversed = {false, true, false, false};
        for (int j = 0; j < eleven.length; j++) {
            wideCoded[j] = DiscreteColumn.ofCodes(eleven[j], 0);
            wideValues[j] = LikertData.toDoubles(eleven[j]);
            if (wideReversed[j]) {
                for (int i = 0; i < wideValues[j].length; i++) {
                    wideValues[j][i] = 12 - wideValues[j][i];
                }
            }
        }
        double[] wideTurn = {12, 12, 12, 12};
        sameAlpha(CronbachAlpha.listwise(wideValues), CronbachAlpha.listwise(wideCoded, wideReversed, wideTurn),
                "11 points");
        sameAlpha(CronbachAlpha.pairwise(wideValues), CronbachAlpha.pairwise(wideCoded, wideReversed, wideTurn),
                "11 points pw");
        // one worker or two (rows in three blocks of 32,768): the same exact sums
        byte[][] many = LikertData.random(5, 70001, 5, 0.12, 3);
        DiscreteColumn[] columns = new DiscreteColumn[many.length];
        for (int j = 0; j < many.length; j++) {
            columns[j] = DiscreteColumn.ofCodes(many[j], 0);
        }
        boolean[] rev = {true, false, false, true, false};
        double[] turn = {6, 6, 6, 6, 6};
        assertEquals(CronbachAlpha.pairwise(columns, rev, turn, 2), CronbachAlpha.pairwise(columns, rev, turn, 1));
        assertEquals(CronbachAlpha.listwise(columns, rev, turn, 2), CronbachAlpha.listwise(columns, rev, turn, 1));
        // a constant total is not computable on both paths
        byte[][] mirror = {{1, 2, 3, 4}, {5, 4, 3, 2}};
        sameAlpha(CronbachAlpha.listwise(new double[][] {{1, 2, 3, 4}, {5, 4, 3, 2}}),
                CronbachAlpha.listwise(new DiscreteColumn[] {DiscreteColumn.ofCodes(mirror[0], 0),
                    DiscreteColumn.ofCodes(mirror[1], 0)}, new boolean[2], new double[] {6, 6}),
                "constant total");
    }

    @Test
    void partialsFromJointTablesEqualTheGeneralPath() {
        double[][] cols = indexColumns(6, 8001, 17);
        boolean[] complete = Listwise.completeRows(cols);
        byte[] strata = new byte[complete.length];
        for (int r = 0; r < strata.length; r++) {
            strata[r] = (byte) (complete[r] ? 1 : 0);
        }
        DiscreteColumn[] d = new DiscreteColumn[cols.length];
        for (int j = 0; j < cols.length; j++) {
            d[j] = DiscreteColumn.of(cols[j]).orElseThrow();
        }
        int n = 0;
        for (boolean c : complete) {
            n += c ? 1 : 0;
        }
        for (Method method : new Method[] {Method.SPEARMAN, Method.PEARSON}) {
            double[][] r = new double[cols.length][cols.length];
            for (int a = 0; a < cols.length; a++) {
                r[a][a] = 1;
                for (int b = a + 1; b < cols.length; b++) {
                    int[] raw = JointTable.count(d[a], d[b], strata, 2);
                    // the engine's way: x's codes with the strata folded in once, then counted per pair
                    assertArrayEquals(raw, JointTable.count(JointTable.stratified(d[a], strata), d[a], d[b], 2),
                            "stratified counts of " + a + ", " + b);
                    JointTable t = JointTable.of(d[a], d[b], raw, 1);
                    r[a][b] = method == Method.SPEARMAN ? t.spearmanRho() : t.pearsonR();
                    r[b][a] = r[a][b];
                }
            }
            var general = PartialCorrelation.againstTarget(cols, 0, method);
            var fast = PartialCorrelation.fromCorrelationMatrix(r, 0, method, n);
            assertEquals(general.size(), fast.size());
            for (int i = 0; i < general.size(); i++) {
                same(general.get(i).result(), fast.get(i).result(), method + " partial " + i);
            }
        }
    }

    private static void same(CorrelationResult general, CorrelationResult fast, String what) {
        assertEquals(general.method(), fast.method(), what);
        assertEquals(general.n(), fast.n(), what + " n");
        assertEquals(general.controls(), fast.controls(), what);
        assertEquals(general.note(), fast.note(), what + " note");
        assertEquals(general.pSource(), fast.pSource(), what + " p source");
        Check.near(general.coefficient(), fast.coefficient(), TOL, what + " r");
        Check.near(general.df(), fast.df(), 0, what + " df");
        if (general.statistic() != fast.statistic()) { // equal infinities (|r| = 1) need no tolerance
            Check.relative(general.statistic(), fast.statistic(), 1e-10, what + " statistic");
        }
        Check.relative(general.pTwoTailed(), fast.pTwoTailed(), 1e-9, what + " p");
    }

    private static void sameAlpha(CronbachAlpha general, CronbachAlpha fast, String what) {
        assertEquals(general.note(), fast.note(), what + " note");
        assertEquals(general.n(), fast.n(), what + " n");
        assertEquals(general.k(), fast.k(), what + " k");
        Check.near(general.alpha(), fast.alpha(), TOL, what + " alpha");
        Check.near(general.standardizedAlpha(), fast.standardizedAlpha(), TOL, what + " standardized");
        Check.near(general.meanInterItemR(), fast.meanInterItemR(), TOL, what + " rbar");
        assertEquals(general.items().size(), fast.items().size(), what + " items");
        for (int j = 0; j < general.items().size(); j++) {
            var g = general.items().get(j);
            var f = fast.items().get(j);
            Check.near(g.mean(), f.mean(), TOL, what + " mean " + j);
            Check.near(g.sd(), f.sd(), TOL, what + " sd " + j);
            Check.near(g.correctedItemTotalR(), f.correctedItemTotalR(), TOL, what + " item-total " + j);
            Check.near(g.alphaIfDeleted(), f.alphaIfDeleted(), TOL, what + " if deleted " + j);
        }
    }
}
