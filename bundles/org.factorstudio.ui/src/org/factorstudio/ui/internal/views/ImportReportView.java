package org.factorstudio.ui.internal.views;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.factorstudio.model.results.CellProblem;
import org.factorstudio.model.results.ImportReport;
import org.factorstudio.model.results.RowExclusion;
import org.factorstudio.report.ReportTables;
import org.factorstudio.ui.internal.widgets.DataRows;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.results.AnalysisRun;

/**
 * What the import read, kept and excluded (by reason), and every problem cell with its file row and
 * column. Double-clicking a problem cell shows that row of the data file.
 */
public final class ImportReportView extends ResultsViewPart {

	public static final String ID = "org.factorstudio.ui.views.importReport";

	/** Shares of the view's width the import summary's table takes at least and at most (percent). */
	private static final int LEAST_FOR_IMPORT_TABLE = 35;
	private static final int MOST_FOR_IMPORT_TABLE = 60;

	private Text summary;
	private ResultTable exclusions;
	private ResultTable cellProblems;
	private SashForm sash;
	/** The sash's weights as the last fit left them; others mean the user moved it. */
	private int[] fittedWeights;
	private AnalysisRun run;

	@Override
	protected Control createContent(Composite parent) {
		Composite content = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		content.setLayout(layout);
		summary = new Text(content, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		sash = new SashForm(content, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		exclusions = new ResultTable(sash, ReportTables.IMPORT);
		cellProblems = new ResultTable(sash, ReportTables.CELL_PROBLEMS);
		sash.setWeights(35, 65);
		sash.addListener(SWT.Resize, event -> fitImportTable());
		trackFocus(cellProblems, exclusions);
		cellProblems.addOpenListener(row -> showRow((CellProblem) row.source()));
		return content;
	}

	@Override
	protected void show(AnalysisRun newRun) {
		run = newRun;
		ImportReport report = newRun.results().getImportReport();
		if (report == null) {
			summary.setText("The run has no import report.");
			exclusions.setTable(null);
			cellProblems.setTable(null);
			return;
		}
		summary.setText(summaryText(report));
		// the tables of the report: the import summary (exclusions by reason among its rows) and the problem cells
		exclusions.setTable(ReportTables.table(input(newRun), policy(), ReportTables.IMPORT));
		cellProblems.setTable(ReportTables.table(input(newRun), policy(), ReportTables.CELL_PROBLEMS));
		fitImportTable();
	}

	/**
	 * Gives the import summary's table the width its columns need to show their text (the format line
	 * "csv, encoding UTF-8, delimiter ','" and the exclusion reasons were cut at a fixed 35 %), at most
	 * {@link #MOST_FOR_IMPORT_TABLE} % of the view; the problem cells take the rest.
	 */
	private void fitImportTable() {
		Table table = exclusions.getTable();
		int total = sash.getClientArea().width - sash.getSashWidth();
		if (total <= 0 || table.getColumnCount() == 0) {
			return;
		}
		if (fittedWeights != null && !Arrays.equals(fittedWeights, sash.getWeights())) {
			return; // the user moved the sash: a resize keeps the user's proportions, and so does the fit
		}
		int needed = table.computeTrim(0, 0, 0, 0).width;
		for (TableColumn column : table.getColumns()) {
			needed += column.getWidth();
		}
		int left = Math.max(total * LEAST_FOR_IMPORT_TABLE / 100, Math.min(needed, total * MOST_FOR_IMPORT_TABLE / 100));
		sash.setWeights(left, total - left);
		fittedWeights = sash.getWeights();
	}

	/** File, format, and rows read, kept and excluded; duplicate ids and unused columns if any. */
	public static String summaryText(ImportReport report) {
		int excluded = report.getExclusions().stream().mapToInt(RowExclusion::getCount).sum();
		StringBuilder text = new StringBuilder();
		text.append(report.getFile()).append("  (").append(report.getFormat()).append(", ")
				.append(Objects.toString(report.getEncoding(), "")).append(", delimiter '")
				.append(Objects.toString(report.getDelimiter(), "")).append("')\n");
		text.append(report.getRowsRead()).append(" rows read, ").append(report.getRowsKept()).append(" kept, ")
				.append(excluded).append(" excluded; ").append(report.getCellProblems().size()).append(" problem cell")
				.append(report.getCellProblems().size() == 1 ? "" : "s");
		if (!report.getDuplicateIds().isEmpty()) {
			text.append("\nDuplicate respondent ids: ").append(String.join(", ", report.getDuplicateIds()));
		}
		if (!report.getUnusedColumns().isEmpty()) {
			text.append("\nColumns not in the study: ").append(String.join(", ", report.getUnusedColumns()));
		}
		return text.toString();
	}

	private void showRow(CellProblem problem) {
		ImportReport report = run == null ? null : run.results().getImportReport();
		if (report == null) {
			return;
		}
		if (!"csv".equals(report.getFormat())) {
			// a workbook or an SPSS file has no text rows to show; the problem names its row and column
			MessageDialog.openInformation(summary.getShell(), "Row " + problem.getRow(), "Row " + problem.getRow()
					+ ", column " + problem.getColumn() + ": " + problem.getValue() + " (" + report.getFormat()
					+ " file; open it in its own program to see the whole row)");
			return;
		}
		Path file = Path.of(report.getFile());
		if (!file.isAbsolute()) {
			file = run.studyFile().getParent().resolve(file);
		}
		Charset charset = StandardCharsets.UTF_8;
		try {
			if (report.getEncoding() != null) {
				charset = Charset.forName(report.getEncoding());
			}
		} catch (IllegalArgumentException e) {
			// an encoding name this JVM does not know: UTF-8 shows most files well enough to look at
		}
		try {
			DataRows.Row row = DataRows.read(file, problem.getRow(), report.getDelimiter(), charset);
			new DataRowDialog(summary.getShell(), "Row " + problem.getRow() + " of " + file.getFileName(),
					rowText(row, problem)).open();
		} catch (IOException | RuntimeException e) {
			// the file may have changed since the run (FastCSV reports malformed input unchecked)
			MessageDialog.openError(summary.getShell(), "Row " + problem.getRow(),
					file + ": could not read row " + problem.getRow() + ": " + e.getMessage());
		}
	}

	/** One "column = value" line per cell, the problem cell marked. */
	public static String rowText(DataRows.Row row, CellProblem problem) {
		List<String> lines = new ArrayList<>();
		lines.add("Respondent " + Objects.toString(problem.getRespondentId(), "") + ", file row " + problem.getRow() + ": "
				+ Objects.toString(problem.getMessage(), ""));
		lines.add("");
		for (int i = 0; i < row.header().size(); i++) {
			String column = row.header().get(i);
			String value = i < row.cells().size() ? row.cells().get(i) : "";
			lines.add(column + " = " + value + (column.equals(problem.getColumn()) ? "    <-- " + problem.getKind() : ""));
		}
		return String.join("\n", lines);
	}

	public ResultTable cellProblemsTable() {
		return cellProblems;
	}

	public ResultTable importTable() {
		return exclusions;
	}

	public String summary() {
		return summary.getText();
	}

	@Override
	public void setFocus() {
		cellProblems.getTable().setFocus();
	}
}
