package org.factorstudio.report.internal;

import java.util.List;
import java.util.Objects;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.tables.CorrelationColours;
import org.factorstudio.report.tables.NumberPolicy;

/**
 * The report's charts as inline SVG text (no script, no external resource): the correlation of each factor
 * with the dependent variable as bars with confidence-interval whiskers, and the correlation matrix as a
 * heat map. Every mark carries a {@code <title>} with its exact value and provenance, shown on hover.
 */
public final class SvgCharts {

	static final String POSITIVE = CorrelationColours.POSITIVE;
	static final String NEGATIVE = CorrelationColours.NEGATIVE;

	private SvgCharts() {
	}

	/** A row of the bar chart: a group heading (correlation null) or a correlation. */
	public record Bar(String group, Correlation correlation, boolean significant) {
	}

	/**
	 * Horizontal bars of the coefficients with their confidence intervals, grouped under area headings.
	 *
	 * @return the SVG element, or an empty string when no coefficient is computable
	 */
	public static String correlationBars(List<Bar> bars, String dependent, String significanceRule) {
		double lo = 0;
		double hi = 0;
		boolean any = false;
		for (Bar bar : bars) {
			Correlation c = bar.correlation();
			if (c != null && c.getCoefficient() != null) {
				any = true;
				lo = Math.min(lo, c.getCiLower() != null ? c.getCiLower() : c.getCoefficient());
				hi = Math.max(hi, c.getCiUpper() != null ? c.getCiUpper() : c.getCoefficient());
			}
		}
		if (!any) {
			return "";
		}
		lo = Math.max(-1, Math.floor(lo * 5 - 1e-9) / 5);
		hi = Math.min(1, Math.ceil(hi * 5 + 1e-9) / 5);
		int labelWidth = 250;
		int plotWidth = 560;
		int valueWidth = 90;
		int rowHeight = 22;
		int top = 44;
		int height = top + rowHeight * bars.size() + 44;
		int width = labelWidth + plotWidth + valueWidth;
		double from = lo;
		double span = hi - lo;
		java.util.function.DoubleUnaryOperator x = v -> labelWidth + (v - from) / span * plotWidth;

		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"chart-correlations\" width=\"").append(width)
				.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
				.append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">");
		svg.append("<title>").append(Escape.html("Correlation of each factor with " + dependent
				+ ", with confidence intervals")).append("</title>");
		// legend
		svg.append("<rect x=\"").append(labelWidth).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"rgb(43,108,176)\"/>");
		svg.append("<text x=\"").append(labelWidth + 18).append("\" y=\"18\">").append(Escape.html(significanceRule))
				.append("</text>");
		svg.append("<rect x=\"").append(labelWidth + 250).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"rgb(160,174,192)\"/>");
		svg.append("<text x=\"").append(labelWidth + 268).append("\" y=\"18\">not significant</text>");
		svg.append("<text x=\"").append(labelWidth + 400).append("\" y=\"18\">whiskers: confidence interval</text>");
		// grid and axis
		int plotBottom = top + rowHeight * bars.size();
		for (int tick = (int) Math.round(lo * 10); tick <= Math.round(hi * 10); tick += 2) {
			double v = tick / 10.0;
			double px = x.applyAsDouble(v);
			svg.append("<line x1=\"").append(f(px)).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(f(px))
					.append("\" y2=\"").append(plotBottom).append("\" stroke=\"").append(tick == 0 ? "#333" : "#ddd")
					.append("\" stroke-width=\"1\"/>");
			svg.append("<text x=\"").append(f(px)).append("\" y=\"").append(plotBottom + 16)
					.append("\" text-anchor=\"middle\">").append(Escape.html(Numbers.bounded(v, 1))).append("</text>");
		}
		svg.append("<text x=\"").append(f(labelWidth + plotWidth / 2.0)).append("\" y=\"").append(plotBottom + 36)
				.append("\" text-anchor=\"middle\">").append(Escape.html("Correlation with " + dependent)).append("</text>");
		int y = top;
		for (Bar bar : bars) {
			Correlation c = bar.correlation();
			if (c == null) {
				svg.append("<text x=\"4\" y=\"").append(y + 15).append("\" font-weight=\"bold\">")
						.append(Escape.html(bar.group())).append("</text>");
				y += rowHeight;
				continue;
			}
			String tip = Provenances.describe("correlation of " + c.getX() + " with " + c.getY(), c.getCoefficient(),
					c.getProvenance(), c.getP() == null ? null : "p = " + Numbers.exact(c.getP()),
					c.getPAdjusted() == null ? null : "adjusted p = " + Numbers.exact(c.getPAdjusted()),
					c.getCiLower() == null ? null
							: "CI [" + Numbers.exact(c.getCiLower()) + ", " + Numbers.exact(c.getCiUpper()) + "]",
					c.getNote());
			svg.append("<g class=\"bar\"><title>").append(Escape.html(tip)).append("</title>");
			svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15)
					.append("\" text-anchor=\"end\">").append(Escape.html(c.getX())).append("</text>");
			if (c.getCoefficient() != null) {
				double r = c.getCoefficient();
				double x0 = x.applyAsDouble(Math.min(0, r));
				double x1 = x.applyAsDouble(Math.max(0, r));
				svg.append("<rect x=\"").append(f(x0)).append("\" y=\"").append(y + 5).append("\" width=\"")
						.append(f(Math.max(1, x1 - x0))).append("\" height=\"12\" fill=\"")
						.append(bar.significant() ? "rgb(43,108,176)" : "rgb(160,174,192)").append("\"/>");
				if (c.getCiLower() != null && c.getCiUpper() != null) {
					double l = x.applyAsDouble(c.getCiLower());
					double u = x.applyAsDouble(c.getCiUpper());
					int mid = y + 11;
					svg.append("<path d=\"M").append(f(l)).append(' ').append(mid).append("H").append(f(u)).append("M")
							.append(f(l)).append(' ').append(mid - 5).append("V").append(mid + 5).append("M").append(f(u))
							.append(' ').append(mid - 5).append("V").append(mid + 5)
							.append("\" stroke=\"#111\" stroke-width=\"1.2\" fill=\"none\"/>");
				}
				svg.append("<text x=\"").append(labelWidth + plotWidth + 8).append("\" y=\"").append(y + 15).append("\">")
						.append(Escape.html(Numbers.bounded(r, 3) + Objects.toString(c.getFlag(), ""))).append("</text>");
			} else {
				svg.append("<text x=\"").append(labelWidth + 4).append("\" y=\"").append(y + 15)
						.append("\" fill=\"#666\">not computable</text>");
			}
			svg.append("</g>");
			y += rowHeight;
		}
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * The lower triangle of the correlation matrix as coloured cells, red for positive, blue for negative, white at
	 * zero, with a titled colour legend; rows are labelled with their names, columns with the rows' numbers (APA).
	 * The cells shrink with the number of variables so that the map fits a 1180 px page; below 16 px a cell shows
	 * its value on hover only.
	 */
	public static String heatMap(CorrelationMatrix matrix) {
		List<String> variables = matrix.getVariables();
		int k = variables.size();
		if (k == 0) {
			return "";
		}
		ReportTables.CellIndex index = ReportTables.CellIndex.of(matrix);
		int labelWidth = 250;
		int cell = Math.max(8, Math.min(32, (1100 - labelWidth - 20) / k));
		int top = 30;
		int legendHeight = 60;
		int width = Math.max(labelWidth + cell * k + 20, labelWidth + 560);
		int height = top + cell * k + legendHeight;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"chart-heatmap\" width=\"").append(width)
				.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
				.append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">");
		svg.append("<title>").append(Escape.html("Correlation matrix of the index variables"
				+ (matrix.getMethod() == null ? "" : " (" + matrix.getMethod() + ")"))).append("</title>");
		svg.append("<defs><linearGradient id=\"heat-legend\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">")
				.append("<stop offset=\"0\" stop-color=\"rgb(").append(NEGATIVE).append(")\"/>")
				.append("<stop offset=\"0.5\" stop-color=\"rgb(255,255,255)\"/>")
				.append("<stop offset=\"1\" stop-color=\"rgb(").append(POSITIVE).append(")\"/>")
				.append("</linearGradient></defs>");
		for (int j = 0; j < k; j++) {
			svg.append("<text x=\"").append(labelWidth + cell * j + cell / 2).append("\" y=\"").append(top - 8)
					.append("\" text-anchor=\"middle\">").append(j + 1).append("</text>");
		}
		for (int i = 0; i < k; i++) {
			int y = top + cell * i;
			svg.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + cell / 2 + 4)
					.append("\" text-anchor=\"end\">").append(Escape.html((i + 1) + ". " + variables.get(i))).append("</text>");
			for (int j = 0; j <= i; j++) {
				int x = labelWidth + cell * j;
				if (i == j) {
					svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(cell)
							.append("\" height=\"").append(cell).append("\" fill=\"#eee\" stroke=\"#fff\"/>");
					continue;
				}
				Correlation c = index.get(i, j);
				Double r = c == null ? null : c.getCoefficient();
				String tip = c == null ? "no value" : Provenances.describe("r(" + variables.get(i) + ", " + variables.get(j) + ")",
						r, c.getProvenance(), "n = " + c.getN(), c.getP() == null ? null : "p two-tailed = " + Numbers.exact(c.getP()),
						c.getPAdjusted() == null ? null : "adjusted p = " + Numbers.exact(c.getPAdjusted()), c.getNote());
				svg.append("<g class=\"cell\"><title>").append(Escape.html(tip)).append("</title>");
				svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(cell)
						.append("\" height=\"").append(cell).append("\" fill=\"").append(r == null ? "#ccc" : colour(r))
						.append("\" stroke=\"#fff\"/>");
				if (r != null && cell >= 16) {
					svg.append("<text x=\"").append(x + cell / 2).append("\" y=\"").append(y + cell / 2 + 4)
							.append("\" text-anchor=\"middle\" font-size=\"").append(cell >= 24 ? 9 : 7).append("\" fill=\"")
							.append(Math.abs(r) > 0.55 ? "#fff" : "#111").append("\">").append(Escape.html(Numbers.bounded(r, 2)))
							.append("</text>");
				}
				svg.append("</g>");
			}
		}
		int legendY = top + cell * k + 20;
		svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(legendY)
				.append("\" width=\"200\" height=\"12\" fill=\"url(#heat-legend)\" stroke=\"#999\"/>");
		svg.append("<text x=\"").append(labelWidth).append("\" y=\"").append(legendY + 26).append("\" text-anchor=\"middle\">-1</text>");
		svg.append("<text x=\"").append(labelWidth + 100).append("\" y=\"").append(legendY + 26).append("\" text-anchor=\"middle\">0</text>");
		svg.append("<text x=\"").append(labelWidth + 200).append("\" y=\"").append(legendY + 26).append("\" text-anchor=\"middle\">1</text>");
		svg.append("<text x=\"").append(labelWidth + 214).append("\" y=\"").append(legendY + 10).append("\">")
				.append(Escape.html("Colour: " + TikzCharts.symbol(matrix.getMethod()) + " (red positive, blue negative, white 0)"))
				.append("</text>");
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * The matrix as an image of one pixel per cell (grey on the diagonal and where a value is missing), for
	 * matrices too large for an element per cell: as an {@code <img>} with a PNG data URI, drawn at least two
	 * screen pixels per cell, and a colour legend. Its size grows with the number of cells, not with their text.
	 */
	public static String heatMapRaster(CorrelationMatrix matrix) {
		List<String> variables = matrix.getVariables();
		int k = variables.size();
		if (k == 0) {
			return "";
		}
		ReportTables.CellIndex index = ReportTables.CellIndex.of(matrix);
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(k, k, java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				Correlation c = index.get(i, j);
				Double r = c == null ? null : c.getCoefficient();
				// colours in steps of .05: the eye cannot tell finer ones apart, and the image compresses far better
				image.setRGB(j, i, i == j ? 0xEEEEEE : r == null || r.isNaN() ? 0xCCCCCC : rgb(Math.round(r * 20) / 20.0));
			}
		}
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", png);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		int shown = Math.max(2 * k, Math.min(900, 4 * k));
		String title = "Correlation matrix of the " + k + " index variables"
				+ (matrix.getMethod() == null ? "" : " (" + matrix.getMethod() + ")") + ": red positive, blue negative";
		return "<div class=\"chart\" id=\"chart-heatmap\"><img alt=\"" + Escape.html(title) + "\" title=\""
				+ Escape.html(title) + "\" width=\"" + shown + "\" height=\"" + shown
				+ "\" style=\"image-rendering: pixelated; max-width: 100%; height: auto\" src=\"data:image/png;base64,"
				+ java.util.Base64.getEncoder().encodeToString(png.toByteArray()) + "\"/>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"40\" font-family=\"sans-serif\" font-size=\"11\">"
				+ "<defs><linearGradient id=\"heat-legend\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\"><stop offset=\"0\" stop-color=\"rgb("
				+ NEGATIVE + ")\"/><stop offset=\"0.5\" stop-color=\"rgb(255,255,255)\"/><stop offset=\"1\" stop-color=\"rgb("
				+ POSITIVE + ")\"/></linearGradient></defs><rect x=\"20\" y=\"4\" width=\"200\" height=\"12\" fill=\"url(#heat-legend)\""
				+ " stroke=\"#999\"/><text x=\"20\" y=\"32\" text-anchor=\"middle\">-1</text><text x=\"120\" y=\"32\""
				+ " text-anchor=\"middle\">0</text><text x=\"220\" y=\"32\" text-anchor=\"middle\">1</text></svg></div>";
	}

	/**
	 * The scree plot of a parallel analysis ({@link Figures.Scree}): the eigenvalues of the data as solid lines,
	 * the simulated ones dashed, components with circles and factors with triangles, the last component and
	 * factor that parallel analysis keeps circled, and a legend to the right. Every point has its exact value on
	 * hover.
	 */
	static String scree(Figures.Scree scree, String id) {
		Figures.Scree d = scree;
		int left = 56;
		int plotWidth = 480;
		int legendWidth = 250;
		int top = 16;
		int plotHeight = 280;
		int width = left + plotWidth + legendWidth;
		int height = top + plotHeight + 50;
		java.util.function.IntToDoubleFunction x = i -> left + scree.x(i) * plotWidth;
		java.util.function.DoubleUnaryOperator y = v -> top + plotHeight - scree.y(v) * plotHeight;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(Escape.html(id))
				.append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
				.append(width).append(' ').append(height).append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">");
		svg.append("<title>").append(Escape.html(scree.caption() + "; " + d.data().suggestion())).append("</title>");
		// value axis with grid lines at whole eigenvalues
		for (int v = d.data().axisLow(); v <= d.data().axisHigh(); v += d.data().axisStep()) {
			double py = y.applyAsDouble(v);
			svg.append("<line x1=\"").append(left).append("\" y1=\"").append(f(py)).append("\" x2=\"")
					.append(left + plotWidth).append("\" y2=\"").append(f(py)).append("\" stroke=\"")
					.append(v == 0 ? "#333" : "#ddd").append("\" stroke-width=\"1\"/>");
			svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(f(py + 4)).append("\" text-anchor=\"end\">")
					.append(Escape.html(v < 0 ? "\u2212" + (-v) : Integer.toString(v))).append("</text>");
		}
		svg.append("<path d=\"M").append(left).append(' ').append(top).append("V").append(top + plotHeight).append("H")
				.append(left + plotWidth).append("\" stroke=\"#333\" fill=\"none\"/>");
		for (int i = 0; i < d.data().size(); i++) {
			if (scree.labelled(i)) {
				svg.append("<text x=\"").append(f(x.applyAsDouble(i))).append("\" y=\"").append(top + plotHeight + 16)
						.append("\" text-anchor=\"middle\">").append(i + 1).append("</text>");
			}
		}
		svg.append("<text x=\"").append(f(left + plotWidth / 2.0)).append("\" y=\"").append(top + plotHeight + 38)
				.append("\" text-anchor=\"middle\">Factor or component number</text>");
		svg.append("<text transform=\"rotate(-90)\" x=\"").append(f(-(top + plotHeight / 2.0))).append("\" y=\"14\"")
				.append(" text-anchor=\"middle\">Eigenvalue</text>");
		int legendY = top + 8;
		for (Figures.Line line : scree.lines()) {
			String colour = hex(line.rgb());
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < line.values().length; i++) {
				if (!Double.isNaN(line.values()[i])) {
					points.append(points.isEmpty() ? "M" : "L").append(f(x.applyAsDouble(i))).append(' ')
							.append(f(y.applyAsDouble(line.values()[i])));
				}
			}
			svg.append("<g class=\"scree-line\"><path d=\"").append(points).append("\" stroke=\"").append(colour)
					.append("\" stroke-width=\"1.5\" fill=\"none\"").append(line.simulated() ? " stroke-dasharray=\"5 3\"" : "")
					.append("/>");
			for (int i = 0; i < line.values().length; i++) {
				double v = line.values()[i];
				if (Double.isNaN(v)) {
					continue;
				}
				svg.append("<g><title>").append(Escape.html(line.label() + " " + (i + 1) + ": eigenvalue " + Numbers.exact(v)))
						.append("</title>").append(marker(line, x.applyAsDouble(i), y.applyAsDouble(v), colour)).append("</g>");
				if (i + 1 == line.suggested()) {
					svg.append("<circle cx=\"").append(f(x.applyAsDouble(i))).append("\" cy=\"").append(f(y.applyAsDouble(v)))
							.append("\" r=\"8\" fill=\"none\" stroke=\"#111\" stroke-width=\"1.5\"/>");
				}
			}
			svg.append("</g>");
			// legend entry
			int lx = left + plotWidth + 20;
			svg.append("<path d=\"M").append(lx).append(' ').append(legendY).append("h28\" stroke=\"").append(colour)
					.append("\" stroke-width=\"1.5\"").append(line.simulated() ? " stroke-dasharray=\"5 3\"" : "").append("/>");
			svg.append(marker(line, lx + 14, legendY, colour));
			svg.append("<text x=\"").append(lx + 36).append("\" y=\"").append(legendY + 4).append("\">")
					.append(Escape.html(line.label())).append("</text>");
			legendY += 20;
		}
		int lx = left + plotWidth + 20;
		svg.append("<circle cx=\"").append(lx + 14).append("\" cy=\"").append(legendY).append("\" r=\"7\" fill=\"none\"")
				.append(" stroke=\"#111\" stroke-width=\"1.5\"/>");
		svg.append("<text x=\"").append(lx + 36).append("\" y=\"").append(legendY + 4).append("\">last one kept</text>");
		svg.append("<text x=\"").append(lx).append("\" y=\"").append(legendY + 30).append("\">")
				.append(Escape.html(d.data().factors() + " factor" + (d.data().factors() == 1 ? "" : "s") + ", "
						+ d.data().components() + " component" + (d.data().components() == 1 ? "" : "s")))
				.append("</text>");
		svg.append("<text x=\"").append(lx).append("\" y=\"").append(legendY + 46).append("\">suggested by parallel analysis</text>");
		svg.append("</svg>");
		return svg.toString();
	}

	private static String marker(Figures.Line line, double cx, double cy, String colour) {
		String fill = line.simulated() ? "#fff" : colour;
		if (line.marker() == Figures.Marker.CIRCLE) {
			return "<circle cx=\"" + f(cx) + "\" cy=\"" + f(cy) + "\" r=\"3.5\" fill=\"" + fill + "\" stroke=\"" + colour
					+ "\" stroke-width=\"1.2\"/>";
		}
		return "<path d=\"M" + f(cx) + ' ' + f(cy - 4.5) + "L" + f(cx + 4) + ' ' + f(cy + 3) + "L" + f(cx - 4) + ' ' + f(cy + 3)
				+ "Z\" fill=\"" + fill + "\" stroke=\"" + colour + "\" stroke-width=\"1.2\"/>";
	}

	private static String hex(int rgb) {
		return "#" + Integer.toHexString(0x1000000 | (rgb & 0xFFFFFF)).substring(1);
	}

	/** White at 0, the full colour at |r| = 1, as a packed RGB value. */
	static int rgb(double r) {
		return CorrelationColours.rgb(r);
	}

	/** White at 0, the full colour at |r| = 1. */
	static String colour(double r) {
		int packed = rgb(r);
		return "rgb(" + (packed >> 16) + "," + ((packed >> 8) & 0xFF) + "," + (packed & 0xFF) + ")";
	}

	private static String f(double v) {
		return NumberPolicy.decimalText(v, 1);
	}
}
