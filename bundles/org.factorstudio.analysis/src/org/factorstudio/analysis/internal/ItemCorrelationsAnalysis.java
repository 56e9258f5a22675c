package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.DiscreteColumn;
import org.factorstudio.analysis.stats.LikertSpearmanMatrix;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.Indicator;

/**
 * The Spearman correlations between all statements of the study ({@code run item_correlations}), which
 * methodologists read before they trust an index: pairwise deletion, each pair re-ranked on its own
 * rows, from the joint tables of the answer codes ({@link LikertSpearmanMatrix}, equal to the general
 * path to 1e-12). Reported as a square table of rho; statements the data do not hold as codes (numbers
 * with decimals, text) are left out and named.
 */
public final class ItemCorrelationsAnalysis implements Analysis {

	public static final String ID = "item_correlations";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Inter-item correlations";
	}

	@Override
	public boolean runsAlways() {
		return false;
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		List<Indicator> used = new ArrayList<>();
		List<DiscreteColumn> columns = new ArrayList<>();
		List<String> left = new ArrayList<>();
		for (Indicator indicator : context.indicators()) {
			DiscreteColumn column = ItemColumns.of(context, indicator.getName());
			if (column == null) {
				left.add(indicator.getName());
			} else {
				used.add(indicator);
				columns.add(column);
			}
		}
		if (!left.isEmpty()) {
			context.problem(Severity.WARNING, "org.factorstudio.analysis.itemCorrelationsNotCoded",
					"Inter-item correlations leave out statements whose answers are not whole numbers on a scale: "
							+ String.join(", ", left));
		}
		if (used.size() < 2) {
			context.problem(Severity.WARNING, "org.factorstudio.analysis.itemCorrelationsTooFew",
					"Inter-item correlations need at least two statements with coded answers");
			return;
		}
		progress.subTask("Inter-item correlations of " + used.size() + " statements");
		LikertSpearmanMatrix matrix = LikertSpearmanMatrix.of(columns.toArray(DiscreteColumn[]::new),
				Runtime.getRuntime().availableProcessors());
		progress.split(1);
		context.results().getTables().add(table(used, matrix));
		progress.split(1);
	}

	private static ResultTable table(List<Indicator> items, LikertSpearmanMatrix matrix) {
		ResultTable table = Results.FACTORY.createResultTable();
		table.setAnalysisId(ID);
		table.setTitle("Spearman correlations between the statements (pairwise)");
		table.getColumns().add(MeasurementTables.column("statement", false));
		for (Indicator item : items) {
			table.getColumns().add(MeasurementTables.column(item.getName(), ColumnKind.COEFFICIENT));
		}
		int minN = Integer.MAX_VALUE;
		int maxN = 0;
		int notComputable = 0;
		for (int i = 0; i < items.size(); i++) {
			ResultRow row = Results.FACTORY.createResultRow();
			row.getCells().add(MeasurementTables.text(items.get(i).getName()));
			for (int j = 0; j < items.size(); j++) {
				double rho = matrix.rho(i, j);
				row.getCells().add(number(rho));
				if (i < j) {
					minN = Math.min(minN, matrix.n(i, j));
					maxN = Math.max(maxN, matrix.n(i, j));
					notComputable += Double.isNaN(rho) ? 1 : 0;
				}
			}
			table.getRows().add(row);
		}
		table.setNote("Spearman's rho of every pair of statements on the respondents who answered both (re-ranked"
				+ " per pair, mid-ranks for ties), as R cor(use = \"pairwise\", method = \"spearman\"); answers as"
				+ " given, reversed statements not turned. n per pair from " + minN + " to " + maxN + "."
				+ (notComputable > 0 ? " " + notComputable + " pairs not computable (a constant statement or n < 3)."
						: ""));
		return table;
	}

	/** rho with two decimals, the full value in the cell; a pair that is not computable says "n/c" (a wide matrix). */
	private static ResultCell number(double value) {
		return Double.isNaN(value) ? MeasurementTables.text("n/c") : MeasurementTables.number(value, 2);
	}
}
