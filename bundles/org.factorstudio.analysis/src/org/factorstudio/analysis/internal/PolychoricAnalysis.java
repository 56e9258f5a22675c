package org.factorstudio.analysis.internal;

import static org.factorstudio.analysis.internal.MeasurementTables.count;
import static org.factorstudio.analysis.internal.MeasurementTables.number;
import static org.factorstudio.analysis.internal.MeasurementTables.text;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.PolychoricCorrelation;
import org.factorstudio.analysis.stats.ReliabilityCoefficients;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.IndexVariable;

/**
 * {@code run polychoric(indices = "all", thresholds = "item")}: the polychoric matrix of each index's
 * statements (after reversal) and its ordinal alpha. thresholds = item is {@code psych::polychoric(x, correct =
 * 0)}, pair is {@code polycor::polychor(x, y, ML = FALSE)} ({@link PolychoricCorrelation}).
 */
public final class PolychoricAnalysis implements Analysis {

	public static final String ID = "polychoric";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Polychoric correlations";
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		Optional<List<IndexVariable>> indices = MeasurementTables.indices(context, "Polychoric correlations", 2);
		Optional<String> rule = MeasurementTables.choice(context, "Polychoric correlations", "thresholds", "item",
				List.of("item", "pair"));
		if (indices.isEmpty() || rule.isEmpty()) {
			return;
		}
		PolychoricCorrelation.Thresholds thresholds = rule.get().equals("item") ? PolychoricCorrelation.Thresholds.ITEM
				: PolychoricCorrelation.Thresholds.PAIR;
		SubMonitor progress = SubMonitor.convert(monitor, indices.get().size());
		for (IndexVariable index : indices.get()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			MeasurementTables.Items items = MeasurementTables.items(context, index);
			PolychoricCorrelation.Matrix m;
			try {
				m = PolychoricCorrelation.matrix(items.columns(), thresholds);
			} catch (IllegalArgumentException e) {
				context.problem(Severity.WARNING, MeasurementTables.PROBLEM_PREFIX + "notOrdinal",
						"Polychoric correlations of " + index.getName() + ": " + e.getMessage());
				progress.split(1);
				continue;
			}
			double ordinalAlpha = ReliabilityCoefficients.alphaOfCorrelations(m.rho());
			int k = m.size();
			int smallest = Integer.MAX_VALUE;
			for (int i = 0; i < k; i++) {
				for (int j = 0; j < i; j++) {
					smallest = Math.min(smallest, m.n()[i][j]);
				}
			}
			java.util.List<String> numeric = new java.util.ArrayList<>();
			numeric.add("n");
			numeric.addAll(items.names());
			ResultTable table = MeasurementTables.typedAll(MeasurementTables.table(ID,
					"Polychoric correlations of " + index.getName(), List.of("statement"), numeric), ColumnKind.COEFFICIENT);
			table.getColumns().get(1).setKind(ColumnKind.COUNT);
			for (int i = 0; i < k; i++) {
				ResultRow row = MeasurementTables.row(text(items.labels().get(i)), count(m.n()[i][i]));
				for (int j = 0; j < k; j++) {
					row.getCells().add(number(m.rho()[i][j]));
				}
				table.getRows().add(row);
			}
			table.setNote("Two-step polychoric correlations, thresholds from "
					+ (thresholds == PolychoricCorrelation.Thresholds.ITEM
							? "each statement's own answers, pairs on the respondents who answered both (psych::polychoric(x, correct = 0))"
							: "each pair's own table (polycor::polychor(x, y, ML = FALSE))")
					+ "; n = answers per statement, smallest pairwise n " + smallest + ". Ordinal alpha (alpha of this matrix, "
					+ "psych::alpha(polychoric(x)$rho)) = " + String.format(java.util.Locale.ROOT, "%.3f", ordinalAlpha) + ".");
			table.setProvenance(Results.provenance(items.labels(), "polychoric, thresholds = " + rule.get()
					+ ", no continuity correction", smallest, context, null, "ordinal alpha " + ordinalAlpha));
			context.results().getTables().add(table);
			progress.split(1);
		}
	}
}
