package org.factorstudio.ui.internal.widgets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
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
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Row;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.tables.NumberPolicy;

/**
 * A table of the presentation model ({@link ReportTable}, the tables the reports and the terminal print) in
 * a view: the columns are the model's, each cell shows the model's display text, and each row carries the
 * results object it shows ({@link #selectedSource()}). Columns sort on a click of their header (numbers by
 * value, empty cells last), Ctrl+C copies the selected rows (or all) as tab-separated text with the header,
 * "Export CSV..." writes the table to a file atomically, both with the cells' full-precision values; selecting
 * a row shows where the clicked number comes from in the details pane below. A plain composite: views wrap
 * it, tests drive it directly.
 */
public final class ResultTable extends Composite {

	private static final int MAX_FITTED_WIDTH = 400;
	private static final int MIN_WIDTH = 40;

	private final Table table;
	private final Text detailsPane;
	private final List<Consumer<Row>> openListeners = new ArrayList<>();
	private final List<Consumer<Row>> selectionListeners = new ArrayList<>();
	private List<Column> columns = List.of();
	private List<Row> rows = List.of();
	private int sortColumn = -1;
	private boolean ascending = true;
	private String exportName;
	private Path exportFolder;
	/** The column of the last click, so the details name the number that was clicked. */
	private int clickedColumn = -1;

	public ResultTable(Composite parent, String exportName) {
		super(parent, SWT.NONE);
		this.exportName = exportName;
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		setLayout(layout);

		table = new Table(this, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		detailsPane = new Text(this, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		GridData detailsData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
		detailsData.heightHint = detailsPane.getLineHeight() * 2;
		detailsPane.setLayoutData(detailsData);

		table.addListener(SWT.MouseDown, e -> clickedColumn = columnAt(e.x, e.y));
		table.addListener(SWT.Selection, e -> selectionChanged());
		table.addListener(SWT.DefaultSelection, e -> {
			Row row = selectedRow();
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

	/** Shows a table of the model (null: no rows); the sort the user chose stays when the columns do. */
	public void setTable(ReportTable model) {
		setTable(model, row -> true);
	}

	/** Shows the rows of a table of the model that pass {@code filter} (the items of one index, say). */
	public void setTable(ReportTable model, Predicate<Row> filter) {
		List<Column> newColumns = model == null ? List.of() : model.columns();
		if (!newColumns.equals(columns)) {
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			columns = newColumns;
			sortColumn = -1;
			for (int i = 0; i < columns.size(); i++) {
				TableColumn tableColumn = new TableColumn(table, columns.get(i).numeric() ? SWT.RIGHT : SWT.LEFT);
				tableColumn.setText(columns.get(i).name());
				tableColumn.setWidth(MIN_WIDTH);
				tableColumn.setMoveable(true);
				int index = i;
				tableColumn.addListener(SWT.Selection, e -> sortBy(index, sortColumn == index ? !ascending : true));
			}
		}
		rows = model == null ? new ArrayList<>() : new ArrayList<>(model.rows().stream().filter(filter).toList());
		if (sortColumn >= 0) {
			rows.sort(order(sortColumn, ascending));
		}
		refresh();
		widenToFit();
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

	/** The text of the details pane (where the selected number comes from). */
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

	/**
	 * Widens columns whose header or cells are cut off (never narrower than they are; at most
	 * {@link #MAX_FITTED_WIDTH} so a long note does not push the numbers away).
	 */
	private void widenToFit() {
		for (TableColumn column : table.getColumns()) {
			int before = column.getWidth();
			column.pack();
			int fitted = Math.min(MAX_FITTED_WIDTH, column.getWidth() + 8);
			column.setWidth(Math.max(before, fitted));
		}
	}

	/** The rows in the order shown. */
	public List<Row> rows() {
		return List.copyOf(rows);
	}

	/** The results objects of the rows, in the order shown. */
	public List<EObject> sources() {
		return rows.stream().map(Row::source).toList();
	}

	public List<String> header() {
		return columns.stream().map(Column::name).toList();
	}

	/** The text shown in a cell: the model's display text. */
	public String cellText(int row, int column) {
		return rows.get(row).cells().get(column).text();
	}

	public int columnIndex(String title) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(title)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no column " + title + " among " + header());
	}

	public void sortBy(int column, boolean up) {
		Row selected = selectedRow();
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

	/** Numbers by value, texts alphabetically; reversed when down, empty cells last either way. */
	private static Comparator<Row> order(int column, boolean up) {
		Comparator<Row> emptyLast = Comparator.comparing(row -> row.cells().get(column).text().isEmpty());
		Comparator<Row> byValue = Comparator.comparing(row -> {
			Number value = row.cells().get(column).value();
			return value == null ? null : value.doubleValue();
		}, Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Row> byText = Comparator.comparing(row -> row.cells().get(column).text().toLowerCase(Locale.ROOT));
		Comparator<Row> order = byValue.thenComparing(byText);
		return emptyLast.thenComparing(up ? order : order.reversed());
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

	public Row selectedRow() {
		int index = table.getSelectionIndex();
		return index < 0 || index >= rows.size() ? null : rows.get(index);
	}

	/** The results object of the selected row, or null. */
	public EObject selectedSource() {
		Row row = selectedRow();
		return row == null ? null : row.source();
	}

	public void addOpenListener(Consumer<Row> listener) {
		openListeners.add(listener);
	}

	public void addSelectionListener(Consumer<Row> listener) {
		selectionListeners.add(listener);
	}

	private void selectionChanged() {
		Row row = selectedRow();
		detailsPane.setText(row == null ? "" : details(row, clickedColumn));
		selectionListeners.forEach(listener -> listener.accept(row));
	}

	/**
	 * "column = text | provenance" of the clicked cell; for a click elsewhere, the provenance of the row's first
	 * cell that has one (the label of an index, where a number comes from).
	 */
	private String details(Row row, int column) {
		if (column >= 0 && column < columns.size()) {
			Cell cell = row.cells().get(column);
			if (cell.provenance() != null && !cell.provenance().isBlank()) {
				return (cell.isNumber() ? columns.get(column).name() + " = " + cell.text() + " | " : "") + cell.provenance();
			}
		}
		return row.cells().stream().map(Cell::provenance).filter(p -> p != null && !p.isBlank()).findFirst().orElse("");
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
			for (Row row : rows) {
				TableItem item = new TableItem(table, SWT.NONE);
				for (int c = 0; c < columns.size(); c++) {
					item.setText(c, row.cells().get(c).text());
				}
			}
		} finally {
			table.setRedraw(true);
		}
		detailsPane.setText("");
	}

	/**
	 * The selected rows, or all rows when none is selected, as tab-separated text with the header; numbers at
	 * full precision (the model's values, not the rounded text of the table).
	 */
	public String toTsv() {
		return DelimitedText.tsv(header(), cells(rowsToCopy()));
	}

	/** The whole table as CSV, in the order shown, with the values {@link #toTsv()} copies. */
	public String toCsv() {
		return DelimitedText.csv(header(), cells(allIndices()));
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

	/** A number as its exact value (what the report's CSV writes), a text as shown. */
	private List<List<String>> cells(List<Integer> indices) {
		List<List<String>> cells = new ArrayList<>();
		for (int index : indices) {
			cells.add(rows.get(index).cells().stream()
					.map(cell -> cell.isNumber() ? NumberPolicy.plain(cell.value()) : cell.text()).toList());
		}
		return cells;
	}
}
