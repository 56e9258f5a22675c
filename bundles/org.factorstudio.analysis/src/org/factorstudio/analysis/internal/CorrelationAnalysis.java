package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.CorrelationResult;
import org.factorstudio.analysis.stats.Correlations;
import org.factorstudio.analysis.stats.Direction;
import org.factorstudio.analysis.stats.MultipleTesting;
import org.factorstudio.analysis.stats.PValueMode;
import org.factorstudio.model.Plans;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Compatibility;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.Hypothesis;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.MissingPolicy;
import org.factorstudio.model.study.Tails;

/**
 * Each factor's correlation with the dependent variable (the hypotheses' table), the matrix of all
 * index variables, and the outcome of each hypothesis, with p-values adjusted over the declared
 * family.
 */
public final class CorrelationAnalysis implements Analysis {

	@Override
	public String id() {
		return "correlations";
	}

	@Override
	public String label() {
		return "Correlations";
	}

	@Override
	public boolean runsAlways() {
		return true;
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		AnalysisPlan plan = context.plan();
		List<IndexVariable> variables = context.indexVariables();
		IndexKernel kernel = IndexKernel.of(context, progress);
		Optional<IndexVariable> dependent = context.dependent();
		if (dependent.isEmpty()) {
			context.problem(Severity.INFO, "org.factorstudio.analysis.noDependent",
					"The study declares no dependent variable: only the correlation matrix is computed");
		} else {
			dependentTable(context, kernel, dependent.get());
		}
		progress.split(1);
		matrix(context, kernel, variables);
		progress.split(1);
		hypotheses(context);
		progress.split(1);
	}

	private static void dependentTable(AnalysisContext context, IndexKernel kernel, IndexVariable dependent) {
		AnalysisPlan plan = context.plan();
		List<Correlation> table = new ArrayList<>();
		List<Double> reportedP = new ArrayList<>();
		for (Factor factor : context.factors()) {
			IndexVariable index = factor.getIndex();
			if (index == null || index.eIsProxy() || index == dependent) {
				continue;
			}
			CorrelationResult result = kernel.correlation(index, dependent);
			Correlation row = Results.correlation(index.getName(), dependent.getName(), result, plan.getConfidenceLevel());
			Direction direction = direction(context, factor);
			double p = reportedP(plan, result, direction);
			row.setP(Results.value(p));
			row.setTails(tails(plan, direction));
			row.setFlag(Results.flag(p));
			row.setProvenance(Results.provenanceLeavingOut(List.of(index.getName(), dependent.getName()),
					rule(plan) + "; " + row.getTails(), result.n(), context, kernel.leftOut(index, dependent),
					"factor " + factor.getName()));
			table.add(row);
			reportedP.add(p);
		}
		adjust(plan, table, reportedP);
		context.results().getDependentCorrelations().addAll(table);
	}

	private static void matrix(AnalysisContext context, IndexKernel kernel, List<IndexVariable> variables) {
		AnalysisPlan plan = context.plan();
		CorrelationMatrix matrix = Results.FACTORY.createCorrelationMatrix();
		matrix.setMethod(MethodsText.coefficient(plan.getMethod()).replace("Correlations are ", ""));
		List<Correlation> cells = new ArrayList<>();
		List<Double> ps = new ArrayList<>();
		for (IndexVariable variable : variables) {
			matrix.getVariables().add(variable.getName());
		}
		for (int i = 0; i < variables.size(); i++) {
			for (int j = i + 1; j < variables.size(); j++) {
				CorrelationResult result = kernel.correlation(variables.get(i), variables.get(j));
				Correlation cell = Results.correlation(variables.get(i).getName(), variables.get(j).getName(), result,
						plan.getConfidenceLevel());
				double p = result.isComputable() ? result.pTwoTailed() : Double.NaN;
				cell.setP(Results.value(p));
				cell.setTails("two-tailed");
				cell.setFlag(Results.flag(p));
				cells.add(cell);
				ps.add(p);
			}
		}
		adjust(plan, cells, ps);
		matrix.getCells().addAll(cells);
		context.results().setMatrix(matrix);
	}

	static void hypotheses(AnalysisContext context) {
		AnalysisPlan plan = context.plan();
		for (Hypothesis hypothesis : context.study().getHypotheses()) {
			HypothesisOutcome outcome = Results.FACTORY.createHypothesisOutcome();
			outcome.setHypothesis(hypothesis.getName());
			outcome.setDirection(hypothesis.getDirection().getLiteral());
			outcome.setText(hypothesis.getText());
			Factor factor = hypothesis.getFactor();
			if (factor == null || factor.eIsProxy() || factor.getIndex() == null) {
				outcome.setNote("no factor");
				context.results().getHypotheses().add(outcome);
				continue;
			}
			outcome.setFactor(factor.getName());
			outcome.setIndex(factor.getIndex().getName());
			Optional<Correlation> row = context.results().getDependentCorrelations().stream()
					.filter(c -> c.getX().equals(factor.getIndex().getName())).findFirst();
			if (row.isEmpty() || row.get().getCoefficient() == null) {
				outcome.setNote(row.map(Correlation::getNote).orElse("no correlation with the dependent variable"));
				context.results().getHypotheses().add(outcome);
				continue;
			}
			Correlation correlation = row.get();
			outcome.setCoefficient(correlation.getCoefficient());
			outcome.setP(correlation.getP());
			outcome.setPAdjusted(correlation.getPAdjusted());
			Double decisive = plan.getCorrection() == Correction.NONE ? correlation.getP() : correlation.getPAdjusted();
			boolean significant = decisive != null && decisive < plan.getSignificanceLevel();
			boolean rightSign = switch (hypothesis.getDirection()) {
			case POSITIVE -> correlation.getCoefficient() > 0;
			case NEGATIVE -> correlation.getCoefficient() < 0;
			default -> true;
			};
			outcome.setSupported(significant && rightSign);
			outcome.setNote((significant ? "p" + (plan.getCorrection() == Correction.NONE ? "" : " (adjusted)") + " < "
					+ Plans.significanceText(plan) : "not significant at α = " + Plans.significanceText(plan))
					+ (rightSign ? "" : "; the correlation has the opposite sign"));
			context.results().getHypotheses().add(outcome);
		}
	}

	static CorrelationResult correlate(AnalysisPlan plan, double[] x, double[] y) {
		return switch (plan.getMethod()) {
		case PEARSON -> Correlations.pearson(x, y);
		case KENDALL -> Correlations.kendallTauB(x, y,
				plan.getCompatibility() == Compatibility.R ? PValueMode.R_EXACT : PValueMode.T_APPROXIMATION);
		default -> Correlations.spearman(x, y,
				plan.getCompatibility() == Compatibility.R ? PValueMode.R_EXACT : PValueMode.T_APPROXIMATION);
		};
	}

	/** The hypothesised direction of a factor's relation to the dependent, if a hypothesis gives one. */
	static Direction direction(AnalysisContext context, Factor factor) {
		for (Hypothesis hypothesis : context.study().getHypotheses()) {
			if (hypothesis.getFactor() == factor) {
				return switch (hypothesis.getDirection()) {
				case POSITIVE -> Direction.POSITIVE;
				case NEGATIVE -> Direction.NEGATIVE;
				default -> null;
				};
			}
		}
		return null;
	}

	/** Two-tailed p, or one-tailed in the hypothesised direction (SPSS's halved p when there is none). */
	static double reportedP(AnalysisPlan plan, CorrelationResult result, Direction direction) {
		if (!result.isComputable()) {
			return Double.NaN;
		}
		if (plan.getTails() == Tails.TWO) {
			return result.pTwoTailed();
		}
		return direction == null ? result.pSpssOneTailed() : result.pOneTailed(direction);
	}

	static String tails(AnalysisPlan plan, Direction direction) {
		if (plan.getTails() == Tails.TWO) {
			return "two-tailed";
		}
		return direction == null ? "one-tailed (no direction declared: half the two-tailed p)"
				: "one-tailed, " + direction.name().toLowerCase() + " hypothesised";
	}

	static String rule(AnalysisPlan plan) {
		return MethodsText.coefficient(plan.getMethod()).replace("Correlations are ", "") + ", "
				+ (plan.getMissing() == MissingPolicy.PAIRWISE ? "pairwise deletion" : "listwise deletion");
	}

	/** Adjusts the p-values of one family in place; cells without a p stay out of the family. */
	static void adjust(AnalysisPlan plan, List<Correlation> rows, List<Double> ps) {
		double[] adjusted = adjusted(plan, ps);
		for (int i = 0; adjusted != null && i < rows.size(); i++) {
			rows.get(i).setPAdjusted(Results.value(adjusted[i]));
		}
	}

	/** The family's p-values adjusted by the plan's correction; null when the plan declares none. */
	static double[] adjusted(AnalysisPlan plan, List<Double> ps) {
		if (plan.getCorrection() == Correction.NONE) {
			return null;
		}
		return MultipleTesting.adjust(ps.stream().mapToDouble(Double::doubleValue).toArray(),
				method(plan.getCorrection()));
	}

	static MultipleTesting.Method method(Correction correction) {
		return switch (correction) {
		case BONFERRONI -> MultipleTesting.Method.BONFERRONI;
		case HOLM -> MultipleTesting.Method.HOLM;
		case BENJAMINI_HOCHBERG -> MultipleTesting.Method.BENJAMINI_HOCHBERG;
		default -> throw new IllegalArgumentException("no correction");
		};
	}
}
