package org.factorstudio.report.internal;

import java.util.List;
import java.util.Objects;

import org.factorstudio.model.results.StudyResults;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Row;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.spi.ReportFormat;

/** {@code report.md}: the methods paragraph and every table as a GitHub-flavoured Markdown table. */
public final class MarkdownFormat implements ReportFormat {

	public static final String FILE = "report.md";

	@Override
	public String id() {
		return "md";
	}

	@Override
	public String label() {
		return "Markdown tables";
	}

	@Override
	public String fileExtension() {
		return "md";
	}

	@Override
	public List<ReportFile> render(ReportInput input) {
		StudyResults results = input.results();
		StringBuilder md = new StringBuilder();
		md.append("# ").append(Escape.markdown(Reports.title(input))).append("\n\n");
		md.append(Escape.markdown(Reports.subtitle(results))).append("\n\n");
		md.append("## Method\n\n").append(Escape.markdown(ReportTables.methods(input))).append("\n\n");
		int number = 0;
		if (ReportTables.hasLargeMatrix(results)) {
			md.append(Escape.markdown(ReportTables.largeMatrixNote(results))).append("\n\n");
		}
		for (ReportTable table : ReportTables.forDocuments(input)) {
			number++;
			md.append("## Table ").append(number).append(". ").append(Escape.markdown(table.title())).append("\n\n");
			table(md, table);
		}
		return List.of(ReportFile.text(FILE, md));
	}

	static void table(StringBuilder md, ReportTable table) {
		List<Column> columns = table.columns();
		md.append('|');
		for (Column column : columns) {
			md.append(' ').append(Escape.markdown(column.name())).append(" |");
		}
		md.append("\n|");
		for (Column column : columns) {
			md.append(column.numeric() ? " --: |" : " --- |");
		}
		md.append('\n');
		String group = null;
		for (Row row : table.rows()) {
			if (row.group() != null && !Objects.equals(row.group(), group)) {
				group = row.group();
				md.append("| **").append(Escape.markdown(group)).append("** |").append(" |".repeat(columns.size() - 1))
						.append('\n');
			}
			md.append('|');
			for (Cell cell : row.cells()) {
				md.append(' ').append(Escape.markdown(cell.text())).append(" |");
			}
			md.append('\n');
		}
		if (!table.notes().isEmpty()) {
			md.append("\n*Note.* ").append(Escape.markdown(String.join(" ", table.notes()))).append('\n');
		}
		md.append('\n');
	}
}
