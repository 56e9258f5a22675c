package org.factorstudio.analysis.stats;

import static org.factorstudio.analysis.stats.GroupsData.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factorstudio.analysis.stats.CorrelationResult.Method;
import org.factorstudio.analysis.stats.CorrelationResult.PSource;
import org.junit.jupiter.api.Test;

/**
 * OLS regression against R 4.2.2 {@code summary(lm())}, {@code confint} and the VIF formula (car::vif is not
 * installed: {@code diag(solve(cor(X)))}); partial correlations and their Fisher-z interval against the ppcor
 * formula (not installed) with pingouin's {@code n - 3 - k}; the exact Kendall p against {@code cor.test(method =
 * "kendall")}. Reference values in data/groups (make-references.R). Tolerance 1e-9 absolute (relative 1e-9 for p
 * below 1e-6); n exact.
 */
class RegressionReferenceTest {

	@Test
	void exampleDependentOnAllFactors() {
		Map<String, String[]> data = GroupsData.table("municipal-groups.csv");
		List<String> factors = List.of("Maal_Om_Digitalisering", "Ledelsesinvolvering", "Samarbeid", "Alignment",
				"Strukturert", "Kompetanseutvikling", "Endringsorientering", "Gevinstrealisering",
				"Ressursbegrensninger", "Prosessorientering", "Prosesseierskap", "Gamle_IT_Systemer",
				"Leverandoermarked", "Politiske_Krav", "Personopplysninger", "Fellesloesninger",
				"Digital_Modenhetsgrad_Sektorer");
		check("municipal-regression", data, "Automatisering", factors);
	}

	@Test
	void airqualityOzoneOnSolarWindTemp() {
		check("airquality-regression", GroupsData.table("airquality.csv"), "Ozone", List.of("Solar.R", "Wind", "Temp"));
	}

	@Test
	void holzingerSwinefordX9OnTheOthers() {
		check("hs1939-regression", GroupsData.table("hs1939-groups.csv"), "x9",
				List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8"));
	}

	private static void check(String dataset, Map<String, String[]> data, String dv, List<String> ivs) {
		double[][] x = ivs.stream().map(v -> GroupsData.numbers(data.get(v))).toArray(double[][]::new);
		LinearRegression fit = LinearRegression.fit(GroupsData.numbers(data.get(dv)), x, 0.95);
		assertTrue(fit.isComputable(), fit.note());
		assertEquals((int) ref(dataset, "n", "", ""), fit.n());
		GroupComparisonReferenceTest.statistic(ref(dataset, "r2", "", ""), fit.rSquared(), "R2");
		GroupComparisonReferenceTest.statistic(ref(dataset, "adj_r2", "", ""), fit.adjustedRSquared(), "adjusted R2");
		GroupComparisonReferenceTest.statistic(ref(dataset, "F", "", ""), fit.f(), "F");
		assertEquals((int) ref(dataset, "df1", "", ""), fit.df1());
		assertEquals((int) ref(dataset, "df2", "", ""), fit.df2());
		GroupComparisonReferenceTest.p(ref(dataset, "F_p", "", ""), fit.pF(), "p of F");
		GroupComparisonReferenceTest.statistic(ref(dataset, "sigma", "", ""), fit.sigma(), "sigma");
		List<String> terms = new ArrayList<>();
		terms.add("(Intercept)");
		terms.addAll(ivs);
		for (int j = 0; j < terms.size(); j++) {
			String term = terms.get(j);
			LinearRegression.Term t = fit.terms().get(j);
			String what = dataset + " " + term;
			GroupComparisonReferenceTest.statistic(ref(dataset, "B", term, ""), t.b(), what + " B");
			GroupComparisonReferenceTest.statistic(ref(dataset, "SE", term, ""), t.se(), what + " SE");
			GroupComparisonReferenceTest.statistic(ref(dataset, "t", term, ""), t.t(), what + " t");
			GroupComparisonReferenceTest.p(ref(dataset, "p", term, ""), t.p(), what + " p");
			GroupComparisonReferenceTest.statistic(ref(dataset, "lower", term, ""), t.lower(), what + " lower");
			GroupComparisonReferenceTest.statistic(ref(dataset, "upper", term, ""), t.upper(), what + " upper");
			if (j > 0) {
				GroupComparisonReferenceTest.statistic(ref(dataset, "beta", term, ""), t.beta(), what + " beta");
				GroupComparisonReferenceTest.statistic(ref(dataset, "vif", term, ""), t.vif(), what + " VIF");
			} else {
				assertTrue(Double.isNaN(t.beta()) && Double.isNaN(t.vif()), "the intercept has no beta and no VIF");
			}
		}
	}

	@Test
	void degenerateRegressionsSayWhy() {
		double[] y = { 1, 2, 3, 4, 5, 6 };
		double[] a = { 1, 3, 2, 5, 4, 6 };
		double[] twice = { 2, 6, 4, 10, 8, 12 };
		LinearRegression collinear = LinearRegression.fit(y, new double[][] { a, twice }, 0.95);
		assertFalse(collinear.isComputable());
		assertTrue(collinear.note().contains("linearly dependent"), collinear.note());
		LinearRegression constant = LinearRegression.fit(y, new double[][] { { 2, 2, 2, 2, 2, 2 } }, 0.95);
		assertTrue(constant.note().contains("predictor 1 has the same value"), constant.note());
		LinearRegression tooFew = LinearRegression.fit(new double[] { 1, 2, 3 }, new double[][] { { 1, 3, 2 }, { 2, 1, 3 } },
				0.95);
		assertTrue(tooFew.note().contains("at least k + 2"), tooFew.note());
		assertThrows(IllegalArgumentException.class, () -> LinearRegression.fit(y, new double[][] { a }, 1));
	}

	@Test
	void partialCorrelationIntervalsWithNMinus3MinusK() {
		Map<String, String[]> hs = GroupsData.table("hs1939-groups.csv");
		Map<String, String[]> municipal = GroupsData.table("municipal-groups.csv");
		List<String> all = List.of("Maal_Om_Digitalisering", "Ledelsesinvolvering", "Samarbeid", "Alignment",
				"Strukturert", "Kompetanseutvikling", "Endringsorientering", "Gevinstrealisering",
				"Ressursbegrensninger", "Prosessorientering", "Prosesseierskap", "Gamle_IT_Systemer",
				"Leverandoermarked", "Politiske_Krav", "Personopplysninger", "Fellesloesninger",
				"Digital_Modenhetsgrad_Sektorer");
		for (Method method : List.of(Method.PEARSON, Method.SPEARMAN)) {
			partial("hs1939", hs, "x1", "x9", List.of("x2", "x3", "x4"), method);
			for (String x : List.of("Maal_Om_Digitalisering", "Samarbeid", "Prosessorientering")) {
				partial("municipal", municipal, x, "Automatisering", all.stream().filter(v -> !v.equals(x)).toList(),
						method);
			}
		}
	}

	private static void partial(String dataset, Map<String, String[]> data, String x, String y, List<String> controls,
			Method method) {
		List<String> names = new ArrayList<>(List.of(x, y));
		names.addAll(controls);
		double[][] columns = names.stream().map(v -> GroupsData.numbers(data.get(v))).toArray(double[][]::new);
		CorrelationResult r = PartialCorrelation.of(columns, 0, 1, method);
		String m = method == Method.PEARSON ? "pearson" : "spearman";
		String key = x + "~" + y;
		String what = dataset + " partial " + m + " " + key;
		assertEquals((int) ref(dataset, "pr_" + m + "_n", key, ""), r.n(), what + " n");
		assertEquals(controls.size(), r.controls());
		GroupComparisonReferenceTest.statistic(ref(dataset, "pr_" + m, key, ""), r.coefficient(), what);
		ConfidenceInterval ci = r.confidenceInterval(0.95);
		GroupComparisonReferenceTest.statistic(ref(dataset, "pr_" + m + "_lower", key, ""), ci.lower(), what + " lower");
		GroupComparisonReferenceTest.statistic(ref(dataset, "pr_" + m + "_upper", key, ""), ci.upper(), what + " upper");
	}

	@Test
	void exactKendallPInRMode() {
		Map<String, String[]> data = GroupsData.table("kendall.csv");
		String[] set = data.get("set");
		double[] xs = GroupsData.numbers(data.get("x"));
		double[] ys = GroupsData.numbers(data.get("y"));
		for (String name : List.of("hollander-wolfe", "women", "normal40", "normal12")) {
			List<Double> x = new ArrayList<>();
			List<Double> y = new ArrayList<>();
			for (int i = 0; i < set.length; i++) {
				if (set[i].equals(name)) {
					x.add(xs[i]);
					y.add(ys[i]);
				}
			}
			double[] a = x.stream().mapToDouble(Double::doubleValue).toArray();
			double[] b = y.stream().mapToDouble(Double::doubleValue).toArray();
			CorrelationResult exact = Correlations.kendallTauB(a, b, PValueMode.R_EXACT);
			assertEquals(PSource.KENDALL_EXACT, exact.pSource(), name);
			GroupComparisonReferenceTest.statistic(ref("kendall", "tau", name, ""), exact.coefficient(), name + " tau");
			assertEquals(ref("kendall", "T", name, ""), exact.statistic(), 0, name + " T");
			// absolute: R computes an upper tail as 1 - P(T <= t - 1), which loses relative precision for tiny p
			// (women, tau = 1: R 1.5294432e-12, the exact 2 / 15! = 1.5294327e-12, checked below)
			Check.near(ref("kendall", "p", name, ""), exact.pTwoTailed(), 1e-12, name + " exact p");
			// in the observed direction the one-tailed p is R's alternative = "greater" (all these tau are positive)
			assertTrue(exact.coefficient() > 0, name);
			Check.near(ref("kendall", "p_greater", name, ""), exact.pOneTailed(Direction.POSITIVE), 1e-12,
					name + " one-tailed exact p");
			// the SPSS-compatible mode keeps the normal approximation, so the test tells the two apart
			CorrelationResult approximate = Correlations.kendallTauB(a, b, PValueMode.T_APPROXIMATION);
			assertEquals(PSource.NORMAL_APPROXIMATION, approximate.pSource());
			assertTrue(Math.abs(approximate.pTwoTailed() - exact.pTwoTailed()) > 1e-9,
					name + ": exact and approximate p should differ");
			// the joint-table path (index scores with few distinct values) gives the same bits
			JointTable table = JointTable.of(DiscreteColumn.of(a).orElseThrow(), DiscreteColumn.of(b).orElseThrow());
			CorrelationResult joint = table.kendallTauB(PValueMode.R_EXACT);
			assertEquals(PSource.KENDALL_EXACT, joint.pSource(), name);
			assertEquals(exact.pTwoTailed(), joint.pTwoTailed(), 0, name + " joint-table p");
		}
		// perfect agreement of 15 pairs: one ordering of 15!, two-sided
		double[] women = new double[15];
		for (int i = 0; i < 15; i++) {
			women[i] = i;
		}
		Check.relative(2 / 1307674368000.0, Correlations.kendallTauB(women, women.clone(), PValueMode.R_EXACT).pTwoTailed(),
				1e-12, "2 / 15!");
		// ties, or 50 pairs and more: the normal approximation, as R
		double[] tied = { 1, 2, 2, 3, 4, 5, 6, 7 };
		double[] other = { 2, 1, 3, 5, 4, 7, 6, 8 };
		assertEquals(PSource.NORMAL_APPROXIMATION, Correlations.kendallTauB(tied, other, PValueMode.R_EXACT).pSource());
		double[] big = new double[50];
		double[] bigY = new double[50];
		for (int i = 0; i < 50; i++) {
			big[i] = i;
			bigY[i] = (i * 17) % 50;
		}
		assertEquals(PSource.NORMAL_APPROXIMATION, Correlations.kendallTauB(big, bigY, PValueMode.R_EXACT).pSource());
		assertEquals(PSource.KENDALL_EXACT, Correlations.kendallTauB(java.util.Arrays.copyOf(big, 49),
				java.util.Arrays.copyOf(bigY, 49), PValueMode.R_EXACT).pSource());
	}

	@Test
	void kendallDistributionIsMahonian() {
		// number of permutations of 4 with k inversions: 1 3 5 6 5 3 1 (of 24)
		double[] d = KendallExact.density(4);
		double[] counts = { 1, 3, 5, 6, 5, 3, 1 };
		for (int k = 0; k < counts.length; k++) {
			assertEquals(counts[k] / 24, d[k], 1e-16);
		}
		assertThrows(IllegalArgumentException.class, () -> KendallExact.twoSidedP(50, 3));
	}
}
