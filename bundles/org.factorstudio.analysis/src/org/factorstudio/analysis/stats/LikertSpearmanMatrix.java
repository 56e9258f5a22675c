package org.factorstudio.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factorstudio.analysis.stats.CorrelationResult.Method;

/**
 * The pairwise Spearman matrix (rho, n, two-tailed t-approximation p) of many integer-coded columns
 * with few distinct values, such as Likert items, computed from joint frequency tables instead of by
 * sorting.
 *
 * <p><b>Formula.</b> For a pair, take the K x K table of joint counts n_ab over the rows where both
 * columns are present. Its margins r_a and c_b give the mid-rank of every code on exactly those rows
 * (R_a = r_1 + ... + r_(a-1) + (r_a + 1) / 2, likewise S_b), so rho = sum n_ab (R_a - m)(S_b - m) /
 * sqrt(sum r_a (R_a - m)^2 * sum c_b (S_b - m)^2) with m = (n + 1) / 2. This is, term by term, the
 * Pearson correlation of the re-ranked pair, i.e. {@link Correlations#spearman} with pairwise deletion
 * (R {@code cor(use = "pairwise", method = "spearman")}, SciPy {@code spearmanr(nan_policy = "omit")});
 * tests check equality to 1e-12. p: t = rho sqrt((n - 2) / (1 - rho^2)) with n - 2 df (SPSS, psych).
 *
 * <p><b>Input and missing data.</b> One {@code byte[]} per column, codes 1..K, 0 = missing; codes are
 * ordinal positions, so any monotone coding of the categories gives the same matrix.
 *
 * <p><b>Not computable</b> cells (n &lt; 3, or a column constant on the pair's rows) have rho and p NaN;
 * {@link #result(int, int)} says why. The diagonal has rho 1 (NaN for a constant column), n = the
 * column's non-missing count, p NaN, as in R's matrices.
 *
 * <p><b>Speed.</b> For K &lt;= {@value #BIT_SLICED_MAX_CODES} each column is stored as K bit masks (one
 * bit per row and code) and n_ab = popcount(mask_a(x) AND mask_b(y)), i.e. K^2 / 64 popcounts per row
 * and pair, in cache-sized row blocks, the blocks split over the threads. For more codes a single pass
 * over the rows per pair fills the table. This is a plain final class rather than a record because it
 * holds large arrays that must not be exposed.
 */
public final class LikertSpearmanMatrix {

    /** Largest number of codes for which the bit-sliced kernel is used. */
    public static final int BIT_SLICED_MAX_CODES = 8;

    /**
     * Longs per column, code and row block: 512 longs = 32768 rows, so the K masks of two columns' blocks
     * (40 KB for K = 5) stay in L1/L2 while all K^2 code pairs are counted. (Measured with ints of 32 rows:
     * of 256, 1024 and 2048 ints, 1024 and 2048 were about 7% faster than 256.)
     */
    private static final int BLOCK = 512;

    private final int columns;
    private final double[] rho;
    private final int[] n;
    private final double[] p;

    private LikertSpearmanMatrix(int columns, double[] rho, int[] n, double[] p) {
        this.columns = columns;
        this.rho = rho;
        this.n = n;
        this.p = p;
    }

    /**
     * Computes the matrix with as many threads as there are processors.
     *
     * @param codes one array per column, all of the same length, codes 1..k, 0 = missing
     * @param k number of codes (for example 5 for a 1..5 Likert scale), 1..127
     * @return the matrix
     */
    public static LikertSpearmanMatrix compute(byte[][] codes, int k) {
        return compute(codes, k, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Computes the matrix.
     *
     * @param codes one array per column, all of the same length, codes 1..k, 0 = missing
     * @param k number of codes, 1..127
     * @param threads number of worker threads (1 = run in the calling thread)
     * @return the matrix
     * @throws IllegalArgumentException for a code outside 0..k or columns of different length
     */
    public static LikertSpearmanMatrix compute(byte[][] codes, int k, int threads) {
        if (k < 1 || k > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("number of codes must be in 1..127: " + k);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        int cols = codes.length;
        int rows = cols == 0 ? 0 : codes[0].length;
        for (byte[] c : codes) {
            if (c.length != rows) {
                throw new IllegalArgumentException("columns differ in length: " + c.length + " vs " + rows);
            }
        }
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            // per column, the count of each code over all rows (for the diagonal)
            int[][] own = new int[cols][k];
            int[] counts = k <= BIT_SLICED_MAX_CODES ? bitSlicedCounts(codes, k, rows, threads, pool, own)
                    : directCounts(codes, k, rows, threads, pool, own);
            return fromCounts(k, counts, own, pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * The matrix of coded answer columns ({@link DiscreteColumn#ofCodes}); K is the largest code count.
     *
     * @param columns the columns, all of the same length
     * @param threads number of worker threads
     * @return the matrix
     */
    public static LikertSpearmanMatrix of(DiscreteColumn[] columns, int threads) {
        byte[][] codes = new byte[columns.length][];
        int k = 1;
        for (int i = 0; i < columns.length; i++) {
            codes[i] = columns[i].codes();
            k = Math.max(k, columns[i].codeCount());
        }
        return compute(codes, k, threads);
    }

    /**
     * The joint frequency tables of all pairs of columns, by the same kernels as {@link #compute}: for
     * pair (i, j), i &lt; j, in the order (0,1), (0,2), ..., (1,2), ..., {@code k * k} counts, code a of
     * column i by code b of column j at {@code (a - 1) * k + (b - 1)}, over the rows where both are
     * present. Used for the covariances of Cronbach's alpha.
     *
     * @param codes one array per column, all of the same length, codes 1..k, 0 = missing
     * @param k number of codes, 1..127
     * @param threads number of worker threads (1 = run in the calling thread)
     * @param own filled with, per column, the count of each code (length k per column)
     * @return the tables, {@code k * k} ints per pair
     */
    public static int[] jointCounts(byte[][] codes, int k, int threads, int[][] own) {
        if (k < 1 || k > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("number of codes must be in 1..127: " + k);
        }
        int rows = codes.length == 0 ? 0 : codes[0].length;
        for (byte[] c : codes) {
            if (c.length != rows) {
                throw new IllegalArgumentException("columns differ in length: " + c.length + " vs " + rows);
            }
        }
        // the bit-sliced counting splits the rows into blocks: no second worker for data of one block (the
        // direct counting splits the columns and keeps every worker)
        int workers = k <= BIT_SLICED_MAX_CODES ? workers(threads, rows) : Math.max(1, threads);
        ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers) : null;
        try {
            return k <= BIT_SLICED_MAX_CODES ? bitSlicedCounts(codes, k, rows, workers, pool, own)
                    : directCounts(codes, k, rows, workers, pool, own);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * The workers of the bit-sliced counting for {@code rows} rows: at most one per block of rows (the unit that
     * counting splits), so that data of one block ({@value #BLOCK} words: up to 32,768 respondents, the example
     * and most studies) is counted in the calling thread instead of starting a pool whose second thread would
     * have nothing to do (Cronbach's alpha counts each index's tables so).
     */
    static int workers(int threads, int rows) {
        int blocks = (int) Math.max(1, ((long) rows + 64L * BLOCK - 1) / (64L * BLOCK));
        return Math.max(1, Math.min(threads, blocks));
    }

    /** @return number of columns */
    public int columns() {
        return columns;
    }

    /**
     * @param i a column
     * @param j a column
     * @return Spearman's rho, NaN when not computable
     */
    public double rho(int i, int j) {
        return rho[index(i, j)];
    }

    /**
     * @param i a column
     * @param j a column
     * @return the number of rows where both are present (for i = j, the column's non-missing count)
     */
    public int n(int i, int j) {
        return n[index(i, j)];
    }

    /**
     * @param i a column
     * @param j a column
     * @return two-tailed t-approximation p, NaN on the diagonal and when not computable
     */
    public double pTwoTailed(int i, int j) {
        return p[index(i, j)];
    }

    /**
     * The cell as a full result, with t, df and a note when not computable.
     *
     * @param i a column
     * @param j another column
     * @return the result
     */
    public CorrelationResult result(int i, int j) {
        if (i == j) {
            throw new IllegalArgumentException("no test on the diagonal: " + i);
        }
        int at = index(i, j);
        if (Double.isNaN(rho[at])) {
            return CorrelationResult.notComputable(Method.SPEARMAN, n[at], 0, n[at] < 3 ? "n < 3" : "zero variance");
        }
        return Correlations.tTest(Method.SPEARMAN, n[at], 0, rho[at]);
    }

    private int index(int i, int j) {
        if (i < 0 || i >= columns || j < 0 || j >= columns) {
            throw new IndexOutOfBoundsException("cell (" + i + ", " + j + ") of " + columns);
        }
        return i * columns + j;
    }

    // ---------------------------------------------------------------- counting

    /** Offset of pair (i, j), i &lt; j, in the upper-triangle pair list. */
    private static int pairIndex(int i, int j, int cols) {
        return i * (2 * cols - i - 1) / 2 + (j - i - 1);
    }

    /**
     * Joint counts per pair, {@code k * k} ints per pair (code a-1 of column i by code b-1 of column j),
     * from bit masks laid out as [row block][code][int within block] per column.
     */
    private static int[] bitSlicedCounts(byte[][] codes, int k, int rows, int threads, ExecutorService pool,
            int[][] own) {
        int cols = codes.length;
        int words = (rows + 63) >>> 6;
        int blocks = (words + BLOCK - 1) / BLOCK;
        long[][] masks = new long[cols][];
        List<Callable<Void>> build = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            build.add(() -> {
                for (int c = first; c < cols; c += threads) {
                    masks[c] = masks(codes[c], k, blocks, own[c]);
                }
                return null;
            });
        }
        run(build, pool);

        int pairs = cols * (cols - 1) / 2;
        int kk = k * k;
        int[][] partial = new int[threads][];
        List<Callable<Void>> count = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slot = t;
            int from = (int) ((long) blocks * t / threads);
            int to = (int) ((long) blocks * (t + 1) / threads);
            count.add(() -> {
                int[] acc = new int[pairs * kk];
                for (int blk = from; blk < to; blk++) {
                    int base = blk * k * BLOCK;
                    int len = Math.min(BLOCK, words - blk * BLOCK);
                    for (int i = 0; i < cols; i++) {
                        long[] mi = masks[i];
                        for (int j = i + 1; j < cols; j++) {
                            long[] mj = masks[j];
                            int out = pairIndex(i, j, cols) * kk;
                            for (int a = 0; a < k; a++) {
                                int ai = base + a * BLOCK;
                                for (int b = 0; b < k; b++) {
                                    acc[out + a * k + b] += andPopCount(mi, ai, mj, base + b * BLOCK, len);
                                }
                            }
                        }
                    }
                }
                partial[slot] = acc;
                return null;
            });
        }
        run(count, pool);
        int[] total = partial[0];
        for (int t = 1; t < threads; t++) {
            for (int x = 0; x < total.length; x++) {
                total[x] += partial[t][x];
            }
        }
        return total;
    }

    /**
     * Whether the JVM compiles with C1 alone: the launcher says so ({@code -Dfactorstudio.jit=c1}) when it
     * starts the JVM with {@code -XX:TieredStopAtLevel=1}. C1 has no intrinsic for {@link Long#bitCount}, so
     * the bit counts then take the carry-save path, which needs one bit count per eight words.
     */
    static final boolean QUICK_JIT = "c1".equals(System.getProperty("factorstudio.jit"));

    /** The number of rows both masks have set: the hot loop of every bit-sliced table. */
    static int andPopCount(long[] x, int xFrom, long[] y, int yFrom, int len) {
        return QUICK_JIT ? andPopCountCarrySave(x, xFrom, y, yFrom, len) : andPopCountDirect(x, xFrom, y, yFrom, len);
    }

    /**
     * A plain counted loop over longs that C2 unrolls, with one popcount instruction a word. Longs rather than
     * ints: HotSpot 17 vectorises only the int popcount and only on CPUs with a vector popcount (AVX-512
     * VPOPCNTDQ); without one (AVX2 machines) a scalar popcount of 64 bits does twice the work of one of 32, and
     * the whole item matrix took 2.3 times as long with ints (docs/benchmarks.md).
     */
    static int andPopCountDirect(long[] x, int xFrom, long[] y, int yFrom, int len) {
        int s = 0;
        for (int w = 0; w < len; w++) {
            s += Long.bitCount(x[xFrom + w] & y[yFrom + w]);
        }
        return s;
    }

    /**
     * The same count for code that C1 compiles, where {@link Long#bitCount} is a call of a dozen shifts and
     * masks: eight words at a time go through a tree of carry-save adders (the Harley-Seal method), whose
     * output bits are worth one, two, four and eight, so one bit count serves eight words. On this project's
     * machine 2.8 times faster than the direct loop under C1 and 1.5 times slower under C2 (docs/benchmarks.md).
     */
    static int andPopCountCarrySave(long[] x, int xFrom, long[] y, int yFrom, int len) {
        long ones = 0;
        long twos = 0;
        long fours = 0;
        int eights = 0;
        int w = 0;
        for (; w + 8 <= len; w += 8) {
            int i = xFrom + w;
            int j = yFrom + w;
            long a = x[i] & y[j];
            long b = x[i + 1] & y[j + 1];
            long u = ones ^ a;
            long twosA = (ones & a) | (u & b);
            ones = u ^ b;
            a = x[i + 2] & y[j + 2];
            b = x[i + 3] & y[j + 3];
            u = ones ^ a;
            long twosB = (ones & a) | (u & b);
            ones = u ^ b;
            u = twos ^ twosA;
            long foursA = (twos & twosA) | (u & twosB);
            twos = u ^ twosB;
            a = x[i + 4] & y[j + 4];
            b = x[i + 5] & y[j + 5];
            u = ones ^ a;
            twosA = (ones & a) | (u & b);
            ones = u ^ b;
            a = x[i + 6] & y[j + 6];
            b = x[i + 7] & y[j + 7];
            u = ones ^ a;
            twosB = (ones & a) | (u & b);
            ones = u ^ b;
            u = twos ^ twosA;
            long foursB = (twos & twosA) | (u & twosB);
            twos = u ^ twosB;
            u = fours ^ foursA;
            long eightsWord = (fours & foursA) | (u & foursB);
            fours = u ^ foursB;
            eights += Long.bitCount(eightsWord);
        }
        int s = 8 * eights + 4 * Long.bitCount(fours) + 2 * Long.bitCount(twos) + Long.bitCount(ones);
        for (; w < len; w++) {
            s += Long.bitCount(x[xFrom + w] & y[yFrom + w]);
        }
        return s;
    }

    /** Bit masks of one column, 64 rows per long; also counts each code into {@code own}. */
    private static long[] masks(byte[] column, int k, int blocks, int[] own) {
        long[] m = new long[blocks * k * BLOCK];
        long[] word = new long[k + 1]; // the current 64 rows, one long per code; [0] collects the missing
        int rows = column.length;
        for (int w = 0, first = 0; first < rows; w++, first += 64) {
            int end = Math.min(rows, first + 64);
            for (int r = first; r < end; r++) {
                int code = column[r];
                if (code < 0 || code > k) {
                    throw new IllegalArgumentException("code " + code + " outside 0.." + k + " in row " + r);
                }
                word[code] |= 1L << r; // the shift uses r mod 64
            }
            int at = w / BLOCK * k * BLOCK + w % BLOCK;
            for (int a = 1; a <= k; a++) {
                m[at + (a - 1) * BLOCK] = word[a];
                own[a - 1] += Long.bitCount(word[a]);
                word[a] = 0;
            }
            word[0] = 0;
        }
        return m;
    }

    /** Joint counts per pair by one pass over the rows, for many codes; pairs of one column per task. */
    private static int[] directCounts(byte[][] codes, int k, int rows, int threads, ExecutorService pool,
            int[][] own) {
        int cols = codes.length;
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                int code = codes[c][r];
                if (code < 0 || code > k) {
                    throw new IllegalArgumentException("code " + code + " outside 0.." + k + " in row " + r);
                }
                if (code > 0) {
                    own[c][code - 1]++;
                }
            }
        }
        int kk = k * k;
        int k1 = k + 1;
        int[] counts = new int[cols * (cols - 1) / 2 * kk];
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i0 = 0; i0 < cols; i0++) {
            int i = i0;
            tasks.add(() -> {
                byte[] ci = codes[i];
                int[] table = new int[k1 * k1]; // row and column 0 collect the missing codes
                for (int j = i + 1; j < cols; j++) {
                    byte[] cj = codes[j];
                    Arrays.fill(table, 0);
                    for (int r = 0; r < rows; r++) {
                        table[ci[r] * k1 + cj[r]]++;
                    }
                    int out = pairIndex(i, j, cols) * kk;
                    for (int a = 1; a <= k; a++) {
                        System.arraycopy(table, a * k1 + 1, counts, out + (a - 1) * k, k);
                    }
                }
                return null;
            });
        }
        run(tasks, pool);
        return counts;
    }

    private static void run(List<Callable<Void>> tasks, ExecutorService pool) {
        try {
            if (pool == null) {
                for (Callable<Void> t : tasks) {
                    t.call();
                }
                return;
            }
            List<Future<Void>> futures = pool.invokeAll(tasks);
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- from tables to rho

    private static LikertSpearmanMatrix fromCounts(int k, int[] counts, int[][] own, ExecutorService pool) {
        int cols = own.length;
        double[] rho = new double[cols * cols];
        int[] n = new int[cols * cols];
        double[] p = new double[cols * cols];
        for (int i = 0; i < cols; i++) {
            int nn = 0;
            int used = 0;
            for (int c : own[i]) {
                nn += c;
                used += c > 0 ? 1 : 0;
            }
            n[i * cols + i] = nn;
            rho[i * cols + i] = used > 1 ? 1 : Double.NaN;
            p[i * cols + i] = Double.NaN;
        }
        int kk = k * k;
        // one task per first column; each pair's cells are written by exactly one task
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i0 = 0; i0 < cols; i0++) {
            int i = i0;
            tasks.add(() -> {
                double[] rankI = new double[k];
                double[] rankJ = new double[k];
                long[] marginI = new long[k];
                long[] marginJ = new long[k];
                for (int j = i + 1; j < cols; j++) {
                    int off = pairIndex(i, j, cols) * kk;
                    Arrays.fill(marginI, 0);
                    Arrays.fill(marginJ, 0);
                    long total = 0;
                    for (int a = 0; a < k; a++) {
                        for (int b = 0; b < k; b++) {
                            int c = counts[off + a * k + b];
                            marginI[a] += c;
                            marginJ[b] += c;
                            total += c;
                        }
                    }
                    double r = rhoFromTable(counts, off, k, marginI, marginJ, total, rankI, rankJ);
                    int nn = (int) total;
                    double pv = Double.isNaN(r) ? Double.NaN
                            : Correlations.tTest(Method.SPEARMAN, nn, 0, r).pTwoTailed();
                    rho[i * cols + j] = r;
                    rho[j * cols + i] = r;
                    n[i * cols + j] = nn;
                    n[j * cols + i] = nn;
                    p[i * cols + j] = pv;
                    p[j * cols + i] = pv;
                }
                return null;
            });
        }
        run(tasks, pool);
        return new LikertSpearmanMatrix(cols, rho, n, p);
    }

    /**
     * rho from a joint table. The centred mid-ranks are multiples of 1/2 and so exact; the products
     * and sums are exact for moderate n and otherwise round only in their last bits.
     */
    private static double rhoFromTable(int[] counts, int off, int k, long[] marginI, long[] marginJ, long total,
            double[] rankI, double[] rankJ) {
        if (total < 3) {
            return Double.NaN;
        }
        double centre = (total + 1) / 2.0;
        double sxx = centredRanks(marginI, centre, rankI);
        double syy = centredRanks(marginJ, centre, rankJ);
        if (sxx == 0 || syy == 0) {
            return Double.NaN; // one column constant on the pair's rows
        }
        double sxy = 0;
        for (int a = 0; a < k; a++) {
            if (marginI[a] == 0) {
                continue;
            }
            double row = 0;
            for (int b = 0; b < k; b++) {
                row += counts[off + a * k + b] * rankJ[b];
            }
            sxy += rankI[a] * row;
        }
        double r = sxy / Math.sqrt(sxx * syy);
        return Math.max(-1, Math.min(1, r));
    }

    /**
     * Fills {@code ranks} with the centred mid-rank of each code and returns the sum of squares (also the
     * index variables' joint tables, {@link JointTable}).
     */
    static double centredRanks(long[] margin, double centre, double[] ranks) {
        long before = 0;
        double ss = 0;
        for (int a = 0; a < margin.length; a++) {
            ranks[a] = before + (margin[a] + 1) / 2.0 - centre;
            ss += margin[a] * ranks[a] * ranks[a];
            before += margin[a];
        }
        return ss;
    }
}
