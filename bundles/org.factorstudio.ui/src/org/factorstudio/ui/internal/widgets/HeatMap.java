package org.factorstudio.ui.internal.widgets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.factorstudio.report.tables.CorrelationColours;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.report.tables.MatrixTable;
import org.factorstudio.report.tables.NumberPolicy;

/**
 * The correlation matrix as a heat map: red for positive, blue for negative coefficients (as in the reports), stronger
 * colour for larger |r|, a colour legend under the cells; each cell prints r and its significance flag
 * in black or white, whichever contrasts more with the fill (WCAG relative luminance), shortened
 * (".51" before nothing) when the cell is narrow. Rows are labelled with the variable names, columns
 * with their numbers; optionally only the lower triangle is drawn. Hovering a cell shows that cell's
 * r, n and p; clicking selects it and shows its provenance below; Ctrl+C copies the matrix of
 * coefficients (full precision) as tab-separated text.
 */
public final class HeatMap extends Composite {

	private static final int HEADER_HEIGHT = 22;
	/** Height of the legend under the cells: a colour bar and its tick labels. */
	private static final int LEGEND_HEIGHT = 40;
	private static final double[] LEGEND_TICKS = { -1, -0.5, 0, 0.5, 1 };

	private final Canvas canvas;
	private final Text detailsPane;
	private final List<Consumer<Correlation>> selectionListeners = new ArrayList<>();
	private NumberPolicy format = NumberPolicy.APA;
	private List<String> variables = List.of();
	private final Map<String, Correlation> cells = new HashMap<>();
	private int selectedRow = -1;
	private int selectedColumn = -1;
	/** Width of the row labels, measured on the last paint (the longest label decides). */
	private int labelWidth = 160;
	private boolean lowerTriangle;
	/** What the last paint printed in each cell, row-major (tests and screenshots check it). */
	private String[] painted = new String[0];
	private Rectangle legendBounds = new Rectangle(0, 0, 0, 0);
	private int paints;

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
			if (cell != null && isShown(cell.x, cell.y)) {
				select(cell.x, cell.y);
			}
			canvas.setFocus();
		});
		new CellToolTip();
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
		painted = new String[0];
		detailsPane.setText("");
		canvas.redraw();
	}

	/** Draws only the cells below the diagonal (each pair once) when true. */
	public void setLowerTriangle(boolean lowerOnly) {
		lowerTriangle = lowerOnly;
		canvas.redraw();
	}

	public boolean isLowerTriangle() {
		return lowerTriangle;
	}

	/** Whether a cell is drawn: all of them, or with the lower-triangle option those on and below the diagonal. */
	public boolean isShown(int row, int column) {
		return !lowerTriangle || column <= row;
	}

	/** The text the last paint printed in a cell ("" when none fitted or the cell is hidden), null before a paint. */
	public String paintedText(int row, int column) {
		int index = row * variables.size() + column;
		return index < painted.length ? painted[index] : null;
	}

	/** How many times the cells were painted (tests wait for a paint after a change). */
	public int paints() {
		return paints;
	}

	/** Where the last paint drew the colour legend (empty before a paint or without a matrix). */
	public Rectangle legendBounds() {
		return new Rectangle(legendBounds.x, legendBounds.y, legendBounds.width, legendBounds.height);
	}

	/** The bounds of a cell in canvas coordinates, as the last paint laid them out. */
	public Rectangle cellBounds(int row, int column) {
		int size = cellSize();
		int height = rowHeight();
		return new Rectangle(labelWidth + column * size, HEADER_HEIGHT + row * height, size, height);
	}

	/** The tool tip for a point of the canvas: the cell under it (r, n, p), or null off the cells. */
	public String toolTipText(int x, int y) {
		Point cell = cellAt(x, y);
		if (cell == null || !isShown(cell.x, cell.y)) {
			return null;
		}
		Correlation c = correlation(cell.x, cell.y);
		if (c == null) {
			return cell.x == cell.y ? variables.get(cell.x) : null;
		}
		return c.getX() + " / " + c.getY() + "\nr = " + MatrixTable.text(format, c) + ", n = " + c.getN() + ", p " + format.pRelation(c.getP())
				+ (c.getPAdjusted() == null ? "" : ", p adj. " + format.pRelation(c.getPAdjusted()));
	}

	public void setFormat(NumberPolicy newFormat) {
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

	/** The text a cell shows: r and its stars, "1" on the diagonal, empty when not computable. */
	public String cellText(int row, int column) {
		if (row == column) {
			return "1";
		}
		Correlation c = correlation(row, column);
		if (c == null || c.getCoefficient() == null) {
			return "";
		}
		// the text of the matrix table in the reports and the terminal
		return MatrixTable.text(format, c);
	}

	/**
	 * The text colour for a fill: black or white, whichever has the larger contrast ratio with it
	 * (WCAG 2 relative luminance), so values stay readable on the strongest colours.
	 */
	public static RGB textColour(RGB fill) {
		double luminance = relativeLuminance(fill);
		double againstBlack = (luminance + 0.05) / 0.05;
		double againstWhite = 1.05 / (luminance + 0.05);
		return againstBlack >= againstWhite ? new RGB(0, 0, 0) : new RGB(255, 255, 255);
	}

	/** WCAG 2 contrast ratio of two colours, 1 to 21. */
	public static double contrast(RGB a, RGB b) {
		double la = relativeLuminance(a);
		double lb = relativeLuminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	/** WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). */
	public static double relativeLuminance(RGB colour) {
		return 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	/**
	 * The longest form of a cell's text that fits: r with its stars, then without the leading zero,
	 * then without the stars, then with two decimals, last with a hyphen for the minus sign (U+2212 is
	 * as wide as a digit); "" only when not even that fits.
	 */
	public static String fitting(String full, java.util.function.Predicate<String> fits) {
		if (full.isEmpty() || fits.test(full)) {
			return full;
		}
		String bare = full.replaceAll("[^0-9]+$", "");
		String noZero = full.replaceFirst("^([-\u2212]?)0\\.", "$1.");
		String bareNoZero = bare.replaceFirst("^([-\u2212]?)0\\.", "$1.");
		String twoDecimals = bareNoZero.replaceFirst("^([-\u2212]?\\.\\d{2})\\d+$", "$1");
		String hyphen = twoDecimals.replace('\u2212', '-');
		for (String candidate : new String[] { noZero, bareNoZero, twoDecimals, hyphen }) {
			if (fits.test(candidate)) {
				return candidate;
			}
		}
		return "";
	}

	/**
	 * The colour of a coefficient, the reports' ({@link CorrelationColours}): white at 0, red towards +1, blue
	 * towards -1; the strongest fills are dark enough to carry white text.
	 */
	public static RGB colour(Double r) {
		if (r == null || r.isNaN()) {
			return new RGB(235, 235, 235);
		}
		int packed = CorrelationColours.rgb(r);
		return new RGB((packed >> 16) & 0xff, (packed >> 8) & 0xff, packed & 0xff);
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
		return c.getX() + " / " + c.getY() + ": r = " + MatrixTable.text(format, c) + ", n = " + c.getN() + ", p "
				+ format.pRelation(c.getP()) + (c.getPAdjusted() == null ? "" : ", p adj. " + format.pRelation(c.getPAdjusted()))
				+ " | " + ProvenanceText.of(c.getProvenance());
	}

	/**
	 * The coefficients at full precision (as the report's CSV) as a tab-separated matrix with variable
	 * names as header and first column; the whole matrix even when only the lower triangle is drawn.
	 */
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
		Exports.saveWithDialog(getShell(), "correlation-matrix", exportFolder, this::toCsv);
	}

	private Path exportFolder;

	/** The folder the export dialog starts in (the study's folder). */
	public void setExportFolder(Path folder) {
		exportFolder = folder;
	}

	public Path exportFolder() {
		return exportFolder;
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
				row.add(r == c ? "1" : cell == null ? "" : NumberPolicy.plain(cell.getCoefficient()));
			}
			rows.add(row);
		}
		return rows;
	}

	private int cellSize() {
		Rectangle area = canvas.getClientArea();
		int n = Math.max(1, variables.size());
		int byWidth = (area.width - labelWidth - 4) / n;
		int byHeight = (area.height - HEADER_HEIGHT - LEGEND_HEIGHT - 4) / n;
		return Math.max(10, Math.min(60, Math.min(byWidth, byHeight * 3)));
	}

	private int rowHeight() {
		Rectangle area = canvas.getClientArea();
		int n = Math.max(1, variables.size());
		return Math.max(14, Math.min(28, (area.height - HEADER_HEIGHT - LEGEND_HEIGHT - 4) / n));
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
		paints++;
		painted = new String[n * n];
		Color black = getDisplay().getSystemColor(SWT.COLOR_BLACK);
		for (int r = 0; r < n; r++) {
			int y = HEADER_HEIGHT + r * height;
			String label = (r + 1) + "  " + variables.get(r);
			// the clip reaches the font's descent below the row: rows are lower than the font at the default size,
			// and the row's own height cut the descenders (underscores of names) off; the next row's label is
			// drawn without a background, so what reaches into it stays
			gc.setClipping(0, y, labelWidth - 2, height + gc.getFontMetrics().getDescent());
			gc.setForeground(black);
			gc.drawText(label, 4, y + (height - gc.getFontMetrics().getHeight()) / 2, true);
			gc.setClipping((Rectangle) null);
			for (int c = 0; c < n; c++) {
				painted[r * n + c] = "";
				if (!isShown(r, c)) {
					continue;
				}
				int x = labelWidth + c * size;
				Correlation cell = correlation(r, c);
				RGB fillRgb = r == c ? new RGB(210, 210, 210) : colour(cell == null ? null : cell.getCoefficient());
				Color fill = new Color(fillRgb);
				gc.setBackground(fill);
				gc.fillRectangle(x, y, size, height);
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
				gc.drawRectangle(x, y, size, height);
				gc.setForeground(new Color(textColour(fillRgb)));
				String text = fitting(cellText(r, c), candidate -> gc.textExtent(candidate).x + 4 <= size);
				painted[r * n + c] = text;
				Point extent = gc.textExtent(text);
				gc.drawText(text, x + (size - extent.x) / 2, y + (height - extent.y) / 2, true);
			}
		}
		gc.setForeground(black);
		if (selectedRow >= 0 && selectedColumn >= 0) {
			gc.setLineWidth(2);
			gc.drawRectangle(labelWidth + selectedColumn * size, HEADER_HEIGHT + selectedRow * height, size, height);
			gc.setLineWidth(1);
		}
		paintLegend(gc, HEADER_HEIGHT + n * height + 10, Math.max(120, Math.min(n * size, 360)));
	}

	/** A colour bar from r = -1 (blue) through 0 (white) to +1 (red), with ticks, under the cells. */
	private void paintLegend(GC gc, int top, int width) {
		int x0 = labelWidth;
		int barHeight = 10;
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		Point title = gc.textExtent("r");
		gc.drawText("r", x0 - title.x - 8, top + (barHeight - title.y) / 2, true);
		for (int i = 0; i < width; i++) {
			double r = -1 + 2.0 * i / Math.max(1, width - 1);
			gc.setForeground(new Color(colour(r)));
			gc.drawLine(x0 + i, top, x0 + i, top + barHeight);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawRectangle(x0, top, width, barHeight);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		int textHeight = 0;
		for (double tick : LEGEND_TICKS) {
			int x = x0 + (int) Math.round((tick + 1) / 2 * (width - 1));
			gc.drawLine(x, top + barHeight, x, top + barHeight + 3);
			String text = tick == 0 ? "0" : (tick > 0 ? "+" : "\u2212") + NumberPolicy.fixed(Math.abs(tick), 1).replaceFirst("^0", "").replace(".0", "");
			Point extent = gc.textExtent(text);
			textHeight = extent.y;
			gc.drawText(text, x - extent.x / 2, top + barHeight + 4, true);
		}
		legendBounds = new Rectangle(x0, top, width, barHeight + 4 + textHeight);
	}

	/** The heat map's tool tip: the cell under the mouse, replaced as soon as the mouse leaves that cell. */
	private final class CellToolTip extends DefaultToolTip {

		CellToolTip() {
			super(canvas, ToolTip.NO_RECREATE, false);
			setShift(new Point(12, 12));
		}

		@Override
		protected Object getToolTipArea(Event event) {
			return cellAt(event.x, event.y);
		}

		@Override
		protected boolean shouldCreateToolTip(Event event) {
			return super.shouldCreateToolTip(event) && toolTipText(event.x, event.y) != null;
		}

		@Override
		protected String getText(Event event) {
			return toolTipText(event.x, event.y);
		}
	}

	private static String key(String x, String y) {
		return x + '\u0000' + y;
	}
}
