package org.factorstudio.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.FamilyMember;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.ScoringRule;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.StudyFactory;
import org.factorstudio.model.study.StudyPackage.Literals;
import org.factorstudio.model.study.TestFamily;

/**
 * The analysis plans of a study as the DSL, the engine and the reports read them: the first declared
 * plan is the primary one; a plan that {@code extends} another starts from that plan's settings and
 * states only what differs ({@link #effective}).
 */
public final class Plans {

	/** The name of an unnamed plan (an {@code analysis { }} block). */
	public static final String PRIMARY = "primary";

	/** The settings a plan inherits unless it states them (all unsettable, so "stated" is {@code eIsSet}). */
	private static final List<EAttribute> SETTINGS = List.of(Literals.ANALYSIS_PLAN__METHOD,
			Literals.ANALYSIS_PLAN__TAILS, Literals.ANALYSIS_PLAN__MISSING, Literals.ANALYSIS_PLAN__SIGNIFICANCE_LEVEL,
			Literals.ANALYSIS_PLAN__CONFIDENCE_LEVEL, Literals.ANALYSIS_PLAN__CORRECTION, Literals.ANALYSIS_PLAN__PARTIAL,
			Literals.ANALYSIS_PLAN__RELIABILITY_MODEL, Literals.ANALYSIS_PLAN__COMPATIBILITY);

	private Plans() {
	}

	/**
	 * The plan's significance level as APA writes it: ".05", ".01", ".005" (no leading zero, at least two
	 * decimals), for every text that names it (the hypotheses' notes in the results, the reports' notes).
	 */
	public static String significanceText(AnalysisPlan plan) {
		BigDecimal value = BigDecimal.valueOf(plan.getSignificanceLevel()).stripTrailingZeros();
		if (value.scale() < 2) {
			value = value.setScale(2);
		}
		String text = value.toPlainString();
		return text.startsWith("0.") ? text.substring(1) : text;
	}

	/** The plan's name as reports print it: its declared name, or {@value #PRIMARY} when unnamed. */
	public static String name(AnalysisPlan plan) {
		return plan.getName() == null || plan.getName().isEmpty() ? PRIMARY : plan.getName();
	}

	/** The plans beside the primary one, in declaration order. */
	public static List<AnalysisPlan> variants(Study study) {
		return study.getPlans().size() <= 1 ? List.of() : List.copyOf(study.getPlans().subList(1, study.getPlans().size()));
	}

	/**
	 * The plans {@code plan} extends, nearest first, stopping before a plan seen twice (a cycle, which the
	 * validator reports) or an unresolved reference.
	 */
	public static List<AnalysisPlan> ancestors(AnalysisPlan plan) {
		Set<AnalysisPlan> seen = new LinkedHashSet<>();
		seen.add(plan);
		List<AnalysisPlan> chain = new ArrayList<>();
		AnalysisPlan base = plan.getBase();
		while (base != null && !base.eIsProxy() && seen.add(base)) {
			chain.add(base);
			base = base.getBase();
		}
		return chain;
	}

	/**
	 * A detached plan with every setting resolved: the settings of the plans it extends (farthest first),
	 * overridden by those it states itself. Controls, families and the reliability request are replaced as
	 * a whole by the nearest plan that states them; scoring rules add up, the nearest plan's rule for an
	 * index winning. {@code run} requests are the plan's own.
	 */
	public static AnalysisPlan effective(AnalysisPlan plan) {
		List<AnalysisPlan> chain = new ArrayList<>(ancestors(plan));
		java.util.Collections.reverse(chain);
		chain.add(plan);
		AnalysisPlan effective = StudyFactory.eINSTANCE.createAnalysisPlan();
		effective.setName(plan.getName());
		Map<IndexVariable, ScoringRule> scoring = new LinkedHashMap<>();
		for (AnalysisPlan step : chain) {
			for (EAttribute setting : SETTINGS) {
				if (step.eIsSet(setting)) {
					effective.eSet(setting, step.eGet(setting));
				}
			}
			if (!step.getControls().isEmpty()) {
				effective.getControls().clear();
				effective.getControls().addAll(step.getControls());
			}
			if (!step.getFamilies().isEmpty()) {
				effective.getFamilies().clear();
				effective.getFamilies().addAll(EcoreUtil.copyAll(step.getFamilies()));
			}
			if (step.isReliabilityAll() || !step.getReliabilityFor().isEmpty()) {
				effective.setReliabilityAll(step.isReliabilityAll());
				effective.getReliabilityFor().clear();
				effective.getReliabilityFor().addAll(step.getReliabilityFor());
			}
			for (ScoringRule rule : step.getScoring()) {
				scoring.remove(rule.getIndex());
				scoring.put(rule.getIndex(), rule);
			}
		}
		effective.getScoring().addAll(EcoreUtil.copyAll(scoring.values()));
		effective.getAnalyses().addAll(EcoreUtil.copyAll(plan.getAnalyses()));
		return effective;
	}

	/**
	 * The plan's significance level as {@link #effective} resolves it (its own, else the nearest plan it extends
	 * that states one, else the default), without copying the plan.
	 */
	public static double significanceLevel(AnalysisPlan plan) {
		if (plan.isSetSignificanceLevel()) {
			return plan.getSignificanceLevel();
		}
		for (AnalysisPlan base : ancestors(plan)) {
			if (base.isSetSignificanceLevel()) {
				return base.getSignificanceLevel();
			}
		}
		return plan.getSignificanceLevel();
	}

	/** The minimum-valid rule of an index under a plan: the plan's scoring rule, else the index's own. */
	public static int minValid(AnalysisPlan plan, IndexVariable index) {
		if (plan != null) {
			for (ScoringRule rule : plan.getScoring()) {
				if (rule.getIndex() == index) {
					return rule.getMinValid();
				}
			}
		}
		return StudyQueries.minValid(index);
	}

	/** The families in words, for the methods text and the reports' notes. */
	public static String describeFamilies(AnalysisPlan plan) {
		if (plan.getFamilies().isEmpty()) {
			return null;
		}
		List<String> families = new ArrayList<>();
		for (TestFamily family : plan.getFamilies()) {
			List<String> members = new ArrayList<>();
			for (FamilyMember member : family.getMembers()) {
				members.add(member.isMatrix() ? "the matrix cells"
						: (member.isPartial() ? "partial " : "") + (member.getHypothesis() == null ? "?" : member.getHypothesis().getName()));
			}
			families.add("'" + family.getName() + "' (" + String.join(", ", members) + ")");
		}
		return "declared correction families: " + String.join("; ", families)
				+ "; every other test stays in its default family (the remaining correlations with the dependent"
				+ " variable, the remaining partial correlations, the matrix cells)";
	}
}
