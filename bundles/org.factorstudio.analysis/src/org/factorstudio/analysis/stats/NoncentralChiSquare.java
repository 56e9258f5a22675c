package org.factorstudio.analysis.stats;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Gamma;

/**
 * The noncentral chi-square distribution function and the noncentrality that gives a chosen probability
 * (for the RMSEA interval of a fitted model).
 *
 * <p><b>Formula.</b> F(x; k, lambda) = sum_j Pois(j; lambda / 2) P(k / 2 + j, x / 2), P the regularized
 * lower incomplete gamma function (Commons Math); the Poisson-weighted sum starts at the largest weight,
 * j = floor(lambda / 2), and runs both ways until the weights are below 1e-17 of the total (Johnson, Kotz
 * and Balakrishnan 1995, <i>Continuous Univariate Distributions</i> 2, ch. 29; the same series as R's
 * {@code pchisq(x, df, ncp)} for moderate lambda). Accurate to about 1e-13.
 */
public final class NoncentralChiSquare {

	private NoncentralChiSquare() {
	}

	/** P(X &le; x) for X ~ chi-square with df degrees of freedom and noncentrality lambda &ge; 0. */
	public static double cdf(double x, double df, double lambda) {
		if (Double.isNaN(x) || Double.isNaN(df) || Double.isNaN(lambda) || Double.isInfinite(lambda)) {
			return Double.NaN;
		}
		if (x <= 0) {
			return 0;
		}
		if (lambda == 0) {
			return Gamma.regularizedGammaP(df / 2, x / 2, 1e-16, 100_000);
		}
		double half = lambda / 2;
		long mode = (long) Math.floor(half);
		double sum = 0;
		double weightSum = 0;
		for (long j = mode; j >= 0; j--) {
			double w = Math.exp(-half + j * Math.log(half) - Gamma.logGamma(j + 1.0));
			sum += w * Gamma.regularizedGammaP(df / 2 + j, x / 2, 1e-16, 100_000);
			weightSum += w;
			if (w < 1e-17 * weightSum) {
				break;
			}
		}
		for (long j = mode + 1;; j++) {
			double w = Math.exp(-half + j * Math.log(half) - Gamma.logGamma(j + 1.0));
			double p = Gamma.regularizedGammaP(df / 2 + j, x / 2, 1e-16, 100_000);
			sum += w * p;
			weightSum += w;
			if (w < 1e-17 * weightSum || w * p < 1e-17 * sum) {
				break;
			}
		}
		return Math.min(1, sum);
	}

	/**
	 * The noncentrality lambda in [0, upper] with cdf(x; df, lambda) = p (the cdf falls as lambda grows),
	 * or 0 when even lambda = 0 gives a probability below p.
	 */
	public static double noncentralityFor(double x, double df, double p, double upper) {
		if (!Double.isFinite(x) || !(df > 0)) {
			return Double.NaN;
		}
		if (cdf(x, df, 0) < p) {
			return 0;
		}
		double hi = Math.max(upper, 1);
		for (int doubling = 0; cdf(x, df, hi) > p; doubling++) {
			if (doubling == 60) {
				return Double.NaN;
			}
			hi *= 2;
		}
		return new BrentSolver(1e-12, 1e-12).solve(10_000, lambda -> cdf(x, df, lambda) - p, 0, hi);
	}
}
