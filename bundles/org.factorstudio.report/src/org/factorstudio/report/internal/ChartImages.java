package org.factorstudio.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.imageio.ImageIO;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.report.ReportTables;

/**
 * The report's figures as PNG images for documents that embed pictures (Word): the correlations with the
 * dependent variable as bars with confidence intervals, and the matrix as a heat map with values and a colour
 * legend, drawn with Java2D (headless) at 3 pixels per point so they print sharply.
 */
final class ChartImages {

	/** Pixels per point. */
	static final int SCALE = 3;

	private ChartImages() {
	}

	/** A picture and its size in points. */
	record Picture(byte[] png, int widthPt, int heightPt) {
	}

	static Picture correlationBars(List<Correlation> correlations, Framework framework, double alpha, boolean adjusted) {
		List<Correlation> sorted = new ArrayList<>(correlations);
		sorted.sort(Comparator.comparingInt(c -> framework.order(c.getX())));
		List<Object> rows = new ArrayList<>();
		String group = null;
		for (Correlation c : sorted) {
			String g = framework.groupOf(c.getX());
			if (g != null && !g.equals(group)) {
				rows.add(g);
				group = g;
			}
			rows.add(c);
		}
		Figures.Axis range = Figures.Axis.of(sorted);
		double lo = range.lo();
		double hi = range.hi();
		Font font = new Font(Font.SERIF, Font.PLAIN, 9);
		Font italic = font.deriveFont(Font.ITALIC);
		int label = 0;
		for (Correlation c : sorted) {
			label = Math.max(label, textWidth(font, c.getX()));
		}
		int labels = Math.min(label + 4, 200);
		int plot = 250;
		int width = labels + 8 + plot + 50;
		int rowHeight = 13;
		int height = rowHeight * rows.size() + 40;
		BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = canvas(image);
		double from = lo;
		double span = hi - lo;
		java.util.function.DoubleToIntFunction x = v -> (int) Math.round(labels + 8 + (v - from) / span * plot);
		int y = 4;
		for (Object row : rows) {
			int middle = y + rowHeight / 2;
			if (row instanceof String heading) {
				g.setFont(italic);
				g.setColor(Color.BLACK);
				g.drawString(heading, 2, middle + 3);
			} else {
				Correlation c = (Correlation) row;
				g.setFont(font);
				g.setColor(Color.BLACK);
				FontMetrics metrics = g.getFontMetrics();
				String name = c.getX();
				g.drawString(name, labels - metrics.stringWidth(name), middle + 3);
				if (c.getCoefficient() != null) {
					Double decisive = adjusted ? c.getPAdjusted() : c.getP();
					boolean significant = decisive != null && decisive < alpha;
					int x0 = x.applyAsInt(0);
					int x1 = x.applyAsInt(c.getCoefficient());
					g.setColor(significant ? new Color(77, 77, 77) : new Color(191, 191, 191));
					g.fillRect(Math.min(x0, x1), middle - 4, Math.abs(x1 - x0), 8);
					g.setColor(Color.BLACK);
					if (c.getCiLower() != null && c.getCiUpper() != null) {
						int a = x.applyAsInt(c.getCiLower());
						int b = x.applyAsInt(c.getCiUpper());
						g.setStroke(new BasicStroke(0.7f));
						g.drawLine(a, middle, b, middle);
						g.drawLine(a, middle - 3, a, middle + 3);
						g.drawLine(b, middle - 3, b, middle + 3);
					}
					g.drawString(Numbers.bounded(c.getCoefficient(), 2) + (c.getFlag() == null ? "" : c.getFlag()),
							x.applyAsInt(hi) + 6, middle + 3);
				}
			}
			y += rowHeight;
		}
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(0.7f));
		g.drawLine(x.applyAsInt(lo), y + 2, x.applyAsInt(hi), y + 2);
		g.setFont(font.deriveFont(8f));
		FontMetrics metrics = g.getFontMetrics();
		for (int i = (int) Math.round(lo * 5); i <= Math.round(hi * 5); i++) {
			int tx = x.applyAsInt(i / 5.0);
			g.drawLine(tx, y + 2, tx, y + 5);
			String tick = i == 0 ? "0" : Numbers.bounded(i / 5.0, 1);
			g.drawString(tick, tx - metrics.stringWidth(tick) / 2, y + 14);
		}
		g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 2, 2 }, 0));
		g.drawLine(x.applyAsInt(0), 2, x.applyAsInt(0), y + 2);
		String axis = ReportTables.symbol(sorted.get(0).getMethod()) + " with " + sorted.get(0).getY();
		g.setFont(font);
		g.drawString(axis, x.applyAsInt((lo + hi) / 2) - g.getFontMetrics().stringWidth(axis) / 2, y + 28);
		g.dispose();
		return new Picture(png(image), width, height);
	}

	static Picture heatMap(CorrelationMatrix matrix) {
		List<String> variables = matrix.getVariables();
		int k = variables.size();
		ReportTables.CellIndex index = ReportTables.CellIndex.of(matrix);
		Font font = new Font(Font.SERIF, Font.PLAIN, 8);
		int label = 0;
		for (int i = 0; i < k; i++) {
			label = Math.max(label, textWidth(font, (i + 1) + ". " + variables.get(i)));
		}
		label = Math.min(label + 4, 200);
		int cell = Math.max(8, Math.min(16, 290 / Math.max(1, k)));
		int width = label + 8 + cell * k + 10;
		int top = 14;
		int height = top + cell * k + 44;
		BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = canvas(image);
		Font small = new Font(Font.SANS_SERIF, Font.PLAIN, cell >= 14 ? 6 : 4);
		int left = label + 8;
		for (int i = 0; i < k; i++) {
			g.setFont(font);
			g.setColor(Color.BLACK);
			FontMetrics metrics = g.getFontMetrics();
			String name = (i + 1) + ". " + variables.get(i);
			g.drawString(name, label - metrics.stringWidth(name), top + i * cell + cell / 2 + 3);
			String number = String.valueOf(i + 1);
			g.drawString(number, left + i * cell + (cell - metrics.stringWidth(number)) / 2, top - 3);
			for (int j = 0; j <= i; j++) {
				int x0 = left + j * cell;
				int y0 = top + i * cell;
				Correlation c = j == i ? null : index.get(i, j);
				Double r = c == null ? null : c.getCoefficient();
				g.setColor(j == i ? new Color(0xE6E6E6) : r == null || r.isNaN() ? Color.WHITE : new Color(SvgCharts.rgb(r)));
				g.fillRect(x0, y0, cell, cell);
				if (r != null && !r.isNaN()) {
					g.setFont(small);
					g.setColor(Math.abs(r) > 0.55 ? Color.WHITE : Color.BLACK);
					String text = Numbers.bounded(r, 2);
					g.drawString(text, x0 + (cell - g.getFontMetrics().stringWidth(text)) / 2, y0 + cell / 2 + 2);
				}
			}
		}
		// legend
		int legendY = top + cell * k + 12;
		int legendWidth = 160;
		for (int p = 0; p < legendWidth; p++) {
			g.setColor(new Color(SvgCharts.rgb(-1 + 2.0 * p / (legendWidth - 1))));
			g.fillRect(left + p, legendY, 1, 8);
		}
		g.setColor(Color.GRAY);
		g.drawRect(left, legendY, legendWidth, 8);
		g.setColor(Color.BLACK);
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		String[] ticks = { "-1", "0", "1" };
		for (int t = 0; t < 3; t++) {
			int tx = left + t * legendWidth / 2;
			g.drawString(ticks[t], tx - metrics.stringWidth(ticks[t]) / 2, legendY + 19);
		}
		g.drawString(TikzCharts.symbol(matrix.getMethod()) + " (red positive, blue negative)", left + legendWidth + 6, legendY + 8);
		g.dispose();
		return new Picture(png(image), width, height);
	}

	/** The scree plot of a parallel analysis ({@link Figures.Scree}), as the HTML and LaTeX documents draw it. */
	static Picture scree(Figures.Scree scree) {
		var data = scree.data();
		Font font = new Font(Font.SERIF, Font.PLAIN, 9);
		Font small = font.deriveFont(8f);
		int left = 34;
		int top = 8;
		int plotWidth = 260;
		int plotHeight = 160;
		int legend = 150;
		int width = left + plotWidth + legend;
		int height = top + plotHeight + 36;
		BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = canvas(image);
		java.util.function.IntToDoubleFunction x = i -> left + scree.x(i) * plotWidth;
		java.util.function.DoubleUnaryOperator y = v -> top + plotHeight - scree.y(v) * plotHeight;
		g.setFont(small);
		FontMetrics metrics = g.getFontMetrics();
		for (int v = data.axisLow(); v <= data.axisHigh(); v += data.axisStep()) {
			int py = (int) Math.round(y.applyAsDouble(v));
			g.setColor(v == 0 ? Color.DARK_GRAY : new Color(0xDDDDDD));
			g.setStroke(new BasicStroke(0.5f));
			g.drawLine(left, py, left + plotWidth, py);
			g.setColor(Color.BLACK);
			String tick = v < 0 ? "\u2212" + (-v) : Integer.toString(v);
			g.drawString(tick, left - 3 - metrics.stringWidth(tick), py + 3);
		}
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(0.7f));
		g.drawLine(left, top, left, top + plotHeight);
		g.drawLine(left, top + plotHeight, left + plotWidth, top + plotHeight);
		for (int i = 0; i < data.size(); i++) {
			if (scree.labelled(i)) {
				String n = Integer.toString(i + 1);
				g.drawString(n, (int) Math.round(x.applyAsDouble(i)) - metrics.stringWidth(n) / 2, top + plotHeight + 11);
			}
		}
		g.setFont(font);
		String axis = "Factor or component number";
		g.drawString(axis, left + (plotWidth - g.getFontMetrics().stringWidth(axis)) / 2, top + plotHeight + 26);
		java.awt.geom.AffineTransform straight = g.getTransform();
		g.rotate(-Math.PI / 2);
		g.drawString("Eigenvalue", -(top + plotHeight / 2) - g.getFontMetrics().stringWidth("Eigenvalue") / 2, 10);
		g.setTransform(straight);
		int legendY = top + 8;
		int lx = left + plotWidth + 10;
		for (Figures.Line line : scree.lines()) {
			Color colour = new Color(line.rgb());
			java.awt.Stroke stroke = line.simulated()
					? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] { 3, 2 }, 0)
					: new BasicStroke(1f);
			java.awt.geom.Path2D path = new java.awt.geom.Path2D.Double();
			boolean first = true;
			for (int i = 0; i < line.values().length; i++) {
				if (!Double.isNaN(line.values()[i])) {
					if (first) {
						path.moveTo(x.applyAsDouble(i), y.applyAsDouble(line.values()[i]));
						first = false;
					} else {
						path.lineTo(x.applyAsDouble(i), y.applyAsDouble(line.values()[i]));
					}
				}
			}
			g.setColor(colour);
			g.setStroke(stroke);
			g.draw(path);
			for (int i = 0; i < line.values().length; i++) {
				double v = line.values()[i];
				if (Double.isNaN(v)) {
					continue;
				}
				marker(g, line, colour, x.applyAsDouble(i), y.applyAsDouble(v));
				if (i + 1 == line.suggested()) {
					g.setColor(Color.BLACK);
					g.setStroke(new BasicStroke(0.9f));
					g.draw(new java.awt.geom.Ellipse2D.Double(x.applyAsDouble(i) - 5, y.applyAsDouble(v) - 5, 10, 10));
				}
			}
			g.setColor(colour);
			g.setStroke(stroke);
			g.drawLine(lx, legendY, lx + 18, legendY);
			marker(g, line, colour, lx + 9, legendY);
			g.setColor(Color.BLACK);
			g.setFont(small);
			g.drawString(line.label(), lx + 22, legendY + 3);
			legendY += 12;
		}
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(0.9f));
		g.draw(new java.awt.geom.Ellipse2D.Double(lx + 9 - 4.5, legendY - 4.5, 9, 9));
		g.drawString("last one kept", lx + 22, legendY + 3);
		g.drawString(data.factors() + " factor" + (data.factors() == 1 ? "" : "s") + ", " + data.components() + " component"
				+ (data.components() == 1 ? "" : "s"), lx, legendY + 20);
		g.drawString("suggested by parallel analysis", lx, legendY + 30);
		g.dispose();
		return new Picture(png(image), width, height);
	}

	private static void marker(Graphics2D g, Figures.Line line, Color colour, double x, double y) {
		java.awt.Shape shape = line.marker() == Figures.Marker.CIRCLE ? new java.awt.geom.Ellipse2D.Double(x - 2, y - 2, 4, 4)
				: new java.awt.Polygon(new int[] { 0, 0, 0 }, new int[] { 0, 0, 0 }, 3);
		if (line.marker() == Figures.Marker.TRIANGLE) {
			java.awt.geom.Path2D triangle = new java.awt.geom.Path2D.Double();
			triangle.moveTo(x, y - 2.6);
			triangle.lineTo(x + 2.3, y + 1.6);
			triangle.lineTo(x - 2.3, y + 1.6);
			triangle.closePath();
			shape = triangle;
		}
		g.setStroke(new BasicStroke(0.7f));
		g.setColor(line.simulated() ? Color.WHITE : colour);
		g.fill(shape);
		g.setColor(colour);
		g.draw(shape);
	}

	private static int textWidth(Font font, String text) {
		BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scratch.createGraphics();
		try {
			return g.getFontMetrics(font).stringWidth(text == null ? "" : text);
		} finally {
			g.dispose();
		}
	}

	private static Graphics2D canvas(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.scale(SCALE, SCALE);
		return g;
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
