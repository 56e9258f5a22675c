package org.factorstudio.analysis.stats;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * Reliability coefficients computed from a correlation matrix or a fitted one-factor model.
 *
 * <ul>
 * <li>{@link #alphaOfCorrelations}: alpha of a correlation matrix R of k items,
 * k / (k - 1) * (1 - k / sum(R)); of the polychoric matrix this is ordinal alpha (Zumbo, Gadermann and
 * Zeisser 2007), {@code psych::alpha(polychoric(x)$rho)}.</li>
 * <li>{@link #feldt}: Feldt's (1965) interval for alpha from n respondents and k items,
 * [1 - (1 - alpha) F(1 - g/2; n - 1, (n - 1)(k - 1)), 1 - (1 - alpha) F(g/2; n - 1, (n - 1)(k - 1))], g = 1 - level:
 * {@code psych::alpha.ci}.</li>
 * <li>{@link #omegaTotal}: McDonald's omega_t as psych computes it: one factor extracted by minres from the
 * Pearson correlation matrix R, omega_t = (sum(R) - sum(u2)) / sum(R), u2 the uniquenesses (Revelle and
 * Zinbarg 2009); {@code psych::omega(x, nfactors = 1)$omega.tot}.</li>
 * </ul>
 * NaN in, NaN out; an interval that cannot be computed (n &lt; 2, k &lt; 2) says why.
 */
public final class ReliabilityCoefficients {

	private ReliabilityCoefficients() {
	}

	/** alpha of a correlation (or covariance-standardized) matrix; NaN when any cell is NaN or k &lt; 2. */
	public static double alphaOfCorrelations(double[][] r) {
		int k = r.length;
		if (k < 2) {
			return Double.NaN;
		}
		double sum = 0;
		for (double[] row : r) {
			for (double v : row) {
				sum += v;
			}
		}
		return k / (k - 1.0) * (1 - k / sum);
	}

	/** Feldt's interval for alpha at the given level (e.g. 0.95). */
	public static ConfidenceInterval feldt(double alpha, int n, int k, double level) {
		if (n < 2 || k < 2 || Double.isNaN(alpha)) {
			return ConfidenceInterval.notComputable(level, "Feldt's interval needs alpha, n >= 2 and k >= 2");
		}
		FDistribution f = new FDistribution(null, n - 1.0, (n - 1.0) * (k - 1.0), 1e-14);
		double g = 1 - level;
		double lower = 1 - (1 - alpha) * f.inverseCumulativeProbability(1 - g / 2);
		double upper = 1 - (1 - alpha) * f.inverseCumulativeProbability(g / 2);
		return ConfidenceInterval.of(lower, upper, level);
	}

	/**
	 * omega_t of k items from their correlation matrix: a one-factor minres solution, then
	 * (sum(R) - sum(u2)) / sum(R). NaN when a cell is NaN or k &lt; 2 (one factor needs two items).
	 */
	public static double omegaTotal(double[][] r) {
		int k = r.length;
		double sum = 0;
		for (double[] row : r) {
			for (double v : row) {
				sum += v;
			}
		}
		if (k < 2 || Double.isNaN(sum)) {
			return Double.NaN;
		}
		ExploratoryFactorAnalysis.Solution one = ExploratoryFactorAnalysis.fit(r, 1,
				ExploratoryFactorAnalysis.Extraction.MINRES, ExploratoryFactorAnalysis.Rotation.NONE);
		double uniqueness = 0;
		for (double u : one.uniquenesses()) {
			uniqueness += u;
		}
		return (sum - uniqueness) / sum;
	}
}
