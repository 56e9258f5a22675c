package org.factorstudio.examples.bootstrap;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.stats.CorrelationResult;
import org.factorstudio.analysis.stats.Correlations;

/**
 * Nonparametric bootstrap confidence intervals of a correlation: percentile and BCa (Efron &amp; Tibshirani 1993,
 * <i>An Introduction to the Bootstrap</i>, ch. 13-14), with the quantile rule of R's {@code boot::boot.ci}. The
 * BCa acceleration comes from the jackknife (E&amp;T eq. 14.15); {@code boot.ci} gives the same intervals when it is
 * handed the jackknife influence values ({@code L = empinf(b, type = "jack")}); by default it uses regression
 * estimates of them, so a plain {@code boot.ci(b, type = "bca")} differs slightly.
 *
 * <p><b>Missing data.</b> Pairwise: the pairs where both x and y are present are the sample; resampling draws
 * {@code n} of those pairs with replacement, and each replicate's coefficient is computed by
 * {@link Correlations} (Spearman re-ranks every resample, ties get mid-ranks).
 *
 * <p><b>Formulas.</b> With the B finite replicates sorted, the {@code alpha} quantile is R's {@code norm.inter}:
 * the order statistic k = (B + 1) alpha when that is an integer, else interpolation between the k-th and
 * (k+1)-th on the normal quantile scale; the extremes when k is 0 or B.
 * <ul>
 * <li>Percentile interval: the (1 - level) / 2 and (1 + level) / 2 quantiles.</li>
 * <li>BCa: z0 = Phi^-1(#{replicates &lt; estimate} / B); a = sum d_i^3 / (6 (sum d_i^2)^(3/2)) with
 * d_i = mean(theta_(.)) - theta_(i) from the leave-one-out jackknife (E&amp;T eq. 14.15); the quantiles at
 * Phi(z0 + (z0 + z_alpha) / (1 - a (z0 + z_alpha))) for both alphas (E&amp;T eq. 14.10).</li>
 * </ul>
 *
 * <p><b>Random numbers.</b> Commons Math's {@link Well19937c} (Panneton, L'Ecuyer &amp; Matsumoto 2006), seeded
 * with the user's seed and a stream name (the index variable's name): the same seed and data give the same
 * replicates on every machine and Java version, and one factor's interval does not depend on which other
 * factors the study declares. Indices are drawn with {@code nextInt(n)}.
 *
 * <p><b>Not computable</b> (NaN bounds and a note, never 0): fewer than 3 complete pairs, a column that is
 * constant on them, or no replicate with a defined coefficient. BCa alone is not computable when every replicate
 * lies on one side of the estimate (z0 infinite) or the jackknife is degenerate (a undefined), as in
 * {@code boot.ci}.
 */
public final class CorrelationBootstrap {

	/** The coefficient being bootstrapped. */
	public enum Coefficient {
		SPEARMAN, PEARSON, KENDALL_TAU_B;

		CorrelationResult of(double[] x, double[] y) {
			return switch (this) {
			case PEARSON -> Correlations.pearson(x, y);
			case KENDALL_TAU_B -> Correlations.kendallTauB(x, y);
			default -> Correlations.spearman(x, y);
			};
		}
	}

	private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
	/** How many replicates between two looks at the monitor: often enough to cancel within milliseconds. */
	private static final int CHECK_EVERY = 50;

	private final Coefficient coefficient;
	private final int replicates;
	private final long seed;
	private final double level;

	/**
	 * @param coefficient what to bootstrap
	 * @param replicates  number of resamples, at least 1
	 * @param seed        the seed; the same seed gives the same intervals
	 * @param level       confidence level, strictly between 0 and 1
	 */
	public CorrelationBootstrap(Coefficient coefficient, int replicates, long seed, double level) {
		if (replicates < 1) {
			throw new IllegalArgumentException("replicates must be at least 1, not " + replicates);
		}
		if (!(level > 0 && level < 1)) {
			throw new IllegalArgumentException("level must lie between 0 and 1, not " + level);
		}
		this.coefficient = coefficient;
		this.replicates = replicates;
		this.seed = seed;
		this.level = level;
	}

	/**
	 * The intervals of the correlation of x and y.
	 *
	 * @param x       first column (NaN = missing)
	 * @param y       second column, same length
	 * @param stream  names the random stream (the index variable), so that each pair of columns has its own
	 * @param monitor progress; cancelling throws {@link OperationCanceledException}
	 */
	public BootstrapInterval interval(double[] x, double[] y, String stream, IProgressMonitor monitor) {
		double[][] pairs = completePairs(x, y);
		double[] xs = pairs[0];
		double[] ys = pairs[1];
		int n = xs.length;
		CorrelationResult observed = coefficient.of(xs, ys);
		if (!observed.isComputable()) {
			return BootstrapInterval.notComputable(n, Double.NaN, level,
					observed.note() == null ? "undefined" : observed.note().replaceFirst("^not computable: ", ""));
		}
		double estimate = observed.coefficient();
		SubMonitor progress = SubMonitor.convert(monitor, replicates + n);

		RandomGenerator random = new Well19937c(new int[] { (int) seed, (int) (seed >>> 32), stream.hashCode() });
		double[] t = new double[replicates];
		int finite = 0;
		double[] xr = new double[n];
		double[] yr = new double[n];
		for (int r = 0; r < replicates; r++) {
			if (r % CHECK_EVERY == 0) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.worked(Math.min(CHECK_EVERY, replicates - r));
			}
			for (int i = 0; i < n; i++) {
				int pick = random.nextInt(n);
				xr[i] = xs[pick];
				yr[i] = ys[pick];
			}
			double value = coefficient.of(xr, yr).coefficient();
			if (Double.isFinite(value)) {
				t[finite++] = value;
			}
		}
		if (finite == 0) {
			return BootstrapInterval.notComputable(n, estimate, level,
					"no resample had a defined correlation (a column is constant in every resample)");
		}
		double[] sorted = Arrays.copyOf(t, finite);
		Arrays.sort(sorted);
		double lowAlpha = (1 - level) / 2;
		double highAlpha = (1 + level) / 2;
		double percentileLower = quantile(sorted, lowAlpha);
		double percentileUpper = quantile(sorted, highAlpha);
		double se = standardDeviation(sorted);

		int below = 0;
		while (below < finite && sorted[below] < estimate) {
			below++;
		}
		double z0 = NORMAL.inverseCumulativeProbability((double) below / finite);
		double acceleration = jackknifeAcceleration(xs, ys, progress.split(n));
		String note = null;
		double bcaLower = Double.NaN;
		double bcaUpper = Double.NaN;
		if (!Double.isFinite(z0)) {
			note = "BCa not computable: every replicate lies on one side of the estimate (bias correction infinite)";
		} else if (!Double.isFinite(acceleration)) {
			note = "BCa not computable: the jackknife acceleration is undefined (a leave-one-out sample has a"
					+ " constant column)";
		} else {
			bcaLower = quantile(sorted, adjusted(lowAlpha, z0, acceleration));
			bcaUpper = quantile(sorted, adjusted(highAlpha, z0, acceleration));
		}
		if (note == null && finite < replicates) {
			note = (replicates - finite) + " of " + replicates
					+ " resamples had a constant column and no defined correlation; they were left out";
		}
		if (note == null && (usesExtreme(finite, lowAlpha) || usesExtreme(finite, highAlpha) || (Double.isFinite(z0)
				&& Double.isFinite(acceleration) && (usesExtreme(finite, adjusted(lowAlpha, z0, acceleration))
						|| usesExtreme(finite, adjusted(highAlpha, z0, acceleration)))))) {
			// as R's boot.ci warns: the bound is the smallest or largest replicate, not an estimated quantile
			note = "extreme order statistics used as endpoints; more replicates would give a stable bound";
		}
		return new BootstrapInterval(n, estimate, level, finite, percentileLower, percentileUpper, bcaLower, bcaUpper,
				z0, acceleration, se, note);
	}

	/** E&amp;T eq. 14.10: the percentile the BCa interval takes for the nominal {@code alpha}. */
	static double adjusted(double alpha, double z0, double acceleration) {
		double z = z0 + NORMAL.inverseCumulativeProbability(alpha);
		return NORMAL.cumulativeProbability(z0 + z / (1 - acceleration * z));
	}

	/** E&amp;T eq. 14.15, centred at the mean of the leave-one-out estimates; NaN if one is undefined. */
	double jackknifeAcceleration(double[] xs, double[] ys, IProgressMonitor monitor) {
		int n = xs.length;
		SubMonitor progress = SubMonitor.convert(monitor, n);
		double[] leaveOneOut = new double[n];
		double[] xi = new double[n - 1];
		double[] yi = new double[n - 1];
		for (int i = 0; i < n; i++) {
			progress.split(1);
			for (int j = 0, k = 0; j < n; j++) {
				if (j != i) {
					xi[k] = xs[j];
					yi[k++] = ys[j];
				}
			}
			leaveOneOut[i] = coefficient.of(xi, yi).coefficient();
			if (!Double.isFinite(leaveOneOut[i])) {
				return Double.NaN;
			}
		}
		double mean = Arrays.stream(leaveOneOut).sum() / n;
		double squares = 0;
		double cubes = 0;
		for (double value : leaveOneOut) {
			double d = mean - value;
			squares += d * d;
			cubes += d * d * d;
		}
		return squares == 0 ? Double.NaN : cubes / (6 * Math.pow(squares, 1.5));
	}

	/** Whether the {@code alpha} quantile of {@code b} replicates falls on the smallest or largest one. */
	static boolean usesExtreme(int b, double alpha) {
		int k = (int) Math.floor((b + 1) * alpha);
		return k <= 0 || k >= b;
	}

	/**
	 * The {@code alpha} quantile of sorted replicates as R's {@code boot:::norm.inter}: order statistic
	 * (B + 1) alpha, interpolated on the normal scale between neighbours, the extremes beyond them.
	 */
	static double quantile(double[] sorted, double alpha) {
		int b = sorted.length;
		double rank = (b + 1) * alpha;
		int k = (int) Math.floor(rank);
		if (k <= 0) {
			return sorted[0];
		}
		if (k >= b) {
			return sorted[b - 1];
		}
		if (k == rank) {
			return sorted[k - 1];
		}
		double zAlpha = NORMAL.inverseCumulativeProbability(alpha);
		double zK = NORMAL.inverseCumulativeProbability(k / (b + 1.0));
		double zK1 = NORMAL.inverseCumulativeProbability((k + 1) / (b + 1.0));
		return sorted[k - 1] + (zAlpha - zK) / (zK1 - zK) * (sorted[k] - sorted[k - 1]);
	}

	private static double standardDeviation(double[] values) {
		if (values.length < 2) {
			return Double.NaN;
		}
		double mean = Arrays.stream(values).sum() / values.length;
		double sum = 0;
		for (double v : values) {
			sum += (v - mean) * (v - mean);
		}
		return Math.sqrt(sum / (values.length - 1));
	}

	/** The rows where both values are present, in row order. */
	static double[][] completePairs(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("columns of different length: " + x.length + " and " + y.length);
		}
		double[] xs = new double[x.length];
		double[] ys = new double[y.length];
		int n = 0;
		for (int i = 0; i < x.length; i++) {
			if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
				xs[n] = x[i];
				ys[n++] = y[i];
			}
		}
		return new double[][] { Arrays.copyOf(xs, n), Arrays.copyOf(ys, n) };
	}
}
