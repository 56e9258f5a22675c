package org.factorstudio.analysis.stats;

import org.factorstudio.analysis.stats.CorrelationResult.Method;
import org.factorstudio.analysis.stats.CorrelationResult.PSource;

/**
 * The joint frequency table of two {@link DiscreteColumn}s over the rows where both are present, and
 * Pearson's r, Spearman's rho and Kendall's tau-b computed from it without a sort. The results are
 * those of {@link Correlations} on the same rows (pairwise deletion; tests check equality to 1e-12,
 * Kendall's tau-b is computed from the same integer counts and is bit-identical), with the same p-value
 * conventions and the same "not computable" rules.
 *
 * <p><b>Formulas.</b> With n_ab the count of rows with the a-th value of x and the b-th of y, margins
 * r_a and c_b, the mid-rank of the a-th value on exactly these rows is R_a = r_1 + ... + r_(a-1) +
 * (r_a + 1) / 2 (likewise S_b), so rho = sum n_ab (R_a - m)(S_b - m) / sqrt(sum r_a (R_a - m)^2 sum c_b
 * (S_b - m)^2), m = (n + 1) / 2: term by term the Pearson correlation of the re-ranked pair. Pearson's r
 * is the same sum over the values with their means (R's corrected two-pass mean). For tau-b the ties
 * come from the margins and the cells, and the discordant pairs D = sum over a &lt; a', b &gt; b' of
 * n_ab n_a'b' from running sums; S = n0 - n1 - n2 + n3 - 2D as in Knight's method.
 *
 * <p><b>Strata.</b> {@link #count} can split the rows into up to 8 strata (for example "complete for
 * the partial correlations" and "complete for the listwise matrix") so that one pass over the rows
 * gives the pairwise table and the listwise ones; {@link #of} adds up the strata that are asked for.
 */
public final class JointTable {

    private final DiscreteColumn x;
    private final DiscreteColumn y;
    private final int kx;
    private final int ky;
    private final long[] counts; // kx * ky, code a-1 of x by code b-1 of y
    private final long[] rx;
    private final long[] ry;
    private final long n;

    private JointTable(DiscreteColumn x, DiscreteColumn y, long[] counts) {
        this.x = x;
        this.y = y;
        this.kx = x.codeCount();
        this.ky = y.codeCount();
        this.counts = counts;
        this.rx = new long[kx];
        this.ry = new long[ky];
        long total = 0;
        for (int a = 0; a < kx; a++) {
            for (int b = 0; b < ky; b++) {
                long c = counts[a * ky + b];
                rx[a] += c;
                ry[b] += c;
                total += c;
            }
        }
        this.n = total;
    }

    /**
     * Counts the rows of two columns into one table per stratum, missing codes included.
     *
     * @param x a column
     * @param y a column of the same length
     * @param strata per row a stratum 0..(strataCount - 1), or null for one stratum
     * @param strataCount number of strata, 1..8
     * @return the raw counts, laid out [stratum][code of x 0..Kx][code of y 0..Ky]
     */
    public static int[] count(DiscreteColumn x, DiscreteColumn y, byte[] strata, int strataCount) {
        if (x.rows() != y.rows() || (strata != null && strata.length != x.rows())) {
            throw new IllegalArgumentException("columns differ in length: " + x.rows() + " vs " + y.rows());
        }
        if (strataCount < 1 || strataCount > 8 || (strata == null && strataCount != 1)) {
            throw new IllegalArgumentException("strata must be 1..8: " + strataCount);
        }
        int ky1 = y.codeCount() + 1;
        int layer = (x.codeCount() + 1) * ky1;
        int[] t = new int[layer * strataCount];
        byte[] xc = x.codes();
        byte[] yc = y.codes();
        int rows = xc.length;
        if (strata == null) {
            for (int r = 0; r < rows; r++) {
                t[(xc[r] & 0xff) * ky1 + (yc[r] & 0xff)]++;
            }
        } else {
            for (int r = 0; r < rows; r++) {
                t[strata[r] * layer + (xc[r] & 0xff) * ky1 + (yc[r] & 0xff)]++;
            }
        }
        return t;
    }

    /**
     * The codes of x combined with each row's stratum, {@code stratum * (Kx + 1) + code}, made once per
     * column for {@link #count(short[], DiscreteColumn, DiscreteColumn, int)}: every pair with x then reads
     * one array instead of two and does one multiplication less per row (about 30% less time for the
     * tables of 30 index variables).
     *
     * @param x a column
     * @param strata per row a stratum 0..7, or null for one stratum
     * @return the combined codes
     */
    public static short[] stratified(DiscreteColumn x, byte[] strata) {
        if (strata != null && strata.length != x.rows()) {
            throw new IllegalArgumentException("strata differ in length: " + strata.length + " vs " + x.rows());
        }
        byte[] xc = x.codes();
        int kx1 = x.codeCount() + 1;
        short[] out = new short[xc.length];
        for (int r = 0; r < xc.length; r++) {
            out[r] = (short) ((strata == null ? 0 : strata[r]) * kx1 + (xc[r] & 0xff));
        }
        return out;
    }

    /**
     * {@link #count(DiscreteColumn, DiscreteColumn, byte[], int)} from the stratified codes of x.
     *
     * @param stratifiedX {@link #stratified} of x and the strata
     * @param x the column stratifiedX was made of
     * @param y a column of the same length
     * @param strataCount number of strata, 1..8 (all strata in stratifiedX below it)
     * @return the raw counts, laid out as {@link #count(DiscreteColumn, DiscreteColumn, byte[], int)} lays them out
     */
    public static int[] count(short[] stratifiedX, DiscreteColumn x, DiscreteColumn y, int strataCount) {
        requireCountable(stratifiedX, x, y, strataCount);
        int ky1 = y.codeCount() + 1;
        int[] t = new int[(x.codeCount() + 1) * ky1 * strataCount];
        byte[] yc = y.codes();
        for (int r = 0; r < yc.length; r++) {
            t[stratifiedX[r] * ky1 + (yc[r] & 0xff)]++;
        }
        return t;
    }

    /**
     * {@link #count(short[], DiscreteColumn, DiscreteColumn, int)} of x against several columns: four at a time
     * in one pass over the rows, x read once for the four and their tables counted side by side (four
     * independent increments in flight), the rest one by one (about a quarter less time for the tables of 30
     * index variables on a million respondents with the quick JIT, C1).
     *
     * @param stratifiedX {@link #stratified} of x and the strata
     * @param x the column stratifiedX was made of
     * @param ys columns of the same length
     * @param strataCount number of strata, 1..8 (all strata in stratifiedX below it)
     * @return per column of ys, the raw counts as {@link #count(short[], DiscreteColumn, DiscreteColumn, int)}
     *         gives them
     */
    public static int[][] count(short[] stratifiedX, DiscreteColumn x, DiscreteColumn[] ys, int strataCount) {
        int[][] tables = new int[ys.length][];
        int j = 0;
        for (; j + 4 <= ys.length; j += 4) {
            countFour(stratifiedX, x, ys, j, strataCount, tables);
        }
        for (; j < ys.length; j++) {
            tables[j] = count(stratifiedX, x, ys[j], strataCount);
        }
        return tables;
    }

    private static void countFour(short[] sx, DiscreteColumn x, DiscreteColumn[] ys, int from, int strataCount,
            int[][] tables) {
        for (int j = from; j < from + 4; j++) {
            requireCountable(sx, x, ys[j], strataCount);
        }
        int k0 = ys[from].codeCount() + 1;
        int k1 = ys[from + 1].codeCount() + 1;
        int k2 = ys[from + 2].codeCount() + 1;
        int k3 = ys[from + 3].codeCount() + 1;
        int layers = (x.codeCount() + 1) * strataCount;
        int[] t0 = new int[layers * k0];
        int[] t1 = new int[layers * k1];
        int[] t2 = new int[layers * k2];
        int[] t3 = new int[layers * k3];
        byte[] y0 = ys[from].codes();
        byte[] y1 = ys[from + 1].codes();
        byte[] y2 = ys[from + 2].codes();
        byte[] y3 = ys[from + 3].codes();
        for (int r = 0; r < sx.length; r++) {
            int s = sx[r];
            t0[s * k0 + (y0[r] & 0xff)]++;
            t1[s * k1 + (y1[r] & 0xff)]++;
            t2[s * k2 + (y2[r] & 0xff)]++;
            t3[s * k3 + (y3[r] & 0xff)]++;
        }
        tables[from] = t0;
        tables[from + 1] = t1;
        tables[from + 2] = t2;
        tables[from + 3] = t3;
    }

    private static void requireCountable(short[] stratifiedX, DiscreteColumn x, DiscreteColumn y, int strataCount) {
        if (stratifiedX.length != y.rows() || x.rows() != y.rows()) {
            throw new IllegalArgumentException("columns differ in length: " + stratifiedX.length + " vs " + y.rows());
        }
        if (strataCount < 1 || strataCount > 8) {
            throw new IllegalArgumentException("strata must be 1..8: " + strataCount);
        }
    }

    /**
     * The table of the rows where both are present and whose stratum has all bits of {@code required}.
     *
     * @param x the first column given to {@link #count}
     * @param y the second column given to {@link #count}
     * @param raw the counts from {@link #count}
     * @param required stratum bits a row must have (0: all rows)
     * @return the table
     */
    public static JointTable of(DiscreteColumn x, DiscreteColumn y, int[] raw, int required) {
        int kx = x.codeCount();
        int ky = y.codeCount();
        int ky1 = ky + 1;
        int layer = (kx + 1) * ky1;
        long[] counts = new long[kx * ky];
        for (int s = 0; s * layer < raw.length; s++) {
            if ((s & required) != required) {
                continue;
            }
            for (int a = 1; a <= kx; a++) {
                for (int b = 1; b <= ky; b++) {
                    counts[(a - 1) * ky + b - 1] += raw[s * layer + a * ky1 + b];
                }
            }
        }
        return new JointTable(x, y, counts);
    }

    /**
     * The table over all rows where both are present.
     *
     * @param x a column
     * @param y a column of the same length
     * @return the table
     */
    public static JointTable of(DiscreteColumn x, DiscreteColumn y) {
        return of(x, y, count(x, y, null, 1), 0);
    }

    /** @return rows where both are present */
    public int n() {
        return (int) n;
    }

    /**
     * @param a code of x, 1..Kx
     * @param b code of y, 1..Ky
     * @return the count of rows with both codes
     */
    public long count(int a, int b) {
        return counts[(a - 1) * ky + b - 1];
    }

    /**
     * @param ofX true for x, false for y
     * @return how many distinct values that column takes on these rows
     */
    public int distinct(boolean ofX) {
        return used(ofX ? rx : ry);
    }

    /** Why there is no correlation on these rows (as {@link Correlations}), or null. */
    private String problem() {
        if (n < 3) {
            return "n < 3";
        }
        if (used(rx) < 2 || used(ry) < 2) {
            return "zero variance";
        }
        return null;
    }

    private static int used(long[] margin) {
        int used = 0;
        for (long m : margin) {
            used += m > 0 ? 1 : 0;
        }
        return used;
    }

    /**
     * Spearman's rho and its test, as {@link Correlations#spearman(double[], double[], PValueMode)}.
     *
     * @param mode p-value convention
     * @return the result
     */
    public CorrelationResult spearman(PValueMode mode) {
        String problem = problem();
        if (problem != null) {
            return CorrelationResult.notComputable(Method.SPEARMAN, n(), 0, problem);
        }
        double rho = spearmanRho();
        CorrelationResult t = Correlations.tTest(Method.SPEARMAN, n(), 0, rho);
        if (mode == PValueMode.R_EXACT && n <= As89.MAX_N && !hasTies(rx) && !hasTies(ry)) {
            PSource source = n <= As89.EXACT_MAX_N ? PSource.AS89_EXACT : PSource.AS89_EDGEWORTH;
            return CorrelationResult.of(Method.SPEARMAN, n(), 0, rho, t.statistic(), t.df(), As89.twoSidedP(n(), rho),
                    source);
        }
        return t;
    }

    private static boolean hasTies(long[] margin) {
        for (long m : margin) {
            if (m > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spearman's rho alone, NaN when not computable.
     *
     * @return rho
     */
    public double spearmanRho() {
        if (problem() != null) {
            return Double.NaN;
        }
        double centre = (n + 1) / 2.0;
        double[] rankX = new double[kx];
        double[] rankY = new double[ky];
        double sxx = LikertSpearmanMatrix.centredRanks(rx, centre, rankX);
        double syy = LikertSpearmanMatrix.centredRanks(ry, centre, rankY);
        return clamp(cross(rankX, rankY) / Math.sqrt(sxx * syy));
    }

    /**
     * Pearson's r and its test, as {@link Correlations#pearson}.
     *
     * @return the result
     */
    public CorrelationResult pearson() {
        String problem = problem();
        if (problem != null) {
            return CorrelationResult.notComputable(Method.PEARSON, n(), 0, problem);
        }
        return Correlations.tTest(Method.PEARSON, n(), 0, pearsonR());
    }

    /**
     * Pearson's r alone, NaN when not computable.
     *
     * @return r
     */
    public double pearsonR() {
        if (problem() != null) {
            return Double.NaN;
        }
        double[] dx = new double[kx];
        double[] dy = new double[ky];
        double sxx = centred(x, rx, dx);
        double syy = centred(y, ry, dy);
        return clamp(cross(dx, dy) / Math.sqrt(sxx * syy));
    }

    /**
     * Kendall's tau-b and its normal-approximation test, as {@link Correlations#kendallTauB}.
     *
     * @return the result
     */
    public CorrelationResult kendallTauB() {
        return kendallTauB(PValueMode.T_APPROXIMATION);
    }

    /**
     * Kendall's tau-b, as {@link Correlations#kendallTauB(double[], double[], PValueMode)}.
     *
     * @param mode p-value convention
     * @return the result
     */
    public CorrelationResult kendallTauB(PValueMode mode) {
        String problem = problem();
        if (problem != null) {
            return CorrelationResult.notComputable(Method.KENDALL_TAU_B, n(), 0, problem);
        }
        Correlations.TieSums xt = new Correlations.TieSums();
        Correlations.TieSums yt = new Correlations.TieSums();
        Correlations.TieSums joint = new Correlations.TieSums();
        for (long t : rx) {
            if (t > 0) {
                xt.add(t);
            }
        }
        for (long t : ry) {
            if (t > 0) {
                yt.add(t);
            }
        }
        // discordant: x strictly above, y strictly below; column sums over the x codes above a
        long[] above = new long[ky];
        long discordant = 0;
        for (int a = kx - 1; a >= 0; a--) {
            long below = 0; // sum of above[b'] for b' < b
            for (int b = 0; b < ky; b++) {
                discordant += counts[a * ky + b] * below;
                below += above[b];
            }
            for (int b = 0; b < ky; b++) {
                above[b] += counts[a * ky + b];
            }
        }
        for (long c : counts) {
            if (c > 0) {
                joint.add(c);
            }
        }
        return Correlations.kendallFromCounts((int) n, xt, yt, joint, discordant, mode);
    }

    /** sum over cells of n_ab * u_a * v_b, rows of x outer as in the general path's single sum. */
    private double cross(double[] u, double[] v) {
        double s = 0;
        for (int a = 0; a < kx; a++) {
            if (rx[a] == 0) {
                continue;
            }
            double row = 0;
            for (int b = 0; b < ky; b++) {
                row += counts[a * ky + b] * v[b];
            }
            s += u[a] * row;
        }
        return s;
    }

    /** Value minus the (R-corrected) mean of each code into {@code d}; returns the sum of squares. */
    private double centred(DiscreteColumn c, long[] margin, double[] d) {
        double sum = 0;
        for (int a = 0; a < margin.length; a++) {
            sum += margin[a] * c.value(a + 1);
        }
        double mean = sum / n;
        double correction = 0;
        for (int a = 0; a < margin.length; a++) {
            correction += margin[a] * (c.value(a + 1) - mean);
        }
        mean += correction / n;
        double ss = 0;
        for (int a = 0; a < margin.length; a++) {
            d[a] = c.value(a + 1) - mean;
            ss += margin[a] * d[a] * d[a];
        }
        return ss;
    }

    private static double clamp(double r) {
        return Math.max(-1, Math.min(1, r));
    }
}
