package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.Plans;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Compatibility;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.CorrelationMethod;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.MissingPolicy;
import org.factorstudio.model.study.ReliabilityModel;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.StudyFactory;
import org.factorstudio.model.study.Tails;

/** The methods paragraph of a report, generated from the study's plan so that it always says what was done. */
public final class MethodsText {

	private MethodsText() {
	}

	public static String of(Study study) {
		AnalysisPlan plan = study.getPlan() != null ? Plans.effective(study.getPlan())
				: StudyFactory.eINSTANCE.createAnalysisPlan();
		StringBuilder text = new StringBuilder();
		boolean allRule = study.getIndexVariables().stream()
				.allMatch(i -> StudyQueries.minValid(i) >= StudyQueries.members(i).size());
		text.append("Index variables are the means of their statements after reverse coding on the declared scale "
				+ "(x' = min + max - x); ");
		text.append(allRule ? "an index is computed only for respondents who answered all of its statements. "
				: "an index is computed for respondents who answered at least its declared minimum number of statements. ");
		text.append(coefficient(plan.getMethod())).append(" with ")
				.append(plan.getMissing() == MissingPolicy.PAIRWISE
						? "pairwise deletion (each pair" + (plan.getMethod() == CorrelationMethod.SPEARMAN ? " re-ranked" : "")
								+ " on the respondents with both values)"
						: "listwise deletion (respondents with all index variables)")
				.append(". ");
		text.append("p-values ").append(pValues(plan)).append(", ")
				.append(plan.getTails() == Tails.ONE ? "one-tailed in each hypothesis's declared direction"
						: "two-tailed");
		if (plan.getCorrection() != Correction.NONE) {
			String families = Plans.describeFamilies(plan);
			text.append("; ").append(correction(plan.getCorrection())).append("-adjusted over ")
					.append(families != null ? "the " + families
							: "the family of correlations with the dependent variable (the partial correlations and the"
									+ " matrix cells each form a family of their own)");
		}
		text.append("; significance level ").append(plan.getSignificanceLevel()).append(". ");
		text.append("Confidence intervals: Fisher z, ").append(Math.round(plan.getConfidenceLevel() * 100)).append("%. ");
		if (plan.isPartial()) {
			IndexVariable dependent = study.getDependent();
			text.append("Partial correlations of each factor with ")
					.append(dependent == null ? "the dependent variable" : dependent.getName())
					.append(plan.getControls().isEmpty() ? " control for all other factors ("
							: " control for " + String.join(", ", plan.getControls()) + " (")
					.append(plan.getMethod() == CorrelationMethod.SPEARMAN ? "Pearson partial correlation of the ranks"
							: "Pearson partial correlation")
					.append(", listwise, df = n - 2 - k; Fisher-z intervals with se = 1/sqrt(n - 3 - k)). ");
		}
		if (plan.isReliabilityAll() || !plan.getReliabilityFor().isEmpty()) {
			text.append("Reliability: Cronbach's alpha, ")
					.append(plan.getReliabilityModel() == ReliabilityModel.LISTWISE
							? "listwise (respondents who answered all statements of the index, as SPSS RELIABILITY)"
							: "from pairwise covariances (as R psych::alpha)")
					.append(". ");
		}
		for (var rule : plan.getScoring()) {
			text.append("Index ").append(rule.getIndex().getName()).append(" is scored with at least ")
					.append(rule.getMinValid()).append(" answered statements in this plan. ");
		}
		List<AnalysisPlan> variants = Plans.variants(study);
		if (!variants.isEmpty()) {
			text.append("Besides the primary plan '").append(Plans.name(study.getPlan())).append("', the same hypotheses are tested under ")
					.append(variants.size()).append(variants.size() == 1 ? " further plan" : " further plans")
					.append(" (robustness table): ");
			List<String> described = new ArrayList<>();
			for (AnalysisPlan variant : variants) {
				described.add(PlanVariants.settings(Plans.name(variant), Plans.effective(variant))
						.replaceFirst("\\.$", ""));
			}
			text.append(String.join("; ", described)).append(". ");
		}
		return text.toString().strip();
	}

	static String coefficient(CorrelationMethod method) {
		return switch (method) {
		case SPEARMAN -> "Correlations are Spearman's rho (Pearson correlation of mid-ranks)";
		case PEARSON -> "Correlations are Pearson's r";
		case KENDALL -> "Correlations are Kendall's tau-b";
		};
	}

	private static String pValues(AnalysisPlan plan) {
		if (plan.getMethod() == CorrelationMethod.KENDALL) {
			return plan.getCompatibility() == Compatibility.R
					? "as R cor.test (exact for tie-free n < 50, else the normal approximation with tie-corrected variance)"
					: "from the normal approximation with tie-corrected variance";
		}
		if (plan.getCompatibility() == Compatibility.R && plan.getMethod() == CorrelationMethod.SPEARMAN) {
			return "as R cor.test (exact AS 89 for tie-free n <= 1290, else the t approximation with n - 2 df)";
		}
		return "from the t approximation with n - 2 df (as SPSS)";
	}

	public static String correction(Correction correction) {
		return switch (correction) {
		case NONE -> "unadjusted";
		case BONFERRONI -> "Bonferroni";
		case HOLM -> "Holm";
		case BENJAMINI_HOCHBERG -> "Benjamini-Hochberg";
		};
	}
}
