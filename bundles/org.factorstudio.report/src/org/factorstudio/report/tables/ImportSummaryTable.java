package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.row;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.ImportReport;
import org.factorstudio.model.results.RowExclusion;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Row;

/** The data import: file, format, rows read and kept, exclusions, problem cells, duplicate ids, unused columns. */
public final class ImportSummaryTable {

	public static final String ID = "import";

	private ImportSummaryTable() {
	}

	public static ReportTable build(TableContext c) {
		ImportReport report = c.results().getImportReport();
		if (report == null) {
			return null;
		}
		List<Row> rows = new ArrayList<>();
		String file = report.getFile();
		rows.add(row(null, report, text("Data file", null, null), text(c.relativeToStudy(file), file, report)));
		rows.add(row(null, report, text("Format", null, null), text(String.join(", ", TableContext.nonNull(report.getFormat(),
				report.getEncoding() == null ? null : "encoding " + report.getEncoding(),
				report.getDelimiter() == null ? null : "delimiter '" + report.getDelimiter() + "'")), null, report)));
		rows.add(row(null, report, text("Rows read", null, null),
				c.count(report.getRowsRead(), "data rows in " + file + " (header not counted)", report)));
		rows.add(row(null, report, text("Rows kept", null, null),
				c.count(report.getRowsKept(), "rows that entered the analysis", report)));
		for (RowExclusion exclusion : report.getExclusions()) {
			List<String> ids = exclusion.getRespondentIds().isEmpty()
					? exclusion.getRows().stream().map(r -> "line " + r).toList()
					: exclusion.getRespondentIds();
			rows.add(row(null, exclusion, text("Excluded: " + exclusion.getReason(), null, exclusion), c.count(exclusion.getCount(),
					ids.isEmpty() ? exclusion.getReason() : "respondents: " + TableContext.listed(ids), exclusion)));
		}
		rows.add(row(null, report, text("Problem cells", null, null), c.count(report.getCellProblems().size(),
				"cells that could not be used as given; each is listed in the problem cells table", report)));
		if (!report.getDuplicateIds().isEmpty()) {
			rows.add(row(null, report, text("Duplicate respondent ids", null, null),
					text(String.join(", ", report.getDuplicateIds()), null, report)));
		}
		if (!report.getUnusedColumns().isEmpty()) {
			rows.add(row(null, report, text("Columns not used by the study", null, null),
					text(String.join(", ", report.getUnusedColumns()), null, report)));
		}
		return new ReportTable(ID, "Data import", List.of(Column.text(""), Column.text("Value")), rows,
				List.of("The input file is never modified; excluded rows and problem cells are listed with their line."));
	}
}
