package org.factorstudio.ui.internal.widgets;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.factorstudio.report.tables.ScreeSeries;

/**
 * The scree plot of a parallel analysis as the reports draw it ({@link ScreeSeries}, psych::fa.parallel's picture):
 * the eigenvalues of the data as solid lines, the simulated ones dashed, components blue with circles, factors red
 * with triangles, the last component and factor parallel analysis keeps circled, the legend right of the plot.
 * Hovering a point shows its exact eigenvalue.
 */
public final class ScreePlot extends Canvas {

	private static final RGB COMPONENTS = new RGB(43, 108, 176);
	private static final RGB FACTORS = new RGB(197, 48, 48);
	private static final int MARGIN_LEFT = 44;
	private static final int MARGIN_BOTTOM = 40;
	private static final int MARGIN_TOP = 28;
	private static final int MARGIN_RIGHT = 14;

	private ScreeSeries data;
	/** The legend's lines as the last paint drew them (tests and screenshots check them). */
	private List<String> legend = List.of();
	/** Width of the legend right of the plot, measured on the last paint. */
	private int legendWidth = 180;

	public ScreePlot(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(e -> paint(e.gc));
		addListener(SWT.MouseHover, e -> setToolTipText(tipAt(e.x, e.y)));
		addListener(SWT.MouseMove, e -> setToolTipText(null));
	}

	/** Shows a parallel analysis, or nothing (null). */
	public void setData(ScreeSeries data) {
		this.data = data;
		legend = data == null ? List.of()
				: List.of("components, data", "components, simulated", "factors, data", "factors, simulated",
						"last one kept");
		redraw();
	}

	public ScreeSeries data() {
		return data;
	}

	public List<String> legend() {
		return legend;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 420 : wHint, hHint == SWT.DEFAULT ? 260 : hHint);
	}

	private Rectangle plotArea() {
		Rectangle client = getClientArea();
		return new Rectangle(client.x + MARGIN_LEFT, client.y + MARGIN_TOP,
				Math.max(10, client.width - MARGIN_LEFT - MARGIN_RIGHT - legendWidth),
				Math.max(10, client.height - MARGIN_TOP - MARGIN_BOTTOM));
	}

	private int x(Rectangle plot, int i) {
		return plot.x + (int) Math.round((i + 0.5) / data.size() * plot.width);
	}

	private int y(Rectangle plot, double value) {
		double share = (value - data.axisLow()) / (double) (data.axisHigh() - data.axisLow());
		return plot.y + plot.height - (int) Math.round(share * plot.height);
	}

	private void paint(GC gc) {
		if (data == null || data.size() == 0) {
			gc.drawText("No parallel analysis: run efa in the study's analysis block.", 8, 8, true);
			return;
		}
		gc.setAntialias(SWT.ON);
		int widest = 0;
		for (String entry : legend) {
			widest = Math.max(widest, gc.textExtent(entry).x);
		}
		// the legend stands right of the plot, where it hides no line whatever the view's height
		legendWidth = widest + 48;
		Rectangle plot = plotArea();
		Color grid = new Color(getDisplay(), 221, 221, 221);
		Color components = new Color(getDisplay(), COMPONENTS);
		Color factors = new Color(getDisplay(), FACTORS);
		Color black = getDisplay().getSystemColor(SWT.COLOR_BLACK);
		Color white = getDisplay().getSystemColor(SWT.COLOR_WHITE);
		int textHeight = gc.getFontMetrics().getHeight();
		for (int v = data.axisLow(); v <= data.axisHigh(); v += data.axisStep()) {
			int py = y(plot, v);
			gc.setForeground(v == 0 ? black : grid);
			gc.drawLine(plot.x, py, plot.x + plot.width, py);
			gc.setForeground(black);
			String tick = v < 0 ? "\u2212" + (-v) : Integer.toString(v);
			gc.drawText(tick, plot.x - 6 - gc.textExtent(tick).x, py - textHeight / 2, true);
		}
		gc.setForeground(black);
		gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
		gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
		int step = data.size() <= 15 ? 1 : (int) Math.ceil(data.size() / 10.0);
		for (int i = 0; i < data.size(); i++) {
			if (i == 0 || (i + 1) % step == 0) {
				String n = Integer.toString(i + 1);
				gc.drawText(n, x(plot, i) - gc.textExtent(n).x / 2, plot.y + plot.height + 3, true);
			}
		}
		String axis = "Factor or component number";
		gc.drawText(axis, plot.x + (plot.width - gc.textExtent(axis).x) / 2, plot.y + plot.height + 4 + textHeight, true);
		// the value axis' title above the axis, upright: SWT draws rotated text only through a Transform
		gc.drawText("Eigenvalue", 4, 4, true);
		line(gc, plot, data.observedComponents(), components, false, true, data.components());
		line(gc, plot, data.simulatedComponents(), components, true, true, 0);
		line(gc, plot, data.observedFactors(), factors, false, false, data.factors());
		line(gc, plot, data.simulatedFactors(), factors, true, false, 0);
		int lx = plot.x + plot.width + MARGIN_RIGHT + 4;
		int ly = plot.y;
		gc.setBackground(white);
		gc.fillRectangle(lx - 4, ly - 2, widest + 42, legend.size() * (textHeight + 2) + 4);
		gc.setForeground(grid);
		gc.drawRectangle(lx - 4, ly - 2, widest + 42, legend.size() * (textHeight + 2) + 4);
		for (int e = 0; e < legend.size(); e++) {
			int middle = ly + e * (textHeight + 2) + textHeight / 2;
			if (e < 4) {
				Color colour = e < 2 ? components : factors;
				boolean simulated = e % 2 == 1;
				gc.setForeground(colour);
				gc.setLineWidth(2);
				gc.setLineStyle(simulated ? SWT.LINE_DASH : SWT.LINE_SOLID);
				gc.drawLine(lx, middle, lx + 28, middle);
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.setLineWidth(1);
				marker(gc, lx + 14, middle, colour, simulated, e < 2);
			}
			if (e == 4) {
				gc.setForeground(black);
				gc.setLineWidth(2);
				gc.drawOval(lx + 14 - 7, middle - 7, 14, 14);
				gc.setLineWidth(1);
			}
			gc.setForeground(black);
			gc.drawText(legend.get(e), lx + 36, middle - textHeight / 2, true);
		}
		grid.dispose();
		components.dispose();
		factors.dispose();
	}

	private void line(GC gc, Rectangle plot, double[] values, Color colour, boolean simulated, boolean circle,
			int suggested) {
		gc.setForeground(colour);
		gc.setLineWidth(2);
		gc.setLineStyle(simulated ? SWT.LINE_DASH : SWT.LINE_SOLID);
		int previous = -1;
		for (int i = 0; i < values.length; i++) {
			if (Double.isNaN(values[i])) {
				previous = -1;
				continue;
			}
			if (previous >= 0) {
				gc.drawLine(x(plot, previous), y(plot, values[previous]), x(plot, i), y(plot, values[i]));
			}
			previous = i;
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		for (int i = 0; i < values.length; i++) {
			if (Double.isNaN(values[i])) {
				continue;
			}
			marker(gc, x(plot, i), y(plot, values[i]), colour, simulated, circle);
			if (i + 1 == suggested) {
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
				gc.setLineWidth(2);
				gc.drawOval(x(plot, i) - 8, y(plot, values[i]) - 8, 16, 16);
				gc.setLineWidth(1);
			}
		}
	}

	private void marker(GC gc, int x, int y, Color colour, boolean hollow, boolean circle) {
		gc.setBackground(hollow ? getDisplay().getSystemColor(SWT.COLOR_WHITE) : colour);
		gc.setForeground(colour);
		if (circle) {
			gc.fillOval(x - 4, y - 4, 8, 8);
			gc.drawOval(x - 4, y - 4, 8, 8);
		} else {
			int[] triangle = { x, y - 5, x + 5, y + 4, x - 5, y + 4 };
			gc.fillPolygon(triangle);
			gc.drawPolygon(triangle);
		}
	}

	/** The exact eigenvalue of the point under the mouse, or null. */
	private String tipAt(int mx, int my) {
		if (data == null || data.size() == 0) {
			return null;
		}
		Rectangle plot = plotArea();
		String[] names = { "component (data)", "component (simulated)", "factor (data)", "factor (simulated)" };
		double[][] series = { data.observedComponents(), data.simulatedComponents(), data.observedFactors(),
				data.simulatedFactors() };
		for (int s = 0; s < series.length; s++) {
			for (int i = 0; i < series[s].length; i++) {
				if (!Double.isNaN(series[s][i]) && Math.abs(x(plot, i) - mx) <= 5 && Math.abs(y(plot, series[s][i]) - my) <= 5) {
					return String.format(Locale.ROOT, "%s %d: eigenvalue %s", names[s], i + 1,
							org.factorstudio.report.tables.NumberPolicy.plain(series[s][i]));
				}
			}
		}
		return null;
	}
}
