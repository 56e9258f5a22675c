package org.factorstudio.examples.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.examples.bootstrap.CorrelationBootstrap.Coefficient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our intervals against R's boot package on the example, each factor's index against Automatisering.
 *
 * <p>Reference: {@code reference/bootstrap_reference.csv}, written by {@code reference/bootstrap.R} (R 4.2.2
 * Patched, boot 1.3.28.1, {@code set.seed(42)}, {@code boot.ci} types "perc" and "bca" at 95 %, jackknife L) from
 * {@code examples/municipal-automation/expected/index_scores_all.csv}, the reference index scores under the
 * example study's rule (every statement answered). We run the same data with seed 42.
 *
 * <p>What must agree exactly (1e-9): n, rho and the jackknife acceleration, which involve no random numbers.
 *
 * <p>What agrees within Monte-Carlo tolerance: the bounds. R and FactorStudio draw different resamples (Mersenne
 * Twister vs WELL19937c), so each bound is an independent estimate of the same quantile of the bootstrap
 * distribution. The standard deviation of the alpha-quantile of B draws is sqrt(alpha (1 - alpha) / B) / f(q), f
 * the density at the quantile; with the bootstrap distribution approximately normal with sd = the bootstrap SE,
 * f(q) = phi(z_alpha) / SE. Two independent runs differ by sqrt(2) times that. A BCa bound also moves with the
 * estimated bias correction z0 (sd sqrt(p (1 - p) / B) / phi(z0), p = Phi(z0)), by dq/dz0 = SE (1 + 1 / (1 - a (z0 +
 * z_alpha))^2); the two parts are added as independent variances. The tolerance is 4 standard deviations of the
 * difference (about 1 in 16 000 per bound if the approximations held; the seeds are fixed, so the test is
 * deterministic). At B = 2000 and SE about 0.1 that is about 0.035 for a percentile bound; at B = 20 000,
 * about 0.011, which is why the test also runs the larger count.
 */
class AgreementWithRBootTest {

	private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
	private static final double LEVEL = 0.95;
	private static final long SEED = 42;

	@ParameterizedTest
	@ValueSource(ints = { 2000, 20000 })
	void boundsAgreeWithinMonteCarloTolerance(int replicates) throws IOException {
		List<Map<String, String>> scores = Example.csv(Example.folder().resolve("expected/index_scores_all.csv"));
		double[] dependent = Example.column(scores, "Automatisering");
		List<Map<String, String>> reference = Example.csv(Example.referenceFolder().resolve("bootstrap_reference.csv"))
				.stream().filter(r -> Integer.parseInt(r.get("replicates")) == replicates).toList();
		assertEquals(17, reference.size());
		CorrelationBootstrap bootstrap = new CorrelationBootstrap(Coefficient.SPEARMAN, replicates, SEED, LEVEL);
		for (Map<String, String> r : reference) {
			String index = r.get("index_variable");
			BootstrapInterval ours = bootstrap.interval(Example.column(scores, index), dependent, index,
					new NullProgressMonitor());
			assertEquals(Integer.parseInt(r.get("n")), ours.n(), index);
			assertEquals(number(r, "rho"), ours.estimate(), 1e-9, index);
			assertEquals(number(r, "acceleration"), ours.acceleration(), 1e-9, index);
			assertEquals(replicates, ours.replicates(), index);

			double se = number(r, "bootstrap_se");
			double z0 = number(r, "z0");
			double a = number(r, "acceleration");
			double low = (1 - LEVEL) / 2;
			double high = (1 + LEVEL) / 2;
			assertEquals(se, ours.standardError(), 0.1 * se, index + ": bootstrap SE");
			check(index + " percentile lower", number(r, "percentile_lower"), ours.percentileLower(),
					percentileTolerance(low, se, replicates));
			check(index + " percentile upper", number(r, "percentile_upper"), ours.percentileUpper(),
					percentileTolerance(high, se, replicates));
			check(index + " BCa lower", number(r, "bca_lower"), ours.bcaLower(), bcaTolerance(low, se, z0, a, replicates));
			check(index + " BCa upper", number(r, "bca_upper"), ours.bcaUpper(), bcaTolerance(high, se, z0, a, replicates));
		}
	}

	private static void check(String what, double expected, double actual, double tolerance) {
		assertEquals(expected, actual, tolerance, what + " (tolerance " + tolerance + ")");
	}

	/** 4 sd of the difference of two independent alpha-quantile estimates from B replicates each. */
	static double percentileTolerance(double alpha, double se, int b) {
		return 4 * Math.sqrt(2) * quantileSd(alpha, se, b);
	}

	static double bcaTolerance(double alpha, double se, double z0, double a, int b) {
		double zAlpha = NORMAL.inverseCumulativeProbability(alpha);
		double adjusted = CorrelationBootstrap.adjusted(alpha, z0, a);
		double p = NORMAL.cumulativeProbability(z0);
		double z0Sd = Math.sqrt(p * (1 - p) / b) / NORMAL.density(z0);
		double denominator = 1 - a * (z0 + zAlpha);
		double boundPerZ0 = se * (1 + 1 / (denominator * denominator));
		double sd = Math.hypot(quantileSd(adjusted, se, b), boundPerZ0 * z0Sd);
		return 4 * Math.sqrt(2) * sd;
	}

	private static double quantileSd(double alpha, double se, int b) {
		return se * Math.sqrt(alpha * (1 - alpha) / b) / NORMAL.density(NORMAL.inverseCumulativeProbability(alpha));
	}

	private static double number(Map<String, String> row, String column) {
		return Double.parseDouble(row.get(column));
	}
}
