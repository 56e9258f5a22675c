package org.factorstudio.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example study with three plans (examples/municipal-automation/municipal-automation-plans.study) against
 * R: every coefficient, one-tailed p and Holm-adjusted p of the two robustness plans (listwise Spearman with a
 * scoring-rule variant; pairwise Pearson with partials controlling for a background column and an index, and
 * a declared family), from data/plans/references.csv made by data/plans/make-references.R (R 4.2.2, base R:
 * cor, cor.test, solve, p.adjust). Tolerance 1e-9 absolute, counts exact.
 */
class PlansTest {

	private static final double TOLERANCE = 1e-9;

	private static StudyResults results;
	private static StudyResults single;

	@BeforeAll
	static void runThePlans() {
		Path example = AnalysisEngineTest.repository().resolve("examples/municipal-automation");
		results = AnalysisEngineTest.run(example.resolve("municipal-automation-plans.study"));
		single = AnalysisEngineTest.run(example.resolve("municipal-automation.study"));
	}

	private static List<Map<String, String>> references() throws IOException {
		Path file = AnalysisEngineTest.repository()
				.resolve("bundles/org.factorstudio.analysis.tests/data/plans/references.csv");
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		String[] header = lines.get(0).replace("\"", "").split(",");
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.replace("\"", "").split(",", -1);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.length; i++) {
				row.put(header[i], cells[i]);
			}
			rows.add(row);
		}
		return rows;
	}

	private static ResultTable table(String titleStart) {
		return results.getTables().stream().filter(t -> t.getTitle().startsWith(titleStart)).findFirst()
				.orElseThrow(() -> new AssertionError("no table '" + titleStart + "' in "
						+ results.getTables().stream().map(ResultTable::getTitle).toList()));
	}

	private static int column(ResultTable table, String name) {
		for (int i = 0; i < table.getColumns().size(); i++) {
			if (table.getColumns().get(i).getName().equals(name)) {
				return i;
			}
		}
		throw new AssertionError("no column " + name + " in " + table.getTitle());
	}

	private static ResultRow row(ResultTable table, String first) {
		return table.getRows().stream().filter(r -> r.getCells().get(0).getText().equals(first)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + first + " in " + table.getTitle()));
	}

	private static double number(ResultRow row, int column) {
		Double number = row.getCells().get(column).getNumber();
		assertNotNull(number, () -> "no number in cell " + column + ": " + row.getCells().get(column).getText());
		return number;
	}

	@Test
	void theThreePlansRunWithoutErrors() {
		List<Problem> errors = results.getProblems().stream().filter(p -> p.getSeverity() == Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), () -> errors.stream().map(Problem::getMessage).collect(Collectors.joining("\n")));
	}

	@Test
	void thePrimaryPlanComparesTheIndicesAcrossCounties() {
		// the statistics are checked against R in GroupsExampleTest; here: the request of the primary plan runs once
		List<ResultTable> byCounty = results.getTables().stream()
				.filter(t -> t.getTitle().equals("Index variables by county: Kruskal-Wallis tests")).toList();
		assertEquals(1, byCounty.size(), () -> results.getTables().stream().map(ResultTable::getTitle)
				.collect(Collectors.joining("\n")));
		assertEquals(18, byCounty.get(0).getRows().size());
	}

	@Test
	void theVariantPlansEqualR() throws IOException {
		List<Map<String, String>> expected = references();
		assertEquals(68, expected.size());
		for (Map<String, String> ref : expected) {
			String plan = ref.get("plan");
			boolean partial = ref.get("kind").equals("partial");
			ResultTable table = table("Plan '" + plan + "': " + (partial ? "partial correlations" : "correlations"));
			ResultRow row = row(table, ref.get("x"));
			String what = plan + " " + ref.get("kind") + " " + ref.get("x");
			assertEquals(Integer.parseInt(ref.get("n")), (int) number(row, column(table, "n")), what + " n");
			if (partial) {
				assertEquals(Integer.parseInt(ref.get("df")), (int) number(row, column(table, "df")), what + " df");
			}
			assertEquals(Double.parseDouble(ref.get("r")), number(row, column(table, "r")), TOLERANCE, what + " r");
			assertEquals(Double.parseDouble(ref.get("p")), number(row, column(table, "p")), TOLERANCE, what + " p");
			assertEquals(Double.parseDouble(ref.get("p_adj")), number(row, column(table, "p adj.")), TOLERANCE,
					what + " p adj.");
		}
	}

	@Test
	void theRobustnessTableHoldsEveryHypothesisUnderEveryPlanAndFlagsChanges() throws IOException {
		ResultTable table = table("Robustness: each hypothesis under every plan");
		assertEquals(17, table.getRows().size());
		assertEquals(List.of("Hypothesis", "primary r", "primary p", "primary decision", "listwise r", "listwise p",
				"listwise decision", "pearson_controls r", "pearson_controls p", "pearson_controls decision", "Conclusion"),
				table.getColumns().stream().map(c -> c.getName()).toList());
		Map<String, Correlation> primary = single.getDependentCorrelations().stream()
				.collect(Collectors.toMap(Correlation::getX, c -> c));
		int changes = 0;
		for (Map<String, String> ref : references()) {
			if (!ref.get("kind").equals("correlation")) {
				continue;
			}
			ResultRow row = row(table, ref.get("hypothesis"));
			String plan = ref.get("plan");
			assertEquals(Double.parseDouble(ref.get("r")), number(row, column(table, plan + " r")), TOLERANCE);
			assertEquals(Double.parseDouble(ref.get("p_adj")), number(row, column(table, plan + " p")), TOLERANCE);
			assertEquals(Boolean.parseBoolean(ref.get("supported")) ? "supported" : "not supported",
					row.getCells().get(column(table, plan + " decision")).getText(), ref.get("hypothesis") + " " + plan);
			// the primary plan's columns are the single-plan study's numbers
			Correlation c = primary.get(ref.get("x"));
			assertEquals(c.getCoefficient(), number(row, column(table, "primary r")), 0.0);
			assertEquals(c.getPAdjusted(), number(row, column(table, "primary p")), 0.0);
		}
		for (ResultRow row : table.getRows()) {
			List<String> decisions = List.of(row.getCells().get(3).getText(), row.getCells().get(6).getText(),
					row.getCells().get(9).getText());
			boolean changed = decisions.stream().distinct().count() > 1;
			String conclusion = row.getCells().get(10).getText();
			assertEquals(changed, conclusion.startsWith("CHANGES"), row.getCells().get(0).getText() + ": " + conclusion);
			changes += changed ? 1 : 0;
		}
		assertTrue(changes > 0, "the example's plans should disagree somewhere, or the table shows nothing");
		assertTrue(table.getNote().contains(changes + " hypothes"), table.getNote());
	}

	@Test
	void thePrimaryPlanEqualsTheSingleStudyAndTheMethodsTextNamesEveryPlan() {
		assertEquals(single.getDependentCorrelations().size(), results.getDependentCorrelations().size());
		for (int i = 0; i < single.getDependentCorrelations().size(); i++) {
			assertEquals(single.getDependentCorrelations().get(i).getCoefficient(),
					results.getDependentCorrelations().get(i).getCoefficient());
			assertEquals(single.getDependentCorrelations().get(i).getPAdjusted(),
					results.getDependentCorrelations().get(i).getPAdjusted());
		}
		String methods = results.getMethods();
		assertTrue(methods.contains("Plan 'listwise'") && methods.contains("Plan 'pearson_controls'"), methods);
		assertTrue(methods.contains("population_band, Ledelsesinvolvering"), methods);
		assertTrue(methods.contains("'leadership' (H5, H6, partial H5)"), methods);
		assertTrue(methods.contains("score Prosessorientering min 6"), methods);
		ResultTable partials = table("Plan 'pearson_controls': partial correlations");
		assertTrue(partials.getNote().contains("declared correction families: 'leadership'"), partials.getNote());
		assertEquals("population_band", row(partials, "Ledelsesinvolvering").getCells().get(1).getText());
	}

	/** A family member that names no test of the plan is said, not silently left out; the example's are all found. */
	@Test
	void aFamilyMemberWithoutATestIsAWarning(@TempDir Path dir) throws IOException {
		assertTrue(results.getProblems().stream()
				.noneMatch(p -> "org.factorstudio.analysis.familyMemberWithoutTest".equals(p.getCode())),
				"the example's family members all name tests");
		Files.writeString(dir.resolve("t.csv"), """
				id,a1,a2,b1,d1
				1,4,5,2,4
				2,3,3,3,3
				3,5,4,1,5
				4,2,2,4,2
				5,4,3,2,4
				6,1,2,5,1
				7,3,4,3,3
				8,5,5,1,5
				""", StandardCharsets.UTF_8);
		Path study = dir.resolve("t.study");
		Files.writeString(study, """
				study T
				scale L 1..5
				indicators scale L { a1 a2 b1 d1 }
				index A = a1, a2
				index B = b1
				index D = d1
				dependent D
				area X { factor FA measured by A factor FB measured by B }
				hypothesis H1: FA positive
				hypothesis H2: FA positive "the same factor again"
				hypothesis H3: FB negative
				data "t.csv" { id id }
				analysis { tails one correction holm family main = H2, H3 }
				""", StandardCharsets.UTF_8);
		StudyResults run = AnalysisEngineTest.run(study);
		List<Problem> warnings = run.getProblems().stream()
				.filter(p -> "org.factorstudio.analysis.familyMemberWithoutTest".equals(p.getCode())).toList();
		assertEquals(1, warnings.size(), () -> run.getProblems().stream().map(Problem::getMessage).toList().toString());
		assertEquals(Severity.WARNING, warnings.get(0).getSeverity());
		assertTrue(warnings.get(0).getMessage().startsWith("Correction family 'main': H2 names no test of plan 'primary'"),
				warnings.get(0).getMessage());
	}

	@Test
	void aTextBackgroundColumnIsNoControlAndANumericOneIs(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("t.csv"), """
				id,region,size,a1,a2,b1,d1
				1,north,1,4,5,2,4
				2,south,2,3,3,3,3
				3,north,3,5,4,1,5
				4,west,1,2,2,4,2
				5,south,2,4,3,2,4
				6,north,3,1,2,5,1
				7,west,1,3,4,3,3
				8,south,2,5,5,1,5
				9,north,3,2,3,4,2
				10,west,1,4,4,2,3
				11,south,2,3,2,3,3
				12,north,3,4,3,2,5
				""", StandardCharsets.UTF_8);
		Path study = dir.resolve("t.study");
		Files.writeString(study, """
				study T
				scale L 1..5
				indicators scale L { a1 a2 b1 d1 }
				index A = a1, a2
				index B = b1
				index D = d1
				dependent D
				area X { factor FA measured by A factor FB measured by B }
				hypothesis H1: FA positive
				hypothesis H2: FB negative
				data "t.csv" { id id background region, size }
				analysis { tails one partial controlling for region }
				analysis sized extends primary { partial controlling for size }
				""", StandardCharsets.UTF_8);
		StudyResults run = AnalysisEngineTest.run(study);
		List<Problem> bad = run.getProblems().stream()
				.filter(p -> "org.factorstudio.analysis.badControl".equals(p.getCode())).toList();
		assertEquals(1, bad.size(), () -> run.getProblems().stream().map(Problem::getMessage).toList().toString());
		assertEquals(Severity.ERROR, bad.get(0).getSeverity());
		assertTrue(bad.get(0).getMessage().contains("Control 'region' is a text column"), bad.get(0).getMessage());
		assertTrue(run.getPartialCorrelations().isEmpty(), "no partials with a text control");
		// the plan with the numeric control has its partials, each controlling for size only
		ResultTable partials = run.getTables().stream().filter(t -> t.getTitle().startsWith("Plan 'sized': partial"))
				.findFirst().orElseThrow();
		assertEquals(2, partials.getRows().size());
		assertEquals("size", partials.getRows().get(0).getCells().get(1).getText());
		assertEquals(12, (int) number(partials.getRows().get(0), column(partials, "n")));
		assertEquals(9, (int) number(partials.getRows().get(0), column(partials, "df")));
	}
}
