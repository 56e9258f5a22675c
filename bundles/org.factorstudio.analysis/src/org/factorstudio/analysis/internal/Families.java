package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.MultipleTesting;
import org.factorstudio.model.Plans;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.FamilyMember;
import org.factorstudio.model.study.Hypothesis;
import org.factorstudio.model.study.TestFamily;

/**
 * The plan's declared correction families ({@code family confirmatory = H1, H2, partial H1}): after the
 * correlations and partial correlations of a run are computed, the p-values of each declared family are
 * adjusted together (R {@code p.adjust} over exactly those tests), the tests no family names keep their
 * default families (the remaining correlations with the dependent; the remaining partials; the matrix
 * cells), and the hypotheses' decisions are taken again on the new adjusted p-values.
 */
public final class Families {

	private Families() {
	}

	/** One test of the run: its reported p and where its adjusted p goes. */
	private record Test(String id, double p, Consumer<Double> adjusted) {
	}

	/** Re-adjusts the run's p-values over the plan's declared families; nothing when it declares none. */
	public static void apply(AnalysisContext context) {
		AnalysisPlan plan = context.plan();
		if (plan.getFamilies().isEmpty() || plan.getCorrection() == Correction.NONE) {
			return;
		}
		StudyResults results = context.results();
		Map<String, List<Test>> defaults = new LinkedHashMap<>();
		Map<String, Test> byId = new LinkedHashMap<>();
		for (Correlation row : results.getDependentCorrelations()) {
			Test test = new Test(testId(context, row.getX(), false), p(row.getP()), row::setPAdjusted);
			defaults.computeIfAbsent("dependent", k -> new ArrayList<>()).add(test);
			byId.putIfAbsent(test.id(), test);
		}
		for (PartialCorrelation row : results.getPartialCorrelations()) {
			Test test = new Test(testId(context, row.getX(), true), p(row.getP()), row::setPAdjusted);
			defaults.computeIfAbsent("partial", k -> new ArrayList<>()).add(test);
			byId.putIfAbsent(test.id(), test);
		}
		List<Test> matrix = new ArrayList<>();
		if (results.getMatrix() != null) {
			for (Correlation cell : results.getMatrix().getCells()) {
				matrix.add(new Test("matrix", p(cell.getP()), cell::setPAdjusted));
			}
		}
		// by identity: a large matrix in a family has many tests, and contains() must not compare them all
		Set<Test> declared = Collections.newSetFromMap(new IdentityHashMap<>());
		for (TestFamily family : plan.getFamilies()) {
			List<Test> members = new ArrayList<>();
			for (FamilyMember member : family.getMembers()) {
				if (member.isMatrix()) {
					members.addAll(matrix);
				} else if (member.getHypothesis() != null) {
					Test test = byId.get((member.isPartial() ? "partial " : "") + member.getHypothesis().getName());
					if (test != null) {
						members.add(test);
					} else {
						String name = (member.isPartial() ? "partial " : "") + member.getHypothesis().getName();
						context.problem(Severity.WARNING, "org.factorstudio.analysis.familyMemberWithoutTest",
								"Correction family '" + family.getName() + "': " + name + " names no test of plan '"
										+ Plans.name(plan) + "' (" + (member.isPartial()
												? "the plan computes no partial correlation for it"
												: "its factor's correlation is counted under an earlier hypothesis")
										+ "); it is left out of the family");
					}
				}
			}
			adjust(plan, members);
			declared.addAll(members);
		}
		for (List<Test> group : defaults.values()) {
			adjust(plan, group.stream().filter(t -> !declared.contains(t)).toList());
		}
		adjust(plan, matrix.stream().filter(t -> !declared.contains(t)).toList());
		results.getHypotheses().clear();
		CorrelationAnalysis.hypotheses(context);
	}

	/** "H1" for the hypothesis of the factor measured by index {@code x}, "partial H1" for its partial. */
	private static String testId(AnalysisContext context, String x, boolean partial) {
		for (Hypothesis hypothesis : context.study().getHypotheses()) {
			if (hypothesis.getFactor() != null && hypothesis.getFactor().getIndex() != null
					&& x.equals(hypothesis.getFactor().getIndex().getName())) {
				return (partial ? "partial " : "") + hypothesis.getName();
			}
		}
		return (partial ? "partial index " : "index ") + x;
	}

	private static double p(Double p) {
		return p == null ? Double.NaN : p;
	}

	private static void adjust(AnalysisPlan plan, List<Test> tests) {
		if (tests.isEmpty()) {
			return;
		}
		double[] raw = tests.stream().mapToDouble(Test::p).toArray();
		double[] adjusted = MultipleTesting.adjust(raw, CorrelationAnalysis.method(plan.getCorrection()));
		for (int i = 0; i < tests.size(); i++) {
			tests.get(i).adjusted().accept(Results.value(adjusted[i]));
		}
	}
}
