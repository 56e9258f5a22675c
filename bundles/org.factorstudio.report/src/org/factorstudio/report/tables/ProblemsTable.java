package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.row;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.Problem;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Row;

/** The problems the run found in the study and the data, warnings included. */
public final class ProblemsTable {

	public static final String ID = "problems";

	private ProblemsTable() {
	}

	public static ReportTable build(TableContext c) {
		List<Row> rows = new ArrayList<>();
		for (Problem problem : c.results().getProblems()) {
			String where = problem.getFile() == null ? "" : problem.getFile() + (problem.getLine() > 0 ? ":" + problem.getLine() : "");
			rows.add(row(null, problem, text(problem.getSeverity() == null ? "" : problem.getSeverity().getLiteral(), null, problem),
					text(problem.getMessage(), null, problem), text(where, null, problem), text(problem.getCode(), null, problem)));
		}
		return new ReportTable(ID, "Problems found in the study and the data",
				List.of(Column.text("Severity"), Column.text("Message"), Column.text("Where"), Column.text("Code")), rows,
				List.of());
	}
}
