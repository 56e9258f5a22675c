package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.tables.NumberPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The presentation model: the matrix as an APA lower triangle, stars on the p the decisions use, cells that
 * keep their value, kind and results object, and the text format's matrix that fits or says where it is.
 */
class PresentationModelTest {

	@Test
	void theMatrixIsANumberedLowerTriangle() {
		ReportTable matrix = ReportTables.find(ReportTables.of(Example.input()), ReportTables.CORRELATION_MATRIX);
		List<String> variables = Example.input().results().getMatrix().getVariables();
		int k = variables.size();
		assertEquals(k + 1 - 1, matrix.columns().size(), "the variable column and columns 1 .. k - 1");
		assertEquals("1", matrix.columns().get(1).name());
		assertEquals(String.valueOf(k - 1), matrix.columns().get(k - 1).name());
		assertEquals(k, matrix.rows().size());
		for (int i = 0; i < k; i++) {
			Row row = matrix.rows().get(i);
			assertEquals((i + 1) + ". " + variables.get(i), row.cells().get(0).text());
			for (int j = 0; j < k - 1; j++) {
				Cell cell = row.cells().get(j + 1);
				assertEquals(j < i, cell.isNumber(), "row " + (i + 1) + ", column " + (j + 1) + ": only below the diagonal");
				if (cell.isNumber()) {
					Correlation source = (Correlation) cell.source();
					assertEquals(source.getCoefficient(), cell.value());
					assertTrue(cell.text().startsWith(NumberPolicy.APA.format(Kind.SHORT_COEFFICIENT, source.getCoefficient())),
							cell.text());
				}
			}
		}
	}

	@Test
	void starsAreOnTheAdjustedPWhenThereIsOne() {
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		results.getDependentCorrelations().add(correlation("A", 0.30, 0.03, 0.09));
		results.getDependentCorrelations().add(correlation("B", -0.40, 0.0005, 0.004));
		results.getDependentCorrelations().add(correlation("C", 0.50, 0.0001, 0.0004));
		ReportTable table = ReportTables.find(ReportTables.of(ReportInput.of(results, null)), ReportTables.CORRELATIONS);
		int sig = table.columnIndex("Sig.");
		assertEquals(List.of("", "**", "***"), table.rows().stream().map(row -> row.cells().get(sig).text()).toList(),
				"p = .03 has a star, its adjusted p = .09 none; stars follow the adjusted p");
		assertTrue(table.notes().stream().anyMatch(note -> note.contains("(on the adjusted p, the p the decisions use)")),
				table.notes().toString());
		assertEquals("\u2212.400", table.rows().get(1).cells().get(table.columnIndex("ρ")).text(), "the minus sign");
	}

	@Test
	void partialCorrelationsShowTheirIntervalAndByDefaultTheOtherFactors() {
		ReportTable partial = ReportTables.find(ReportTables.of(Example.input()), ReportTables.PARTIAL_CORRELATIONS);
		assertPartialIntervals(partial);
		assertTrue(partial.notes().get(0).contains("controlling for the other 16 factors"), partial.notes().get(0));
	}

	@Test
	void declaredControlsAndFamiliesAreNamedInTheNotes(@TempDir Path dir) throws IOException {
		Files.copy(Example.file("responses.csv"), dir.resolve("responses.csv"));
		String study = Files.readString(Example.file("municipal-automation.study"), StandardCharsets.UTF_8)
				.replace("\tpartial\n", "\tpartial controlling for population_band, Ledelsesinvolvering\n"
						+ "\tfamily leadership = H5, H6, partial H5\n");
		Path file = dir.resolve("controls.study");
		Files.writeString(file, study, StandardCharsets.UTF_8);
		LoadedStudy loaded = StudyLoader.create().load(file);
		assertFalse(loaded.hasErrors(), () -> "study errors: " + loaded.errors());
		StudyResults results = AnalysisEngine.builtIn().run(loaded.study(), file, new NullProgressMonitor());
		List<ReportTable> tables = ReportTables.of(ReportInput.of(results, loaded.study()));
		ReportTable partial = ReportTables.find(tables, ReportTables.PARTIAL_CORRELATIONS);
		assertPartialIntervals(partial);
		assertTrue(partial.notes().get(0).contains("controlling for population_band, Ledelsesinvolvering (declared"),
				partial.notes().get(0));
		for (String id : List.of(ReportTables.PARTIAL_CORRELATIONS, ReportTables.CORRELATIONS)) {
			ReportTable table = ReportTables.find(tables, id);
			assertTrue(table.notes().stream().anyMatch(n -> n.contains("within the declared correction families: "
					+ "'leadership' (H5, H6, partial H5)")), () -> id + ": " + table.notes());
		}
	}

	private static void assertPartialIntervals(ReportTable partial) {
		int r = partial.columnIndex("Partial r");
		int lower = partial.columnIndex("95% CI LL");
		int upper = partial.columnIndex("95% CI UL");
		assertTrue(lower > 0 && upper == lower + 1, partial.columns().toString());
		for (Row row : partial.rows()) {
			PartialCorrelation source = (PartialCorrelation) row.source();
			assertEquals(source.getCiLower(), row.cells().get(lower).value());
			assertEquals(source.getCiUpper(), row.cells().get(upper).value());
			double value = row.cells().get(r).value().doubleValue();
			assertTrue(source.getCiLower() < value && value < source.getCiUpper(), row.cells().get(0).text());
		}
	}

	@Test
	void theStatisticBehindPIsNamedAsItIs() {
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		Correlation kendall = correlation("A", 0.30, 0.03, null);
		kendall.setMethod("kendall");
		kendall.setT(97.0);
		Correlation pearson = correlation("B", 0.40, 0.01, null);
		pearson.setMethod("pearson");
		pearson.setT(2.5);
		pearson.setDf(30);
		results.getDependentCorrelations().add(kendall);
		results.getDependentCorrelations().add(pearson);
		ReportTable table = ReportTables.find(ReportTables.of(ReportInput.of(results, null)), ReportTables.CORRELATIONS);
		String kendallProvenance = table.rows().get(0).cells().get(2).provenance();
		String pearsonProvenance = table.rows().get(1).cells().get(2).provenance();
		assertTrue(kendallProvenance.contains("Kendall's test statistic (z, or T for an exact p) = 97.0000"),
				kendallProvenance);
		assertFalse(kendallProvenance.contains("df = null"), kendallProvenance);
		assertTrue(pearsonProvenance.contains("t = 2.5000, df = 30"), pearsonProvenance);
	}

	@Test
	void pluginTablesShowTheirPValuesByThePolicy() {
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		org.factorstudio.model.results.ResultTable generic = ResultsFactory.eINSTANCE.createResultTable();
		generic.setAnalysisId("robustness");
		generic.setTitle("Robustness");
		for (String name : List.of("Hypothesis", "primary r", "primary p", "p adj.", "Note")) {
			org.factorstudio.model.results.ResultColumn column = ResultsFactory.eINSTANCE.createResultColumn();
			column.setName(name);
			column.setNumeric(!name.equals("Hypothesis") && !name.equals("Note"));
			generic.getColumns().add(column);
		}
		org.factorstudio.model.results.ResultRow row = ResultsFactory.eINSTANCE.createResultRow();
		row.getCells().add(cell("H1", null));
		row.getCells().add(cell("0.318", 0.318));
		row.getCells().add(cell("<.001", 0.0004));
		row.getCells().add(cell("0.020", 0.0204));
		row.getCells().add(cell("kept", null));
		generic.getRows().add(row);
		results.getTables().add(generic);
		ReportTable table = ReportTables.of(ReportInput.of(results, null)).stream()
				.filter(t -> t.title().equals("Robustness")).findFirst().orElseThrow();
		assertEquals(List.of(List.of("H1", "0.318", "< .001", ".020", "kept")), table.texts());
		assertEquals(0.0004, table.rows().get(0).cells().get(2).value());
	}

	private static org.factorstudio.model.results.ResultCell cell(String text, Double number) {
		org.factorstudio.model.results.ResultCell cell = ResultsFactory.eINSTANCE.createResultCell();
		cell.setText(text);
		cell.setNumber(number);
		return cell;
	}

	@Test
	void withoutAdjustmentTheStarsAreOnTheReportedP() {
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		results.getDependentCorrelations().add(correlation("A", 0.30, 0.03, null));
		ReportTable table = ReportTables.find(ReportTables.of(ReportInput.of(results, null)), ReportTables.CORRELATIONS);
		assertEquals("*", table.rows().get(0).cells().get(table.columnIndex("Sig.")).text());
		assertEquals(-1, table.columnIndex("p adj."));
		assertTrue(table.notes().stream().anyMatch(note -> note.contains("(on the reported p)")), table.notes().toString());
	}

	@Test
	void theMatrixStarsFollowTheAdjustedPToo() {
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		CorrelationMatrix matrix = ResultsFactory.eINSTANCE.createCorrelationMatrix();
		matrix.getVariables().addAll(List.of("X", "Y"));
		matrix.getCells().add(correlation("X", 0.3, 0.03, 0.06));
		matrix.getCells().get(0).setY("Y");
		results.setMatrix(matrix);
		ReportTable table = ReportTables.find(ReportTables.of(ReportInput.of(results, null)), ReportTables.CORRELATION_MATRIX);
		assertEquals(".30", table.rows().get(1).cells().get(1).text(), "p = .03 but adjusted p = .06: no star");
	}

	@Test
	void cellsKeepTheirValueKindAndResultsObject() {
		ReportTable table = ReportTables.find(ReportTables.of(Example.input()), ReportTables.CORRELATIONS);
		Row row = table.rows().get(0);
		Correlation source = assertInstanceOfCorrelation(row.source());
		Cell r = row.cells().get(2);
		assertSame(source, r.source());
		assertEquals(Kind.COEFFICIENT, r.kind());
		assertEquals(source.getCoefficient(), r.value());
		assertEquals(Kind.P, row.cells().get(3).kind());
		assertEquals(NumberPolicy.APA.p(source.getP()), row.cells().get(3).text());
	}

	@Test
	void theTextFormatPrintsTheMatrixWhenItFitsAndSaysWhereItIsWhenNot() {
		String wide = ReportFormats.terminalText(Example.input(), 250);
		ReportTable matrix = ReportTables.find(ReportTables.of(Example.input()), ReportTables.CORRELATION_MATRIX);
		assertTrue(wide.contains(matrix.title()), "the matrix table at 250 columns");
		String lastRow = matrix.rows().get(matrix.rows().size() - 1).cells().get(0).text();
		assertTrue(wide.lines().anyMatch(line -> line.strip().startsWith(lastRow)), "its numbered rows");
		assertFalse(wide.contains("Too wide for this terminal"));
		String narrow = ReportFormats.terminalText(Example.input(), 80);
		assertTrue(narrow.contains("Too wide for this terminal") && narrow.contains("csv/correlation-matrix.csv"), narrow);
		assertTrue(narrow.lines().allMatch(line -> line.length() <= 80 || !line.contains(lastRow)),
				"no matrix row runs past the width");
	}

	@Test
	void theTextFormatEscapesControlCharactersFromTheData() {
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		results.getDependentCorrelations().add(correlation("Evil\u001b[2J", 0.3, 0.2, null));
		String text = ReportFormats.terminalText(ReportInput.of(results, null), 100);
		assertFalse(text.contains("\u001b"), "no escape sequence reaches the terminal");
		assertTrue(text.contains("Evil\\u001B[2J"), text);
	}

	private static Correlation assertInstanceOfCorrelation(Object source) {
		assertNotNull(source);
		assertTrue(source instanceof Correlation, String.valueOf(source));
		return (Correlation) source;
	}

	private static Correlation correlation(String x, double r, double p, Double pAdjusted) {
		Correlation c = ResultsFactory.eINSTANCE.createCorrelation();
		c.setX(x);
		c.setY("Dependent");
		c.setMethod("spearman");
		c.setN(50);
		c.setCoefficient(r);
		c.setP(p);
		c.setPAdjusted(pAdjusted);
		c.setTails("two-tailed");
		return c;
	}
}
