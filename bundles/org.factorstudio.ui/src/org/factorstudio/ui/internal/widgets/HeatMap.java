package org.factorstudio.ui.internal.widgets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;

/**
 * The correlation matrix as a heat map: blue for positive, red for negative coefficients, stronger
 * colour for larger |r|; each cell prints r and its significance flag. Rows are labelled with the
 * variable names, columns with their numbers. Clicking a cell selects it and shows its n, p and
 * provenance below; Ctrl+C copies the matrix of coefficients as tab-separated text.
 */
public final class HeatMap extends Composite {

	private static final int HEADER_HEIGHT = 22;

	private final Canvas canvas;
	private final Text detailsPane;
	private final List<Consumer<Correlation>> selectionListeners = new ArrayList<>();
	private NumberFormat format = NumberFormat.DEFAULT;
	private List<String> variables = List.of();
	private final Map<String, Correlation> cells = new HashMap<>();
	private int selectedRow = -1;
	private int selectedColumn = -1;
	/** Width of the row labels, measured on the last paint (the longest label decides). */
	private int labelWidth = 160;

	public HeatMap(Composite parent) {
		super(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		setLayout(layout);
		canvas = new Canvas(this, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> {
			Point cell = cellAt(e.x, e.y);
			if (cell != null) {
				select(cell.x, cell.y);
			}
			canvas.setFocus();
		});
		canvas.addListener(SWT.MouseHover, e -> {
			Point cell = cellAt(e.x, e.y);
			Correlation c = cell == null ? null : correlation(cell.x, cell.y);
			canvas.setToolTipText(c == null ? null : c.getX() + " / " + c.getY() + ": r = " + format.number(c.getCoefficient()));
		});
		canvas.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
				copyToClipboard();
			}
		});
		detailsPane = new Text(this, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		GridData detailsData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
		detailsData.heightHint = detailsPane.getLineHeight() * 2;
		detailsPane.setLayoutData(detailsData);
	}

	public void setMatrix(CorrelationMatrix matrix) {
		cells.clear();
		variables = matrix == null ? List.of() : List.copyOf(matrix.getVariables());
		if (matrix != null) {
			for (Correlation cell : matrix.getCells()) {
				cells.put(key(cell.getX(), cell.getY()), cell);
				cells.put(key(cell.getY(), cell.getX()), cell);
			}
		}
		selectedRow = -1;
		selectedColumn = -1;
		detailsPane.setText("");
		canvas.redraw();
	}

	public void setFormat(NumberFormat newFormat) {
		format = newFormat;
		canvas.redraw();
	}

	public Canvas getCanvas() {
		return canvas;
	}

	public List<String> variables() {
		return variables;
	}

	/** The cell of row and column (null on the diagonal or where the pair was not computed). */
	public Correlation correlation(int row, int column) {
		if (row == column || row < 0 || column < 0 || row >= variables.size() || column >= variables.size()) {
			return null;
		}
		return cells.get(key(variables.get(row), variables.get(column)));
	}

	/** The text a cell shows: r and its flag, "1" on the diagonal, empty when not computable. */
	public String cellText(int row, int column) {
		if (row == column) {
			return "1";
		}
		Correlation c = correlation(row, column);
		if (c == null || c.getCoefficient() == null) {
			return "";
		}
		return format.number(c.getCoefficient()) + (c.getFlag() == null ? "" : c.getFlag());
	}

	/** The colour of a coefficient: white at 0, blue towards +1, red towards -1. */
	public static RGB colour(Double r) {
		if (r == null || r.isNaN()) {
			return new RGB(235, 235, 235);
		}
		double strength = Math.min(1, Math.abs(r));
		int fade = (int) Math.round(255 - 200 * strength);
		return r >= 0 ? new RGB(fade, fade + (int) (40 * strength), 255) : new RGB(255, fade, fade);
	}

	public void select(int row, int column) {
		selectedRow = row;
		selectedColumn = column;
		Correlation c = correlation(row, column);
		detailsPane.setText(c == null ? "" : details(c));
		canvas.redraw();
		selectionListeners.forEach(listener -> listener.accept(c));
	}

	public String detailsText() {
		return detailsPane.getText();
	}

	public void addSelectionListener(Consumer<Correlation> listener) {
		selectionListeners.add(listener);
	}

	private String details(Correlation c) {
		return c.getX() + " / " + c.getY() + ": r = " + format.number(c.getCoefficient()) + ", n = " + c.getN() + ", p = "
				+ format.p(c.getP()) + (c.getPAdjusted() == null ? "" : ", p adj. = " + format.p(c.getPAdjusted()))
				+ " | " + ProvenanceText.of(c.getProvenance());
	}

	/** The coefficients as a tab-separated matrix with variable names as header and first column. */
	public String toTsv() {
		return DelimitedText.tsv(header(), body());
	}

	public String toCsv() {
		return DelimitedText.csv(header(), body());
	}

	public void copyToClipboard() {
		Exports.copy(getDisplay(), toTsv());
	}

	public void exportCsv(Path file) throws IOException {
		Exports.writeCsv(file, toCsv());
	}

	public void exportWithDialog() {
		Exports.saveWithDialog(getShell(), "correlation-matrix", this::toCsv);
	}

	private List<String> header() {
		List<String> header = new ArrayList<>();
		header.add("");
		header.addAll(variables);
		return header;
	}

	private List<List<String>> body() {
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r < variables.size(); r++) {
			List<String> row = new ArrayList<>();
			row.add(variables.get(r));
			for (int c = 0; c < variables.size(); c++) {
				Correlation cell = correlation(r, c);
				row.add(r == c ? "1" : cell == null ? "" : format.number(cell.getCoefficient()));
			}
			rows.add(row);
		}
		return rows;
	}

	private int cellSize() {
		Rectangle area = canvas.getClientArea();
		int n = Math.max(1, variables.size());
		int byWidth = (area.width - labelWidth - 4) / n;
		int byHeight = (area.height - HEADER_HEIGHT - 4) / n;
		return Math.max(10, Math.min(60, Math.min(byWidth, byHeight * 3)));
	}

	private int rowHeight() {
		Rectangle area = canvas.getClientArea();
		int n = Math.max(1, variables.size());
		return Math.max(14, Math.min(28, (area.height - HEADER_HEIGHT - 4) / n));
	}

	/** The (row, column) of the cell under a point, or null. */
	public Point cellAt(int x, int y) {
		int size = cellSize();
		int height = rowHeight();
		int column = (x - labelWidth) / size;
		int row = (y - HEADER_HEIGHT) / height;
		if (x < labelWidth || y < HEADER_HEIGHT || row >= variables.size() || column >= variables.size()) {
			return null;
		}
		return new Point(row, column);
	}

	private void paint(GC gc) {
		if (variables.isEmpty()) {
			gc.drawText("No correlation matrix yet: run the analysis (Ctrl+R).", 8, 8, true);
			return;
		}
		int longest = 0;
		for (int r = 0; r < variables.size(); r++) {
			longest = Math.max(longest, gc.textExtent((r + 1) + "  " + variables.get(r)).x);
		}
		// labels as wide as the longest, unless the cells would then get narrower than 14 px
		int room = canvas.getClientArea().width - variables.size() * 14 - 4;
		labelWidth = Math.max(60, Math.min(longest + 12, room));
		int size = cellSize();
		int height = rowHeight();
		int n = variables.size();
		for (int c = 0; c < n; c++) {
			String label = String.valueOf(c + 1);
			Point extent = gc.textExtent(label);
			if (extent.x + 2 > size && c % 2 == 1) {
				continue; // too narrow for every number: label every other column
			}
			gc.drawText(label, labelWidth + c * size + (size - extent.x) / 2, 3, true);
		}
		for (int r = 0; r < n; r++) {
			int y = HEADER_HEIGHT + r * height;
			String label = (r + 1) + "  " + variables.get(r);
			gc.setClipping(0, y, labelWidth - 2, height);
			gc.drawText(label, 4, y + (height - gc.getFontMetrics().getHeight()) / 2, true);
			gc.setClipping((Rectangle) null);
			for (int c = 0; c < n; c++) {
				int x = labelWidth + c * size;
				Correlation cell = correlation(r, c);
				Color fill = new Color(r == c ? new RGB(210, 210, 210) : colour(cell == null ? null : cell.getCoefficient()));
				gc.setBackground(fill);
				gc.fillRectangle(x, y, size, height);
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
				gc.drawRectangle(x, y, size, height);
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
				String text = gc.textExtent(cellText(r, c)).x + 4 <= size ? cellText(r, c) : "";
				Point extent = gc.textExtent(text);
				gc.drawText(text, x + (size - extent.x) / 2, y + (height - extent.y) / 2, true);
			}
		}
		if (selectedRow >= 0 && selectedColumn >= 0) {
			gc.setLineWidth(2);
			gc.drawRectangle(labelWidth + selectedColumn * size, HEADER_HEIGHT + selectedRow * height, size, height);
			gc.setLineWidth(1);
		}
	}

	private static String key(String x, String y) {
		return x + '\u0000' + y;
	}
}
