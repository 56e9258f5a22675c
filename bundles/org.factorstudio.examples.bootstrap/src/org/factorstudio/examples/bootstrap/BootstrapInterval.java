package org.factorstudio.examples.bootstrap;

/**
 * Bootstrap confidence intervals of one correlation: the estimate on the observed pairs, the percentile interval
 * and the BCa interval, with what went into them. Bounds that cannot be computed are NaN and {@link #note()} says
 * why; nothing is ever reported as 0 in their place.
 *
 * @param n                 complete pairs the correlation and the resamples use
 * @param estimate          the correlation of the observed pairs, NaN when not computable
 * @param level             the confidence level, e.g. 0.95
 * @param replicates        resamples whose correlation was defined (resamples with a constant column are dropped,
 *                          as R's {@code boot.ci} drops non-finite replicates)
 * @param percentileLower   lower bound of the percentile interval
 * @param percentileUpper   upper bound of the percentile interval
 * @param bcaLower          lower bound of the bias-corrected and accelerated interval
 * @param bcaUpper          upper bound of the BCa interval
 * @param biasCorrection    z0 = Phi^-1(share of replicates below the estimate)
 * @param acceleration      the jackknife acceleration a
 * @param standardError     the standard deviation of the replicates (the bootstrap standard error)
 * @param note              null when everything was computed, else why something was not
 */
public record BootstrapInterval(int n, double estimate, double level, int replicates, double percentileLower,
		double percentileUpper, double bcaLower, double bcaUpper, double biasCorrection, double acceleration,
		double standardError, String note) {

	/** Whether the percentile interval exists (and so the estimate). */
	public boolean isComputable() {
		return !Double.isNaN(percentileLower) && !Double.isNaN(percentileUpper);
	}

	/** Whether the BCa interval exists as well. */
	public boolean hasBca() {
		return !Double.isNaN(bcaLower) && !Double.isNaN(bcaUpper);
	}

	static BootstrapInterval notComputable(int n, double estimate, double level, String reason) {
		return new BootstrapInterval(n, estimate, level, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				Double.NaN, Double.NaN, "not computable: " + reason);
	}
}
