package org.factorstudio.analysis.stats;

/**
 * A two-sided confidence interval for a correlation coefficient.
 *
 * @param lower lower bound, NaN when not computable
 * @param upper upper bound, NaN when not computable
 * @param level the confidence level, for example 0.95
 * @param note null when the bounds are defined, otherwise why they are not
 */
public record ConfidenceInterval(double lower, double upper, double level, String note) {

    /**
     * An interval with both bounds defined.
     *
     * @param lower lower bound
     * @param upper upper bound
     * @param level confidence level
     * @return the interval
     */
    public static ConfidenceInterval of(double lower, double upper, double level) {
        return new ConfidenceInterval(lower, upper, level, null);
    }

    /**
     * An interval that cannot be computed; both bounds are NaN.
     *
     * @param level confidence level that was asked for
     * @param reason why it is not computable
     * @return the interval
     */
    public static ConfidenceInterval notComputable(double level, String reason) {
        return new ConfidenceInterval(Double.NaN, Double.NaN, level, reason);
    }

    /** @return true when both bounds are defined */
    public boolean isComputable() {
        return note == null;
    }
}
