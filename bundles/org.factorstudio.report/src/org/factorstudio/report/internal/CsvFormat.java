package org.factorstudio.report.internal;

import java.util.ArrayList;
import java.util.List;

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
	public List<ReportFile> render(ReportInput input) {
		List<ReportFile> files = new ArrayList<>();
		for (ReportTable table : ReportTables.of(input)) {
			files.add(ReportFile.text(FOLDER + "/" + table.id() + ".csv", csv(table)));
		}
		return files;
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
