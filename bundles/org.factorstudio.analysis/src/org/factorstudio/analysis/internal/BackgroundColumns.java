package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.data.Dataset;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.ColumnLabels;
import org.factorstudio.model.study.DataSource;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.ValueLabel;

/**
 * The background columns a study declares ({@code background county, industry} in its data block), as the
 * background and group-comparison analyses read them: their values per respondent, whether they are
 * categorical, their groups in order and the value labels declared for them ({@code labels county = Counties}).
 *
 * <p>A column is <b>categorical</b> when it holds text, when the study declares labels for it, or when its
 * values are whole numbers with at most {@link #MAX_CODES} distinct values (codes such as county numbers);
 * otherwise (fractions, or many distinct numbers such as an age) it is numeric.
 */
final class BackgroundColumns {

	static final String PROBLEM_PREFIX = "org.factorstudio.analysis.background.";

	/** Whole-number columns with more distinct values than this are numeric, not codes. */
	static final int MAX_CODES = 30;

	private BackgroundColumns() {
	}

	/**
	 * One background column.
	 *
	 * @param name       the column's name as declared
	 * @param numeric    the values as numbers (NaN = missing), or null for a text column
	 * @param groupOfRow per row the group key (the code as written, or the text), null when missing
	 * @param groups     the group keys in order (codes numerically, text alphabetically), with the declared
	 *                   labels' codes even where nobody chose them
	 * @param labels     the declared label of each group key that has one
	 * @param categorical whether the column is categorical (see the class comment)
	 * @param labelled    whether the study declares labels for it
	 */
	record Column(String name, double[] numeric, String[] groupOfRow, List<String> groups, Map<String, String> labels,
			boolean categorical, boolean labelled) {

		/** The label of a group, or its key when none is declared. */
		String label(String group) {
			return labels.getOrDefault(group, group);
		}

		/** Rows of each group, in the order of {@link #groups()}. */
		Map<String, List<Integer>> rowsByGroup() {
			Map<String, List<Integer>> rows = new LinkedHashMap<>();
			for (String group : groups) {
				rows.put(group, new ArrayList<>());
			}
			for (int r = 0; r < groupOfRow.length; r++) {
				if (groupOfRow[r] != null) {
					rows.computeIfAbsent(groupOfRow[r], g -> new ArrayList<>()).add(r);
				}
			}
			return rows;
		}
	}

	/** The declared background column names, in declaration order. */
	static List<String> declared(AnalysisContext context) {
		DataSource source = context.study().getDataSource();
		return source == null ? List.of() : List.copyOf(source.getBackgroundColumns());
	}

	/**
	 * The column, or empty after reporting an error when it is not declared as background or not in the data.
	 *
	 * @param analysis the analysis's name, for the message
	 */
	static Optional<Column> column(AnalysisContext context, String analysis, String name) {
		List<String> declared = declared(context);
		if (!declared.contains(name)) {
			context.problem(Severity.ERROR, PROBLEM_PREFIX + "unknownColumn", analysis + ": '" + name
					+ "' is not a declared background column"
					+ (declared.isEmpty() ? " (the data block declares none: add background " + name + ")"
							: "; declared: " + String.join(", ", declared)));
			return Optional.empty();
		}
		Dataset data = context.dataset();
		if (!data.hasColumn(name)) {
			context.problem(Severity.ERROR, PROBLEM_PREFIX + "columnMissing", analysis + ": the data have no column '"
					+ name + "'");
			return Optional.empty();
		}
		return Optional.of(read(context, name));
	}

	static Column read(AnalysisContext context, String name) {
		Dataset data = context.dataset();
		Map<String, String> labels = new LinkedHashMap<>();
		boolean labelled = false;
		DataSource source = context.study().getDataSource();
		if (source != null) {
			for (ColumnLabels declaration : source.getColumnLabels()) {
				Scale scale = declaration.getScale();
				if (name.equals(declaration.getColumn()) && scale != null && !scale.eIsProxy()) {
					labelled = true;
					for (ValueLabel label : scale.getLabels()) {
						labels.put(Integer.toString(label.getValue()), label.getLabel());
					}
				}
			}
		}
		int rows = data.rowCount();
		String[] groupOfRow = new String[rows];
		if (data.type(name) == Dataset.ColumnType.TEXT) {
			String[] text = data.textColumn(name);
			TreeSet<String> groups = new TreeSet<>(labels.keySet());
			for (int r = 0; r < rows; r++) {
				String value = text[r] == null ? null : text[r].strip();
				groupOfRow[r] = value == null || value.isEmpty() ? null : value;
				if (groupOfRow[r] != null) {
					groups.add(groupOfRow[r]);
				}
			}
			return new Column(name, null, groupOfRow, List.copyOf(groups), labels, true, labelled);
		}
		double[] values = data.column(name);
		boolean whole = true;
		TreeMap<Double, String> codes = new TreeMap<>();
		for (String code : labels.keySet()) {
			codes.put(Double.parseDouble(code), code);
		}
		TreeSet<Double> observed = new TreeSet<>();
		for (int r = 0; r < rows; r++) {
			double v = values[r];
			if (Double.isNaN(v)) {
				continue;
			}
			observed.add(v);
			if (v != Math.rint(v) || Math.abs(v) > 1e15) {
				whole = false;
				continue;
			}
			String key = Long.toString((long) v);
			groupOfRow[r] = key;
			codes.putIfAbsent(v, key);
		}
		boolean categorical = whole && (labelled || observed.size() <= MAX_CODES);
		if (!categorical) {
			java.util.Arrays.fill(groupOfRow, null);
			return new Column(name, values, groupOfRow, List.of(), labels, false, labelled);
		}
		return new Column(name, values, groupOfRow, List.copyOf(codes.values()), labels, true, labelled);
	}

	/** Why a column is not categorical, for messages. */
	static String whyNotCategorical(Column column) {
		return "'" + column.name() + "' holds " + (column.labelled() ? "numbers with decimals"
				: "numbers that are not codes (decimals, or more than " + MAX_CODES + " distinct values)")
				+ "; group comparisons need a categorical column (codes or text)";
	}
}
