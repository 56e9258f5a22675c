package org.factorstudio.analysis.stats;

import java.util.SplittableRandom;

/** Synthetic Likert data for tests and the benchmark: correlated items, missing completely at random. */
final class LikertData {

    private LikertData() {
    }

    /**
     * Items that load on one common factor (so rho is far from 0), cut into k categories with uneven
     * margins, with {@code missingRate} of the cells set to 0 (missing) at random.
     */
    static byte[][] random(int columns, int rows, int k, double missingRate, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] factor = new double[rows];
        for (int r = 0; r < rows; r++) {
            factor[r] = gaussian(rnd);
        }
        byte[][] codes = new byte[columns][rows];
        for (int c = 0; c < columns; c++) {
            double loading = 0.3 + 0.6 * rnd.nextDouble();
            double shift = rnd.nextDouble() - 0.5;
            for (int r = 0; r < rows; r++) {
                if (rnd.nextDouble() < missingRate) {
                    continue;
                }
                double v = loading * factor[r] + Math.sqrt(1 - loading * loading) * gaussian(rnd) + shift;
                int code = (int) Math.floor((v + 2.0) / 4.0 * k) + 1;
                codes[c][r] = (byte) Math.max(1, Math.min(k, code));
            }
        }
        return codes;
    }

    /** Codes as doubles with NaN for missing, the input of the general path. */
    static double[] toDoubles(byte[] codes) {
        double[] out = new double[codes.length];
        for (int r = 0; r < codes.length; r++) {
            out[r] = codes[r] == 0 ? Double.NaN : codes[r];
        }
        return out;
    }

    /** Columns of codes as doubles, {@link #toDoubles(byte[])} of each. */
    static double[][] toDoubles(byte[][] codes) {
        double[][] out = new double[codes.length][];
        for (int j = 0; j < codes.length; j++) {
            out[j] = toDoubles(codes[j]);
        }
        return out;
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller; SplittableRandom has no nextGaussian in Java 17
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
