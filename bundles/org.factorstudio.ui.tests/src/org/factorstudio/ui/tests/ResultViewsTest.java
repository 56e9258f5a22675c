package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.model.results.CellProblem;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.ui.internal.run.StudyAnalysis;
import org.factorstudio.ui.internal.views.CorrelationMatrixView;
import org.factorstudio.ui.internal.views.DescriptivesView;
import org.factorstudio.ui.internal.views.FactorFrameworkView;
import org.factorstudio.ui.internal.views.HypothesesView;
import org.factorstudio.ui.internal.views.ImportReportView;
import org.factorstudio.ui.internal.views.PartialCorrelationsView;
import org.factorstudio.ui.internal.views.ReliabilityView;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.ResultsService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The result views in the workbench, fed with runs of the example (through the same code the Run
 * Analysis job uses): each shows its part of the results model.
 */
class ResultViewsTest {

	private static AnalysisRun example;
	private static AnalysisRun rawWithMissing;

	@BeforeAll
	static void runTheExample() throws Exception {
		Path folder = Ui.exampleProject().getLocation().toPath();
		StudyAnalysis analysis = new StudyAnalysis(AnalysisEngine.builtIn());
		example = assertInstanceOf(StudyAnalysis.Success.class,
				analysis.run(folder.resolve("municipal-automation.study"), null, null)).run();
		// the raw export with out-of-range cells set missing instead of stopping: one problem cell
		String raw = new String(
				Ui.exampleProject().getFile("municipal-automation-raw.study").getContents().readAllBytes(),
				StandardCharsets.UTF_8);
		String missing = raw.replace("delimiter \";\"", "delimiter \";\"\n\ton-invalid missing");
		assertFalse(missing.equals(raw));
		rawWithMissing = assertInstanceOf(StudyAnalysis.Success.class,
				analysis.run(folder.resolve("municipal-automation-raw.study"), missing, null)).run();
	}

	private static <V> V show(String id, AnalysisRun run, Class<V> type) throws Exception {
		ResultsService.getDefault().publish(run);
		V view = type.cast(Ui.page().showView(id));
		Ui.flush();
		return view;
	}

	@Test
	void descriptivesListIndexVariablesFirst() throws Exception {
		DescriptivesView view = show(DescriptivesView.ID, example, DescriptivesView.class);
		long indices = example.results().getDescriptives().stream().filter(d -> d.getKind() == VariableKind.INDEX).count();
		assertEquals(18, indices, "the example declares 18 index variables");
		assertEquals(indices, view.table().getTable().getItemCount(), "the index variables above");
		assertEquals(example.results().getDescriptives().size() - indices, view.table(1).getTable().getItemCount(),
				"the statements below");
		int row = view.table().sources().indexOf(example.results().getDescriptives().stream()
				.filter(d -> d.getVariable().equals("Automatisering")).findFirst().orElseThrow());
		// descriptives.csv (R 4.2.2): Automatisering mean 3.46575342465753, n 73
		int mean = view.table().columnIndex("M");
		assertEquals("3.47", view.table().getTable().getItem(row).getText(mean));
		assertEquals("73", view.table().getTable().getItem(row).getText(view.table().columnIndex("N")));
	}

	@Test
	void reliabilityShowsTheItemsOfTheSelectedIndex() throws Exception {
		ReliabilityView view = show(ReliabilityView.ID, example, ReliabilityView.class);
		assertTrue(view.indicesTable().getTable().getItemCount() > 0);
		int row = -1;
		for (int i = 0; i < view.indicesTable().rows().size(); i++) {
			if (((Reliability) view.indicesTable().rows().get(i).source()).getIndex().equals("Alignment")) {
				row = i;
			}
		}
		view.indicesTable().select(row);
		assertEquals(3, view.itemsTable().getTable().getItemCount(), "Alignment = q11, reversed q14, q29");
		assertEquals("yes", view.itemsTable().getTable().getItem(1).getText(1), "q14 is reversed");
	}

	@Test
	void partialCorrelationsAndHypothesesHaveOneRowPerFactor() throws Exception {
		PartialCorrelationsView partial = show(PartialCorrelationsView.ID, example, PartialCorrelationsView.class);
		assertEquals(17, partial.table().getTable().getItemCount());
		assertTrue(partial.titleText().contains("controlling for the other 16"), partial.titleText());
		HypothesesView hypotheses = show(HypothesesView.ID, example, HypothesesView.class);
		assertEquals(17, hypotheses.table().getTable().getItemCount());
		assertTrue(hypotheses.titleText().startsWith("Hypotheses\nA hypothesis is supported when"), hypotheses.titleText());
	}

	@Test
	void theMatrixViewShowsEveryIndexVariable() throws Exception {
		CorrelationMatrixView view = show(CorrelationMatrixView.ID, example, CorrelationMatrixView.class);
		assertEquals(example.results().getMatrix().getVariables(), view.heatMap().variables());
		int a = view.heatMap().variables().indexOf("Automatisering");
		int m = view.heatMap().variables().indexOf("Mål_Om_Digitalisering");
		// spearman_vs_automatisering.csv (R cor.test): rho = 0.645394637725853
		assertTrue(view.heatMap().cellText(a, m).startsWith(".65"), view.heatMap().cellText(a, m));
	}

	@Test
	void theFrameworkViewShowsAreasFactorsAndRecommendations() throws Exception {
		FactorFrameworkView view = show(FactorFrameworkView.ID, example, FactorFrameworkView.class);
		TreeItem[] areas = view.tree().getTree().getItems();
		assertEquals(4, areas.length);
		assertTrue(areas[0].getText(0).startsWith("Technological"), areas[0].getText(0));
		TreeItem legacy = areas[0].getItem(0);
		assertEquals("Gamle_IT_Systemer", legacy.getText(0));
		assertTrue(legacy.getText(1).startsWith(".318"), legacy.getText(1));
		assertTrue(legacy.getText(3).startsWith("H1: "), legacy.getText(3));
		assertTrue(legacy.getText(4).startsWith("Map the infrastructure"), legacy.getText(4));
		String tsv = view.toTsv();
		assertEquals(18, tsv.split("\n").length, "header and 17 factors");
	}

	@Test
	void theImportReportListsProblemCellsAndShowsTheirRow() throws Exception {
		ImportReportView view = show(ImportReportView.ID, rawWithMissing, ImportReportView.class);
		assertTrue(view.summary().contains("420 rows read"), view.summary());
		assertTrue(view.importTable().getTable().getItemCount() > 0, "the import summary");
		assertEquals(1, view.cellProblemsTable().getTable().getItemCount());
		CellProblem problem = (CellProblem) view.cellProblemsTable().rows().get(0).source();
		assertEquals("1347", problem.getRespondentId());
		assertEquals("q45", problem.getColumn());

		// a double-click opens the row of the data file; the dialog is modal, so read and close it from a timer
		String[] shown = new String[1];
		Display display = Display.getCurrent();
		display.timerExec(300, () -> {
			for (Shell shell : display.getShells()) {
				if (shell.getText().startsWith("Row " + problem.getRow())) {
					shown[0] = Ui.allText(shell);
					shell.close();
				}
			}
		});
		view.cellProblemsTable().select(0);
		view.cellProblemsTable().getTable().notifyListeners(SWT.DefaultSelection, new Event());
		Ui.flush();
		assertTrue(shown[0] != null, "no row dialog opened");
		assertTrue(shown[0].contains("q45 = 55    <-- "), shown[0]);
		assertTrue(shown[0].contains("Respondent 1347"), shown[0]);
	}
}
