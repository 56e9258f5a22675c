package org.factorstudio.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.internal.Numbers;
import org.factorstudio.report.tables.NumberPolicy;

/**
 * Results as APA sentences, e.g. "<i>r</i><sub>s</sub>(71) = .65, <i>p</i> &lt; .001, 95% CI [.49, .76]", made from
 * the results model and the study's plan. APA rules (Publication Manual, 7th ed., 6.36 and 6.44): statistics that
 * cannot exceed 1 (r, p) without the leading zero, r with two decimals, p with three and "p &lt; .001" below that,
 * the degrees of freedom in parentheses (n - 2 for a correlation), statistical symbols in italics. A sentence is a
 * list of {@link Run runs}, so each format sets the italics and subscripts its own way; {@link #plain(List)} gives
 * the text form ("r_s(71) = .65, p &lt; .001, 95% CI [.49, .76]").
 */
public final class ApaSentences {

	private ApaSentences() {
	}

	/** How a run of text is set. */
	public enum Style {
		PLAIN, ITALIC, SUBSCRIPT
	}

	/** A piece of a sentence in one style. */
	public record Run(String text, Style style) {

		public Run {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(style, "style");
		}

		static Run plain(String text) {
			return new Run(text, Style.PLAIN);
		}

		static Run italic(String text) {
			return new Run(text, Style.ITALIC);
		}

		static Run sub(String text) {
			return new Run(text, Style.SUBSCRIPT);
		}
	}

	/**
	 * The statistic of one correlation: "r_s(71) = .65, p &lt; .001, 95% CI [.49, .76]", with ", Holm-adjusted p =
	 * .004" after p when the correlation has an adjusted p; empty when the coefficient could not be computed.
	 */
	public static List<Run> correlation(Correlation c, String correction, int confidencePercent) {
		return correlation(c, correction, confidencePercent, NumberPolicy.APA);
	}

	/** {@link #correlation(Correlation, String, int)} with p printed by {@code policy} (a study's declared levels). */
	public static List<Run> correlation(Correlation c, String correction, int confidencePercent, NumberPolicy policy) {
		List<Run> runs = new ArrayList<>();
		if (c == null || c.getCoefficient() == null || c.getCoefficient().isNaN()) {
			return runs;
		}
		runs.addAll(symbol(c.getMethod()));
		Integer df = c.getDf() != null ? c.getDf() : c.getN() >= 2 ? c.getN() - 2 : null;
		runs.add(Run.plain((df == null ? "" : "(" + df + ")") + " = " + Numbers.bounded(c.getCoefficient(), 2) + ", "));
		runs.add(Run.italic("p"));
		runs.add(Run.plain(" " + pValue(c.getP(), policy)));
		if (c.getPAdjusted() != null) {
			runs.add(Run.plain(", " + (correction == null ? "adjusted" : correction + "-adjusted") + " "));
			runs.add(Run.italic("p"));
			runs.add(Run.plain(" " + pValue(c.getPAdjusted(), policy)));
		}
		if (c.getCiLower() != null && c.getCiUpper() != null) {
			runs.add(Run.plain(", " + confidencePercent + "% CI [" + Numbers.bounded(c.getCiLower(), 2) + ", "
					+ Numbers.bounded(c.getCiUpper(), 2) + "]"));
		}
		return runs;
	}

	/** "= .046" or "&lt; .001" (APA: exact p to three decimals, "&lt; .001" below). */
	public static String pValue(Double p) {
		return pValue(p, NumberPolicy.APA);
	}

	private static String pValue(Double p, NumberPolicy policy) {
		if (p == null || p.isNaN()) {
			return "not computable";
		}
		return policy.pRelation(p);
	}

	/** The coefficient's symbol: r_s (Spearman), tau_b (Kendall), r (Pearson). */
	static List<Run> symbol(String method) {
		String m = method == null ? "" : method.toLowerCase(Locale.ROOT);
		return switch (m) {
		case "spearman" -> List.of(Run.italic("r"), Run.sub("s"));
		case "kendall" -> List.of(Run.italic("τ"), Run.sub("b"));
		default -> List.of(Run.italic("r"));
		};
	}

	/**
	 * One sentence per hypothesis, in the order of the results: "H5 (Mål_Om_Digitalisering, positive) was supported,
	 * r_s(71) = .65, p &lt; .001, Holm-adjusted p &lt; .001, 95% CI [.49, .76]."
	 */
	public static List<List<Run>> hypotheses(ReportInput input) {
		AnalysisPlan plan = input.optionalStudy().map(Study::getPlan).orElse(null);
		String correction = plan == null || plan.getCorrection() == Correction.NONE ? null : correctionName(plan.getCorrection());
		int confidence = plan == null ? 95 : (int) Math.round(plan.getConfidenceLevel() * 100);
		NumberPolicy policy = NumberPolicy.APA.withLevelsOfInput(input);
		List<List<Run>> sentences = new ArrayList<>();
		for (HypothesisOutcome h : input.results().getHypotheses()) {
			Correlation c = input.results().getDependentCorrelations().stream()
					.filter(x -> h.getIndex() != null && h.getIndex().equals(x.getX())).findFirst().orElse(null);
			List<Run> sentence = new ArrayList<>();
			StringBuilder opening = new StringBuilder(Objects.toString(h.getHypothesis(), "A hypothesis"));
			opening.append(" (").append(Objects.toString(h.getFactor(), Objects.toString(h.getIndex(), "?")));
			if (c != null && c.getY() != null) {
				opening.append(" with ").append(c.getY());
			}
			if (h.getDirection() != null) {
				opening.append(", ").append(h.getDirection());
			}
			opening.append(")");
			List<Run> statistic = correlation(c, correction, confidence, policy);
			if (statistic.isEmpty()) {
				sentence.add(Run.plain(opening + " could not be tested" + (h.getNote() == null ? "" : ": " + h.getNote()) + "."));
			} else {
				sentence.add(Run.plain(opening + " was " + (h.isSupported() ? "supported" : "not supported") + ", "));
				sentence.addAll(statistic);
				sentence.add(Run.plain("."));
			}
			sentences.add(List.copyOf(sentence));
		}
		return sentences;
	}

	/** The text form: subscripts after an underscore ("r_s(71) = .65, p &lt; .001"). */
	public static String plain(List<Run> runs) {
		StringBuilder text = new StringBuilder();
		for (Run run : runs) {
			text.append(run.style() == Style.SUBSCRIPT ? "_" + run.text() : run.text());
		}
		return text.toString();
	}

	static String correctionName(Correction correction) {
		return switch (correction) {
		case NONE -> "un";
		case BONFERRONI -> "Bonferroni";
		case HOLM -> "Holm";
		case BENJAMINI_HOCHBERG -> "Benjamini-Hochberg";
		};
	}
}
