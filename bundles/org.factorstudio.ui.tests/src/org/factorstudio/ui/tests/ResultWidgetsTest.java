package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.model.results.Provenance;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.ui.internal.widgets.HeatMap;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Row;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.tables.NumberPolicy;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result widgets on their own, in a plain shell: sorting, copy as TSV, export, provenance, heat map. */
class ResultWidgetsTest {

	private Shell shell;

	@BeforeEach
	void openShell() {
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		shell.setSize(900, 500);
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
	}

	private static Correlation correlation(String x, int n, Double r, Double p, Double pAdjusted, String flag) {
		Correlation c = ResultsFactory.eINSTANCE.createCorrelation();
		c.setX(x);
		c.setY("Dependent");
		c.setMethod("spearman");
		c.setN(n);
		c.setCoefficient(r);
		c.setP(p);
		c.setPAdjusted(pAdjusted);
		c.setFlag(flag);
		c.setTails("one-tailed");
		if (r != null) {
			c.setCiLower(r - 0.2);
			c.setCiUpper(r + 0.1);
		}
		Provenance provenance = ResultsFactory.eINSTANCE.createProvenance();
		provenance.getItems().addAll(List.of("q1", "q2"));
		provenance.setRule("spearman, pairwise, one-tailed (positive)");
		provenance.setN(n);
		provenance.getExcludedRows().addAll(List.of("3", "7"));
		c.setProvenance(provenance);
		return c;
	}

	private ResultTable correlations() {
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		results.getDependentCorrelations().addAll(List.of(correlation("Beta", 70, 0.25, 0.02, 0.04, "*"),
				correlation("alpha", 73, 0.6454, 3.5e-10, 6.0e-9, "***"),
				correlation("Gamma", 12, null, null, null, null),
				correlation("Delta", 71, -0.032, 0.6061, 1.0, null)));
		ResultTable table = new ResultTable(shell, "correlations");
		table.setTable(ReportTables.table(ReportInput.of(results, null), NumberPolicy.APA, ReportTables.CORRELATIONS));
		shell.layout();
		return table;
	}

	@Test
	void columnsSortByValueAndByText() {
		ResultTable table = correlations();
		int r = table.columnIndex("ρ");
		table.sortBy(r, true);
		assertEquals(List.of("Delta", "Beta", "alpha", "Gamma"), names(table), "ascending by r, empty last");
		table.sortBy(r, false);
		assertEquals("alpha", names(table).get(0));
		assertEquals(SWT.DOWN, table.getTable().getSortDirection());

		table.sortBy(table.columnIndex("Factor"), true);
		assertEquals(List.of("alpha", "Beta", "Delta", "Gamma"), names(table), "case-insensitive by name");

		// a click on the header sorts too, and a second click reverses
		Event click = new Event();
		table.getTable().getColumn(table.columnIndex("n")).notifyListeners(SWT.Selection, click);
		assertEquals(List.of("Gamma", "Beta", "Delta", "alpha"), names(table));
		table.getTable().getColumn(table.columnIndex("n")).notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("alpha", "Delta", "Beta", "Gamma"), names(table));
	}

	@Test
	void cellsShowTheModelsTextsByTheNumberPolicy() {
		ResultTable table = correlations();
		int alpha = names(table).indexOf("alpha");
		assertEquals(".645", table.cellText(alpha, table.columnIndex("ρ")));
		assertEquals("< .001", table.cellText(alpha, table.columnIndex("p")));
		assertEquals(".45", table.cellText(alpha, table.columnIndex("95% CI LL")));
		assertEquals("***", table.cellText(alpha, table.columnIndex("Sig.")));
		assertEquals("*", table.cellText(names(table).indexOf("Beta"), table.columnIndex("Sig.")), "on the adjusted p = .04");
		int delta = names(table).indexOf("Delta");
		assertEquals("\u2212.032", table.cellText(delta, table.columnIndex("ρ")), "the minus sign");
		assertEquals(".606", table.getTable().getItem(delta).getText(table.columnIndex("p")), "the widget shows the text");
		int gamma = names(table).indexOf("Gamma");
		assertEquals("", table.cellText(gamma, table.columnIndex("ρ")), "not computable: empty, never 0");
		assertTrue(table.sources().stream().allMatch(Correlation.class::isInstance), "each row carries its results object");
	}

	@Test
	void copyGivesTabSeparatedTextWithTheHeader() {
		ResultTable table = correlations();
		table.sortBy(table.columnIndex("Factor"), true);
		table.select(0);
		// full precision, as the report's CSV (not the "< .001" and ".45" the table shows)
		String expected = "Factor\tn\tρ\tp\tp adj.\tSig.\t95% CI LL\t95% CI UL\tNote\n"
				+ "alpha\t73\t0.6454\t0.00000000035\t0.000000006\t***\t" + (0.6454 - 0.2) + "\t" + (0.6454 + 0.1)
				+ "\t\n";
		assertEquals(expected, table.toTsv(), "the selected row");
		table.copyToClipboard();
		Clipboard clipboard = new Clipboard(shell.getDisplay());
		try {
			assertEquals(expected, clipboard.getContents(TextTransfer.getInstance()));
		} finally {
			clipboard.dispose();
		}
		table.select(-1);
		String all = table.toTsv();
		assertEquals(5, all.split("\n").length, "nothing selected: header and every row");
		for (String line : all.split("\n")) {
			assertEquals(9, line.split("\t", -1).length, line);
		}
	}

	@Test
	void exportWritesCsvAtomically(@TempDir Path folder) throws Exception {
		ResultTable table = correlations();
		table.sortBy(table.columnIndex("Factor"), true);
		Path file = folder.resolve("correlations.csv");
		Files.writeString(file, "old content");
		table.exportCsv(file);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertEquals("Factor,n,ρ,p,p adj.,Sig.,95% CI LL,95% CI UL,Note", lines.get(0));
		assertEquals("alpha,73,0.6454,0.00000000035,0.000000006,***," + (0.6454 - 0.2) + "," + (0.6454 + 0.1) + ",",
				lines.get(1));
		assertEquals("Delta,71,-0.032,0.6061,1,," + (-0.032 - 0.2) + "," + (-0.032 + 0.1) + ",", lines.get(3),
				"a p of 1 and a negative r, unrounded");
		assertEquals(5, lines.size());
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary file left behind");
		}
	}

	@Test
	void columnsWidenToShowTheirHeaderAndCells() {
		ResultTable table = new ResultTable(shell, "wide");
		table.setTable(new ReportTable("wide", "Wide", List.of(Column.text("A rather long header"), Column.text("Short")),
				List.of(new Row(null, List.of(Cell.text("a cell longer than its header, by far"), Cell.text("x")))),
				List.of()));
		GC gc = new GC(table.getTable());
		try {
			TableColumn first = table.getTable().getColumn(0);
			assertTrue(first.getWidth() >= gc.textExtent("A rather long header").x, "header: " + first.getWidth());
			assertTrue(first.getWidth() >= gc.textExtent("a cell longer than its header, by far").x, "cell: " + first.getWidth());
		} finally {
			gc.dispose();
		}
	}

	@Test
	void selectingACellShowsWhereItsNumberComesFrom() {
		ResultTable table = correlations();
		table.selectCell(names(table).indexOf("Beta"), table.columnIndex("ρ"));
		String details = table.detailsText();
		assertTrue(details.startsWith("ρ = .250 | ρ(Beta, Dependent) = 0.25"), details);
		assertTrue(details.contains("n = 70"), details);
		assertTrue(details.contains("from: q1, q2"), details);
		assertTrue(details.contains("spearman, pairwise, one-tailed (positive)"), details);
		assertTrue(details.contains("2 rows left out: 3, 7"), details);
	}

	@Test
	void theHeatMapColoursBySignAndStrengthAndCopiesTheMatrix() {
		CorrelationMatrix matrix = ResultsFactory.eINSTANCE.createCorrelationMatrix();
		matrix.setMethod("spearman");
		matrix.getVariables().addAll(List.of("A", "B", "C"));
		Correlation ab = correlation("A", 50, 0.8, 0.0001, null, "***");
		ab.setY("B");
		Correlation ac = correlation("A", 48, -0.3, 0.04, null, "*");
		ac.setY("C");
		matrix.getCells().addAll(List.of(ab, ac));
		HeatMap heatMap = new HeatMap(shell);
		heatMap.setMatrix(matrix);
		shell.layout();

		assertEquals(".80***", heatMap.cellText(0, 1), "the text of the matrix table");
		assertEquals(".80***", heatMap.cellText(1, 0), "symmetric");
		assertEquals("1", heatMap.cellText(2, 2));
		assertEquals("", heatMap.cellText(1, 2), "a pair that was not computed stays empty");
		assertNull(heatMap.correlation(1, 2));

		RGB positive = HeatMap.colour(0.8);
		RGB negative = HeatMap.colour(-0.3);
		RGB weak = HeatMap.colour(0.1);
		// the reports' scale (CorrelationColours): red for positive, blue for negative coefficients
		assertTrue(positive.red > positive.blue, "positive is red");
		assertTrue(negative.blue > negative.red, "negative is blue");
		assertTrue(weak.blue > positive.blue && weak.green > positive.green, "weaker is paler");

		heatMap.select(0, 2);
		assertTrue(heatMap.detailsText().contains("r = \u2212.30*"), heatMap.detailsText());
		assertTrue(heatMap.detailsText().contains("n = 48"), heatMap.detailsText());
		assertEquals("\tA\tB\tC\nA\t1\t0.8\t-0.3\nB\t0.8\t1\t\nC\t-0.3\t\t1\n", heatMap.toTsv(), "full precision");
	}

	@Test
	void aPluginsTableGetsItsOwnColumnsAndSortsNumbersByValue() {
		ResultsFactory factory = ResultsFactory.eINSTANCE;
		org.factorstudio.model.results.ResultTable model = factory.createResultTable();
		model.setAnalysisId("bootstrap");
		model.setTitle("Bootstrap intervals");
		for (String[] spec : new String[][] { { "Factor", "false" }, { "Lower", "true" } }) {
			ResultColumn column = factory.createResultColumn();
			column.setName(spec[0]);
			column.setNumeric(Boolean.parseBoolean(spec[1]));
			model.getColumns().add(column);
		}
		for (Object[] values : new Object[][] { { "A", 0.5 }, { "B", 0.1234 }, { "C", null } }) {
			ResultRow row = factory.createResultRow();
			ResultCell name = factory.createResultCell();
			name.setText((String) values[0]);
			ResultCell lower = factory.createResultCell();
			lower.setNumber((Double) values[1]);
			row.getCells().addAll(List.of(name, lower));
			model.getRows().add(row);
		}
		StudyResults results = factory.createStudyResults();
		results.getTables().add(model);
		ResultTable table = new ResultTable(shell, "bootstrap");
		table.setTable(ReportTables.pluginTables(ReportInput.of(results, null), NumberPolicy.APA).get(0));
		assertEquals(List.of("Factor", "Lower"), table.header());
		table.sortBy(1, true);
		assertEquals("B", table.cellText(0, 0));
		assertEquals("0.123", table.cellText(0, 1));
		assertEquals("", table.cellText(2, 1), "a missing number stays empty and last");
		assertEquals("Factor\tLower\nB\t0.1234\nA\t0.5\nC\t\n", table.toTsv(), "copied at full precision");
		assertTrue(table.sources().stream().allMatch(ResultRow.class::isInstance));
	}

	private static List<String> names(ResultTable table) {
		return table.sources().stream().map(source -> ((Correlation) source).getX()).toList();
	}
}
