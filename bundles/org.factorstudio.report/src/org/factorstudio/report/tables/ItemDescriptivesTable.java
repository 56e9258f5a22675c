package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.DescriptivesTable.cell;
import static org.factorstudio.report.tables.TableContext.row;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.Descriptives;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/** Descriptive statistics of the statements, answers as given (before reverse coding). */
public final class ItemDescriptivesTable {

	public static final String ID = "item-descriptives";

	private ItemDescriptivesTable() {
	}

	public static ReportTable build(TableContext c) {
		List<Row> rows = new ArrayList<>();
		for (Descriptives d : c.results().getDescriptives()) {
			if (d.getKind() != VariableKind.INDICATOR) {
				continue;
			}
			rows.add(row(null, d, text(d.getVariable(), null, d), text(d.getLabel(), null, d), cell(c, d, "N", Kind.COUNT, d.getN()),
					cell(c, d, "missing", Kind.COUNT, d.getMissing()), cell(c, d, "M", Kind.STATISTIC, d.getMean()),
					cell(c, d, "SD", Kind.STATISTIC, d.getSd()),
					// answers are whole scale points
					cell(c, d, "min", Kind.COUNT, d.getMin()), cell(c, d, "max", Kind.COUNT, d.getMax())));
		}
		return new ReportTable(ID, "Descriptive statistics of the statements (answers as given)",
				List.of(Column.text("Statement"), Column.text("Text"), Column.number("N"), Column.number("Missing"),
						Column.number("M"), Column.number("SD"), Column.number("Min"), Column.number("Max")),
				rows, List.of("Answers before reverse coding; user-missing codes and invalid values are missing."));
	}
}
