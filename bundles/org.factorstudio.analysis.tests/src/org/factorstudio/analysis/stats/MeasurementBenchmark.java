package org.factorstudio.analysis.stats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Timing of the measurement kernels on seeded synthetic data; not a test (no timing assertions). Run by
 * {@code docs/bench/measurement-vs-r.sh}, which also times R on the same data:
 *
 * <pre>
 * java -cp &lt;classes&gt;:commons-math3-3.6.1.jar org.factorstudio.analysis.stats.MeasurementBenchmark [--write DIR]
 * </pre>
 *
 * <ul>
 * <li>polychoric matrix ({@link PolychoricCorrelation}, item thresholds) of 50 statements on 1..5 x 100,000
 * respondents: 10 latent factors with loadings 0.5..0.8, cut at fixed thresholds, 2 % answers missing;</li>
 * <li>CFA ({@link ConfirmatoryFactorAnalysis}) of 10 correlated factors x 5 statements (50) on 10,000
 * respondents, covariance matrix included.</li>
 * </ul>
 * With {@code --write DIR} it writes the two data sets as CSV (polychoric.csv, cfa.csv) for R and exits.
 */
public final class MeasurementBenchmark {

	private MeasurementBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		double[][] ordinal = data(50, 100_000, 10, true, 20260101L);
		double[][] continuous = data(50, 10_000, 10, false, 20260102L);
		if (args.length == 2 && args[0].equals("--write")) {
			write(Path.of(args[1]).resolve("polychoric.csv"), ordinal);
			write(Path.of(args[1]).resolve("cfa.csv"), continuous);
			return;
		}
		System.out.printf("processors %d, max heap %d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
				System.getProperty("java.version"));
		List<String> names = new ArrayList<>();
		int[] factorOf = new int[50];
		for (int i = 0; i < 50; i++) {
			names.add("s" + (i + 1));
			factorOf[i] = i / 5;
		}
		List<String> factors = new ArrayList<>();
		for (int f = 0; f < 10; f++) {
			factors.add("F" + (f + 1));
		}
		ConfirmatoryFactorAnalysis.Model model = new ConfirmatoryFactorAnalysis.Model(names, factors, factorOf);
		for (int run = 1; run <= 4; run++) {
			long t0 = System.nanoTime();
			PolychoricCorrelation.Matrix m = PolychoricCorrelation.matrix(ordinal, PolychoricCorrelation.Thresholds.ITEM);
			long t1 = System.nanoTime();
			ConfirmatoryFactorAnalysis.Fit fit = ConfirmatoryFactorAnalysis.fit(model,
					ConfirmatoryFactorAnalysis.biasedCovariance(continuous), continuous[0].length);
			long t2 = System.nanoTime();
			System.out.printf("run %d: polychoric 50 x 100000: %.3f s (rho[1,2] = %.6f); CFA 10 factors x 50 on 10000:"
					+ " %.3f s (%d iterations, chi-square %.4f, CFI %.6f)%n", run, (t1 - t0) / 1e9, m.rho()[0][1],
					(t2 - t1) / 1e9, fit.iterations(), fit.indices().chiSquare(), fit.indices().cfi());
		}
	}

	/** Items = loading * factor + noise; ordinal: cut at -1.2, -0.4, 0.4, 1.2 into 1..5 with 2 % missing. */
	static double[][] data(int items, int n, int factorCount, boolean ordinal, long seed) {
		Random random = new Random(seed);
		double[][] x = new double[items][n];
		double[] loading = new double[items];
		for (int i = 0; i < items; i++) {
			loading[i] = 0.5 + 0.3 * random.nextDouble();
		}
		double[] factor = new double[factorCount];
		for (int r = 0; r < n; r++) {
			double common = random.nextGaussian();
			for (int f = 0; f < factorCount; f++) {
				factor[f] = 0.5 * common + Math.sqrt(0.75) * random.nextGaussian();
			}
			for (int i = 0; i < items; i++) {
				double v = loading[i] * factor[i * factorCount / items]
						+ Math.sqrt(1 - loading[i] * loading[i]) * random.nextGaussian();
				if (ordinal) {
					v = v < -1.2 ? 1 : v < -0.4 ? 2 : v < 0.4 ? 3 : v < 1.2 ? 4 : 5;
					if (random.nextDouble() < 0.02) {
						v = Double.NaN;
					}
				}
				x[i][r] = v;
			}
		}
		return x;
	}

	private static void write(Path file, double[][] x) throws IOException {
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			StringBuilder header = new StringBuilder();
			for (int i = 0; i < x.length; i++) {
				header.append(i == 0 ? "" : ",").append("s").append(i + 1);
			}
			w.write(header.append('\n').toString());
			StringBuilder line = new StringBuilder();
			for (int r = 0; r < x[0].length; r++) {
				line.setLength(0);
				for (int i = 0; i < x.length; i++) {
					if (i > 0) {
						line.append(',');
					}
					double v = x[i][r];
					if (Double.isNaN(v)) {
						line.append("NA");
					} else if (v == Math.rint(v)) {
						line.append((long) v);
					} else {
						line.append(v);
					}
				}
				w.write(line.append('\n').toString());
			}
		}
	}
}
