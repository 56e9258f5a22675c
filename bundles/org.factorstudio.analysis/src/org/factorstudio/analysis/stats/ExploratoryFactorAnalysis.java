package org.factorstudio.analysis.stats;

import java.util.Arrays;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Exploratory factor analysis of a correlation matrix as {@code psych::fa} (psych 2.2.9) computes it, solved to
 * tight tolerances, and Horn's parallel analysis as {@code psych::fa.parallel}.
 * <ul>
 * <li>Extraction {@code minres} ({@code fa(fm = "minres")}): the uniquenesses Psi in [0.005, 1] minimising the
 * squared off-diagonal residuals of R - LL'; its optimum is the fixed point of iterated principal axes (reduced
 * matrix R with communalities on the diagonal, L = top eigenvectors x sqrt(eigenvalues), communalities =
 * row sums of L squared), which is iterated here from the squared multiple correlations.</li>
 * <li>Extraction {@code ml} ({@code fa(fm = "ml")}, {@code factanal}): the Psi maximising the normal likelihood,
 * found by EM (Rubin and Thayer 1982); L = Psi^(1/2) V sqrt(max(lambda - 1, 0)) with V, lambda the top eigen
 * pairs of Psi^(-1/2) R Psi^(-1/2), as psych's FAout.</li>
 * <li>Rotation {@code varimax}: {@code stats::varimax(normalize = TRUE)}, which psych 2.2.9 calls for
 * rotate = "varimax" (Kaiser-normalised rows, SVD iteration of Kaiser's criterion).</li>
 * <li>Rotation {@code oblimin}: {@code GPArotation::oblimin(gam = 0, normalize = FALSE)}, Jennrich's (2002)
 * oblique gradient projection (GPFoblq) with the quartimin criterion f = sum(L^2 * (L^2 (J - I))) / 4.</li>
 * </ul>
 * Factors are ordered by variance explained (for oblique rotations diag(Phi L'L)) and signed so that each
 * column of loadings sums positive, psych's convention.
 */
public final class ExploratoryFactorAnalysis {

	/** psych's lower bound for the uniquenesses. */
	static final double SMALLEST_UNIQUENESS = 0.005;

	public enum Extraction {
		MINRES, ML
	}

	public enum Rotation {
		NONE, VARIMAX, OBLIMIN
	}

	/**
	 * A fitted solution: loadings (pattern for oblique rotations) [item][factor], the factor correlations (null
	 * for orthogonal solutions), communalities and uniquenesses per item, variance explained per factor.
	 */
	public record Solution(double[][] loadings, double[][] phi, double[] communalities, double[] uniquenesses,
			double[] ssLoadings, boolean converged) {

		public int factors() {
			return ssLoadings.length;
		}

		/** Variance explained by each factor as a share of the number of items. */
		public double[] proportions() {
			return Arrays.stream(ssLoadings).map(v -> v / loadings.length).toArray();
		}
	}

	private ExploratoryFactorAnalysis() {
	}

	/** Unrotated, ordered and signed solution plus the requested rotation. */
	public static Solution fit(double[][] r, int factors, Extraction extraction, Rotation rotation) {
		int p = r.length;
		if (factors < 1 || factors >= p) {
			throw new IllegalArgumentException(factors + " factors cannot be extracted from " + p + " items");
		}
		Unrotated unrotated = extraction == Extraction.MINRES ? minres(r, factors, 1e-14, 200_000) : ml(r, factors);
		double[][] loadings = unrotated.loadings;
		double[][] phi = null;
		boolean converged = unrotated.converged;
		if (factors > 1 && rotation == Rotation.VARIMAX) {
			loadings = varimax(loadings);
		} else if (factors > 1 && rotation == Rotation.OBLIMIN) {
			Oblique oblique = oblimin(loadings);
			loadings = oblique.loadings;
			phi = oblique.phi;
			converged &= oblique.converged;
		}
		return ordered(loadings, phi, converged);
	}

	private record Unrotated(double[][] loadings, boolean converged) {
	}

	private record Oblique(double[][] loadings, double[][] phi, boolean converged) {
	}

	/** minres: iterated principal axes from the squared multiple correlations to their fixed point. */
	static Unrotated minres(double[][] r, int factors, double tolerance, int maxIterations) {
		int p = r.length;
		RealMatrix inverse = new LUDecomposition(MatrixUtils.createRealMatrix(r)).getSolver().getInverse();
		double[] h = new double[p];
		for (int i = 0; i < p; i++) {
			h[i] = clampCommunality(1 - 1 / inverse.getEntry(i, i));
		}
		double[][] loadings = null;
		for (int iteration = 0; iteration < maxIterations; iteration++) {
			double[][] reduced = copy(r);
			for (int i = 0; i < p; i++) {
				reduced[i][i] = h[i];
			}
			loadings = principal(reduced, factors, 0);
			double change = 0;
			for (int i = 0; i < p; i++) {
				double next = clampCommunality(rowSquares(loadings[i]));
				change = Math.max(change, Math.abs(next - h[i]));
				h[i] = next;
			}
			if (change < tolerance) {
				return new Unrotated(loadings, true);
			}
		}
		return new Unrotated(loadings, false);
	}

	private static double clampCommunality(double h) {
		return Math.min(1 - SMALLEST_UNIQUENESS, Math.max(0, h));
	}

	/** ml: EM for the uniquenesses (monotone in the likelihood), loadings from the converged Psi. */
	static Unrotated ml(double[][] r, int factors) {
		int p = r.length;
		RealMatrix s = MatrixUtils.createRealMatrix(r);
		double[] psi = new double[p];
		RealMatrix inverse = new LUDecomposition(s).getSolver().getInverse();
		for (int i = 0; i < p; i++) {
			psi[i] = Math.min(1, Math.max(SMALLEST_UNIQUENESS, 1 / inverse.getEntry(i, i)));
		}
		RealMatrix l = MatrixUtils.createRealMatrix(mlLoadings(r, psi, factors));
		boolean converged = false;
		for (int iteration = 0; iteration < 500_000 && !converged; iteration++) {
			RealMatrix sigma = l.multiply(l.transpose()).add(MatrixUtils.createRealDiagonalMatrix(psi));
			RealMatrix beta = l.transpose().multiply(new LUDecomposition(sigma).getSolver().getInverse());
			RealMatrix czz = MatrixUtils.createRealIdentityMatrix(factors).subtract(beta.multiply(l))
					.add(beta.multiply(s).multiply(beta.transpose()));
			RealMatrix next = s.multiply(beta.transpose()).multiply(new LUDecomposition(czz).getSolver().getInverse());
			RealMatrix explained = next.multiply(beta).multiply(s);
			double change = 0;
			for (int i = 0; i < p; i++) {
				double value = Math.min(1, Math.max(SMALLEST_UNIQUENESS, r[i][i] - explained.getEntry(i, i)));
				change = Math.max(change, Math.abs(value - psi[i]));
				psi[i] = value;
			}
			l = next;
			converged = change < 1e-14;
		}
		return new Unrotated(mlLoadings(r, psi, factors), converged);
	}

	/** psych's FAout for ML: Psi^(1/2) V sqrt(max(lambda - 1, 0)) of Psi^(-1/2) R Psi^(-1/2). */
	private static double[][] mlLoadings(double[][] r, double[] psi, int factors) {
		int p = r.length;
		double[][] scaled = new double[p][p];
		for (int i = 0; i < p; i++) {
			for (int j = 0; j < p; j++) {
				scaled[i][j] = r[i][j] / Math.sqrt(psi[i] * psi[j]);
			}
		}
		double[][] l = principal(scaled, factors, 1);
		for (int i = 0; i < p; i++) {
			for (int k = 0; k < factors; k++) {
				l[i][k] *= Math.sqrt(psi[i]);
			}
		}
		return l;
	}

	/** The top eigenvectors times sqrt(max(eigenvalue - shift, 0)). */
	private static double[][] principal(double[][] m, int factors, double shift) {
		EigenDecomposition eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(m));
		double[] values = eigen.getRealEigenvalues();
		Integer[] order = descending(values);
		double[][] l = new double[m.length][factors];
		for (int k = 0; k < factors; k++) {
			double scale = Math.sqrt(Math.max(values[order[k]] - shift, 0));
			double[] v = eigen.getEigenvector(order[k]).toArray();
			for (int i = 0; i < m.length; i++) {
				l[i][k] = v[i] * scale;
			}
		}
		return l;
	}

	/** {@code stats::varimax(L, normalize = TRUE)}, iterated until the criterion stops growing. */
	static double[][] varimax(double[][] loadings) {
		int p = loadings.length;
		int q = loadings[0].length;
		double[] norms = new double[p];
		double[][] x = new double[p][q];
		for (int i = 0; i < p; i++) {
			norms[i] = Math.sqrt(rowSquares(loadings[i]));
			for (int k = 0; k < q; k++) {
				x[i][k] = loadings[i][k] / norms[i];
			}
		}
		RealMatrix xm = MatrixUtils.createRealMatrix(x);
		RealMatrix t = MatrixUtils.createRealIdentityMatrix(q);
		double d = 0;
		for (int iteration = 0; iteration < 10_000; iteration++) {
			double[][] z = xm.multiply(t).getData();
			double[] columnSquares = new double[q];
			for (double[] row : z) {
				for (int k = 0; k < q; k++) {
					columnSquares[k] += row[k] * row[k] / p;
				}
			}
			double[][] target = new double[p][q];
			for (int i = 0; i < p; i++) {
				for (int k = 0; k < q; k++) {
					target[i][k] = z[i][k] * z[i][k] * z[i][k] - z[i][k] * columnSquares[k];
				}
			}
			SingularValueDecomposition svd = new SingularValueDecomposition(
					xm.transpose().multiply(MatrixUtils.createRealMatrix(target)));
			t = svd.getU().multiply(svd.getVT());
			double past = d;
			d = Arrays.stream(svd.getSingularValues()).sum();
			if (d < past * (1 + 1e-15)) {
				break;
			}
		}
		double[][] z = xm.multiply(t).getData();
		for (int i = 0; i < p; i++) {
			for (int k = 0; k < q; k++) {
				z[i][k] *= norms[i];
			}
		}
		return z;
	}

	/** GPArotation's GPFoblq with vgQ.oblimin(gam = 0), from the identity, to a projected gradient below 1e-8
	 * (GPArotation's default eps is 1e-5; below about 1e-10 rounding keeps the gradient from falling further). */
	static Oblique oblimin(double[][] a) {
		RealMatrix am = MatrixUtils.createRealMatrix(a);
		int q = a[0].length;
		RealMatrix t = MatrixUtils.createRealIdentityMatrix(q);
		RealMatrix l = am;
		double[][] gq = new double[a.length][q];
		double f = quartimin(l.getData(), gq);
		RealMatrix g = gradient(l, gq, t);
		double step = 1;
		boolean converged = false;
		for (int iteration = 0; iteration <= 20_000; iteration++) {
			RealMatrix gp = g.copy();
			for (int k = 0; k < q; k++) {
				double dot = 0;
				for (int i = 0; i < q; i++) {
					dot += t.getEntry(i, k) * g.getEntry(i, k);
				}
				for (int i = 0; i < q; i++) {
					gp.addToEntry(i, k, -t.getEntry(i, k) * dot);
				}
			}
			double s = gp.getFrobeniusNorm();
			if (s < 1e-8) {
				converged = true;
				break;
			}
			step *= 2;
			RealMatrix tNext = t;
			RealMatrix lNext = l;
			double fNext = f;
			double[][] gqNext = new double[a.length][q];
			for (int halving = 0; halving <= 10; halving++) {
				RealMatrix x = t.subtract(gp.scalarMultiply(step));
				for (int k = 0; k < q; k++) {
					double norm = x.getColumnVector(k).getNorm();
					for (int i = 0; i < q; i++) {
						x.multiplyEntry(i, k, 1 / norm);
					}
				}
				tNext = x;
				lNext = am.multiply(new LUDecomposition(tNext).getSolver().getInverse().transpose());
				fNext = quartimin(lNext.getData(), gqNext);
				if (f - fNext > 0.5 * s * s * step) {
					break;
				}
				step /= 2;
			}
			t = tNext;
			l = lNext;
			f = fNext;
			gq = gqNext;
			g = gradient(l, gq, t);
		}
		return new Oblique(l.getData(), t.transpose().multiply(t).getData(), converged);
	}

	/** G = -(L' Gq T^-1)' as GPFoblq. */
	private static RealMatrix gradient(RealMatrix l, double[][] gq, RealMatrix t) {
		return l.transpose().multiply(MatrixUtils.createRealMatrix(gq))
				.multiply(new LUDecomposition(t).getSolver().getInverse()).transpose().scalarMultiply(-1);
	}

	/** vgQ.oblimin with gam = 0: X = L^2 (J - I), Gq = L * X, f = sum(L^2 * X) / 4. */
	private static double quartimin(double[][] l, double[][] gq) {
		double f = 0;
		for (int i = 0; i < l.length; i++) {
			double total = 0;
			for (double v : l[i]) {
				total += v * v;
			}
			for (int k = 0; k < l[i].length; k++) {
				double x = total - l[i][k] * l[i][k];
				gq[i][k] = l[i][k] * x;
				f += l[i][k] * l[i][k] * x / 4;
			}
		}
		return f;
	}

	/** psych's order (variance explained, decreasing) and signs (column sums positive). */
	private static Solution ordered(double[][] loadings, double[][] phi, boolean converged) {
		int p = loadings.length;
		int q = loadings[0].length;
		double[] ss = explained(loadings, phi);
		Integer[] order = descending(ss);
		double[][] l = new double[p][q];
		double[] sign = new double[q];
		for (int k = 0; k < q; k++) {
			double sum = 0;
			for (int i = 0; i < p; i++) {
				sum += loadings[i][order[k]];
			}
			sign[k] = sum < 0 ? -1 : 1;
			for (int i = 0; i < p; i++) {
				l[i][k] = sign[k] * loadings[i][order[k]];
			}
		}
		double[][] ph = null;
		if (phi != null) {
			ph = new double[q][q];
			for (int j = 0; j < q; j++) {
				for (int k = 0; k < q; k++) {
					ph[j][k] = sign[j] * sign[k] * phi[order[j]][order[k]];
				}
			}
		}
		double[] h2 = new double[p];
		double[] u2 = new double[p];
		for (int i = 0; i < p; i++) {
			for (int j = 0; j < q; j++) {
				for (int k = 0; k < q; k++) {
					h2[i] += l[i][j] * l[i][k] * (ph == null ? (j == k ? 1 : 0) : ph[j][k]);
				}
			}
			u2[i] = 1 - h2[i];
		}
		return new Solution(l, ph, h2, u2, explained(l, ph), converged);
	}

	/** SS loadings: column sums of squares, for oblique solutions diag(Phi L'L) as psych. */
	private static double[] explained(double[][] l, double[][] phi) {
		int q = l[0].length;
		double[][] ltl = new double[q][q];
		for (double[] row : l) {
			for (int j = 0; j < q; j++) {
				for (int k = 0; k < q; k++) {
					ltl[j][k] += row[j] * row[k];
				}
			}
		}
		double[] ss = new double[q];
		for (int k = 0; k < q; k++) {
			if (phi == null) {
				ss[k] = ltl[k][k];
			} else {
				for (int j = 0; j < q; j++) {
					ss[k] += phi[k][j] * ltl[j][k];
				}
			}
		}
		return ss;
	}

	/** Eigenvalues of a symmetric matrix, largest first. */
	public static double[] eigenvalues(double[][] m) {
		double[] values = new EigenDecomposition(MatrixUtils.createRealMatrix(m)).getRealEigenvalues().clone();
		Arrays.sort(values);
		for (int i = 0; i < values.length / 2; i++) {
			double v = values[i];
			values[i] = values[values.length - 1 - i];
			values[values.length - 1 - i] = v;
		}
		return values;
	}

	/** fa.parallel's factor eigenvalues: R with the communalities of a one-factor minres solution on the diagonal. */
	public static double[] reducedEigenvalues(double[][] r) {
		return reducedEigenvalues(r, 1e-14, 200_000);
	}

	/** Simulated matrices need less: their eigenvalues only meet a percentile (communalities to 1e-9). */
	private static double[] reducedEigenvalues(double[][] r, double tolerance, int maxIterations) {
		double[][] l = minres(r, 1, tolerance, maxIterations).loadings;
		double[][] reduced = copy(r);
		for (int i = 0; i < r.length; i++) {
			reduced[i][i] = rowSquares(l[i]);
		}
		return eigenvalues(reduced);
	}

	/**
	 * Parallel analysis: observed eigenvalues of R (components) and of the reduced matrix (factors) against the
	 * {@code quantile} (psych: 0.95) of the same eigenvalues of {@code iterations} correlation matrices of n x p
	 * standard normal data (psych's sim = TRUE); suggested = the number of leading observed eigenvalues above it
	 * ({@code which(!(observed > simulated))[1] - 1}, psych's nfact and ncomp).
	 */
	public record Parallel(double[] observedComponents, double[] observedFactors, double[] simulatedComponents,
			double[] simulatedFactors, int factors, int components) {
	}

	public static Parallel parallel(double[][] r, int n, int iterations, long seed, double quantile) {
		int p = r.length;
		double[] pc = eigenvalues(r);
		double[] fa = reducedEigenvalues(r);
		RandomGenerator random = new Well19937c(seed);
		double[][] simulatedPc = new double[p][iterations];
		double[][] simulatedFa = new double[p][iterations];
		for (int it = 0; it < iterations; it++) {
			double[][] columns = new double[p][n];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < p; j++) {
					columns[j][i] = random.nextGaussian();
				}
			}
			double[][] c = correlations(columns);
			double[] a = eigenvalues(c);
			double[] b = reducedEigenvalues(c, 1e-9, 20_000);
			for (int j = 0; j < p; j++) {
				simulatedPc[j][it] = a[j];
				simulatedFa[j][it] = b[j];
			}
		}
		double[] pcQ = new double[p];
		double[] faQ = new double[p];
		for (int j = 0; j < p; j++) {
			pcQ[j] = quantile(simulatedPc[j], quantile);
			faQ[j] = quantile(simulatedFa[j], quantile);
		}
		return new Parallel(pc, fa, pcQ, faQ, leadingAbove(fa, faQ), leadingAbove(pc, pcQ));
	}

	private static int leadingAbove(double[] observed, double[] simulated) {
		int k = 0;
		while (k < observed.length && observed[k] > simulated[k]) {
			k++;
		}
		return k;
	}

	/** R's default quantile (type 7). */
	static double quantile(double[] values, double probability) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double h = (sorted.length - 1) * probability;
		int low = (int) Math.floor(h);
		int high = Math.min(low + 1, sorted.length - 1);
		return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
	}

	/** Pearson correlations of complete columns. */
	public static double[][] correlations(double[][] columns) {
		int p = columns.length;
		int n = columns[0].length;
		double[][] centred = new double[p][n];
		double[] norm = new double[p];
		for (int j = 0; j < p; j++) {
			double mean = Arrays.stream(columns[j]).average().orElse(Double.NaN);
			for (int i = 0; i < n; i++) {
				centred[j][i] = columns[j][i] - mean;
				norm[j] += centred[j][i] * centred[j][i];
			}
			norm[j] = Math.sqrt(norm[j]);
		}
		double[][] r = new double[p][p];
		for (int j = 0; j < p; j++) {
			r[j][j] = 1;
			for (int k = 0; k < j; k++) {
				double sum = 0;
				for (int i = 0; i < n; i++) {
					sum += centred[j][i] * centred[k][i];
				}
				r[j][k] = r[k][j] = sum / (norm[j] * norm[k]);
			}
		}
		return r;
	}

	private static Integer[] descending(double[] values) {
		Integer[] order = new Integer[values.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
		return order;
	}

	private static double rowSquares(double[] row) {
		double sum = 0;
		for (double v : row) {
			sum += v * v;
		}
		return sum;
	}

	private static double[][] copy(double[][] m) {
		double[][] c = new double[m.length][];
		for (int i = 0; i < m.length; i++) {
			c[i] = m[i].clone();
		}
		return c;
	}
}
