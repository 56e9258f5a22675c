package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Markdown, LaTeX and CSV reports of the bundled example, and reports of results without their study. */
class ExampleFormatsTest {

	private static Map<String, String> files;

	@BeforeAll
	static void renderTheExample() {
		files = ReportFormats.builtIn().render(Example.input(), List.of("md", "tex", "csv")).stream()
				.collect(Collectors.toMap(ReportFile::path, ReportFile::text));
	}

	@Test
	void csvHasOneFilePerTableWithExactNumbers() {
		assertTrue(files.keySet().containsAll(List.of("csv/import.csv", "csv/descriptives.csv", "csv/reliability.csv",
				"csv/correlations.csv", "csv/partial-correlations.csv", "csv/hypotheses.csv", "csv/correlation-matrix.csv",
				"csv/item-descriptives.csv")), files.keySet().toString());
		List<List<String>> rows = files.get("csv/correlations.csv").lines().map(Example::split).toList();
		assertEquals(List.of("Group", "Factor", "n", "ρ", "p", "p adj.", "Sig.", "95% CI LL", "95% CI UL", "Note"), rows.get(0));
		assertEquals(18, rows.size(), "header and 17 factors");
		Map<String, Double> rho = rows.subList(1, rows.size()).stream()
				.collect(Collectors.toMap(r -> r.get(1), r -> Double.parseDouble(r.get(3))));
		// R 4.2.2 cor(rank(x), rank(y)) pairwise, expected/spearman_vs_automatisering.csv, rule "all"; 1e-9
		for (Map<String, String> ref : Example.reference("spearman_vs_automatisering.csv")) {
			if (ref.get("rule").equals("all")) {
				assertEquals(Double.parseDouble(ref.get("rho")), rho.get(ref.get("index_variable")), 1e-9, ref.get("index_variable"));
			}
		}
		assertEquals("Organisatoriske faktorer", rows.stream().filter(r -> r.get(1).equals("Samarbeid")).findFirst().get().get(0));
	}

	@Test
	void theMatrixPairsHaveNAndPBesideR() {
		List<List<String>> rows = files.get("csv/correlation-matrix-pairs.csv").lines().map(Example::split).toList();
		assertEquals(List.of("x", "y", "i", "j", "n", "r", "p", "p_adjusted", "flag", "note"), rows.get(0));
		assertEquals(1 + 18 * 17 / 2, rows.size(), "header and every pair of the lower triangle");
		Map<String, List<String>> pairs = rows.subList(1, rows.size()).stream()
				.collect(Collectors.toMap(r -> r.get(0) + "|" + r.get(1), r -> r));
		// R 4.2.2 cor(rank(x), rank(y)) pairwise, cor.test two-tailed p (expected/spearman_matrix_long.csv); 1e-9
		int checked = 0;
		for (Map<String, String> ref : Example.reference("spearman_matrix_long.csv")) {
			List<String> pair = pairs.getOrDefault(ref.get("var1") + "|" + ref.get("var2"), pairs.get(ref.get("var2") + "|" + ref.get("var1")));
			if (!ref.get("rule").equals("all") || pair == null) {
				continue;
			}
			assertEquals(ref.get("n"), pair.get(4));
			assertEquals(Double.parseDouble(ref.get("rho")), Double.parseDouble(pair.get(5)), 1e-9);
			assertEquals(Double.parseDouble(ref.get("p_two_tailed")), Double.parseDouble(pair.get(6)), 1e-9);
			checked++;
		}
		assertEquals(2 * 153, checked, "each pair, listed in both orders by R");
	}

	@Test
	void markdownHasEveryTable() {
		String md = files.get("report.md");
		assertTrue(md.startsWith("# Hvor utbredt er automatisering i norske kommuner"), md.substring(0, 80));
		assertTrue(md.contains("## Method"));
		assertTrue(md.contains("Correlations of each factor with Automatisering"));
		assertTrue(md.contains("| Mål\\_Om\\_Digitalisering | 73 | .645 | &lt; .001 |"), "a row of the correlations table");
		assertTrue(md.contains("| **Organisatoriske faktorer** |"), "area sub-headings");
	}

	@Test
	void latexHasBooktabsTables() {
		String tex = files.get("report.tex");
		assertTrue(tex.contains("\\label{tab:correlations}"));
		assertTrue(tex.contains("Mål\\_Om\\_Digitalisering & 73 & .645 & \\textless{} .001"), "a row of the correlations table");
		assertTrue(tex.contains("$\\rho$"), "the Greek letter in math mode");
		assertFalse(tex.contains("ρ"), "no bare Greek letter (pdflatex cannot set it)");
		assertTrue(tex.contains("\\begin{longtable}"), "the long statements table breaks across pages");
	}

	@Test
	void withoutTheEnginesMethodsTextTheParagraphComesFromThePlan() {
		StudyResults results = EcoreUtil.copy(Example.input().results());
		results.setMethods(null);
		String methods = ReportTables.methods(ReportInput.of(results, Example.input().study()));
		assertTrue(methods.startsWith("Correlations are Spearman's rho with pairwise deletion; p-values one-tailed in each "
				+ "hypothesis's declared direction, Holm-adjusted; significance level 0.05; confidence intervals 95%"), methods);
		assertEquals("The analysis plan of these results is not known.", ReportTables.methods(ReportInput.of(results, null)));
	}

	@Test
	void resultsWithoutTheirStudyStillMakeEveryFormat() {
		ReportInput bare = ReportInput.of(Example.input().results(), null);
		List<ReportFile> all = ReportFormats.builtIn().render(bare, ReportFormats.builtIn().ids());
		String html = all.stream().filter(f -> f.path().equals("report.html")).findFirst().orElseThrow().text();
		Html.parse(html);
		assertFalse(html.contains("id=\"framework\""), "no framework section without the study");
		assertTrue(html.contains("id=\"chart-correlations\"") && html.contains("id=\"chart-heatmap\""));
	}
}
