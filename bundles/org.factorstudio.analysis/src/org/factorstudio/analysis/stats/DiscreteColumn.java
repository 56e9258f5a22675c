package org.factorstudio.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A column with few distinct values, coded once: one unsigned byte per row (0 = missing, code c =
 * the c-th smallest value), the values in ascending order and how often each occurs. Likert answers
 * have at most a handful of values, and so do index variables: the mean of k answers on a 1..5 scale
 * takes at most 4k + 1 values when all k are required, and a few hundred at most under a
 * minimum-valid rule. Ranks, ties, medians and the joint tables of {@link JointTable} then need no
 * sort.
 *
 * <p><b>Missing data.</b> NaN is missing (code 0). A column with an infinite value or with more than
 * {@value #MAX_CODES} distinct values is not discrete ({@link #of} returns empty) and goes the general
 * way ({@link Correlations}, {@link Descriptives#of}).
 *
 * <p>{@code -0.0} and {@code 0.0} are one value, as in {@link Ranks}. This is a plain final class
 * rather than a record because it holds a large array that must not be exposed.
 */
public final class DiscreteColumn {

    /** Most distinct values a discrete column may have (codes 1..255 in an unsigned byte). */
    public static final int MAX_CODES = 255;

    private final byte[] codes;
    private final double[] values;
    private final int[] counts;
    private final int n;

    private DiscreteColumn(byte[] codes, double[] values, int[] counts) {
        this.codes = codes;
        this.values = values;
        this.counts = counts;
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        this.n = sum;
    }

    /**
     * Codes a column of doubles.
     *
     * @param x the column (NaN = missing), not modified
     * @return the coded column, or empty when x has an infinite value or more than {@value #MAX_CODES}
     *         distinct values
     */
    public static Optional<DiscreteColumn> of(double[] x) {
        // open addressing on the value's bits; 1024 slots keep the table under a quarter full
        int size = 1024;
        long[] keys = new long[size];
        int[] slotCode = new int[size]; // 0 = empty slot, else 1 + position in 'distinct'
        double[] distinct = new double[MAX_CODES];
        int found = 0;
        byte[] codes = new byte[x.length];
        for (int r = 0; r < x.length; r++) {
            double v = x[r];
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isInfinite(v)) {
                return Optional.empty();
            }
            long bits = Double.doubleToRawLongBits(v + 0.0);
            int slot = slot(bits, size);
            while (slotCode[slot] != 0 && keys[slot] != bits) {
                slot = (slot + 1) & (size - 1);
            }
            if (slotCode[slot] == 0) {
                if (found == MAX_CODES) {
                    return Optional.empty();
                }
                keys[slot] = bits;
                distinct[found++] = v + 0.0;
                slotCode[slot] = found;
            }
            codes[r] = (byte) slotCode[slot]; // first-seen position for now
        }
        return Optional.of(recode(codes, Arrays.copyOf(distinct, found)));
    }

    /**
     * {@link #of(double[])} for means of integers: a row's value is s / m with m its count of valid
     * members, so the integer s = rint(value * m) and the pair (m, s) index a small table instead of a
     * hash (checked: a row where s / m is not exactly the value, and any other surprise, falls back to
     * {@link #of(double[])}). Equal values from different pairs (2/1 and 4/2) share one code.
     *
     * @param means the scores, NaN = missing
     * @param counts per row the number of values averaged
     * @param maxCount the largest count
     * @return the coded column, or empty as {@link #of(double[])}
     */
    static Optional<DiscreteColumn> ofMeans(double[] means, int[] counts, int maxCount) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : means) {
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        if (lo > hi) { // nothing but missing
            return of(means);
        }
        if (Double.isInfinite(lo) || Double.isInfinite(hi) || hi - lo > 1000 || maxCount > 1000) {
            return of(means);
        }
        long base = (long) Math.floor(lo);
        int width = (int) ((long) Math.ceil(hi) - base) * maxCount + 1;
        long size = (long) (maxCount + 1) * width;
        if (size > 1 << 22) {
            return of(means);
        }
        int[] slot = new int[(int) size]; // 0 = unseen, else 1 + first-seen position
        double[] distinct = new double[MAX_CODES];
        int found = 0;
        byte[] codes = new byte[means.length];
        for (int r = 0; r < means.length; r++) {
            double v = means[r];
            if (Double.isNaN(v)) {
                continue;
            }
            int m = counts[r];
            double s = Math.rint(v * m);
            if (m < 1 || m > maxCount || s / m != v) {
                return of(means);
            }
            int at = m * width + (int) (s - base * m);
            int c = slot[at];
            if (c == 0) {
                if (found == MAX_CODES) {
                    return of(means); // pairs (m, s) can repeat a value: let the exact count decide
                }
                distinct[found++] = v + 0.0;
                c = found;
                slot[at] = c;
            }
            codes[r] = (byte) c;
        }
        return Optional.of(recode(codes, Arrays.copyOf(distinct, found)));
    }

    /**
     * A column coded elsewhere in this package: codes 0 (missing) and 1..K, {@code values} ascending and
     * distinct, {@code counts} per code; all adopted without a copy.
     */
    static DiscreteColumn adopt(byte[] codes, double[] values, int[] counts) {
        return new DiscreteColumn(codes, values, counts);
    }

    /** Codes that are first-seen positions in {@code distinct} (which may repeat a value) to ascending codes. */
    private static DiscreteColumn recode(byte[] codes, double[] distinct) {
        double[] sorted = Arrays.stream(distinct).sorted().distinct().toArray();
        int[] rank = new int[distinct.length + 1];
        for (int i = 0; i < distinct.length; i++) {
            rank[i + 1] = Arrays.binarySearch(sorted, distinct[i]) + 1;
        }
        int[] counts = new int[sorted.length];
        for (int r = 0; r < codes.length; r++) {
            int c = codes[r] & 0xff;
            if (c != 0) {
                c = rank[c];
                codes[r] = (byte) c;
                counts[c - 1]++;
            }
        }
        return new DiscreteColumn(codes, sorted, counts);
    }

    /**
     * Adopts the byte codes of a coded dataset column (0 = missing, code c = value c + offset) without
     * copying them; the caller gives up the right to modify {@code codes}.
     *
     * @param codes codes 0..127
     * @param offset value of code c is c + offset
     * @return the column, with one value per code 1..(largest code), unused codes counted 0
     * @throws IllegalArgumentException for a negative code
     */
    public static DiscreteColumn ofCodes(byte[] codes, int offset) {
        // counted with code 0 (missing) in slot 0 and no branch on the data
        int[] counts = new int[Byte.MAX_VALUE + 1];
        int negative = 0;
        for (byte b : codes) {
            negative |= b;
            counts[b & Byte.MAX_VALUE]++;
        }
        if (negative < 0) {
            for (byte b : codes) {
                if (b < 0) {
                    throw new IllegalArgumentException("negative code " + b);
                }
            }
        }
        int largest = Byte.MAX_VALUE;
        while (largest > 0 && counts[largest] == 0) {
            largest--;
        }
        double[] values = new double[largest];
        for (int c = 1; c <= largest; c++) {
            values[c - 1] = c + offset;
        }
        return new DiscreteColumn(codes, values, Arrays.copyOfRange(counts, 1, largest + 1));
    }

    private static int slot(long bits, int size) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (size - 1);
    }

    /** @return number of rows, missing included */
    public int rows() {
        return codes.length;
    }

    /** @return number of non-missing rows */
    public int n() {
        return n;
    }

    /** @return number of codes K (values 1..K) */
    public int codeCount() {
        return values.length;
    }

    /**
     * @param code 1..K
     * @return the value of that code
     */
    public double value(int code) {
        return values[code - 1];
    }

    /**
     * @param code 1..K
     * @return how many rows have it
     */
    public int count(int code) {
        return counts[code - 1];
    }

    /**
     * @param row a row
     * @return its code, 0 when missing
     */
    public int code(int row) {
        return codes[row] & 0xff;
    }

    /** Per row, whether it has a value (code not 0): {@link #keepPresent} on rows all kept. */
    public boolean[] present() {
        boolean[] rows = new boolean[codes.length];
        Arrays.fill(rows, true);
        keepPresent(rows);
        return rows;
    }

    /**
     * Clears {@code rows[r]} for each row without a value (code 0): the rows a pairwise or listwise rule keeps,
     * from one byte per row instead of the eight of a double.
     *
     * @param rows one flag per row, narrowed in place
     */
    public void keepPresent(boolean[] rows) {
        if (rows.length != codes.length) {
            throw new IllegalArgumentException("rows differ in length: " + rows.length + " vs " + codes.length);
        }
        for (int r = 0; r < rows.length; r++) {
            rows[r] &= codes[r] != 0;
        }
    }

    /**
     * The first rows, ascending, where this column or {@code other} has no value or {@code kept} is false: the
     * rows a result of the two left out, read only as far as needed (a provenance lists the first few hundred).
     *
     * @param other another column of the same length, or null for this column alone
     * @param kept one flag per row, or null for all rows kept
     * @param limit how many rows at most
     * @return the rows, at most {@code limit}
     */
    public int[] firstRowsWithout(DiscreteColumn other, boolean[] kept, int limit) {
        byte[] y = other == null ? codes : other.codes;
        if (y.length != codes.length || (kept != null && kept.length != codes.length)) {
            throw new IllegalArgumentException("columns differ in length");
        }
        int[] rows = new int[Math.max(0, limit)];
        int found = 0;
        for (int r = 0; r < codes.length && found < rows.length; r++) {
            if (codes[r] == 0 || y[r] == 0 || (kept != null && !kept[r])) {
                rows[found++] = r;
            }
        }
        return Arrays.copyOf(rows, found);
    }

    /** The codes array itself, for the kernels of this package (never handed out). */
    byte[] codes() {
        return codes;
    }

    /**
     * Descriptive statistics from the value counts, the same quantities as {@link Descriptives#of} on the
     * values (equal to rounding in the last bits: the sums run over codes instead of rows).
     *
     * @return the statistics
     */
    public Descriptives descriptives() {
        int missing = codes.length - n;
        if (n == 0) {
            return new Descriptives(0, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, "not computable: no valid values");
        }
        double sum = 0;
        for (int c = 0; c < values.length; c++) {
            sum += counts[c] * values[c];
        }
        double mean = sum / n;
        double correction = 0;
        for (int c = 0; c < values.length; c++) {
            correction += counts[c] * (values[c] - mean);
        }
        mean += correction / n;
        double variance = Double.NaN;
        if (n > 1) {
            double ss = 0;
            for (int c = 0; c < values.length; c++) {
                double d = values[c] - mean;
                ss += counts[c] * d * d;
            }
            variance = ss / (n - 1);
        }
        double median = n % 2 == 1 ? valueAt(n / 2) : (valueAt(n / 2 - 1) + valueAt(n / 2)) / 2;
        return new Descriptives(n, missing, mean, Math.sqrt(variance), variance, valueAt(0), valueAt(n - 1), median,
                sum, null);
    }

    /**
     * {@link Descriptives#frequencies} from the counts: the same table.
     *
     * @param scaleValues the declared values, in display order
     * @return the table
     */
    public Descriptives.FrequencyTable frequencies(double[] scaleValues) {
        int[] at = new int[scaleValues.length];
        int other = n;
        for (int j = 0; j < scaleValues.length; j++) {
            for (int c = 0; c < values.length; c++) {
                if (values[c] == scaleValues[j]) {
                    at[j] += counts[c];
                }
            }
        }
        for (int c = 0; c < values.length; c++) {
            for (double scaleValue : scaleValues) {
                if (values[c] == scaleValue) {
                    other -= counts[c];
                    break;
                }
            }
        }
        int total = codes.length;
        int missing = total - n;
        int valid = total - missing;
        List<Descriptives.Frequency> rows = new ArrayList<>(scaleValues.length);
        for (int j = 0; j < scaleValues.length; j++) {
            rows.add(new Descriptives.Frequency(scaleValues[j], at[j], total == 0 ? Double.NaN : 100.0 * at[j] / total,
                    valid == 0 ? Double.NaN : 100.0 * at[j] / valid));
        }
        return new Descriptives.FrequencyTable(rows, missing, other, total);
    }

    /** The value at a 0-based position of the sorted non-missing values. */
    private double valueAt(int position) {
        int before = 0;
        for (int c = 0; c < values.length; c++) {
            before += counts[c];
            if (position < before) {
                return values[c];
            }
        }
        throw new IndexOutOfBoundsException(position);
    }
}
