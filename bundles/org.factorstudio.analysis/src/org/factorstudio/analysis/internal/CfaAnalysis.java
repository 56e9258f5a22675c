package org.factorstudio.analysis.internal;

import static org.factorstudio.analysis.internal.MeasurementTables.count;
import static org.factorstudio.analysis.internal.MeasurementTables.number;
import static org.factorstudio.analysis.internal.MeasurementTables.p;
import static org.factorstudio.analysis.internal.MeasurementTables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis.Estimate;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis.Fit;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis.Kind;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.IndexVariable;

/**
 * {@code run cfa(indices = "all")}: the CFA of the declared framework, one latent variable per index with its
 * statements (reversed first) as indicators, the latent variables correlated, ML on the biased covariance of
 * the respondents who answered every statement: {@code lavaan::cfa(model, data, std.lv = TRUE)}
 * ({@link ConfirmatoryFactorAnalysis}). Tables: fit, loadings and correlations, composite reliability and
 * AVE, HTMT.
 */
public final class CfaAnalysis implements Analysis {

	public static final String ID = "cfa";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Confirmatory factor analysis";
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		Optional<List<IndexVariable>> chosen = MeasurementTables.indices(context, "CFA", 3);
		if (chosen.isEmpty()) {
			return;
		}
		List<IndexVariable> indices = chosen.get();
		if (indices.isEmpty()) {
			context.problem(Severity.WARNING, MeasurementTables.PROBLEM_PREFIX + "cfaNothing",
					"CFA: no index variable with at least 3 statements; nothing to fit");
			return;
		}
		List<String> indicators = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<String> factors = new ArrayList<>();
		List<double[]> columns = new ArrayList<>();
		List<Integer> factorOf = new ArrayList<>();
		for (int f = 0; f < indices.size(); f++) {
			MeasurementTables.Items items = MeasurementTables.items(context, indices.get(f));
			factors.add(indices.get(f).getName());
			for (int i = 0; i < items.names().size(); i++) {
				if (indicators.contains(items.names().get(i))) {
					context.problem(Severity.ERROR, MeasurementTables.PROBLEM_PREFIX + "cfaSharedStatement",
							"CFA: statement " + items.names().get(i) + " belongs to more than one of the indices; "
									+ "a simple-structure CFA needs each statement in one index only");
					return;
				}
				indicators.add(items.names().get(i));
				labels.add(items.labels().get(i));
				columns.add(items.columns()[i]);
				factorOf.add(f);
			}
		}
		double[][] all = columns.toArray(double[][]::new);
		boolean[] keep = MeasurementTables.complete(all);
		int n = MeasurementTables.count(keep);
		double[][] x = MeasurementTables.masked(all, keep);
		ConfirmatoryFactorAnalysis.Model model = new ConfirmatoryFactorAnalysis.Model(indicators, factors,
				factorOf.stream().mapToInt(Integer::intValue).toArray());
		if (n <= indicators.size()) {
			context.problem(Severity.ERROR, MeasurementTables.PROBLEM_PREFIX + "cfaTooFewRows", "CFA: " + n
					+ " respondents answered all " + indicators.size() + " statements; the model needs more respondents"
					+ " than statements");
			return;
		}
		Fit fit;
		double[][] covariance = ConfirmatoryFactorAnalysis.biasedCovariance(x);
		try {
			fit = ConfirmatoryFactorAnalysis.fit(model, covariance, n);
		} catch (IllegalArgumentException e) {
			context.problem(Severity.ERROR, MeasurementTables.PROBLEM_PREFIX + "cfaNotIdentified", "CFA: " + e.getMessage());
			return;
		}
		progress.worked(2);
		for (String problem : fit.problems()) {
			context.problem(fit.converged() ? Severity.WARNING : Severity.ERROR,
					MeasurementTables.PROBLEM_PREFIX + (problem.startsWith("Heywood") ? "heywood" : "cfaNotConverged"),
					"CFA: " + problem);
		}
		if (!fit.converged()) {
			return;
		}
		var provenance = Results.provenance(labels,
				"CFA by ML on the covariance matrix (divisor n), factors standardized (lavaan::cfa(std.lv = TRUE)),"
						+ " respondents who answered every statement",
				n, context, keep, fit.iterations() + " Fisher scoring iterations");
		context.results().getTables().add(fitTable(fit, provenance));
		context.results().getTables().add(estimateTable(fit, EcoreCopy.of(provenance)));
		context.results().getTables().add(reliabilityTable(fit, model, x, EcoreCopy.of(provenance)));
		progress.worked(1);
	}

	private static ResultTable fitTable(Fit fit, org.factorstudio.model.results.Provenance provenance) {
		ConfirmatoryFactorAnalysis.FitIndices f = fit.indices();
		ResultTable table = MeasurementTables.typed(MeasurementTables.table(ID, "CFA of the framework: model fit",
				List.of(), List.of("n", "parameters", "chi-square", "df", "p", "CFI", "TLI", "RMSEA", "RMSEA 90% lower",
						"RMSEA 90% upper", "SRMR", "AIC", "BIC")),
				ColumnKind.COUNT, ColumnKind.COUNT, ColumnKind.STATISTIC, ColumnKind.COUNT, ColumnKind.P,
				ColumnKind.COEFFICIENT, ColumnKind.COEFFICIENT, ColumnKind.COEFFICIENT, ColumnKind.COEFFICIENT,
				ColumnKind.COEFFICIENT, ColumnKind.COEFFICIENT, ColumnKind.STATISTIC, ColumnKind.STATISTIC);
		table.getRows().add(MeasurementTables.row(count(f.n()), count(f.parameters()), number(f.chiSquare(), 2),
				count(f.df()), p(f.p()), number(f.cfi()), number(f.tli()), number(f.rmsea()), number(f.rmseaLower()),
				number(f.rmseaUpper()), number(f.srmr()), number(f.aic(), 1), number(f.bic(), 1)));
		table.setNote("lavaan::fitMeasures definitions: chi-square = n F_ML; CFI and TLI against the independence "
				+ "model (chi-square " + String.format(java.util.Locale.ROOT, "%.2f", f.baselineChiSquare()) + ", df "
				+ f.baselineDf() + "); RMSEA with divisor n and its 90 % interval from the noncentral chi-square; "
				+ "SRMR (Bentler); AIC and BIC from the log-likelihood " + String.format(java.util.Locale.ROOT, "%.3f",
						f.logLikelihood()) + ".");
		table.setProvenance(provenance);
		return table;
	}

	private static ResultTable estimateTable(Fit fit, org.factorstudio.model.results.Provenance provenance) {
		ResultTable table = MeasurementTables.typed(MeasurementTables.table(ID,
				"CFA of the framework: loadings, residual variances and factor correlations",
				List.of("parameter", "left", "operator", "right"), List.of("estimate", "SE", "z", "p", "standardized")),
				ColumnKind.ESTIMATE, ColumnKind.ESTIMATE, ColumnKind.STATISTIC, ColumnKind.P, ColumnKind.COEFFICIENT);
		for (Estimate e : fit.estimates()) {
			String kind = e.kind() == Kind.LOADING ? "loading"
					: e.kind() == Kind.RESIDUAL_VARIANCE ? "residual variance" : "factor correlation";
			ResultRow row = MeasurementTables.row(text(kind), text(e.lhs()), text(e.kind().operator), text(e.rhs()),
					number(e.estimate()), number(e.se()), number(e.z(), 2), p(e.p()), number(e.standardized()));
			table.getRows().add(row);
		}
		table.setNote("Estimates with standard errors from the expected information (lavaan's default), z = estimate / SE,"
				+ " two-sided p; standardized = lavaan's std.all. Factor variances are fixed to 1.");
		table.setProvenance(provenance);
		return table;
	}

	private static ResultTable reliabilityTable(Fit fit, ConfirmatoryFactorAnalysis.Model model, double[][] x,
			org.factorstudio.model.results.Provenance provenance) {
		List<String> numeric = new ArrayList<>(List.of("k", "omega (implied)", "omega (observed)", "AVE"));
		numeric.addAll(model.factors().stream().map(f -> "HTMT2 " + f).toList());
		ResultTable table = MeasurementTables.typedAll(MeasurementTables.table(ID,
				"CFA of the framework: composite reliability, AVE and HTMT2", List.of("index"), numeric),
				ColumnKind.COEFFICIENT);
		table.getColumns().get(1).setKind(ColumnKind.COUNT);
		double[][] htmt = ConfirmatoryFactorAnalysis.htmt(model,
				ConfirmatoryFactorAnalysis.correlations(ConfirmatoryFactorAnalysis.biasedCovariance(x)), true);
		for (int f = 0; f < model.factors().size(); f++) {
			ConfirmatoryFactorAnalysis.FactorReliability r = fit.reliabilities().get(f);
			ResultRow row = MeasurementTables.row(text(r.factor()), count(r.indicators()), number(r.omega()),
					number(r.omegaObserved()), number(r.ave()));
			for (int g = 0; g < model.factors().size(); g++) {
				row.getCells().add(g == f ? text("") : number(htmt[f][g]));
			}
			table.getRows().add(row);
		}
		table.setNote("Composite reliability (omega) with the model-implied variance of the sum (semTools::compRelSEM("
				+ "obs.var = FALSE)) and with the observed variance (obs.var = TRUE); AVE = sum of squared loadings over "
				+ "the sum of observed variances (semTools::AVE); HTMT2 (geometric means, Roemer et al. 2021) from the absolute"
				+ " Pearson correlations of the statements (semTools::htmt(htmt2 = TRUE), semTools 0.5-6's default).");
		table.setProvenance(provenance);
		return table;
	}
}
