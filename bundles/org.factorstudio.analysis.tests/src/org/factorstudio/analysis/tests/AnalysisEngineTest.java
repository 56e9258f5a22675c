package org.factorstudio.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.Descriptives;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.results.VariableKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the bundled example (study file → import → engine → results model) against
 * the reference results computed with R 4.2.2 and checked with SciPy
 * (examples/municipal-automation/expected/, copied from the shared reference data; rule "all").
 * Tolerance 1e-9 absolute for coefficients and p-values, counts exact.
 */
class AnalysisEngineTest {

	private static final double TOLERANCE = 1e-9;

	private static Path example;
	private static StudyResults results;

	@BeforeAll
	static void runTheExample() {
		example = repository().resolve("examples/municipal-automation");
		results = run(example.resolve("municipal-automation.study"));
	}

	static Path repository() {
		String root = System.getProperty("factorstudio.repo");
		Path candidate = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
		while (candidate != null && !Files.isDirectory(candidate.resolve("examples"))) {
			candidate = candidate.getParent();
		}
		assertNotNull(candidate, "repository with examples/ not found from " + root);
		return candidate;
	}

	static StudyResults run(Path studyFile) {
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(studyFile);
		assertTrue(!loaded.hasErrors(), () -> "study errors: " + loaded.errors());
		return AnalysisEngine.builtIn().run(loaded.study(), studyFile, new NullProgressMonitor());
	}

	/** Rows of a reference CSV (simple quoting, no embedded separators in the used columns). */
	static List<Map<String, String>> reference(String file) throws IOException {
		List<String> lines = Files.readAllLines(repository().resolve("examples/municipal-automation/expected").resolve(file),
				StandardCharsets.UTF_8);
		String[] header = split(lines.get(0));
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = split(line);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.length; i++) {
				row.put(header[i], i < cells.length ? cells[i] : "");
			}
			rows.add(row);
		}
		return rows;
	}

	private static String[] split(String line) {
		String[] cells = line.split(",", -1);
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cells[i].replaceAll("^\"|\"$", "");
		}
		return cells;
	}

	private static double number(Map<String, String> row, String column) {
		return Double.parseDouble(row.get(column));
	}

	private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
		return items.stream().collect(Collectors.toMap(name, Function.identity()));
	}

	@Test
	void theExampleRunsWithoutErrors() {
		List<Problem> errors = results.getProblems().stream().filter(p -> p.getSeverity() == Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), () -> errors.stream().map(Problem::getMessage).collect(Collectors.joining("\n")));
		assertEquals(105, results.getImportReport().getRowsRead());
		assertEquals(105, results.getImportReport().getRowsKept());
	}

	@Test
	void indexDescriptivesEqualTheReference() throws IOException {
		Map<String, Descriptives> ours = byName(
				results.getDescriptives().stream().filter(d -> d.getKind() == VariableKind.INDEX).toList(),
				Descriptives::getVariable);
		List<Map<String, String>> expected = reference("descriptives.csv").stream().filter(r -> r.get("rule").equals("all"))
				.toList();
		assertEquals(18, expected.size());
		for (Map<String, String> row : expected) {
			Descriptives d = ours.get(row.get("index_variable"));
			assertNotNull(d, row.get("index_variable"));
			assertEquals(Integer.parseInt(row.get("N")), d.getN(), d.getVariable());
			assertEquals(number(row, "mean"), d.getMean(), TOLERANCE, d.getVariable());
			assertEquals(number(row, "sd"), d.getSd(), TOLERANCE, d.getVariable());
			assertEquals(number(row, "median"), d.getMedian(), TOLERANCE, d.getVariable());
		}
	}

	@Test
	void correlationsWithTheDependentEqualTheReference() throws IOException {
		Map<String, Correlation> ours = byName(results.getDependentCorrelations(), Correlation::getX);
		List<Map<String, String>> expected = reference("spearman_vs_automatisering.csv").stream()
				.filter(r -> r.get("rule").equals("all")).toList();
		assertEquals(17, expected.size());
		assertEquals(17, ours.size());
		for (Map<String, String> row : expected) {
			Correlation c = ours.get(row.get("index_variable"));
			assertEquals("Automatisering", c.getY());
			assertEquals(Integer.parseInt(row.get("n")), c.getN(), c.getX());
			assertEquals(number(row, "rho"), c.getCoefficient(), TOLERANCE, c.getX());
			assertEquals(number(row, "p_two_tailed"), c.getPTwoTailed(), TOLERANCE, c.getX());
			// every hypothesis of the example is positive: the one-tailed p is R's alternative = "greater"
			assertEquals(number(row, "p_greater"), c.getP(), TOLERANCE, c.getX());
			assertNotNull(c.getPAdjusted(), "the example declares Holm");
			assertTrue(c.getPAdjusted() >= c.getP() - 1e-15, c.getX());
		}
	}

	/** The example declares Holm: every flag is set on the adjusted p, and at least one flag differs from the raw p's. */
	@Test
	void flagsAreOnTheAdjustedP() {
		boolean differs = false;
		List<Correlation> all = new ArrayList<>(results.getDependentCorrelations());
		all.addAll(results.getMatrix().getCells());
		for (Correlation c : all) {
			assertEquals(stars(c.getPAdjusted()), c.getFlag(), c.getX() + " with " + c.getY());
			differs |= !stars(c.getP()).equals(c.getFlag());
		}
		for (PartialCorrelation c : results.getPartialCorrelations()) {
			assertEquals(stars(c.getPAdjusted()), c.getFlag(), "partial " + c.getX());
		}
		assertTrue(differs, "Holm changes at least one flag of the example");
	}

	private static String stars(Double p) {
		return p == null || p.isNaN() ? "" : p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
	}

	@Test
	void partialSpearmanCorrelationsEqualTheReference() throws IOException {
		Map<String, PartialCorrelation> ours = byName(results.getPartialCorrelations(), PartialCorrelation::getX);
		List<Map<String, String>> expected = reference("partial_vs_automatisering.csv").stream()
				.filter(r -> r.get("rule").equals("all") && r.get("method").equals("spearman")).toList();
		assertEquals(17, expected.size());
		for (Map<String, String> row : expected) {
			PartialCorrelation c = ours.get(row.get("index_variable"));
			assertEquals(Integer.parseInt(row.get("n")), c.getN(), c.getX());
			assertEquals(Integer.parseInt(row.get("df")), c.getDf(), c.getX());
			assertEquals(16, c.getK());
			assertEquals(number(row, "partial_r"), c.getR(), TOLERANCE, c.getX());
			assertEquals(number(row, "p_two_tailed"), c.getPTwoTailed(), TOLERANCE, c.getX());
			assertEquals(number(row, "p_greater"), c.getP(), TOLERANCE, c.getX());
		}
	}

	@Test
	void alphaEqualsTheReference() throws IOException {
		Map<String, Reliability> ours = byName(results.getReliabilities(), Reliability::getIndex);
		for (Map<String, String> row : reference("alpha.csv")) {
			Reliability r = ours.get(row.get("index_variable"));
			if (row.get("alpha").isEmpty() || row.get("alpha").equals("NA")) {
				assertNull(r, "single-statement indices get no alpha: " + row.get("index_variable"));
				continue;
			}
			assertEquals(Integer.parseInt(row.get("n_listwise")), r.getN(), r.getIndex());
			assertEquals(number(row, "alpha"), r.getAlpha(), TOLERANCE, r.getIndex());
			assertEquals(number(row, "alpha_standardized"), r.getStandardizedAlpha(), TOLERANCE, r.getIndex());
		}
	}

	@Test
	void theRawExportStopsAtItsOneOutOfRangeValue() {
		StudyResults raw = run(example.resolve("municipal-automation-raw.study"));
		assertEquals(420, raw.getImportReport().getRowsRead());
		assertEquals(105, raw.getImportReport().getRowsKept());
		assertEquals(315, raw.getImportReport().getExclusions().stream().mapToInt(e -> e.getCount()).sum());
		List<Problem> errors = raw.getProblems().stream().filter(p -> p.getSeverity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), () -> errors.toString());
		String message = errors.get(0).getMessage();
		assertTrue(message.contains("1347") && message.contains("q45") && message.contains("55"), message);
		assertEquals(348, errors.get(0).getLine());
		assertTrue(raw.getDescriptives().isEmpty(), "a stopped import computes nothing");
	}

	@Test
	void theRawExportWithInvalidValuesAsMissing(@TempDir Path dir) throws IOException {
		String text = Files.readString(example.resolve("municipal-automation-raw.study"), StandardCharsets.UTF_8)
				.replace("data \"responses-raw-export.csv\" {", "data \"" + example.resolve("responses-raw-export.csv")
						+ "\" {\n\ton-invalid missing");
		Path study = dir.resolve("raw-missing.study");
		Files.writeString(study, text, StandardCharsets.UTF_8);
		StudyResults raw = run(study);
		assertTrue(raw.getProblems().stream().noneMatch(p -> p.getSeverity() == Severity.ERROR), () -> raw.getProblems().toString());
		assertEquals(1, raw.getImportReport().getCellProblems().size());
		Descriptives goals = raw.getDescriptives().stream().filter(d -> d.getVariable().equals("Mål_Om_Digitalisering"))
				.findFirst().orElseThrow();
		// results.json raw_export, "if it sets the cell to missing" (R 4.2.2; 6 decimals given)
		assertEquals(72, goals.getN());
		assertEquals(4.119048, goals.getMean(), 5e-7);
		assertEquals(0.543058, goals.getSd(), 5e-7);
	}
	@Test
	void aRunCancelledBeforeItStartsThrowsAndComputesNothing() {
		Path studyFile = example.resolve("municipal-automation.study");
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(studyFile);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> AnalysisEngine.builtIn().run(loaded.study(), studyFile, cancelled));
	}

	@Test
	void aRunCancelledDuringTheAnalysesStopsThere() {
		Path studyFile = example.resolve("municipal-automation.study");
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(studyFile);
		List<String> tasks = new ArrayList<>();
		// cancels as soon as the correlations begin, as a user pressing Cancel in the progress dialog would
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				tasks.add(name);
				if (name.startsWith("Correlations")) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> AnalysisEngine.builtIn().run(loaded.study(), studyFile, monitor));
		assertTrue(tasks.contains("Correlations"), () -> "tasks: " + tasks);
		assertTrue(tasks.indexOf("Correlations") == tasks.size() - 1, () -> "went on after cancel: " + tasks);
	}
}
