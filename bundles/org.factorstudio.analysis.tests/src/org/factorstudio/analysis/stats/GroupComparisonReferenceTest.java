package org.factorstudio.analysis.stats;

import static org.factorstudio.analysis.stats.GroupsData.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Mann-Whitney U and Kruskal-Wallis H against R 4.2.2 {@code wilcox.test} and {@code kruskal.test}
 * (data/groups/make-references.R) on the example's index scores (by county, population band, and small against
 * larger municipalities), on datasets::airquality (Ozone by Month) and on lavaan's HolzingerSwineford1939 (x1..x9
 * by school and sex). Tolerance 1e-9 absolute for statistics and p (relative 1e-9 for p below 1e-6); counts exact.
 */
class GroupComparisonReferenceTest {

	static final double TOL = 1e-9;

	static void statistic(double expected, double actual, String what) {
		Check.near(expected, actual, TOL, what);
	}

	static void p(double expected, double actual, String what) {
		if (expected < 1e-6) {
			Check.relative(expected, actual, 1e-9, what);
		} else {
			Check.near(expected, actual, TOL, what);
		}
	}

	@Test
	void exampleIndicesByCountyPopulationBandAndSize() {
		Map<String, String[]> data = GroupsData.table("municipal-groups.csv");
		String[] small = new String[data.get("population_band").length];
		for (int i = 0; i < small.length; i++) {
			String band = data.get("population_band")[i];
			small[i] = band.isEmpty() ? "" : Double.parseDouble(band) <= 2 ? "1" : "2";
		}
		int checked = 0;
		for (String index : List.of("Automatisering", "Maal_Om_Digitalisering", "Ledelsesinvolvering", "Samarbeid",
				"Alignment", "Strukturert", "Kompetanseutvikling", "Endringsorientering", "Gevinstrealisering",
				"Ressursbegrensninger", "Prosessorientering", "Prosesseierskap", "Gamle_IT_Systemer",
				"Leverandoermarked", "Politiske_Krav", "Personopplysninger", "Fellesloesninger",
				"Digital_Modenhetsgrad_Sektorer")) {
			double[] y = GroupsData.numbers(data.get(index));
			checked += compare("municipal", index, "county", y, data.get("county"));
			checked += compare("municipal", index, "population_band", y, data.get("population_band"));
			checked += compare("municipal", index, "small", y, small);
		}
		assertEquals(18 * 3, checked);
	}

	@Test
	void airqualityOzoneByMonth() {
		Map<String, String[]> data = GroupsData.table("airquality.csv");
		double[] ozone = GroupsData.numbers(data.get("Ozone"));
		compare("airquality", "Ozone", "Month", ozone, data.get("Month"));
		String[] early = Arrays.stream(data.get("Month")).map(m -> Double.parseDouble(m) <= 7 ? "1" : "2")
				.toArray(String[]::new);
		compare("airquality", "Ozone", "early", ozone, early);
	}

	@Test
	void holzingerSwinefordBySchoolAndSex() {
		Map<String, String[]> data = GroupsData.table("hs1939-groups.csv");
		for (int i = 1; i <= 9; i++) {
			double[] x = GroupsData.numbers(data.get("x" + i));
			compare("hs1939", "x" + i, "school", x, data.get("school"));
			compare("hs1939", "x" + i, "sex", x, data.get("sex"));
		}
	}

	/** Compares one outcome by one grouping with every reference value R wrote for it; returns 1. */
	private static int compare(String dataset, String name, String grouping, double[] y, String[] g) {
		List<double[]> groups = GroupsData.split(y, g);
		KruskalWallis kw = KruskalWallis.test(groups);
		String what = dataset + " " + name + " by " + grouping;
		assertEquals((int) ref(dataset, "n", name, grouping), kw.n(), what + " n");
		assertEquals((int) ref(dataset, "groups", name, grouping), nonEmpty(groups), what + " groups");
		statistic(ref(dataset, "kw_H", name, grouping), kw.h(), what + " H");
		assertEquals((int) ref(dataset, "kw_df", name, grouping), kw.df(), what + " df");
		p(ref(dataset, "kw_p", name, grouping), kw.p(), what + " Kruskal-Wallis p");
		statistic(ref(dataset, "kw_eps2", name, grouping), kw.epsilonSquared(), what + " epsilon squared");
		Optional<Double> w = GroupsData.find(dataset, "mw_W", name, grouping);
		if (w.isPresent()) {
			List<double[]> present = groups.stream().filter(v -> Arrays.stream(v).anyMatch(d -> !Double.isNaN(d)))
					.toList();
			MannWhitney mw = MannWhitney.test(present.get(0), present.get(1));
			statistic(w.get(), mw.w(), what + " W");
			statistic(Math.min(w.get(), (double) mw.n1() * mw.n2() - w.get()), mw.u(), what + " U");
			p(ref(dataset, "mw_p", name, grouping), mw.p(), what + " Mann-Whitney p");
			statistic(ref(dataset, "mw_rrb", name, grouping), mw.rankBiserial(), what + " rank-biserial r");
			assertEquals(ref(dataset, "mw_exact", name, grouping) == 1, mw.exact(), what + " exact");
		}
		return 1;
	}

	private static int nonEmpty(List<double[]> groups) {
		int n = 0;
		for (double[] g : groups) {
			n += Arrays.stream(g).anyMatch(d -> !Double.isNaN(d)) ? 1 : 0;
		}
		return n;
	}

	@Test
	void exactMannWhitneyWithoutTies() {
		// ?wilcox.test: Hollander & Wolfe (1973), p. 69
		double[] x = { 0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46 };
		double[] y = { 1.15, 0.88, 0.90, 0.74, 1.21 };
		MannWhitney mw = MannWhitney.test(x, y);
		assertTrue(mw.exact());
		statistic(ref("hollander-wolfe", "mw_W", "", ""), mw.w(), "W");
		p(ref("hollander-wolfe", "mw_p", "", ""), mw.p(), "exact p");
		Map<String, String[]> data = GroupsData.table("exact-groups.csv");
		List<double[]> groups = GroupsData.split(GroupsData.numbers(data.get("value")), data.get("group"));
		MannWhitney large = MannWhitney.test(groups.get(0), groups.get(1));
		assertTrue(large.exact(), "23 and 31 values without ties: exact");
		statistic(ref("exact-groups", "mw_W", "", ""), large.w(), "W, n = 23 + 31");
		p(ref("exact-groups", "mw_p", "", ""), large.p(), "exact p, n = 23 + 31");
	}

	@Test
	void exactDistributionSumsToOneAndIsSymmetric() {
		double[] d = MannWhitney.density(7, 11);
		assertEquals(78, d.length);
		assertEquals(1, Arrays.stream(d).sum(), 1e-14);
		for (int k = 0; k < d.length; k++) {
			assertEquals(d[k], d[d.length - 1 - k], 1e-15);
		}
		// P(W = 0) = 1 / C(18, 7)
		assertEquals(1.0 / 31824, d[0], 1e-18);
	}

	@Test
	void degenerateGroupsAreNotComputable() {
		MannWhitney empty = MannWhitney.test(new double[] { 1, 2 }, new double[] { Double.NaN });
		assertFalse(empty.isComputable());
		assertTrue(empty.note().startsWith("not computable"));
		MannWhitney constant = MannWhitney.test(new double[] { 3, 3, 3 }, new double[] { 3, 3 });
		assertFalse(constant.isComputable());
		KruskalWallis one = KruskalWallis.test(List.of(new double[] { 1, 2, 3 }, new double[] { Double.NaN }));
		assertFalse(one.isComputable());
		assertEquals(1, one.groups());
		KruskalWallis same = KruskalWallis.test(List.of(new double[] { 2, 2 }, new double[] { 2 }, new double[] { 2 }));
		assertFalse(same.isComputable());
		assertTrue(same.note().contains("same"));
		List<double[]> none = new ArrayList<>();
		assertFalse(KruskalWallis.test(none).isComputable());
	}
}
