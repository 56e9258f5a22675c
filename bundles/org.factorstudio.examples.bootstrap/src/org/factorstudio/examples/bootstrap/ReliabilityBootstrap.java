package org.factorstudio.examples.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis;
import org.factorstudio.analysis.stats.CronbachAlpha;

/**
 * Nonparametric bootstrap percentile intervals of an index's reliability: Cronbach's alpha and omega from a
 * one-factor CFA by ML with the model-implied and with the observed variance of the sum (the coefficients of the
 * engine's {@code run omega}, {@code semTools::compRelSEM(obs.var = FALSE / TRUE)}). The sample is the respondents
 * who answered every statement (reversed ones already turned); each replicate draws n of them with replacement and
 * computes all three coefficients on the same resample, so the intervals belong together.
 *
 * <p>Quantiles as R's {@code boot.ci(type = "perc")} ({@link CorrelationBootstrap#quantile}). A replicate whose
 * CFA does not converge (or whose alpha is undefined) is left out of that coefficient's replicates, as
 * {@code boot.ci} drops non-finite values, and the interval's note counts them. BCa is not offered: its jackknife
 * would need n further CFA fits per index, and the percentile interval is what {@code semTools} users report.
 *
 * <p>Random numbers: Commons Math's WELL19937c seeded with the seed and the index's name
 * ({@link #seeded}), so one index's interval does not depend on the others; tests hand in R's resamples instead.
 */
public final class ReliabilityBootstrap {

	/** The coefficients, in the order of {@link #intervals}. */
	public static final List<String> COEFFICIENTS = List.of("alpha", "omega (implied)", "omega (observed)");
	private static final int CHECK_EVERY = 20;

	/** Where the resamples come from: each call gives n row numbers in 0..n-1, drawn with replacement. */
	@FunctionalInterface
	public interface Resamples {
		int[] next(int n);
	}

	/** One coefficient's interval; NaN bounds with a note when it cannot be computed. */
	public record Interval(String coefficient, int n, double estimate, double level, int replicates, double lower,
			double upper, String note) {
	}

	private final int replicates;
	private final double level;

	/**
	 * @param replicates number of resamples, at least 1
	 * @param level      confidence level, strictly between 0 and 1
	 */
	public ReliabilityBootstrap(int replicates, double level) {
		if (replicates < 1) {
			throw new IllegalArgumentException("replicates must be at least 1, not " + replicates);
		}
		if (!(level > 0 && level < 1)) {
			throw new IllegalArgumentException("level must lie between 0 and 1, not " + level);
		}
		this.replicates = replicates;
		this.level = level;
	}

	/** Seeded resamples of one stream (the index's name): the same seed gives the same resamples everywhere. */
	public static Resamples seeded(long seed, String stream) {
		RandomGenerator random = new Well19937c(new int[] { (int) seed, (int) (seed >>> 32), stream.hashCode() });
		return n -> {
			int[] rows = new int[n];
			for (int i = 0; i < n; i++) {
				rows[i] = random.nextInt(n);
			}
			return rows;
		};
	}

	/**
	 * Intervals of alpha, omega (implied) and omega (observed), in {@link #COEFFICIENTS} order.
	 *
	 * @param items   complete rows, keyed: {@code items[statement][respondent]}, at least 3 statements
	 * @param names   the statements' names (for the CFA model)
	 * @param monitor progress; cancelling throws {@link OperationCanceledException}
	 */
	public List<Interval> intervals(double[][] items, List<String> names, Resamples resamples,
			IProgressMonitor monitor) {
		int n = items[0].length;
		double[] estimates = coefficients(items, names, n);
		double[][] t = new double[COEFFICIENTS.size()][replicates];
		int[] finite = new int[COEFFICIENTS.size()];
		SubMonitor progress = SubMonitor.convert(monitor, replicates);
		double[][] resample = new double[items.length][n];
		for (int r = 0; r < replicates; r++) {
			if (r % CHECK_EVERY == 0) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.worked(Math.min(CHECK_EVERY, replicates - r));
			}
			int[] rows = resamples.next(n);
			for (int j = 0; j < items.length; j++) {
				for (int i = 0; i < n; i++) {
					resample[j][i] = items[j][rows[i]];
				}
			}
			double[] values = coefficients(resample, names, n);
			for (int c = 0; c < values.length; c++) {
				if (Double.isFinite(values[c])) {
					t[c][finite[c]++] = values[c];
				}
			}
		}
		List<Interval> out = new ArrayList<>();
		for (int c = 0; c < COEFFICIENTS.size(); c++) {
			out.add(interval(COEFFICIENTS.get(c), n, estimates[c], Arrays.copyOf(t[c], finite[c])));
		}
		return out;
	}

	private Interval interval(String coefficient, int n, double estimate, double[] values) {
		if (!Double.isFinite(estimate)) {
			return new Interval(coefficient, n, estimate, level, 0, Double.NaN, Double.NaN,
					"not computable on the sample itself");
		}
		if (values.length == 0) {
			return new Interval(coefficient, n, estimate, level, 0, Double.NaN, Double.NaN,
					"no resample gave a value (the one-factor model did not converge on any)");
		}
		Arrays.sort(values);
		String note = values.length < replicates
				? (replicates - values.length) + " of " + replicates + " resamples gave no value and were left out (the"
						+ " one-factor model did not converge on them, as with few statements and a near-zero residual"
						+ " variance); the interval describes the others and may be too narrow"
				: null;
		return new Interval(coefficient, n, estimate, level, values.length,
				CorrelationBootstrap.quantile(values, (1 - level) / 2),
				CorrelationBootstrap.quantile(values, (1 + level) / 2), note);
	}

	/** alpha, omega (implied), omega (observed) of complete keyed rows; NaN where one cannot be computed. */
	static double[] coefficients(double[][] items, List<String> names, int n) {
		double alpha = CronbachAlpha.listwise(items).alpha();
		double omega = Double.NaN;
		double observed = Double.NaN;
		try {
			ConfirmatoryFactorAnalysis.Fit fit = ConfirmatoryFactorAnalysis.fit(
					new ConfirmatoryFactorAnalysis.Model(names, List.of("f"), new int[names.size()]),
					ConfirmatoryFactorAnalysis.biasedCovariance(items), n);
			if (fit.converged()) {
				omega = fit.reliabilities().get(0).omega();
				observed = fit.reliabilities().get(0).omegaObserved();
			}
		} catch (IllegalArgumentException e) {
			// a resample where a statement has no variance: no omega for it, as lavaan refuses such data
		}
		return new double[] { alpha, omega, observed };
	}
}
