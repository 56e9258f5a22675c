package org.factorstudio.examples.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis;
import org.factorstudio.analysis.stats.Listwise;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.Provenance;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.study.IndexVariable;

/**
 * Bootstrap percentile intervals of each index's alpha and omega, contributed as {@code bootstrap_reliability}:
 * {@code run bootstrap_reliability(replicates = 1000, seed = 42, level = 0.95)}, all optional. Every index of three
 * or more statements; the statistics are in {@link ReliabilityBootstrap}.
 */
public final class ReliabilityBootstrapAnalysis implements Analysis {

	public static final String ID = "bootstrap_reliability";
	static final int DEFAULT_REPLICATES = 1000;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Bootstrap intervals of alpha and omega";
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		Optional<BootstrapAnalysis.Settings> settings = BootstrapAnalysis.settings(context, DEFAULT_REPLICATES);
		if (settings.isEmpty()) {
			return;
		}
		BootstrapAnalysis.Settings s = settings.get();
		ReliabilityBootstrap bootstrap = new ReliabilityBootstrap(s.replicates(), s.level());
		List<IndexVariable> indices = context.indexVariables().stream()
				.filter(index -> StudyQueries.members(index).size() >= 3).toList();
		SubMonitor progress = SubMonitor.convert(monitor, label(), Math.max(1, indices.size()));
		ResultTable table = ResultsFactory.eINSTANCE.createResultTable();
		table.setAnalysisId(ID);
		table.setTitle("Bootstrap " + BootstrapAnalysis.percent(s.level()) + " intervals of alpha and omega per index");
		for (String name : List.of("index", "coefficient")) {
			table.getColumns().add(BootstrapAnalysis.column(name, false));
		}
		table.getColumns().add(BootstrapAnalysis.column("n", ColumnKind.COUNT));
		for (String name : List.of("estimate", "percentile lower", "percentile upper")) {
			table.getColumns().add(BootstrapAnalysis.column(name, ColumnKind.COEFFICIENT));
		}
		table.getColumns().add(BootstrapAnalysis.column("replicates", ColumnKind.COUNT));
		table.getColumns().add(BootstrapAnalysis.column("note", false));
		List<String> statements = new ArrayList<>();
		for (IndexVariable index : indices) {
			progress.subTask(label() + ": " + index.getName());
			List<String> names = StudyQueries.members(index).stream().map(m -> m.indicator().getName()).toList();
			statements.addAll(names);
			double[][] columns = context.statementColumns(index);
			double[][] complete = ConfirmatoryFactorAnalysis.rows(columns, Listwise.completeRows(columns));
			if (complete[0].length < 3) {
				table.getRows().add(row(index, new ReliabilityBootstrap.Interval("alpha", complete[0].length, Double.NaN,
						s.level(), 0, Double.NaN, Double.NaN, "fewer than 3 respondents answered every statement")));
				progress.split(1);
				continue;
			}
			for (ReliabilityBootstrap.Interval interval : bootstrap.intervals(complete, names,
					ReliabilityBootstrap.seeded(s.seed(), index.getName()), progress.split(1))) {
				table.getRows().add(row(index, interval));
			}
		}
		table.setNote("Percentile intervals (quantiles as R boot.ci) from " + s.replicates() + " resamples of the "
				+ "respondents who answered every statement of the index (seed " + s.seed() + "); reversed statements "
				+ "turned first. omega: one-factor CFA by ML, (sum of loadings)^2 over the model-implied (implied) or "
				+ "the observed (observed) variance of the sum, as semTools::compRelSEM; each replicate computes all "
				+ "three coefficients on the same resample.");
		Provenance provenance = ResultsFactory.eINSTANCE.createProvenance();
		provenance.getItems().addAll(statements);
		provenance.setRule("listwise per index; nonparametric bootstrap of the complete rows; percentile intervals");
		provenance.setN(context.dataset().rowCount());
		provenance.setNote("seed " + s.seed() + ", " + s.replicates() + " replicates; random numbers from Commons Math"
				+ " WELL19937c seeded with the seed and the index's name");
		table.setProvenance(provenance);
		context.results().getTables().add(table);
	}

	private static ResultRow row(IndexVariable index, ReliabilityBootstrap.Interval interval) {
		ResultRow row = ResultsFactory.eINSTANCE.createResultRow();
		row.getCells().add(BootstrapAnalysis.text(index.getName()));
		row.getCells().add(BootstrapAnalysis.text(interval.coefficient()));
		row.getCells().add(BootstrapAnalysis.count(interval.n()));
		row.getCells().add(BootstrapAnalysis.number(interval.estimate()));
		row.getCells().add(BootstrapAnalysis.number(interval.lower()));
		row.getCells().add(BootstrapAnalysis.number(interval.upper()));
		row.getCells().add(BootstrapAnalysis.count(interval.replicates()));
		row.getCells().add(BootstrapAnalysis.text(interval.note() == null ? "" : interval.note()));
		return row;
	}
}
