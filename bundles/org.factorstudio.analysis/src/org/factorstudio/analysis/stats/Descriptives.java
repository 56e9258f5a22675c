package org.factorstudio.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Univariate descriptive statistics of one column, and frequency tables over declared scale values.
 *
 * <p><b>Formulas</b> (as R {@code mean}, {@code sd}, {@code var}, {@code median}, {@code sum}, and
 * SPSS DESCRIPTIVES/FREQUENCIES): mean with a second correcting pass (as R does), variance and sd with
 * n - 1, median the middle value or the mean of the two middle values.
 *
 * <p><b>Missing data.</b> NaN is missing; everything is computed over the n non-missing values and
 * {@code missing} counts the others.
 *
 * <p><b>Degenerate cases.</b> n = 0: all statistics NaN with note {@code "not computable: no valid
 * values"}. n = 1: variance and sd NaN (R gives NA), the rest defined. Zero variance is a legitimate
 * result (sd 0). Infinite values propagate as in R (mean Inf, variance NaN).
 *
 * @param n number of non-missing values
 * @param missing number of NaN values
 * @param mean arithmetic mean
 * @param sd sample standard deviation (n - 1)
 * @param variance sample variance (n - 1)
 * @param min smallest value
 * @param max largest value
 * @param median median
 * @param sum sum
 * @param note null, or why the statistics are not computable
 */
public record Descriptives(int n, int missing, double mean, double sd, double variance, double min, double max,
        double median, double sum, String note) {

    /**
     * Descriptive statistics of the non-missing values of {@code x}.
     *
     * @param x the column (NaN = missing)
     * @return the statistics
     */
    public static Descriptives of(double[] x) {
        double[] v = Arrays.stream(x).filter(d -> !Double.isNaN(d)).toArray();
        int n = v.length;
        int missing = x.length - n;
        if (n == 0) {
            return new Descriptives(0, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, "not computable: no valid values");
        }
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        double mean = Correlations.mean(v);
        double variance = Double.NaN;
        if (n > 1) {
            double ss = 0;
            for (double d : v) {
                ss += (d - mean) * (d - mean);
            }
            variance = ss / (n - 1);
        }
        Arrays.sort(v);
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Descriptives(n, missing, mean, Math.sqrt(variance), variance, v[0], v[n - 1], median, sum, null);
    }

    /** @return true when the statistics are defined (at least one valid value) */
    public boolean isComputable() {
        return note == null;
    }

    /**
     * One row of a frequency table.
     *
     * @param value the scale value
     * @param count how many rows have it
     * @param percent 100 * count / all rows (SPSS "Percent")
     * @param validPercent 100 * count / non-missing rows (SPSS "Valid Percent"); NaN when none
     */
    public record Frequency(double value, int count, double percent, double validPercent) {
    }

    /**
     * Counts per declared scale value.
     *
     * @param rows one row per scale value, in the order given
     * @param missing number of NaN values
     * @param outOfScale non-missing values that are none of the scale values; a report should flag them
     * @param total all rows
     */
    public record FrequencyTable(List<Frequency> rows, int missing, int outOfScale, int total) {

        /** Defensive copy, so that the record stays immutable. */
        public FrequencyTable {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Frequency table of {@code x} over the declared scale values (for example the codes 1..5, or the
     * codes of a background variable), not over the observed values, so that unused categories show a
     * count of 0 and unexpected values are counted apart.
     *
     * @param x the column (NaN = missing)
     * @param scaleValues the declared values, in display order
     * @return the table
     */
    public static FrequencyTable frequencies(double[] x, double[] scaleValues) {
        int[] counts = new int[scaleValues.length];
        int missing = 0;
        int other = 0;
        for (double d : x) {
            if (Double.isNaN(d)) {
                missing++;
                continue;
            }
            int at = -1;
            for (int j = 0; j < scaleValues.length && at < 0; j++) {
                if (scaleValues[j] == d) {
                    at = j;
                }
            }
            if (at < 0) {
                other++;
            } else {
                counts[at]++;
            }
        }
        int valid = x.length - missing;
        List<Frequency> rows = new ArrayList<>(scaleValues.length);
        for (int j = 0; j < scaleValues.length; j++) {
            rows.add(new Frequency(scaleValues[j], counts[j], x.length == 0 ? Double.NaN : 100.0 * counts[j] / x.length,
                    valid == 0 ? Double.NaN : 100.0 * counts[j] / valid));
        }
        return new FrequencyTable(rows, missing, other, x.length);
    }
}
