package org.factorstudio.analysis.stats;

import static org.factorstudio.analysis.stats.MeasurementData.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis.Estimate;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis.Fit;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis.Model;
import org.factorstudio.analysis.stats.PolychoricCorrelation.Thresholds;
import org.junit.jupiter.api.Test;

/**
 * Polychoric correlations, ordinal alpha, omega, Feldt intervals and the CFA against R (data/measurement,
 * make-references.R and make-references-msqr.R: R 4.2.2, psych 2.2.9, psychTools (sai, msqR), polycor 0.8-1,
 * lavaan 0.6-14, semTools 0.5-6, mvtnorm 1.1-3).
 * Tolerances: 1e-6 absolute against the tightly optimised R values (the optimisers differ in their last
 * digits); 1e-4 against the packages' printed polychoric rho (R's optimize() stops at about 1e-4 in rho)
 * and 1e-5 against lavaan's default optimiser; counts exact.
 */
class MeasurementReferenceTest {

	private static final double TIGHT = 1e-6;
	private static final double PACKAGE_RHO = 1e-4;

	@Test
	void bivariateNormalAgreesWithMvtnorm() {
		// R 4.2.2, mvtnorm 1.1-3: pmvnorm(upper = c(x, y), corr = matrix(c(1, r, r, 1), 2)), all three branches
		assertEquals(0.3361984370155188, BivariateNormal.cdf(0.3, -0.2, 0.5), 1e-14);
		assertEquals(0.7539041373967331, BivariateNormal.cdf(1.1, 0.7, 0.95), 1e-14);
		assertEquals(0.2477797415093847, BivariateNormal.cdf(-0.4, 1.3, -0.97), 1e-14);
		assertEquals(0.2492004874295237, BivariateNormal.cdf(0.2, 0.1, -0.4), 1e-14);
		assertEquals(BivariateNormal.phi(0.3), BivariateNormal.cdf(0.3, Double.POSITIVE_INFINITY, 0.6), 1e-15);
	}

	@Test
	void polychoricOfTheExampleIndex() {
		double[][] x = MeasurementData.complete(MeasurementData.municipal(MeasurementData.PROCESS));
		assertPolychoric("municipal-prosessorientering", MeasurementData.PROCESS, x, "rho", Thresholds.ITEM);
		assertPolychoric("municipal-prosessorientering", MeasurementData.PROCESS, x, "rho_pairwise", Thresholds.PAIR);
	}

	@Test
	void polychoricOfSaiWithMissingAnswers() {
		double[][] x = MeasurementData.saiKeyed();
		assertPolychoric("sai-time1", MeasurementData.SAI_ITEMS, x, "rho", Thresholds.ITEM);
		assertPolychoric("sai-time1", MeasurementData.SAI_ITEMS, x, "rho_pairwise", Thresholds.PAIR);
		PolychoricCorrelation.Matrix m = PolychoricCorrelation.matrix(x, Thresholds.ITEM);
		for (int i = 0; i < x.length; i++) {
			for (int t = 0; t < 3; t++) {
				// psych's tau columns are named after the categories they close (1, 2, 3)
				assertEquals(ref("sai-time1", "tau", MeasurementData.SAI_ITEMS.get(i), String.valueOf(t + 1)),
						m.thresholds().get(i)[t], 1e-9, "tau of " + MeasurementData.SAI_ITEMS.get(i));
			}
		}
		// the two threshold rules differ with missing answers, so the test can tell them apart
		PolychoricCorrelation.Matrix pair = PolychoricCorrelation.matrix(x, Thresholds.PAIR);
		double largest = 0;
		for (int i = 0; i < x.length; i++) {
			for (int j = 0; j < i; j++) {
				largest = Math.max(largest, Math.abs(m.rho()[i][j] - pair.rho()[i][j]));
			}
		}
		assertTrue(largest > 1e-4, "item and pair thresholds should differ with missing data: " + largest);
	}

	private static void assertPolychoric(String dataset, List<String> items, double[][] x, String quantity,
			Thresholds rule) {
		PolychoricCorrelation.Matrix m = PolychoricCorrelation.matrix(x, rule);
		String packageQuantity = rule == Thresholds.ITEM ? "rho_psych" : "rho_polycor";
		for (int i = 0; i < items.size(); i++) {
			for (int j = i + 1; j < items.size(); j++) {
				String what = dataset + " " + quantity + " " + items.get(i) + "," + items.get(j);
				assertEquals(ref(dataset, quantity, items.get(i), items.get(j)), m.rho()[i][j], TIGHT, what);
				assertEquals(m.rho()[i][j], m.rho()[j][i], 0, what);
				assertEquals(ref(dataset, packageQuantity, items.get(i), items.get(j)), m.rho()[i][j], PACKAGE_RHO,
						what + " vs " + packageQuantity);
			}
		}
	}

	@Test
	void ordinalAlpha() {
		double[][] process = MeasurementData.complete(MeasurementData.municipal(MeasurementData.PROCESS));
		assertEquals(ref("municipal-prosessorientering", "ordinal_alpha"), ReliabilityCoefficients
				.alphaOfCorrelations(PolychoricCorrelation.matrix(process, Thresholds.ITEM).rho()), TIGHT);
		double[][] sai = MeasurementData.saiKeyed();
		double alpha = ReliabilityCoefficients
				.alphaOfCorrelations(PolychoricCorrelation.matrix(sai, Thresholds.ITEM).rho());
		assertEquals(ref("sai-time1", "ordinal_alpha"), alpha, TIGHT);
		assertEquals(ref("sai-time1", "ordinal_alpha_psych"), alpha, 1e-5);
	}

	@Test
	void omegaAlphaAndFeldtPerIndex() {
		assertOmega("municipal-prosessorientering", MeasurementData.PROCESS,
				MeasurementData.municipal(MeasurementData.PROCESS));
		assertOmega("municipal-ledelsesinvolvering", MeasurementData.LEADERSHIP,
				MeasurementData.municipal(MeasurementData.LEADERSHIP));
		assertOmega("sai-time1", MeasurementData.SAI_ITEMS, MeasurementData.saiKeyed());
		double[][] hs = MeasurementData.hs1939();
		assertOmega("hs1939-visual", List.of("x1", "x2", "x3"), new double[][] { hs[0], hs[1], hs[2] });
	}

	@Test
	void reliabilityOfMsqrScales() {
		for (String scale : List.of("ea", "ta")) {
			List<String> items = scale.equals("ea") ? MeasurementData.MSQR_EA : MeasurementData.MSQR_TA;
			double[][] x = MeasurementData.msqrKeyed(items);
			assertOmega("msqr-" + scale, items, x);
			double ordinal = ReliabilityCoefficients.alphaOfCorrelations(
					PolychoricCorrelation.matrix(MeasurementData.complete(x), Thresholds.ITEM).rho());
			// psych's polychoric stops optimize() at about 1e-4 in rho: its alpha is that precise
			assertEquals(ref("msqr-" + scale, "ordinal_alpha_psych"), ordinal, 1e-4, scale + " ordinal alpha");
		}
	}

	/**
	 * psych's omega_t (minres, one factor) on every data set; psych's fa() stops its optimiser earlier than
	 * ours, so loadings agree to about 1e-6 and omega_t, a ratio of sums, closer.
	 */
	@Test
	void omegaTotalAsPsych() {
		Map<String, double[][]> sets = new LinkedHashMap<>();
		sets.put("municipal-prosessorientering", MeasurementData.municipal(MeasurementData.PROCESS));
		sets.put("municipal-ledelsesinvolvering", MeasurementData.municipal(MeasurementData.LEADERSHIP));
		sets.put("sai-time1", MeasurementData.saiKeyed());
		double[][] hs = MeasurementData.hs1939();
		sets.put("hs1939-visual", new double[][] { hs[0], hs[1], hs[2] });
		sets.put("msqr-ea", MeasurementData.msqrKeyed(MeasurementData.MSQR_EA));
		sets.put("msqr-ta", MeasurementData.msqrKeyed(MeasurementData.MSQR_TA));
		for (Map.Entry<String, double[][]> set : sets.entrySet()) {
			double[][] r = ExploratoryFactorAnalysis.correlations(MeasurementData.complete(set.getValue()));
			assertEquals(ref(set.getKey(), "omega_t"), ReliabilityCoefficients.omegaTotal(r), TIGHT,
					set.getKey() + " omega_t");
		}
		double[][] ea = ExploratoryFactorAnalysis.correlations(
				MeasurementData.complete(MeasurementData.msqrKeyed(MeasurementData.MSQR_EA)));
		double[][] loadings = ExploratoryFactorAnalysis.fit(ea, 1, ExploratoryFactorAnalysis.Extraction.MINRES,
				ExploratoryFactorAnalysis.Rotation.NONE).loadings();
		for (int i = 0; i < ea.length; i++) {
			assertEquals(ref("msqr-ea", "minres_loading", MeasurementData.MSQR_EA.get(i), "f"), loadings[i][0], TIGHT,
					"minres loading of " + MeasurementData.MSQR_EA.get(i));
		}
	}

	@Test
	void omegaTotalNeedsTwoStatements() {
		assertTrue(Double.isNaN(ReliabilityCoefficients.omegaTotal(new double[][] { { 1 } })));
		assertTrue(Double.isNaN(ReliabilityCoefficients.omegaTotal(
				new double[][] { { 1, Double.NaN, 0.3 }, { Double.NaN, 1, 0.2 }, { 0.3, 0.2, 1 } })));
	}

	private static void assertOmega(String dataset, List<String> items, double[][] raw) {
		double[][] x = MeasurementData.complete(raw);
		int n = x[0].length;
		assertEquals((int) ref(dataset, "n"), n, dataset + " complete cases");
		int[] one = new int[items.size()];
		Fit fit = ConfirmatoryFactorAnalysis.fit(new Model(items, List.of("f"), one),
				ConfirmatoryFactorAnalysis.biasedCovariance(x), n);
		assertTrue(fit.converged(), dataset + " " + fit.problems());
		assertEquals(ref(dataset, "omega"), fit.reliabilities().get(0).omega(), TIGHT, dataset + " omega");
		assertEquals(ref(dataset, "omega_obs"), fit.reliabilities().get(0).omegaObserved(), TIGHT,
				dataset + " omega, observed variance");
		for (int i = 0; i < items.size(); i++) {
			assertEquals(ref(dataset, "omega_loading", items.get(i), "f"), fit.loadings()[i], TIGHT,
					dataset + " loading " + items.get(i));
		}
		CronbachAlpha alpha = CronbachAlpha.listwise(x);
		assertEquals(ref(dataset, "alpha"), alpha.alpha(), 1e-9, dataset + " alpha");
		ConfidenceInterval feldt = ReliabilityCoefficients.feldt(alpha.alpha(), n, items.size(), 0.95);
		assertEquals(ref(dataset, "alpha_feldt_lower"), feldt.lower(), 1e-9, dataset + " Feldt lower");
		assertEquals(ref(dataset, "alpha_feldt_upper"), feldt.upper(), 1e-9, dataset + " Feldt upper");
	}

	@Test
	void cfaOfHolzingerSwineford() {
		double[][] x = MeasurementData.hs1939();
		Model model = new Model(MeasurementData.hsItems(), List.of("visual", "textual", "speed"),
				new int[] { 0, 0, 0, 1, 1, 1, 2, 2, 2 });
		assertCfa("hs1939", model, x);
	}

	@Test
	void cfaOfTheExampleFramework() {
		List<String> items = new ArrayList<>();
		items.addAll(MeasurementData.PROCESS);
		items.addAll(MeasurementData.LEADERSHIP);
		items.addAll(MeasurementData.GOALS);
		int[] factorOf = IntStream.range(0, items.size())
				.map(i -> i < 8 ? 0 : i < 14 ? 1 : 2).toArray();
		Model model = new Model(items, List.of("Prosessorientering", "Ledelsesinvolvering", "Mål_Om_Digitalisering"),
				factorOf);
		assertCfa("municipal-framework", model, MeasurementData.municipal(items));
	}

	private static void assertCfa(String dataset, Model model, double[][] raw) {
		double[][] x = MeasurementData.complete(raw);
		int n = x[0].length;
		Fit fit = ConfirmatoryFactorAnalysis.fit(model, ConfirmatoryFactorAnalysis.biasedCovariance(x), n);
		assertTrue(fit.converged(), fit.problems().toString());
		assertEquals(List.of(), fit.problems());
		int p = model.indicators().size();
		int m = model.factors().size();
		assertEquals(2 * p + m * (m - 1) / 2, fit.estimates().size());
		for (Estimate e : fit.estimates()) {
			String label = e.label();
			assertEquals(ref(dataset, "est", label), e.estimate(), TIGHT, label);
			assertEquals(ref(dataset, "est_default", label), e.estimate(), 1e-5, label + " vs lavaan's default optimiser");
			assertEquals(ref(dataset, "se", label), e.se(), TIGHT, label + " se");
			assertEquals(ref(dataset, "z", label), e.z(), 1e-5, label + " z");
			assertEquals(ref(dataset, "p", label), e.p(), TIGHT, label + " p");
			assertEquals(ref(dataset, "std", label), e.standardized(), TIGHT, label + " std.all");
		}
		ConfirmatoryFactorAnalysis.FitIndices f = fit.indices();
		assertEquals((int) ref(dataset, "fit", "ntotal"), f.n());
		assertEquals((int) ref(dataset, "fit", "npar"), f.parameters());
		assertEquals((int) ref(dataset, "fit", "df"), f.df());
		assertEquals((int) ref(dataset, "fit", "baseline.df"), f.baselineDf());
		assertEquals(ref(dataset, "fit", "chisq"), f.chiSquare(), TIGHT);
		assertEquals(ref(dataset, "fit", "pvalue"), f.p(), TIGHT);
		assertEquals(ref(dataset, "fit", "baseline.chisq"), f.baselineChiSquare(), TIGHT);
		assertEquals(ref(dataset, "fit", "cfi"), f.cfi(), TIGHT);
		assertEquals(ref(dataset, "fit", "tli"), f.tli(), TIGHT);
		assertEquals(ref(dataset, "fit", "rmsea"), f.rmsea(), TIGHT);
		assertEquals(ref(dataset, "fit", "rmsea.ci.lower"), f.rmseaLower(), TIGHT);
		assertEquals(ref(dataset, "fit", "rmsea.ci.upper"), f.rmseaUpper(), TIGHT);
		assertEquals(ref(dataset, "fit", "srmr"), f.srmr(), TIGHT);
		assertEquals(ref(dataset, "fit", "logl"), f.logLikelihood(), 1e-5);
		assertEquals(ref(dataset, "fit", "aic"), f.aic(), 1e-5);
		assertEquals(ref(dataset, "fit", "bic"), f.bic(), 1e-5);
		assertEquals(ref(dataset, "fit_default", "chisq"), f.chiSquare(), 1e-5);
		double[][] correlations = ConfirmatoryFactorAnalysis.correlations(ConfirmatoryFactorAnalysis.biasedCovariance(x));
		double[][] htmt = ConfirmatoryFactorAnalysis.htmt(model, correlations, false);
		double[][] htmt2 = ConfirmatoryFactorAnalysis.htmt(model, correlations, true);
		for (int a = 0; a < m; a++) {
			String factor = model.factors().get(a);
			ConfirmatoryFactorAnalysis.FactorReliability r = fit.reliabilities().get(a);
			assertEquals(ref(dataset, "cr", factor), r.omega(), TIGHT, factor + " omega");
			assertEquals(ref(dataset, "cr_obs", factor), r.omegaObserved(), TIGHT, factor + " omega (observed)");
			assertEquals(ref(dataset, "ave", factor), r.ave(), TIGHT, factor + " AVE");
			for (int b = 0; b < a; b++) {
				assertEquals(ref(dataset, "htmt", factor, model.factors().get(b)), htmt[a][b], 1e-9,
						"HTMT " + factor + ", " + model.factors().get(b));
				assertEquals(ref(dataset, "htmt2", factor, model.factors().get(b)), htmt2[a][b], 1e-9,
						"HTMT2 " + factor + ", " + model.factors().get(b));
			}
		}
	}

	@Test
	void notIdentifiedAndHeywoodAreReported() {
		Model two = new Model(List.of("a", "b"), List.of("f"), new int[] { 0, 0 });
		assertThrows(IllegalArgumentException.class,
				() -> ConfirmatoryFactorAnalysis.fit(two, new double[][] { { 1, 0.5 }, { 0.5, 1 } }, 100));
		Model single = new Model(List.of("a", "b", "c", "d"), List.of("f", "g"), new int[] { 0, 0, 0, 1 });
		assertFalse(single.identificationProblem() == null);
		// one factor, r12 = r13 = 0.9, r23 = 0.7: the loading of a is sqrt(0.9 * 0.9 / 0.7) > 1, a Heywood case
		Model three = new Model(List.of("a", "b", "c"), List.of("f"), new int[] { 0, 0, 0 });
		Fit fit = ConfirmatoryFactorAnalysis.fit(three,
				new double[][] { { 1, 0.9, 0.9 }, { 0.9, 1, 0.7 }, { 0.9, 0.7, 1 } }, 200);
		assertTrue(fit.residualVariances()[0] < 0, "residual variance of a: " + fit.residualVariances()[0]);
		assertTrue(fit.problems().stream().anyMatch(p -> p.contains("Heywood") && p.contains(" a ")),
				fit.problems().toString());
	}
}
