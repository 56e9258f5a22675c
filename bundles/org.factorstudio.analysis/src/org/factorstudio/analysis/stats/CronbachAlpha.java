package org.factorstudio.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Cronbach's alpha of a set of items (already reverse-coded), with standardized alpha and, for the
 * listwise version, item statistics.
 *
 * <p><b>Formulas.</b> alpha = k / (k - 1) * (1 - sum of item variances / variance of the total),
 * sample variances (n - 1). Standardized alpha = k rbar / (1 + (k - 1) rbar), rbar the mean of the
 * k (k - 1) / 2 inter-item Pearson correlations. Corrected item-total correlation = Pearson r of the
 * item with the sum of the other items; alpha if item deleted = alpha of the other k - 1 items on the
 * same rows.
 *
 * <p><b>Missing data</b>, declared by the factory used:
 * <ul>
 * <li>{@link #listwise}: only respondents who answered every item (SPSS RELIABILITY, and
 * {@code psych::alpha} on complete cases). {@code n} is that number.</li>
 * <li>{@link #pairwise}: {@code psych::alpha}'s default {@code use = "pairwise"}: the covariance
 * matrix C from pairwise-complete pairs (each pair with its own means), item variances from all
 * answers to the item; alpha = (1 - tr(C) / sum(C)) k / (k - 1), standardized alpha from
 * {@code cov2cor(C)} as psych does. {@code n} is the smallest pairwise n. No item statistics.</li>
 * </ul>
 *
 * <p><b>Not computable</b> (alpha NaN with a note, never 0): fewer than 2 items; fewer than 2 rows (for
 * some pair, when pairwise); zero variance of the total score; an infinite value. An item with zero
 * variance leaves alpha defined but makes the correlations involving it, and so standardized alpha,
 * rbar and its item-total r, NaN. A negative alpha is a legitimate value and is reported as such.
 *
 * @param pairwiseDeletion true for {@link #pairwise}, false for {@link #listwise}
 * @param k number of items
 * @param n rows used (listwise), or smallest pairwise n
 * @param alpha Cronbach's alpha (raw)
 * @param standardizedAlpha alpha from the mean inter-item correlation
 * @param meanInterItemR rbar
 * @param items per-item statistics (listwise only; empty for pairwise or when not computable)
 * @param note null when alpha is defined, else why not
 */
public record CronbachAlpha(boolean pairwiseDeletion, int k, int n, double alpha, double standardizedAlpha,
        double meanInterItemR, List<ItemStatistics> items, String note) {

    /**
     * Statistics of one item on the listwise rows.
     *
     * @param item index of the item in the input
     * @param mean mean of the item
     * @param sd sample standard deviation (n - 1)
     * @param correctedItemTotalR Pearson r of the item with the sum of the other items (NaN when either
     *        is constant)
     * @param alphaIfDeleted alpha of the remaining items (NaN when fewer than 2 remain or their total
     *        is constant)
     */
    public record ItemStatistics(int item, double mean, double sd, double correctedItemTotalR,
            double alphaIfDeleted) {
    }

    /** Defensive copy, so that the record stays immutable. */
    public CronbachAlpha {
        items = List.copyOf(items);
    }

    /** @return true when alpha is defined */
    public boolean isComputable() {
        return note == null;
    }

    /**
     * Items whose corrected item-total correlation is negative: they probably need reversing (or are
     * reversed wrongly), which the report should flag.
     *
     * @return indices of such items, in input order
     */
    public List<Integer> negativelyCorrelatedItems() {
        List<Integer> out = new ArrayList<>();
        for (ItemStatistics s : items) {
            if (s.correctedItemTotalR() < 0) {
                out.add(s.item());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Alpha over the respondents who answered all items (SPSS RELIABILITY).
     *
     * @param items one array per item, all the same length (NaN = missing), already reverse-coded
     * @return the result, with item statistics
     */
    public static CronbachAlpha listwise(double[][] items) {
        int k = items.length;
        int rows = checkRows(items);
        int n = 0;
        boolean[] complete = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            complete[i] = true;
            for (double[] item : items) {
                complete[i] &= !Double.isNaN(item[i]);
            }
            n += complete[i] ? 1 : 0;
        }
        double[][] x = new double[k][n];
        for (int j = 0; j < k; j++) {
            for (int i = 0, r = 0; i < rows; i++) {
                if (complete[i]) {
                    x[j][r++] = items[j][i];
                }
            }
        }
        String problem = problem(k, n, x);
        if (problem != null) {
            return notComputable(false, k, n, problem);
        }
        double[] total = new double[n];
        for (double[] item : x) {
            for (int i = 0; i < n; i++) {
                total[i] += item[i];
            }
        }
        double alpha = alphaOf(x, total, -1);
        if (Double.isNaN(alpha)) {
            return notComputable(false, k, n, "zero variance of the total score");
        }
        double rSum = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                rSum += correlation(x[a], x[b]);
            }
        }
        double rbar = rSum / (k * (k - 1) / 2.0);
        List<ItemStatistics> stats = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            double[] rest = new double[n];
            for (int i = 0; i < n; i++) {
                rest[i] = total[i] - x[j][i];
            }
            stats.add(new ItemStatistics(j, Correlations.mean(x[j]), Math.sqrt(variance(x[j])),
                    correlation(x[j], rest), k > 2 ? alphaOf(x, rest, j) : Double.NaN));
        }
        return new CronbachAlpha(false, k, n, alpha, standardized(k, rbar), rbar, stats, null);
    }

    /**
     * Alpha from the pairwise-complete covariance matrix ({@code psych::alpha} default).
     *
     * @param items one array per item, all the same length (NaN = missing), already reverse-coded
     * @return the result, without item statistics; n is the smallest pairwise n
     */
    public static CronbachAlpha pairwise(double[][] items) {
        int k = items.length;
        int rows = checkRows(items);
        if (k < 2) {
            return notComputable(true, k, 0, "fewer than 2 items");
        }
        double[][] c = new double[k][k];
        int minN = Integer.MAX_VALUE;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double[][] xy = Correlations.complete(items[a], items[b]);
                int n = xy[0].length;
                minN = Math.min(minN, n);
                for (double[] col : xy) {
                    for (double v : col) {
                        if (Double.isInfinite(v)) {
                            return notComputable(true, k, minN, "infinite value");
                        }
                    }
                }
                if (n < 2) {
                    return notComputable(true, k, n, "fewer than 2 rows for items " + a + " and " + b);
                }
                c[a][b] = covariance(xy[0], xy[1]);
                c[b][a] = c[a][b];
            }
        }
        return pairwiseFromCovariances(k, minN, c);
    }

    private static CronbachAlpha pairwiseFromCovariances(int k, int minN, double[][] c) {
        double trace = 0;
        double sum = 0;
        double sumR = 0;
        for (int a = 0; a < k; a++) {
            trace += c[a][a];
            for (int b = 0; b < k; b++) {
                sum += c[a][b];
                sumR += c[a][b] / Math.sqrt(c[a][a] * c[b][b]);
            }
        }
        if (!(sum > 0)) {
            // sum(C) is the variance of the total as far as the pairs can tell
            return notComputable(true, k, minN, "zero variance of the total score");
        }
        double alpha = (1 - trace / sum) * k / (k - 1.0);
        double rbar = (sumR - k) / (k * (k - 1.0));
        return new CronbachAlpha(true, k, minN, alpha, standardized(k, rbar), rbar, List.of(), null);
    }

    /**
     * {@link #listwise(double[][])} on coded items: the same statistics from exact integer sums over the
     * codes (n sum xy - sum x sum y per pair: from bit planes, {@link PairMoments}, for codes up to 7, else from
     * one joint table per pair), equal to the general path
     * to rounding in the last bits. Reversal (min + max - x) flips the sign of an item's covariances and
     * turns its mean; it needs no pass over the rows.
     *
     * @param items the items as coded, not reversed
     * @param reversed which items are reverse-keyed
     * @param turn per item min + max of its declared scale (used where reversed)
     * @return the result, with item statistics
     */
    public static CronbachAlpha listwise(DiscreteColumn[] items, boolean[] reversed, double[] turn) {
        return listwise(items, reversed, turn, THREADS);
    }

    /**
     * {@link #listwise(DiscreteColumn[], boolean[], double[])} with a given number of worker threads.
     *
     * @param items the items as coded, not reversed
     * @param reversed which items are reverse-keyed
     * @param turn per item min + max of its declared scale (used where reversed)
     * @param threads worker threads for the sums over the rows (1: the calling thread alone, for a caller that
     *        runs several of these side by side)
     * @return the result, with item statistics
     */
    public static CronbachAlpha listwise(DiscreteColumn[] items, boolean[] reversed, double[] turn, int threads) {
        int k = items.length;
        int rows = checkRows(items, reversed, turn);
        byte[] complete = new byte[rows];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            boolean all = true;
            for (DiscreteColumn item : items) {
                all &= item.codes()[r] != 0;
            }
            complete[r] = (byte) (all ? 1 : 0);
            n += all ? 1 : 0;
        }
        if (k < 2) {
            return notComputable(false, k, n, "fewer than 2 items");
        }
        if (n < 2) {
            return notComputable(false, k, n, "fewer than 2 complete rows");
        }
        // the codes of the complete rows only; then every pair's table is over the same n rows
        byte[][] masked = new byte[k][];
        for (int j = 0; j < k; j++) {
            masked[j] = items[j].codes().clone();
            for (int r = 0; r < rows; r++) {
                if (complete[r] == 0) {
                    masked[j][r] = 0;
                }
            }
        }
        int codes = 0;
        for (DiscreteColumn item : items) {
            codes = Math.max(codes, item.codeCount());
        }
        long[][] sums = new long[k][2];
        long[][] cross = new long[k][k];
        if (codes <= PairMoments.MAX_CODE) {
            // the sums of codes and of products from bit planes (the joint tables hold more than alpha needs)
            PairMoments moments = PairMoments.of(masked, threads);
            for (int a = 0; a < k; a++) {
                sums[a][0] = moments.sum(a, a);
                sums[a][1] = moments.sumOfProducts(a, a);
                for (int b = a; b < k; b++) {
                    cross[a][b] = moments.sumOfProducts(a, b);
                    cross[b][a] = cross[a][b];
                }
            }
        } else {
            int[][] own = new int[k][codes];
            int[] tables = LikertSpearmanMatrix.jointCounts(masked, codes, threads, own);
            for (int a = 0; a < k; a++) {
                for (int c = 1; c <= codes; c++) {
                    sums[a][0] += (long) c * own[a][c - 1];
                    sums[a][1] += (long) c * c * own[a][c - 1];
                }
                cross[a][a] = sums[a][1];
                for (int b = a + 1; b < k; b++) {
                    cross[a][b] = crossSum(tables, pairIndex(a, b, k) * codes * codes, codes);
                    cross[b][a] = cross[a][b];
                }
            }
        }
        long[][] numerator = new long[k][k]; // n(n - 1) times the covariance, exact
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                long nm = n * cross[a][b] - sums[a][0] * sums[b][0];
                numerator[a][b] = reversed[a] != reversed[b] ? -nm : nm;
            }
        }
        double scale = (double) n * (n - 1);
        long totalNum = 0;
        long traceNum = 0;
        for (int a = 0; a < k; a++) {
            traceNum += numerator[a][a];
            for (int b = 0; b < k; b++) {
                totalNum += numerator[a][b];
            }
        }
        if (totalNum == 0) {
            return notComputable(false, k, n, "zero variance of the total score");
        }
        double alpha = k / (k - 1.0) * (1 - (traceNum / scale) / (totalNum / scale));
        double rSum = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                rSum += correlation(numerator[a][b], numerator[a][a], numerator[b][b]);
            }
        }
        double rbar = rSum / (k * (k - 1) / 2.0);
        List<ItemStatistics> stats = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            long restNum = 0;
            long itemRestNum = 0;
            long restTraceNum = 0;
            for (int a = 0; a < k; a++) {
                if (a == j) {
                    continue;
                }
                itemRestNum += numerator[j][a];
                restTraceNum += numerator[a][a];
                for (int b = 0; b < k; b++) {
                    if (b != j) {
                        restNum += numerator[a][b];
                    }
                }
            }
            double offset = items[j].value(1) - 1; // value = code + offset
            double mean = offset + (double) sums[j][0] / n;
            if (reversed[j]) {
                mean = turn[j] - mean;
            }
            double alphaIfDeleted = k > 2 && restNum != 0
                    ? (k - 1) / (k - 2.0) * (1 - (restTraceNum / scale) / (restNum / scale))
                    : Double.NaN;
            stats.add(new ItemStatistics(j, mean, Math.sqrt(numerator[j][j] / scale),
                    correlation(itemRestNum, numerator[j][j], restNum), alphaIfDeleted));
        }
        return new CronbachAlpha(false, k, n, alpha, standardized(k, rbar), rbar, stats, null);
    }

    /**
     * {@link #pairwise(double[][])} on coded items, from exact integer sums per pair (each pair with its
     * own rows and means, item variances from all answers to the item).
     *
     * @param items the items as coded, not reversed
     * @param reversed which items are reverse-keyed
     * @param turn per item min + max of its declared scale (unused here: covariances do not depend on it)
     * @return the result, without item statistics; n is the smallest pairwise n
     */
    public static CronbachAlpha pairwise(DiscreteColumn[] items, boolean[] reversed, double[] turn) {
        return pairwise(items, reversed, turn, THREADS);
    }

    /**
     * {@link #pairwise(DiscreteColumn[], boolean[], double[])} with a given number of worker threads.
     *
     * @param items the items as coded, not reversed
     * @param reversed which items are reverse-keyed
     * @param turn per item min + max of its declared scale (unused here: covariances do not depend on it)
     * @param threads worker threads for the sums over the rows (1: the calling thread alone, for a caller that
     *        runs several of these side by side)
     * @return the result, without item statistics; n is the smallest pairwise n
     */
    public static CronbachAlpha pairwise(DiscreteColumn[] items, boolean[] reversed, double[] turn, int threads) {
        int k = items.length;
        checkRows(items, reversed, turn);
        if (k < 2) {
            return notComputable(true, k, 0, "fewer than 2 items");
        }
        double[][] c = new double[k][k];
        int minN = Integer.MAX_VALUE;
        int codes = 0;
        byte[][] columns = new byte[k][];
        for (int j = 0; j < k; j++) {
            codes = Math.max(codes, items[j].codeCount());
            columns[j] = items[j].codes();
        }
        // the sums of codes and of products from bit planes where the codes fit in them, else from joint tables
        PairMoments planes = codes <= PairMoments.MAX_CODE ? PairMoments.of(columns, threads) : null;
        int[] tables = planes != null ? null : LikertSpearmanMatrix.jointCounts(columns, codes, threads, new int[k][codes]);
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                long[] m;
                if (a == b) {
                    long sx = 0;
                    long sxx = 0;
                    for (int code = 1; code <= items[a].codeCount(); code++) {
                        sx += (long) code * items[a].count(code);
                        sxx += (long) code * code * items[a].count(code);
                    }
                    m = new long[] {items[a].n(), sx, sx, sxx};
                } else if (planes != null) {
                    m = new long[] {planes.n(a, b), planes.sum(a, b), planes.sum(b, a), planes.sumOfProducts(a, b)};
                } else {
                    m = moments(tables, pairIndex(a, b, k) * codes * codes, codes);
                }
                int n = (int) m[0];
                minN = Math.min(minN, n);
                if (n < 2) {
                    return notComputable(true, k, n, "fewer than 2 rows for items " + a + " and " + b);
                }
                long nm = n * m[3] - m[1] * m[2];
                c[a][b] = (reversed[a] != reversed[b] ? -nm : nm) / ((double) n * (n - 1));
                c[b][a] = c[a][b];
            }
        }
        return pairwiseFromCovariances(k, minN, c);
    }

    /** Worker threads for the sums over the rows of one index's items, where the caller does not say. */
    private static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    /** Offset of pair (i, j), i &lt; j, in the upper-triangle pair order of {@link LikertSpearmanMatrix#jointCounts}. */
    private static int pairIndex(int i, int j, int cols) {
        return i * (2 * cols - i - 1) / 2 + (j - i - 1);
    }

    /** n, sum x, sum y, sum xy over the codes (1..K, not values) of one K x K table. */
    private static long[] moments(int[] tables, int off, int codes) {
        long[] m = new long[4];
        for (int a = 1; a <= codes; a++) {
            for (int b = 1; b <= codes; b++) {
                long c = tables[off + (a - 1) * codes + b - 1];
                m[0] += c;
                m[1] += c * a;
                m[2] += c * b;
                m[3] += c * a * b;
            }
        }
        return m;
    }

    /** sum xy over the codes of one K x K table. */
    private static long crossSum(int[] tables, int off, int codes) {
        return moments(tables, off, codes)[3];
    }

    /** Pearson r from covariance numerators, NaN when either variance is zero (a constant column). */
    private static double correlation(long xy, long xx, long yy) {
        if (xx == 0 || yy == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, xy / Math.sqrt((double) xx * (double) yy)));
    }

    private static int checkRows(DiscreteColumn[] items, boolean[] reversed, double[] turn) {
        if (reversed.length != items.length || turn.length != items.length) {
            throw new IllegalArgumentException("reversed and turn need one entry per item");
        }
        int rows = items.length == 0 ? 0 : items[0].rows();
        for (DiscreteColumn item : items) {
            if (item.rows() != rows) {
                throw new IllegalArgumentException("items differ in length: " + item.rows() + " vs " + rows);
            }
        }
        return rows;
    }

    private static CronbachAlpha notComputable(boolean pairwise, int k, int n, String why) {
        return new CronbachAlpha(pairwise, k, n, Double.NaN, Double.NaN, Double.NaN, List.of(),
                "not computable: " + why);
    }

    private static double standardized(int k, double rbar) {
        return k * rbar / (1 + (k - 1) * rbar);
    }

    /** Alpha of all items but {@code skip} (-1: none), given their row totals. NaN for a constant total. */
    private static double alphaOf(double[][] x, double[] total, int skip) {
        if (Correlations.isConstant(total)) {
            return Double.NaN;
        }
        int k = 0;
        double sumVar = 0;
        for (int j = 0; j < x.length; j++) {
            if (j != skip) {
                sumVar += variance(x[j]);
                k++;
            }
        }
        return k / (k - 1.0) * (1 - sumVar / variance(total));
    }

    private static String problem(int k, int n, double[][] x) {
        if (k < 2) {
            return "fewer than 2 items";
        }
        if (n < 2) {
            return "fewer than 2 complete rows";
        }
        for (double[] c : x) {
            for (double v : c) {
                if (Double.isInfinite(v)) {
                    return "infinite value";
                }
            }
        }
        return null;
    }

    private static int checkRows(double[][] items) {
        int rows = items.length == 0 ? 0 : items[0].length;
        for (double[] item : items) {
            if (item.length != rows) {
                throw new IllegalArgumentException("items differ in length: " + item.length + " vs " + rows);
            }
        }
        return rows;
    }

    /** Pearson r, NaN when either column is constant. */
    private static double correlation(double[] a, double[] b) {
        if (Correlations.isConstant(a) || Correlations.isConstant(b)) {
            return Double.NaN;
        }
        return Correlations.pearsonOfComplete(a, b);
    }

    private static double variance(double[] a) {
        return covariance(a, a);
    }

    private static double covariance(double[] a, double[] b) {
        double ma = Correlations.mean(a);
        double mb = Correlations.mean(b);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.length - 1);
    }
}
