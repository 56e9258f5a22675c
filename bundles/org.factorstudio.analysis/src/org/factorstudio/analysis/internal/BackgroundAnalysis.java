package org.factorstudio.analysis.internal;

import static org.factorstudio.analysis.internal.MeasurementTables.count;
import static org.factorstudio.analysis.internal.MeasurementTables.number;
import static org.factorstudio.analysis.internal.MeasurementTables.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.Descriptives;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;

/**
 * {@code run background}: the declared background columns tabulated. A categorical column (codes or text, see
 * {@link BackgroundColumns}) gets a frequency table with its value labels, as R {@code table(x, useNA =
 * "always")} or SPSS FREQUENCIES: count, percent of all respondents, percent of those with a value; declared
 * codes nobody chose are listed with 0. The numeric columns get one table of descriptives (N, missing, mean,
 * SD with n - 1, median, minimum, maximum: R {@code mean}, {@code sd}, {@code median}, {@code range}).
 */
public final class BackgroundAnalysis implements Analysis {

	public static final String ID = "background";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Background variables";
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		List<String> declared = BackgroundColumns.declared(context);
		if (declared.isEmpty()) {
			context.problem(Severity.WARNING, BackgroundColumns.PROBLEM_PREFIX + "noneDeclared",
					"Background variables: the study declares no background columns (add background county, ... to"
							+ " its data block)");
			return;
		}
		ResultTable numeric = MeasurementTables.table(ID, "Background variables: descriptives (SD with n - 1)",
				List.of("column"), List.of("N", "missing", "mean", "SD", "median", "min", "max"));
		for (String name : declared) {
			var found = BackgroundColumns.column(context, "Background variables", name);
			if (found.isEmpty()) {
				continue;
			}
			BackgroundColumns.Column column = found.get();
			if (column.categorical()) {
				context.results().getTables().add(frequencies(context, column));
			} else {
				Descriptives d = Descriptives.of(column.numeric());
				numeric.getRows().add(MeasurementTables.row(text(name), count(d.n()), count(d.missing()),
						number(d.mean(), 4), number(d.sd(), 4), number(d.median(), 4), number(d.min(), 4),
						number(d.max(), 4)));
			}
		}
		if (!numeric.getRows().isEmpty()) {
			numeric.setNote("Numeric background columns (not codes): all respondents with a value.");
			context.results().getTables().add(numeric);
		}
	}

	private static ResultTable frequencies(AnalysisContext context, BackgroundColumns.Column column) {
		ResultTable table = MeasurementTables.table(ID, "Frequencies of " + column.name(), List.of("value", "label"),
				List.of("n", "percent", "valid percent"));
		Map<String, List<Integer>> rows = column.rowsByGroup();
		int total = column.groupOfRow().length;
		int valid = rows.values().stream().mapToInt(List::size).sum();
		for (Map.Entry<String, List<Integer>> group : rows.entrySet()) {
			int n = group.getValue().size();
			table.getRows().add(MeasurementTables.row(text(group.getKey()),
					text(column.labels().getOrDefault(group.getKey(), "")), count(n),
					number(total == 0 ? Double.NaN : 100.0 * n / total, 1),
					number(valid == 0 ? Double.NaN : 100.0 * n / valid, 1)));
		}
		ResultRow missing = MeasurementTables.row(text("missing"), text(""), count(total - valid),
				number(total == 0 ? Double.NaN : 100.0 * (total - valid) / total, 1), text(""));
		table.getRows().add(missing);
		table.getRows().add(MeasurementTables.row(text("total"), text(""), count(total), number(100, 1), text("")));
		table.setNote(String.format(Locale.ROOT, "%d respondents, %d with a value; percent of all respondents, valid"
				+ " percent of those with a value (R table(x, useNA = \"always\"), SPSS FREQUENCIES).%s", total, valid,
				column.labelled() ? "" : " No labels declared: add labels " + column.name() + " = <scale> to the data block."));
		table.setProvenance(Results.provenance(List.of(column.name()), "frequencies of the background column "
				+ column.name(), valid, context, null, null));
		return table;
	}
}
