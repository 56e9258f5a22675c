package org.factorstudio.analysis.internal;

import static org.factorstudio.analysis.internal.MeasurementTables.count;
import static org.factorstudio.analysis.internal.MeasurementTables.number;
import static org.factorstudio.analysis.internal.MeasurementTables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.LinearRegression;
import org.factorstudio.analysis.stats.Listwise;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.IndexVariable;

/**
 * {@code run regression}: OLS regression of the dependent's index scores on the factors' index scores,
 * listwise, as R {@code summary(lm(dependent ~ factor1 + ...))} with {@code confint}, SPSS REGRESSION and JASP
 * print it ({@link LinearRegression}): B, SE, beta, t, p, the interval of B and the VIF per factor; n, R^2,
 * adjusted R^2, F and its p for the model. It complements the partial correlations, which test the same
 * unique contributions on ranks.
 */
public final class RegressionAnalysis implements Analysis {

	public static final String ID = "regression";

	private static final String NAME = "Regression";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Linear regression";
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		if (context.dependent().isEmpty()) {
			context.problem(Severity.ERROR, BackgroundColumns.PROBLEM_PREFIX + "noDependent",
					NAME + ": the study declares no dependent variable to regress on the factors");
			return;
		}
		Optional<Double> level = MeasurementTables.level(context, NAME);
		if (level.isEmpty()) {
			return;
		}
		IndexVariable dependent = context.dependent().get();
		List<Factor> factors = new ArrayList<>();
		for (Factor factor : context.factors()) {
			if (factor.getIndex() != null && !factor.getIndex().eIsProxy() && factor.getIndex() != dependent) {
				factors.add(factor);
			}
		}
		if (factors.isEmpty()) {
			context.problem(Severity.ERROR, BackgroundColumns.PROBLEM_PREFIX + "noFactors",
					NAME + ": the framework declares no factor besides the dependent");
			return;
		}
		double[] y = context.scores(dependent).scores();
		double[][] x = new double[factors.size()][];
		for (int j = 0; j < x.length; j++) {
			x[j] = context.scores(factors.get(j).getIndex()).scores();
		}
		LinearRegression fit = LinearRegression.fit(y, x, level.get());
		double[][] all = new double[x.length + 1][];
		all[0] = y;
		System.arraycopy(x, 0, all, 1, x.length);
		boolean[] used = Listwise.completeRows(all);
		String percent = String.format(Locale.ROOT, "%.0f%%", 100 * level.get());
		if (!fit.isComputable()) {
			String why = fit.note();
			for (int j = factors.size(); j >= 1; j--) {
				why = why.replace("predictor " + j + " ", "index '" + factors.get(j - 1).getIndex().getName() + "' ");
			}
			context.problem(Severity.WARNING, BackgroundColumns.PROBLEM_PREFIX + "regressionNotComputable",
					NAME + " of " + dependent.getName() + " on the factors: " + why);
			return;
		}
		ResultTable coefficients = MeasurementTables.table(ID, "Regression of " + dependent.getName()
				+ " on the factors: coefficients", List.of("term"),
				List.of("B", "SE", "beta", "t", "p", percent + " CI lower", percent + " CI upper", "VIF"));
		MeasurementTables.typed(coefficients, ColumnKind.ESTIMATE, ColumnKind.ESTIMATE, ColumnKind.COEFFICIENT,
				ColumnKind.STATISTIC, ColumnKind.P, ColumnKind.ESTIMATE, ColumnKind.ESTIMATE, ColumnKind.STATISTIC);
		for (int j = 0; j < fit.terms().size(); j++) {
			LinearRegression.Term term = fit.terms().get(j);
			String name = j == 0 ? "(Intercept)" : factors.get(j - 1).getIndex().getName();
			coefficients.getRows().add(MeasurementTables.row(text(name), number(term.b(), 4), number(term.se(), 4),
					j == 0 ? text("") : number(term.beta(), 3), number(term.t(), 3), MeasurementTables.p(term.p()),
					number(term.lower(), 4), number(term.upper(), 4), j == 0 ? text("") : number(term.vif(), 2)));
		}
		// n, R², F and its p are in the model table below, typed, so that every surface prints them by the one
		// number policy (a p near a significance level, R² without the leading zero); not repeated here as text
		coefficients.setNote("OLS on index scores, listwise, as R summary(lm()) and confint() (SPSS REGRESSION,"
				+ " JASP); beta = B sd(x) / sd(y); VIF = 1 / (1 - R²_j) (car::vif); p two-sided; the model's fit in"
				+ " the next table.");
		List<String> names = new ArrayList<>();
		names.add(dependent.getName());
		factors.forEach(f -> names.add(f.getIndex().getName()));
		coefficients.setProvenance(Results.provenance(names, "OLS regression of " + dependent.getName()
				+ " on the factors' index scores, listwise", fit.n(), context, used, null));
		ResultTable summary = MeasurementTables.table(ID, "Regression of " + dependent.getName()
				+ " on the factors: model", List.of(), List.of("n", "R²", "adjusted R²", "F", "df1", "df2", "p", "sigma"));
		MeasurementTables.typed(summary, ColumnKind.COUNT, ColumnKind.COEFFICIENT, ColumnKind.COEFFICIENT,
				ColumnKind.STATISTIC, ColumnKind.COUNT, ColumnKind.COUNT, ColumnKind.P, ColumnKind.ESTIMATE);
		summary.getRows().add(MeasurementTables.row(count(fit.n()), number(fit.rSquared(), 3),
				number(fit.adjustedRSquared(), 3), number(fit.f(), 2), count(fit.df1()), count(fit.df2()),
				MeasurementTables.p(fit.pF()), number(fit.sigma(), 4)));
		summary.setNote("sigma = residual standard error (R summary(lm)$sigma).");
		summary.setProvenance(Results.provenance(names, "OLS regression, listwise", fit.n(), context, used, null));
		context.results().getTables().add(coefficients);
		context.results().getTables().add(summary);
	}
}
