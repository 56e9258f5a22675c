package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.CorrelationResult;
import org.factorstudio.analysis.stats.Direction;
import org.factorstudio.analysis.stats.Listwise;
import org.factorstudio.analysis.stats.PartialCorrelation;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.CorrelationMethod;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.IndexVariable;

/**
 * Each factor's partial correlation with the dependent variable, controlling for all other factors:
 * listwise over all of them, Spearman as the Pearson partial correlation of ranks, df = n - 2 - k.
 */
public final class PartialCorrelationAnalysis implements Analysis {

	@Override
	public String id() {
		return "partial";
	}

	@Override
	public String label() {
		return "Partial correlations";
	}

	@Override
	public boolean runsAlways() {
		return true;
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisPlan plan = context.plan();
		if (!plan.isPartial() || context.dependent().isEmpty()) {
			return;
		}
		if (plan.getMethod() == CorrelationMethod.KENDALL) {
			context.problem(Severity.WARNING, "org.factorstudio.analysis.noKendallPartial",
					"Partial correlations are computed for Spearman and Pearson only; Kendall's partial tau is not offered");
			return;
		}
		IndexVariable dependent = context.dependent().get();
		List<Factor> factors = new ArrayList<>();
		for (Factor factor : context.factors()) {
			if (factor.getIndex() != null && !factor.getIndex().eIsProxy() && factor.getIndex() != dependent) {
				factors.add(factor);
			}
		}
		CorrelationResult.Method method = plan.getMethod() == CorrelationMethod.PEARSON ? CorrelationResult.Method.PEARSON
				: CorrelationResult.Method.SPEARMAN;
		if (!plan.getControls().isEmpty()) {
			declaredControls(context, dependent, factors, method);
			return;
		}
		IndexKernel kernel = IndexKernel.of(context, monitor);
		List<PartialCorrelation.ColumnResult> results = kernel.partials(IndexKernel.partialVariables(context), method)
				.orElse(null);
		boolean[] complete = kernel.partialRows();
		if (results == null) {
			// an index that is not discrete: the general path on the scores
			double[][] columns = new double[factors.size() + 1][];
			columns[0] = context.scores(dependent).scores();
			for (int i = 0; i < factors.size(); i++) {
				columns[i + 1] = context.scores(factors.get(i).getIndex()).scores();
			}
			complete = Listwise.completeRows(columns);
			results = PartialCorrelation.againstTarget(columns, 0, method);
		}
		// the same rows for every factor: counted once
		Results.LeftOut leftOut = complete == null ? null : Results.LeftOut.of(complete);
		List<org.factorstudio.model.results.PartialCorrelation> rows = new ArrayList<>();
		List<Double> ps = new ArrayList<>();
		for (PartialCorrelation.ColumnResult column : results) {
			Factor factor = factors.get(column.column() - 1);
			CorrelationResult result = column.result();
			var row = Results.FACTORY.createPartialCorrelation();
			row.setX(factor.getIndex().getName());
			row.setY(dependent.getName());
			for (Factor other : factors) {
				if (other != factor) {
					row.getControls().add(other.getIndex().getName());
				}
			}
			row.setMethod(Results.method(method));
			row.setN(result.n());
			row.setK(factors.size() - 1);
			setEstimate(row, result, plan);
			double p = CorrelationAnalysis.reportedP(plan, result, CorrelationAnalysis.direction(context, factor));
			row.setP(Results.value(p));
			row.setFlag(Results.flag(p));
			row.setNote(namedColumns(result.note(), dependent, factors));
			row.setProvenance(Results.provenanceLeavingOut(List.of(row.getX(), row.getY()),
					"partial " + Results.method(method) + " controlling for the other " + row.getK()
							+ " factors, listwise; "
							+ CorrelationAnalysis.tails(plan, CorrelationAnalysis.direction(context, factor)),
					result.n(), context, leftOut, null));
			rows.add(row);
			ps.add(p);
		}
		double[] adjusted = CorrelationAnalysis.adjusted(plan, ps);
		for (int i = 0; adjusted != null && i < rows.size(); i++) {
			rows.get(i).setPAdjusted(Results.value(adjusted[i]));
		}
		context.results().getPartialCorrelations().addAll(rows);
		String constant = rows.stream().map(org.factorstudio.model.results.PartialCorrelation::getNote)
				.filter(note -> note != null && note.contains("zero variance in ")).findFirst().orElse(null);
		if (constant != null) {
			// said once for the run, naming the variable, not once per row as "column 1"
			context.problem(Severity.WARNING, "org.factorstudio.analysis.constantVariable",
					"Partial correlations cannot be computed: " + constant.substring(constant.indexOf("zero variance in ")
							+ "zero variance in ".length()) + " has the same score for every respondent they use (listwise);"
							+ " check its data, or leave its factor out of the framework");
		}
	}

	/** A declared control: its name and its values (NaN = missing), and the index it is, if it is one. */
	record Control(String name, double[] values, IndexVariable index) {
	}

	/**
	 * The controls the plan declares ({@code partial controlling for ...}), resolved by name against the
	 * factors (their index), the index variables and the numeric background columns; empty with an error
	 * problem for a name that is none of these or a text column.
	 */
	static java.util.Optional<List<Control>> controls(AnalysisContext context) {
		List<Control> controls = new ArrayList<>();
		for (String name : context.plan().getControls()) {
			IndexVariable index = null;
			for (Factor factor : context.factors()) {
				if (name.equals(factor.getName()) && factor.getIndex() != null && !factor.getIndex().eIsProxy()) {
					index = factor.getIndex();
				}
			}
			for (IndexVariable variable : context.indexVariables()) {
				if (index == null && name.equals(variable.getName())) {
					index = variable;
				}
			}
			if (index != null) {
				controls.add(new Control(index.getName(), context.scores(index).scores(), index));
			} else if (context.dataset().hasColumn(name)
					&& context.dataset().type(name) != org.factorstudio.data.Dataset.ColumnType.TEXT) {
				controls.add(new Control(name, context.dataset().column(name), null));
			} else {
				context.problem(Severity.ERROR, "org.factorstudio.analysis.badControl", context.dataset().hasColumn(name)
						? "Control '" + name + "' is a text column: a control of a partial correlation must be numeric"
								+ " (a number in every answered cell); the partial correlations are left out"
						: "Control '" + name + "' is neither a factor, an index variable nor a column of the data;"
								+ " the partial correlations are left out");
				return java.util.Optional.empty();
			}
		}
		return java.util.Optional.of(controls);
	}

	/**
	 * Each factor's partial correlation with the dependent controlling for the declared controls (a factor
	 * that is itself a control is not controlled for itself): listwise over dependent, factor and controls,
	 * as R {@code ppcor::pcor.test(x, y, controls)} on the complete cases.
	 */
	private static void declaredControls(AnalysisContext context, IndexVariable dependent, List<Factor> factors,
			CorrelationResult.Method method) {
		AnalysisPlan plan = context.plan();
		List<Control> controls = controls(context).orElse(null);
		if (controls == null) {
			return;
		}
		List<org.factorstudio.model.results.PartialCorrelation> rows = new ArrayList<>();
		List<Double> ps = new ArrayList<>();
		for (Factor factor : factors) {
			List<Control> used = controls.stream().filter(c -> c.index() != factor.getIndex() && c.index() != dependent)
					.toList();
			double[][] columns = new double[2 + used.size()][];
			columns[0] = context.scores(dependent).scores();
			columns[1] = context.scores(factor.getIndex()).scores();
			for (int i = 0; i < used.size(); i++) {
				columns[2 + i] = used.get(i).values();
			}
			CorrelationResult result = PartialCorrelation.of(columns, 1, 0, method);
			var row = Results.FACTORY.createPartialCorrelation();
			row.setX(factor.getIndex().getName());
			row.setY(dependent.getName());
			used.forEach(c -> row.getControls().add(c.name()));
			row.setMethod(Results.method(method));
			row.setN(result.n());
			row.setK(used.size());
			setEstimate(row, result, plan);
			Direction direction = CorrelationAnalysis.direction(context, factor);
			double p = CorrelationAnalysis.reportedP(plan, result, direction);
			row.setP(Results.value(p));
			row.setFlag(Results.flag(p));
			row.setNote(result.note());
			row.setProvenance(Results.provenance(List.of(row.getX(), row.getY()),
					"partial " + Results.method(method) + " controlling for "
							+ String.join(", ", row.getControls()) + ", listwise; "
							+ CorrelationAnalysis.tails(plan, direction),
					result.n(), context, Listwise.completeRows(columns), null));
			rows.add(row);
			ps.add(p);
		}
		double[] adjusted = CorrelationAnalysis.adjusted(plan, ps);
		for (int i = 0; adjusted != null && i < rows.size(); i++) {
			rows.get(i).setPAdjusted(Results.value(adjusted[i]));
		}
		context.results().getPartialCorrelations().addAll(rows);
	}

	/** r, df, two-tailed p and the interval of a computable partial correlation, whatever its controls. */
	private static void setEstimate(org.factorstudio.model.results.PartialCorrelation row, CorrelationResult result,
			AnalysisPlan plan) {
		if (result.isComputable()) {
			row.setR(result.coefficient());
			row.setDf((int) Math.round(result.df()));
			row.setPTwoTailed(Results.value(result.pTwoTailed()));
			// Fisher z with se 1 / sqrt(n - 3 - k), k = the controls (pingouin partial_corr)
			var ci = result.confidenceInterval(plan.getConfidenceLevel());
			row.setCiLower(Results.value(ci.lower()));
			row.setCiUpper(Results.value(ci.upper()));
		}
	}

	/**
	 * The stats layer numbers its columns (0 the dependent, then the factors in order); people know them by
	 * name: "zero variance in column 2" becomes "zero variance in index 'Alignment' (factor Alignment)".
	 */
	static String namedColumns(String note, IndexVariable dependent, List<Factor> factors) {
		if (note == null) {
			return null;
		}
		java.util.regex.Matcher column = java.util.regex.Pattern.compile("column (\\d+)").matcher(note);
		StringBuilder named = new StringBuilder();
		while (column.find()) {
			int j = Integer.parseInt(column.group(1));
			String name = j == 0 ? "the dependent '" + dependent.getName() + "'"
					: j <= factors.size() ? "index '" + factors.get(j - 1).getIndex().getName() + "' (factor "
							+ factors.get(j - 1).getName() + ")" : column.group();
			column.appendReplacement(named, java.util.regex.Matcher.quoteReplacement(name));
		}
		column.appendTail(named);
		return named.toString();
	}
}
