package org.factorstudio.analysis.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Confirmatory factor analysis of a simple-structure model: every indicator loads on exactly one factor,
 * factors have variance 1 and are freely correlated, residuals are uncorrelated. Estimated by maximum
 * likelihood on the biased covariance matrix S (divisor n), like {@code lavaan::cfa(model, std.lv = TRUE)}
 * with its defaults (estimator ML, likelihood "normal", expected information).
 *
 * <p><b>Estimation.</b> Minimises F = log|Sigma| + tr(S Sigma^-1) - log|S| - p, Sigma = Lambda Phi Lambda' + Theta,
 * by Fisher scoring: the step solves H d = -g with g_a = tr(Sigma^-1 (Sigma - S) Sigma^-1 dSigma/da) and the
 * expected Hessian H_ab = tr(Sigma^-1 dSigma/da Sigma^-1 dSigma/db), halved while F does not decrease;
 * stops when the largest step is below 1e-9 and the largest gradient below 1e-6 (at most 1000 iterations). Each dSigma/da is
 * u v' + v u', so H = 2 (A o B + C o C') with A = U'WU, B = V'WV, C = U'WV (W = Sigma^-1); the
 * formulas are those of K. G. Joreskog (1969), A general approach to confirmatory maximum likelihood factor
 * analysis, <i>Psychometrika</i> 34, 183-202. A factor whose loadings sum to a negative number is
 * reflected (the sign of a standardized latent variable is arbitrary; lavaan reports the positive one).
 *
 * <p><b>Standard errors</b> from the expected information: Cov = (n / 2 H)^-1; z = est / se; p two-sided
 * normal. <b>Fit</b> (lavaan's definitions): chi-square = n F, df = p(p + 1)/2 - q; baseline chi-square of
 * the independence model n (sum log s_ii - log|S|) with p(p - 1)/2 df; CFI = 1 - max(chi2 - df, 0) /
 * max(chi2 - df, chi2_0 - df_0, 0); TLI = (chi2_0/df_0 - chi2/df) / (chi2_0/df_0 - 1); RMSEA =
 * sqrt(max(chi2 - df, 0) / (df n)) with the 90 % interval from the noncentralities at which the observed
 * chi-square is the 95th and 5th percentile ({@link NoncentralChiSquare}); SRMR (Bentler) =
 * sqrt(mean over i &le; j of ((s_ij - sigma_ij) / sqrt(s_ii s_jj))^2); logL = -n/2 (p log 2 pi + log|Sigma| +
 * tr(S Sigma^-1)); AIC = -2 logL + 2q; BIC = -2 logL + q log n.
 *
 * <p><b>Per factor</b>: omega (composite reliability, McDonald 1999) = (sum lambda)^2 / ((sum lambda)^2 +
 * sum theta), the model-implied variance of the sum in the denominator ({@code semTools::compRelSEM(fit,
 * obs.var = FALSE)}); its observed-variance variant with 1' S_f 1 in the denominator
 * ({@code compRelSEM(obs.var = TRUE)}); AVE = sum lambda^2 / sum s_ii ({@code semTools::AVE}, Fornell and
 * Larcker 1981, observed variances).
 *
 * <p><b>Problems</b> are values: {@link Fit#converged()} false when the iteration limit is reached or Sigma
 * stops being positive definite; {@link Fit#problems()} names negative residual variances and factor
 * correlations beyond +-1 (Heywood cases) and a singular information matrix (not identified).
 * A factor with fewer than two indicators, or a one-factor model with fewer than three, is rejected by
 * {@link #fit} as not identified.
 */
public final class ConfirmatoryFactorAnalysis {

	/** Which factor each indicator measures. */
	public record Model(List<String> indicators, List<String> factors, int[] factorOf) {
		public Model {
			indicators = List.copyOf(indicators);
			factors = List.copyOf(factors);
			factorOf = factorOf.clone();
		}

		/** The reason the model is not identified without further constraints, or null. */
		public String identificationProblem() {
			for (int f = 0; f < factors.size(); f++) {
				int count = indicators(f).size();
				if (count < 2 || (factors.size() == 1 && count < 3)) {
					return "factor " + factors.get(f) + " has " + count + " indicator" + (count == 1 ? "" : "s")
							+ "; without constraints a factor needs at least " + (factors.size() == 1 ? 3 : 2)
							+ " to be identified";
				}
			}
			return null;
		}

		public List<Integer> indicators(int factor) {
			List<Integer> out = new ArrayList<>();
			for (int i = 0; i < factorOf.length; i++) {
				if (factorOf[i] == factor) {
					out.add(i);
				}
			}
			return out;
		}
	}

	/** Kind of a free parameter, with lavaan's operator. */
	public enum Kind {
		LOADING("=~"), RESIDUAL_VARIANCE("~~"), FACTOR_CORRELATION("~~");

		public final String operator;

		Kind(String operator) {
			this.operator = operator;
		}
	}

	/** One free parameter: lavaan's lhs, op, rhs; est, se, z, p and the completely standardized value. */
	public record Estimate(Kind kind, String lhs, String rhs, double estimate, double se, double z, double p,
			double standardized) {
		/** lavaan's parameter label, e.g. {@code visual =~ x1}. */
		public String label() {
			return lhs + " " + kind.operator + " " + rhs;
		}
	}

	/** Global fit (lavaan's {@code fitMeasures} names in the comments). */
	public record FitIndices(int n, int parameters, double chiSquare, int df, double p, double baselineChiSquare,
			int baselineDf, double cfi, double tli, double rmsea, double rmseaLower, double rmseaUpper,
			double srmr, double logLikelihood, double aic, double bic) {
	}

	/** Per factor: omega (implied variance), omega with observed variance, AVE. */
	public record FactorReliability(String factor, int indicators, double omega, double omegaObserved,
			double ave) {
	}

	/** The result. Estimates, fit and reliabilities are NaN-free only when converged. */
	public record Fit(Model model, boolean converged, int iterations, double[] loadings, double[] residualVariances,
			double[][] factorCorrelations, List<Estimate> estimates, FitIndices indices,
			List<FactorReliability> reliabilities, List<String> problems) {
		public Fit {
			estimates = List.copyOf(estimates);
			reliabilities = List.copyOf(reliabilities);
			problems = List.copyOf(problems);
		}
	}

	private static final int MAX_ITERATIONS = 1000;
	private static final double STEP_TOLERANCE = 1e-9;
	private static final double GRADIENT_TOLERANCE = 1e-6;
	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

	private ConfirmatoryFactorAnalysis() {
	}

	/**
	 * Fits the model to S (biased covariance matrix of the indicators, in the model's order) from n
	 * respondents.
	 *
	 * @throws IllegalArgumentException when the model is not identified or S is not positive definite
	 */
	public static Fit fit(Model model, double[][] s, int n) {
		String identification = model.identificationProblem();
		if (identification != null) {
			throw new IllegalArgumentException(identification);
		}
		int p = model.indicators().size();
		int m = model.factors().size();
		RealMatrix sMatrix = new Array2DRowRealMatrix(s);
		double logDetS;
		try {
			logDetS = logDet(new CholeskyDecomposition(sMatrix, 1e-12, 1e-14));
		} catch (NonPositiveDefiniteMatrixException e) {
			throw new IllegalArgumentException("the covariance matrix of the indicators is not positive definite"
					+ " (an indicator is constant or a linear combination of others)");
		}
		int q = 2 * p + m * (m - 1) / 2;
		double[] theta = new double[q];
		for (int i = 0; i < p; i++) {
			theta[i] = Math.sqrt(s[i][i] / 2);
			theta[p + i] = s[i][i] / 2;
		}
		State state = State.at(model, theta, s, logDetS);
		if (state == null) {
			throw new IllegalArgumentException("the start values give no positive definite covariance matrix");
		}
		boolean converged = false;
		int iteration = 0;
		List<String> problems = new ArrayList<>();
		double[][] information = null;
		while (iteration < MAX_ITERATIONS) {
			iteration++;
			double[] gradient = state.gradient();
			information = state.expectedHessian();
			double[] step;
			try {
				step = new LUDecomposition(new Array2DRowRealMatrix(information), 1e-14).getSolver()
						.solve(new org.apache.commons.math3.linear.ArrayRealVector(gradient)).toArray();
			} catch (org.apache.commons.math3.linear.SingularMatrixException e) {
				problems.add("the information matrix is singular: the model is not identified");
				break;
			}
			double maxStep = 0;
			double maxGradient = 0;
			for (int a = 0; a < q; a++) {
				maxStep = Math.max(maxStep, Math.abs(step[a]));
				maxGradient = Math.max(maxGradient, Math.abs(gradient[a]));
			}
			// The gradient has a rounding floor of about 1e-10 (sums of p^2 products), so a step below 1e-9 with a
			// small gradient is the optimum within rounding.
			if (maxStep < STEP_TOLERANCE && maxGradient < GRADIENT_TOLERANCE) {
				converged = true;
				break;
			}
			double length = 1;
			State next = null;
			for (int halving = 0; halving < 40; halving++) {
				double[] candidate = theta.clone();
				for (int a = 0; a < q; a++) {
					candidate[a] -= length * step[a];
				}
				next = State.at(model, candidate, s, logDetS);
				if (next != null && next.f <= state.f + 1e-14 * Math.max(1, Math.abs(state.f))) {
					theta = candidate;
					break;
				}
				next = null;
				length /= 2;
			}
			if (next == null) {
				// no descent along the scoring direction: at the optimum within rounding, or stuck
				converged = maxGradient < GRADIENT_TOLERANCE;
				if (!converged) {
					problems.add("the optimiser could not decrease the discrepancy further (largest gradient "
							+ maxGradient + ")");
				}
				break;
			}
			state = next;
		}
		if (!converged && problems.isEmpty()) {
			problems.add("no convergence after " + MAX_ITERATIONS + " iterations");
		}
		reflect(model, theta, p, m);
		state = State.at(model, theta, s, logDetS);
		information = state.expectedHessian();
		return result(model, theta, state, information, s, n, logDetS, converged, iteration, problems);
	}

	/**
	 * The covariance matrix with divisor n (lavaan's sample statistic under likelihood "normal") of complete
	 * columns; the caller removes incomplete rows first ({@link Listwise}).
	 */
	public static double[][] biasedCovariance(double[][] columns) {
		int k = columns.length;
		int n = k == 0 ? 0 : columns[0].length;
		double[] mean = new double[k];
		for (int i = 0; i < k; i++) {
			for (double v : columns[i]) {
				mean[i] += v;
			}
			mean[i] /= n;
		}
		double[][] out = new double[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = 0;
				double[] a = columns[i];
				double[] b = columns[j];
				for (int r = 0; r < n; r++) {
					sum += (a[r] - mean[i]) * (b[r] - mean[j]);
				}
				out[i][j] = sum / n;
				out[j][i] = out[i][j];
			}
		}
		return out;
	}

	/** The correlation matrix of a covariance matrix. */
	public static double[][] correlations(double[][] covariance) {
		int k = covariance.length;
		double[][] out = new double[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				out[i][j] = covariance[i][j] / Math.sqrt(covariance[i][i] * covariance[j][j]);
			}
		}
		return out;
	}

	/**
	 * Heterotrait-monotrait ratios between the factors from the indicators' correlation matrix, absolute values:
	 * the mean correlation between the indicators of two factors over the root of the product of the mean
	 * correlations within each (Henseler, Ringle and Sarstedt 2015), {@code semTools::htmt(htmt2 = FALSE)}; with
	 * {@code geometric} every mean is a geometric mean (HTMT2, Roemer, Schuberth and Henseler 2021),
	 * {@code semTools::htmt(htmt2 = TRUE)}, semTools 0.5-6's default. NaN for a factor with one indicator.
	 */
	public static double[][] htmt(Model model, double[][] correlations, boolean geometric) {
		int m = model.factors().size();
		double[][] out = new double[m][m];
		double[] mono = new double[m];
		for (int f = 0; f < m; f++) {
			List<Integer> items = model.indicators(f);
			List<Double> within = new ArrayList<>();
			for (int a = 0; a < items.size(); a++) {
				for (int b = a + 1; b < items.size(); b++) {
					within.add(Math.abs(correlations[items.get(a)][items.get(b)]));
				}
			}
			mono[f] = mean(within, geometric);
		}
		for (int f = 0; f < m; f++) {
			out[f][f] = 1;
			for (int g = 0; g < f; g++) {
				List<Double> between = new ArrayList<>();
				for (int i : model.indicators(f)) {
					for (int j : model.indicators(g)) {
						between.add(Math.abs(correlations[i][j]));
					}
				}
				out[f][g] = mean(between, geometric) / Math.sqrt(mono[f] * mono[g]);
				out[g][f] = out[f][g];
			}
		}
		return out;
	}

	private static double mean(List<Double> values, boolean geometric) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		double sum = 0;
		for (double v : values) {
			sum += geometric ? Math.log(v) : v;
		}
		return geometric ? Math.exp(sum / values.size()) : sum / values.size();
	}

	/** The rows of the columns where {@code keep} is true (listwise deletion that drops the rows). */
	public static double[][] rows(double[][] columns, boolean[] keep) {
		int n = 0;
		for (boolean k : keep) {
			n += k ? 1 : 0;
		}
		double[][] out = new double[columns.length][n];
		for (int j = 0; j < columns.length; j++) {
			int r = 0;
			for (int row = 0; row < keep.length; row++) {
				if (keep[row]) {
					out[j][r++] = columns[j][row];
				}
			}
		}
		return out;
	}

	private static void reflect(Model model, double[] theta, int p, int m) {
		for (int f = 0; f < m; f++) {
			double sum = 0;
			for (int i : model.indicators(f)) {
				sum += theta[i];
			}
			if (sum < 0) {
				for (int i : model.indicators(f)) {
					theta[i] = -theta[i];
				}
				for (int g = 0; g < m; g++) {
					if (g != f) {
						theta[correlationIndex(p, m, Math.min(f, g), Math.max(f, g))] *= -1;
					}
				}
			}
		}
	}

	/** Position of phi_fg (f &lt; g) in the parameter vector: after p loadings and p residual variances. */
	static int correlationIndex(int p, int m, int f, int g) {
		int before = f * m - f * (f + 1) / 2;
		return 2 * p + before + (g - f - 1);
	}

	private static Fit result(Model model, double[] theta, State state, double[][] information, double[][] s, int n,
			double logDetS, boolean converged, int iterations, List<String> problems) {
		int p = model.indicators().size();
		int m = model.factors().size();
		int q = theta.length;
		double[][] covariance;
		try {
			RealMatrix inverse = new LUDecomposition(new Array2DRowRealMatrix(information), 1e-14).getSolver()
					.getInverse();
			covariance = inverse.scalarMultiply(2.0 / n).getData();
		} catch (org.apache.commons.math3.linear.SingularMatrixException e) {
			covariance = new double[q][q];
			for (double[] row : covariance) {
				java.util.Arrays.fill(row, Double.NaN);
			}
			if (problems.stream().noneMatch(x -> x.contains("singular"))) {
				problems.add("the information matrix is singular: the model is not identified");
			}
		}
		double[] loadings = java.util.Arrays.copyOfRange(theta, 0, p);
		double[] residuals = java.util.Arrays.copyOfRange(theta, p, 2 * p);
		double[][] phi = state.phi;
		double[][] sigma = state.sigma;
		List<Estimate> estimates = new ArrayList<>();
		for (int i = 0; i < p; i++) {
			estimates.add(estimate(Kind.LOADING, model.factors().get(model.factorOf()[i]), model.indicators().get(i),
					loadings[i], covariance[i][i], loadings[i] / Math.sqrt(sigma[i][i])));
		}
		for (int i = 0; i < p; i++) {
			String name = model.indicators().get(i);
			estimates.add(estimate(Kind.RESIDUAL_VARIANCE, name, name, residuals[i], covariance[p + i][p + i],
					residuals[i] / sigma[i][i]));
			if (residuals[i] < 0) {
				problems.add("Heywood case: the residual variance of " + name + " is negative (" + residuals[i] + ")");
			}
		}
		for (int f = 0; f < m; f++) {
			for (int g = f + 1; g < m; g++) {
				int a = correlationIndex(p, m, f, g);
				estimates.add(estimate(Kind.FACTOR_CORRELATION, model.factors().get(f), model.factors().get(g),
						theta[a], covariance[a][a], theta[a]));
				if (Math.abs(theta[a]) > 1) {
					problems.add("Heywood case: the correlation of " + model.factors().get(f) + " and "
							+ model.factors().get(g) + " is beyond 1 (" + theta[a] + ")");
				}
			}
		}
		FitIndices indices = indices(state, s, n, logDetS, p, q);
		List<FactorReliability> reliabilities = new ArrayList<>();
		for (int f = 0; f < m; f++) {
			double sumLoadings = 0;
			double sumSquares = 0;
			double sumResiduals = 0;
			double observedTotal = 0;
			double observedVariances = 0;
			List<Integer> items = model.indicators(f);
			for (int i : items) {
				sumLoadings += loadings[i];
				sumSquares += loadings[i] * loadings[i];
				sumResiduals += residuals[i];
				observedVariances += s[i][i];
				for (int j : items) {
					observedTotal += s[i][j];
				}
			}
			double common = sumLoadings * sumLoadings * phi[f][f];
			reliabilities.add(new FactorReliability(model.factors().get(f), items.size(),
					common / (common + sumResiduals), common / observedTotal, sumSquares * phi[f][f] / observedVariances));
		}
		double[][] correlations = new double[m][m];
		for (int f = 0; f < m; f++) {
			correlations[f] = phi[f].clone();
		}
		return new Fit(model, converged, iterations, loadings, residuals, correlations, estimates, indices,
				reliabilities, problems);
	}

	private static Estimate estimate(Kind kind, String lhs, String rhs, double value, double variance,
			double standardized) {
		double se = Math.sqrt(variance);
		double z = value / se;
		double pValue = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
		return new Estimate(kind, lhs, rhs, value, se, z, pValue, standardized);
	}

	private static FitIndices indices(State state, double[][] s, int n, double logDetS, int p, int q) {
		double chiSquare = n * state.f;
		int df = p * (p + 1) / 2 - q;
		double pValue = df > 0 ? 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(chiSquare) : Double.NaN;
		double logDiagonal = 0;
		for (int i = 0; i < p; i++) {
			logDiagonal += Math.log(s[i][i]);
		}
		double baseline = n * (logDiagonal - logDetS);
		int baselineDf = p * (p - 1) / 2;
		double cfiDenominator = Math.max(Math.max(chiSquare - df, baseline - baselineDf), 0);
		double cfi = cfiDenominator == 0 ? 1 : 1 - Math.max(chiSquare - df, 0) / cfiDenominator;
		double tli = df > 0 ? (baseline / baselineDf - chiSquare / df) / (baseline / baselineDf - 1) : 1;
		double rmsea = df > 0 ? Math.sqrt(Math.max(chiSquare - df, 0) / (df * (double) n)) : 0;
		double rmseaLower = Double.NaN;
		double rmseaUpper = Double.NaN;
		if (df > 0 && Double.isFinite(chiSquare)) {
			double lower = NoncentralChiSquare.noncentralityFor(chiSquare, df, 0.95, chiSquare);
			double upper = NoncentralChiSquare.noncentralityFor(chiSquare, df, 0.05, Math.max(n, 4 * chiSquare));
			rmseaLower = Math.sqrt(lower / (n * (double) df));
			rmseaUpper = Math.sqrt(upper / (n * (double) df));
		}
		double squares = 0;
		for (int i = 0; i < p; i++) {
			for (int j = 0; j <= i; j++) {
				double residual = (s[i][j] - state.sigma[i][j]) / Math.sqrt(s[i][i] * s[j][j]);
				squares += residual * residual;
			}
		}
		double srmr = Math.sqrt(squares / (p * (p + 1) / 2.0));
		double logLikelihood = -n / 2.0 * (p * Math.log(2 * Math.PI) + state.logDet + state.traceSW);
		double aic = -2 * logLikelihood + 2 * q;
		double bic = -2 * logLikelihood + q * Math.log(n);
		return new FitIndices(n, q, chiSquare, df, pValue, baseline, baselineDf, cfi, tli, rmsea, rmseaLower,
				rmseaUpper, srmr, logLikelihood, aic, bic);
	}

	private static double logDet(CholeskyDecomposition cholesky) {
		RealMatrix l = cholesky.getL();
		double sum = 0;
		for (int i = 0; i < l.getRowDimension(); i++) {
			sum += Math.log(l.getEntry(i, i));
		}
		return 2 * sum;
	}

	/** Sigma, its inverse and the discrepancy at one parameter vector. */
	private static final class State {
		final Model model;
		final double[] theta;
		final double[][] s;
		final double[][] phi;
		final double[][] sigma;
		final double[][] w;
		final double logDet;
		final double traceSW;
		final double f;

		private State(Model model, double[] theta, double[][] s, double[][] phi, double[][] sigma, double[][] w,
				double logDet, double traceSW, double f) {
			this.model = model;
			this.theta = theta;
			this.s = s;
			this.phi = phi;
			this.sigma = sigma;
			this.w = w;
			this.logDet = logDet;
			this.traceSW = traceSW;
			this.f = f;
		}

		/** The state at theta, or null when Sigma is not positive definite there. */
		static State at(Model model, double[] theta, double[][] s, double logDetS) {
			int p = model.indicators().size();
			int m = model.factors().size();
			int[] of = model.factorOf();
			double[][] phi = new double[m][m];
			for (int f = 0; f < m; f++) {
				phi[f][f] = 1;
				for (int g = f + 1; g < m; g++) {
					phi[f][g] = theta[correlationIndex(p, m, f, g)];
					phi[g][f] = phi[f][g];
				}
			}
			double[][] sigma = new double[p][p];
			for (int i = 0; i < p; i++) {
				for (int j = 0; j <= i; j++) {
					double v = theta[i] * theta[j] * phi[of[i]][of[j]];
					if (i == j) {
						v += theta[p + i];
					}
					sigma[i][j] = v;
					sigma[j][i] = v;
				}
			}
			CholeskyDecomposition cholesky;
			try {
				cholesky = new CholeskyDecomposition(new Array2DRowRealMatrix(sigma, false), 1e-12, 1e-14);
			} catch (NonPositiveDefiniteMatrixException e) {
				return null;
			}
			double[][] w = cholesky.getSolver().getInverse().getData();
			double logDet = logDet(cholesky);
			double trace = 0;
			for (int i = 0; i < p; i++) {
				for (int j = 0; j < p; j++) {
					trace += s[i][j] * w[j][i];
				}
			}
			double f = logDet + trace - logDetS - p;
			return new State(model, theta, s, phi, sigma, w, logDet, trace, f);
		}

		/** dSigma/d theta_a = u_a v_a' + v_a u_a' : the columns u_a and v_a (p x q each). */
		private double[][][] directions() {
			int p = model.indicators().size();
			int m = model.factors().size();
			int q = theta.length;
			int[] of = model.factorOf();
			double[][] u = new double[q][p];
			double[][] v = new double[q][p];
			for (int i = 0; i < p; i++) {
				u[i][i] = 1;
				int f = of[i];
				for (int j = 0; j < p; j++) {
					v[i][j] = theta[j] * phi[of[j]][f];
				}
				u[p + i][i] = 1;
				v[p + i][i] = 0.5;
			}
			for (int f = 0; f < m; f++) {
				for (int g = f + 1; g < m; g++) {
					int a = correlationIndex(p, m, f, g);
					for (int j = 0; j < p; j++) {
						if (of[j] == f) {
							u[a][j] = theta[j];
						}
						if (of[j] == g) {
							v[a][j] = theta[j];
						}
					}
				}
			}
			return new double[][][] { u, v };
		}

		double[] gradient() {
			int p = sigma.length;
			double[][] d = new double[p][p];
			for (int i = 0; i < p; i++) {
				for (int j = 0; j < p; j++) {
					d[i][j] = sigma[i][j] - s[i][j];
				}
			}
			double[][] mMatrix = multiply(multiply(w, d), w);
			double[][][] uv = directions();
			double[] g = new double[theta.length];
			for (int a = 0; a < theta.length; a++) {
				g[a] = 2 * quadratic(uv[0][a], mMatrix, uv[1][a]);
			}
			return g;
		}

		double[][] expectedHessian() {
			double[][][] uv = directions();
			double[][] u = uv[0];
			double[][] v = uv[1];
			int q = theta.length;
			double[][] wu = new double[q][];
			double[][] wv = new double[q][];
			for (int a = 0; a < q; a++) {
				wu[a] = times(w, u[a]);
				wv[a] = times(w, v[a]);
			}
			double[][] h = new double[q][q];
			for (int a = 0; a < q; a++) {
				for (int b = 0; b <= a; b++) {
					double aab = dot(u[a], wu[b]);
					double bab = dot(v[a], wv[b]);
					double cab = dot(u[a], wv[b]);
					double cba = dot(u[b], wv[a]);
					h[a][b] = 2 * (aab * bab + cab * cba);
					h[b][a] = h[a][b];
				}
			}
			return h;
		}
	}

	private static double[][] multiply(double[][] a, double[][] b) {
		return new Array2DRowRealMatrix(a, false).multiply(new Array2DRowRealMatrix(b, false)).getData();
	}

	private static double[] times(double[][] a, double[] x) {
		double[] out = new double[a.length];
		for (int i = 0; i < a.length; i++) {
			out[i] = dot(a[i], x);
		}
		return out;
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static double quadratic(double[] x, double[][] a, double[] y) {
		return dot(x, times(a, y));
	}
}
