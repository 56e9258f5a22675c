package org.factorstudio.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.tables.NumberPolicy;

/**
 * The report's figures as TikZ pictures for the LaTeX document, sized from estimated text widths so that they
 * fit the text block: the correlations with the dependent variable as bars with confidence intervals, and the
 * correlation matrix as a heat map (lower triangle, numbered variables, values in the cells, a colour legend).
 */
final class TikzCharts {

	private TikzCharts() {
	}

	/** Bars of the coefficients with whiskers for their confidence intervals, grouped under area headings. */
	static String correlationBars(List<Correlation> correlations, Framework framework, double alpha, boolean adjusted,
			double width) {
		List<Correlation> sorted = new ArrayList<>(correlations);
		sorted.sort(Comparator.comparingInt(c -> framework.order(c.getX())));
		Figures.Axis axis = Figures.Axis.of(sorted);
		double lo = axis.lo();
		double hi = axis.hi();
		double labelWidth = 0;
		for (Correlation c : sorted) {
			labelWidth = Math.max(labelWidth, TextWidth.of(c.getX()) * 0.9);
		}
		double labels = Math.min(labelWidth, width * 0.45);
		double plot = width - labels - 40;
		double from = lo;
		double span = hi - lo;
		java.util.function.DoubleUnaryOperator x = v -> labels + 6 + (v - from) / span * plot;
		double row = 12;
		StringBuilder tex = new StringBuilder();
		tex.append("\\begin{tikzpicture}[x=1pt,y=1pt,font=\\footnotesize]\n");
		List<String> lines = new ArrayList<>();
		String group = null;
		double y = 0;
		for (Correlation c : sorted) {
			String g = framework.groupOf(c.getX());
			if (g != null && !g.equals(group)) {
				group = g;
				y -= row;
				lines.add("\\node[anchor=west,font=\\footnotesize\\itshape] at (0," + f(y) + ") {" + Escape.latex(g) + "};");
			}
			y -= row;
			String name = Escape.latex(c.getX()).replace("\\_", "\\_\\allowbreak{}");
			lines.add("\\node[anchor=east,text width=" + f(labels) + "pt,align=right,inner sep=0pt] at (" + f(labels)
					+ "," + f(y) + ") {" + name + "};");
			if (c.getCoefficient() == null) {
				lines.add("\\node[anchor=west] at (" + f(x.applyAsDouble(0) + 2) + "," + f(y) + ") {not computable};");
				continue;
			}
			Double decisive = adjusted ? c.getPAdjusted() : c.getP();
			boolean significant = decisive != null && decisive < alpha;
			double x0 = x.applyAsDouble(0);
			double x1 = x.applyAsDouble(c.getCoefficient());
			lines.add("\\fill[" + (significant ? "black!70" : "black!25") + "] (" + f(Math.min(x0, x1)) + "," + f(y - 4) + ") rectangle ("
					+ f(Math.max(x0, x1)) + "," + f(y + 4) + ");");
			if (c.getCiLower() != null && c.getCiUpper() != null) {
				double a = x.applyAsDouble(c.getCiLower());
				double b = x.applyAsDouble(c.getCiUpper());
				lines.add("\\draw[black,line width=0.6pt] (" + f(a) + "," + f(y) + ") -- (" + f(b) + "," + f(y) + ") (" + f(a) + ","
						+ f(y - 2.5) + ") -- (" + f(a) + "," + f(y + 2.5) + ") (" + f(b) + "," + f(y - 2.5) + ") -- (" + f(b) + ","
						+ f(y + 2.5) + ");");
			}
			lines.add("\\node[anchor=west,font=\\scriptsize] at (" + f(x.applyAsDouble(hi) + 2) + "," + f(y) + ") {"
					+ Escape.latex(Numbers.bounded(c.getCoefficient(), 2) + (c.getFlag() == null ? "" : c.getFlag())) + "};");
		}
		double bottom = y - row;
		// axis with ticks every .2, and the zero line
		lines.add("\\draw (" + f(x.applyAsDouble(lo)) + "," + f(bottom) + ") -- (" + f(x.applyAsDouble(hi)) + "," + f(bottom) + ");");
		for (int i = (int) Math.round(lo * 5); i <= Math.round(hi * 5); i++) {
			double v = i / 5.0;
			double tx = x.applyAsDouble(v);
			lines.add("\\draw (" + f(tx) + "," + f(bottom) + ") -- (" + f(tx) + "," + f(bottom - 3) + ") node[below,font=\\scriptsize] {"
					+ Escape.latex(i == 0 ? "0" : Numbers.bounded(v, 1)) + "};");
		}
		lines.add("\\draw[densely dotted] (" + f(x.applyAsDouble(0)) + "," + f(bottom) + ") -- (" + f(x.applyAsDouble(0)) + ",0);");
		lines.add("\\node[font=\\footnotesize] at (" + f(x.applyAsDouble((lo + hi) / 2)) + "," + f(bottom - 20) + ") {"
				+ Escape.latex(ReportTables.symbol(sorted.get(0).getMethod()) + " with " + sorted.get(0).getY()) + "};");
		for (String line : lines) {
			tex.append(line).append('\n');
		}
		tex.append("\\end{tikzpicture}\n");
		return tex.toString();
	}

	/** The lower triangle of the matrix as coloured cells with their values, numbered variables and a legend. */
	static String heatMap(CorrelationMatrix matrix, double width) {
		List<String> variables = matrix.getVariables();
		int k = variables.size();
		ReportTables.CellIndex index = ReportTables.CellIndex.of(matrix);
		double labelWidth = 0;
		for (int i = 0; i < k; i++) {
			labelWidth = Math.max(labelWidth, TextWidth.of((i + 1) + ". " + variables.get(i)) * 0.8);
		}
		labelWidth = Math.min(labelWidth, width * 0.4);
		double cell = Math.min(24, Math.floor((width - labelWidth - 10) / k));
		String font = cell >= 18 ? "\\scriptsize" : "\\tiny";
		StringBuilder tex = new StringBuilder();
		// the HTML report's colours: red positive, blue negative
		tex.append("\\definecolor{fspositive}{RGB}{").append(SvgCharts.POSITIVE).append("}\\definecolor{fsnegative}{RGB}{")
				.append(SvgCharts.NEGATIVE).append("}\n");
		tex.append("\\begin{tikzpicture}[x=1pt,y=1pt]\n");
		double left = labelWidth + 6;
		for (int i = 0; i < k; i++) {
			double y = -(i + 0.5) * cell;
			String label = Escape.latex((i + 1) + ". " + variables.get(i)).replace("\\_", "\\_\\allowbreak{}");
			tex.append("\\node[anchor=east,font=\\scriptsize,text width=").append(f(labelWidth))
					.append("pt,align=right,inner sep=0pt] at (").append(f(labelWidth)).append(',').append(f(y)).append(") {")
					.append(label).append("};\n");
			// narrow columns are numbered at 1, 5, 10, ... only, so that the numbers do not run into each other
			if (cell >= 12 || i == 0 || (i + 1) % 5 == 0) {
				tex.append("\\node[font=").append(font).append("] at (").append(f(left + (i + 0.5) * cell)).append(',')
						.append(f(cell * 0.5)).append(") {").append(i + 1).append("};\n");
			}
			for (int j = 0; j < i; j++) {
				Correlation c = index.get(i, j);
				double x0 = left + j * cell;
				double y0 = -(i + 1) * cell;
				if (c == null || c.getCoefficient() == null || c.getCoefficient().isNaN()) {
					tex.append("\\draw[black!30] (").append(f(x0)).append(',').append(f(y0)).append(") rectangle +(")
							.append(f(cell)).append(',').append(f(cell)).append(");\n");
					continue;
				}
				double r = c.getCoefficient();
				int strength = (int) Math.round(Math.min(1, Math.abs(r)) * 100);
				tex.append("\\fill[").append(r >= 0 ? "fspositive" : "fsnegative").append('!').append(strength).append("!white] (").append(f(x0))
						.append(',').append(f(y0)).append(") rectangle +(").append(f(cell)).append(',').append(f(cell)).append(");\n");
				if (cell >= 14) {
					// smaller cells show the colour only; the table has the values
					tex.append("\\node[font=").append(font).append(strength > 55 ? ",text=white" : "").append("] at (")
							.append(f(x0 + cell / 2)).append(',').append(f(y0 + cell / 2)).append(") {")
							.append(Escape.latex(Numbers.bounded(r, 2))).append("};\n");
				}
			}
			double x0 = left + i * cell;
			tex.append("\\fill[black!10] (").append(f(x0)).append(',').append(f(-(i + 1) * cell)).append(") rectangle +(")
					.append(f(cell)).append(',').append(f(cell)).append(");\n");
		}
		// legend: the colour scale from -1 to 1
		double legendY = -k * cell - 22;
		double legendWidth = Math.min(200, k * cell);
		tex.append("\\shade[left color=fsnegative,right color=fspositive,middle color=white] (").append(f(left)).append(',').append(f(legendY))
				.append(") rectangle +(").append(f(legendWidth)).append(",8);\n");
		tex.append("\\draw[black!50] (").append(f(left)).append(',').append(f(legendY)).append(") rectangle +(").append(f(legendWidth))
				.append(",8);\n");
		for (int t = -1; t <= 1; t++) {
			double tx = left + (t + 1) / 2.0 * legendWidth;
			tex.append("\\node[below,font=\\scriptsize] at (").append(f(tx)).append(',').append(f(legendY)).append(") {")
					.append(t < 0 ? "$-1$" : t == 0 ? "0" : "1").append("};\n");
		}
		tex.append("\\node[anchor=west,font=\\scriptsize] at (").append(f(left + legendWidth + 6)).append(',').append(f(legendY + 4))
				.append(") {").append(Escape.latex(symbol(matrix.getMethod()))).append("};\n");
		tex.append("\\end{tikzpicture}\n");
		return tex.toString();
	}

	/**
	 * The scree plot of a parallel analysis ({@link Figures.Scree}) in plain TikZ: solid lines for the data,
	 * dashed for the simulated eigenvalues, circles for components and triangles for factors, the last one kept
	 * circled, the legend to the right of the plot; {@code width} is the text block's width in points.
	 */
	static String scree(Figures.Scree scree, double width) {
		double legend = 150;
		double left = 24;
		double plotWidth = Math.min(300, width - legend - left - 12);
		double plotHeight = 170;
		var data = scree.data();
		java.util.function.IntToDoubleFunction x = i -> left + scree.x(i) * plotWidth;
		java.util.function.DoubleUnaryOperator y = v -> scree.y(v) * plotHeight;
		StringBuilder tex = new StringBuilder();
		tex.append("\\definecolor{fscomponents}{RGB}{43,108,176}\\definecolor{fsfactors}{RGB}{197,48,48}\n");
		tex.append("\\begin{tikzpicture}[x=1pt,y=1pt,font=\\footnotesize]\n");
		for (int v = data.axisLow(); v <= data.axisHigh(); v += data.axisStep()) {
			double py = y.applyAsDouble(v);
			tex.append("\\draw[").append(v == 0 ? "black!70" : "black!12").append("] (").append(f(left)).append(',').append(f(py))
					.append(") -- (").append(f(left + plotWidth)).append(',').append(f(py)).append(");\n");
			tex.append("\\node[anchor=east,font=\\scriptsize] at (").append(f(left - 2)).append(',').append(f(py)).append(") {")
					.append(v < 0 ? "$-" + (-v) + "$" : Integer.toString(v)).append("};\n");
		}
		tex.append("\\draw (").append(f(left)).append(',').append(f(plotHeight)).append(") -- (").append(f(left)).append(",0) -- (")
				.append(f(left + plotWidth)).append(",0);\n");
		for (int i = 0; i < data.size(); i++) {
			if (scree.labelled(i)) {
				tex.append("\\node[below,font=\\scriptsize] at (").append(f(x.applyAsDouble(i))).append(",0) {").append(i + 1)
						.append("};\n");
			}
		}
		tex.append("\\node[font=\\footnotesize] at (").append(f(left + plotWidth / 2)).append(",-20) {Factor or component number};\n");
		tex.append("\\node[rotate=90,font=\\footnotesize] at (").append(f(left - 18)).append(',').append(f(plotHeight / 2))
				.append(") {Eigenvalue};\n");
		double legendY = plotHeight - 6;
		double lx = left + plotWidth + 12;
		for (Figures.Line line : scree.lines()) {
			String colour = line.marker() == Figures.Marker.CIRCLE ? "fscomponents" : "fsfactors";
			String style = colour + ",line width=0.8pt" + (line.simulated() ? ",dashed" : "");
			StringBuilder path = new StringBuilder();
			for (int i = 0; i < line.values().length; i++) {
				if (!Double.isNaN(line.values()[i])) {
					path.append(path.isEmpty() ? "" : " -- ").append('(').append(f(x.applyAsDouble(i))).append(',')
							.append(f(y.applyAsDouble(line.values()[i]))).append(')');
				}
			}
			tex.append("\\draw[").append(style).append("] ").append(path).append(";\n");
			for (int i = 0; i < line.values().length; i++) {
				double v = line.values()[i];
				if (Double.isNaN(v)) {
					continue;
				}
				tex.append(marker(line, colour, x.applyAsDouble(i), y.applyAsDouble(v)));
				if (i + 1 == line.suggested()) {
					tex.append("\\draw[black,line width=0.8pt] (").append(f(x.applyAsDouble(i))).append(',')
							.append(f(y.applyAsDouble(v))).append(") circle[radius=5];\n");
				}
			}
			tex.append("\\draw[").append(style).append("] (").append(f(lx)).append(',').append(f(legendY)).append(") -- +(18,0);\n");
			tex.append(marker(line, colour, lx + 9, legendY));
			tex.append("\\node[anchor=west,font=\\scriptsize] at (").append(f(lx + 22)).append(',').append(f(legendY)).append(") {")
					.append(Escape.latex(line.label())).append("};\n");
			legendY -= 12;
		}
		tex.append("\\draw[black,line width=0.8pt] (").append(f(lx + 9)).append(',').append(f(legendY)).append(") circle[radius=4.5];\n");
		tex.append("\\node[anchor=west,font=\\scriptsize] at (").append(f(lx + 22)).append(',').append(f(legendY))
				.append(") {last one kept};\n");
		tex.append("\\node[anchor=north west,font=\\scriptsize,text width=").append(f(legend - 14)).append("pt] at (").append(f(lx))
				.append(',').append(f(legendY - 10)).append(") {").append(Escape.latex(data.factors() + " factor"
						+ (data.factors() == 1 ? "" : "s") + ", " + data.components() + " component"
						+ (data.components() == 1 ? "" : "s") + " suggested by parallel analysis"))
				.append("};\n");
		tex.append("\\end{tikzpicture}\n");
		return tex.toString();
	}

	private static String marker(Figures.Line line, String colour, double x, double y) {
		String fill = line.simulated() ? "white" : colour;
		if (line.marker() == Figures.Marker.CIRCLE) {
			return "\\filldraw[draw=" + colour + ",fill=" + fill + ",line width=0.6pt] (" + f(x) + "," + f(y)
					+ ") circle[radius=2];\n";
		}
		return "\\filldraw[draw=" + colour + ",fill=" + fill + ",line width=0.6pt] (" + f(x) + "," + f(y + 2.6) + ") -- ("
				+ f(x + 2.3) + "," + f(y - 1.6) + ") -- (" + f(x - 2.3) + "," + f(y - 1.6) + ") -- cycle;\n";
	}

	/** The matrix's method is a description ("Spearman's rho (...)"): its coefficient's symbol. */
	static String symbol(String method) {
		String m = method == null ? "" : method.toLowerCase(Locale.ROOT);
		return m.contains("spearman") ? "ρ" : m.contains("kendall") ? "τ" : "r";
	}

	private static String f(double v) {
		return NumberPolicy.decimalText(v, 2);
	}
}
