package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON report of the bundled example, read back, against the reference results
 * (examples/municipal-automation/expected/, rule "all" = every statement of an index answered, which is
 * what the example study declares). Reference: R 4.2.2 (psych 2.2.9) computed by compute.R, checked
 * against SciPy 1.10.1 to 1e-14. Tolerance 1e-9 absolute for every real number; counts and degrees of
 * freedom exact. The JSON carries the engine's doubles unrounded, so this also checks that no number is
 * lost on the way to the file.
 */
class JsonResultsTest {

	private static final double TOLERANCE = 1e-9;

	private static Map<String, Object> json;
	private static Map<String, Object> results;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void renderTheExample() {
		ReportInput input = Example.input();
		List<ReportFile> files = ReportFormats.builtIn().render(input, List.of("json"));
		assertEquals(1, files.size());
		assertEquals("results.json", files.get(0).path());
		json = (Map<String, Object>) MiniJson.parse(files.get(0).text());
		results = map(json.get("results"));
	}

	@Test
	void carriesItsSchemaVersionAndTheStudy() {
		assertEquals(2.0, json.get("schemaVersion"));
		Map<String, Object> study = map(json.get("study"));
		assertEquals("MunicipalAutomation", study.get("name"));
		assertEquals("Automatisering", study.get("dependent"));
		List<Object> areas = list(study.get("areas"));
		assertEquals(4, areas.size());
		int factors = areas.stream().mapToInt(a -> list(map(a).get("factors")).size()).sum();
		assertEquals(17, factors);
		assertEquals("holm", map(study.get("plan")).get("correction"));
		assertEquals(results.get("methods"), json.get("methods"), "the engine's methods paragraph is reused");
	}

	@Test
	void scriptsGetEnumsFactorNamesNullsAndTheDataFileAsTheStudyNamesIt() {
		for (Object o : list(results.get("dependentCorrelations"))) {
			Map<String, Object> c = map(o);
			assertEquals("one-positive", c.get("tails"), "every hypothesis of the example is positive");
			assertEquals(c.get("x"), c.get("factor"), "the example's factors are named as their indices");
		}
		for (Object o : list(map(results.get("matrix")).get("cells"))) {
			assertEquals("two", map(o).get("tails"));
		}
		assertEquals("Samarbeid", find(list(results.get("partialCorrelations")), "x", "Samarbeid").get("factor"));
		assertEquals("responses.csv", map(results.get("importReport")).get("file"));
		assertFalse(ReportFormats.builtIn().render(Example.input(), List.of("json")).get(0).text().contains("\"\""),
				"no empty strings: null");
	}

	@Test
	void indexDescriptivesEqualTheReference() {
		// descriptives.csv: R mean(), sd() (n - 1), var(), min, max, median, sum of the index values
		int compared = 0;
		for (Map<String, String> ref : Example.reference("descriptives.csv")) {
			if (!ref.get("rule").equals("all")) {
				continue;
			}
			String index = ref.get("index_variable");
			Map<String, Object> row = find(list(results.get("descriptives")), "variable", index, "kind", "index");
			String where = "descriptives of " + index;
			assertEquals(Integer.parseInt(ref.get("N")), integer(row.get("n")), where + ": N");
			near(ref.get("mean"), row.get("mean"), where + ": mean");
			near(ref.get("sd"), row.get("sd"), where + ": sd");
			near(ref.get("variance"), row.get("variance"), where + ": variance");
			near(ref.get("min"), row.get("min"), where + ": min");
			near(ref.get("max"), row.get("max"), where + ": max");
			near(ref.get("median"), row.get("median"), where + ": median");
			near(ref.get("sum"), row.get("sum"), where + ": sum");
			compared++;
		}
		assertEquals(18, compared);
	}

	@Test
	void statementDescriptivesEqualTheReference() {
		// item_descriptives.csv: raw answers of each statement over all who answered it (R mean, sd, min, max)
		int compared = 0;
		for (Map<String, String> ref : Example.reference("item_descriptives.csv")) {
			String item = ref.get("item");
			Map<String, Object> row = find(list(results.get("descriptives")), "variable", item, "kind", "indicator");
			assertEquals(Integer.parseInt(ref.get("N")), integer(row.get("n")), item + ": N");
			near(ref.get("mean"), row.get("mean"), item + ": mean");
			near(ref.get("sd"), row.get("sd"), item + ": sd");
			near(ref.get("min"), row.get("min"), item + ": min");
			near(ref.get("max"), row.get("max"), item + ": max");
			compared++;
		}
		assertTrue(compared >= 60, "statements compared: " + compared);
	}

	@Test
	void reliabilityEqualsTheReference() {
		// alpha.csv: Cronbach's alpha listwise within the index (= psych::alpha raw_alpha / std.alpha to 1e-12)
		int compared = 0;
		for (Map<String, String> ref : Example.reference("alpha.csv")) {
			String index = ref.get("index_variable");
			Map<String, Object> row = findOrNull(list(results.get("reliabilities")), "index", index);
			if (ref.get("alpha").isEmpty()) {
				assertTrue(row == null || row.get("alpha") == null, index + ": a single-statement index has no alpha");
				continue;
			}
			assertNotNull(row, "reliability of " + index);
			assertEquals(Integer.parseInt(ref.get("n_items")), integer(row.get("k")), index + ": k");
			assertEquals(Integer.parseInt(ref.get("n_listwise")), integer(row.get("n")), index + ": n listwise");
			near(ref.get("alpha"), row.get("alpha"), index + ": alpha");
			near(ref.get("alpha_standardized"), row.get("standardizedAlpha"), index + ": standardized alpha");
			near(ref.get("mean_inter_item_r"), row.get("meanInterItemCorrelation"), index + ": mean inter-item r");
			compared++;
		}
		assertEquals(16, compared);
	}

	@Test
	void correlationsWithTheDependentEqualTheReference() {
		// spearman_vs_automatisering.csv: rho of mid-ranks, pairwise; t with n - 2 df; p_greater is
		// cor.test(alternative = "greater", exact = FALSE), the study's one-tailed test of H: rho > 0
		int compared = 0;
		for (Map<String, String> ref : Example.reference("spearman_vs_automatisering.csv")) {
			if (!ref.get("rule").equals("all")) {
				continue;
			}
			String index = ref.get("index_variable");
			Map<String, Object> row = find(list(results.get("dependentCorrelations")), "x", index);
			String where = "rho(" + index + ", Automatisering)";
			assertEquals("Automatisering", row.get("y"));
			assertEquals(Integer.parseInt(ref.get("n")), integer(row.get("n")), where + ": n");
			assertEquals(Integer.parseInt(ref.get("df")), integer(row.get("df")), where + ": df");
			near(ref.get("rho"), row.get("coefficient"), where);
			near(ref.get("t"), row.get("t"), where + ": t");
			near(ref.get("p_two_tailed"), row.get("pTwoTailed"), where + ": p two-tailed");
			near(ref.get("p_greater"), row.get("p"), where + ": p one-tailed, positive hypothesised");
			compared++;
		}
		assertEquals(17, compared);
	}

	@Test
	void correlationMatrixEqualsTheReference() {
		// spearman_matrix_long.csv: every pair of the 18 index variables, pairwise, p two-tailed
		Map<String, Object> matrix = map(results.get("matrix"));
		List<Object> cells = list(matrix.get("cells"));
		assertEquals(18 * 17 / 2, cells.size(), "unique off-diagonal pairs");
		Set<String> seen = new HashSet<>();
		for (Map<String, String> ref : Example.reference("spearman_matrix_long.csv")) {
			String a = ref.get("var1");
			String b = ref.get("var2");
			if (!ref.get("rule").equals("all") || a.equals(b) || !seen.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a)) {
				continue;
			}
			Map<String, Object> cell = null;
			for (Object candidate : cells) {
				Map<String, Object> c = map(candidate);
				if (c.get("x").equals(a) && c.get("y").equals(b) || c.get("x").equals(b) && c.get("y").equals(a)) {
					cell = c;
				}
			}
			assertNotNull(cell, "matrix cell " + a + ", " + b);
			assertEquals(Integer.parseInt(ref.get("n")), integer(cell.get("n")), a + ", " + b + ": n");
			near(ref.get("rho"), cell.get("coefficient"), "rho(" + a + ", " + b + ")");
			near(ref.get("p_two_tailed"), cell.get("p"), "p(" + a + ", " + b + ")");
		}
		assertEquals(153, seen.size());
	}

	@Test
	void partialCorrelationsEqualTheReference() {
		// partial_vs_automatisering.csv, method spearman: -P[1,j]/sqrt(P[1,1] P[j,j]) of the inverse rank
		// correlation matrix of the 71 complete respondents; df = n - 2 - 16
		int compared = 0;
		for (Map<String, String> ref : Example.reference("partial_vs_automatisering.csv")) {
			if (!ref.get("rule").equals("all") || !ref.get("method").equals("spearman")) {
				continue;
			}
			String index = ref.get("index_variable");
			Map<String, Object> row = find(list(results.get("partialCorrelations")), "x", index);
			String where = "partial rho(" + index + ", Automatisering)";
			assertEquals(Integer.parseInt(ref.get("n")), integer(row.get("n")), where + ": n");
			assertEquals(Integer.parseInt(ref.get("k_controls")), integer(row.get("k")), where + ": k");
			assertEquals(Integer.parseInt(ref.get("df")), integer(row.get("df")), where + ": df");
			assertEquals(16, list(row.get("controls")).size(), where + ": controls");
			near(ref.get("partial_r"), row.get("r"), where);
			near(ref.get("p_two_tailed"), row.get("pTwoTailed"), where + ": p two-tailed");
			near(ref.get("p_greater"), row.get("p"), where + ": p one-tailed, positive hypothesised");
			compared++;
		}
		assertEquals(17, compared);
	}

	@Test
	void importCountsAreExact() {
		// README of the reference data: responses.csv holds the 105 respondents, none excluded
		Map<String, Object> report = map(results.get("importReport"));
		assertEquals(105, integer(report.get("rowsRead")));
		assertEquals(105, integer(report.get("rowsKept")));
		assertEquals(List.of(), report.get("cellProblems"));
		assertNull(findOrNull(list(results.get("problems")), "severity", "error"));
	}

	// --- helpers

	private static void near(String expected, Object actual, String what) {
		assertNotNull(actual, what + ": missing in the JSON");
		assertEquals(Double.parseDouble(expected), (Double) actual, TOLERANCE, what);
	}

	private static int integer(Object value) {
		double x = (Double) value;
		assertEquals(Math.rint(x), x, 0.0, "a count must be an integer: " + value);
		return (int) x;
	}

	private static Map<String, Object> find(List<Object> rows, String... keyValues) {
		Map<String, Object> row = findOrNull(rows, keyValues);
		assertNotNull(row, "no row with " + String.join(" ", keyValues));
		return row;
	}

	private static Map<String, Object> findOrNull(List<Object> rows, String... keyValues) {
		for (Object candidate : rows) {
			Map<String, Object> row = map(candidate);
			boolean matches = true;
			for (int i = 0; i < keyValues.length; i += 2) {
				matches &= keyValues[i + 1].equals(row.get(keyValues[i]));
			}
			if (matches) {
				return row;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		assertTrue(value instanceof Map, () -> "expected an object: " + value);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		assertTrue(value instanceof List, () -> "expected an array: " + value);
		return (List<Object>) value;
	}
}
