package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.describe;
import static org.factorstudio.report.tables.TableContext.row;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.Descriptives;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/** Descriptive statistics of the index variables, grouped by the framework's areas. */
public final class DescriptivesTable {

	public static final String ID = "descriptives";

	private DescriptivesTable() {
	}

	public static ReportTable build(TableContext c) {
		List<Descriptives> indices = c.sorted(
				c.results().getDescriptives().stream().filter(d -> d.getKind() == VariableKind.INDEX).toList(),
				Descriptives::getVariable);
		List<Row> rows = new ArrayList<>();
		for (Descriptives d : indices) {
			String name = d.getVariable();
			int k = d.getProvenance() == null ? 0 : d.getProvenance().getItems().size();
			rows.add(row(c.groupOf(name), d, text(name, c.label(name, d.getLabel()), d),
					c.count(k, "statements in " + name + (d.getProvenance() == null ? ""
							: ": " + String.join(", ", d.getProvenance().getItems())), d),
					cell(c, d, "N", Kind.COUNT, d.getN()), cell(c, d, "missing", Kind.COUNT, d.getMissing()),
					cell(c, d, "M", Kind.STATISTIC, d.getMean()), cell(c, d, "SD", Kind.STATISTIC, d.getSd()),
					cell(c, d, "min", Kind.STATISTIC, d.getMin()), cell(c, d, "max", Kind.STATISTIC, d.getMax()),
					cell(c, d, "median", Kind.STATISTIC, d.getMedian())));
		}
		return new ReportTable(ID, "Descriptive statistics of the index variables",
				List.of(Column.text("Index variable"), Column.number("Items"), Column.number("N"), Column.number("Missing"),
						Column.number("M"), Column.number("SD"), Column.number("Min"), Column.number("Max"),
						Column.number("Mdn")),
				rows, List.of("SD with n - 1. Index values are means of their statements after reverse coding."));
	}

	static Cell cell(TableContext c, Descriptives d, String what, Kind kind, Number value) {
		return c.number(kind, value, describe(what + " of " + d.getVariable(), value, d.getProvenance()), d);
	}
}
