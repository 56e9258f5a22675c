package org.factorstudio.report;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.factorstudio.report.tables.NumberPolicy;

/**
 * One table of a report, independent of the output format: an id (also the CSV file name), a title, typed
 * columns, rows and notes. Rows may belong to a group (an area of the framework), shown as a sub-heading
 * where the group changes. Every cell keeps its exact value and a provenance text besides its display text,
 * so HTML can show where a number comes from and CSV can write the number at full precision.
 */
public record ReportTable(String id, String title, List<Column> columns, List<Row> rows, List<String> notes) {

	public ReportTable {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
		for (Row row : rows) {
			if (row.cells().size() != columns.size()) {
				throw new IllegalArgumentException(
						"table " + id + ": a row has " + row.cells().size() + " cells for " + columns.size() + " columns");
			}
		}
	}

	/** Whether any row belongs to a group. */
	public boolean hasGroups() {
		return rows.stream().anyMatch(row -> row.group() != null);
	}

	/** A column; numeric columns are right-aligned and their cells carry values. */
	public record Column(String name, boolean numeric) {

		public Column {
			Objects.requireNonNull(name, "name");
		}

		public static Column text(String name) {
			return new Column(name, false);
		}

		public static Column number(String name) {
			return new Column(name, true);
		}
	}

	/** The index of the column named {@code name}; -1 when there is none. */
	public int columnIndex(String name) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	/** The display texts of the rows, cell by cell: what every surface shows of this table. */
	public List<List<String>> texts() {
		return rows.stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
	}

	/** What a number is, which decides its decimals and leading zero ({@link NumberPolicy#format}). */
	public enum Kind {
		/** Text, not a number. */
		TEXT,
		/** A count (n, k, df, a line): no decimals. */
		COUNT,
		/** A statistic in the unit of the data (M, SD, min, max): two decimals, leading zero. */
		STATISTIC,
		/** A correlation or other coefficient bounded by 1: no leading zero, the policy's decimals. */
		COEFFICIENT,
		/** A bounded coefficient shown short (alpha, interval limits, matrix cells): two decimals, no leading zero. */
		SHORT_COEFFICIENT,
		/** A p-value: APA ("< .001"). */
		P,
		/** A number of unknown kind (a plugin's cell): three decimals, leading zero. */
		VALUE
	}

	/**
	 * A row; {@code group} is the sub-heading it belongs to, or null; {@code source} is the results object the
	 * row shows (a {@code Correlation}, a {@code Reliability} ...), or null.
	 */
	public record Row(String group, List<Cell> cells, EObject source) {

		public Row {
			cells = List.copyOf(cells);
		}

		public Row(String group, List<Cell> cells) {
			this(group, cells, null);
		}
	}

	/**
	 * A cell: the text shown (already rounded for reading, never null), the exact value when the cell is a
	 * number ({@link Integer} or {@link Double}; null for text and for missing numbers), where the value
	 * comes from as text (null when there is nothing to say), what kind of number it is, and the results
	 * object it was taken from (null for headings and texts made here).
	 */
	public record Cell(String text, Number value, String provenance, Kind kind, EObject source) {

		public static final Cell EMPTY = new Cell("", null, null);

		public Cell {
			text = text == null ? "" : text;
			kind = kind == null ? (value == null ? Kind.TEXT : Kind.VALUE) : kind;
		}

		public Cell(String text, Number value, String provenance) {
			this(text, value, provenance, null, null);
		}

		/** A number of the given kind, its text made by the policy; an empty cell of that kind for null or NaN. */
		public static Cell number(NumberPolicy policy, Kind kind, Number value, String provenance, EObject source) {
			if (value == null || Double.isNaN(value.doubleValue())) {
				return new Cell("", null, provenance, kind, source);
			}
			return new Cell(policy.format(kind, value), value, provenance, kind, source);
		}

		public static Cell text(String text) {
			return new Cell(text, null, null);
		}

		public static Cell text(String text, String provenance) {
			return new Cell(text, null, provenance);
		}

		public boolean isNumber() {
			return value != null;
		}
	}
}
