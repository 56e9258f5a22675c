package org.factorstudio.analysis.stats;

import static org.factorstudio.analysis.stats.MeasurementData.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measurement analyses through the engine's analyses door on the example study that asks for them
 * (examples/municipal-automation/municipal-automation-measurement.study): their result tables carry the values
 * of the R references (make-references.R; 1e-6), reversals applied; bad parameters are problems, not crashes.
 */
class MeasurementAnalysesTest {

	private static Path studyFile;
	private static StudyResults results;

	@BeforeAll
	static void runTheExample() {
		studyFile = Path.of(ReferenceData.municipal("responses.csv").getParent().toString(),
				"municipal-automation-measurement.study");
		results = run(studyFile);
	}

	private static StudyResults run(Path file) {
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(file);
		assertTrue(!loaded.hasErrors(), () -> "study errors: " + loaded.errors());
		return AnalysisEngine.builtIn().run(loaded.study(), file, new NullProgressMonitor());
	}

	private static ResultTable table(StudyResults r, String title) {
		return r.getTables().stream().filter(t -> t.getTitle().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no table '" + title + "' in "
						+ r.getTables().stream().map(ResultTable::getTitle).toList()));
	}

	private static ResultRow row(ResultTable table, int column, String key) {
		return table.getRows().stream().filter(r -> key.equals(r.getCells().get(column).getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + key + " in " + table.getTitle()));
	}

	private static double number(ResultTable table, ResultRow row, String column) {
		int index = -1;
		for (int i = 0; i < table.getColumns().size(); i++) {
			if (table.getColumns().get(i).getName().equals(column)) {
				index = i;
			}
		}
		assertTrue(index >= 0, "no column " + column + " in " + table.getTitle());
		ResultCell cell = row.getCells().get(index);
		assertTrue(cell.getNumber() != null, column + " is not computable: " + cell.getText());
		return cell.getNumber();
	}

	@Test
	void noErrors() {
		List<Problem> errors = results.getProblems().stream().filter(p -> p.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors.stream().map(Problem::getMessage).toList());
	}

	@Test
	void omegaTableHasTheReferenceValues() {
		ResultTable omega = table(results, "Reliability per index: alpha, ordinal alpha and omega");
		for (String[] index : new String[][] { { "Prosessorientering", "municipal-prosessorientering" },
				{ "Ledelsesinvolvering", "municipal-ledelsesinvolvering" } }) {
			ResultRow row = row(omega, 0, index[0]);
			assertEquals(ref(index[1], "n"), number(omega, row, "n"), 0);
			assertEquals(ref(index[1], "omega"), number(omega, row, "omega (implied)"), 1e-6);
			assertEquals(ref(index[1], "omega_obs"), number(omega, row, "omega (observed)"), 1e-6);
			assertEquals(ref(index[1], "omega_t"), number(omega, row, "omega_t"), 1e-6);
			assertEquals(ref(index[1], "alpha"), number(omega, row, "alpha"), 1e-9);
			assertEquals(ref(index[1], "alpha_feldt_lower"), number(omega, row, "Feldt lower"), 1e-9);
			assertEquals(ref(index[1], "alpha_feldt_upper"), number(omega, row, "Feldt upper"), 1e-9);
		}
		// ordinal alpha of Prosessorientering: the reference is on its complete rows, as the omega table uses
		assertEquals(ref("municipal-prosessorientering", "ordinal_alpha"),
				number(omega, row(omega, 0, "Prosessorientering"), "ordinal alpha"), 1e-6);
	}

	@Test
	void polychoricTableHasTheReversedStatement() {
		ResultTable table = table(results, "Polychoric correlations of Prosessorientering");
		ResultRow q67 = row(table, 0, "reversed q67");
		ResultRow q58 = row(table, 0, "q58");
		// Prosessorientering has no missing answers among its rows with data, so pairwise equals complete rows
		assertEquals(ref("municipal-prosessorientering", "rho", "q58", "q67"), number(table, q58, "q67"), 1e-6);
		assertEquals(number(table, q58, "q67"), number(table, q67, "q58"), 0);
		assertEquals(1, number(table, q67, "q67"), 0);
	}

	@Test
	void cfaTablesHaveLavaansValues() {
		String dataset = "municipal-framework";
		ResultTable fit = table(results, "CFA of the framework: model fit");
		ResultRow row = fit.getRows().get(0);
		assertEquals(ref(dataset, "fit", "ntotal"), number(fit, row, "n"), 0);
		assertEquals(ref(dataset, "fit", "df"), number(fit, row, "df"), 0);
		assertEquals(ref(dataset, "fit", "chisq"), number(fit, row, "chi-square"), 1e-6);
		assertEquals(ref(dataset, "fit", "cfi"), number(fit, row, "CFI"), 1e-6);
		assertEquals(ref(dataset, "fit", "tli"), number(fit, row, "TLI"), 1e-6);
		assertEquals(ref(dataset, "fit", "rmsea"), number(fit, row, "RMSEA"), 1e-6);
		assertEquals(ref(dataset, "fit", "rmsea.ci.upper"), number(fit, row, "RMSEA 90% upper"), 1e-6);
		assertEquals(ref(dataset, "fit", "srmr"), number(fit, row, "SRMR"), 1e-6);
		assertEquals(ref(dataset, "fit", "bic"), number(fit, row, "BIC"), 1e-5);
		ResultTable estimates = table(results, "CFA of the framework: loadings, residual variances and factor correlations");
		int checked = 0;
		for (ResultRow r : estimates.getRows()) {
			String label = r.getCells().get(1).getText() + " " + r.getCells().get(2).getText() + " "
					+ r.getCells().get(3).getText();
			assertEquals(ref(dataset, "est", label), number(estimates, r, "estimate"), 1e-6, label);
			assertEquals(ref(dataset, "se", label), number(estimates, r, "SE"), 1e-6, label);
			assertEquals(ref(dataset, "std", label), number(estimates, r, "standardized"), 1e-6, label);
			checked++;
		}
		assertEquals(45, checked);
		ResultTable reliability = table(results, "CFA of the framework: composite reliability, AVE and HTMT2");
		ResultRow process = row(reliability, 0, "Prosessorientering");
		assertEquals(ref(dataset, "cr", "Prosessorientering"), number(reliability, process, "omega (implied)"), 1e-6);
		assertEquals(ref(dataset, "ave", "Prosessorientering"), number(reliability, process, "AVE"), 1e-6);
		assertEquals(ref(dataset, "htmt2", "Ledelsesinvolvering", "Prosessorientering"),
				number(reliability, process, "HTMT2 Ledelsesinvolvering"), 1e-9);
	}

	@Test
	void efaTablesHavePsychsValues() {
		String dataset = "municipal-framework";
		ResultTable loadings = table(results, "Exploratory factor analysis: loadings");
		List<String> items = EfaReferenceTest.items(dataset);
		assertEquals(items.size(), loadings.getRows().size());
		for (int i = 0; i < items.size(); i++) {
			ResultRow row = loadings.getRows().get(i);
			String statement = row.getCells().get(0).getText();
			assertTrue(statement.endsWith(items.get(i)), statement);
			// communalities do not depend on the order or the signs of the factors
			assertEquals(ref(dataset, "efa_communality_minres_oblimin", items.get(i), "h2"),
					number(loadings, row, "communality"), 1e-6, statement);
		}
		assertTrue(loadings.getNote().contains("fm = \"minres\", rotate = \"oblimin\""), loadings.getNote());
		assertEquals(3, table(results, "Exploratory factor analysis: factor correlations").getRows().size());
		ResultTable variance = table(results, "Exploratory factor analysis: variance explained");
		assertEquals(ref(dataset, "efa_ss_minres_oblimin", "SS loadings", "F1")
				+ ref(dataset, "efa_ss_minres_oblimin", "SS loadings", "F2")
				+ ref(dataset, "efa_ss_minres_oblimin", "SS loadings", "F3"),
				number(variance, variance.getRows().get(2), "F3") * items.size(), 1e-6);
		ResultTable scree = table(results, "Parallel analysis (scree): observed and simulated eigenvalues");
		assertEquals(items.size(), scree.getRows().size());
		for (int i = 0; i < items.size(); i++) {
			ResultRow row = scree.getRows().get(i);
			assertEquals(ref(dataset, "pa_eigen_pc", Integer.toString(i + 1), "observed"),
					number(scree, row, "observed component"), 1e-9);
			assertEquals(ref(dataset, "pa_eigen_fa", Integer.toString(i + 1), "observed"),
					number(scree, row, "observed factor"), 1e-9);
		}
		assertTrue(scree.getNote().startsWith("Parallel analysis suggests "
				+ (int) ref(dataset, "pa_nfact", "suggested", "factors") + " factor(s) and "
				+ (int) ref(dataset, "pa_ncomp", "suggested", "components") + " component(s)."), scree.getNote());
		assertTrue(scree.getNote().contains("20 simulated data sets of normal data (seed 15)"), scree.getNote());
	}

	@Test
	void efaWithAFactorCountThatIsNoNumberIsOneError(@TempDir Path dir) throws IOException {
		String text = Files.readString(studyFile, StandardCharsets.UTF_8)
				.replace("factors = 3,", "factors = \"three\",")
				.replace("data \"responses.csv\"", "data \"" + ReferenceData.municipal("responses.csv").toString()
						.replace("\\", "/") + "\"");
		Path bad = Files.writeString(dir.resolve("bad-efa.study"), text, StandardCharsets.UTF_8);
		StudyResults r = run(bad);
		List<Problem> errors = r.getProblems().stream().filter(p -> p.getSeverity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), () -> errors.stream().map(Problem::getMessage).toList().toString());
		assertEquals("org.factorstudio.analysis.measurement.invalidParameter", errors.get(0).getCode());
		assertTrue(errors.get(0).getMessage().contains("factors = \"three\"; expected a whole number of at least 1 or parallel"),
				errors.get(0).getMessage());
		assertTrue(r.getTables().stream().noneMatch(t -> t.getAnalysisId().equals("efa")));
	}

	@Test
	void badParametersAreProblemsNamingThem(@TempDir Path dir) throws IOException {
		String text = Files.readString(studyFile, StandardCharsets.UTF_8)
				.replace("thresholds = item", "thresholds = global")
				.replace("run cfa(indices = \"Prosessorientering, ", "run cfa(indices = \"Prosesorientering, ")
				.replace("data \"responses.csv\"", "data \"" + ReferenceData.municipal("responses.csv").toString()
						.replace("\\", "/") + "\"");
		Path bad = Files.writeString(dir.resolve("bad.study"), text, StandardCharsets.UTF_8);
		// the language names the misspelt index already (with the closest declared names) ...
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(bad);
		assertEquals(List.of("org.factorstudio.dsl.unknownIndexInParameter"),
				loaded.errors().stream().map(e -> e.code()).toList());
		// ... and the engine, given the model anyway (a study built without the language), reports it too
		StudyResults r = AnalysisEngine.builtIn().run(loaded.study(), bad, new NullProgressMonitor());
		List<String> codes = r.getProblems().stream().filter(p -> p.getSeverity() == Severity.ERROR)
				.map(Problem::getCode).toList();
		assertEquals(List.of("org.factorstudio.analysis.measurement.invalidParameter",
				"org.factorstudio.analysis.measurement.unknownIndex"), codes);
		assertTrue(r.getTables().stream().noneMatch(t -> t.getAnalysisId().equals("cfa")));
	}
}
