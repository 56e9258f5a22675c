package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.row;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.CellProblem;
import org.factorstudio.model.results.ImportReport;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Row;

/** The cells of the data that could not be used as given, with their line, respondent, column and action. */
public final class CellProblemsTable {

	public static final String ID = "cell-problems";

	private CellProblemsTable() {
	}

	public static ReportTable build(TableContext c) {
		ImportReport report = c.results().getImportReport();
		if (report == null) {
			return null;
		}
		List<Row> rows = new ArrayList<>();
		for (CellProblem cell : report.getCellProblems()) {
			rows.add(row(null, cell, c.count(cell.getRow(), "line in the data file (1 = header)", cell),
					text(cell.getRespondentId(), null, cell), text(cell.getColumn(), null, cell), text(cell.getValue(), null, cell),
					text(cell.getMessage() != null ? cell.getMessage() : cell.getKind(), null, cell),
					text(cell.getAction(), null, cell)));
		}
		return new ReportTable(ID, "Problem cells in the data",
				List.of(Column.number("Line"), Column.text("Respondent"), Column.text("Column"), Column.text("Value"),
						Column.text("Problem"), Column.text("Action")),
				rows, List.of());
	}
}
