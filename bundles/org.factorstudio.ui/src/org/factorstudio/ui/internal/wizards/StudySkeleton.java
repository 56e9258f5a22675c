package org.factorstudio.ui.internal.wizards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.factorstudio.ui.internal.preferences.PlanDefaults;

/**
 * The text of a new study bound to a data file: columns with whole numbers become indicators on a
 * Likert scale (1..k, k the largest value most whole-number columns reach), columns with text or with codes
 * beyond that scale (county or industry numbers) become background columns, a column called like an id
 * becomes the id. Names that are not valid study
 * names get a valid one and keep their column with {@code column "..."}.
 */
public final class StudySkeleton {

	private static final Pattern ID = Pattern.compile("[A-Za-z_\\u00C0-\\u024F][A-Za-z0-9_\\u00C0-\\u024F]*");

	/** The language's keywords: a column named like one is written with the escape {@code ^}. */
	private static final Set<String> KEYWORDS = Set.of("a", "all", "analysis", "area", "background", "bonferroni",
			"by", "column", "compatibility", "confidence", "correction", "data", "decimal", "delimiter", "dependent",
			"description", "documents", "encoding", "factor", "for", "format", "holm", "hypothesis", "id", "index",
			"indicators", "interviews", "kendall", "listwise", "literature", "measured", "method", "min", "missing",
			"negative", "none", "one", "other", "pairwise", "partial", "pearson", "positive", "r", "recommendation",
			"reliability", "reversed", "run", "scale", "sheet", "significance", "sources", "spearman", "spss",
			"status", "stop", "study", "survey", "tails", "translation", "two", "undirected", "z");

	private static final Set<String> ID_COLUMNS = Set.of("id", "respondent_id", "respondentid", "respondent", "resp_id",
			"responseid", "response_id", "participant", "participant_id", "case", "caseid");

	private StudySkeleton() {
	}

	/** A valid study name from free text (the project name). */
	public static String studyName(String text) {
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (char c : text.toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
			name.insert(0, "Study");
		}
		return name.toString();
	}

	/** The column that identifies respondents, or null. */
	public static String idColumn(List<String> header) {
		for (String column : header) {
			if (ID_COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
				return column;
			}
		}
		return null;
	}

	/**
	 * The top of the answer scale: the largest value most whole-number columns reach (a survey's statements share
	 * one scale), between 2 and 10; 5 when no column looks like answers.
	 */
	static int scaleMax(DataFileSample sample, String idColumn) {
		Map<Integer, Integer> columnsByMax = new HashMap<>();
		for (int i = 0; i < sample.header().size(); i++) {
			if (!sample.header().get(i).equals(idColumn) && sample.isWholeNumbers(i)) {
				int observed = sample.max(i);
				if (observed >= 2 && observed <= 10) {
					columnsByMax.merge(observed, 1, Integer::sum);
				}
			}
		}
		return columnsByMax.entrySet().stream()
				.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey).orElse(5);
	}

	public static String text(String studyName, String dataFileName, DataFileSample sample, PlanDefaults plan) {
		String idColumn = idColumn(sample.header());
		List<String> indicators = new ArrayList<>();
		List<String> background = new ArrayList<>();
		Set<String> used = new HashSet<>();
		int max = scaleMax(sample, idColumn);
		for (int i = 0; i < sample.header().size(); i++) {
			String column = sample.header().get(i);
			if (column.isEmpty() || column.equals(idColumn)) {
				continue;
			}
			// codes beyond the answers' scale (county or industry numbers) are background, not statements
			if (sample.isWholeNumbers(i) && sample.max(i) <= max) {
				String name = uniqueName(column, used);
				indicators.add(name.equals(column) || ("^" + column).equals(name) ? "\t" + name
						: "\t" + name + " column \"" + escape(column) + "\"");
			} else {
				background.add(quotedColumn(column));
			}
		}
		StringBuilder text = new StringBuilder();
		text.append("// ").append(studyName).append(": a study of ").append(dataFileName)
				.append(", created by the New Study wizard.\n");
		text.append("// Next: give the indicators their question text, declare index variables, the factor framework,\n");
		text.append("// the dependent variable and the hypotheses, then run the analysis (Ctrl+R).\n");
		text.append("study ").append(studyName).append("\n\n");
		text.append("scale Likert").append(max).append(" 1..").append(max).append("\n\n");
		text.append("indicators \"").append(escape(dataFileName)).append("\" scale Likert").append(max).append(" {\n");
		indicators.forEach(line -> text.append(line).append('\n'));
		text.append("}\n\n");
		text.append("// index MyIndex = q01, q02, reversed q03\n");
		text.append("// dependent MyIndex\n\n");
		text.append("data \"").append(escape(dataFileName)).append("\" {\n");
		if (sample.delimiter() != ',') {
			text.append("\tdelimiter \"").append(sample.delimiter() == '\t' ? "\\t" : String.valueOf(sample.delimiter()))
					.append("\"\n");
		}
		if (idColumn != null) {
			text.append("\tid ").append(quotedColumn(idColumn)).append('\n');
		}
		if (!background.isEmpty()) {
			text.append("\tbackground ").append(String.join(", ", background)).append('\n');
		}
		text.append("}\n\n");
		text.append("analysis {\n");
		text.append("\tmethod ").append(plan.method()).append('\n');
		text.append("\ttails ").append(plan.tails()).append('\n');
		text.append("\tmissing ").append(plan.missing()).append('\n');
		text.append("\tsignificance ").append(plan.significance()).append('\n');
		text.append("\tcorrection ").append(plan.correction()).append('\n');
		text.append("\tcompatibility ").append(plan.compatibility()).append('\n');
		text.append("}\n");
		return text.toString();
	}

	private static String uniqueName(String column, Set<String> used) {
		String name;
		if (ID.matcher(column).matches()) {
			name = KEYWORDS.contains(column) ? "^" + column : column;
		} else {
			name = column.replaceAll("[^A-Za-z0-9_\\u00C0-\\u024F]+", "_");
			if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
				name = "c_" + name;
			}
			if (KEYWORDS.contains(name)) {
				name = "^" + name;
			}
		}
		String unique = name;
		for (int i = 2; !used.add(unique.toLowerCase(Locale.ROOT)); i++) {
			unique = name + "_" + i;
		}
		return unique;
	}

	private static String quotedColumn(String column) {
		return ID.matcher(column).matches() && !KEYWORDS.contains(column) ? column : "\"" + escape(column) + "\"";
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
