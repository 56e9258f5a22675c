package org.factorstudio.examples.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.factorstudio.examples.bootstrap.CorrelationBootstrap.Coefficient;
import org.junit.jupiter.api.Test;

/** Reproducibility, cancellation, degenerate samples and the quantile rule of {@link CorrelationBootstrap}. */
class CorrelationBootstrapTest {

	// 14 respondents of the statistics conventions' golden data: index score and dependent (NaN = missing)
	private static final double[] INDEX = { 4.25, 3.25, 4.75, 2.25, 4.00, 1.25, 3.25, 5.00, 2.25, 4.25, 2.75,
			3.6666666666666665, 1.50, 4.50 };
	private static final double[] DV = { 3, 4, 4, 2, 5, 2, 1, 4, 3, 2, 3, 5, Double.NaN, 4 };

	private static BootstrapInterval run(long seed) {
		return new CorrelationBootstrap(Coefficient.SPEARMAN, 1000, seed, 0.95).interval(INDEX, DV, "index",
				new NullProgressMonitor());
	}

	@Test
	void theSameSeedGivesTheSameIntervalsAnotherSeedOtherOnes() {
		BootstrapInterval first = run(42);
		BootstrapInterval again = run(42);
		assertEquals(first, again);
		BootstrapInterval other = run(43);
		assertNotEquals(first.percentileLower(), other.percentileLower());
		assertNotEquals(first.bcaUpper(), other.bcaUpper());
		// the estimate and the jackknife do not depend on the random numbers
		assertEquals(first.estimate(), other.estimate());
		assertEquals(first.acceleration(), other.acceleration());
	}

	@Test
	void theEstimateIsThePairwiseSpearmanRhoAndLiesInsideTheIntervals() {
		BootstrapInterval interval = run(42);
		// statistics-conventions.md: rho(index, dv), pairwise, N = 13 is 0.483127 (R 4.2.2 cor.test, SciPy)
		assertEquals(13, interval.n());
		assertEquals(0.483127, interval.estimate(), 5e-7);
		assertEquals(1000, interval.replicates());
		assertTrue(interval.percentileLower() < interval.estimate() && interval.estimate() < interval.percentileUpper(),
				interval::toString);
		assertTrue(interval.hasBca(), interval::toString);
		assertTrue(interval.bcaLower() < interval.bcaUpper(), interval::toString);
		assertTrue(interval.percentileLower() >= -1 && interval.percentileUpper() <= 1, interval::toString);
	}

	@Test
	void cancellingStopsTheResamplingSoon() {
		AtomicInteger looks = new AtomicInteger();
		NullProgressMonitor cancelLater = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return looks.incrementAndGet() > 3;
			}
		};
		CorrelationBootstrap bootstrap = new CorrelationBootstrap(Coefficient.SPEARMAN, 100_000, 1, 0.95);
		assertThrows(OperationCanceledException.class, () -> bootstrap.interval(INDEX, DV, "index", cancelLater));
		// it looked at the monitor every 50 replicates and stopped at the first "yes", long before 100 000
		assertTrue(looks.get() <= 10, "looks: " + looks.get());
	}

	@Test
	void fewerThanThreePairsAreNotComputable() {
		double[] x = { 1, 2, Double.NaN, 4 };
		double[] y = { 2, 1, 3, Double.NaN };
		BootstrapInterval interval = new CorrelationBootstrap(Coefficient.SPEARMAN, 200, 1, 0.95).interval(x, y, "x",
				new NullProgressMonitor());
		assertEquals(2, interval.n());
		assertFalse(interval.isComputable());
		assertTrue(Double.isNaN(interval.estimate()) && Double.isNaN(interval.percentileLower())
				&& Double.isNaN(interval.bcaUpper()), interval::toString);
		assertTrue(interval.note().startsWith("not computable: "), interval.note());
		assertTrue(interval.note().contains("3"), interval.note());
	}

	@Test
	void aConstantColumnIsNotComputable() {
		double[] x = { 3, 3, 3, 3, 3, 3 };
		double[] y = { 1, 2, 3, 4, 5, 6 };
		BootstrapInterval interval = new CorrelationBootstrap(Coefficient.PEARSON, 200, 1, 0.95).interval(x, y, "x",
				new NullProgressMonitor());
		assertEquals(6, interval.n());
		assertFalse(interval.isComputable());
		assertTrue(interval.note().startsWith("not computable: "), interval.note());
		assertTrue(interval.note().contains("variance"), interval.note());
	}

	@Test
	void resamplesWithAConstantColumnAreLeftOutAndCounted() {
		// three distinct pairs: a resample is constant when it draws one pair three times (probability 1/9)
		double[] x = { 1, 2, 3 };
		double[] y = { 1, 3, 2 };
		BootstrapInterval interval = new CorrelationBootstrap(Coefficient.SPEARMAN, 1000, 7, 0.95).interval(x, y, "x",
				new NullProgressMonitor());
		assertTrue(interval.replicates() > 800 && interval.replicates() < 960, interval::toString);
		// leave-one-out samples of three pairs are two pairs: no jackknife, so no BCa, and the note says so
		assertTrue(interval.isComputable(), interval::toString);
		assertFalse(interval.hasBca(), interval::toString);
		assertTrue(interval.note().contains("BCa not computable"), interval.note());
	}

	@Test
	void quantilesFollowBootNormInter() {
		double[] sorted = new double[19];
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = i + 1;
		}
		// R 4.2.2, boot 1.3.28.1: boot:::norm.inter(as.numeric(1:19), c(0.125, 0.025, 0.5, 0.975))
		assertEquals(2.5352609393658168, CorrelationBootstrap.quantile(sorted, 0.125), 1e-12);
		assertEquals(1.0, CorrelationBootstrap.quantile(sorted, 0.025), 0);
		assertEquals(10.0, CorrelationBootstrap.quantile(sorted, 0.5), 0);
		assertEquals(19.0, CorrelationBootstrap.quantile(sorted, 0.975), 0);
	}

	@Test
	void withoutBiasAndAccelerationBcaIsThePercentileInterval() {
		assertEquals(0.025, CorrelationBootstrap.adjusted(0.025, 0, 0), 1e-15);
		assertEquals(0.975, CorrelationBootstrap.adjusted(0.975, 0, 0), 1e-15);
	}
	@Test
	void boundsOnTheSmallestOrLargestReplicateSaySo() {
		// (B + 1) alpha below 1 or above B: the bound is an extreme replicate, as R's boot.ci warns
		assertTrue(CorrelationBootstrap.usesExtreme(100, 0.0005));
		assertTrue(CorrelationBootstrap.usesExtreme(100, 0.9995));
		assertFalse(CorrelationBootstrap.usesExtreme(2000, 0.025));
		assertFalse(CorrelationBootstrap.usesExtreme(2000, 0.975));
		BootstrapInterval extreme = new CorrelationBootstrap(Coefficient.SPEARMAN, 100, 42, 0.999).interval(INDEX, DV,
				"index", new NullProgressMonitor());
		assertTrue(extreme.note() != null && extreme.note().contains("extreme order statistics"), extreme::toString);
		assertTrue(run(42).note() == null, "1000 replicates at 95% use interpolated quantiles");
	}
}
