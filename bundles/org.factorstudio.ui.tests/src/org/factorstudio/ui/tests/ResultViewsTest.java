package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTables;
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
	void theHypothesesViewSaysHowManyAreSupported() throws Exception {
		HypothesesView view = show(HypothesesView.ID, example, HypothesesView.class);
		// the presentation model's sentence, on a line of its own under the explanation
		String summary = ReportTables.hypothesesSummary(ReportInput.of(example.results(), example.study()));
		List<String> lines = List.of(view.titleText().split("\n"));
		assertEquals(summary, lines.get(lines.size() - 1), view.titleText());
		assertTrue(lines.get(lines.size() - 2).startsWith("A hypothesis is supported when"), view.titleText());
		// its count is the rows the view shows as supported (R's 15 of 17: report tests, expected/hypotheses_holm.csv)
		int outcome = view.table().columnIndex("Outcome");
		long supported = 0;
		for (TableItem item : view.table().getTable().getItems()) {
			supported += item.getText(outcome).equals("supported") ? 1 : 0;
		}
		assertTrue(summary.startsWith(supported + " of " + view.table().getTable().getItemCount() + " hypotheses supported ("),
				summary);
		assertTrue(summary.contains("(p adjusted by Holm, one-tailed, α = .05)"), summary);
	}

	/**
	 * The first column shows every area label and factor name in full, measured where the tree draws it (indented,
	 * after the expander), at both window sizes; so do the numbers and outcomes; a recommendation the view cuts is
	 * whole in the tooltip of its cell.
	 */
	@Test
	void theFrameworkViewShowsEveryNameInFullAndLongRecommendationsInTheirTooltip() throws Exception {
		FactorFrameworkView view = show(FactorFrameworkView.ID, example, FactorFrameworkView.class);
		maximisedAtBothWindowSizes(view, size -> assertNamesFit(view.tree().getTree(), size));
		maximisedAt(view, SMALL_WINDOW, size -> {
			Tree tree = view.tree().getTree();
			TreeItem legacy = tree.getItem(0).getItem(0);
			String recommendation = legacy.getText(4);
			Rectangle cell = legacy.getBounds(4);
			int textEnd = legacy.getTextBounds(4).x + extent(tree, recommendation);
			assertTrue(textEnd > tree.getClientArea().width, "the example's first recommendation is longer than the view at"
					+ " 1366x768: " + textEnd + " > " + tree.getClientArea().width);
			assertEquals(recommendation, view.tree().toolTipAt(cell.x + 10, cell.y + cell.height / 2));
			// a cell that shows its whole text has no tooltip
			Rectangle name = legacy.getBounds(0);
			assertEquals(null, view.tree().toolTipAt(name.x + 2, name.y + name.height / 2));
		});
	}

	/** The columns fit their text until the user sizes one: that one keeps the user's width through resizes. */
	@Test
	void theFrameworkViewKeepsAColumnWidthTheUserSet() throws Exception {
		FactorFrameworkView view = show(FactorFrameworkView.ID, example, FactorFrameworkView.class);
		Tree tree = view.tree().getTree();
		try {
			int fitted = tree.getColumn(0).getWidth();
			tree.getColumn(0).setWidth(fitted + 77); // as a drag of the column's edge leaves it
			maximisedAtBothWindowSizes(view, size -> assertEquals(fitted + 77, tree.getColumn(0).getWidth(),
					"the width the user set, at " + size.x + "x" + size.y));
			int others = tree.getColumn(0).getWidth() + tree.getColumn(1).getWidth() + tree.getColumn(2).getWidth()
					+ tree.getColumn(3).getWidth();
			assertEquals(Math.max(240, tree.getClientArea().width - others), tree.getColumn(4).getWidth(),
					"the recommendations still take the rest");
		} finally {
			Ui.page().hideView(view); // the other tests get a view that fits its columns
		}
	}

	private static final Point SMALL_WINDOW = new Point(1366, 768);
	private static final Point LARGE_WINDOW = new Point(1920, 1080);

	/** Runs {@code check} with the view maximised in a window of 1366x768, then of 1920x1080. */
	private static void maximisedAtBothWindowSizes(IViewPart view, Consumer<Point> check) {
		maximisedAt(view, SMALL_WINDOW, check);
		maximisedAt(view, LARGE_WINDOW, check);
	}

	/** Runs {@code check} with the view maximised in a window of the given size; restores the view and window. */
	private static void maximisedAt(IViewPart view, Point size, Consumer<Point> check) {
		Shell shell = view.getSite().getShell();
		Rectangle before = shell.getBounds();
		IWorkbenchPartReference reference = Ui.page().getReference(view);
		Ui.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			shell.setBounds(0, 0, size.x, size.y);
			Ui.flush();
			check.accept(size);
		} finally {
			Ui.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
			shell.setBounds(before);
			Ui.flush();
		}
	}

	private static void assertNamesFit(Tree tree, Point window) {
		for (TreeItem area : tree.getItems()) {
			assertFits(tree, area, 0, window);
			for (TreeItem factor : area.getItems()) {
				for (int column = 0; column < 4; column++) {
					assertFits(tree, factor, column, window);
				}
			}
		}
	}

	/** The end of a cell's text, where the tree draws it, lies within the cell's column. */
	private static void assertFits(Tree tree, TreeItem item, int column, Point window) {
		String text = item.getText(column);
		Rectangle cell = item.getBounds(column);
		int textEnd = item.getTextBounds(column).x + extent(tree, text);
		int columnEnd = column == 0 ? tree.getColumn(0).getWidth() : cell.x + cell.width;
		assertTrue(textEnd <= columnEnd, () -> "'" + text + "' ends at " + textEnd + ", its column (" + column + ") at "
				+ columnEnd + ", window " + window.x + "x" + window.y);
	}

	private static int extent(Tree tree, String text) {
		GC gc = new GC(tree);
		try {
			return gc.textExtent(text).x;
		} finally {
			gc.dispose();
		}
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

	/**
	 * Issue item 8: the import summary's table shows its whole text (the format line, the exclusion reasons) beside
	 * the problem cells, in the view maximised at 1366x768 and 1920x1080: its columns fit inside the table.
	 */
	@Test
	void theImportSummaryShowsItsWholeTextBesideTheProblemCells() throws Exception {
		ImportReportView view = show(ImportReportView.ID, rawWithMissing, ImportReportView.class);
		maximisedAtBothWindowSizes(view, size -> {
			Table summary = view.importTable().getTable();
			int columns = Arrays.stream(summary.getColumns()).mapToInt(TableColumn::getWidth).sum();
			assertTrue(columns <= summary.getClientArea().width, "at " + size.x + "x" + size.y + " the import summary's"
					+ " columns need " + columns + " px, the table shows " + summary.getClientArea().width);
			assertTrue(view.cellProblemsTable().getTable().getClientArea().width > 0, "the problem cells are shown");
		});
	}

	/** The fit is a start: once the user moves the sash, a resize keeps the user's split, not the fitted one. */
	@Test
	void theImportSummaryKeepsTheWidthTheUserGaveIt() throws Exception {
		ImportReportView view = show(ImportReportView.ID, rawWithMissing, ImportReportView.class);
		SashForm sash = (SashForm) view.importTable().getParent();
		try {
			sash.setWeights(20, 80); // as a drag of the sash leaves them
			int[] chosen = sash.getWeights();
			maximisedAtBothWindowSizes(view, size -> assertArrayEquals(chosen, sash.getWeights(),
					"the split the user chose, at " + size.x + "x" + size.y));
		} finally {
			Ui.page().hideView(view); // the other tests get a view that fits its table
		}
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
