package org.factorstudio.analysis.stats;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.stream.IntStream;

/**
 * For every pair of coded columns, the diagonal included, over the rows where both are present: their number,
 * the sum of each column's codes and the sum of the products of the codes. That is all the covariances of
 * Cronbach's alpha need, and it is less than the joint table of every pair ({@link LikertSpearmanMatrix#jointCounts}).
 *
 * <p><b>How.</b> Codes 1..{@value #MAX_CODE} (0 missing) are held as three bit planes, code = b0 + 2 b1 + 4 b2,
 * and their OR (present), 64 rows a word. A missing code is 0, so over all rows the sum of products is
 * sum over i, j of 2^(i + j) popcount(A_i &amp; B_j); the sum of a's codes over the rows b has is sum over i of
 * 2^i popcount(A_i &amp; P_b); n is popcount(P_a &amp; P_b). That is 16 bit counts per pair and word, where
 * the joint table of a five-point scale takes 25, and the planes are gathered from eight codes at a time.
 * All sums are exact integers.
 */
final class PairMoments {

    /** Largest code the planes hold. */
    static final int MAX_CODE = 7;

    /** Words per block of rows: 512 words (32,768 rows); the four planes of two columns' blocks are 32 KB. */
    private static final int BLOCK = 512;
    private static final int PLANES = 4;
    private static final int PRESENT = 3;
    private static final long ONES = 0x0101010101010101L;
    /** Multiplies the low bits of eight bytes into the top byte, the byte of row j at bit 56 + j. */
    private static final long GATHER = 0x0102040810204080L;
    private static final long ABOVE_MAX = 0xF8F8F8F8F8F8F8F8L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int cols;
    /** Per pair (a &lt;= b, upper triangle with the diagonal, row by row): n, sum of a, sum of b, sum of a * b. */
    private final long[] moments;

    private PairMoments(int cols, long[] moments) {
        this.cols = cols;
        this.moments = moments;
    }

    /**
     * @param codes one array per column, all of the same length, codes 0 (missing) to {@value #MAX_CODE}
     * @param threads workers over blocks of rows (1: the calling thread alone)
     * @return the moments of every pair
     * @throws IllegalArgumentException for a code outside 0..{@value #MAX_CODE} or columns of different length
     */
    static PairMoments of(byte[][] codes, int threads) {
        int cols = codes.length;
        int rows = cols == 0 ? 0 : codes[0].length;
        for (byte[] c : codes) {
            if (c.length != rows) {
                throw new IllegalArgumentException("columns differ in length: " + c.length + " vs " + rows);
            }
        }
        int words = (rows + 63) >>> 6;
        int blocks = Math.max(1, (words + BLOCK - 1) / BLOCK);
        long[][] planes = new long[cols][];
        for (int c = 0; c < cols; c++) {
            planes[c] = planes(codes[c], blocks);
        }
        int pairs = cols * (cols + 1) / 2;
        int workers = Math.max(1, Math.min(threads, blocks));
        if (workers == 1) {
            return new PairMoments(cols, count(planes, words, 0, blocks, pairs));
        }
        long[][] partial = new long[workers][];
        IntStream.range(0, workers).parallel().forEach(t -> partial[t] = count(planes, words,
                (int) ((long) blocks * t / workers), (int) ((long) blocks * (t + 1) / workers), pairs));
        long[] total = partial[0];
        for (int t = 1; t < workers; t++) {
            for (int x = 0; x < total.length; x++) {
                total[x] += partial[t][x];
            }
        }
        return new PairMoments(cols, total);
    }

    /** The moments of blocks [from, to). */
    private static long[] count(long[][] planes, int words, int from, int to, int pairs) {
        int cols = planes.length;
        long[] m = new long[pairs * 4];
        for (int blk = from; blk < to; blk++) {
            int base = blk * PLANES * BLOCK;
            int len = Math.min(BLOCK, words - blk * BLOCK);
            if (len <= 0) {
                continue;
            }
            for (int a = 0, pair = 0; a < cols; a++) {
                long[] x = planes[a];
                for (int b = a; b < cols; b++, pair++) {
                    long[] y = planes[b];
                    int at = pair * 4;
                    int px = base + PRESENT * BLOCK;
                    m[at] += LikertSpearmanMatrix.andPopCount(x, px, y, px, len);
                    for (int i = 0; i < PRESENT; i++) {
                        int pi = base + i * BLOCK;
                        m[at + 1] += (long) LikertSpearmanMatrix.andPopCount(x, pi, y, px, len) << i;
                        m[at + 2] += (long) LikertSpearmanMatrix.andPopCount(y, pi, x, px, len) << i;
                        for (int j = 0; j < PRESENT; j++) {
                            m[at + 3] += (long) LikertSpearmanMatrix.andPopCount(x, pi, y, base + j * BLOCK, len) << (i + j);
                        }
                    }
                }
            }
        }
        return m;
    }

    /** The planes of one column, laid out [block][plane][word within block]. */
    private static long[] planes(byte[] column, int blocks) {
        long[] m = new long[blocks * PLANES * BLOCK];
        int rows = column.length;
        int full = rows >>> 6;
        for (int w = 0; w < full; w++) {
            long p0 = 0;
            long p1 = 0;
            long p2 = 0;
            long above = 0;
            for (int j = 0, at = w << 6; j < 8; j++, at += 8) {
                long x = (long) LONGS.get(column, at);
                above |= x & ABOVE_MAX;
                int shift = 8 * j;
                p0 |= ((x & ONES) * GATHER >>> 56) << shift;
                p1 |= ((x >>> 1 & ONES) * GATHER >>> 56) << shift;
                p2 |= ((x >>> 2 & ONES) * GATHER >>> 56) << shift;
            }
            if (above != 0) {
                throw outside(column, w << 6, (w << 6) + 64);
            }
            put(m, w, p0, p1, p2);
        }
        if (full << 6 < rows) {
            long p0 = 0;
            long p1 = 0;
            long p2 = 0;
            for (int r = full << 6; r < rows; r++) {
                int code = column[r];
                if (code < 0 || code > MAX_CODE) {
                    throw outside(column, r, r + 1);
                }
                long bit = 1L << (r & 63);
                p0 |= (code & 1) != 0 ? bit : 0;
                p1 |= (code & 2) != 0 ? bit : 0;
                p2 |= (code & 4) != 0 ? bit : 0;
            }
            put(m, full, p0, p1, p2);
        }
        return m;
    }

    private static void put(long[] m, int word, long p0, long p1, long p2) {
        int at = word / BLOCK * PLANES * BLOCK + word % BLOCK;
        m[at] = p0;
        m[at + BLOCK] = p1;
        m[at + 2 * BLOCK] = p2;
        m[at + PRESENT * BLOCK] = p0 | p1 | p2;
    }

    private static IllegalArgumentException outside(byte[] column, int from, int to) {
        for (int r = from; r < to; r++) {
            if (column[r] < 0 || column[r] > MAX_CODE) {
                return new IllegalArgumentException("code " + column[r] + " outside 0.." + MAX_CODE + " in row " + r);
            }
        }
        return new IllegalArgumentException("code outside 0.." + MAX_CODE + " in rows " + from + ".." + (to - 1));
    }

    private int at(int a, int b) {
        if (a < 0 || b < 0 || a >= cols || b >= cols) {
            throw new IndexOutOfBoundsException("pair (" + a + ", " + b + ") of " + cols);
        }
        int i = Math.min(a, b);
        int j = Math.max(a, b);
        return (i * (2 * cols - i + 1) / 2 + (j - i)) * 4;
    }

    /** @return rows where both columns are present */
    long n(int a, int b) {
        return moments[at(a, b)];
    }

    /** @return the sum of column a's codes over the rows where both are present */
    long sum(int a, int b) {
        return moments[at(a, b) + (a <= b ? 1 : 2)];
    }

    /** @return the sum of the products of the two columns' codes over the rows where both are present */
    long sumOfProducts(int a, int b) {
        return moments[at(a, b) + 3];
    }
}
