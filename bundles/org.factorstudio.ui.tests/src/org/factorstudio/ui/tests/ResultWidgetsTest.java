package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.factorstudio.ui.internal.widgets.NumberFormat;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.internal.widgets.ResultTables;
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

	private ResultTable<Correlation> correlations() {
		ResultTable<Correlation> table = ResultTables.correlations(shell);
		table.setRows(List.of(correlation("Beta", 70, 0.25, 0.02, 0.04, "*"),
				correlation("alpha", 73, 0.6454, 3.5e-10, 6.0e-9, "***"),
				correlation("Gamma", 12, null, null, null, null),
				correlation("Delta", 71, -0.032, 0.6061, 1.0, null)));
		shell.layout();
		return table;
	}

	@Test
	void columnsSortByValueAndByText() {
		ResultTable<Correlation> table = correlations();
		int r = table.columnIndex("r");
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
	void cellsUseTheNumberFormat() {
		ResultTable<Correlation> table = correlations();
		int alpha = names(table).indexOf("alpha");
		assertEquals("0.645", table.cellText(alpha, table.columnIndex("r")));
		assertEquals("<.0001", table.cellText(alpha, table.columnIndex("p")));
		assertEquals("[0.445, 0.745]", table.cellText(alpha, table.columnIndex("CI")));
		int gamma = names(table).indexOf("Gamma");
		assertEquals("", table.cellText(gamma, table.columnIndex("r")), "not computable: empty, never 0");
		table.setFormat(new NumberFormat(2, 3));
		assertEquals("0.65", table.getTable().getItem(alpha).getText(table.columnIndex("r")));
		assertEquals("<.001", table.getTable().getItem(alpha).getText(table.columnIndex("p")));
		assertEquals("0.020", table.getTable().getItem(names(table).indexOf("Beta")).getText(table.columnIndex("p")));
	}

	@Test
	void copyGivesTabSeparatedTextWithTheHeader() {
		ResultTable<Correlation> table = correlations();
		table.sortBy(table.columnIndex("Factor"), true);
		table.select(0);
		// full precision, as the report's CSV (not the "<.0001" and "[0.445, 0.745]" the table shows),
		// the interval as two columns; the limits are the fixture's r - 0.2 and r + 0.1 as Java prints them
		String expected = "Factor\tn\tr\tp\tp adj.\tFlag\tCI lower\tCI upper\tp (two-tailed)\tTails\tNote\n"
				+ "alpha\t73\t0.6454\t0.00000000035\t0.000000006\t***\t" + (0.6454 - 0.2) + "\t" + (0.6454 + 0.1)
				+ "\t\tone-tailed\t\n";
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
			assertEquals(11, line.split("\t", -1).length, line);
		}
	}

	@Test
	void exportWritesCsvAtomically(@TempDir Path folder) throws Exception {
		ResultTable<Correlation> table = correlations();
		table.sortBy(table.columnIndex("Factor"), true);
		Path file = folder.resolve("correlations.csv");
		Files.writeString(file, "old content");
		table.exportCsv(file);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertEquals("Factor,n,r,p,p adj.,Flag,CI lower,CI upper,p (two-tailed),Tails,Note", lines.get(0));
		assertEquals("alpha,73,0.6454,0.00000000035,0.000000006,***," + (0.6454 - 0.2) + "," + (0.6454 + 0.1) + ",,one-tailed,",
				lines.get(1));
		assertEquals("Delta,71,-0.032,0.6061,1,," + (-0.032 - 0.2) + "," + (-0.032 + 0.1) + ",,one-tailed,", lines.get(3),
				"a p of 1 and a negative r, unrounded");
		assertEquals(5, lines.size());
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary file left behind");
		}
	}

	@Test
	void columnsWidenToShowTheirHeaderAndCells() {
		// declared far too narrow, as at 1366x768 where headers and cells were cut off
		ResultTable<String> table = new ResultTable<>(shell,
				List.of(ResultTable.Column.text("A rather long header", 10, row -> row),
						ResultTable.Column.text("Short", 300, row -> "x")), row -> "");
		table.setRows(List.of("a cell longer than its header, by far"));
		GC gc = new GC(table.getTable());
		try {
			TableColumn first = table.getTable().getColumn(0);
			assertTrue(first.getWidth() >= gc.textExtent("A rather long header").x, "header: " + first.getWidth());
			assertTrue(first.getWidth() >= gc.textExtent("a cell longer than its header, by far").x, "cell: " + first.getWidth());
			assertEquals(300, table.getTable().getColumn(1).getWidth(), "a wide enough column keeps its width");
		} finally {
			gc.dispose();
		}
	}

	@Test
	void selectingARowShowsItsProvenance() {
		ResultTable<Correlation> table = correlations();
		table.select(names(table).indexOf("Beta"));
		String details = table.detailsText();
		assertTrue(details.contains("Items: q1, q2"), details);
		assertTrue(details.contains("Rule: spearman, pairwise, one-tailed (positive)"), details);
		assertTrue(details.contains("n = 70"), details);
		assertTrue(details.contains("Excluded rows (2): 3, 7"), details);

		// a click on a number names it first
		table.selectCell(names(table).indexOf("Beta"), table.columnIndex("r"));
		assertTrue(table.detailsText().startsWith("r = 0.250 | Items: q1, q2"), table.detailsText());
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

		assertEquals("0.800***", heatMap.cellText(0, 1));
		assertEquals("0.800***", heatMap.cellText(1, 0), "symmetric");
		assertEquals("1", heatMap.cellText(2, 2));
		assertEquals("", heatMap.cellText(1, 2), "a pair that was not computed stays empty");
		assertNull(heatMap.correlation(1, 2));

		RGB positive = HeatMap.colour(0.8);
		RGB negative = HeatMap.colour(-0.3);
		RGB weak = HeatMap.colour(0.1);
		assertTrue(positive.blue > positive.red, "positive is blue");
		assertTrue(negative.red > negative.blue, "negative is red");
		assertTrue(weak.red > positive.red, "weaker is paler");

		heatMap.select(0, 2);
		assertTrue(heatMap.detailsText().contains("r = -0.300"), heatMap.detailsText());
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
		ResultTable<ResultRow> table = ResultTables.generic(shell, model);
		assertEquals(List.of("Factor", "Lower"), table.header());
		table.sortBy(1, true);
		assertEquals("B", table.cellText(0, 0));
		assertEquals("0.123", table.cellText(0, 1));
		assertEquals("", table.cellText(2, 1), "a missing number stays empty and last");
		assertEquals("Factor\tLower\nB\t0.1234\nA\t0.5\nC\t\n", table.toTsv(), "copied at full precision");
	}

	@Test
	void pValuesPrintBelowTheSmallestPrintableValueAsLessThan() {
		NumberFormat format = NumberFormat.DEFAULT;
		assertEquals("<.0001", format.p(0.00009999));
		assertEquals("0.0001", format.p(0.0001));
		assertEquals("0.0472", format.p(0.0472195));
		assertEquals("", format.p(null));
		assertEquals("", format.number(Double.NaN));
		assertEquals("-0.032", format.number(-0.0320483644098433));
		assertFalse(format.p(1.0).isEmpty());
	}

	private static List<String> names(ResultTable<Correlation> table) {
		return table.rows().stream().map(Correlation::getX).toList();
	}
}
