package org.factorstudio.ui.internal.widgets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A results table: columns sort on a click of their header, Ctrl+C copies the selected rows (or all)
 * as tab-separated text with the header, "Export CSV..." writes the table to a file atomically, and
 * selecting a row shows where its numbers come from (items, rule, n, excluded rows) in the details
 * pane below. A plain composite: views wrap it, tests drive it directly.
 *
 * @param <T> the row type (a results model object)
 */
public final class ResultTable<T> extends Composite {

	/**
	 * A column: its header, width, the text of a cell in the current number format, the order it
	 * sorts by (numbers by value with empty cells last, text alphabetically), and what Copy and Export
	 * CSV write for it: one or more columns of full-precision values (an interval shown as
	 * "[lower, upper]" is written as two columns), as the report's CSV.
	 */
	public record Column<T>(String title, int width, boolean numeric, BiFunction<T, NumberFormat, String> text,
			Comparator<T> order, List<String> exportTitles, Function<T, List<String>> exportCells) {

		public Column {
			exportTitles = List.copyOf(exportTitles);
		}

		public static <T> Column<T> text(String title, int width, Function<T, String> text) {
			Comparator<T> order = Comparator.comparing(row -> NumberFormat.text(text.apply(row)),
					String.CASE_INSENSITIVE_ORDER);
			return new Column<>(title, width, false, (row, format) -> NumberFormat.text(text.apply(row)), order,
					List.of(title), row -> List.of(NumberFormat.text(text.apply(row))));
		}

		public static <T> Column<T> number(String title, int width, Function<T, ? extends Number> value,
				BiFunction<T, NumberFormat, String> text) {
			Comparator<T> order = Comparator.comparing(row -> toDouble(value.apply(row)),
					Comparator.nullsLast(Comparator.naturalOrder()));
			return new Column<>(title, width, true, text, order, List.of(title),
					row -> List.of(ExportValues.number(value.apply(row))));
		}

		/** A number whose exported text is not its value (a plugin's cell given as text). */
		public static <T> Column<T> number(String title, int width, Function<T, ? extends Number> value,
				BiFunction<T, NumberFormat, String> text, Function<T, String> exported) {
			Column<T> plain = number(title, width, value, text);
			return new Column<>(title, width, true, text, plain.order(), List.of(title),
					row -> List.of(exported.apply(row)));
		}

		/** An interval shown as "[lower, upper]", sorted by its lower limit, copied as two columns. */
		public static <T> Column<T> interval(String title, int width, Function<T, ? extends Number> lower,
				Function<T, ? extends Number> upper, BiFunction<T, NumberFormat, String> text) {
			Column<T> plain = number(title, width, lower, text);
			return new Column<>(title, width, true, text, plain.order(), List.of(title + " lower", title + " upper"),
					row -> List.of(ExportValues.number(lower.apply(row)), ExportValues.number(upper.apply(row))));
		}

		private static Double toDouble(Number number) {
			return number == null || Double.isNaN(number.doubleValue()) ? null : number.doubleValue();
		}
	}

	private static final int MAX_FITTED_WIDTH = 400;

	private final List<Column<T>> columns;
	private final Function<T, String> details;
	private final Table table;
	private final Text detailsPane;
	private final List<Consumer<T>> openListeners = new ArrayList<>();
	private final List<Consumer<T>> selectionListeners = new ArrayList<>();
	private NumberFormat format = NumberFormat.DEFAULT;
	private List<T> rows = List.of();
	private int sortColumn = -1;
	private boolean ascending = true;
	private String exportName = "results";
	private Path exportFolder;
	/** The column of the last click, so the details name the number that was clicked. */
	private int clickedColumn = -1;

	public ResultTable(Composite parent, List<Column<T>> columns, Function<T, String> details) {
		super(parent, SWT.NONE);
		this.columns = List.copyOf(columns);
		this.details = details;
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		setLayout(layout);

		table = new Table(this, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (int i = 0; i < this.columns.size(); i++) {
			Column<T> column = this.columns.get(i);
			TableColumn tableColumn = new TableColumn(table, column.numeric() ? SWT.RIGHT : SWT.LEFT);
			tableColumn.setText(column.title());
			tableColumn.setWidth(column.width());
			tableColumn.setMoveable(true);
			int index = i;
			tableColumn.addListener(SWT.Selection, e -> sortBy(index, sortColumn == index ? !ascending : true));
		}
		detailsPane = new Text(this, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		GridData detailsData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
		detailsData.heightHint = detailsPane.getLineHeight() * 2;
		detailsPane.setLayoutData(detailsData);

		table.addListener(SWT.MouseDown, e -> clickedColumn = columnAt(e.x, e.y));
		table.addListener(SWT.Selection, e -> selectionChanged());
		table.addListener(SWT.DefaultSelection, e -> {
			T row = selectedRow();
			if (row != null) {
				openListeners.forEach(listener -> listener.accept(row));
			}
		});
		table.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
				copyToClipboard();
				e.doit = false;
			}
		});
		createMenu();
	}

	private void createMenu() {
		Menu menu = new Menu(table);
		MenuItem copy = new MenuItem(menu, SWT.PUSH);
		copy.setText("&Copy\tCtrl+C");
		copy.addListener(SWT.Selection, e -> copyToClipboard());
		MenuItem selectAll = new MenuItem(menu, SWT.PUSH);
		selectAll.setText("Select &All");
		selectAll.addListener(SWT.Selection, e -> table.selectAll());
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem export = new MenuItem(menu, SWT.PUSH);
		export.setText("&Export CSV...");
		export.addListener(SWT.Selection, e -> exportWithDialog());
		table.setMenu(menu);
	}

	private int columnAt(int x, int y) {
		TableItem item = table.getItem(new Point(x, y));
		if (item == null) {
			return -1;
		}
		for (int c = 0; c < columns.size(); c++) {
			if (item.getBounds(c).contains(x, y)) {
				return c;
			}
		}
		return -1;
	}

	public Table getTable() {
		return table;
	}

	/** The text of the details pane (the selected row's provenance). */
	public String detailsText() {
		return detailsPane.getText();
	}

	/** The file name the export dialog proposes, without extension. */
	public void setExportName(String name) {
		exportName = name;
	}

	/** The folder the export dialog starts in (the study's folder); null for the dialog's default. */
	public void setExportFolder(Path folder) {
		exportFolder = folder;
	}

	public Path exportFolder() {
		return exportFolder;
	}

	public void setFormat(NumberFormat newFormat) {
		format = Objects.requireNonNull(newFormat);
		refresh();
	}

	public NumberFormat format() {
		return format;
	}

	/** Shows these rows, in the current sort order if the user chose one. */
	public void setRows(List<T> newRows) {
		rows = new ArrayList<>(newRows);
		if (sortColumn >= 0) {
			rows.sort(order(sortColumn, ascending));
		}
		refresh();
		widenToFit();
	}

	/**
	 * Widens columns whose header or cells are cut off (never narrower than declared or than the user
	 * made them; at most {@link #MAX_FITTED_WIDTH} so a long note does not push the numbers away).
	 */
	private void widenToFit() {
		for (TableColumn column : table.getColumns()) {
			int before = column.getWidth();
			column.pack();
			int fitted = Math.min(MAX_FITTED_WIDTH, column.getWidth());
			column.setWidth(Math.max(before, fitted));
		}
	}

	/** The rows in the order shown. */
	public List<T> rows() {
		return List.copyOf(rows);
	}

	public List<String> header() {
		return columns.stream().map(Column::title).toList();
	}

	/** The text shown in a cell. */
	public String cellText(int row, int column) {
		return columns.get(column).text().apply(rows.get(row), format);
	}

	public int columnIndex(String title) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).title().equals(title)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no column " + title);
	}

	public void sortBy(int column, boolean up) {
		T selected = selectedRow();
		sortColumn = column;
		ascending = up;
		rows.sort(order(column, up));
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(up ? SWT.UP : SWT.DOWN);
		refresh();
		if (selected != null) {
			select(rows.indexOf(selected));
		}
	}

	/** The column's order, reversed when down; empty cells last either way. */
	private Comparator<T> order(int column, boolean up) {
		Column<T> spec = columns.get(column);
		Comparator<T> emptyLast = Comparator.comparing(row -> spec.text().apply(row, format).isEmpty());
		return emptyLast.thenComparing(up ? spec.order() : spec.order().reversed());
	}

	public void select(int index) {
		if (index < 0 || index >= rows.size()) {
			table.deselectAll();
		} else {
			table.setSelection(index);
		}
		selectionChanged();
	}

	public void selectAll() {
		table.selectAll();
		selectionChanged();
	}

	public T selectedRow() {
		int index = table.getSelectionIndex();
		return index < 0 || index >= rows.size() ? null : rows.get(index);
	}

	public void addOpenListener(Consumer<T> listener) {
		openListeners.add(listener);
	}

	public void addSelectionListener(Consumer<T> listener) {
		selectionListeners.add(listener);
	}

	private void selectionChanged() {
		T row = selectedRow();
		String text = row == null || details == null ? "" : NumberFormat.text(details.apply(row));
		if (row != null && clickedColumn >= 0 && columns.get(clickedColumn).numeric()) {
			String value = columns.get(clickedColumn).text().apply(row, format);
			if (!value.isEmpty()) {
				text = columns.get(clickedColumn).title() + " = " + value + " | " + text;
			}
		}
		detailsPane.setText(text);
		selectionListeners.forEach(listener -> listener.accept(row));
	}

	/** Selects a row and names the number of one column in the details, as a click on that cell does. */
	public void selectCell(int row, int column) {
		clickedColumn = column;
		select(row);
	}

	private void refresh() {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (T row : rows) {
				TableItem item = new TableItem(table, SWT.NONE);
				for (int c = 0; c < columns.size(); c++) {
					item.setText(c, columns.get(c).text().apply(row, format));
				}
			}
		} finally {
			table.setRedraw(true);
		}
		detailsPane.setText("");
	}

	/** The header Copy and Export CSV write: an interval's column becomes its lower and upper limit. */
	public List<String> exportHeader() {
		return columns.stream().flatMap(column -> column.exportTitles().stream()).toList();
	}

	/**
	 * The selected rows, or all rows when none is selected, as tab-separated text with the header;
	 * numbers at full precision (not the rounded text of the table), intervals as two columns.
	 */
	public String toTsv() {
		return DelimitedText.tsv(exportHeader(), cells(rowsToCopy()));
	}

	/** The whole table as CSV, in the order shown, with the values {@link #toTsv()} copies. */
	public String toCsv() {
		return DelimitedText.csv(exportHeader(), cells(allIndices()));
	}

	public void copyToClipboard() {
		Exports.copy(getDisplay(), toTsv());
	}

	/** Writes the table as CSV (UTF-8) through a temporary file moved into place. */
	public void exportCsv(Path file) throws IOException {
		Exports.writeCsv(file, toCsv());
	}

	/** Asks for a file and exports to it; a failure is shown, never thrown. */
	public void exportWithDialog() {
		Exports.saveWithDialog(getShell(), exportName, exportFolder, this::toCsv);
	}

	private List<Integer> rowsToCopy() {
		int[] selected = table.getSelectionIndices();
		if (selected.length == 0) {
			return allIndices();
		}
		List<Integer> indices = new ArrayList<>();
		Arrays.sort(selected);
		for (int index : selected) {
			indices.add(index);
		}
		return indices;
	}

	private List<Integer> allIndices() {
		List<Integer> indices = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			indices.add(i);
		}
		return indices;
	}

	private List<List<String>> cells(List<Integer> indices) {
		List<List<String>> cells = new ArrayList<>();
		for (int index : indices) {
			List<String> line = new ArrayList<>();
			for (Column<T> column : columns) {
				line.addAll(column.exportCells().apply(rows.get(index)));
			}
			cells.add(line);
		}
		return cells;
	}
}
