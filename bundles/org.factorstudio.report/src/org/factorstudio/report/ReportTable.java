package org.factorstudio.report;

import java.util.List;
import java.util.Objects;

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

	/** A row; {@code group} is the sub-heading it belongs to, or null. */
	public record Row(String group, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}
	}

	/**
	 * A cell: the text shown (already rounded for reading, never null), the exact value when the cell is a
	 * number ({@link Integer} or {@link Double}; null for text and for missing numbers), and where the value
	 * comes from (null when there is nothing to say).
	 */
	public record Cell(String text, Number value, String provenance) {

		public static final Cell EMPTY = new Cell("", null, null);

		public Cell {
			text = text == null ? "" : text;
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
