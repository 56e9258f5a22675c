package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.ui.internal.run.StudyAnalysis;
import org.factorstudio.ui.internal.views.MeasurementView;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.ResultsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Measurement view on the measurement example's results (run efa and run cfa): its loadings, fit and scree
 * plot show the numbers of the results model, printed by the report's number policy; the CFA's values also
 * agree with lavaan (references.csv of the analysis tests).
 */
class MeasurementViewTest {

	private static AnalysisRun measurement;
	private static MeasurementView view;

	@BeforeAll
	static void showTheMeasurementExample() throws Exception {
		Path folder = Ui.exampleProject().getLocation().toPath();
		measurement = assertInstanceOf(StudyAnalysis.Success.class, new StudyAnalysis(AnalysisEngine.builtIn())
				.run(folder.resolve("municipal-automation-measurement.study"), null, null)).run();
		ResultsService.getDefault().publish(measurement);
		view = (MeasurementView) Ui.page().showView(MeasurementView.ID);
		showing(measurement);
	}

	/** Publishes a run and waits until the view shows it (the views update asynchronously). */
	private static void showing(AnalysisRun run) {
		ResultsService.getDefault().publish(run);
		Ui.waitUntil(() -> view.shownRun() == run, 30_000, "the Measurement view shows the run");
	}

	@AfterAll
	static void cleanUp() {
		ResultsService.getDefault().clear();
		Ui.flush();
	}

	private static ResultTable table(String analysis, String column) {
		return measurement.results().getTables().stream().filter(t -> analysis.equals(t.getAnalysisId()))
				.filter(t -> index(t, column) >= 0).findFirst().orElseThrow(() -> new AssertionError(analysis + " " + column));
	}

	private static int index(ResultTable table, String column) {
		List<ResultColumn> columns = table.getColumns();
		for (int i = 0; i < columns.size(); i++) {
			if (column.equals(columns.get(i).getName())) {
				return i;
			}
		}
		return -1;
	}

	private static double number(ResultTable table, ResultRow row, String column) {
		ResultCell cell = row.getCells().get(index(table, column));
		assertNotNull(cell.getNumber(), column);
		return cell.getNumber();
	}

	@Test
	void theFitSummaryShowsTheModelsFitWithItsCutOffs() {
		ResultTable fit = table("cfa", "CFI");
		ResultRow row = fit.getRows().get(0);
		var shown = view.fitTable();
		assertEquals(9, shown.getTable().getItemCount(), "chi-square, df, p, CFI, TLI, RMSEA, SRMR, AIC, BIC");
		int value = shown.columnIndex("Value");
		// the numbers of the results model, exactly, behind the texts
		assertEquals(number(fit, row, "chi-square"), shown.rows().get(0).cells().get(value).value().doubleValue());
		assertEquals(number(fit, row, "CFI"), shown.rows().get(3).cells().get(value).value().doubleValue());
		assertEquals(number(fit, row, "RMSEA"), shown.rows().get(5).cells().get(value).value().doubleValue());
		// lavaan 0.6.14 fitMeasures() on the example (references.csv): chisq 215.2751211232318, df 186,
		// p 0.0695768895836, CFI 0.9274852951994893, RMSEA 0.0470829541 [0, 0.0727157220], SRMR 0.0827513306
		assertEquals("215.28", shown.cellText(0, value));
		assertEquals("186", shown.cellText(1, value));
		assertEquals(".070", shown.cellText(2, value));
		assertEquals(".927", shown.cellText(3, value));
		assertEquals(".047", shown.cellText(5, value));
		assertEquals("[.000, .073]", shown.cellText(5, shown.columnIndex("90% CI")));
		assertEquals(".083", shown.cellText(6, value));
		// the cut-offs are named and judged
		int cutOff = shown.columnIndex("Conventional cut-off");
		int met = shown.columnIndex("Met");
		assertTrue(shown.cellText(3, cutOff).startsWith("≥ .95"), shown.cellText(3, cutOff));
		assertEquals("not met", shown.cellText(3, met), "CFI .927 < .95");
		assertEquals("met", shown.cellText(5, met), "RMSEA .047 <= .06");
		assertEquals("not met", shown.cellText(6, met), "SRMR .083 > .08");
	}

	@Test
	void theCfaLoadingsShowTheStatementsTextsAndStandardizedLoadings() {
		ResultTable estimates = table("cfa", "standardized");
		var shown = view.cfaLoadingsTable();
		long loadings = estimates.getRows().stream().filter(r -> "loading".equals(r.getCells().get(0).getText())).count();
		assertEquals(21, loadings, "8 + 6 + 7 statements");
		assertEquals(loadings, shown.getTable().getItemCount());
		int lambda = shown.columnIndex("λ (std.)");
		int r2 = shown.columnIndex("R²");
		for (int i = 0; i < shown.rows().size(); i++) {
			ResultRow source = (ResultRow) shown.rows().get(i).source();
			double standardized = number(estimates, source, "standardized");
			assertEquals(standardized, shown.rows().get(i).cells().get(lambda).value().doubleValue());
			assertEquals(standardized * standardized, shown.rows().get(i).cells().get(r2).value().doubleValue(), 1e-15);
			assertEquals(source.getCells().get(index(estimates, "right")).getText(), shown.cellText(i, 0));
		}
		// lavaan 0.6.14 standardizedSolution(): Prosessorientering =~ q58 0.4717026380523156
		int q58 = -1;
		for (int i = 0; i < shown.rows().size(); i++) {
			q58 = shown.cellText(i, 0).equals("q58") ? i : q58;
		}
		assertEquals(".472", shown.cellText(q58, lambda));
		assertEquals(".223", shown.cellText(q58, r2));
		assertTrue(shown.cellText(q58, shown.columnIndex("Text")).length() > 20, "the statement's text");
	}

	@Test
	void theEfaLoadingsShowEveryFactorAndTheCommunalities() {
		ResultTable loadings = table("efa", "communality");
		var shown = view.efaLoadingsTable();
		assertEquals(loadings.getRows().size(), shown.getTable().getItemCount());
		assertEquals(List.of("Statement", "Text", "F1", "F2", "F3", "h²", "u²"), shown.header());
		for (int i = 0; i < loadings.getRows().size(); i++) {
			ResultRow source = loadings.getRows().get(i);
			for (String column : List.of("F1", "F2", "F3")) {
				assertEquals(number(loadings, source, column),
						shown.rows().get(i).cells().get(shown.columnIndex(column)).value().doubleValue(), column);
			}
			assertEquals(number(loadings, source, "communality"),
					shown.rows().get(i).cells().get(shown.columnIndex("h²")).value().doubleValue());
			String text = shown.cellText(i, shown.columnIndex("F1"));
			assertTrue(text.matches("\u2212?\\.\\d{3}|\u2212?1\\.\\d{3}"), "APA: no leading zero, U+2212: " + text);
		}
	}

	@Test
	void theScreePlotDrawsTheParallelAnalysis() {
		ResultTable scree = table("efa", "observed component");
		var plot = view.screePlot();
		assertNotNull(plot.data());
		assertEquals(scree.getRows().size(), plot.data().size());
		assertEquals(21, plot.data().size());
		for (int i = 0; i < scree.getRows().size(); i++) {
			ResultRow row = scree.getRows().get(i);
			assertEquals(number(scree, row, "observed component"), plot.data().observedComponents()[i]);
			assertEquals(number(scree, row, "simulated factor (95th pct)"), plot.data().simulatedFactors()[i]);
		}
		// eigen(cor(x))$values (references.csv): 6.3477093220635394 for the first component
		assertEquals(6.3477093220635394, plot.data().observedComponents()[0], 1e-9);
		assertTrue(scree.getNote().contains("suggests " + plot.data().factors() + " factor(s) and "
				+ plot.data().components() + " component(s)"), scree.getNote());
		assertTrue(view.screeTitleText().contains(plot.data().suggestion()), view.screeTitleText());
		assertEquals(5, plot.legend().size());
		assertTrue(plot.getSize().x > 0 && plot.getSize().y > 0, "laid out: " + plot.getSize());
	}

	@Test
	void withoutMeasurementAnalysesTheViewSaysHowToGetThem() throws Exception {
		Path folder = Ui.exampleProject().getLocation().toPath();
		AnalysisRun plain = assertInstanceOf(StudyAnalysis.Success.class, new StudyAnalysis(AnalysisEngine.builtIn())
				.run(folder.resolve("municipal-automation.study"), null, null)).run();
		showing(plain);
		assertEquals(0, view.fitTable().getTable().getItemCount());
		assertNull(view.screePlot().data());
		assertTrue(view.screeTitleText().contains("run efa"), view.screeTitleText());
		showing(measurement);
		assertEquals(9, view.fitTable().getTable().getItemCount());
	}
}
