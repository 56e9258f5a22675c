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
