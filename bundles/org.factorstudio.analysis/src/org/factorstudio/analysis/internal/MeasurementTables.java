package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis;
import org.factorstudio.analysis.stats.Listwise;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.StudyQueries.Member;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.IndexVariable;

/**
 * What the measurement analyses (polychoric, omega, cfa) share: which index variables a request names, the
 * reverse-coded statements of an index, listwise rows, and generic result tables (so every report format
 * and the Result Tables view show them without renderers of their own).
 */
final class MeasurementTables {

	static final String PROBLEM_PREFIX = "org.factorstudio.analysis.measurement.";

	private MeasurementTables() {
	}

	/** The reverse-coded answers of an index's statements, with their names ("reversed q67"). */
	record Items(IndexVariable index, List<String> names, List<String> labels, double[][] columns) {
	}

	static Items items(AnalysisContext context, IndexVariable index) {
		List<Member> members = StudyQueries.members(index);
		List<String> names = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		double[][] columns = new double[members.size()][];
		for (int i = 0; i < members.size(); i++) {
			Member member = members.get(i);
			names.add(member.indicator().getName());
			labels.add((member.reversed() ? "reversed " : "") + member.indicator().getName());
			columns[i] = context.keyedValues(member);
		}
		return new Items(index, names, labels, columns);
	}

	/**
	 * The index variables of the request's {@code indices} parameter: {@code all} (default) = every index with
	 * at least {@code minimum} statements, else a comma-separated list of index names. Unknown names and
	 * indices with too few statements are reported (error and warning) and left out.
	 */
	static Optional<List<IndexVariable>> indices(AnalysisContext context, String analysis, int minimum) {
		String value = context.parameter("indices").map(String::trim).orElse("all");
		List<IndexVariable> chosen = new ArrayList<>();
		if (value.isEmpty() || value.equalsIgnoreCase("all")) {
			List<String> tooSmall = new ArrayList<>();
			for (IndexVariable index : context.indexVariables()) {
				if (StudyQueries.members(index).size() >= minimum) {
					chosen.add(index);
				} else {
					tooSmall.add(index.getName());
				}
			}
			if (!tooSmall.isEmpty()) {
				context.problem(Severity.INFO, PROBLEM_PREFIX + "indexLeftOut", analysis + ": left out "
						+ String.join(", ", tooSmall) + " (fewer than " + minimum + " statements)");
			}
		} else {
			Set<String> names = new LinkedHashSet<>();
			for (String name : value.split(",")) {
				if (!name.isBlank()) {
					names.add(name.trim());
				}
			}
			for (String name : names) {
				Optional<IndexVariable> index = context.indexVariables().stream()
						.filter(i -> i.getName().equals(name)).findFirst();
				if (index.isEmpty()) {
					context.problem(Severity.ERROR, PROBLEM_PREFIX + "unknownIndex", analysis + ": indices = \"" + value
							+ "\" names '" + name + "', which is not an index variable of the study");
					return Optional.empty();
				}
				if (StudyQueries.members(index.get()).size() < minimum) {
					context.problem(Severity.WARNING, PROBLEM_PREFIX + "indexLeftOut", analysis + ": index " + name
							+ " has " + StudyQueries.members(index.get()).size() + " statement(s); it needs at least "
							+ minimum + " and is left out");
				} else {
					chosen.add(index.get());
				}
			}
		}
		return Optional.of(chosen);
	}

	/** A parameter that must be one of the given words (case-insensitive); empty after reporting otherwise. */
	static Optional<String> choice(AnalysisContext context, String analysis, String key, String fallback,
			List<String> allowed) {
		String value = context.parameter(key).map(String::trim).map(s -> s.toLowerCase(Locale.ROOT)).orElse(fallback);
		if (!allowed.contains(value)) {
			context.problem(Severity.ERROR, PROBLEM_PREFIX + "invalidParameter", analysis + ": " + key + " = \"" + value
					+ "\"; expected one of " + String.join(", ", allowed));
			return Optional.empty();
		}
		return Optional.of(value);
	}

	static Optional<Double> level(AnalysisContext context, String analysis) {
		try {
			double level = context.parameter("level").map(String::trim).map(Double::parseDouble)
					.orElse(context.plan().getConfidenceLevel() > 0 ? context.plan().getConfidenceLevel() : 0.95);
			if (level <= 0.5 || level >= 1) {
				throw new NumberFormatException("level must lie between 0.5 and 1");
			}
			return Optional.of(level);
		} catch (NumberFormatException e) {
			context.problem(Severity.ERROR, PROBLEM_PREFIX + "invalidParameter", analysis + ": " + e.getMessage());
			return Optional.empty();
		}
	}

	static boolean[] complete(double[][] columns) {
		return Listwise.completeRows(columns);
	}

	/** The complete rows only (the kernels take complete data). */
	static double[][] masked(double[][] columns, boolean[] keep) {
		return ConfirmatoryFactorAnalysis.rows(columns, keep);
	}

	static int count(boolean[] keep) {
		int n = 0;
		for (boolean k : keep) {
			n += k ? 1 : 0;
		}
		return n;
	}

	static ResultTable table(String analysisId, String title, List<String> textColumns, List<String> numericColumns) {
		ResultTable table = Results.FACTORY.createResultTable();
		table.setAnalysisId(analysisId);
		table.setTitle(title);
		for (String name : textColumns) {
			table.getColumns().add(column(name, false));
		}
		for (String name : numericColumns) {
			table.getColumns().add(column(name, true));
		}
		return table;
	}

	static ResultColumn column(String name, boolean numeric) {
		ResultColumn column = Results.FACTORY.createResultColumn();
		column.setName(name);
		column.setNumeric(numeric);
		column.setKind(numeric ? ColumnKind.UNSPECIFIED : ColumnKind.TEXT);
		return column;
	}

	/** A numeric column whose numbers every surface formats by their kind (the report's number policy). */
	static ResultColumn column(String name, ColumnKind kind) {
		ResultColumn column = column(name, kind != ColumnKind.TEXT);
		column.setKind(kind);
		return column;
	}

	/**
	 * Says what the numeric columns of a table hold, in their order (the text columns are text), so that reports
	 * print ".318", "85.31" and "< .001" by the number policy rather than the cells' own texts.
	 *
	 * @throws IllegalStateException when the kinds do not match the numeric columns one to one
	 */
	static ResultTable typed(ResultTable table, ColumnKind... kinds) {
		List<ResultColumn> numeric = table.getColumns().stream().filter(ResultColumn::isNumeric).toList();
		if (numeric.size() != kinds.length) {
			throw new IllegalStateException(table.getTitle() + ": " + kinds.length + " kinds for " + numeric.size()
					+ " numeric columns");
		}
		for (int i = 0; i < kinds.length; i++) {
			numeric.get(i).setKind(kinds[i]);
		}
		return table;
	}

	/** {@link #typed} with one kind for every numeric column. */
	static ResultTable typedAll(ResultTable table, ColumnKind kind) {
		table.getColumns().stream().filter(ResultColumn::isNumeric).forEach(c -> c.setKind(kind));
		return table;
	}

	static ResultRow row(ResultCell... cells) {
		ResultRow row = Results.FACTORY.createResultRow();
		row.getCells().addAll(List.of(cells));
		return row;
	}

	static ResultCell text(String text) {
		ResultCell cell = Results.FACTORY.createResultCell();
		cell.setText(text);
		return cell;
	}

	static ResultCell count(int value) {
		ResultCell cell = text(Integer.toString(value));
		cell.setNumber((double) value);
		return cell;
	}

	/** A number shown with the given decimals; the full value is kept in the cell's number. */
	static ResultCell number(double value, int decimals) {
		if (Double.isNaN(value)) {
			return text("not computable");
		}
		ResultCell cell = text(String.format(Locale.ROOT, "%." + decimals + "f", value));
		cell.setNumber(value);
		return cell;
	}

	static ResultCell number(double value) {
		return number(value, 3);
	}

	/** A p-value as APA prints it (&lt;.001), the full value in the cell's number. */
	static ResultCell p(double value) {
		if (Double.isNaN(value)) {
			return text("not computable");
		}
		ResultCell cell = text(value < 0.001 ? "<.001" : String.format(Locale.ROOT, "%.3f", value));
		cell.setNumber(value);
		return cell;
	}
}
