package org.factorstudio.analysis.stats;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Polychoric correlations of ordinal items by the two-step method (Olsson 1979): the thresholds of each
 * item are fixed from its cumulative proportions, tau_c = Phi^-1(P(X &le; c)); then, for each pair, rho
 * maximises the multinomial log-likelihood sum n_ij log P_ij(rho) of the pair's contingency table, where
 * P_ij is the bivariate normal probability of the cell's threshold rectangle ({@link BivariateNormal}).
 * No continuity correction for empty cells (psych's {@code correct = 0}).
 *
 * <p><b>Thresholds and missing data</b>, declared by {@link Thresholds}:
 * <ul>
 * <li>{@link Thresholds#ITEM}: each item's thresholds from all its answers, the table of each pair from
 * the respondents who answered both: {@code psych::polychoric(x, correct = 0)} (its {@code global = TRUE}
 * default).</li>
 * <li>{@link Thresholds#PAIR}: the thresholds from the margins of the pair's own table:
 * {@code polycor::polychor(x, y, ML = FALSE)}. With complete data the two are the same.</li>
 * </ul>
 * Categories are the distinct observed values of an item (a category nobody chose has no threshold of its
 * own, as in both packages). rho is found by Brent's method on (-1, 1) to about 1e-11, tighter than R's
 * {@code optimize()} default (about 1e-4), so the R packages' printed values agree to about 1e-5 and the
 * same estimate optimised tightly in R to 1e-9 (see the test data's {@code make-references.R}).
 *
 * <p><b>Not computable</b> (NaN): a pair with fewer than 2 categories on either item among its complete
 * rows, or no complete rows.
 * Reference: U. Olsson (1979), Maximum likelihood estimation of the polychoric correlation coefficient,
 * <i>Psychometrika</i> 44, 443-460.
 */
public final class PolychoricCorrelation {

	/** Where the thresholds come from. */
	public enum Thresholds {
		/** Each item's own answers (psych::polychoric, global = TRUE). */
		ITEM,
		/** The pair's complete rows (polycor::polychor). */
		PAIR
	}

	/**
	 * The polychoric matrix of a set of items.
	 *
	 * @param rho        k x k, 1 on the diagonal, NaN where not computable
	 * @param n          k x k, complete rows per pair (diagonal: answers to the item)
	 * @param thresholds per item, its thresholds (item rule), in the order of its categories
	 * @param categories per item, its distinct observed values in increasing order
	 */
	public record Matrix(double[][] rho, int[][] n, List<double[]> thresholds, List<double[]> categories,
			Thresholds rule) {
		public int size() {
			return rho.length;
		}
	}

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
	private static final double BOUND = 1 - 1e-9;

	private PolychoricCorrelation() {
	}

	/**
	 * The polychoric matrix of the given item columns (NaN = missing). Pairs are computed in parallel; the
	 * result does not depend on the order in which they finish.
	 */
	public static Matrix matrix(double[][] columns, Thresholds rule) {
		int k = columns.length;
		byte[][] codes = new byte[k][];
		double[][] categories = new double[k][];
		double[][] itemTau = new double[k][];
		for (int i = 0; i < k; i++) {
			categories[i] = Arrays.stream(columns[i]).filter(v -> !Double.isNaN(v)).distinct().sorted().toArray();
			if (categories[i].length > Byte.MAX_VALUE) {
				throw new IllegalArgumentException("item " + (i + 1) + " has " + categories[i].length
						+ " distinct values; polychoric correlations are for ordinal items with at most 127 categories");
			}
			codes[i] = new byte[columns[i].length];
			int[] counts = new int[categories[i].length];
			for (int row = 0; row < columns[i].length; row++) {
				double v = columns[i][row];
				int c = Double.isNaN(v) ? -1 : Arrays.binarySearch(categories[i], v);
				codes[i][row] = (byte) c;
				if (c >= 0) {
					counts[c]++;
				}
			}
			itemTau[i] = cuts(counts);
		}
		double[][] rho = new double[k][k];
		int[][] n = new int[k][k];
		for (int i = 0; i < k; i++) {
			rho[i][i] = 1;
			n[i][i] = (int) Arrays.stream(columns[i]).filter(v -> !Double.isNaN(v)).count();
		}
		int pairs = k * (k - 1) / 2;
		IntStream.range(0, pairs).parallel().forEach(p -> {
			int i = (int) ((Math.sqrt(8.0 * p + 1) - 1) / 2) + 1;
			while (i * (i - 1) / 2 > p) {
				i--;
			}
			while ((i + 1) * i / 2 <= p) {
				i++;
			}
			int j = p - i * (i - 1) / 2;
			int[][] table = new int[categories[i].length][categories[j].length];
			byte[] a = codes[i];
			byte[] b = codes[j];
			int count = 0;
			for (int row = 0; row < a.length; row++) {
				if (a[row] >= 0 && b[row] >= 0) {
					table[a[row]][b[row]]++;
					count++;
				}
			}
			double r = rho(table, rule == Thresholds.ITEM ? itemTau[i] : null,
					rule == Thresholds.ITEM ? itemTau[j] : null);
			rho[i][j] = r;
			rho[j][i] = r;
			n[i][j] = count;
			n[j][i] = count;
		});
		return new Matrix(rho, n, List.of(itemTau), List.of(categories), rule);
	}

	/**
	 * rho of one contingency table. With {@code rowTau}/{@code colTau} null the thresholds come from the
	 * table's margins (empty rows and columns removed, as polycor does).
	 */
	public static double rho(int[][] table, double[] rowTau, double[] colTau) {
		int[][] t = table;
		if (rowTau == null || colTau == null) {
			t = withoutEmptyMargins(table);
			if (t.length < 2 || t[0].length < 2) {
				return Double.NaN;
			}
			rowTau = cuts(rowSums(t));
			colTau = cuts(colSums(t));
		} else if (nonEmpty(rowSums(t)) < 2 || nonEmpty(colSums(t)) < 2) {
			return Double.NaN;
		}
		final int[][] counts = t;
		final double[] rc = rowTau;
		final double[] cc = colTau;
		BrentOptimizer brent = new BrentOptimizer(1e-11, 1e-12);
		return brent.optimize(new MaxEval(10_000), GoalType.MAXIMIZE,
				new UnivariateObjectiveFunction(r -> logLikelihood(counts, rc, cc, r)),
				new SearchInterval(-BOUND, BOUND, 0)).getPoint();
	}

	/** sum n_ij log P_ij(rho); cells with zero probability and zero count contribute nothing. */
	static double logLikelihood(int[][] table, double[] rowTau, double[] colTau, double rho) {
		int rows = rowTau.length + 2;
		int cols = colTau.length + 2;
		double[][] cdf = new double[rows][cols];
		for (int i = 0; i < rows; i++) {
			double x = i == 0 ? Double.NEGATIVE_INFINITY : i == rows - 1 ? Double.POSITIVE_INFINITY : rowTau[i - 1];
			for (int j = 0; j < cols; j++) {
				double y = j == 0 ? Double.NEGATIVE_INFINITY : j == cols - 1 ? Double.POSITIVE_INFINITY : colTau[j - 1];
				cdf[i][j] = BivariateNormal.cdf(x, y, rho);
			}
		}
		double sum = 0;
		for (int i = 0; i < table.length; i++) {
			for (int j = 0; j < table[i].length; j++) {
				if (table[i][j] > 0) {
					double p = cdf[i + 1][j + 1] - cdf[i][j + 1] - cdf[i + 1][j] + cdf[i][j];
					sum += table[i][j] * Math.log(Math.max(p, Double.MIN_NORMAL));
				}
			}
		}
		return sum;
	}

	/** Thresholds Phi^-1 of the cumulative proportions of the counts (the last, 1, left out). */
	static double[] cuts(int[] counts) {
		long total = Arrays.stream(counts).asLongStream().sum();
		double[] tau = new double[Math.max(0, counts.length - 1)];
		long cumulative = 0;
		for (int c = 0; c < tau.length; c++) {
			cumulative += counts[c];
			tau[c] = STANDARD_NORMAL.inverseCumulativeProbability((double) cumulative / total);
		}
		return tau;
	}

	private static int nonEmpty(int[] sums) {
		return (int) Arrays.stream(sums).filter(s -> s > 0).count();
	}

	private static int[] rowSums(int[][] t) {
		return Arrays.stream(t).mapToInt(row -> Arrays.stream(row).sum()).toArray();
	}

	private static int[] colSums(int[][] t) {
		int[] sums = new int[t.length == 0 ? 0 : t[0].length];
		for (int[] row : t) {
			for (int j = 0; j < row.length; j++) {
				sums[j] += row[j];
			}
		}
		return sums;
	}

	private static int[][] withoutEmptyMargins(int[][] t) {
		int[] rs = rowSums(t);
		int[] cs = colSums(t);
		int[] keepRows = IntStream.range(0, rs.length).filter(i -> rs[i] > 0).toArray();
		int[] keepCols = IntStream.range(0, cs.length).filter(j -> cs[j] > 0).toArray();
		int[][] out = new int[keepRows.length][keepCols.length];
		for (int i = 0; i < keepRows.length; i++) {
			for (int j = 0; j < keepCols.length; j++) {
				out[i][j] = t[keepRows[i]][keepCols[j]];
			}
		}
		return out;
	}
}
