package org.factorstudio.examples.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.Listwise;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.Provenance;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.MissingPolicy;

/**
 * Bootstrap confidence intervals (percentile and BCa) for each factor's correlation with the dependent variable,
 * contributed to {@code org.factorstudio.analysis.analyses} as {@code bootstrap}. A study asks for it with
 * {@code run bootstrap(replicates = 2000, seed = 42, level = 0.95)}; all three parameters are optional.
 *
 * <p>The coefficient and the missing-data rule are the plan's, as in the built-in correlation analysis: Spearman
 * (default), Pearson or Kendall's tau-b over the pairwise complete index scores of the factor and the dependent
 * (under a listwise plan, only the rows complete on every index variable). The statistics are in
 * {@link CorrelationBootstrap}; this class reads the parameters, reports progress per factor and writes one
 * generic result table with provenance.
 */
public final class BootstrapAnalysis implements Analysis {

	public static final String ID = "bootstrap";
	static final int DEFAULT_REPLICATES = 2000;
	static final int MIN_REPLICATES = 100;
	static final long DEFAULT_SEED = 1;
	static final double DEFAULT_LEVEL = 0.95;
	static final String PROBLEM_PREFIX = "org.factorstudio.examples.bootstrap.";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Bootstrap confidence intervals";
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		Optional<Settings> settings = settings(context);
		Optional<IndexVariable> dependent = context.dependent();
		if (settings.isEmpty()) {
			return;
		}
		if (dependent.isEmpty()) {
			context.problem(Severity.WARNING, PROBLEM_PREFIX + "noDependent",
					"Bootstrap intervals need a dependent variable; the study declares none");
			return;
		}
		Settings s = settings.get();
		AnalysisPlan plan = context.plan();
		CorrelationBootstrap.Coefficient coefficient = switch (plan.getMethod()) {
		case PEARSON -> CorrelationBootstrap.Coefficient.PEARSON;
		case KENDALL -> CorrelationBootstrap.Coefficient.KENDALL_TAU_B;
		default -> CorrelationBootstrap.Coefficient.SPEARMAN;
		};
		CorrelationBootstrap bootstrap = new CorrelationBootstrap(coefficient, s.replicates(), s.seed(), s.level());
		boolean[] keep = plan.getMissing() == MissingPolicy.LISTWISE
				? Listwise.completeRows(context.scoreColumns(context.indexVariables()))
				: null;

		List<Factor> factors = context.factors().stream().filter(f -> f.getIndex() != null && !f.getIndex().eIsProxy()
				&& f.getIndex() != dependent.get()).toList();
		SubMonitor progress = SubMonitor.convert(monitor, label(), Math.max(1, factors.size()));
		double[] y = Listwise.masked(context.scores(dependent.get()).scores(), keep);
		ResultTable table = table(coefficient, s, dependent.get());
		List<String> items = new ArrayList<>();
		for (Factor factor : factors) {
			IndexVariable index = factor.getIndex();
			progress.subTask(label() + ": " + factor.getName());
			double[] x = Listwise.masked(context.scores(index).scores(), keep);
			BootstrapInterval interval = bootstrap.interval(x, y, index.getName(), progress.split(1));
			table.getRows().add(row(factor, index, interval));
			items.add(index.getName());
		}
		items.add(dependent.get().getName());
		Provenance provenance = ResultsFactory.eINSTANCE.createProvenance();
		provenance.getItems().addAll(items);
		provenance.setRule(rule(coefficient, plan, s.level()));
		provenance.setN(context.dataset().rowCount());
		provenance.setNote("seed " + s.seed() + ", " + s.replicates() + " replicates; random numbers from Commons Math"
				+ " WELL19937c seeded with the seed and the index variable's name, so the same seed gives the same"
				+ " intervals; BCa acceleration from the jackknife (Efron & Tibshirani 1993, eq. 14.15)");
		table.setProvenance(provenance);
		context.results().getTables().add(table);
	}

	/** The validated parameters, or empty after reporting why they cannot be used. */
	static Optional<Settings> settings(AnalysisContext context) {
		return settings(context, DEFAULT_REPLICATES);
	}

	/** The validated parameters with this default replicate count, or empty after reporting why not. */
	static Optional<Settings> settings(AnalysisContext context, int defaultReplicates) {
		try {
			int replicates = context.parameter("replicates").map(String::trim).map(Integer::parseInt)
					.orElse(defaultReplicates);
			long seed = context.parameter("seed").map(String::trim).map(Long::parseLong).orElse(DEFAULT_SEED);
			// without a level of its own, the intervals match the plan's confidence level (the correlation table's)
			double level = context.parameter("level").map(String::trim).map(Double::parseDouble)
					.orElse(context.plan().getConfidenceLevel() > 0 ? context.plan().getConfidenceLevel() : DEFAULT_LEVEL);
			if (replicates < MIN_REPLICATES) {
				return invalid(context, "replicates = " + replicates + " is too few; expected at least "
						+ MIN_REPLICATES + " (2000 or more for BCa intervals)");
			}
			if (!(level >= 0.5 && level < 1)) {
				return invalid(context, "level = " + level + " is not a confidence level; expected a number from 0.5"
						+ " to below 1, such as 0.95");
			}
			return Optional.of(new Settings(replicates, seed, level));
		} catch (NumberFormatException e) {
			return invalid(context, "a parameter is not a number (" + e.getMessage() + "); expected replicates and"
					+ " seed as integers and level as a number");
		}
	}

	private static Optional<Settings> invalid(AnalysisContext context, String why) {
		context.problem(Severity.ERROR, PROBLEM_PREFIX + "invalidParameter", "Bootstrap intervals: " + why);
		return Optional.empty();
	}

	record Settings(int replicates, long seed, double level) {
	}

	private static ResultTable table(CorrelationBootstrap.Coefficient coefficient, Settings s, IndexVariable dependent) {
		ResultTable table = ResultsFactory.eINSTANCE.createResultTable();
		table.setAnalysisId(ID);
		table.setTitle("Bootstrap " + percent(s.level()) + " confidence intervals of each factor's "
				+ coefficientName(coefficient) + " with " + dependent.getName());
		for (String name : List.of("factor", "index")) {
			table.getColumns().add(column(name, false));
		}
		table.getColumns().add(column("n", ColumnKind.COUNT));
		for (String name : List.of(symbol(coefficient), "percentile lower", "percentile upper", "BCa lower",
				"BCa upper")) {
			table.getColumns().add(column(name, ColumnKind.COEFFICIENT));
		}
		table.getColumns().add(column("replicates", ColumnKind.COUNT));
		table.getColumns().add(column("note", false));
		table.setNote("Percentile and BCa intervals from " + s.replicates() + " resamples of the respondents with"
				+ " both scores (seed " + s.seed() + "). Bounds that cannot be computed say so.");
		return table;
	}

	private static ResultRow row(Factor factor, IndexVariable index, BootstrapInterval interval) {
		ResultRow row = ResultsFactory.eINSTANCE.createResultRow();
		row.getCells().add(text(factor.getName()));
		row.getCells().add(text(index.getName()));
		row.getCells().add(count(interval.n()));
		row.getCells().add(number(interval.estimate()));
		row.getCells().add(number(interval.percentileLower()));
		row.getCells().add(number(interval.percentileUpper()));
		row.getCells().add(number(interval.bcaLower()));
		row.getCells().add(number(interval.bcaUpper()));
		row.getCells().add(interval.isComputable() ? count(interval.replicates()) : number(Double.NaN));
		row.getCells().add(text(interval.note() == null ? "" : interval.note()));
		return row;
	}

	static ResultColumn column(String name, boolean numeric) {
		ResultColumn column = ResultsFactory.eINSTANCE.createResultColumn();
		column.setName(name);
		column.setNumeric(numeric);
		column.setKind(numeric ? ColumnKind.UNSPECIFIED : ColumnKind.TEXT);
		return column;
	}

	/** A numeric column that says what its numbers are, so reports print them by their number policy. */
	static ResultColumn column(String name, ColumnKind kind) {
		ResultColumn column = column(name, true);
		column.setKind(kind);
		return column;
	}

	static ResultCell text(String text) {
		ResultCell cell = ResultsFactory.eINSTANCE.createResultCell();
		cell.setText(text);
		return cell;
	}

	static ResultCell count(int value) {
		ResultCell cell = text(Integer.toString(value));
		cell.setNumber((double) value);
		return cell;
	}

	/** A number with three decimals as text; an undefined one has no number and says so. */
	static ResultCell number(double value) {
		if (Double.isNaN(value)) {
			return text("not computable");
		}
		ResultCell cell = text(String.format(Locale.ROOT, "%.3f", value));
		cell.setNumber(value);
		return cell;
	}

	private static String symbol(CorrelationBootstrap.Coefficient coefficient) {
		return switch (coefficient) {
		case PEARSON -> "r";
		case KENDALL_TAU_B -> "tau-b";
		default -> "rho";
		};
	}

	private static String coefficientName(CorrelationBootstrap.Coefficient coefficient) {
		return switch (coefficient) {
		case PEARSON -> "Pearson correlation";
		case KENDALL_TAU_B -> "Kendall's tau-b";
		default -> "Spearman's rho";
		};
	}

	private static String rule(CorrelationBootstrap.Coefficient coefficient, AnalysisPlan plan, double level) {
		return coefficientName(coefficient) + " of index scores, "
				+ (plan.getMissing() == MissingPolicy.LISTWISE ? "listwise" : "pairwise") + " complete cases;"
				+ " nonparametric bootstrap of those cases; percentile and BCa intervals at " + percent(level)
				+ " (quantiles as R boot.ci; BCa acceleration from the jackknife)";
	}

	static String percent(double level) {
		double p = level * 100;
		return (p == Math.rint(p) ? Long.toString(Math.round(p)) : Double.toString(p)) + "%";
	}
}
