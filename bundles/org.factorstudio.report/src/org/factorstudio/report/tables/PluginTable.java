package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.describe;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/**
 * A table an analysis (built in or from a plugin) laid out itself: its own columns. A column that says what its
 * numbers are ({@link ColumnKind}: count, statistic, estimate, bounded coefficient, p-value) shows them by the
 * number policy whatever text the analysis gave (".318", "85.31", "< .001"); a column of unspecified kind (a
 * third-party plugin written before kinds existed) shows the analysis's text when it gave one, else its number by
 * the policy, and p-values recognised by the column's name ("p", "p adj.", "primary p" ...) by the policy. The one
 * place plugin tables become tables.
 */
public final class PluginTable {

	private PluginTable() {
	}

	/** The id of the {@code number}th generic table (1-based): {@code table-<analysis>-<number>}. */
	public static String id(ResultTable table, int number) {
		return "table-" + TableContext.slug(table.getAnalysisId() == null ? "analysis" : table.getAnalysisId()) + "-" + number;
	}

	/** A column of p-values: "p", "p adj.", "p (Holm)", "primary p", "adjusted p". */
	static boolean isPColumn(String name) {
		String n = name.strip().toLowerCase(java.util.Locale.ROOT);
		return n.equals("p") || n.startsWith("p ") || n.endsWith(" p") || n.startsWith("p(");
	}

	/**
	 * The number kind of a typed column, or null when the cells' own texts are shown (unspecified kind, or a
	 * column of words).
	 */
	static Kind kind(ColumnKind kind) {
		return switch (kind) {
		case COUNT -> Kind.COUNT;
		case STATISTIC -> Kind.STATISTIC;
		case ESTIMATE -> Kind.VALUE;
		case COEFFICIENT -> Kind.COEFFICIENT;
		case P -> Kind.P;
		case TEXT, UNSPECIFIED -> null;
		};
	}

	public static ReportTable build(TableContext c, ResultTable table, int number) {
		List<Column> columns = new ArrayList<>();
		List<ColumnKind> kinds = new ArrayList<>();
		for (ResultColumn column : table.getColumns()) {
			columns.add(new Column(column.getName() == null ? "" : column.getName(), column.isNumeric()));
			kinds.add(column.getKind() == null ? ColumnKind.UNSPECIFIED : column.getKind());
		}
		List<Row> rows = new ArrayList<>();
		for (ResultRow row : table.getRows()) {
			List<Cell> cells = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				ResultCell cell = i < row.getCells().size() ? row.getCells().get(i) : null;
				if (cell == null) {
					cells.add(Cell.EMPTY);
				} else if (cell.getNumber() != null) {
					String provenance = describe(columns.get(i).name(), cell.getNumber(), table.getProvenance(),
							"analysis " + table.getAnalysisId());
					Kind typed = kind(kinds.get(i));
					if (typed != null) {
						cells.add(c.number(typed, cell.getNumber(), provenance, row));
						continue;
					}
					if (kinds.get(i) == ColumnKind.UNSPECIFIED && isPColumn(columns.get(i).name())) {
						// p-values follow the one policy whatever text the analysis gave them
						cells.add(c.number(Kind.P, cell.getNumber(), provenance, row));
						continue;
					}
					Cell numeric = c.number(Kind.VALUE, cell.getNumber(), provenance, row);
					cells.add(cell.getText() == null ? numeric
							: new Cell(cell.getText(), numeric.value(), provenance, Kind.VALUE, row));
				} else {
					cells.add(text(cell.getText(), null, row));
				}
			}
			rows.add(new Row(null, cells, row));
		}
		String title = table.getTitle() == null || table.getTitle().isBlank() ? "Results of " + table.getAnalysisId()
				: table.getTitle();
		List<String> notes = table.getNote() == null || table.getNote().isBlank() ? List.of() : List.of(table.getNote());
		return new ReportTable(id(table, number), title, columns, rows, notes);
	}
}
