package org.factorstudio.analysis.stats;

import java.util.Arrays;

/**
 * Index (scale) scores: the row-wise mean of the member items after reversal, with a minimum-valid
 * rule, plus for every row how many members were valid, so that a report can say how many
 * respondents each index lost and why.
 *
 * <p><b>Formula.</b> A reversed member is turned by its declared scale, x' = min + max - x (never by
 * the observed minimum and maximum, the trap of psych, JASP and jamovi). The score of a row is the mean
 * of its valid (reversed where declared) members if at least {@code minValid} members are valid, else
 * missing (NaN). This is SPSS {@code MEAN.n(a, b, c)} with n = {@code minValid}; {@code minValid} equal
 * to the number of members is SPSS {@code COMPUTE v = (a + b + c) / 3} and R
 * {@code rowMeans(M, na.rm = FALSE)} (the "all statements" rule), and {@code minValid = 1} is
 * {@code MEAN(a, b, c)} and R {@code rowMeans(M, na.rm = TRUE)} with all-missing rows set to NA.
 *
 * <p><b>Missing data.</b> NaN is missing. A value outside its member's declared [min, max] is counted
 * as not valid (it does not enter the mean) and counted in {@link #outOfScaleCells()}, so that it is
 * never averaged in silently; data validation should normally have rejected it earlier. Nothing is ever
 * imputed.
 *
 * <p>On coded answers with whole-number values ({@link #computeCoded}) the scores are kept as the codes
 * of their distinct values ({@link #discrete()}), one byte per row, rather than as doubles: the value of a
 * row is an exact fraction s / m of whole numbers, so its code comes from the pair (m, s) and no mean is
 * divided out or hashed. {@link #score} and {@link #scores} give the same bits either way.
 *
 * <p>Immutable: the arrays it is made of are copied or owned, and every array it hands out is a copy.
 */
public final class IndexScores {

    /** Rows per block of {@link #computeCoded}: 2,048 rows of sums and counts are 24 KB. */
    private static final int BLOCK = 2048;

    /** The scores as doubles, NaN = missing; null when they are kept as {@link #coded}. */
    private final double[] scores;
    /** The scores as codes of their distinct values; null when they are kept as {@link #scores}. */
    private final DiscreteColumn coded;
    /** Per row, the number of valid members: an int[] beside {@link #scores}, a byte[] beside {@link #coded}. */
    private final int[] validCounts;
    private final byte[] validBytes;
    private final int members;
    private final int minValid;
    private final int outOfScaleCells;
    private final int validScores;
    private final int rowsWithoutAnswers;

    /**
     * Scores given as doubles.
     *
     * @param scores the index value per row, NaN when missing (copied)
     * @param validCounts per row, the number of valid members (copied)
     * @param members number of member items
     * @param minValid the minimum-valid rule applied
     * @param outOfScaleCells number of non-missing cells outside their declared scale, treated as invalid
     */
    public IndexScores(double[] scores, int[] validCounts, int members, int minValid, int outOfScaleCells) {
        this(scores.clone(), null, sameLength(validCounts, scores.length).clone(), null, members, minValid,
                outOfScaleCells);
    }

    private static int[] sameLength(int[] validCounts, int rows) {
        if (validCounts.length != rows) {
            throw new IllegalArgumentException("one valid count per score: " + validCounts.length + " vs " + rows);
        }
        return validCounts;
    }

    private IndexScores(double[] scores, DiscreteColumn coded, int[] validCounts, byte[] validBytes, int members,
            int minValid, int outOfScaleCells) {
        this.scores = scores;
        this.coded = coded;
        this.validCounts = validCounts;
        this.validBytes = validBytes;
        this.members = members;
        this.minValid = minValid;
        this.outOfScaleCells = outOfScaleCells;
        int rows = rows();
        int valid = 0;
        int none = 0;
        for (int r = 0; r < rows; r++) {
            int count = validCount(r);
            valid += count >= minValid ? 1 : 0;
            none += count == 0 ? 1 : 0;
        }
        this.validScores = valid;
        this.rowsWithoutAnswers = none;
    }

    /**
     * Computes the scores with one declared scale for all members (the usual case, for example 1..5).
     *
     * @param members one array per member item, all of the same length (NaN = missing)
     * @param reversed which members are reverse-keyed
     * @param scaleMin declared minimum of the scale
     * @param scaleMax declared maximum of the scale
     * @param minValid minimum number of valid members for a score, 1..members
     * @return the scores
     */
    public static IndexScores compute(double[][] members, boolean[] reversed, double scaleMin, double scaleMax,
            int minValid) {
        double[] mins = new double[members.length];
        double[] maxs = new double[members.length];
        Arrays.fill(mins, scaleMin);
        Arrays.fill(maxs, scaleMax);
        return compute(members, reversed, mins, maxs, minValid);
    }

    /**
     * Computes the scores with a declared scale per member.
     *
     * @param members one array per member item, all of the same length (NaN = missing)
     * @param reversed which members are reverse-keyed
     * @param scaleMin declared minimum per member
     * @param scaleMax declared maximum per member
     * @param minValid minimum number of valid members for a score, 1..members
     * @return the scores
     */
    public static IndexScores compute(double[][] members, boolean[] reversed, double[] scaleMin, double[] scaleMax,
            int minValid) {
        int k = members.length;
        if (k == 0) {
            throw new IllegalArgumentException("an index needs at least one member");
        }
        if (reversed.length != k || scaleMin.length != k || scaleMax.length != k) {
            throw new IllegalArgumentException("reversed, scaleMin and scaleMax need one entry per member");
        }
        if (minValid < 1 || minValid > k) {
            throw new IllegalArgumentException("minValid must be in 1.." + k + ": " + minValid);
        }
        int rows = members[0].length;
        for (int j = 0; j < k; j++) {
            if (members[j].length != rows) {
                throw new IllegalArgumentException("members differ in length: " + members[j].length + " vs " + rows);
            }
            if (!(scaleMin[j] < scaleMax[j])) {
                throw new IllegalArgumentException("scale of member " + j + " is empty: " + scaleMin[j] + ".."
                        + scaleMax[j]);
            }
        }
        double[] scores = new double[rows];
        int[] valid = new int[rows];
        int outOfScale = 0;
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            int count = 0;
            for (int j = 0; j < k; j++) {
                double v = members[j][i];
                if (Double.isNaN(v)) {
                    continue;
                }
                if (v < scaleMin[j] || v > scaleMax[j]) {
                    outOfScale++;
                    continue;
                }
                sum += reversed[j] ? scaleMin[j] + scaleMax[j] - v : v;
                count++;
            }
            valid[i] = count;
            scores[i] = count >= minValid ? sum / count : Double.NaN;
        }
        return new IndexScores(scores, null, valid, null, k, minValid, outOfScale);
    }

    /**
     * {@link #compute(double[][], boolean[], double[], double[], int)} on coded items (code 0 missing,
     * value = code + offset), without turning them into doubles first; the scores are the same bits
     * (the sums are of small integers and so exact in either order).
     *
     * @param codes one array per member item, all of the same length
     * @param offsets per member, value = code + offset
     * @param reversed which members are reverse-keyed
     * @param scaleMin declared minimum per member
     * @param scaleMax declared maximum per member
     * @param minValid minimum number of valid members for a score, 1..members
     * @return the scores
     */
    public static IndexScores computeCoded(byte[][] codes, int[] offsets, boolean[] reversed, double[] scaleMin,
            double[] scaleMax, int minValid) {
        return computeCoded(codes, offsets, null, reversed, scaleMin, scaleMax, minValid);
    }

    /** @param largestCode per member the largest code in its column, or null when not known */
    private static IndexScores computeCoded(byte[][] codes, int[] offsets, int[] largestCode, boolean[] reversed,
            double[] scaleMin, double[] scaleMax, int minValid) {
        int k = codes.length;
        if (k == 0) {
            throw new IllegalArgumentException("an index needs at least one member");
        }
        if (offsets.length != k || reversed.length != k || scaleMin.length != k || scaleMax.length != k) {
            throw new IllegalArgumentException("offsets, reversed, scaleMin and scaleMax need one entry per member");
        }
        if (minValid < 1 || minValid > k) {
            throw new IllegalArgumentException("minValid must be in 1.." + k + ": " + minValid);
        }
        int rows = codes[0].length;
        for (int j = 0; j < k; j++) {
            if (codes[j].length != rows) {
                throw new IllegalArgumentException("members differ in length: " + codes[j].length + " vs " + rows);
            }
            if (!(scaleMin[j] < scaleMax[j])) {
                throw new IllegalArgumentException("scale of member " + j + " is empty: " + scaleMin[j] + ".."
                        + scaleMax[j]);
            }
        }
        IndexScores asCodes = CodedMeans.compute(codes, offsets, reversed, scaleMin, scaleMax, minValid, largestCode);
        if (asCodes != null) {
            return asCodes;
        }
        // per member and code: the value it adds (reversed where declared; 0 for code 0, missing, and for a
        // code out of the declared scale), whether it counts as valid, and whether it is out of scale; so the
        // loop below has no branch on the data (a tenth of the answers missing at random would make every
        // branch a coin toss)
        double[][] add = new double[k][Byte.MAX_VALUE + 1];
        int[][] counts = new int[k][Byte.MAX_VALUE + 1];
        int[][] outside = new int[k][Byte.MAX_VALUE + 1];
        for (int j = 0; j < k; j++) {
            for (int c = 1; c <= Byte.MAX_VALUE; c++) {
                double v = c + offsets[j];
                boolean inScale = v >= scaleMin[j] && v <= scaleMax[j];
                add[j][c] = !inScale ? 0 : reversed[j] ? scaleMin[j] + scaleMax[j] - v : v;
                counts[j][c] = inScale ? 1 : 0;
                outside[j][c] = inScale ? 0 : 1;
            }
        }
        double[] sums = new double[rows];
        int[] valid = new int[rows];
        int outOfScale = 0;
        // in blocks of rows, so that the running sums stay in the first-level cache while every member
        // adds to them (member by member over whole columns streams 12 bytes per row per member)
        for (int from = 0; from < rows; from += BLOCK) {
            int to = Math.min(rows, from + BLOCK);
            for (int j = 0; j < k; j++) {
                byte[] column = codes[j];
                double[] value = add[j];
                int[] count = counts[j];
                int[] out = outside[j];
                int negative = 0;
                for (int i = from; i < to; i++) {
                    int c = column[i];
                    negative |= c;
                    c &= Byte.MAX_VALUE;
                    // adding 0 to a sum of small integers changes no bit, so missing codes may add
                    sums[i] += value[c];
                    valid[i] += count[c];
                    outOfScale += out[c];
                }
                if (negative < 0) {
                    throw new IllegalArgumentException("negative code in member " + j + ", rows " + from + ".." + (to - 1));
                }
            }
            for (int i = from; i < to; i++) {
                sums[i] = valid[i] >= minValid ? sums[i] / valid[i] : Double.NaN;
            }
        }
        return new IndexScores(sums, null, valid, null, k, minValid, outOfScale);
    }

    /**
     * {@link #computeCoded(byte[][], int[], boolean[], double[], double[], int)} on coded item columns.
     *
     * @param members one coded column per member item ({@link DiscreteColumn#ofCodes})
     * @param reversed which members are reverse-keyed
     * @param scaleMin declared minimum per member
     * @param scaleMax declared maximum per member
     * @param minValid minimum number of valid members for a score, 1..members
     * @return the scores
     */
    public static IndexScores computeCoded(DiscreteColumn[] members, boolean[] reversed, double[] scaleMin,
            double[] scaleMax, int minValid) {
        byte[][] codes = new byte[members.length][];
        int[] offsets = new int[members.length];
        int[] largest = new int[members.length];
        for (int j = 0; j < members.length; j++) {
            codes[j] = members[j].codes();
            offsets[j] = members[j].codeCount() == 0 ? 0 : (int) members[j].value(1) - 1;
            largest[j] = members[j].codeCount();
        }
        return computeCoded(codes, offsets, largest, reversed, scaleMin, scaleMax, minValid);
    }

    /**
     * The scores coded as a {@link DiscreteColumn}: as they are kept when they came from codes, else coded from
     * the doubles without copying them first.
     *
     * @return the coded scores, or empty when they have too many distinct values
     */
    public java.util.Optional<DiscreteColumn> discrete() {
        return coded != null ? java.util.Optional.of(coded) : DiscreteColumn.ofMeans(scores, validCounts, members);
    }

    /** Package-private constructor of {@link CodedMeans}: scores kept as codes, valid counts one byte per row. */
    static IndexScores ofCodes(DiscreteColumn coded, byte[] validBytes, int members, int minValid, int outOfScaleCells) {
        return new IndexScores(null, coded, null, validBytes, members, minValid, outOfScaleCells);
    }

    /** @return a copy of the scores, NaN = missing */
    public double[] scores() {
        if (scores != null) {
            return scores.clone();
        }
        double[] out = new double[coded.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = score(r);
        }
        return out;
    }

    /** @return a copy of the per-row valid-member counts */
    public int[] validCounts() {
        if (validCounts != null) {
            return validCounts.clone();
        }
        int[] out = new int[validBytes.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = validBytes[r] & 0xff;
        }
        return out;
    }

    /**
     * @param row row index
     * @return the score of that row, NaN when missing
     */
    public double score(int row) {
        if (scores != null) {
            return scores[row];
        }
        int code = coded.code(row);
        return code == 0 ? Double.NaN : coded.value(code);
    }

    /**
     * @param row row index
     * @return the number of valid members in that row
     */
    public int validCount(int row) {
        return validCounts != null ? validCounts[row] : validBytes[row] & 0xff;
    }

    /** @return number of member items */
    public int members() {
        return members;
    }

    /** @return the minimum-valid rule applied */
    public int minValid() {
        return minValid;
    }

    /** @return number of non-missing cells outside their declared scale, treated as invalid */
    public int outOfScaleCells() {
        return outOfScaleCells;
    }

    /** @return number of rows */
    public int rows() {
        return scores != null ? scores.length : coded.rows();
    }

    /** @return rows with a score */
    public int validScores() {
        return validScores;
    }

    /** @return rows without a score for any reason */
    public int missingScores() {
        return rows() - validScores();
    }

    /** @return rows that answered no member at all */
    public int rowsWithoutAnswers() {
        return rowsWithoutAnswers;
    }

    /** @return rows that answered some members but fewer than {@code minValid}: lost to the rule itself */
    public int rowsLostToRule() {
        return missingScores() - rowsWithoutAnswers();
    }

    /**
     * Equal scores (the same bits, as {@link Arrays#equals(double[], double[])} compares them), valid counts,
     * members, rule and out-of-scale count, however they are kept; row by row, without copying either.
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IndexScores other) || members != other.members || minValid != other.minValid
                || outOfScaleCells != other.outOfScaleCells || rows() != other.rows()) {
            return false;
        }
        for (int r = 0; r < rows(); r++) {
            if (Double.doubleToLongBits(score(r)) != Double.doubleToLongBits(other.score(r))
                    || validCount(r) != other.validCount(r)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 7 * members + minValid;
        for (int r = 0; r < rows(); r++) {
            h = 31 * (31 * h + Double.hashCode(score(r))) + validCount(r);
        }
        return h;
    }

    @Override
    public String toString() {
        return "IndexScores[rows=" + rows() + ", members=" + members + ", minValid=" + minValid + ", valid="
                + validScores() + ", outOfScaleCells=" + outOfScaleCells + "]";
    }
}
