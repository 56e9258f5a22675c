package org.factorstudio.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Row;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.spi.ReportFormat;

/**
 * {@code csv/<table>.csv}: one file per table (RFC 4180, comma, CRLF, UTF-8). Numbers are written unquoted
 * at full precision (not the rounded display text), text cells quoted and neutralised against formula
 * injection; tables grouped by area get a leading "Group" column.
 */
public final class CsvFormat implements ReportFormat {

	public static final String FOLDER = "csv";

	@Override
	public String id() {
		return "csv";
	}

	@Override
	public String label() {
		return "CSV, one file per table";
	}

	@Override
	public String fileExtension() {
		return "csv";
	}

	@Override
	public boolean writesOneFile() {
		return false;
	}

	@Override
	public List<ReportFile> render(ReportInput input) {
		List<ReportFile> files = new ArrayList<>();
		for (ReportTable table : ReportTables.of(input)) {
			files.add(ReportFile.text(FOLDER + "/" + table.id() + ".csv", csv(table)));
		}
		if (input.results().getMatrix() != null && !input.results().getMatrix().getCells().isEmpty()) {
			files.add(ReportFile.text(FOLDER + "/" + PAIRS + ".csv", pairs(input.results().getMatrix())));
		}
		return files;
	}

	/** The matrix as one row per pair, with n and p beside r, for scripts (the table holds only the rounded r). */
	public static final String PAIRS = "correlation-matrix-pairs";

	static String pairs(CorrelationMatrix matrix) {
		StringBuilder csv = new StringBuilder("\"x\",\"y\",\"i\",\"j\",\"n\",\"r\",\"p\",\"p_adjusted\",\"flag\",\"note\"\r\n");
		List<String> variables = matrix.getVariables();
		ReportTables.CellIndex index = ReportTables.CellIndex.of(matrix);
		for (int i = 0; i < variables.size(); i++) {
			for (int j = 0; j < i; j++) {
				Correlation c = index.get(i, j);
				if (c == null) {
					continue;
				}
				csv.append(Escape.csvText(variables.get(i))).append(',').append(Escape.csvText(variables.get(j))).append(',')
						.append(i + 1).append(',').append(j + 1).append(',').append(c.getN()).append(',')
						.append(number(c.getCoefficient())).append(',').append(number(c.getP())).append(',')
						.append(number(c.getPAdjusted())).append(',').append(Escape.csvText(c.getFlag())).append(',')
						.append(Escape.csvText(c.getNote())).append("\r\n");
			}
		}
		return csv.toString();
	}

	private static String number(Double value) {
		return value == null ? "" : Numbers.plain(value);
	}

	static String csv(ReportTable table) {
		StringBuilder csv = new StringBuilder();
		boolean groups = table.hasGroups();
		List<String> header = new ArrayList<>();
		if (groups) {
			header.add(Escape.csvText("Group"));
		}
		for (Column column : table.columns()) {
			header.add(Escape.csvText(column.name()));
		}
		csv.append(String.join(",", header)).append("\r\n");
		for (Row row : table.rows()) {
			List<String> cells = new ArrayList<>();
			if (groups) {
				cells.add(Escape.csvText(row.group()));
			}
			for (Cell cell : row.cells()) {
				cells.add(cell.isNumber() ? Numbers.plain(cell.value()) : Escape.csvText(cell.text()));
			}
			csv.append(String.join(",", cells)).append("\r\n");
		}
		return csv.toString();
	}
}
