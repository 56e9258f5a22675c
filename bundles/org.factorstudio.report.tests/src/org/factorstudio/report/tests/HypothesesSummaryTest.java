package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentence that says how many hypotheses are supported and by which rule: counted from the results, worded
 * from the plan the run used, the hypotheses table's last note in every report and the view.
 */
class HypothesesSummaryTest {

	/** Rows of the hypotheses table whose outcome is "supported". */
	private static long supportedRows(ReportTable table) {
		int outcome = table.columnIndex("Outcome");
		return table.rows().stream().filter(row -> row.cells().get(outcome).text().equals("supported")).count();
	}

	@Test
	void theExampleSupports15Of17AsRDecidesThem() {
		// R 4.2.2 p.adjust(method = "holm") of the one-tailed p in each hypothesis's direction, supported when
		// below .05 with the declared sign: expected/hypotheses_holm.csv (hypotheses.R)
		List<Map<String, String>> reference = Example.reference("hypotheses_holm.csv");
		Map<String, Boolean> decided = reference.stream()
				.collect(Collectors.toMap(r -> r.get("hypothesis"), r -> Boolean.parseBoolean(r.get("supported").toLowerCase())));
		long supported = decided.values().stream().filter(b -> b).count();
		assertEquals(17, reference.size());
		assertEquals(15, supported, "the reference itself: H2 and H13 are not supported");

		ReportInput input = Example.input();
		for (HypothesisOutcome outcome : input.results().getHypotheses()) {
			assertEquals(decided.get(outcome.getHypothesis()), outcome.isSupported(), outcome.getHypothesis());
		}
		String summary = ReportTables.hypothesesSummary(input);
		assertEquals(supported + " of " + reference.size() + " hypotheses supported (p adjusted by Holm, one-tailed, α = .05).",
				summary);
		ReportTable table = ReportTables.find(ReportTables.of(input), ReportTables.HYPOTHESES);
		assertEquals(summary, table.notes().get(table.notes().size() - 1));
		assertTrue(table.notes().get(0).endsWith("adjusted p is below the significance level (α = .05)."),
				"both notes write the level alike: " + table.notes().get(0));
		// and so do the outcomes' own notes (the engine's, in the results)
		for (HypothesisOutcome outcome : input.results().getHypotheses()) {
			String expected = outcome.isSupported() ? "p (adjusted) < .05" : "not significant at α = .05";
			assertTrue(outcome.getNote().startsWith(expected), outcome.getHypothesis() + ": " + outcome.getNote());
		}
		assertEquals(supported, supportedRows(table), "the rows whose outcome is supported");
	}

	@Test
	void theReportsPrintIt() {
		String summary = ReportTables.hypothesesSummary(Example.input());
		Map<String, String> files = ReportFormats.builtIn().render(Example.input(), List.of("html", "md", "text")).stream()
				.collect(Collectors.toMap(ReportFile::path, ReportFile::text));
		for (String file : List.of("report.html", "report.md", "report.txt")) {
			assertTrue(files.containsKey(file), files.keySet().toString());
			assertTrue(files.get(file).replaceAll("\\s+", " ").contains(summary), file);
		}
	}

	@Test
	void theRuleIsTheOneTheRunUsed(@TempDir Path dir) throws IOException {
		Files.copy(Example.file("responses.csv"), dir.resolve("responses.csv"));
		String text = Files.readString(Example.file("municipal-automation.study"), StandardCharsets.UTF_8);
		String variant = text.replace("\ttails one\n", "\ttails two\n").replace("\tsignificance 0.05\n", "\tsignificance 0.01\n")
				.replace("\tcorrection holm\n", "\tcorrection bonferroni\n");
		assertFalse(variant.contains("correction holm") || variant.contains("tails one") || variant.contains("significance 0.05"));
		Path file = dir.resolve("variant.study");
		Files.writeString(file, variant, StandardCharsets.UTF_8);
		LoadedStudy loaded = StudyLoader.create().load(file);
		assertFalse(loaded.hasErrors(), () -> "study errors: " + loaded.errors());
		StudyResults results = AnalysisEngine.builtIn().run(loaded.study(), file, new NullProgressMonitor());
		ReportInput input = ReportInput.of(results, loaded.study());

		// R 4.2.2 cor.test two-tailed p (expected/spearman_vs_automatisering.csv, rule "all"), Bonferroni over the
		// 17 hypotheses (min(1, 17 p)) below .01 with the declared positive sign
		List<Map<String, String>> reference = Example.reference("spearman_vs_automatisering.csv").stream()
				.filter(r -> r.get("rule").equals("all")).toList();
		long supported = reference.stream().filter(r -> Double.parseDouble(r.get("rho")) > 0
				&& Math.min(1, reference.size() * Double.parseDouble(r.get("p_two_tailed"))) < 0.01).count();
		assertTrue(supported > 0 && supported < 15, "a rule that decides otherwise: " + supported);

		String summary = ReportTables.hypothesesSummary(input);
		assertEquals(supported + " of 17 hypotheses supported (p adjusted by Bonferroni, two-tailed, α = .01).", summary);
		assertEquals(supported, supportedRows(ReportTables.find(ReportTables.of(input), ReportTables.HYPOTHESES)));
	}
}
