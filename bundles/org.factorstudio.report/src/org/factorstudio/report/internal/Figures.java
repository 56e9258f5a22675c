package org.factorstudio.report.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.tables.ScreeSeries;

/**
 * The documents' figures as data, the same for every format that draws them (LaTeX with TikZ, Word with
 * pictures): which figures a report has, their captions and notes, the axis of the correlation bars, and the
 * lines, markers and legend of the scree plot.
 */
final class Figures {

	private Figures() {
	}

	/** The correlations with the dependent variable as bars; dark where significant at {@code alpha}. */
	record CorrelationBars(List<Correlation> correlations, Framework framework, double alpha, boolean adjusted,
			String caption, String note) {
	}

	/** The correlation matrix as a heat map. */
	record HeatMap(CorrelationMatrix matrix, String caption, String note) {
	}

	/** A bar chart's value axis: from the lowest to the highest bound, 0 included, in steps of .2 within [-1, 1]. */
	record Axis(double lo, double hi) {

		static Axis of(List<Correlation> correlations) {
			double lo = 0;
			double hi = 0;
			for (Correlation c : correlations) {
				if (c.getCoefficient() != null) {
					lo = Math.min(lo, c.getCiLower() != null ? c.getCiLower() : c.getCoefficient());
					hi = Math.max(hi, c.getCiUpper() != null ? c.getCiUpper() : c.getCoefficient());
				}
			}
			lo = Math.max(-1, Math.floor(lo * 5 - 1e-9) / 5);
			hi = Math.min(1, Math.ceil(hi * 5 + 1e-9) / 5);
			return new Axis(lo, hi - lo < 0.2 ? lo + 0.2 : hi);
		}
	}

	static Optional<CorrelationBars> correlationBars(ReportInput input) {
		StudyResults results = input.results();
		if (results.getDependentCorrelations().isEmpty()) {
			return Optional.empty();
		}
		Framework framework = Framework.of(input);
		AnalysisPlan plan = input.optionalStudy().map(Study::getPlan).orElse(null);
		double alpha = plan == null ? 0.05 : plan.getSignificanceLevel();
		boolean adjusted = plan != null && plan.getCorrection() != Correction.NONE;
		String dependent = Objects.toString(framework.dependent(), results.getDependentCorrelations().get(0).getY());
		String caption = "Correlation of each factor with " + dependent + ", with "
				+ (plan == null ? 95 : Math.round(plan.getConfidenceLevel() * 100)) + "% confidence intervals";
		String note = "Dark bars: significant (" + (adjusted ? "adjusted " : "") + "p < "
				+ Numbers.bounded(alpha, 2).replaceAll("0+$", "")
				+ "); light bars: not significant. Whiskers: confidence interval (Fisher z).";
		return Optional.of(new CorrelationBars(results.getDependentCorrelations(), framework, alpha, adjusted, caption,
				note));
	}

	/** The heat map, unless the matrix is too large for a page (then only its CSV table holds it). */
	static Optional<HeatMap> heatMap(ReportInput input) {
		StudyResults results = input.results();
		CorrelationMatrix matrix = results.getMatrix();
		if (matrix == null || matrix.getVariables().isEmpty() || ReportTables.hasLargeMatrix(results)) {
			return Optional.empty();
		}
		return Optional.of(new HeatMap(matrix, "Correlation matrix of the index variables"
				+ (matrix.getMethod() == null ? "" : " (" + matrix.getMethod() + ")"),
				"Red: positive, blue: negative correlations; the stronger, the darker. Variables numbered as in the"
						+ " correlation matrix table."));
	}

	/** A scree plot of an {@code efa} run's parallel analysis. */
	record Scree(ScreeSeries data, String caption, String note) {

		/** The four lines, in the order of the legend. */
		List<Line> lines() {
			return List.of(new Line("components, data", data.observedComponents(), false, Marker.CIRCLE, data.components()),
					new Line("components, simulated", data.simulatedComponents(), true, Marker.CIRCLE, 0),
					new Line("factors, data", data.observedFactors(), false, Marker.TRIANGLE, data.factors()),
					new Line("factors, simulated", data.simulatedFactors(), true, Marker.TRIANGLE, 0));
		}

		/** The horizontal position of the {@code i}th eigenvalue (0-based) as a fraction of the plot's width. */
		double x(int i) {
			return (i + 0.5) / data.size();
		}

		/** The vertical position of a value as a fraction of the plot's height, 0 at the bottom. */
		double y(double value) {
			return (value - data.axisLow()) / (double) (data.axisHigh() - data.axisLow());
		}

		/** The numbers of the horizontal axis: every one up to 15 eigenvalues, else about ten of them. */
		boolean labelled(int i) {
			int step = data.size() <= 15 ? 1 : (int) Math.ceil(data.size() / 10.0);
			return (i + 1) % step == 0 || i == 0;
		}
	}

	/** A line of the scree plot; {@code suggested} > 0 circles that point (the last one parallel analysis keeps). */
	record Line(String label, double[] values, boolean simulated, Marker marker, int suggested) {

		/** Components blue, factors red, as the HTML report's correlation colours. */
		int rgb() {
			return marker == Marker.CIRCLE ? 0x2B6CB0 : 0xC53030;
		}
	}

	enum Marker {
		CIRCLE, TRIANGLE
	}

	/** One scree plot per {@code efa} run that has a parallel-analysis table. */
	static List<Scree> screes(ReportInput input) {
		return ScreeSeries.of(input.results()).stream().map(s -> new Scree(s, s.caption(), s.note())).toList();
	}
}
