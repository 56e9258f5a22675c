package org.factorstudio.report.tables;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.factorstudio.model.Plans;
import org.factorstudio.model.results.Provenance;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;
import org.factorstudio.report.internal.Framework;
import org.factorstudio.report.internal.Provenances;

/**
 * What the table classes share: the results, the study's framework (groups, order, labels), the analysis plan
 * and the number policy, and the helpers that make cells from them.
 */
public final class TableContext {

	private final ReportInput input;
	private final StudyResults results;
	private final Framework framework;
	private final NumberPolicy policy;

	private TableContext(ReportInput input, NumberPolicy policy) {
		this.input = Objects.requireNonNull(input, "input");
		this.results = input.results();
		this.framework = Framework.of(input);
		// a p just below the study's own significance level is told from it, as from .05 (NumberPolicy.p)
		this.policy = Objects.requireNonNull(policy, "policy").withLevelsOfInput(input);
	}

	/** The tables' context; {@code policy} with the significance levels of the input's study declared. */
	public static TableContext of(ReportInput input, NumberPolicy policy) {
		return new TableContext(input, policy);
	}

	public ReportInput input() {
		return input;
	}

	public StudyResults results() {
		return results;
	}

	public NumberPolicy policy() {
		return policy;
	}

	/** The area of the framework an index variable belongs to (a group of rows), or null. */
	String groupOf(String index) {
		return framework.groupOf(index);
	}

	/** The rows in the framework's order of their index variables. */
	<T> List<T> sorted(List<T> rows, Function<T, String> index) {
		List<T> copy = new ArrayList<>(rows);
		copy.sort(Comparator.comparingInt(row -> framework.order(index.apply(row))));
		return copy;
	}

	String label(String index, String fallback) {
		String label = framework.indexLabels().get(index);
		if (label != null) {
			return label;
		}
		return framework.factorOf(index).map(f -> f.label()).orElse(fallback);
	}

	static Row row(String group, EObject source, Cell... cells) {
		return new Row(group, List.of(cells), source);
	}

	Cell count(Integer value, String provenance, EObject source) {
		return Cell.number(policy, Kind.COUNT, value, provenance, source);
	}

	Cell number(Kind kind, Number value, String provenance, EObject source) {
		return Cell.number(policy, kind, value, provenance, source);
	}

	static Cell text(String text, String provenance, EObject source) {
		return new Cell(text, null, provenance, Kind.TEXT, source);
	}

	static String describe(String what, Number value, Provenance provenance, String... extras) {
		return Provenances.describe(what, value, provenance, extras);
	}

	/** The data file as the study names it (relative to the study's folder) when it lies below that folder. */
	String relativeToStudy(String file) {
		if (file == null || results.getStudyFile() == null) {
			return file;
		}
		try {
			Path data = Path.of(file);
			Path folder = Path.of(results.getStudyFile()).toAbsolutePath().normalize().getParent();
			if (data.isAbsolute() && folder != null && data.normalize().startsWith(folder)) {
				return folder.relativize(data.normalize()).toString();
			}
		} catch (InvalidPathException e) {
			// not a path of this file system: show it as recorded
		}
		return file;
	}

	static String listed(List<String> ids) {
		return ids.size() <= 25 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 25)) + ", ... (" + ids.size() + ")";
	}

	static List<String> nonNull(String... parts) {
		return Arrays.stream(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
	}

	AnalysisPlan plan() {
		return input.optionalStudy().map(Study::getPlan).orElse(null);
	}

	/** "Holm-adjusted", or "adjusted for multiple testing" when the plan is not known. */
	String correction() {
		AnalysisPlan plan = plan();
		if (plan == null) {
			return "adjusted for multiple testing";
		}
		return correctionName(plan.getCorrection()) + "-adjusted";
	}

	/**
	 * The note of a table's adjusted p: the correction over the table's tests, or, when the plan declares
	 * correction families, the families the tests were adjusted in.
	 */
	String adjustedNote(String overWhat) {
		AnalysisPlan plan = plan();
		String families = plan == null ? null : Plans.describeFamilies(plan);
		if (families != null) {
			return "p adj.: " + correction() + " within the " + families + ".";
		}
		return "p adj.: " + correction() + " over the " + overWhat + ".";
	}

	/** The partial correlations' declared controls, or empty for the default (all other factors). */
	List<String> declaredControls() {
		AnalysisPlan plan = plan();
		return plan == null ? List.of() : List.copyOf(Plans.effective(plan).getControls());
	}

	String significance() {
		AnalysisPlan plan = plan();
		return plan == null ? "" : " (α = " + Plans.significanceText(plan) + ")";
	}

	int confidencePercent() {
		AnalysisPlan plan = plan();
		return plan == null ? 95 : (int) Math.round(plan.getConfidenceLevel() * 100);
	}

	String ciRule() {
		return confidencePercent() + "% confidence interval, Fisher z";
	}

	/**
	 * The p the decisions use: the adjusted p when there is one (the study declares a correction), else the
	 * reported p. Stars are set on it.
	 */
	static Double decisionP(Double p, Double pAdjusted) {
		return pAdjusted != null ? pAdjusted : p;
	}

	/** The note defining the stars of a table whose rows have adjusted p-values, or not. */
	String starsNote(boolean adjusted) {
		if (!adjusted) {
			return NumberPolicy.starsNote("reported p");
		}
		AnalysisPlan plan = plan();
		String which = plan == null ? "adjusted p" : correctionName(plan.getCorrection()) + "-adjusted p";
		return NumberPolicy.starsNote(which + ", the p the decisions use");
	}

	/** The coefficient's symbol for a table header. */
	public static String symbol(String method) {
		if (method == null) {
			return "r";
		}
		return switch (method.toLowerCase(Locale.ROOT)) {
		case "spearman" -> "ρ";
		case "kendall" -> "τ";
		default -> "r";
		};
	}

	public static String methodName(String method) {
		if (method == null) {
			return "Correlation";
		}
		return switch (method.toLowerCase(Locale.ROOT)) {
		case "spearman" -> "Spearman's rho";
		case "kendall" -> "Kendall's tau-b";
		case "pearson" -> "Pearson's r";
		default -> method;
		};
	}

	public static String correctionName(Correction correction) {
		return switch (correction) {
		case NONE -> "un";
		case BONFERRONI -> "Bonferroni";
		case HOLM -> "Holm";
		case BENJAMINI_HOCHBERG -> "Benjamini-Hochberg";
		};
	}

	/**
	 * At most {@code shown} names and how many there are in all: a hover text naming every other factor of a
	 * framework of a thousand would make the table grow with the square of its rows.
	 */
	static String someOf(List<String> names, int shown) {
		if (names.size() <= shown) {
			return String.join(", ", names);
		}
		return String.join(", ", names.subList(0, shown)) + ", ... (" + names.size() + " in all)";
	}

	static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "table" : slug;
	}
}
