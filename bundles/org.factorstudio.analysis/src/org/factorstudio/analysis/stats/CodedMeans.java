package org.factorstudio.analysis.stats;

import java.util.Arrays;

/**
 * Index scores from coded answers straight to the codes of their values, the fast path of
 * {@link IndexScores#computeCoded}: where every member's answers count as whole numbers (after reversal),
 * a row's score is s / m with m its number of valid members and s the whole-number sum of their values,
 * so the pair (m, s) alone says which value, and so which code, the row has. The rows are summed once,
 * one table look-up and one addition per answer, and no score is divided out, stored as a double or
 * hashed afterwards ({@link DiscreteColumn#ofMeans} did that for every index on a million respondents).
 *
 * <p>The values are the same doubles as on the general path: s / m with s and m the same whole numbers
 * there (a sum of small whole numbers is exact in any order). The codes are those {@link DiscreteColumn#of}
 * gives the scores: ascending values, equal values (2 / 1 and 4 / 2) one code, only values that occur.
 */
final class CodedMeans {

    /** Rows per block: 2,048 sums of eight bytes are 16 KB, in the first-level cache while the members add up. */
    private static final int BLOCK = 2048;

    /** Bits of a row's packed sum: the valid count in 0-15, the out-of-scale count in 16-31, the sum from 32 on. */
    private static final int SUM_SHIFT = 32;
    private static final int OUTSIDE_SHIFT = 16;
    private static final long FIELD = 0xFFFF;

    /**
     * Most (m, s) pairs the look-up table may have; far more than an index of Likert statements needs. Also the
     * bound of a row's pair kept in a {@code char} when the values that occur decide: do not raise it past 65,536.
     */
    private static final int MAX_PAIRS = 1 << 16;

    /** Most members: a row's valid count is kept in an unsigned byte. */
    private static final int MAX_MEMBERS = 255;

    /** Largest magnitude of a member's value taken as a whole number here. */
    private static final double MAX_VALUE = 1 << 20;

    private CodedMeans() {
    }

    /**
     * The scores kept as codes, or null when this path does not apply: more than 255 members, a value that
     * is not a whole number, or more values occurring than a {@link DiscreteColumn} codes (then the general
     * path says so). Arguments as {@link IndexScores#computeCoded}, already checked.
     *
     * @param largestCode per member the largest code its column holds (the possible values are counted from
     *        these), or null for any code up to 127
     */
    static IndexScores compute(byte[][] codes, int[] offsets, boolean[] reversed, double[] scaleMin,
            double[] scaleMax, int minValid, int[] largestCode) {
        int k = codes.length;
        if (k > MAX_MEMBERS) {
            return null; // a valid count per row is kept in an unsigned byte
        }
        // per member and code, the value it adds when it is in its declared scale (reversed where declared); codes
        // above a member's largest add nothing to the possible values (a scale of 1..100 with answers 1..5 would
        // otherwise count hundreds of values no row can have)
        long[][] value = new long[k][Byte.MAX_VALUE + 1];
        boolean[][] inScale = new boolean[k][Byte.MAX_VALUE + 1];
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (int j = 0; j < k; j++) {
            int largest = largestCode == null ? Byte.MAX_VALUE : Math.min(Byte.MAX_VALUE, largestCode[j]);
            for (int c = 1; c <= largest; c++) {
                double v = c + offsets[j];
                if (!(v >= scaleMin[j] && v <= scaleMax[j])) {
                    continue;
                }
                double w = reversed[j] ? scaleMin[j] + scaleMax[j] - v : v;
                if (w != Math.rint(w) || Math.abs(w) > MAX_VALUE) {
                    return null;
                }
                inScale[j][c] = true;
                value[j][c] = (long) w;
                lowest = Math.min(lowest, (long) w);
                highest = Math.max(highest, (long) w);
            }
        }
        if (lowest > highest) { // no code of any member is in its scale: every row is missing
            lowest = 0;
            highest = 0;
        }
        // s is kept as s' = s - m * lowest, 0..m * span, so that every packed field stays non-negative
        long span = highest - lowest;
        long width = k * span + 1;
        if ((k + 1) * width > MAX_PAIRS) {
            return null;
        }
        long[][] packed = new long[k][Byte.MAX_VALUE + 1];
        for (int j = 0; j < k; j++) {
            for (int c = 1; c <= Byte.MAX_VALUE; c++) {
                // a code above the member's largest (none in its column) counts as out of scale, should one appear
                packed[j][c] = inScale[j][c] ? (value[j][c] - lowest) << SUM_SHIFT | 1 : 1L << OUTSIDE_SHIFT;
            }
        }
        // every value a row can have, ascending; a code per (m, s') pair, provisional until the rows are counted
        int pairs = (int) ((k + 1) * width);
        double[] pairValue = new double[pairs];
        double[] possible = new double[pairs];
        int found = 0;
        for (int m = minValid; m <= k; m++) {
            for (long s = 0; s <= m * span; s++) {
                double v = (double) (s + m * lowest) / m; // a zero numerator gives +0.0, never -0.0
                pairValue[(int) (m * width + s)] = v;
                possible[found++] = v;
            }
        }
        double[] values = Arrays.stream(possible, 0, found).sorted().distinct().toArray();
        // when every possible value has a code, each row is coded as it is summed; else (wide indices under a
        // minimum-valid rule: a five-point scale with 14 statements and MEAN.1 can take 257 values) each row's
        // pair is kept and the values that occur decide, as DiscreteColumn.of would on the scores
        boolean direct = values.length <= DiscreteColumn.MAX_CODES;
        byte[] codeOfPair = new byte[pairs]; // 0 for m < minValid: missing
        if (direct) {
            for (int m = minValid; m <= k; m++) {
                for (long s = 0; s <= m * span; s++) {
                    int at = (int) (m * width + s);
                    codeOfPair[at] = (byte) (Arrays.binarySearch(values, pairValue[at]) + 1);
                }
            }
        }

        int rows = codes[0].length;
        byte[] out = new byte[rows];
        char[] pairOfRow = direct ? null : new char[rows];
        int[] pairCounts = direct ? null : new int[pairs];
        byte[] valid = new byte[rows];
        int[] counts = new int[DiscreteColumn.MAX_CODES + 1];
        long outside = 0;
        long[] sums = new long[BLOCK];
        for (int from = 0; from < rows; from += BLOCK) {
            int len = Math.min(BLOCK, rows - from);
            Arrays.fill(sums, 0, len, 0L);
            for (int j = 0; j < k; j++) {
                byte[] column = codes[j];
                long[] add = packed[j];
                int negative = 0;
                // no branch on the data: a missing answer (code 0) adds 0
                for (int i = 0; i < len; i++) {
                    int c = column[from + i];
                    negative |= c;
                    sums[i] += add[c & Byte.MAX_VALUE];
                }
                if (negative < 0) {
                    throw new IllegalArgumentException("negative code in member " + j + ", rows " + from + ".."
                            + (from + len - 1));
                }
            }
            for (int i = 0; i < len; i++) {
                long sum = sums[i];
                int m = (int) (sum & FIELD);
                outside += sum >>> OUTSIDE_SHIFT & FIELD;
                int pair = (int) (m * width + (sum >>> SUM_SHIFT));
                valid[from + i] = (byte) m;
                if (direct) {
                    int code = codeOfPair[pair] & 0xff;
                    out[from + i] = (byte) code;
                    counts[code]++;
                } else {
                    pairOfRow[from + i] = (char) pair;
                    pairCounts[pair]++;
                }
            }
        }
        if (!direct) {
            int occurring = 0;
            for (int m = minValid; m <= k; m++) {
                for (long s = 0; s <= m * span; s++) {
                    int at = (int) (m * width + s);
                    if (pairCounts[at] > 0) {
                        possible[occurring++] = pairValue[at];
                    }
                }
            }
            values = Arrays.stream(possible, 0, occurring).sorted().distinct().toArray();
            if (values.length > DiscreteColumn.MAX_CODES) {
                return null;
            }
            for (int m = minValid; m <= k; m++) {
                for (long s = 0; s <= m * span; s++) {
                    int at = (int) (m * width + s);
                    if (pairCounts[at] > 0) {
                        codeOfPair[at] = (byte) (Arrays.binarySearch(values, pairValue[at]) + 1);
                        counts[codeOfPair[at] & 0xff] += pairCounts[at];
                    }
                }
            }
            for (int r = 0; r < rows; r++) {
                out[r] = codeOfPair[pairOfRow[r]];
            }
        }
        // only the values that occur keep a code, as DiscreteColumn.of gives them (a value no row has would only
        // widen every joint table of the index)
        int[] dense = new int[values.length + 1];
        int kept = 0;
        for (int c = 1; c <= values.length; c++) {
            dense[c] = counts[c] > 0 ? ++kept : 0;
        }
        double[] keptValues = new double[kept];
        int[] keptCounts = new int[kept];
        for (int c = 1; c <= values.length; c++) {
            if (dense[c] > 0) {
                keptValues[dense[c] - 1] = values[c - 1];
                keptCounts[dense[c] - 1] = counts[c];
            }
        }
        if (kept < values.length) {
            byte[] recode = new byte[DiscreteColumn.MAX_CODES + 1];
            for (int c = 1; c <= values.length; c++) {
                recode[c] = (byte) dense[c];
            }
            for (int r = 0; r < rows; r++) {
                out[r] = recode[out[r] & 0xff];
            }
        }
        return IndexScores.ofCodes(DiscreteColumn.adopt(out, keptValues, keptCounts), valid, k, minValid,
                (int) outside);
    }
}
